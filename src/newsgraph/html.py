"""One HTML renderer of a Reading: the article text with every extracted item marked.

The web page (``newsgraph serve``) and notebooks (``Reading._repr_html_``) both use it, so an
article looks the same in both. The text is cut into segments at every span boundary; each
segment carries the kinds of marks over it (``ng-speaker``, ``ng-cue``, ``ng-content``,
``ng-hedge``, ``ng-relay``, ``ng-trigger``, ``ng-source``, ``ng-target``, ``ng-mention``,
``ng-boiler``) as classes and the ids of the items it belongs to in ``data-i``. A page marks an
item's words with the CSS selector ``[data-i~="s3"]``; no script is needed to read it.

Everything taken from the article is escaped: the text, title, outlet and URL are data.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

from newsgraph.model import Event, Reading, Span, Statement

#: href for an actor: (code, name) -> URL or None (no link). Notebooks pass none.
ActorHref = Callable[[str | None, str | None], str | None]

MARK_KINDS = (
    "boiler",
    "mention",
    "content",
    "speaker",
    "relay",
    "cue",
    "hedge",
    "source",
    "target",
    "trigger",
)

CSS = """
.ng-reading{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f}
.ng-reading .ng-cols{display:flex;gap:1.5rem;align-items:flex-start}
.ng-reading .ng-text{flex:3;white-space:pre-wrap;overflow-wrap:anywhere;min-width:0}
.ng-reading .ng-side{flex:2;min-width:0;font-size:.92rem}
.ng-reading .ng-meta{color:#555;font-size:.9rem;margin:.2rem 0 1rem}
.ng-reading .ng-side ol{list-style:none;padding:0;margin:0}
.ng-reading .ng-side li{border-left:3px solid #ddd;padding:.3rem .5rem;margin:.3rem 0}
.ng-reading .ng-side li.ng-on{border-left-color:#d60;background:#fff4e0}
.ng-reading .ng-side a.ng-item{color:inherit;text-decoration:none;display:block}
.ng-reading .ng-side a.ng-item:focus{outline:2px solid #d60}
.ng-reading .ng-tag{white-space:nowrap;font-size:.75rem;color:#555;border:1px solid #ccc;border-radius:3px;padding:0 .25rem;margin-left:.25rem}
.ng-reading .ng-who{font-weight:600;color:#0b5394}
.ng-reading .ng-via{color:#8a4b00;font-size:.85rem}
.ng-reading .ng-hedges{color:#a01010;font-size:.85rem}
.ng-boiler{color:#999}
.ng-mention{border-bottom:1px dotted #888}
.ng-content{background:#eef4fb}
.ng-speaker{color:#0b5394;font-weight:600}
.ng-relay{color:#8a4b00;font-weight:600}
.ng-cue{color:#7b1fa2;font-style:italic}
.ng-hedge{text-decoration:underline wavy #c00}
.ng-source,.ng-target{border-bottom:2px solid #2e7d32}
.ng-trigger{outline:1px solid #2e7d32;border-radius:2px}
.ng-text [data-i]{cursor:pointer}
.ng-text .ng-hover{background:#fff0c2}
.ng-text .ng-on{background:#ffd27a;color:#000}
.ng-shared{background:#e6f4ea}
.ng-changed{background:#fff0b3;text-decoration:underline 2px #b8860b}
.ng-dropped{background:#fde2e2;text-decoration:line-through #a01010}
.ng-added{background:#d7f5dd;font-weight:600}
.ng-legend{font-size:.8rem;color:#555;margin:.3rem 0 .8rem}
.ng-legend span{margin-right:.6rem}
@media (max-width:800px){.ng-reading .ng-cols{flex-direction:column}}
"""


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    item: str | None = None


@dataclass
class _Segment:
    start: int
    end: int
    kinds: set[str] = field(default_factory=set)
    items: list[str] = field(default_factory=list)


def marks(reading: Reading) -> list[Mark]:
    """Every marked span of a Reading: boilerplate, actor mentions, statement and event parts."""
    out: list[Mark] = [Mark(b.start, b.end, "boiler") for b in reading.article.boilerplate]
    for actor in reading.actors:
        out.extend(Mark(m.start, m.end, "mention", actor.id) for m in actor.mentions)
    for st in reading.statements:
        out.extend(_statement_marks(st))
    for ev in reading.events:
        out.extend(_event_marks(ev))
    for hedge in reading.hedges:  # each marked for the statements and events it qualifies
        items = [*hedge.statements, *hedge.events]
        out.extend(Mark(hedge.span.start, hedge.span.end, "hedge", i) for i in items or [None])
    return [m for m in out if m.end > m.start]


def cue_of(st: Statement) -> Span | None:
    """The cue with its auxiliaries and adverbs ('has repeatedly warned') when that phrase stays
    clear of the content, else the cue word itself."""
    phrase, content = st.cue_phrase, st.content
    if phrase is not None and (phrase.end <= content.start or phrase.start >= content.end):
        return phrase
    return st.cue


def _statement_marks(st: Statement) -> list[Mark]:
    out = [Mark(p.start, p.end, "content", st.id) for p in (st.content_parts or [st.content])]
    if st.speaker.span is not None:
        out.append(Mark(st.speaker.span.start, st.speaker.span.end, "speaker", st.id))
    cue = cue_of(st)
    if cue is not None:
        out.append(Mark(cue.start, cue.end, "cue", st.id))
    for relay in st.relayed_by:
        for span in (relay.span, relay.cue):
            if span is not None:
                out.append(Mark(span.start, span.end, "relay", st.id))
    out.extend(Mark(h.span.start, h.span.end, "hedge", st.id) for h in st.hedges)
    return out


def _event_marks(ev: Event) -> list[Mark]:
    out = [Mark(ev.trigger.start, ev.trigger.end, "trigger", ev.id)]
    for kind, actor in (("source", ev.source), ("target", ev.target)):
        if actor is not None and actor.span is not None:
            out.append(Mark(actor.span.start, actor.span.end, kind, ev.id))
    return out


def segments(text: str, found: list[Mark]) -> list[_Segment]:
    """Cut `text` at every mark boundary; each piece knows the marks over it."""
    cuts = {0, len(text)}
    for m in found:
        cuts.update((max(0, min(m.start, len(text))), max(0, min(m.end, len(text)))))
    bounds = sorted(cuts)
    pieces = [_Segment(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    starts = [p.start for p in pieces]
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        i = bisect.bisect_left(starts, m.start)
        while i < len(pieces) and pieces[i].end <= m.end:
            piece = pieces[i]
            piece.kinds.add(m.kind)
            if m.item and m.item not in piece.items:
                piece.items.append(m.item)
            i += 1
    return pieces


def _ordered_items(items: list[str]) -> list[str]:
    """Statements first, then events, then actors: a click picks the first."""
    rank = {"s": 0, "e": 1, "a": 2}
    return sorted(items, key=lambda i: (rank.get(i[:1], 3), len(i), i))


def mark_up(text: str, found: list[Mark], order: tuple[str, ...] = MARK_KINDS) -> str:
    """`text` as HTML with each piece under marks wrapped in a span (classes, item ids)."""
    out = []
    for piece in segments(text, found):
        chunk = escape(text[piece.start : piece.end], quote=False)
        if not piece.kinds:
            out.append(chunk)
            continue
        kinds = " ".join(f"ng-{k}" for k in order if k in piece.kinds)
        items = " ".join(_ordered_items(piece.items))
        data = f' data-i="{escape(items)}"' if items else ""
        out.append(f'<span class="{kinds}"{data}>{chunk}</span>')
    return "".join(out)


def marked_text(reading: Reading) -> str:
    """The article text as HTML, every extracted item marked."""
    return mark_up(reading.article.text, marks(reading))


# --------------------------------------------------------------------------- compare

COMPARE_KINDS = ("shared", "dropped", "added", "changed")


def _span_mark(span: dict | None, kind: str, item: str | None = None) -> list[Mark]:
    if not span or span.get("start") is None or span.get("end") is None:
        return []
    return [Mark(int(span["start"]), int(span["end"]), kind, item)]


def render_compare(text_a: str, text_b: str, result: dict) -> dict:
    """Both texts of a comparison (``Corpus.compare``) marked: shared passages (``p1`` … on
    both sides, so hovering one marks the other), changed words (``c1`` …), what A drops and
    what B adds. Returns ``{"a": html, "b": html}``."""
    passages = result.get("passages") or {}
    on_a: list[Mark] = []
    on_b: list[Mark] = []
    for i, pair in enumerate(passages.get("shared", []), 1):
        on_a += _span_mark(pair.get("a"), "shared", f"p{i}")
        on_b += _span_mark(pair.get("b"), "shared", f"p{i}")
    for i, pair in enumerate(passages.get("changed", []), 1):
        on_a += _span_mark(pair.get("a"), "changed", f"c{i}")
        on_b += _span_mark(pair.get("b"), "changed", f"c{i}")
    for span in passages.get("dropped", []):
        on_a += _span_mark(span, "dropped")
    for span in passages.get("added", []):
        on_b += _span_mark(span, "added")
    return {
        "a": mark_up(text_a, on_a, COMPARE_KINDS),
        "b": mark_up(text_b, on_b, COMPARE_KINDS),
    }


# --------------------------------------------------------------------------- side lists


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address, else None: no javascript:, data: or relative links."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _who(name: str | None, span: Span | None, code: str | None, href: ActorHref | None) -> str:
    label = escape(name or (span.text if span else None) or "?")
    tag = f' <span class="ng-tag">{escape(code)}</span>' if code else ""
    link = href(code, name) if href else None
    return (f'<a href="{escape(link)}">{label}</a>' if link else label) + tag


def statement_item(st: Statement, href: ActorHref | None = None) -> str:
    sp = st.speaker
    cue = cue_of(st).text if cue_of(st) else ""
    parts = [
        f'<span class="ng-who">{_who(sp.name, sp.span, sp.actor, href)}</span>',
        f' <span class="ng-cue">{escape(cue)}</span>' if cue else "",
        f' <span class="ng-tag">{escape(st.kind)}</span>',
        f' <span class="ng-tag">{escape(st.cue_class)}</span>' if st.cue_class else "",
        ' <span class="ng-tag">negative</span>' if st.polarity == "negative" else "",
        _certainty(st),
        f'<br><a class="ng-item" href="#{escape(st.id)}" data-for="{escape(st.id)}">'
        f"{escape(st.content.text)}</a>",
    ]
    if st.relayed_by:
        chain = " → ".join(
            _who(r.name, r.span, r.actor, href) + (f" ({escape(r.cue.text)})" if r.cue else "")
            for r in st.relayed_by
        )
        parts.append(f'<div class="ng-via">via {chain}</div>')
    if st.hedges:
        hedges = ", ".join(
            escape(h.span.text) + (f" ({escape(h.kind)})" if h.kind else "") for h in st.hedges
        )
        parts.append(f'<div class="ng-hedges">hedged: {hedges}</div>')
    return f'<li id="{escape(st.id)}" data-for="{escape(st.id)}">{"".join(parts)}</li>'


def _certainty(item) -> str:
    """A tag with the item's certainty code (PR+, Uu …) unless it is certain (CT+)."""
    code = item.certainty.code if item.certainty is not None else None
    if not code or code == "CT+":
        return ""
    return f' <span class="ng-tag ng-certainty">certainty {escape(code)}</span>'


def event_item(ev: Event, href: ActorHref | None = None) -> str:
    def side(actor) -> str:
        if actor is None:
            return "—"
        return _who(actor.name, actor.span, actor.code, href)

    tags = [ev.cameo, ev.plover, ev.modality]
    if ev.negated:
        tags.append("negated")
    if ev.date:
        tags.append(str(ev.date))
    tag_html = "".join(f' <span class="ng-tag">{escape(str(t))}</span>' for t in tags if t)
    tag_html += _certainty(ev)
    return (
        f'<li id="{escape(ev.id)}" data-for="{escape(ev.id)}">{side(ev.source)} → '
        f"{side(ev.target)}{tag_html}<br>"
        f'<a class="ng-item" href="#{escape(ev.id)}" data-for="{escape(ev.id)}">'
        f"{escape(ev.trigger.text)}</a></li>"
    )


def actor_item(actor, href: ActorHref | None = None) -> str:
    facts = [actor.kind, actor.role] + (
        [f"{len(actor.mentions)} mentions"] if actor.mentions else []
    )
    tags = "".join(f' <span class="ng-tag">{escape(f)}</span>' for f in facts if f)
    said = ", ".join(dict.fromkeys(escape(m.text) for m in actor.mentions))
    return (
        f'<li id="{escape(actor.id)}" data-for="{escape(actor.id)}">'
        f'<span class="ng-who">{_who(actor.name, None, actor.code, href)}</span>{tags}<br>'
        f'<a class="ng-item" href="#{escape(actor.id)}" data-for="{escape(actor.id)}">'
        f"{said or escape(actor.name)}</a></li>"
    )


def legend() -> str:
    names = (
        ("speaker", "speaker"),
        ("cue", "cue"),
        ("content", "content"),
        ("hedge", "hedge"),
        ("relay", "relay"),
        ("trigger", "event trigger"),
        ("source", "event actor"),
        ("mention", "actor mention"),
        ("boiler", "boilerplate"),
    )
    spans = "".join(f'<span class="ng-{k}">{label}</span>' for k, label in names)
    return f'<div class="ng-legend">{spans}</div>'


def meta_line(reading: Reading) -> str:
    a = reading.article
    facts = [escape(x) for x in (a.outlet, str(a.published) if a.published else None) if x]
    if a.cited_outlet:
        facts.append("relays " + escape(a.cited_outlet))
    url = safe_url(a.url)
    if url:
        facts.append(f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">source</a>')
    elif a.url:
        facts.append(escape(a.url))  # not a web address: shown, never linked
    elif a.path:
        facts.append(escape(a.path))
    return f'<div class="ng-meta">{" · ".join(facts)}</div>'


def render_reading(reading: Reading, *, actor_href: ActorHref | None = None) -> str:
    """The marked-up article with its side lists, as one ``<div class="ng-reading">``."""
    title = escape(reading.article.title or "(untitled)")
    statements = "".join(statement_item(st, actor_href) for st in reading.statements)
    events = "".join(event_item(ev, actor_href) for ev in reading.events)
    actors = "".join(actor_item(actor, actor_href) for actor in reading.actors)
    side = (
        f"<h3>Statements ({len(reading.statements)})</h3><ol>{statements}</ol>"
        f"<h3>Events ({len(reading.events)})</h3><ol>{events}</ol>"
        f"<h3>Actors ({len(reading.actors)})</h3><ol>{actors}</ol>"
    )
    return (
        f'<div class="ng-reading"><h2 class="ng-title">{title}</h2>{meta_line(reading)}'
        f"{legend()}"
        f'<div class="ng-cols"><div class="ng-text">{marked_text(reading)}</div>'
        f'<aside class="ng-side">{side}</aside></div></div>'
    )


def render_notebook(reading: Reading) -> str:
    """`render_reading` with its stylesheet inline, for Jupyter (no script, no links)."""
    return f"<style>{CSS}</style>{render_reading(reading)}"
