"""The `pretty` view of a Reading: a Rich rendering for people at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from newsgraph.html import cue_of
from newsgraph.model import Reading, Statement

console = Console(highlight=False)


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


#: contents longer than this are cut in the pretty view unless `full` is set
CLIP = 160


def show(
    reading: Reading,
    *,
    statements_only: bool = False,
    full: bool = False,
    out: Console | None = None,
) -> None:
    out = out or console
    a = reading.article
    head = Text(a.title or "(untitled)", style="bold")
    facts = [x for x in (a.outlet, str(a.published) if a.published else None, a.path) if x]
    if a.cited_outlet:
        facts.append(f"relays {a.cited_outlet}")
    out.print(head)
    if facts:
        out.print(Text(" · ".join(facts), style="dim"))
    if not statements_only:
        _actors(reading, out)
    _statements(reading, out, full)
    if not statements_only and reading.events:
        _events(reading, out)
    out.print()


def _actors(reading: Reading, out: Console) -> None:
    if not reading.actors:
        return
    table = Table(title="Actors", title_justify="left", show_lines=False)
    for col in ("code", "name", "kind", "role", "mentions"):
        table.add_column(col)
    for actor in reading.actors:
        said = ", ".join(dict.fromkeys(m.text for m in actor.mentions))
        table.add_row(actor.code or "—", actor.name, actor.kind, actor.role or "", _clip(said, 40))
    out.print(table)


def _speaker_key(st: Statement) -> str:
    return " ".join((_who(st) or "?").lower().split())


def _who(st: Statement) -> str:
    return st.speaker.name or (st.speaker.span.text if st.speaker.span else "?")


def by_speaker(statements: list[Statement]) -> list[list[Statement]]:
    """Statements grouped by speaker name, in order of first appearance."""
    groups: dict[str, list[Statement]] = {}
    for st in statements:
        groups.setdefault(_speaker_key(st), []).append(st)
    return list(groups.values())


def _statements(reading: Reading, out: Console, full: bool) -> None:
    if not reading.statements:
        return
    out.print(Text("Statements", style="italic"))
    for group in by_speaker(reading.statements):
        coded = next((st for st in group if st.speaker.actor), group[0])
        out.print(Padding(_speaker_line(coded), (0, 0, 0, 2), expand=False))
        for st in group:
            out.print(Padding(_statement_line(st, full), (0, 0, 0, 4), expand=False))
            for detail in _details(st):
                out.print(Padding(detail, (0, 0, 0, 6), expand=False))


def _speaker_line(st: Statement) -> Text:
    sp = st.speaker
    line = Text(_who(st), style="bold cyan")
    if sp.actor:
        line.append(f" [{sp.actor}]", style="cyan")
    facts = [sp.type] if sp.type not in ("unknown", None) else []
    if sp.role:
        facts.append(sp.role)
    if sp.count:
        facts.append(f"{sp.count} people")
    if facts:
        line.append(" · " + ", ".join(facts), style="dim")
    return line


def _statement_line(st: Statement, full: bool = False) -> Text:
    line = Text()
    cue = cue_of(st)
    line.append(cue.text if cue else "—", style="magenta")
    line.append(f" ({st.kind})", style="dim")
    if st.polarity == "negative":
        line.append(" (negative)", style="red")
    code = st.certainty.code if st.certainty is not None else None
    if code and code != "CT+":
        line.append(f" [speaker {code}]", style="red")
    line.append(" ")
    content = " ".join(st.content.text.split())
    line.append(content if full else _clip(content, CLIP))
    return line


def _details(st: Statement) -> list[Text]:
    details = []
    if st.relayed_by:
        chain = " → ".join(r.name or (r.span.text if r.span else "?") for r in st.relayed_by)
        details.append(Text(f"via {chain}", style="yellow"))
    if st.hedges:
        words = ", ".join(h.span.text + (f" ({h.kind})" if h.kind else "") for h in st.hedges)
        details.append(Text("hedged: " + words, style="red"))
    return details


def _events(reading: Reading, out: Console) -> None:
    table = Table(title="Events", title_justify="left")
    codes = [ev.certainty.code if ev.certainty is not None else None for ev in reading.events]
    columns = ["source", "cameo", "plover", "target", "trigger", "modality", "date"]
    if any(codes):
        columns.insert(6, "certainty")
    for col in columns:
        table.add_column(col)
    for ev, code in zip(reading.events, codes, strict=True):
        row = [
            (ev.source.code or ev.source.name or "") if ev.source else "",
            ev.cameo,
            ev.plover or "",
            (ev.target.code or ev.target.name or "") if ev.target else "",
            ev.trigger.text + (" (negated)" if ev.negated else ""),
            ev.modality,
            str(ev.date or ""),
        ]
        if any(codes):
            row.insert(6, code or "")
        table.add_row(*row)
    out.print(table)
