"""Corpus commands about provenance: copies, stories, compare, claims, markers, provenance.

Thin, like the rest of the CLI: each opens the store, calls one Corpus method and prints its
records (JSON/JSONL as returned; table and CSV as one flat row per record).
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.cli import (
    DbOpt,
    FormatOpt,
    TableFormat,
    WaitOpt,
    _open_corpus,
    _print_rows,
    app,
    exit_on_error,
)


def _emit(records: list[dict], fmt: TableFormat, flat, title: str) -> None:
    if fmt in (TableFormat.json, TableFormat.jsonl):
        _print_rows(records, fmt, title)
    else:
        _print_rows([flat(r) for r in records], fmt, title)


def _who(a: dict) -> str:
    return f"{a['id'][:8]} {a['outlet'] or a['path'] or ''}".strip()


@app.command()
def copies(
    article: Annotated[
        str | None, typer.Argument(help="Only pairs with this article (id or its first digits).")
    ] = None,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """Copy pairs: each copy with its likely original, relation, share and evidence."""
    with _open_corpus(db, wait) as corpus:
        records = corpus.copies(article)

    def flat(r: dict) -> dict:
        return {
            "copy": _who(r["article"]),
            "copy_of": _who(r["copy_of"]),
            "relation": r["relation"],
            "shared": r["shared"],
            "passages": len(r["passages"]),
            "direction": r["direction"],
            "evidence": "; ".join(r["evidence"]),
        }

    _emit(records, format, flat, "copies (copy → likely original)")


@app.command()
def stories(
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Smallest story to list.")
    ] = 2,
    since: Annotated[
        str | None, typer.Option("--since", help="Stories still running on or after this day.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Stories begun on or before this day.")
    ] = None,
    wait: WaitOpt = 2.0,
) -> None:
    """Stories: articles about one event within a few days, with outlets and independent sources."""
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(2):
            records = corpus.stories(min_articles, since, until)

    def flat(r: dict) -> dict:
        return {
            "id": r["id"][:8],
            "label": r["label"],
            "articles": len(r["articles"]),
            "n_independent": r["n_independent"],
            "outlets": ", ".join(r["outlets"]),
            "first": r["first"],
            "last": r["last"],
        }

    _emit(records, format, flat, "stories")


@app.command()
def claims(
    min_outlets: Annotated[
        int, typer.Option("--min-outlets", min=1, help="Claims carried by at least N outlets.")
    ] = 1,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """Claims met in several articles: articles, outlets, and independent outlets."""
    with _open_corpus(db, wait) as corpus:
        records = corpus.claims(min_outlets)

    def flat(r: dict) -> dict:
        return {
            "kind": r["kind"],
            "key": r["key"],
            "claim": r["text"][:90],
            "articles": r["n_articles"],
            "outlets": r["n_outlets"],
            "independent": r["n_independent"],
        }

    _emit(records, format, flat, "claims")


@app.command()
def markers(
    by: Annotated[
        str | None, typer.Option("--by", help="outlet: counts and rates per outlet.")
    ] = None,
    db: DbOpt = None,
    format: FormatOpt = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """Naming and framing markers (contested names, loaded terms) and whose voice they are in."""
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(2):
            records = corpus.markers(by)
    if by is None and format in (TableFormat.table, TableFormat.csv):
        records = [{**r, "article_id": r["article_id"][:8]} for r in records]
    _print_rows(records, format, "markers by outlet" if by else "markers")


@app.command()
def compare(
    a: Annotated[
        str, typer.Argument(help="First article (id, first digits, or path): the original.")
    ],
    b: Annotated[str, typer.Argument(help="Second article: the copy.")],
    db: DbOpt = None,
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table (Rich view) or json.")
    ] = TableFormat.table,
    wait: WaitOpt = 2.0,
) -> None:
    """Two articles side by side: shared passages, what each adds or drops, claim changes."""
    with _open_corpus(db, wait) as corpus:
        with exit_on_error(1):
            result = corpus.compare(a, b)
    if format is not TableFormat.table:
        sys.stdout.write(
            json.dumps(
                result,
                ensure_ascii=False,
                indent=None if format is TableFormat.jsonl else 2,
                default=str,
            )
            + "\n"
        )
        return
    _show_compare(result)


def _show_compare(r: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    out = Console(highlight=False)
    out.print(f"[bold]A[/bold] {escape(_who(r['a']))} · {escape(r['a'].get('title') or '')}")
    out.print(f"[bold]B[/bold] {escape(_who(r['b']))} · {escape(r['b'].get('title') or '')}")
    out.print(
        f"relation [bold]{r['relation']}[/bold] · share of A in B {r['shared_a']:.0%} · of B in A {r['shared_b']:.0%}"
    )
    if r["headline"]:
        out.print(
            f"headline: {escape(str(r['headline']['a']))!s} → {escape(str(r['headline']['b']))}"
        )
    p = r["passages"]
    table = Table(title="shared passages", show_lines=True, title_justify="left")
    table.add_column("A")
    table.add_column("B")
    for s in p["shared"]:
        table.add_row(escape(s["a"]["text"]), escape(s["b"]["text"]))
    if p["shared"]:
        out.print(table)
    for c in p["changed"]:
        out.print(
            f"[yellow]changed[/yellow] {escape((c['a'] or {}).get('text', '∅'))} → {escape((c['b'] or {}).get('text', '∅'))}"
        )
    for d in p["dropped"]:
        out.print(f"[red]only in A[/red] {escape(d['text'])}")
    for d in p["added"]:
        out.print(f"[green]only in B[/green] {escape(d['text'])}")
    st = r["statements"]
    for s in st["only_a"]:
        flat = (
            " (its words kept as narration: attribution dropped)"
            if s.get("content_kept_as_narration")
            else ""
        )
        out.print(
            f"[red]statement only in A[/red] {escape(str(s['speaker']))}: {escape(s['content']['text'])}{flat}"
        )
    for s in st["only_b"]:
        out.print(
            f"[green]statement only in B[/green] {escape(str(s['speaker']))}: {escape(s['content']['text'])}"
        )
    for s in st["changed"]:
        out.print(
            f"[yellow]statement changed[/yellow] {escape(s['a']['content']['text'][:80])}: {escape('; '.join(s['changes']))}"
        )
    for n in r["naming"]:
        out.print(
            f"[magenta]naming[/magenta] {escape(n['term_group'])}: {escape(', '.join(n['a']) or '∅')} → {escape(', '.join(n['b']) or '∅')}"
        )


@app.command()
def provenance(
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Forget all results and match the whole store again.")
    ] = False,
    db: DbOpt = None,
) -> None:
    """Match the store's unmatched articles for copies, stories and claims (--rebuild: all)."""
    import time

    from newsgraph.corpus import Store
    from newsgraph.corpus import provenance as stage

    started = time.monotonic()
    with exit_on_error(1), Store(db) as store:
        n = stage.rebuild(store) if rebuild else stage.update(store)
        counts = store.counts()
    sys.stdout.write(
        f"matched {n:,} articles in {time.monotonic() - started:.1f}s: {counts['reuse_pairs']:,} copy pairs, "
        f"{counts['stories']:,} stories, {counts['claims']:,} claims\n"
    )
