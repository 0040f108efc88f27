"""The web app's view of a store: read-only, locked down, every query under a time limit.

The file is opened once, read-only, with DuckDB's external access off (no ``read_csv`` of local
files, no ``COPY … TO``, no ``ATTACH``, no ``INSTALL``) and the configuration locked, so no
query the app runs can reach outside the store. Each request gets its own cursor; a timer
interrupts any query that runs past the limit.
"""

from __future__ import annotations

import os
import threading

import duckdb

from newsgraph.corpus.safe_sql import connect_locked
from newsgraph.corpus.store import StoreVersionError, latest_version, schema_version
from newsgraph.web.errors import QueryTooSlow


def connect_read_only(path: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """The store opened by :func:`safe_sql.connect_locked`, refused if newer than we know."""
    con = connect_locked(path)
    version, latest = schema_version(con), latest_version()
    if version > latest:
        con.close()
        raise StoreVersionError(
            f"store is at schema version {version}; this newsgraph knows up to {latest}",
            input=str(path),
            hint="upgrade newsgraph",
        )
    return con


class Db:
    """One open store shared by all requests; `rows`/`dicts` run one query with a time limit."""

    def __init__(self, path: str | os.PathLike, *, timeout: float = 10.0):
        self.path = str(path)
        self.timeout = timeout
        self._con = connect_read_only(path)
        self._lock = threading.Lock()
        self._tables = {
            name: [
                c[0]
                for c in self._con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                    " ORDER BY ordinal_position",
                    [name],
                ).fetchall()
            ]
            for (name,) in self._con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }

    def close(self) -> None:
        self._con.close()

    def has(self, table: str, column: str | None = None) -> bool:
        cols = self._tables.get(table)
        return cols is not None and (column is None or column in cols)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self._con.cursor()

    def rows(
        self, sql: str, params: list | None = None, *, timeout: float | None = None
    ) -> tuple[list[str], list[tuple]]:
        cur = self.cursor()
        limit = self.timeout if timeout is None else timeout
        timer = threading.Timer(limit, cur.interrupt)
        timer.start()
        try:
            result = cur.execute(sql, params or [])
            columns = [d[0] for d in result.description]
            return columns, result.fetchall()
        except duckdb.InterruptException as err:
            raise QueryTooSlow(
                f"the query ran longer than {limit:g} s and was stopped",
                hint="narrow the filters",
            ) from err
        finally:
            timer.cancel()
            cur.close()

    def dicts(self, sql: str, params: list | None = None) -> list[dict]:
        columns, rows = self.rows(sql, params)
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def value(self, sql: str, params: list | None = None):
        _, rows = self.rows(sql, params)
        return rows[0][0] if rows else None
