"""Corpus store, queries and export, on Readings built by hand (no model needed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import textwrap

import duckdb
import pytest

from newsgraph.corpus import Corpus, ReadOnlyQuery, Store, StoreBusy, check_read_only, migrate
from newsgraph.corpus import store as store_mod
from newsgraph.corpus.export import GDELT_COLUMNS, export_gdelt, export_jsonl, export_parquet
from newsgraph.errors import BadRecord
from newsgraph.model import (
    Actor,
    Article,
    BoilerplateSpan,
    Event,
    EventActor,
    Hedge,
    Location,
    Reading,
    Relay,
    Span,
    Speaker,
    Statement,
)

TEXT_A = (
    "Russia threatens Ukraine\n\n"
    'Moscow warned Kyiv on Monday, Lavrov said. "We will respond," Lavrov told reporters.\n\n'
    "Officials who asked not to be named said talks may resume.\n\nShare this article"
)
TEXT_B = (
    "Talks in Geneva\n\n"
    "The United States praised Russia for the talks, according to Reuters.\n\n"
    "Lavrov said the meeting was useful."
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def make_reading(text: str, *, published=dt.date(2024, 3, 4), path="a.txt", url=None) -> Reading:
    body_start = text.index("\n\n") + 2
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        path=path,
        title=text[: text.index("\n")],
        title_span=Span.of(text, 0, text.index("\n")),
        text=text,
        body=Span.of(text, body_start, len(text)),
        boilerplate=(
            [BoilerplateSpan(**span(text, "Share this article").model_dump(), reason="share")]
            if "Share this" in text
            else []
        ),
        url=url,
        outlet="Example News",
        published=published,
    )
    return Reading(article=article)


def reading_a() -> Reading:
    r = make_reading(TEXT_A, url="https://example.org/a")
    t = TEXT_A
    r.actors = [
        Actor(id="a1", code="RUSGOV", country="RUS", sector="GOV", name="Russia",
              kind="country", mentions=[span(t, "Russia"), span(t, "Moscow")]),
        Actor(id="a2", code="UKRGOV", country="UKR", sector="GOV", name="Ukraine",
              kind="country", mentions=[span(t, "Ukraine"), span(t, "Kyiv")]),
        Actor(id="a3", code="RUSGOV", country="RUS", sector="GOV", name="Sergei Lavrov",
              kind="person", role="foreign minister",
              mentions=[span(t, "Lavrov"), span(t, "Lavrov", 1)]),
    ]  # fmt: skip
    r.statements = [
        Statement(
            id="s1", kind="indirect",
            speaker=Speaker(span=span(t, "Lavrov"), name="Sergei Lavrov", type="person",
                            actor="RUSGOV", actor_id="a3"),
            cue=span(t, "said"), cue_class="neutral",
            content=span(t, "Moscow warned Kyiv on Monday"),
        ),
        Statement(
            id="s2", kind="direct",
            speaker=Speaker(span=span(t, "Lavrov", 1), name="Sergei Lavrov", type="person",
                            actor="RUSGOV", actor_id="a3"),
            cue=span(t, "told"), content=span(t, "We will respond,"),
            quote=span(t, '"We will respond,"'),
        ),
        Statement(
            id="s3", kind="indirect",
            speaker=Speaker(span=span(t, "Officials who asked not to be named"),
                            name="officials", type="anonymous", count=None),
            cue=span(t, "said", 1), content=span(t, "talks may resume"),
            hedges=[Hedge(span=span(t, "may"), kind="epistemic")],
        ),
    ]  # fmt: skip
    r.events = [
        Event(
            id="e1",
            source=EventActor(code="RUSGOV", country="RUS", sector="GOV", name="Russia",
                              actor_id="a1", span=span(t, "Moscow")),
            target=EventActor(code="UKRGOV", country="UKR", sector="GOV", name="Ukraine",
                              actor_id="a2", span=span(t, "Kyiv")),
            cameo="138", root="13", plover="THREATEN", quad=3, goldstein=-7.0,
            trigger=span(t, "warned"), modality="reported", statement="s1",
            date=dt.date(2024, 3, 4), date_span=span(t, "Monday"),
            location=Location(country="UKR", city="Kyiv", latitude=50.45, longitude=30.52,
                              span=span(t, "Kyiv")),
        ),
    ]  # fmt: skip
    return r


def reading_b() -> Reading:
    r = make_reading(TEXT_B, published=dt.date(2024, 4, 10), path="b.txt")
    t = TEXT_B
    r.actors = [
        Actor(id="a1", code="USAGOV", country="USA", sector="GOV", name="United States",
              kind="country", mentions=[span(t, "The United States")]),
        Actor(id="a2", code="RUSGOV", country="RUS", sector="GOV", name="Russia",
              kind="country", mentions=[span(t, "Russia")]),
    ]  # fmt: skip
    r.statements = [
        Statement(
            id="s1", kind="indirect",
            speaker=Speaker(span=span(t, "The United States"), name="United States",
                            type="country", actor="USAGOV"),
            content=span(t, "The United States praised Russia for the talks"),
            relayed_by=[Relay(name="Reuters", type="outlet",
                              cue=span(t, "according to"), span=span(t, "Reuters"))],
        ),
        Statement(
            id="s2", kind="indirect",
            speaker=Speaker(span=span(t, "Lavrov"), name="Lavrov", type="person"),
            cue=span(t, "said"), content=span(t, "the meeting was useful"),
            relayed_by=[Relay(name="a source", type="anonymous")],
        ),
    ]  # fmt: skip
    r.events = [
        Event(
            id="e1",
            source=EventActor(code="USAGOV", country="USA", name="United States"),
            target=EventActor(code="RUSGOV", country="RUS", name="Russia"),
            cameo="051", root="05", quad=1, goldstein=3.4, trigger=span(t, "praised"),
        ),
    ]  # fmt: skip
    return r


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add_readings([reading_a(), reading_b()])
    return path


# --------------------------------------------------------------------------- store


def test_tables_mirror_the_reading(db):
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == 2
        assert counts["actors"] == 5
        assert counts["mentions"] == 8
        assert counts["statements"] == 5
        assert counts["events"] == 2
        assert counts["boilerplate"] == 1
        con = store.con
        text, b0, b1 = con.execute(
            "SELECT text, body_start, body_end FROM articles WHERE path = 'a.txt'"
        ).fetchall()[0]
        assert text == TEXT_A and text[b0:b1].startswith("Moscow warned")
        for start, end, mention in con.execute(
            "SELECT span_start, span_end, text FROM mentions"
        ).fetchall():
            assert mention in (TEXT_A[start:end], TEXT_B[start:end])
        row = con.execute(
            "SELECT content, content_start, content_end, cue_text, quote_start, speaker_count,"
            " hedges FROM statements WHERE kind = 'direct'"
        ).fetchall()[0]
        assert row[0] == "We will respond," and TEXT_A[row[1] : row[2]] == row[0]
        assert row[3] == "told" and row[4] == TEXT_A.index('"We')
        ev = con.execute(
            "SELECT source_code, target_code, cameo, root, quad, goldstein, trigger, modality,"
            " statement_id, date, location_city, latitude FROM events WHERE cameo = '138'"
        ).fetchall()[0]
        assert ev == ("RUSGOV", "UKRGOV", "138", "13", 3, -7.0, "warned", "reported", "s1",
                      dt.date(2024, 3, 4), "Kyiv", 50.45)  # fmt: skip
        reading = json.loads(con.execute("SELECT reading FROM articles LIMIT 1").fetchall()[0][0])
        assert Reading.model_validate(reading).article.id


def test_adding_twice_adds_once(db):
    with Store(db) as store:
        before = store.counts()
        assert store.add_readings([reading_a(), reading_b(), reading_a()]) == 0
        assert store.counts() == before


def test_duplicates_within_one_batch_are_stored_once(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        assert store.add_readings([reading_a(), reading_a()]) == 1
        assert store.counts()["statements"] == 3


def test_a_failed_batch_leaves_nothing(tmp_path, monkeypatch):
    with Store(tmp_path / "x.duckdb") as store:
        original = store._insert

        def broken(table, rows, chunk=500):
            if table == "events":
                raise RuntimeError("disk on fire")
            original(table, rows, chunk)

        monkeypatch.setattr(store, "_insert", broken)
        with pytest.raises(RuntimeError):
            store.add_readings([reading_a()])
        monkeypatch.undo()
        assert all(v == 0 for v in store.counts().values())
        assert store.add_readings([reading_a()]) == 1


def test_errors_are_recorded_with_input_and_reason(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        run = store.start_run(["in.jsonl"], "m", 1)
        store.write_batch([reading_a()], [BadRecord("invalid JSON", input="in.jsonl:3")], run,
                          {"read": 2, "added": 1, "failed": 1})  # fmt: skip
        store.finish_run(run, {"read": 2, "added": 1, "failed": 1})
        assert store.con.execute("SELECT run_id, input, reason, code FROM errors").fetchall() == [
            (run, "in.jsonl:3", "invalid JSON", "NG107")
        ]
        status, read, failed = store.con.execute(
            "SELECT status, read, failed FROM runs"
        ).fetchall()[0]
        assert (status, read, failed) == ("finished", 2, 1)


# --------------------------------------------------------------------------- migrations


def test_new_file_is_migrated_to_latest(tmp_path):
    with Store(tmp_path / "new.duckdb") as store:
        assert store.version == store_mod.latest_version()
        tables = {
            r[0]
            for r in store.con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
        assert set(store_mod.TABLES) | {"schema_version"} <= tables


def test_migration_v0_to_v1_and_forward(tmp_path):
    path = str(tmp_path / "old.duckdb")
    duckdb.connect(path).close()  # an empty (version 0) file
    v1 = [
        (1, ["CREATE TABLE notes (id INTEGER, body VARCHAR)", "INSERT INTO notes VALUES (1, 'x')"])
    ]
    con = duckdb.connect(path)
    assert migrate(con, v1) == [1]
    assert migrate(con, v1) == []  # idempotent
    v2 = [*v1, (2, ["ALTER TABLE notes ADD COLUMN tag VARCHAR DEFAULT 'old'"])]
    assert migrate(con, v2) == [2]
    assert con.execute("SELECT id, body, tag FROM notes").fetchall() == [(1, "x", "old")]
    assert store_mod.schema_version(con) == 2
    con.close()


def test_failed_migration_rolls_back(tmp_path):
    path = str(tmp_path / "m.duckdb")
    con = duckdb.connect(path)
    steps = [(1, ["CREATE TABLE t (a INTEGER)", "THIS IS NOT SQL"])]
    with pytest.raises(duckdb.Error):
        migrate(con, steps)
    assert store_mod.schema_version(con) == 0
    assert not con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name='t'"
    ).fetchall()[0][0]
    con.close()


def test_store_newer_than_code_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (99, now())")
    con.close()
    with pytest.raises(store_mod.StoreVersionError, match="version 99"):
        Store(path)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(store_mod.StoreError, match="no such store"):
        Corpus(tmp_path / "missing.duckdb")


# --------------------------------------------------------------------------- busy


HOLDER = textwrap.dedent(
    """
    import sys, time
    from newsgraph.corpus import Store
    store = Store(sys.argv[1])
    print("ready", flush=True)
    time.sleep(30)
    """
)


def test_a_store_held_by_a_writer_is_busy(db):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(StoreBusy, match="store is busy: another newsgraph process"):
            Store(db)
        with pytest.raises(StoreBusy):
            Corpus(db, wait=0.2)
        from typer.testing import CliRunner

        from newsgraph.cli import app

        result = CliRunner().invoke(app, ["query", "actors", "--db", str(db), "--wait", "0.1"])
        assert result.exit_code == 1
        assert "store is busy: another newsgraph process is writing to it" in result.output
    finally:
        proc.kill()
        proc.wait()
    with Corpus(db, wait=5) as corpus:  # the lock goes with the process; the file is intact
        assert corpus.counts()["articles"] == 2


# --------------------------------------------------------------------------- queries


def test_statements_by_speaker(db):
    with Corpus(db) as corpus:
        rows = corpus.statements_by_speaker("lavrov")
        assert [r["content"] for r in rows] == [
            "Moscow warned Kyiv on Monday",
            "We will respond,",
            "the meeting was useful",
        ]
        assert [r["statement_id"] for r in corpus.statements_by_speaker("USAGOV")] == ["s1"]
        assert corpus.statements_by_speaker("nobody") == []


def test_events_filters(db):
    with Corpus(db) as corpus:
        assert len(corpus.events()) == 2
        rows = corpus.events(source="RUS", target="UKR")
        assert [r["cameo"] for r in rows] == ["138"]
        assert [r["cameo"] for r in corpus.events(root=5)] == ["051"]
        assert [r["cameo"] for r in corpus.events(root="13")] == ["138"]
        assert [r["cameo"] for r in corpus.events(since="2024-04-01")] == ["051"]
        assert [r["cameo"] for r in corpus.events(until="2024-03-04")] == ["138"]
        assert corpus.events(since="2024-03-05", until="2024-04-09") == []
        assert corpus.events(source="USAGOV", target="RUS")[0]["trigger"] == "praised"
        with pytest.raises(store_mod.StoreError, match="date"):
            corpus.events(since="last week")


def test_anonymous_sources(db):
    with Corpus(db) as corpus:
        rows = corpus.anonymous_sources()
        assert {(r["content"], r["anonymous_as"]) for r in rows} == {
            ("talks may resume", "speaker"),
            ("the meeting was useful", "relay"),
        }


def test_top_actors(db):
    with Corpus(db) as corpus:
        rows = corpus.top_actors(2)
        assert (rows[0]["code"], rows[0]["name"]) == ("RUSGOV", "Russia")
        assert rows[0]["articles"] == 2 and rows[0]["mentions"] == 3
        assert len(rows) == 2
        names = [r["name"] for r in corpus.top_actors(10)]
        assert "Sergei Lavrov" in names and len(names) == 4  # Lavrov is not merged into Russia


def test_report_queries(db):
    with Corpus(db) as corpus:
        quads = {r["quad_class"]: r["events"] for r in corpus.events_by_quad()}
        assert quads == {"verbal cooperation": 1, "verbal conflict": 1}
        types = {r["speaker_type"]: r["statements"] for r in corpus.statements_by_speaker_type()}
        assert types == {"person": 3, "anonymous": 1, "country": 1}


def test_sql_is_read_only(db):
    with Corpus(db) as corpus:
        assert corpus.sql("SELECT count(*) FROM articles").fetchall() == [(2,)]
        assert corpus.sql("WITH x AS (SELECT 1 AS a) SELECT a FROM x").fetchall() == [(1,)]
        for bad in (
            "DELETE FROM articles",
            "DROP TABLE events",
            "INSERT INTO errors VALUES (NULL, NULL, NULL, NULL, NULL)",
            "SELECT 1; DELETE FROM articles",
            "COPY articles TO 'x.csv'",
            "",
        ):
            with pytest.raises(ReadOnlyQuery):
                corpus.sql(bad)
        assert corpus.counts()["articles"] == 2
    with pytest.raises(ReadOnlyQuery, match="only SELECT"):
        check_read_only("UPDATE articles SET title = 'x'")


# --------------------------------------------------------------------------- export


def test_parquet_export_reads_back(db, tmp_path):
    out = tmp_path / "pq"
    with Corpus(db) as corpus:
        written = export_parquet(corpus, out)
    assert written["articles"] == 2 and written["events"] == 2
    con = duckdb.connect()
    for table in store_mod.TABLES:
        path = out / f"{table}.parquet"
        assert path.exists()
        assert con.execute(f"SELECT count(*) FROM '{path}'").fetchall()[0][0] == written[table]
    row = con.execute(f"SELECT content FROM '{out / 'statements.parquet'}' WHERE kind='direct'")
    assert row.fetchall()[0] == ("We will respond,",)


def test_jsonl_export_round_trips(db, tmp_path):
    out = tmp_path / "r.jsonl"
    with Corpus(db) as corpus:
        assert export_jsonl(corpus, out) == 2
    readings = [Reading.model_validate_json(line) for line in out.read_text().splitlines()]
    by_path = {r.article.path: r for r in readings}
    assert by_path["a.txt"] == reading_a()
    assert by_path["b.txt"] == reading_b()


def test_gdelt_export_columns_in_order(db, tmp_path):
    out = tmp_path / "events.csv"
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:31] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
    )
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    with Corpus(db) as corpus:
        assert export_gdelt(corpus, out, header=True) == 2
    lines = out.read_text().splitlines()
    assert lines[0].split("\t") == [*GDELT_COLUMNS, "NGCertainty"]  # then newsgraph's own
    columns = lines[0].split("\t")
    rows = [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[1:]]
    threat = next(r for r in rows if r["EventCode"] == "138")
    assert threat["SQLDATE"] == "20240304" and threat["MonthYear"] == "202403"
    assert threat["Year"] == "2024"
    assert threat["Actor1Code"] == "RUSGOV" and threat["Actor2Code"] == "UKRGOV"
    assert threat["Actor1CountryCode"] == "RUS" and threat["Actor1Type1Code"] == "GOV"
    assert threat["EventBaseCode"] == "138" and threat["EventRootCode"] == "13"
    assert threat["QuadClass"] == "3" and threat["GoldsteinScale"] == "-7.0"
    assert threat["IsRootEvent"] == "1"
    assert threat["ActionGeo_FullName"] == "Kyiv, UKR" and threat["ActionGeo_Type"] == "4"
    assert threat["SOURCEURL"] == "https://example.org/a"
    assert len(threat["DATEADDED"]) == 14
    praise = next(r for r in rows if r["EventCode"] == "051")
    assert praise["SQLDATE"] == "20240410"  # the article's date when the event has none
    assert praise["SOURCEURL"] == "b.txt"
    assert {r["GLOBALEVENTID"] for r in rows} == {"1", "2"}
    with Corpus(db) as corpus:
        export_gdelt(corpus, out)
    assert len(out.read_text().splitlines()) == 2  # no header by default, as GDELT's files


def test_store_migrates_an_older_file_on_open(db):
    nxt = store_mod.latest_version() + 1
    later = [*store_mod.MIGRATIONS, (nxt, ["ALTER TABLE articles ADD COLUMN language VARCHAR"])]
    with pytest.raises(store_mod.StoreError, match=f"older than {nxt}"):
        Store(db, read_only=True, migrations=later)  # read-only commands do not migrate
    with Store(db, migrations=later) as store:
        assert store.version == nxt
        assert store.counts()["articles"] == 2  # data kept
        assert store.con.execute("SELECT count(language) FROM articles").fetchall() == [(0,)]


def test_pandas_frames(db):
    pytest.importorskip("pandas")
    with Corpus(db) as corpus:
        frame = corpus.df("SELECT speaker_type, count(*) AS n FROM statements GROUP BY ALL")
        assert int(frame["n"].sum()) == 5
        assert len(corpus.sql("FROM events").df()) == 2
