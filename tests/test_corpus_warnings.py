"""Articles read with repairs (lone surrogates, bytes that were not UTF-8 …): their warnings are
printed by `read` and `ingest`, one line each naming the input, and kept in the store."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus import store as store_mod

runner = CliRunner()


def _inputs(tmp_path):
    (tmp_path / "latin.txt").write_bytes(
        b"The mayor said the new bridge would open in spring, and the council agreed.\n"
        + "Residents welcomed the caf\xe9 on the quay.\n".encode("latin-1")
    )
    record = {"text": "The minister said the plan was good \ud800 and would work."}
    (tmp_path / "odd.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return [tmp_path / "latin.txt", tmp_path / "odd.jsonl"]


def test_read_prints_each_warning_with_its_input(tmp_path):
    result = runner.invoke(app, ["read", *map(str, _inputs(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert any("latin.txt: warning:" in line and "[NG121]" in line for line in lines)
    assert any("odd.jsonl:1: warning:" in line and "[NG120]" in line for line in lines)


def test_ingest_stores_warnings_and_counts_them(tmp_path):
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["ingest", *map(str, _inputs(tmp_path)), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "warnings 2" in result.stdout
    with store_mod.Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT input, code FROM warnings ORDER BY code").fetchall()
        stored = store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert stored == 2
    assert [code for _, code in rows] == ["NG120", "NG121"]
    assert rows[0][0].endswith("odd.jsonl:1") and rows[1][0].endswith("latin.txt")


def test_warnings_of_an_older_store_are_filled_from_its_readings(tmp_path):
    db = tmp_path / "old.duckdb"
    runner.invoke(app, ["ingest", *map(str, _inputs(tmp_path)), "--db", str(db)])
    with store_mod.Store(db) as store:  # what a store of version 6 looked like
        store.con.execute("DROP TABLE warnings")
        store.con.execute("DELETE FROM schema_version WHERE version = 7")
    with store_mod.Store(db) as store:
        codes = store.con.execute("SELECT code FROM warnings ORDER BY code").fetchall()
    assert codes == [("NG120",), ("NG121",)]
