"""The corpus store: one DuckDB file whose tables mirror the Reading.

Tables (schema version 5; see :data:`MIGRATIONS`):

* ``articles`` — one row per article, ``id`` is the content hash of the text (primary key);
  ``reading`` holds the whole Reading as JSON so exports are exact and later migrations can
  backfill new columns from it.
* ``boilerplate``, ``actors``, ``mentions``, ``statements``, ``events``, ``hedges`` — one row
  per item, keyed by ``article_id``; spans are flattened to ``<name>_start``/``<name>_end``
  character offsets into ``articles.text`` plus the text they hold.
* ``runs`` — one row per ingest run; ``errors`` — one row per input that could not be read.
* ``schema_version`` — the version the file is at; :func:`migrate` moves it forward on open.

A batch of Readings is written in one transaction, so a crash (even ``kill -9``) loses at
most the batch in flight. DuckDB lets one process write a file at a time; opening a file
another process holds raises :class:`StoreBusy` instead of waiting forever or corrupting it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
import stat
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb

from newsgraph.errors import NewsgraphError
from newsgraph.model import Reading, Span

DEFAULT_DB = "newsgraph.duckdb"
DB_ENV = "NEWSGRAPH_DB"


class StoreError(NewsgraphError):
    """The corpus store cannot be opened or used."""

    code = "NG400"


class StoreBusy(StoreError):
    """Another process holds the store (DuckDB allows one writing process per file)."""

    code = "NG401"


class StoreVersionError(StoreError):
    """The store was written by a newer newsgraph."""

    code = "NG402"


class ReadOnlyQuery(StoreError):
    """`sql` was given something other than a read-only query (or one that reads outside)."""

    code = "NG403"


class QueryTimeout(StoreError):
    """A user query ran past its time limit and was interrupted."""

    code = "NG404"


class NotAStore(StoreError):
    """`--db` names something that is not a newsgraph store (SQLite, another program's DuckDB
    file, a random file); it is refused and never modified."""

    code = "NG405"


class QueryFailed(StoreError):
    """A user query that DuckDB could not run (unknown column, type error …)."""

    code = "NG406"


class StoreNotWritable(StoreError):
    """The store cannot be created or written where it is (read-only folder, full disk …)."""

    code = "NG407"


def default_path() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB


# --------------------------------------------------------------------------- schema

SCHEMA_V1 = [
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        path VARCHAR,
        title VARCHAR,
        url VARCHAR,
        outlet VARCHAR,
        cited_outlet VARCHAR,
        published DATE,
        encoding VARCHAR,
        text VARCHAR,
        title_start INTEGER,
        title_end INTEGER,
        body_start INTEGER,
        body_end INTEGER,
        n_actors INTEGER,
        n_statements INTEGER,
        n_events INTEGER,
        ingested_at TIMESTAMP,
        run_id VARCHAR,
        reading JSON
    )
    """,
    """
    CREATE TABLE boilerplate (
        article_id VARCHAR, span_start INTEGER, span_end INTEGER, text VARCHAR, reason VARCHAR
    )
    """,
    """
    CREATE TABLE actors (
        article_id VARCHAR, actor_id VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR,
        name VARCHAR, kind VARCHAR, role VARCHAR, resolved_by VARCHAR, n_mentions INTEGER
    )
    """,
    """
    CREATE TABLE mentions (
        article_id VARCHAR, actor_id VARCHAR, span_start INTEGER, span_end INTEGER, text VARCHAR
    )
    """,
    """
    CREATE TABLE statements (
        article_id VARCHAR, statement_id VARCHAR, kind VARCHAR,
        speaker_name VARCHAR, speaker_type VARCHAR, speaker_actor VARCHAR,
        speaker_actor_id VARCHAR, speaker_role VARCHAR, speaker_count INTEGER,
        speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
        cue_text VARCHAR, cue_class VARCHAR, cue_start INTEGER, cue_end INTEGER,
        content VARCHAR, content_start INTEGER, content_end INTEGER,
        quote_start INTEGER, quote_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        polarity VARCHAR, relayed_by JSON, hedges JSON, content_parts JSON,
        n_relays INTEGER, n_hedges INTEGER
    )
    """,
    """
    CREATE TABLE events (
        article_id VARCHAR, event_id VARCHAR,
        source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
        source_name VARCHAR, source_actor_id VARCHAR, source_start INTEGER, source_end INTEGER,
        target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
        target_name VARCHAR, target_actor_id VARCHAR, target_start INTEGER, target_end INTEGER,
        cameo VARCHAR, root VARCHAR, plover VARCHAR, quad INTEGER, goldstein DOUBLE,
        trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        negated BOOLEAN, modality VARCHAR, statement_id VARCHAR,
        date DATE, date_text VARCHAR, date_start INTEGER, date_end INTEGER,
        location_country VARCHAR, location_city VARCHAR,
        latitude DOUBLE, longitude DOUBLE, location_text VARCHAR,
        location_start INTEGER, location_end INTEGER,
        confidence DOUBLE
    )
    """,
    """
    CREATE TABLE runs (
        id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR,
        inputs JSON, model VARCHAR, processes INTEGER,
        read INTEGER, added INTEGER, skipped_duplicates INTEGER, failed INTEGER
    )
    """,
    """
    CREATE TABLE errors (
        run_id VARCHAR, input VARCHAR, reason VARCHAR, code VARCHAR, recorded_at TIMESTAMP
    )
    """,
]

