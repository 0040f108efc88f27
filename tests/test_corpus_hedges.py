"""Hedges and certainty in the store: the v4 table and columns, the backfill of older stores,
and the --hedged / --certainty filters of `query`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus import Corpus, Store
from newsgraph.corpus import store as store_mod
from newsgraph.corpus.query import BadCertainty, certainty_codes

TEXT = (
    "Border tensions rise\n\n"
    "Poland may expel a Russian diplomat, officials said.\n\n"
    "The ministry declined to comment on the report.\n\n"
    "Latvia expelled a Russian diplomat on Monday."
)


@pytest.fixture(scope="module")
def reading(reader):
    return reader.read(TEXT)


@pytest.fixture
def db(tmp_path, reading):
    path = tmp_path / "h.duckdb"
    with Store(path) as store:
        store.add_readings([reading])
    return str(path)


def test_hedges_table_mirrors_the_reading(db, reading):
    with Corpus(db) as corpus:
        rows = corpus.rows(
            "SELECT hedge_id, kind, text, scope_text, in_quote, holder, statements"
            " FROM hedges ORDER BY span_start"
        )[1]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (h.id, h.kind, h.span.text) for h in reading.hedges
    ]
    assert all(r[3] and r[4] is False for r in rows)
    assert json.loads(rows[0][6]) == reading.hedges[0].statements


def test_certainty_columns(db, reading):
    with Corpus(db) as corpus:
        stored = dict(corpus.rows("SELECT statement_id, certainty FROM statements")[1])
        events = dict(corpus.rows("SELECT trigger, certainty FROM events")[1])
    assert stored == {s.id: s.certainty.code for s in reading.statements}
    assert events == {e.trigger.text: e.certainty.code for e in reading.events}


@pytest.mark.parametrize(
    "value,codes",
    [
        ("PS+", ["PS+"]),
        ("uu", ["Uu"]),
        ("probable", ["PR+", "PR-"]),
        ("uncertain", ["PR+", "PS+", "PR-", "PS-", "Uu"]),
    ],
)
def test_certainty_values(value, codes):
    assert certainty_codes(value) == codes


def test_bad_certainty_is_refused_with_its_code():
    with pytest.raises(BadCertainty, match=r"\[NG331\]"):
        certainty_codes("fairly sure")


def test_query_filters(db):
    with Corpus(db) as corpus:
        hedged = corpus.statements(hedged=True)
        assert hedged and all(r["n_hedges"] > 0 and r["hedge_words"] for r in hedged)
        assert all(r["certainty"] == "Uu" for r in corpus.statements(certainty="Uu"))
        # "The ministry declined to comment" is an event of the ministry (a group named by its
        # role, events issue 13): certain, like the expulsion; "may expel" is not
        assert [r["trigger"] for r in corpus.events(certainty="certain")] == [
            "declined to comment",
            "expelled",
        ]
        assert [r["trigger"] for r in corpus.events(hedged=True)] == [
            "expel",
            "declined to comment",  # the non-answer is itself a (non-committal) hedge
        ]
        assert corpus.events(certainty="PS+")[0]["source_code"] == "POL"


def test_cli_filters(db):
    runner = CliRunner()
    result = runner.invoke(
        app, ["query", "events", "--certainty", "possible", "--db", db, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert [r["certainty"] for r in json.loads(result.stdout)] == ["PS+"]
    result = runner.invoke(app, ["query", "statements", "--hedged", "--db", db, "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)
    result = runner.invoke(app, ["query", "events", "--certainty", "maybe", "--db", db])
    assert result.exit_code == 2 and "NG331" in result.output
    assert runner.invoke(app, ["query", "statements", "--db", db]).exit_code == 2


def test_older_store_gets_its_hedges_back(tmp_path):
    path = tmp_path / "old.duckdb"
    hedges = [{"span": {"start": 4, "end": 7, "text": "may"}, "kind": "epistemic"}]
    with Store(path, migrations=store_mod.MIGRATIONS[:1]) as store:
        store.con.execute(
            "INSERT INTO statements (article_id, statement_id, hedges, n_hedges)"
            " VALUES ('a', 's1', ?, 1), ('a', 's2', ?, 1), ('b', 's1', '[]', 0)",
            [json.dumps(hedges), json.dumps(hedges)],
        )
    with Store(path) as store:
        assert store.version == store_mod.latest_version()
        rows = store.con.execute(
            "SELECT article_id, hedge_id, kind, text, statements FROM hedges"
        ).fetchall()
        assert rows == [("a", "h1", "epistemic", "may", '["s1","s2"]')]
        assert store.con.execute("SELECT count(certainty) FROM statements").fetchall() == [(0,)]
