"""Provenance in the store: copies, stories, claims and markers of the example corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.corpus import Corpus, Store, ingest
from newsgraph.corpus import provenance as stage
from newsgraph.corpus.store import PROV_TABLES

HARBOUR = Path(__file__).resolve().parents[1] / "examples" / "copies" / "harbour.jsonl"


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory, reader):
    db = tmp_path_factory.mktemp("prov") / "harbour.duckdb"
    ingest([str(HARBOUR.parents[1])], db, reader=reader)  # all of examples/, as the README does
    return db


def _snapshot(store: Store) -> dict:
    out = {}
    for table in PROV_TABLES:
        rows = store.con.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(map(str, rows))
    return out


def test_the_repost_is_a_copy_of_the_wire_report_and_the_local_story_is_not(harbour_db):
    with Corpus(harbour_db) as corpus:
        (pair,) = corpus.copies()
    assert pair["copy_of"]["outlet"] == "Example Wire"
    assert pair["article"]["outlet"] == "Daily Aggregator"
    assert pair["relation"] in ("verbatim", "near-verbatim")
    assert pair["direction"] == "known"
    for p in pair["passages"]:
        assert p["article"]["text"] and p["copy_of"]["text"]


def test_one_story_with_two_independent_sources(harbour_db):
    with Corpus(harbour_db) as corpus:
        (story,) = [s for s in corpus.stories() if "Odesa" in s["label"]]
    assert len(story["articles"]) == 3
    assert story["n_independent"] == 2  # the copy does not count
    assert story["first"] == "2025-05-12" and story["last"] == "2025-05-13"


def test_the_shared_quote_is_one_claim_from_two_independent_outlets(harbour_db):
    with Corpus(harbour_db) as corpus:
        claims = corpus.claims(min_outlets=3)
    quote = [c for c in claims if "money arrives" in c["text"]]
    assert quote and quote[0]["n_outlets"] == 3 and quote[0]["n_independent"] == 2


def test_compare_shows_what_the_copy_dropped_and_the_naming_change(harbour_db):
    with Corpus(harbour_db) as corpus:
        pair = corpus.copies()[0]
        diff = corpus.compare(pair["copy_of"]["id"], pair["article"]["id"])
    changed = " ".join((c["a"] or {}).get("text", "") for c in diff["passages"]["changed"])
    assert "reportedly" in changed
    assert any(n["term_group"] == "Kyiv" and n["b"] == ["Kiev"] for n in diff["naming"])


def test_markers_by_outlet(harbour_db):
    with Corpus(harbour_db) as corpus:
        rows = corpus.markers(by="outlet")
    kiev = [r for r in rows if r["variant"] == "Kiev"]
    assert kiev and kiev[0]["outlet"] == "Daily Aggregator"


def test_rebuild_gives_the_same_tables(harbour_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(Path(harbour_db).read_bytes())
    with Store(copy) as store:
        before = _snapshot(store)
        stage.rebuild(store)
        assert _snapshot(store) == before


def test_articles_left_unmatched_by_a_kill_are_matched_next_time(tmp_path, reader):
    db = tmp_path / "kill.duckdb"
    records = [json.loads(line) for line in HARBOUR.read_text(encoding="utf-8").splitlines()]
    with Store(db) as store:  # as if killed after the batch was written, before provenance
        store.write_batch(
            [reader.read(r["text"], outlet=r["outlet"], published=r["published"]) for r in records]
        )
        assert store.counts()["prov_articles"] == 0
    ingest([str(HARBOUR)], db, reader=reader)  # adds nothing, but matches what was left
    with Corpus(db) as corpus:
        assert corpus.counts()["prov_articles"] == 3
        assert len(corpus.copies()) == 1