# Version 2 (crash isolation): an error row names its file, its record in a JSON/JSONL file
# and a hash of its content, so a rerun recognises an input that failed before and skips it;
# a run records the process that writes it, so the next open can tell a run whose process
# was killed ('interrupted') from one still going. Runs of version 1 left 'running' are
# marked 'interrupted': a version-1 process cannot write a version-2 store.
SCHEMA_V2 = [
    "ALTER TABLE errors ADD COLUMN path VARCHAR",
    "ALTER TABLE errors ADD COLUMN record INTEGER",
    "ALTER TABLE errors ADD COLUMN content_hash VARCHAR",
    "ALTER TABLE runs ADD COLUMN skipped_failed INTEGER DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN pid INTEGER",
    "ALTER TABLE runs ADD COLUMN host VARCHAR",
    """
    UPDATE errors SET
        path = CASE
            WHEN regexp_matches(input, '^.+:[0-9]+$') THEN regexp_extract(input, '^(.+):[0-9]+$', 1)
            WHEN regexp_matches(input, '^.+\\[[0-9]+\\]$')
                THEN regexp_extract(input, '^(.+)\\[[0-9]+\\]$', 1)
            ELSE input END,
        record = CASE
            WHEN regexp_matches(input, '^.+:[0-9]+$')
                THEN CAST(regexp_extract(input, ':([0-9]+)$', 1) AS INTEGER)
            WHEN regexp_matches(input, '^.+\\[[0-9]+\\]$')
                THEN CAST(regexp_extract(input, '\\[([0-9]+)\\]$', 1) AS INTEGER)
            END
    """,
    "UPDATE runs SET status = 'interrupted' WHERE status = 'running'",
]

# Version 3 (provenance, issue 10): copy pairs and their passages, families, stories, claims
# and naming markers; filled by newsgraph.corpus.provenance (markers: from each Reading).
SCHEMA_V3 = [
    """CREATE TABLE prov_articles (
        article_id VARCHAR, seq BIGINT, batch VARCHAR, n_words INTEGER, published DATE,
        outlet VARCHAR, family_id VARCHAR, story_id VARCHAR, is_copy BOOLEAN)""",
    "CREATE TABLE prov_bands (band_key BIGINT, article_id VARCHAR)",
    "CREATE TABLE prov_terms (article_id VARCHAR, term VARCHAR, tf INTEGER)",
    "CREATE TABLE prov_df (term VARCHAR, df INTEGER)",
    """CREATE TABLE reuse_pairs (
        article_id VARCHAR, copy_of VARCHAR, relation VARCHAR, shared DOUBLE,
        containment DOUBLE, order_score DOUBLE, direction VARCHAR, evidence JSON,
        n_passages INTEGER)""",
    """CREATE TABLE reuse_passages (
        article_id VARCHAR, copy_of VARCHAR, article_start INTEGER, article_end INTEGER,
        copy_of_start INTEGER, copy_of_end INTEGER, n_words INTEGER)""",
    "CREATE TABLE stories (id VARCHAR, label VARCHAR)",
    "CREATE TABLE story_members (story_id VARCHAR, article_id VARCHAR)",
    "CREATE TABLE claims (id VARCHAR, kind VARCHAR, key VARCHAR, text VARCHAR)",
    """CREATE TABLE claim_mentions (
        claim_id VARCHAR, article_id VARCHAR, item_id VARCHAR, kind VARCHAR, key VARCHAR,
        text VARCHAR, span_start INTEGER, span_end INTEGER, day DATE)""",
    """CREATE TABLE markers (
        article_id VARCHAR, span_start INTEGER, span_end INTEGER, text VARCHAR,
        term_group VARCHAR, variant VARCHAR, kind VARCHAR, voice VARCHAR, speaker VARCHAR,
        statement_id VARCHAR)""",
]

