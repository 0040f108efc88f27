"""Ask a corpus store questions: ready-made queries and read-only SQL.

A Corpus opened from a path reads through a locked connection (:mod:`safe_sql`): user SQL
cannot reach files, the network or extensions, and stops after `timeout` seconds.

>>> corpus = Corpus("newsgraph.duckdb")
>>> corpus.statements_by_speaker("Lavrov")        # list of dicts
>>> corpus.sql("SELECT speaker_type, count(*) FROM statements GROUP BY 1").fetchall()
>>> corpus.sql("FROM events").df()                # pandas, if installed
"""

from __future__ import annotations

import datetime as dt
import os

import duckdb

from newsgraph.corpus import safe_sql
from newsgraph.corpus.provenance_query import ProvenanceQueries
from newsgraph.corpus.safe_sql import check_read_only
from newsgraph.corpus.store import Store, StoreError
from newsgraph.model import CERTAINTY_CODES, Certainty

Rows = list[dict]
_LEVELS = ("certain", "probable", "possible", "unknown")


class BadCertainty(StoreError):
    """A --certainty value that is neither a FactBank code nor a level."""

    code = "NG331"


def certainty_codes(value: str) -> list[str]:
    """The codes a ``--certainty`` value stands for: a code (``PR+``, any case), a level
    (``probable``: PR+ and PR-), or ``uncertain`` (anything short of CT+ and CT-)."""
    v = value.strip().lower()
    if v == "uncertain":
        return [c for c in CERTAINTY_CODES if not c.startswith("CT")]
    if v in _LEVELS:
        prefix = Certainty(level=v).code.rstrip("+-u")  # CT, PR, PS, U
        return [c for c in CERTAINTY_CODES if c.startswith(prefix)]
    hits = [c for c in CERTAINTY_CODES if c.lower() == v]
    if not hits:
        raise BadCertainty(
            f"--certainty must be a code ({', '.join(CERTAINTY_CODES)}), a level (certain, "
            f"probable, possible, unknown) or uncertain, not {value!r}",
            hint="e.g. --certainty PS+ or --certainty uncertain",
        )
    return hits


#: Seconds a query given to Corpus.sql / rows may run (None: no limit).
SQL_TIMEOUT: float | None = 60.0


def _date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(f"{name} must be a date like 2024-03-01, not {value!r}") from None


