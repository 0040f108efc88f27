"""A small real store for the web tests: articles written for these tests, read by the real
pipeline, written by the real Store. Two articles are hostile: their text, title, outlet and
URL carry script tags, event-handler attributes, javascript: URLs and broken markup.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.corpus import Store
from newsgraph.corpus.ingest import match_provenance
from newsgraph.errors import EmptyInput

ARTICLES = [
    {
        "title": "Finland to buy more coastal patrol boats",
        "outlet": "Harbour Post",
        "url": "https://example.org/harbour/patrol-boats",
        "date": "2025-04-02",
        "text": (
            "Finland to buy more coastal patrol boats\n\n"
            "Finnish Interior Minister Mari Rantanen said on Tuesday that the government would "
            'order four new patrol boats for the Gulf of Finland. "We have to be ready for '
            'every season," she told reporters in Helsinki.\n\n'
            "Russia accused Finland of raising tension in the region, according to the state "
            "news agency TASS. Two officials familiar with the plan said the first boats could "
            "arrive next spring.\n\n"
            "Estonian Prime Minister Kristen Michal welcomed the decision."
        ),
    },
    {
        "title": "Poland and Lithuania hold talks on rail link",
        "outlet": "Example Wire",
        "url": "https://example.org/wire/rail-link",
        "date": "2025-05-10",
        "text": (
            "Poland and Lithuania hold talks on rail link\n\n"
            "Polish Foreign Minister Radoslaw Sikorski said the new line would reportedly open "
            "in 2030. Lithuanian officials said the cost might rise.\n\n"
            "The European Union has promised to pay part of the bill, the minister added. "
            "Russia condemned the project on Friday."
        ),
    },
    {
        "title": "Ukraine and Moldova sign energy deal",
        "outlet": "Example Wire",
        "url": "https://example.org/wire/energy-deal",
        "date": "2025-06-21",
        "text": (
            "Ukraine and Moldova sign energy deal\n\n"
            "Ukrainian President Volodymyr Zelensky said on Saturday that the deal would keep "
            "the lights on this winter. Moldovan President Maia Sandu praised Kyiv for its "
            "help. The Kremlin criticised the agreement, Reuters reported."
        ),
    },
]

# A copy of the energy-deal report by another outlet: new headline, "Kyiv" spelled "Kiev",
# the closing attribution dropped. Provenance pairs it with its original.
COPIES = [
    {
        "title": "Kiev and Chisinau agree to share power this winter",
        "outlet": "Daily Aggregator",
        "url": "https://aggregator.example/energy-deal-copy",
        "date": "2025-06-22",
        "text": (
            "Kiev and Chisinau agree to share power this winter\n\n"
            "Ukrainian President Volodymyr Zelensky said on Saturday that the deal would keep "
            "the lights on this winter. Moldovan President Maia Sandu praised Kiev for its "
            "help. The Kremlin criticised the agreement."
        ),
    },
]

XSS = "window.__xss"
HOSTILE = [
    {
        "title": "<script>window.__xss='title'</script>Ministers <b>meet</b> in Riga",
        "outlet": "<img src=x onerror=\"window.__xss='outlet'\">Daily",
        "url": "javascript:window.__xss='url'",
        "date": "2025-07-01",
        "text": (
            "<script>window.__xss='text'</script>Ministers meet in Riga\n\n"
            "Latvian Foreign Minister Baiba Braze said the meeting was useful "
            "<img src=x onerror=\"window.__xss='img'\"> and </span></div><b>broken <i>markup. "
            '"><svg onload="window.__xss=\'svg\'"> Officials said <a href="javascript:'
            "window.__xss='link'\">the talks</a> would go on."
        ),
    },
    {
        # a copy of the first hostile article: its markup shows up on the compare page too
        "title": "<img src=x onerror=\"window.__xss='copy'\">Ministers meet again",
        "outlet": "<b>Copy</b> Desk",
        "url": "https://example.org/copy?x=<script>",
        "date": "2025-07-03",
        "text": (
            "<script>window.__xss='text'</script>Ministers meet in Riga\n\n"
            "Latvian Foreign Minister Baiba Braze said the meeting was useful "
            "<img src=x onerror=\"window.__xss='img'\"> and </span></div><b>broken <i>markup. "
            '"><svg onload="window.__xss=\'svg\'"> Officials said <a href="javascript:'
            "window.__xss='link'\">the talks</a> would go on, and <script>window.__xss='new'"
            "</script> more."
        ),
    },
    {
        "title": '"><script>document.title="pwned"</script>',
        "outlet": "</title><script>window.__xss='outlet2'</script>",
        "url": "https://example.org/a?<script>window.__xss='url2'</script>",
        "date": "2025-07-02",
        "text": (
            "\"><script>document.title='pwned'</script> Estonian officials said "
            "<iframe src=\"javascript:window.__xss='frame'\"></iframe> the border was calm. "
            "<style>body{display:none}</style><body onload=\"window.__xss='body'\">"
        ),
    },
]


def write_inputs(folder: Path) -> Path:
    path = folder / "articles.jsonl"
    path.write_text(
        "".join(
            json.dumps(record, ensure_ascii=False) + "\n" for record in ARTICLES + COPIES + HOSTILE
        ),
        encoding="utf-8",
    )
    return path


def build_store(reader, folder: Path) -> tuple[Path, list]:
    """Read the test articles and store them as `newsgraph ingest` does (provenance matched,
    one input error recorded); returns (db path, Readings)."""
    readings = [r for r in reader.read_paths([str(write_inputs(folder))]) if hasattr(r, "article")]
    db = folder / "web.duckdb"
    with Store(db) as store:
        store.add_readings(readings, run_id="test")
        store.add_errors([EmptyInput("the file is empty", input="<b>empty.txt</b>")], "test")
        match_provenance(store, readings)
    return db, readings


def build_old_store(full: Path, folder: Path) -> Path:
    """A store at schema version 1 (before provenance, hedges and certainty) holding the rows
    of the store `full`: pages that need the newer tables say "not yet available"."""
    import shutil

    import duckdb

    from newsgraph.corpus.store import MIGRATIONS, TABLES

    newer = folder / "newer.duckdb"  # a copy: this process may have `full` open already
    shutil.copy(full, newer)
    db = folder / "old.duckdb"
    with Store(db, migrations=[m for m in MIGRATIONS if m[0] == 1]):
        pass
    con = duckdb.connect(str(db))
    con.execute(f"ATTACH '{newer}' AS newer (READ_ONLY)")
    for table in TABLES:
        columns = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_catalog = 'old' AND table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
        ]
        if not columns:  # a table version 1 did not have
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} SELECT {names} FROM newer.{table}")
    con.execute("DETACH newer")
    con.close()
    return db
