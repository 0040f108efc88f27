"""One paged, faceted listing over a store table: rows of one page, the total and facet counts.

A listing is a FROM clause, a WHERE (from the page's filters), the columns to show, an order
and the facets. The total and every facet's counts come from ONE scan (``GROUPING SETS``);
the page's rows from a second query with LIMIT/OFFSET, which DuckDB answers with a top-N
sort (``benchmarks/web.py`` measures deep pages on 100,000 statements).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter
from newsgraph.web.filters import Paging, Where

FACET_TOP = 12


@dataclass
class Listing:
    source: str  # FROM … JOIN …
    columns: str  # SELECT list
    order: str  # ORDER BY list
    facets: dict[str, str] = field(default_factory=dict)  # name -> SQL expression


@dataclass
class Page:
    rows: list[dict]
    total: int
    page: int
    size: int
    facets: dict[str, list[dict]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def counts(db: Db, listing: Listing, where: Where) -> tuple[int, dict[str, list[dict]]]:
    """The number of matching rows and, for each facet, its most frequent values."""
    names = list(listing.facets)
    inner = ", ".join(f"{expr} AS f{i}" for i, expr in enumerate(listing.facets.values()))
    inner = inner or "1 AS f_"
    groups = ", ".join(f"(f{i})" for i in range(len(names)))
    flags = ", ".join(f"grouping(f{i}) AS g{i}" for i in range(len(names)))
    values = ", ".join(f"f{i}" for i in range(len(names)))
    sql = (
        f"SELECT {flags + ', ' if flags else ''}{values + ', ' if values else ''}count(*) AS n "
        f"FROM (SELECT {inner} FROM {listing.source} {where.sql()}) "
        f"GROUP BY GROUPING SETS ({groups + ', ' if groups else ''}())"
    )
    _, rows = db.rows(sql, where.params)
    total = 0
    facets: dict[str, list[dict]] = {name: [] for name in names}
    k = len(names)
    for row in rows:
        flagged = [i for i in range(k) if row[i] == 0]
        if not flagged:
            total = row[-1]
            continue
        i = flagged[0]
        value = row[k + i]
        if value is not None and value != "":
            facets[names[i]].append({"value": value, "count": row[-1]})
    for name, found in facets.items():
        found.sort(key=lambda f: (-f["count"], str(f["value"])))
        facets[name] = found[:FACET_TOP]
    return total, facets


def page(db: Db, listing: Listing, where: Where, paging: Paging) -> Page:
    total, facets = counts(db, listing, where)
    if paging.page > 1 and (paging.page - 1) * paging.size >= total:
        raise BadParameter(
            f"page {paging.page} is past the last page ({max(1, -(-total // paging.size))})",
            hint="go back to page 1",
        )
    sql = (
        f"SELECT {listing.columns} FROM {listing.source} {where.sql()} "
        f"ORDER BY {listing.order} LIMIT {int(paging.size)} OFFSET {int((paging.page - 1) * paging.size)}"
    )
    rows = db.dicts(sql, where.params)
    return Page(rows=rows, total=total, page=paging.page, size=paging.size, facets=facets)


def every_row(db: Db, listing: Listing, where: Where, chunk: int = 5000) -> Iterator[tuple]:
    """Column names first, then every matching row in order (for the CSV export of all rows)."""
    cur = db.cursor()
    try:
        result = cur.execute(
            f"SELECT {listing.columns} FROM {listing.source} {where.sql()} ORDER BY {listing.order}",
            where.params,
        )
        yield tuple(d[0] for d in result.description)
        while batch := result.fetchmany(chunk):
            yield from batch
    finally:
        cur.close()
