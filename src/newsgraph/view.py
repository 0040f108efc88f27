"""The `pretty` view of a Reading: a Rich rendering for people at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.model import Reading, Statement

console = Console(highlight=False)


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show(reading: Reading, *, statements_only: bool = False) -> None:
    a = reading.article
    head = Text(a.title or "(untitled)", style="bold")
    facts = [x for x in (a.outlet, str(a.published) if a.published else None, a.path) if x]
    if a.cited_outlet:
        facts.append(f"relays {a.cited_outlet}")
    console.print(head)
    if facts:
        console.print(Text(" · ".join(facts), style="dim"))
    if not statements_only:
        _actors(reading)
    _statements(reading)
    if not statements_only and reading.events:
        _events(reading)
    console.print()


def _actors(reading: Reading) -> None:
    if not reading.actors:
        return
    table = Table(title="Actors", title_justify="left", show_lines=False)
    for col in ("code", "name", "kind", "role", "mentions"):
        table.add_column(col)
    for actor in reading.actors:
        said = ", ".join(dict.fromkeys(m.text for m in actor.mentions))
        table.add_row(actor.code or "—", actor.name, actor.kind, actor.role or "", _clip(said, 40))
    console.print(table)


def _statements(reading: Reading) -> None:
    if not reading.statements:
        return
    console.print(Text("Statements", style="italic"))
    for st in reading.statements:
        console.print(_statement_line(st))


def _statement_line(st: Statement) -> Text:
    line = Text("  ")
    who = st.speaker.name or (st.speaker.span.text if st.speaker.span else "?")
    line.append(who, style="bold cyan")
    if st.speaker.actor:
        line.append(f" [{st.speaker.actor}]", style="cyan")
    line.append(f" —{st.cue.text if st.cue else ''}→ ", style="magenta")
    line.append(f"({st.kind}) ", style="dim")
    line.append(_clip(st.content.text))
    if st.relayed_by:
        chain = " → ".join(r.name or (r.span.text if r.span else "?") for r in st.relayed_by)
        line.append(f"\n      via {chain}", style="yellow")
    if st.hedges:
        words = ", ".join(f"{h.span.text} ({h.kind})" for h in st.hedges)
        line.append("\n      hedged: " + words, style="red")
    if st.certainty and st.certainty.code != "CT+":
        line.append(f"  [speaker {st.certainty.code}]", style="red")
    if st.polarity == "negative":
        line.append("  (negative)", style="red")
    return line


def _events(reading: Reading) -> None:
    table = Table(title="Events", title_justify="left")
    for col in ("source", "cameo", "plover", "target", "trigger", "modality", "certainty", "date"):
        table.add_column(col)
    for ev in reading.events:
        table.add_row(
            (ev.source.code or ev.source.name or "") if ev.source else "",
            ev.cameo,
            ev.plover or "",
            (ev.target.code or ev.target.name or "") if ev.target else "",
            ev.trigger.text + (" (negated)" if ev.negated else ""),
            ev.modality,
            ev.certainty.code if ev.certainty else "",
            str(ev.date or ""),
        )
    console.print(table)
