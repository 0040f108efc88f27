"""`/sql`: one read-only SELECT at a time, only when the server was started with --sql.

The query runs through :func:`newsgraph.corpus.safe_sql.run_select`: exactly one SELECT (or
WITH … SELECT), DuckDB's access to files, network and extensions off and locked, interrupted
after `TIMEOUT` seconds (a cartesian join is stopped), at most `MAX_ROWS` rows returned.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from newsgraph.corpus.safe_sql import run_select
from newsgraph.web.errors import SqlDisabled
from newsgraph.web.respond import csv_response
from newsgraph.web.site import Site

TIMEOUT = 1.5
MAX_ROWS = 1000
EXAMPLE = "SELECT speaker_type, count(*) AS statements FROM statements GROUP BY 1 ORDER BY 2 DESC"


def add_routes(site: Site, *, enabled: bool) -> None:
    db, answer = site.db, site.answer

    @site.route(
        "/sql", "sql", "One read-only SELECT (only with `newsgraph serve --sql`)", ("json", "csv")
    )
    def sql(
        request: Request,
        q: Annotated[str | None, Query(description="one SELECT or WITH … SELECT query")] = None,
    ):
        if not enabled:
            raise SqlDisabled(
                "free-form SQL is off on this server",
                hint="start it with `newsgraph serve --sql`",
            )
        data = {"q": q or "", "example": EXAMPLE, "columns": [], "rows": [], "truncated": False}
        if q and q.strip():
            columns, rows = run_select(db.path, q, timeout=TIMEOUT, max_rows=MAX_ROWS + 1)
            data.update(
                columns=columns,
                rows=[list(r) for r in rows[:MAX_ROWS]],
                truncated=len(rows) > MAX_ROWS,
            )
        return answer(
            request,
            "sql.html",
            {**data, "limit": MAX_ROWS, "timeout": TIMEOUT},
            lambda: csv_response([tuple(data["columns"]), *data["rows"]], "query.csv"),
        )