# Version 4 (hedges, issue 14): a `hedges` table, the certainty of statements and events. Rows
# stored before it get their hedges back from the statements' hedge JSON (kind and span; no scope
# or in_quote); their certainty stays NULL (it needs the parse).
_HEDGE_JSON = (
    '[{"span": {"start": "INTEGER", "end": "INTEGER", "text": "VARCHAR"}, "kind": "VARCHAR"}]'
)
SCHEMA_V4 = [
    """
    CREATE TABLE hedges (
        article_id VARCHAR, hedge_id VARCHAR, kind VARCHAR,
        span_start INTEGER, span_end INTEGER, text VARCHAR,
        scope_start INTEGER, scope_end INTEGER, scope_text VARCHAR,
        in_quote BOOLEAN, holder VARCHAR, effect VARCHAR, statements JSON, events JSON
    )
    """,
    "ALTER TABLE statements ADD COLUMN certainty VARCHAR",
    "ALTER TABLE statements ADD COLUMN writer_certainty VARCHAR",
    "ALTER TABLE statements ADD COLUMN said_certainty VARCHAR",
    "ALTER TABLE events ADD COLUMN certainty VARCHAR",
    "ALTER TABLE events ADD COLUMN certainty_holder VARCHAR",
    "ALTER TABLE events ADD COLUMN hedges JSON",
    "ALTER TABLE events ADD COLUMN n_hedges INTEGER",
    f"""
    INSERT INTO hedges
    WITH h AS (
        SELECT article_id, statement_id, unnest(from_json(hedges, '{_HEDGE_JSON}')) AS h
        FROM statements WHERE n_hedges > 0
    )
    SELECT article_id,
           'h' || row_number() OVER (PARTITION BY article_id ORDER BY h.span.start, h.span."end"),
           any_value(h.kind), h.span.start, h.span."end", any_value(h.span.text),
           NULL, NULL, NULL, NULL, NULL, NULL,
           to_json(list(DISTINCT statement_id ORDER BY statement_id)), NULL
    FROM h GROUP BY article_id, h.span.start, h.span."end"
    """,
]

#: Forward migrations: (version reached, SQL statements). Version 0 is an empty file.
# Version 5 (attribution, issue 12): which sieve attributed each statement, and why a speaker
# is unknown; rows stored before it are filled from the Reading JSON (null where it has neither).
SCHEMA_V5 = [
    "ALTER TABLE statements ADD COLUMN speaker_by VARCHAR",
    "ALTER TABLE statements ADD COLUMN speaker_reason VARCHAR",
    """
    UPDATE statements SET speaker_by = j.speaker_by, speaker_reason = j.speaker_reason
    FROM (
        SELECT a.id AS article_id, s ->> 'id' AS statement_id,
               s -> 'speaker' ->> 'by' AS speaker_by,
               s -> 'speaker' ->> 'reason' AS speaker_reason
        FROM articles a, unnest(CAST(a.reading -> '$.statements' AS JSON[])) AS t(s)
    ) j
    WHERE statements.article_id = j.article_id AND statements.statement_id = j.statement_id
    """,
]

