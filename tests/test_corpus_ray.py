"""The Ray engine, on a local Ray started by the test (skipped when Ray Data is absent)."""

from __future__ import annotations

import pytest
from tests.test_corpus_ingest import write_corpus

from newsgraph.corpus import Corpus, ingest

pytest.importorskip("ray.data")
pytest.importorskip("pyarrow")

TABLES = ("articles", "boilerplate", "actors", "mentions", "statements", "events", "errors")


def test_ray_ingest_matches_the_local_engine(reader, tmp_path):
    folder = write_corpus(tmp_path / "in", 6)
    local, distributed = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    ingest([folder], local, reader=reader, batch_size=4)
    summary = ingest([folder], distributed, engine="ray", processes=1, batch_size=4)
    assert (summary.read, summary.added, summary.failed) == (10, 7, 3)
    with Corpus(local) as a, Corpus(distributed) as b:
        assert {t: b.counts()[t] for t in TABLES} == {t: a.counts()[t] for t in TABLES}
        query = "SELECT article_id, statement_id, content FROM statements ORDER BY ALL"
        assert b.rows(query) == a.rows(query)
        query = "SELECT input, code FROM errors ORDER BY ALL"
        assert b.rows(query) == a.rows(query)
    again = ingest([folder], distributed, engine="ray", processes=1)
    assert (again.added, again.skipped_duplicates) == (0, 7)  # Ray is not even started
