"""User SQL against a corpus store, locked to the store: one read-only query, on a timer.

Every connection that runs SQL a user typed (``newsgraph sql``, ``Corpus.sql``, the web page)
comes from :func:`connect_locked`: the file opened read-only, with DuckDB's
``enable_external_access`` off (no ``read_csv('/etc/passwd')``, ``glob``, ``COPY … TO``,
``ATTACH``, ``http(s)://``/``s3://`` paths, ``INSTALL``/``LOAD``), extension autoloading and
autoinstalling off (nothing is downloaded), no spilling to a temporary folder beside the
store, and ``lock_configuration`` on so that no ``SET``/``PRAGMA`` can undo any of it.

:func:`check_read_only` lets through exactly one SELECT (``WITH … SELECT``, ``FROM t``);
:func:`execute` runs it with a time limit (``con.interrupt()`` from a timer thread) and a cap
on the rows fetched; :func:`run_select` does all three for a path.

DuckDB keeps one configuration per open file in a process, so every read-only connection
newsgraph opens on a store is a locked one (the ready-made queries run on it too).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from newsgraph.corpus.store import (
    NotAStore,
    QueryFailed,
    QueryTimeout,
    ReadOnlyQuery,
    StoreError,
    check_ours,
    file_kind,
)

__all__ = [
    "LOCKED_CONFIG",
    "QueryFailed",
    "QueryTimeout",
    "ReadOnlyQuery",
    "Result",
    "check_read_only",
    "connect_locked",
    "execute",
    "run_select",
]

#: The DuckDB settings of every connection that runs user SQL.
LOCKED_CONFIG: dict[str, str | bool] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "temp_directory": "",  # a big sort fails with "out of memory" instead of writing files
    "lock_configuration": True,
}

DEFAULT_TIMEOUT = 5.0
_OUTSIDE = re.compile(r'Cannot access (?:file|directory) "([^"]*)"')
DEFAULT_MAX_ROWS = 10_000


def connect_locked(path: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """Open the store file read-only with external access, extensions and settings locked.

    Raises StoreError when the file is missing and NotAStore when it is not a newsgraph
    store (a SQLite database would otherwise make DuckDB reach for an extension).
    """
    name = str(path)
    kind = file_kind(name)
    if kind == "missing":
        raise StoreError(
            "no such store", input=name, hint="run `newsgraph ingest` first, or pass --db"
        )
    if kind != "duckdb":
        raise NotAStore(f"not a newsgraph store: {kind}", input=name, hint="pass a store --db")
    try:
        con = duckdb.connect(name, read_only=True, config=dict(LOCKED_CONFIG))
    except duckdb.Error as err:
        raise StoreError(f"cannot open store: {_first_line(err)}", input=name) from err
    try:
        check_ours(con, name)
    except BaseException:
        con.close()
        raise
    return con


def check_read_only(query: str) -> None:
    """Raise ReadOnlyQuery unless `query` is exactly one SELECT (or WITH … SELECT) statement."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as err:
        raise ReadOnlyQuery(
            f"cannot parse the query: {_first_line(err)}", hint="check the SQL"
        ) from err
    if not statements:
        raise ReadOnlyQuery("the query is empty", hint='e.g. "SELECT count(*) FROM articles"')
    if len(statements) > 1:
        raise ReadOnlyQuery(
            f"{len(statements)} statements given; run one SELECT at a time",
            hint="remove the extra statements",
        )
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        name = str(kind).rsplit(".", 1)[-1]
        raise ReadOnlyQuery(
            f"only SELECT (or WITH … SELECT) queries may run against the store, not {name}",
            hint="the store is changed only by `newsgraph ingest`",
        )


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]
    truncated: bool = False  # more rows than max_rows matched


class _Watchdog:
    """Interrupts `con` after `timeout` seconds unless stopped first."""

    def __init__(self, con: duckdb.DuckDBPyConnection, timeout: float | None):
        self.con = con
        self.fired = False
        self._lock = threading.Lock()
        self._done = False
        self._timer = None if timeout is None else threading.Timer(timeout, self._fire)

    def _fire(self) -> None:
        with self._lock:
            if not self._done:
                self.fired = True
                self.con.interrupt()

    def __enter__(self) -> _Watchdog:
        if self._timer is not None:
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._lock:
            self._done = True
        if self._timer is not None:
            self._timer.cancel()


def guarded(con: duckdb.DuckDBPyConnection, timeout: float | None, work):
    """Run ``work()`` (which uses `con`) under the time limit; map DuckDB errors to ours."""
    try:
        with _Watchdog(con, timeout) as dog:
            return work()
    except duckdb.InterruptException as err:
        if dog.fired:
            raise QueryTimeout(
                f"the query ran longer than {timeout:g} s and was stopped",
                hint="narrow it with WHERE or LIMIT, or give a longer --timeout",
            ) from err
        raise
    except duckdb.PermissionException as err:
        found = _OUTSIDE.search(str(err))
        what = f" ({found.group(1)})" if found else ""
        raise ReadOnlyQuery(
            f"refused: the query reaches outside the store{what}; files, folders, the network "
            "and extensions are off limits",
            hint="newsgraph SQL reads only the store's tables, e.g. FROM articles",
        ) from err
    except duckdb.Error as err:
        raise QueryFailed(f"query failed: {_first_line(err)}", hint="check the SQL") from err


def execute(
    con: duckdb.DuckDBPyConnection,
    query: str,
    params: list | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> Result:
    """Check and run one read-only query on a connection, within `timeout` seconds.

    At most `max_rows` rows are fetched (``Result.truncated`` says whether more matched).
    Raises ReadOnlyQuery, QueryTimeout or QueryFailed.
    """
    check_read_only(query)

    def work() -> Result:
        cur = con.execute(query, params or [])
        columns = [d[0] for d in cur.description or []]
        if max_rows is None:
            return Result(columns, cur.fetchall())
        rows = cur.fetchmany(max_rows + 1)
        return Result(columns, rows[:max_rows], truncated=len(rows) > max_rows)

    return guarded(con, timeout, work)


def run_select(
    path: str | os.PathLike,
    sql: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    params: list | None = None,
) -> tuple[list[str], list[tuple]]:
    """Column names and (at most `max_rows`) rows of one read-only query on the store `path`.

    Raises ReadOnlyQuery (NG403) for anything but one SELECT / WITH … SELECT, or a query that
    reaches outside the store; QueryTimeout (NG404) when `timeout` seconds pass first.
    """
    check_read_only(sql)
    con = connect_locked(Path(path))
    try:
        result = execute(con, sql, params, timeout=timeout, max_rows=max_rows)
    finally:
        con.close()
    return result.columns, result.rows


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
