"""Provenance in the store: copies, stories, claims and markers of the example corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.corpus import Corpus, Store, ingest
from newsgraph.corpus import provenance as stage
from newsgraph.corpus.store import PROV_TABLES
from newsgraph.load import load_text
from newsgraph.model import Reading

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


# --------------------------------------------------------------------------- chains, dates

REPORT = (
    "Harbour officials in Westmark said on Tuesday that the old coal quay will close at the end "
    "of next year, after the regional council voted by 31 votes to 12 to turn the site into "
    "housing and a park. About 140 workers are employed at the terminal, according to the local "
    "union, which has called a meeting for Thursday evening to discuss what it called a betrayal "
    "of the town's oldest trade. The harbour company said it would study the ruling and decide "
    "within 30 days whether to appeal, while environmental groups welcomed the plan as overdue."
)
ADDED = (
    " In a statement sent to this site on Wednesday, the company added that its lawyers had found "
    "several errors in the council's figures and that it expected the courts to agree with it."
)


def _text_only(store: Store, text: str, **meta) -> str:
    """Store a Reading that holds only its article (no parse needed) and match it."""
    reading = Reading(article=load_text(text, **meta))
    store.write_batch([reading])
    stage.update(store)
    return reading.article.id


def _pairs(db) -> dict[str, tuple[str, str, str]]:
    with Corpus(db) as corpus:
        return {
            p["article"]["id"]: (p["copy_of"]["id"], p["direction"], p["relation"])
            for p in corpus.copies()
        }


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_chain_of_copies_stays_a_chain_whatever_order_it_arrives_in(tmp_path, order):
    texts = [
        ("Coal quay to close\n\n" + REPORT, "Example Wire", "2025-03-04"),
        ("Westmark votes to shut coal quay\n\n" + REPORT + ADDED, "Coast Daily", "2025-03-05"),
        ("Share this | 3 comments\n\n" + REPORT + ADDED, "Aggregator", "2025-03-07"),
    ]
    db = tmp_path / "chain.duckdb"
    ids = {}
    with Store(db) as store:
        for k in order:
            text, outlet, day = texts[k]
            ids[k] = _text_only(store, text, outlet=outlet, published=day)
    pairs = _pairs(db)
    assert pairs[ids[1]][:2] == (ids[0], "known")  # B copies A
    assert pairs[ids[2]][:2] == (ids[1], "known")  # C copies B (it has B's added paragraph)
    assert ids[0] not in pairs  # the original copies no one
    with Corpus(db) as corpus:
        (story,) = corpus.stories()
    assert story["n_independent"] == 1 and len(story["articles"]) == 3


def test_copies_without_dates_or_credits_have_an_uncertain_direction(tmp_path):
    db = tmp_path / "undated.duckdb"
    with Store(db) as store:
        first = _text_only(store, REPORT)
        second = _text_only(store, "Share this | 9 comments\n\n" + REPORT)
    ((copy, (original, direction, relation)),) = _pairs(db).items()
    assert {copy, original} == {first, second}
    assert direction == "uncertain" and relation == "verbatim"


def test_stories_since_and_until_keep_stories_that_meet_the_stretch(harbour_db):
    with Corpus(harbour_db) as corpus:

        def odesa(**dates) -> bool:
            return any("Odesa" in s["label"] for s in corpus.stories(**dates))

        assert odesa(since="2025-05-13") and odesa(until="2025-05-12")
        assert odesa(since="2025-05-01", until="2025-05-31")
        assert not odesa(since="2025-05-14") and not odesa(until="2025-05-11")


def test_stories_command_dates_and_a_bad_date(harbour_db):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    run = CliRunner().invoke
    ok = run(app, ["stories", "--db", str(harbour_db), "--since", "2025-05-13", "-f", "json"])
    assert ok.exit_code == 0 and any("Odesa" in s["label"] for s in json.loads(ok.stdout))
    bad = run(app, ["stories", "--db", str(harbour_db), "--since", "last week"])
    assert bad.exit_code == 2
    assert "--since must be a date like 2024-03-01" in bad.output


def test_story_cosine_in_sql_is_the_tf_idf_cosine_of_provenance_stories(tmp_path):
    from newsgraph.corpus import provenance_sql
    from newsgraph.provenance import stories

    texts = [
        REPORT,
        "Westmark council workers protested outside the harbour on Thursday evening. " + ADDED,
        "In Westmark the union meeting on Thursday evening voted to fight the harbour closure "
        "and the council plan for housing, while the harbour company weighed an appeal.",
    ]
    with Store(tmp_path / "cos.duckdb") as store:
        ids = [_text_only(store, t, published="2025-03-04") for t in texts]
        con = store.con
        n = con.execute("SELECT count(*) FROM prov_articles WHERE NOT is_copy").fetchall()[0][0]
        df = dict(con.execute("SELECT term, df FROM prov_df").fetchall())
        tf = {aid: {} for aid in ids}
        rows = con.execute("SELECT article_id, term, tf FROM prov_terms").fetchall()
        for aid, term, count in rows:
            tf[aid][term] = count
        (cands,) = provenance_sql.story_candidates(con, [ids[2]], n).values()  # the latest
    assert cands
    for c in cands:
        a, b = stories.vector(tf[ids[2]], df, n), stories.vector(tf[c.old_id], df, n)
        expected = (
            stories.cosine(a, b) if len(a.keys() & b.keys()) >= stories.MIN_SHARED_TERMS else 0
        )
        assert expected > 0 and abs(c.score - expected) < 1e-9
