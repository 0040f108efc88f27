"""Export a corpus store: JSONL Readings, Parquet tables, or a GDELT 2.0 event table."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import duckdb

from newsgraph.corpus.query import Corpus
from newsgraph.corpus.store import TABLES, StoreError
from newsgraph.gdelt import COLUMNS, GDELT_COLUMNS, cell  # noqa: F401 (GDELT_COLUMNS re-exported)

# The 61 columns of the GDELT 2.0 event table, in order (shared with `read --format gdelt`).

# GDELT fields newsgraph does not produce are empty; newsgraph's country codes are ISO 3166
# alpha-3 (GDELT's Geo_CountryCode is FIPS 10-4). IsRootEvent: 1 when the event's trigger is
# in the article's first paragraph. GLOBALEVENTID numbers events in (article, position) order.
# Then newsgraph's own columns (gdelt.EXTRA_COLUMNS): NGCertainty, so hedged and hypothetical
# events are flagged, not mixed with facts.
_GDELT_SQL = """
WITH e AS (
    SELECT e.*, a.published, a.url, a.path, a.ingested_at, a.text, a.body_start,
           coalesce(e.date, a.published) AS day,
           row_number() OVER (ORDER BY e.article_id, e.trigger_start, e.event_id) AS n
    FROM events e JOIN articles a ON a.id = e.article_id
)
SELECT
    n, strftime(day, '%Y%m%d'), strftime(day, '%Y%m'), year(day),
    round(year(day) + (dayofyear(day) - 1) / 365.0, 4),
    source_code, upper(source_name), source_country, NULL, NULL, NULL, NULL,
    source_sector, NULL, NULL,
    target_code, upper(target_name), target_country, NULL, NULL, NULL, NULL,
    target_sector, NULL, NULL,
    CASE WHEN trigger_start < coalesce(
        nullif(instr(substr(text, coalesce(body_start, 0) + 1), chr(10) || chr(10)), 0)
            + coalesce(body_start, 0), length(text) + 1) THEN 1 ELSE 0 END,
    cameo, left(cameo, 3), root, quad, goldstein, 1, 1, 1, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    CASE WHEN location_city IS NOT NULL THEN 4 WHEN location_country IS NOT NULL THEN 1 END,
    concat_ws(', ', location_city, location_country), location_country, NULL, NULL,
    latitude, longitude, NULL,
    strftime(ingested_at, '%Y%m%d%H%M%S'), coalesce(url, path),
    certainty
FROM e ORDER BY n
"""


def _open_text(output: str | os.PathLike):
    """A text file to write, or stdout for "-"."""
    if str(output) == "-":
        return contextlib.nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8", newline="\n")


def export_gdelt(corpus: Corpus, output: str | os.PathLike, *, header: bool = False) -> int:
    """Write events as a tab-separated GDELT 2.0 event table ("-": stdout); returns the rows."""
    cur = corpus.con.execute(_GDELT_SQL)
    n = 0
    with _open_text(output) as fh:
        if header:
            fh.write("\t".join(COLUMNS) + "\n")
        while rows := cur.fetchmany(1000):
            for row in rows:
                fh.write("\t".join(cell(v) for v in row) + "\n")
            n += len(rows)
    return n


def export_jsonl(corpus: Corpus, output: str | os.PathLike) -> int:
    """Write one Reading per line, as `newsgraph read --format jsonl` ("-": stdout)."""
    cur = corpus.con.execute("SELECT reading FROM articles ORDER BY ingested_at, id")
    n = 0
    with _open_text(output) as fh:
        while rows := cur.fetchmany(500):
            for (reading,) in rows:
                fh.write(reading + "\n")
            n += len(rows)
    return n


def export_parquet(corpus: Corpus, output: str | os.PathLike) -> dict[str, int]:
    """Write one Parquet file per table into the folder `output`; returns rows per table."""
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise StoreError("Parquet export needs a folder", input=str(folder), hint="pass a folder")
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    # The corpus's own connection cannot write files (it is locked, see safe_sql): a private
    # in-memory DuckDB attaches the store read-only and writes the Parquet files.
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        store = corpus.path.replace("'", "''")
        con.execute(f"ATTACH '{store}' AS store (READ_ONLY)")
        for table in TABLES:
            target = str(folder / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY store.{table} TO '{target}' (FORMAT parquet)")
            written[table] = con.execute(f"SELECT count(*) FROM store.{table}").fetchall()[0][0]
    finally:
        con.close()
    return written


FORMATS = {"jsonl": export_jsonl, "parquet": export_parquet, "gdelt": export_gdelt}