# Version 7 (hostile input): what was changed to read an article (lone surrogates, bytes that
# were not UTF-8, control characters, stretches not parsed), one row per warning, so a run
# over a crawl says which stored articles were read with repairs; backfilled from the Readings.
SCHEMA_V7 = [
    "CREATE TABLE warnings (article_id VARCHAR, input VARCHAR, code VARCHAR, message VARCHAR)",
    """
    INSERT INTO warnings
    SELECT a.id, a.path, regexp_extract(w, '\\[(NG[0-9]+)\\]\\s*$', 1), w
    FROM articles a, unnest(CAST(a.reading -> '$.article.warnings' AS VARCHAR[])) AS t(w)
    """,
]

MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, SCHEMA_V1),
    (2, SCHEMA_V2),
    (3, SCHEMA_V3),
    (4, SCHEMA_V4),
    (5, SCHEMA_V5),
    (7, SCHEMA_V7),
]

DATA_TABLES = (
    "articles",
    "boilerplate",
    "actors",
    "mentions",
    "statements",
    "events",
    "markers",
    "hedges",
    "warnings",
)
PROV_TABLES = (
    "prov_articles",
    "prov_bands",
    "prov_terms",
    "prov_df",
    "reuse_pairs",
    "reuse_passages",
    "stories",
    "story_members",
    "claims",
    "claim_mentions",
)
TABLES = (*DATA_TABLES, "runs", "errors", *PROV_TABLES)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0] or 0)


def missing_versions(
    con: duckdb.DuckDBPyConnection, migrations: Sequence[tuple[int, list[str]]] | None = None
) -> list[int]:
    """Versions of `migrations` the file has not applied (a store may lack one below its
    newest: versions are numbered per feature and can land in any order)."""
    migrations = MIGRATIONS if migrations is None else migrations
    if schema_version(con) == 0:
        return sorted(v for v, _ in migrations)
    done = {row[0] for row in con.execute("SELECT DISTINCT version FROM schema_version").fetchall()}
    return sorted(v for v, _ in migrations if v not in done)


def latest_version(migrations: Sequence[tuple[int, list[str]]] | None = None) -> int:
    migrations = MIGRATIONS if migrations is None else migrations
    return max((v for v, _ in migrations), default=0)


def migrate(
    con: duckdb.DuckDBPyConnection,
    migrations: Sequence[tuple[int, list[str]]] | None = None,
    *,
    path: str | None = None,
) -> list[int]:
    """Run every migration the file has not applied, in order, each in its own transaction.

    Returns the versions applied. A file newer than this newsgraph raises StoreVersionError.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    current = schema_version(con)
    latest = latest_version(migrations)
    if current > latest:
        raise StoreVersionError(
            f"store is at schema version {current}; this newsgraph knows up to {latest}",
            input=path,
            hint="upgrade newsgraph",
        )
    applied = []
    missing = set(missing_versions(con, migrations))
    for version, steps in sorted(migrations, key=lambda m: m[0]):
        if version not in missing:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
            )
            for step in steps:
                con.execute(step)
            con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# --------------------------------------------------------------------------- opening


def _is_lock_error(err: Exception) -> bool:
    text = str(err).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB file


def file_kind(path: str | os.PathLike) -> str:
    """What `path` is, told from its type and first bytes without letting DuckDB open it:
    "missing", "duckdb", or a description of something else ("a SQLite database" …)."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        return "missing"
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    if stat.S_ISDIR(st.st_mode):
        return "a folder"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a pipe, socket or device)"
    if st.st_size == 0:
        return "an empty file"
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    if head[8:12] == _DUCKDB_MAGIC:
        return "duckdb"
    if head.startswith(b"SQLite format 3"):
        return "a SQLite database"
    return "not a DuckDB file"


