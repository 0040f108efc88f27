"""Whose voice a marker is in, from the statements attribution publishes.

* **quote** — inside a statement's quotation (its ``quote`` span, or a content part that is
  quoted);
* **attributed** — inside a statement's reported content without quotation marks;
* **narration** — anywhere else: the outlet's own words, including the frame around a quote.

The innermost (shortest) statement span that holds the term decides, so a report inside a
report goes to the inner speaker. The rule reads only the published Statement spans: it gets
better as attribution does.
"""

from __future__ import annotations

from newsgraph.model import Statement

_QUOTE_MARKS = '"“”«»„'


def _holds(span, start: int, end: int) -> bool:
    return span is not None and span.start <= start and end <= span.end


def _quoted(text: str, span, start: int, end: int) -> bool:
    """A content span is quoted where quotation marks open before the term inside it."""
    before = text[span.start : start]
    marks = sum(1 for c in before if c in _QUOTE_MARKS)
    edge = text[max(0, span.start - 1) : span.start + 1]
    return (
        marks % 2 == 1
        or any(c in _QUOTE_MARKS for c in edge)
        and marks % 2 == 0
        and not any(c in _QUOTE_MARKS for c in text[span.start + 1 : start])
        and any(c in _QUOTE_MARKS for c in text[end : span.end + 1])
    )


def voice_of(
    text: str, start: int, end: int, statements: list[Statement]
) -> tuple[str, Statement | None]:
    """("narration" | "quote" | "attributed", the statement that holds the term or None)."""
    best: tuple[int, str, Statement] | None = None
    for st in statements:
        if _holds(st.quote, start, end):
            candidate = (st.quote.end - st.quote.start, "quote", st)
        elif _holds(st.content, start, end):
            quoted = st.kind == "direct" or _quoted(text, st.content, start, end)
            candidate = (st.content.end - st.content.start, "quote" if quoted else "attributed", st)
        else:
            parts = [p for p in st.content_parts if _holds(p, start, end)]
            if not parts:
                continue
            candidate = (
                parts[0].end - parts[0].start,
                "quote" if st.kind != "indirect" else "attributed",
                st,
            )
        if best is None or candidate[0] < best[0]:
            best = candidate
    if best is None:
        return "narration", None
    return best[1], best[2]