class Corpus(ProvenanceQueries):
    """Read-only access to a corpus store (a path, or an open :class:`Store`)."""

    def __init__(self, path: str | os.PathLike | Store | None = None, *, wait: float = 0.0):
        if isinstance(path, Store):
            self._store = path
            self._own = False
        else:
            self._store = Store(path, read_only=True, wait=wait)
            self._own = True
        self.path = self._store.path

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        return self._store.con

    def close(self) -> None:
        if self._own:
            self._store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- raw SQL

    def sql(
        self, query: str, params: list | None = None, *, timeout: float | None = SQL_TIMEOUT
    ) -> duckdb.DuckDBPyRelation:
        """The rows of one read-only query, run now (within `timeout` s; None: no limit),
        as a DuckDB relation (`.fetchall()`, `.df()`, `.show()` …)."""
        check_read_only(query)
        con = self._user_con
        return safe_sql.guarded(con, timeout, lambda: con.sql(query, params=params).materialize())

    def df(self, query: str, params: list | None = None, *, timeout: float | None = SQL_TIMEOUT):
        """The result of a read-only query as a pandas DataFrame (needs pandas)."""
        try:
            import pandas  # noqa: F401
        except ImportError:
            raise StoreError("pandas is not installed", hint="pip install pandas") from None
        return self.sql(query, params, timeout=timeout).df()

    def rows(
        self,
        query: str,
        params: list | None = None,
        *,
        timeout: float | None = SQL_TIMEOUT,
        max_rows: int | None = None,
    ) -> tuple[list[str], list[tuple]]:
        """Column names and rows of a read-only query (at most `max_rows`; None: all)."""
        result = self.select(query, params, timeout=timeout, max_rows=max_rows)
        return result.columns, result.rows

    def select(
        self,
        query: str,
        params: list | None = None,
        *,
        timeout: float | None = SQL_TIMEOUT,
        max_rows: int | None = None,
    ) -> safe_sql.Result:
        """Like :meth:`rows`, and says whether more than `max_rows` rows matched."""
        return safe_sql.execute(self._user_con, query, params, timeout=timeout, max_rows=max_rows)

    @property
    def _user_con(self) -> duckdb.DuckDBPyConnection:
        """The connection for SQL a user wrote: only a locked (read-only) one."""
        if not self._store.read_only:
            raise StoreError(
                "SQL you write runs only on a store opened read-only",
                input=self.path,
                hint="use Corpus(path) rather than Corpus(Store(path))",
            )
        return self.con

    def _dicts(self, query: str, params: list | None = None) -> Rows:
        result = safe_sql.execute(self.con, query, params, timeout=None, max_rows=None)
        return [dict(zip(result.columns, row, strict=True)) for row in result.rows]

    # -- ready-made questions

    def counts(self) -> dict[str, int]:
        return self._store.counts()

    def statements_by_speaker(self, name: str, limit: int | None = None) -> Rows:
        """Statements whose speaker's name, actor code or role matches `name` (any case)."""
        return self.statements(name, limit=limit)

    def statements(
        self,
        speaker: str | None = None,
        *,
        hedged: bool = False,
        certainty: str | None = None,
        limit: int | None = None,
    ) -> Rows:
        """Statements by speaker (name, actor code or role, any case), with a hedge, and/or
        whose speaker holds the content with a given certainty (see `certainty_codes`).

        Asked about hedges or certainty, the rows also give the three certainties and the
        hedge words.
        """
        where, params = [], []
        if speaker:
            params.append(speaker)
            where.append(
                "(s.speaker_name ILIKE '%' || $1 || '%' OR s.speaker_actor = upper($1)"
                " OR s.speaker_role ILIKE '%' || $1 || '%')"
            )
        if hedged:
            where.append("s.n_hedges > 0")
        if certainty is not None:
            params.append(certainty_codes(certainty))
            where.append(f"list_contains(${len(params)}, s.certainty)")
        sure = ""
        if hedged or certainty is not None:
            sure = """s.certainty, s.writer_certainty, s.said_certainty,
                array_to_string(json_extract_string(s.hedges, '$[*].span.text'), '; ')
                    AS hedge_words,"""
        return self._dicts(
            f"""
            SELECT s.article_id, s.statement_id, s.speaker_name, s.speaker_type,
                   s.speaker_actor, s.kind, s.cue_text, s.content, s.polarity,
                   s.n_hedges, {sure} a.published, a.outlet, a.title, a.path
            FROM statements s JOIN articles a ON a.id = s.article_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY a.published NULLS LAST, s.article_id, s.content_start
            {f"LIMIT {int(limit)}" if limit else ""}
            """,
            params,
        )

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        root: str | int | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int | None = None,
        *,
        hedged: bool = False,
        certainty: str | None = None,
    ) -> Rows:
        """Events filtered by actor code prefix (RUS matches RUSGOV), CAMEO root and date, by
        whether a hedge qualifies them and by their certainty (see `certainty_codes`).

        The date is the event's own date, else the article's publication date; `until` is
        inclusive.
        """
        where, params = [], []
        for side, code in (("source", source), ("target", target)):
            if code:
                params.append(code.upper())
                n = len(params)
                where.append(f"(e.{side}_code LIKE ${n} || '%' OR e.{side}_country = ${n})")
        if root is not None and str(root) != "":
            params.append(str(root).zfill(2))
            where.append(f"e.root = ${len(params)}")
        day = "coalesce(e.date, a.published)"
        if since is not None:
            params.append(_date(since, "--since"))
            where.append(f"{day} >= ${len(params)}")
        if until is not None:
            params.append(_date(until, "--until"))
            where.append(f"{day} <= ${len(params)}")
        if hedged:
            where.append("e.n_hedges > 0")
        if certainty is not None:
            params.append(certainty_codes(certainty))
            where.append(f"list_contains(${len(params)}, e.certainty)")
        query = f"""
            SELECT e.article_id, e.event_id, {day} AS date, e.source_code, e.source_name,
                   e.cameo, e.root, e.quad, e.goldstein, e.trigger, e.target_code,
                   e.target_name, e.modality, e.negated, e.certainty, e.certainty_holder,
                   a.outlet, a.title
            FROM events e JOIN articles a ON a.id = e.article_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY date NULLS LAST, e.article_id, e.trigger_start
            {f"LIMIT {int(limit)}" if limit else ""}
        """
        return self._dicts(query, params)

    def anonymous_sources(self, limit: int | None = None) -> Rows:
        """Statements that rest on anonymous sources: said by one, or relayed through one."""
        return self._dicts(
            """
            SELECT s.article_id, s.statement_id, s.speaker_name, s.speaker_count,
                   s.cue_text, s.content, s.n_relays,
                   CASE WHEN s.speaker_type = 'anonymous' THEN 'speaker' ELSE 'relay' END
                       AS anonymous_as,
                   a.published, a.outlet, a.title
            FROM statements s JOIN articles a ON a.id = s.article_id
            WHERE s.speaker_type = 'anonymous'
               OR list_contains(json_extract_string(s.relayed_by, '$[*].type'), 'anonymous')
            ORDER BY a.published NULLS LAST, s.article_id, s.content_start
            """
            + (f" LIMIT {int(limit)}" if limit else ""),
        )

    def top_actors(self, n: int = 20) -> Rows:
        """Actors (code and name, any case) by the articles they appear in, then mentions."""
        return self._dicts(
            f"""
            SELECT coalesce(code, '') AS code, mode(name) AS name, mode(kind) AS kind,
                   count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions
            FROM actors
            GROUP BY coalesce(code, ''), lower(name)
            ORDER BY articles DESC, mentions DESC, code, name
            LIMIT {int(n)}
            """
        )

    def events_by_quad(self) -> Rows:
        return self._dicts(
            """
            SELECT quad, CASE quad WHEN 1 THEN 'verbal cooperation'
                                   WHEN 2 THEN 'material cooperation'
                                   WHEN 3 THEN 'verbal conflict'
                                   WHEN 4 THEN 'material conflict'
                                   ELSE 'unknown' END AS quad_class,
                   count(*) AS events, round(avg(goldstein), 2) AS avg_goldstein
            FROM events GROUP BY quad ORDER BY quad NULLS LAST
            """
        )

    def statements_by_speaker_type(self) -> Rows:
        return self._dicts(
            """
            SELECT speaker_type, count(*) AS statements,
                   count(DISTINCT article_id) AS articles,
                   sum(CASE WHEN kind = 'direct' THEN 1 ELSE 0 END) AS direct
            FROM statements GROUP BY speaker_type ORDER BY statements DESC, speaker_type
            """
        )
