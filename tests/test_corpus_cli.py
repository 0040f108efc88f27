"""The corpus commands: ingest, query, sql, export, report."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from tests.test_corpus_ingest import write_corpus
from tests.test_corpus_store import reading_a, reading_b
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add_readings([reading_a(), reading_b()])
    return str(path)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_query_statements_formats(db):
    result = run("query", "statements", "--speaker", "Lavrov", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["content"] for r in rows][:2] == ["Moscow warned Kyiv on Monday", "We will respond,"]
    result = run("query", "statements", "--speaker", "Lavrov", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and rows[0]["speaker_name"] == "Sergei Lavrov"
    result = run("query", "statements", "--speaker", "Lavrov", "--db", db)
    assert result.exit_code == 0 and "We will respond," in result.stdout


def test_query_events_sources_actors(db):
    result = run(
        "query", "events", "--source", "RUS", "--target", "UKR", "--root", "13",
        "--since", "2024-03-01", "--until", "2024-03-31", "--db", db, "-f", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [r["cameo"] for r in json.loads(result.stdout)] == ["138"]
    result = run("query", "events", "--since", "yesterday", "--db", db)
    assert result.exit_code == 2 and "date" in result.output
    result = run("query", "sources", "--anonymous", "--db", db, "-f", "json")
    assert {r["content"] for r in json.loads(result.stdout)} == {
        "talks may resume",
        "the meeting was useful",
    }
    assert run("query", "sources", "--db", db).exit_code == 2
    result = run("query", "actors", "--top", "1", "--db", db, "-f", "csv")
    assert result.stdout.splitlines()[1].startswith("RUSGOV,")


def test_sql_reads_and_refuses_writes(db):
    result = run("sql", "SELECT count(*) AS n FROM articles", "--db", db, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == [{"n": 2}]
    for bad in ("DELETE FROM articles", "DROP TABLE events", "SELECT 1; DELETE FROM articles"):
        result = run("sql", bad, "--db", db)
        assert result.exit_code == 2
        assert "SELECT" in result.output
    assert run("sql", "SELECT nope FROM articles", "--db", db).exit_code == 2
    result = run("sql", "SELECT id, path FROM articles WHERE false", "--db", db, "-f", "csv")
    assert result.stdout == "id,path\n"
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
    con.close()


def test_missing_store_is_one_clear_line(tmp_path):
    result = run("query", "actors", "--db", tmp_path / "nothing.duckdb")
    assert result.exit_code == 1 and "no such store" in result.output


def test_export_commands(db, tmp_path):
    out = tmp_path / "pq"
    result = run("export", "--format", "parquet", "--output", out, "--db", db)
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}/events.parquet'").fetchall() == [(2,)]
    gdelt = tmp_path / "events.tsv"
    assert run("export", "-f", "gdelt", "-o", gdelt, "--db", db).exit_code == 0
    # the 61 GDELT columns, then newsgraph's NGCertainty
    assert [len(line.split("\t")) for line in gdelt.read_text().splitlines()] == [62, 62]
    result = run("export", "-f", "gdelt", "-o", "-", "--db", db)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    jsonl = tmp_path / "r.jsonl"
    assert run("export", "-f", "jsonl", "-o", jsonl, "--db", db).exit_code == 0
    assert len(jsonl.read_text().splitlines()) == 2


def test_report(db):
    result = run("report", "--db", db)
    assert result.exit_code == 0, result.output
    for part in ("2 articles", "top actors", "events by quad class", "statements by speaker type"):
        assert part in result.stdout
    data = json.loads(run("report", "--db", db, "-f", "json").stdout)
    assert data["counts"]["articles"] == 2
    assert data["top_actors"][0]["code"] == "RUSGOV"


def test_ingest_command(tmp_path, reader, monkeypatch):
    import newsgraph.reader

    monkeypatch.setattr(newsgraph.reader, "Reader", lambda *a, **k: reader)  # no second load
    folder = write_corpus(tmp_path / "in", 3)
    db = tmp_path / "c.duckdb"
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 1  # some inputs failed; the others are stored
    assert "read 7 · added 4 · skipped as duplicates 0 · failed 3" in result.stdout
    assert "empty.txt: empty file" in result.output
    result = run("ingest", folder / "000.txt", "--db", db)
    assert result.exit_code == 0
    assert "added 0 · skipped as duplicates 1" in result.stdout


def test_ingest_from_stdin(tmp_path, reader, monkeypatch):
    import newsgraph.reader

    monkeypatch.setattr(newsgraph.reader, "Reader", lambda *a, **k: reader)
    db = tmp_path / "c.duckdb"
    text = (
        "Talks resume\n\nThe foreign minister of Norway said on Friday that talks would resume.\n"
    )
    result = runner.invoke(app, ["ingest", "-", "--db", str(db)], input=text)
    assert result.exit_code == 0, result.output
    assert "added 1" in result.stdout
    result = runner.invoke(app, ["ingest", "-", "--db", str(db)], input=text)
    assert "added 0 · skipped as duplicates 1" in result.stdout
