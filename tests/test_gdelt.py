"""`newsgraph read --format gdelt`: GDELT 2.0 event-table rows, the same as the store's export."""

from __future__ import annotations

import datetime as dt
import io

from typer.testing import CliRunner

from newsgraph import gdelt
from newsgraph.cli import app

TEXT = (
    "Latvia expels Russian envoy\n\n"
    "Latvia expelled a Russian diplomat on Monday, the foreign ministry in Riga said. "
    "Moscow threatened to retaliate.\n\n"
    "Later, Estonian Prime Minister Kristen Michal praised the decision."
)


def test_columns_are_gdelt_2():
    assert len(gdelt.GDELT_COLUMNS) == 61
    assert gdelt.GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert gdelt.GDELT_COLUMNS[26:31] == (
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
    )
    assert gdelt.GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_rows_of_a_reading(reader):
    reading = reader.read(TEXT, published=dt.date(2025, 3, 12), url="https://example.org/a")
    assert reading.events
    lines = list(gdelt.lines([reading]))
    assert len(lines) == len(reading.events)
    for n, line in enumerate(lines, 1):
        cells = line.rstrip("\n").split("\t")
        row = dict(zip(gdelt.COLUMNS, cells, strict=True))
        assert row["GLOBALEVENTID"] == str(n)
        assert row["SOURCEURL"] == "https://example.org/a"
        assert row["EventRootCode"] == row["EventCode"][:2]
        assert row["QuadClass"] in {"1", "2", "3", "4"}
        assert row["SQLDATE"].startswith("2025")
        assert row["NGCertainty"] in {"CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu"}


def test_hedged_and_hypothetical_events_are_flagged_after_the_61_columns(reader):
    text = (
        "Poland may expel a Russian diplomat.\n\n"
        "Latvia expelled a Russian diplomat on Monday.\n\n"
        "Estonia would expel a Russian diplomat if the talks failed."
    )
    reading = reader.read(text, published=dt.date(2025, 3, 12))
    flags = {}
    for line in gdelt.lines([reading]):
        cells = line.rstrip("\n").split("\t")
        assert len(cells) == len(gdelt.GDELT_COLUMNS) + 1
        flags[cells[gdelt.COLUMNS.index("Actor1Code")]] = cells[-1]
    assert flags == {"POL": "PS+", "LVA": "CT+", "EST": "Uu"}, flags


def test_same_rows_as_the_store_export(reader, tmp_path):
    from newsgraph.corpus.export import GDELT_COLUMNS, export_gdelt
    from newsgraph.corpus.query import Corpus
    from newsgraph.corpus.store import Store

    assert GDELT_COLUMNS == gdelt.GDELT_COLUMNS
    reading = reader.read(TEXT, published=dt.date(2025, 3, 12))
    with Store(tmp_path / "g.duckdb") as store:
        store.add_readings([reading])
    out = tmp_path / "events.tsv"
    with Corpus(tmp_path / "g.duckdb") as corpus:
        export_gdelt(corpus, out)
    stored = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    ours = [line.rstrip("\n").split("\t") for line in gdelt.lines([reading])]
    added = gdelt.GDELT_COLUMNS.index("DATEADDED")
    for row in stored + ours:
        del row[added]
    assert ours == stored


def test_cli_writes_tab_separated_rows(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(path), "--format", "gdelt"])
    assert result.exit_code == 0
    rows = [line.split("\t") for line in io.StringIO(result.stdout).read().splitlines()]
    assert rows and all(len(r) == len(gdelt.COLUMNS) == 62 for r in rows)
