"""The store is not a window onto the machine: locked user SQL, foreign files refused,
killed runs marked interrupted."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import duckdb
import pytest
from tests.test_corpus_store import reading_a, reading_b
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus import (
    Corpus,
    NotAStore,
    QueryFailed,
    QueryTimeout,
    ReadOnlyQuery,
    Store,
    run_select,
)
from newsgraph.corpus import store as store_mod
from newsgraph.corpus.safe_sql import LOCKED_CONFIG, connect_locked

CARTESIAN = "SELECT count(*) FROM range(100000000) a, range(100000000) b"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add_readings([reading_a(), reading_b()])
    return path


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.csv"
    path.write_text("name,value\nkey,hunter2\n", encoding="utf-8")
    return path


def outside_queries(secret, tmp_path) -> list[str]:
    folder = tmp_path.as_posix()
    return [
        f"SELECT * FROM read_csv('{secret}')",
        f"SELECT * FROM read_text('{secret}')",
        f"SELECT * FROM read_blob('{secret}')",
        f"SELECT * FROM '{secret}'",
        f"SELECT * FROM glob('{folder}/**')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_parquet('https://example.invalid/x.parquet')",
        "SELECT * FROM 's3://example-bucket/x.parquet'",
        "SELECT * FROM read_json('http://127.0.0.1:9/x.json')",
    ]


def test_queries_that_reach_outside_the_store_are_refused(db, secret, tmp_path):
    for query in outside_queries(secret, tmp_path):
        with pytest.raises(ReadOnlyQuery, match="reaches outside the store") as info:
            run_select(db, query)
        assert "hunter2" not in str(info.value)


def test_statements_other_than_one_select_are_refused(db, tmp_path):
    out = tmp_path / "out.csv"
    for query in (
        f"COPY articles TO '{out}'",
        f"ATTACH '{tmp_path / 'x.duckdb'}' AS x",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        f"EXPORT DATABASE '{tmp_path / 'exp'}'",
        "SELECT 1; SELECT 2",
        "DELETE FROM articles",
    ):
        with pytest.raises(ReadOnlyQuery):
            run_select(db, query)
    assert not out.exists() and not (tmp_path / "x.duckdb").exists()
    assert not (tmp_path / "exp").exists()


def test_the_locked_connection_cannot_be_unlocked(db):
    con = connect_locked(db)
    try:
        for setting in ("enable_external_access", "lock_configuration"):
            (value,) = con.execute(f"SELECT current_setting('{setting}')").fetchone()
            assert value == LOCKED_CONFIG[setting]
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            con.execute("INSERT INTO errors (input) VALUES ('x')")  # read-only file
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    finally:
        con.close()


def test_a_runaway_query_is_interrupted(db):
    with pytest.raises(QueryTimeout, match="longer than 0.5 s") as info:
        run_select(db, CARTESIAN, timeout=0.5)
    assert info.value.code == "NG404"
    assert run_select(db, "SELECT count(*) FROM articles") == (["count_star()"], [(2,)])


def test_rows_are_capped(db):
    columns, rows = run_select(db, "SELECT * FROM range(50)", max_rows=7)
    assert columns == ["range"] and len(rows) == 7
    with Corpus(db) as corpus:
        result = corpus.select("SELECT * FROM range(50)", max_rows=7)
        assert result.truncated and len(result.rows) == 7
        assert not corpus.select("SELECT * FROM range(7)", max_rows=7).truncated


def test_a_failing_query_is_one_clear_error(db):
    with pytest.raises(QueryFailed, match='"nope"'):
        run_select(db, "SELECT nope FROM articles")


def test_corpus_sql_is_locked_and_timed(db, secret, tmp_path):
    with Corpus(db) as corpus:
        assert corpus.sql("SELECT count(*) FROM statements").fetchall() == [(5,)]
        for query in outside_queries(secret, tmp_path)[:3]:
            with pytest.raises(ReadOnlyQuery):
                corpus.sql(query)
        with pytest.raises(QueryTimeout):
            corpus.sql(CARTESIAN, timeout=0.5)
        with pytest.raises(QueryTimeout):
            corpus.rows(CARTESIAN, timeout=0.5)
        assert corpus.top_actors(1)  # the connection still works afterwards


def test_cli_sql_refuses_reading_the_machine(db):
    runner = CliRunner()
    result = runner.invoke(app, ["sql", "SELECT * FROM read_csv('/etc/passwd')", "--db", str(db)])
    assert result.exit_code == 2
    assert "refused: the query reaches outside the store (/etc/passwd)" in result.output
    assert "root:" not in result.output
    result = runner.invoke(app, ["sql", CARTESIAN, "--db", str(db), "--timeout", "0.5"])
    assert result.exit_code == 1 and "[NG404]" in result.output
    result = runner.invoke(app, ["sql", "SELECT * FROM range(30)", "--db", str(db),
                                 "--max-rows", "5", "-f", "csv"])  # fmt: skip
    assert result.stdout.splitlines() == ["range", "0", "1", "2", "3", "4"]
    assert "only the first 5 rows" in result.output


# --------------------------------------------------------------------------- foreign files


def foreign_files(tmp_path):
    import sqlite3

    lite = tmp_path / "lite.db"
    con = sqlite3.connect(lite)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.close()
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    return {lite: "SQLite", other: "another program", noise: "not a DuckDB", empty: "empty"}


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    for path, what in foreign_files(tmp_path).items():
        before = path.read_bytes()
        for read_only in (False, True):
            with pytest.raises(NotAStore, match=what) as info:
                Store(path, read_only=read_only)
            assert info.value.code == "NG405"
        with pytest.raises(NotAStore):
            run_select(path, "SELECT 1")
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["lite.db", "other.duckdb", "noise.bin", "empty.db"]
    )  # no .wal or temporary file beside them
    with pytest.raises(NotAStore, match="folder"):
        Store(tmp_path)


def test_cli_refuses_a_foreign_db(tmp_path):
    runner = CliRunner()
    for path, _ in foreign_files(tmp_path).items():
        before = path.read_bytes()
        result = runner.invoke(app, ["ingest", "-", "--db", str(path)], input="Paris said so.")
        assert result.exit_code == 1 and "not a newsgraph store" in result.output
        assert "[NG405]" in result.output and "Traceback" not in result.output
        assert path.read_bytes() == before


def test_a_store_cannot_be_created_where_there_is_no_folder(tmp_path):
    with pytest.raises(store_mod.StoreNotWritable, match="no folder"):
        Store(tmp_path / "missing" / "x.duckdb")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_store_that_cannot_be_created_is_one_clear_error():
    # /proc refuses new files even to root (who may write any read-only folder)
    with pytest.raises(store_mod.StoreNotWritable, match="cannot create") as info:
        Store("/proc/newsgraph-test.duckdb")
    assert info.value.code == "NG407"
    result = CliRunner().invoke(
        app, ["ingest", "-", "--db", "/proc/newsgraph-test.duckdb"], input="Paris said so."
    )
    assert result.exit_code == 1 and "[NG407]" in result.output
    assert "internal error" not in result.output


# --------------------------------------------------------------------------- runs


KILLED = textwrap.dedent(
    """
    import os, sys
    from newsgraph.corpus import Store
    store = Store(sys.argv[1])
    run = store.start_run(["in/"], "m", 1)
    store.release()
    print(run, flush=True)
    os.kill(os.getpid(), 9)
    """
)


def test_a_run_left_running_by_a_killed_process_is_marked_interrupted(db):
    proc = subprocess.run(
        [sys.executable, "-c", KILLED, str(db)], capture_output=True, text=True, timeout=60
    )
    run_id = proc.stdout.strip()
    assert proc.returncode == -9 and run_id
    with Corpus(db) as corpus:  # a read-only open changes nothing
        assert corpus.sql("SELECT status FROM runs").fetchall() == [("running",)]
    with Store(db) as store:
        rows = store.con.execute("SELECT id, status, finished IS NOT NULL FROM runs").fetchall()
        assert rows == [(run_id, "interrupted", True)]
        live = store.start_run(["x"], "m", 1)
        assert store.mark_interrupted_runs() == []  # this process is alive: its run is not
        status = store.con.execute("SELECT status FROM runs WHERE id = ?", [live]).fetchone()
        assert status == ("running",)


def test_migration_to_v2_backfills_errors_and_closes_old_runs(tmp_path):
    path = tmp_path / "v1.duckdb"
    with Store(path, migrations=store_mod.MIGRATIONS[:1]) as old:
        old.con.execute(
            "INSERT INTO runs (id, status) VALUES ('r1', 'running'), ('r0', 'finished')"
        )
        for name in ("dump.jsonl:7", "list.json[3]", "plain.txt"):  # the v1 columns
            old.con.execute("INSERT INTO errors VALUES ('r1', ?, 'bad', 'NG107', now())", [name])
    assert os.path.exists(path)
    with Store(path) as store:
        assert store.version >= 2
        rows = store.con.execute("SELECT input, path, record FROM errors ORDER BY input").fetchall()
        assert rows == [
            ("dump.jsonl:7", "dump.jsonl", 7),
            ("list.json[3]", "list.json", 3),
            ("plain.txt", "plain.txt", None),
        ]
        runs = dict(store.con.execute("SELECT id, status FROM runs").fetchall())
        assert runs == {"r1": "interrupted", "r0": "finished"}