def connect(
    path: str | os.PathLike, *, read_only: bool = False, wait: float = 0.0
) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, retrying for `wait` seconds while another process holds it.

    Read-only connections are the locked ones of :mod:`newsgraph.corpus.safe_sql` (no file,
    network or extension access; settings locked): they may run user SQL.
    """
    from newsgraph.corpus.safe_sql import LOCKED_CONFIG

    name = str(path)
    config = dict(LOCKED_CONFIG) if read_only else {}
    deadline = time.monotonic() + max(0.0, wait)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(name, read_only=read_only, config=config)
        except duckdb.IOException as err:
            if not _is_lock_error(err):
                raise StoreError(f"cannot open store: {err}", input=name) from err
            if time.monotonic() >= deadline:
                holder = ""
                if "PID" in str(err):
                    holder = " (PID " + str(err).split("PID", 1)[1].split(")")[0].strip() + ")"
                raise StoreBusy(
                    "store is busy: another newsgraph process is writing to it" + holder,
                    input=name,
                    hint="wait for the ingest to finish, or use another --db",
                ) from err
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as err:
            raise StoreError(f"cannot open store: {err}", input=name) from err


def _check_file(path: str, read_only: bool) -> str:
    """Refuse, before DuckDB sees it, a path that is not a store or cannot become one."""
    kind = file_kind(path)
    if kind == "missing":
        if read_only:
            raise StoreError(
                "no such store", input=path, hint="run `newsgraph ingest` first, or pass --db"
            )
        folder = Path(path).parent
        if not folder.is_dir():
            raise StoreNotWritable(
                f"cannot create the store: no folder {str(folder)!r}",
                input=path,
                hint="create the folder first, or pass another --db",
            )
        if not os.access(folder, os.W_OK):
            raise StoreNotWritable(
                "cannot create the store: its folder is read-only",
                input=path,
                hint="pass a --db in a folder you can write",
            )
    elif kind != "duckdb":
        raise NotAStore(
            f"not a newsgraph store: {kind}",
            input=path,
            hint="give --db a newsgraph store or a new file name; newsgraph never writes "
            "into other files",
        )
    return kind


def check_ours(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Refuse a DuckDB file that holds tables but no newsgraph schema_version."""
    tables = sorted(
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()"
        ).fetchall()
    )
    if tables and "schema_version" not in tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise NotAStore(
            f"not a newsgraph store: a DuckDB file of another program (tables {shown})",
            input=path,
            hint="pass another --db; newsgraph never writes into another program's database",
        )


def _probe(path: str, wait: float) -> None:
    """Look into an existing DuckDB file read-only (locked) before opening it for writing."""
    try:
        con = connect(path, read_only=True, wait=wait)
    except StoreError as err:
        if "different configuration" in str(err.__cause__ or err):
            return  # this process already has it open for writing: it was checked then
        raise
    try:
        check_ours(con, path)
    finally:
        con.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, not ours to signal
        return True
    return True


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --------------------------------------------------------------------------- rows


