"""Ingest through the real pipeline on tiny texts: dedup, errors, resume, kill -9."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from newsgraph.corpus import Corpus, Store, ingest
from newsgraph.corpus.ingest import estimate_total

COUNTRIES = ["France", "Germany", "Poland", "Italy", "Spain", "Austria", "Greece", "Norway"]
CITIES = ["Paris", "Berlin", "Warsaw", "Rome", "Madrid", "Vienna", "Athens", "Oslo"]


def tiny_article(i: int) -> str:
    a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
    if a == b:
        b = COUNTRIES[(i + 1) % 8]
    city = CITIES[i % 8]
    return (
        f"{a} and {b} meet in {city} (report {i})\n\n"
        f"The foreign minister of {a} said on Monday that talks with {b} would resume in {city}. "
        f'"We want an agreement this year," the minister told reporters. '
        f"Officials in {b}, who asked not to be named, said the plan might fail.\n"
    )


def write_corpus(folder, n: int, *, bad: bool = True):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(tiny_article(i), encoding="utf-8")
    if bad:
        (folder / "broken.jsonl").write_text(
            '{"text": "Spain said on Friday that it would send aid to Greece."}\n{"text": 5}\n'
            "not json\n",
            encoding="utf-8",
        )
        (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_ingest_twice_adds_once_and_records_errors(reader, tmp_path):
    folder = write_corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "copy.txt").write_text(tiny_article(0), encoding="utf-8")  # same text
    db = tmp_path / "c.duckdb"
    assert estimate_total([str(folder)]) == 11  # 7 texts, 3 JSONL records, 1 empty

    seen = []
    first = ingest([folder], db, reader=reader, batch_size=4, progress=lambda d, t: seen.append(d))
    assert (first.read, first.added, first.skipped_duplicates, first.failed) == (11, 7, 1, 3)
    assert seen and seen[-1] == 11 and seen == sorted(seen)

    with Corpus(db) as corpus:
        counts = corpus.counts()
        assert counts["articles"] == 7 and counts["statements"] > 0 and counts["actors"] > 0
        errors = corpus.rows("SELECT input, code, reason FROM errors ORDER BY input")[1]
        assert [(e[0], e[1]) for e in errors] == [
            (f"{folder}/broken.jsonl:2", "NG107"),
            (f"{folder}/broken.jsonl:3", "NG107"),
            (f"{folder}/empty.txt", "NG104"),
        ]
        assert all(e[2] for e in errors)
        run = corpus.rows("SELECT status, read, added, skipped_duplicates, failed FROM runs")[1]
        assert run == [("finished", 11, 7, 1, 3)]

    class NoParsing:  # every article is stored: the rerun must not parse anything
        model, processes = "none", 1

        def read_articles(self, items):
            raise AssertionError("parsed an article that is already stored")

    second = ingest([folder], db, reader=NoParsing(), batch_size=4)
    assert (second.read, second.added, second.skipped_duplicates) == (11, 0, 8)
    assert (second.failed, second.skipped_failed) == (0, 3)  # failed before: not again
    with Corpus(db) as corpus:
        after = corpus.counts()
    assert {t: after[t] for t in after if t != "runs"} == {
        t: counts[t] for t in counts if t != "runs"
    }
    assert after["runs"] == 2
    third = ingest([folder], db, reader=NoParsing(), batch_size=4, retry_failed=True)
    assert (third.failed, third.skipped_failed) == (3, 0)


def test_ingest_resumes_where_it_stopped(reader, tmp_path):
    folder = write_corpus(tmp_path / "in", 5, bad=False)
    db = tmp_path / "c.duckdb"
    ingest([folder / "000.txt", folder / "001.txt"], db, reader=reader)
    summary = ingest([folder], db, reader=reader, batch_size=2)
    assert (summary.added, summary.skipped_duplicates) == (3, 2)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 5


# --------------------------------------------------------------------------- kill -9

INGEST = textwrap.dedent(
    """
    import sys
    from newsgraph.corpus import ingest
    ingest([sys.argv[2]], sys.argv[1], batch_size=3,
           progress=lambda done, total: print(done, flush=True))
    """
)

TABLES = ("articles", "boilerplate", "actors", "mentions", "statements", "events")


def _counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
        counts["error_inputs"] = con.execute("SELECT count(DISTINCT input) FROM errors").fetchall()[
            0
        ][0]
        counts["duplicate_ids"] = con.execute(
            "SELECT count(*) - count(DISTINCT article_id || statement_id) FROM statements"
        ).fetchall()[0][0]
    finally:
        con.close()
    return counts


@pytest.mark.skipif(os.name != "posix", reason="needs kill -9")
def test_kill_9_then_rerun_gives_the_counts_of_a_clean_run(reader, tmp_path):
    folder = write_corpus(tmp_path / "in", 30)
    clean = tmp_path / "clean.duckdb"
    ingest([folder], clean, reader=reader, batch_size=3)
    expected = _counts(clean)
    assert expected["articles"] == 31 and expected["duplicate_ids"] == 0

    db = tmp_path / "killed.duckdb"
    seed = int(os.environ.get("NEWSGRAPH_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _ in range(2):  # kill twice at random points, then finish
        proc = subprocess.Popen(
            [sys.executable, "-c", INGEST, str(db), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        target = rng.randint(1, 25)
        try:
            for line in proc.stdout:
                if line.strip().isdigit() and int(line) >= target:
                    break
            if proc.poll() is None and db.exists():
                # a reader during the ingest gets an answer: the writer lets go between batches
                with Corpus(db, wait=60) as corpus:
                    assert corpus.counts()["articles"] <= expected["articles"]
            time.sleep(rng.random() * 0.3)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    rerun = subprocess.run(
        [sys.executable, "-c", INGEST, str(db), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert rerun.returncode == 0, f"NEWSGRAPH_KILL_SEED={seed}: {rerun.stderr[-2000:]}"
    assert _counts(db) == expected, f"NEWSGRAPH_KILL_SEED={seed}"


def test_ingest_with_worker_processes(reader, tmp_path):
    folder = write_corpus(tmp_path / "in", 4)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([folder], one, reader=reader)
    summary = ingest([folder], two, processes=2, batch_size=2)
    assert (summary.read, summary.added, summary.failed) == (8, 5, 3)
    query = "SELECT article_id, statement_id, content FROM statements ORDER BY ALL"
    with Corpus(one) as a, Corpus(two) as b:
        assert b.rows(query) == a.rows(query)
        assert b.counts()["errors"] == a.counts()["errors"] == 3