def _s(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _t(span: Span | None) -> str | None:
    return span.text if span is not None else None


def warning_code(message: str) -> str | None:
    """The code a warning line ends with ('… [NG121]' → 'NG121')."""
    found = re.search(r"\[(NG\d+)\]\s*$", message)
    return found.group(1) if found else None


def reading_rows(reading: Reading, run_id: str | None, at: dt.datetime) -> dict[str, list[tuple]]:
    """Flatten one Reading into rows for every data table."""
    a = reading.article
    rows: dict[str, list[tuple]] = {t: [] for t in DATA_TABLES}
    rows["articles"].append(
        (
            a.id,
            a.path,
            a.title,
            a.url,
            a.outlet,
            a.cited_outlet,
            a.published,
            a.encoding,
            a.text,
            *_s(a.title_span),
            *_s(a.body),
            len(reading.actors),
            len(reading.statements),
            len(reading.events),
            at,
            run_id,
            reading.to_json(),
        )
    )
    for b in a.boilerplate:
        rows["boilerplate"].append((a.id, b.start, b.end, b.text, b.reason))
    for message in a.warnings:
        rows["warnings"].append((a.id, a.path, warning_code(message), message))
    for actor in reading.actors:
        rows["actors"].append(
            (
                a.id,
                actor.id,
                actor.code,
                actor.country,
                actor.sector,
                actor.name,
                actor.kind,
                actor.role,
                actor.resolved_by,
                len(actor.mentions),
            )
        )
        for m in actor.mentions:
            rows["mentions"].append((a.id, actor.id, m.start, m.end, m.text))
    for st in reading.statements:
        sp = st.speaker
        rows["statements"].append(
            (
                a.id,
                st.id,
                st.kind,
                sp.name,
                sp.type,
                sp.actor,
                sp.actor_id,
                sp.role,
                sp.count,
                *_s(sp.span),
                _t(sp.span),
                _t(st.cue),
                st.cue_class,
                *_s(st.cue),
                st.content.text,
                *_s(st.content),
                *_s(st.quote),
                *_s(st.sentence),
                st.polarity,
                json.dumps([r.model_dump(mode="json") for r in st.relayed_by]),
                json.dumps([h.model_dump(mode="json") for h in st.hedges]),
                json.dumps([p.model_dump(mode="json") for p in st.content_parts]),
                len(st.relayed_by),
                len(st.hedges),
                *_certainty_codes(st),  # v4
                st.speaker.by,  # v5
                st.speaker.reason,  # v5
            )
        )
    for mk in reading.markers:
        rows["markers"].append(
            (
                a.id,
                mk.span.start,
                mk.span.end,
                mk.span.text,
                mk.term_group,
                mk.variant,
                mk.kind,
                mk.voice,
                mk.speaker,
                mk.statement,
            )
        )
    for ev in reading.events:
        rows["events"].append(
            (
                a.id,
                ev.id,
                *_event_actor(ev.source),
                *_event_actor(ev.target),
                ev.cameo,
                ev.root,
                ev.plover,
                ev.quad,
                ev.goldstein,
                ev.trigger.text,
                *_s(ev.trigger),
                *_s(ev.sentence),
                ev.negated,
                ev.modality,
                ev.statement,
                ev.date,
                _t(ev.date_span),
                *_s(ev.date_span),
                *_location(ev.location),
                ev.confidence,
                *_event_certainty(ev),  # v4
            )
        )
    for h in reading.hedges:
        rows["hedges"].append(
            (a.id, h.id, h.kind, *_s(h.span), h.span.text, *_s(h.scope), _t(h.scope), h.in_quote,
             h.holder, h.effect, json.dumps(h.statements), json.dumps(h.events))
        )  # fmt: skip
    return rows


def _error_key(err: NewsgraphError) -> tuple[str, int, str, str]:
    path = getattr(err, "path", None) or err.input or ""
    record = getattr(err, "record", None)
    return (path, -1 if record is None else record, err.code, err.content_hash or "")


def error_rows(errors: Iterable[NewsgraphError], run_id: str | None, at: dt.datetime) -> list:
    """Rows of the errors table: run, input, reason, code, time, path, record, content hash."""
    return [
        (run_id, e.input, e.message, e.code, at, e.path or e.input, e.record, e.content_hash)
        for e in errors
    ]


def _code(c) -> str | None:
    return c.code if c is not None else None


def _certainty_codes(st) -> tuple:
    return _code(st.certainty), _code(st.writer_certainty), _code(st.said_certainty)


def _event_certainty(ev) -> tuple:
    holder = ev.certainty.holder if ev.certainty is not None else None
    return _code(ev.certainty), holder, json.dumps(ev.hedges), len(ev.hedges)


def _event_actor(actor) -> tuple:
    if actor is None:
        return (None,) * 7
    return (actor.code, actor.country, actor.sector, actor.name, actor.actor_id, *_s(actor.span))


def _location(loc) -> tuple:
    if loc is None:
        return (None,) * 7
    return (loc.country, loc.city, loc.latitude, loc.longitude, _t(loc.span), *_s(loc.span))


# --------------------------------------------------------------------------- the store


class Store:
    """A corpus store file. Opening it for writing migrates it to the latest schema.

    >>> with Store("news.duckdb") as store:
    ...     store.add_readings(readings)          # one transaction, duplicates skipped
    """

    def __init__(
        self,
        path: str | os.PathLike | None = None,
        read_only: bool = False,
        *,
        wait: float = 0.0,
        migrations: Sequence[tuple[int, list[str]]] | None = None,
    ):
        self.path = str(path or default_path())
        self._column_cache: dict[str, list[tuple[str, str]]] = {}
        self.read_only = read_only
        kind = _check_file(self.path, read_only)
        self.reopen_wait = max(wait, 600.0)
        self._closed = False
        if kind == "duckdb" and not read_only:
            _probe(self.path, wait)  # refuse another program's DuckDB file before writing
        try:
            self._con: duckdb.DuckDBPyConnection | None = connect(
                self.path, read_only=read_only, wait=wait
            )
        except StoreError as err:
            if read_only or isinstance(err, StoreBusy):
                raise
            raise StoreNotWritable(
                f"cannot create or write the store: {err.message.removeprefix('cannot open store: ')}",
                input=self.path,
                hint="pass a --db in a folder you can write",
            ) from err
        try:
            if read_only:
                check_ours(self.con, self.path)
                self._check_version(migrations)
            else:
                migrate(self.con, migrations, path=self.path)
                self.mark_interrupted_runs()
        except BaseException:
            self.close()
            raise

    def _check_version(self, migrations) -> None:
        version = schema_version(self.con)
        latest = latest_version(migrations)
        if version > latest:
            raise StoreVersionError(
                f"store is at schema version {version}; this newsgraph knows up to {latest}",
                input=self.path,
                hint="upgrade newsgraph",
            )
        missing = missing_versions(self.con, migrations)
        if missing:
            older = (
                f"older than {latest}"
                if version < latest
                else "without version(s) " + ", ".join(map(str, missing))
            )
            raise StoreError(
                f"store is at schema version {version}, {older}",
                input=self.path,
                hint="open it once for writing (e.g. `newsgraph ingest`) to migrate it",
            )

    # -- lifecycle

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection; reopened (waiting up to `reopen_wait` s) after :meth:`release`."""
        if self._con is None:
            if self._closed:
                raise StoreError("store is closed", input=self.path)
            self._con = connect(self.path, read_only=self.read_only, wait=self.reopen_wait)
        return self._con

    def release(self) -> None:
        """Close the file until the next use, so other processes may open it meanwhile.

        A long ingest calls this after every batch: a `newsgraph query` run during it then
        gets its answer between two batches instead of "store is busy".
        """
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()
        self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def version(self) -> int:
        return schema_version(self.con)

    # -- reading

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among `ids` that the store already holds."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        found = self.con.execute(
            "SELECT id FROM articles SEMI JOIN (SELECT unnest(?::VARCHAR[]) AS k) ON id = k",
            [ids],
        ).fetchall()
        return {row[0] for row in found}

    # -- writing

    def _columns(self, table: str) -> list[tuple[str, str]]:
        cached = self._column_cache.get(table)
        if cached is None:
            cached = self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            self._column_cache[table] = cached
        return cached

    def _insert(self, table: str, rows: list[tuple], chunk: int = 20000) -> None:
        """Insert rows column-wise: one list parameter per column, unnested (fast)."""
        if not rows:
            return
        columns = self._columns(table)
        select = ", ".join(
            f'unnest(${i}::{kind}[]) AS "{name}"' for i, (name, kind) in enumerate(columns, 1)
        )
        sql = f"INSERT INTO {table} SELECT {select}"
        for i in range(0, len(rows), chunk):
            part = rows[i : i + chunk]
            self.con.execute(sql, [list(values) for values in zip(*part, strict=True)])

    def add_readings(self, readings: Iterable[Reading], run_id: str | None = None) -> int:
        """Insert Readings in one transaction; articles already stored are skipped.

        Returns the number of articles added.
        """
        return self.write_batch(list(readings), run_id=run_id)

    def add_errors(self, errors: Iterable[NewsgraphError], run_id: str | None = None) -> int:
        rows = error_rows(errors, run_id, _now())
        if rows:
            self._insert("errors", rows)
        return len(rows)

    def failed_before(self, errors: Sequence[NewsgraphError]) -> list[bool]:
        """For each error, whether the store already holds it (same input, code and content)."""
        if not errors:
            return []
        keys = [_error_key(e) for e in errors]
        found = self.con.execute(
            "SELECT DISTINCT coalesce(path, input), coalesce(record, -1), code,"
            " coalesce(content_hash, '') FROM errors"
            " SEMI JOIN (SELECT unnest(?::VARCHAR[]) AS p) ON coalesce(path, input) = p",
            [sorted({k[0] for k in keys})],
        ).fetchall()
        known = set(found)
        return [k in known for k in keys]

    def failed_ids(self, ids: Iterable[str]) -> set[str]:
        """The article ids among `ids` that failed to be read before (an error row holds them)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        found = self.con.execute(
            "SELECT DISTINCT content_hash FROM errors"
            " SEMI JOIN (SELECT unnest(?::VARCHAR[]) AS k) ON content_hash = k",
            [ids],
        ).fetchall()
        return {row[0] for row in found}

    def write_batch(
        self,
        readings: Sequence[Reading],
        errors: Sequence[NewsgraphError] = (),
        run_id: str | None = None,
        run_counts: dict | None = None,
    ) -> int:
        """Readings, errors and the run's running counts in ONE transaction."""
        batch: dict[str, Reading] = {}
        for reading in readings:
            batch.setdefault(reading.article.id, reading)
        at = _now()
        self._begin()
        try:
            known = self.known_ids(batch)
            tables: dict[str, list[tuple]] = {t: [] for t in DATA_TABLES}
            for article_id, reading in batch.items():
                if article_id not in known:
                    for table, rows in reading_rows(reading, run_id, at).items():
                        tables[table].extend(rows)
            for table in DATA_TABLES:
                self._insert(table, tables[table])
            self._insert("errors", error_rows(errors, run_id, at))
            if run_id is not None and run_counts is not None:
                self._update_run(run_id, run_counts)
            self.con.execute("COMMIT")
        except duckdb.IOException as err:  # disk full, file gone read-only …
            self._rollback()
            raise StoreNotWritable(
                f"cannot write the store: {str(err).strip().splitlines()[0]}",
                input=self.path,
                hint="free space or fix permissions, then rerun: the batches written are kept",
            ) from err
        except BaseException:
            self._rollback()
            raise
        return len(batch) - len(known)

    def _begin(self) -> None:
        if self.read_only:
            raise StoreError("store is open read-only", input=self.path)
        self.con.execute("BEGIN TRANSACTION")

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    # -- runs

    def start_run(self, inputs: Sequence[str], model: str | None, processes: int) -> str:
        import uuid

        run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        self.con.execute(
            "INSERT INTO runs (id, started, status, inputs, model, processes, read, added,"
            " skipped_duplicates, failed, skipped_failed, pid, host)"
            " VALUES (?, ?, 'running', ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)",
            [
                run_id,
                _now(),
                json.dumps(list(inputs)),
                model,
                processes,
                os.getpid(),
                socket.gethostname(),
            ],
        )
        return run_id

    def _update_run(self, run_id: str, counts: dict) -> None:
        self.con.execute(
            "UPDATE runs SET read = ?, added = ?, skipped_duplicates = ?, failed = ?,"
            " skipped_failed = ? WHERE id = ?",
            [
                counts.get("read", 0),
                counts.get("added", 0),
                counts.get("skipped_duplicates", 0),
                counts.get("failed", 0),
                counts.get("skipped_failed", 0),
                run_id,
            ],
        )

    def mark_interrupted_runs(self) -> list[str]:
        """Runs left 'running' by a process of this machine that is gone → 'interrupted'."""
        if schema_version(self.con) < 2:  # runs learnt their process in version 2
            return []
        host = socket.gethostname()
        rows = self.con.execute(
            "SELECT id, pid FROM runs WHERE status = 'running' AND host = ? AND pid IS NOT NULL",
            [host],
        ).fetchall()
        dead = [run_id for run_id, pid in rows if pid != os.getpid() and not _alive(pid)]
        if dead:
            self.con.execute(
                "UPDATE runs SET status = 'interrupted', finished = ? WHERE list_contains(?, id)",
                [_now(), dead],
            )
        return dead

    def finish_run(self, run_id: str, counts: dict, status: str = "finished") -> None:
        self._update_run(run_id, counts)
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ? WHERE id = ?", [_now(), status, run_id]
        )

    def checkpoint(self) -> None:
        self.con.execute("CHECKPOINT")
