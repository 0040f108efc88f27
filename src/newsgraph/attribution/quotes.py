"""Quotation spans: every mark style, nesting, multi-paragraph quotes, unbalanced marks.

`find_quotes` makes two passes over the text and never reaches past one quote's paragraphs:

1. Double marks. "“", "«", "„" and "``" open; "”" and "»" close; a straight mark (" or '')
   opens when no quote is open and closes otherwise.
   - A quote open at the end of its paragraph runs on when the next paragraph reopens the mark
     (the newspaper convention), or when the next mark ahead, within a few paragraphs, is a
     closing one (a long quote whose later paragraphs do not reopen it). Otherwise it is capped
     at the paragraph end and flagged ``closed=False``.
   - An opening mark inside an open quote (a closing mark left out) caps the open quote there.
   - A closing mark right after a comma or full stop, with no quote open and none before it in
     its paragraph, closes a quote whose opening mark was left out: the quote runs from the
     paragraph start (``closed=False``).
2. Single marks ("‘…’" and straight "'…'"), told apart from apostrophes by what stands on
   either side: an opening mark follows a space, a bracket, a dash or the paragraph start and
   comes before a word; a closing mark follows a word and comes before a space or punctuation.
   Single-mark quotes need both marks in one paragraph. Inside a double quote they are nested
   quotes (``level=1``); outside, quotes of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_MARKS = re.compile(r"``|''|[\"“”«»„]|\n")
_OPENERS = {"“", "«", "``", "„"}
_CLOSERS = {"”", "»"}
_STRAIGHT = {'"', "''"}
_RUN_ON_BREAKS = 8  # line breaks a quote without reopened marks may run on (4 paragraphs)
_SINGLE = re.compile(r"[‘’']")
_SINGLE_MAX = 400  # characters a single-mark quote may hold
_OPEN_BEFORE = set(' \t\n\u00a0([{—–-/:;“"«')
_CLOSE_AFTER = set(' \t\n\u00a0.,;:!?)]}—–-/”"»…')


@dataclass(frozen=True, slots=True)
class Quote:
    """Characters ``start:end`` including the marks; ``inner`` without them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    level: int = 0  # 0: a quote of its own; 1: a quote inside another quote
    mark: str = '"'  # '"' for double marks, "'" for single marks


_LAST: tuple[str, bool, tuple[Quote, ...]] | None = None  # the text asked for last, its quotes


def find_quotes(text: str, nested: bool = False) -> list[Quote]:
    """Quotes in text order; with ``nested`` also the quotes inside quotes (level 1).

    The quotes of the last text asked for are kept: attribution and then hedges ask for the
    same article's (a new list each time; a Quote cannot be changed)."""
    global _LAST
    last = _LAST
    if last is not None and last[1] == nested and last[0] == text:
        return list(last[2])
    out = _find_quotes(text, nested)
    _LAST = (text, nested, tuple(out))
    return out


def _find_quotes(text: str, nested: bool) -> list[Quote]:
    doubles = _double_quotes(text)
    singles = _single_quotes(text)
    starts = [q.start for q in doubles]
    out = list(doubles)
    for q in singles:
        i = bisect_right(starts, q.start) - 1
        host = doubles[i] if i >= 0 else None
        if host is not None and host.inner_start <= q.start and q.end <= host.inner_end:
            if nested:
                out.append(Quote(q.start, q.end, q.inner_start, q.inner_end, True, 1, "'"))
        elif host is None or q.start >= host.end:
            nxt = doubles[i + 1] if i + 1 < len(doubles) else None
            if nxt is None or q.end <= nxt.start:
                out.append(q)
    out.sort(key=lambda q: (q.start, q.level))
    return out


# -- double marks ------------------------------------------------------------------------------
def _double_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at = -1  # start of the open quote, -1 when none
    open_len = 0
    para_start = 0
    last_end = -1  # end of the last quote found
    budget = 0  # line breaks an open quote may still run on without reopened marks
    for m in _MARKS.finditer(text):
        mark = m.group()
        pos = m.start()
        if mark == "\n":
            if open_at >= 0 and _next_paragraph_opens(text, pos):
                budget = _RUN_ON_BREAKS
            elif open_at >= 0 and budget > 0 and _closes_ahead(text, pos, budget):
                budget -= 1
            elif open_at >= 0:
                end = _trim_end(text, open_at, pos)
                quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
                last_end = end
                open_at = -1
            para_start = pos + 1
            continue
        if open_at < 0:
            if mark in _CLOSERS:
                q = _unopened(text, para_start, pos, m.end(), last_end)
                if q is not None:
                    quotes.append(q)
                    last_end = q.end
                continue
            open_at, open_len, budget = pos, len(mark), _RUN_ON_BREAKS
            continue
        # a quote is open
        if mark in _OPENERS and not _continues(text, open_at, pos):
            end = _trim_end(text, open_at, pos)
            quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
            open_at, open_len, budget = pos, len(mark), _RUN_ON_BREAKS
            continue
        if mark in _OPENERS or (mark in _STRAIGHT and _is_paragraph_start(text, pos)):
            continue  # the opening mark of a continued paragraph
        quotes.append(Quote(open_at, m.end(), open_at + open_len, pos))
        last_end = m.end()
        open_at = -1
    if open_at >= 0:
        end = _trim_end(text, open_at, len(text))
        quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
    return [q for q in quotes if q.inner_end > q.inner_start]


def _unopened(text: str, para_start: int, pos: int, end: int, last_end: int) -> Quote | None:
    """ "We will stay,” said X: a closing mark whose opening mark was left out."""
    if last_end > para_start:
        return None  # a quote closed earlier in the paragraph: a doubled mark, not a quote
    if pos == 0 or text[pos - 1] not in ",.!?…":
        return None  # a quote ends on its own punctuation: “…,” said X / “….”
    start = para_start
    while start < pos and text[start] in " \t\r\u00a0":
        start += 1
    if pos - start < 2 or not any(ch.isalpha() for ch in text[start:pos]):
        return None
    return Quote(start, end, start, pos, closed=False)


def _closes_ahead(text: str, pos: int, budget: int) -> bool:
    """Is the next quote mark after the line break at ``pos`` a closing one, within ``budget``
    line breaks (a long quote whose later paragraphs do not reopen the mark)?"""
    breaks = 0
    for m in _MARKS.finditer(text, pos + 1):
        mark = m.group()
        if mark == "\n":
            breaks += 1
            if breaks >= budget:
                return False
            continue
        return mark in _CLOSERS
    return False


def _next_paragraph_opens(text: str, pos: int) -> bool:
    """Does the next line after ``pos`` (past a blank line or two) begin with a quote mark?"""
    n = len(text)
    i = pos
    breaks = 0
    while i < n and text[i] in " \t\r\n\u00a0":
        breaks += text[i] == "\n"
        i += 1
    if breaks > 3:
        return False
    return i < n and (text[i] in '“"«' or text.startswith("``", i) or text.startswith("''", i))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_paragraph_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\r\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _continues(text: str, open_at: int, pos: int) -> bool:
    """An opener inside an open quote that starts a continued paragraph is no new quote."""
    return _is_paragraph_start(text, pos) and "\n" in text[open_at:pos]


# -- single marks ------------------------------------------------------------------------------
def _single_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    open_at = -1
    for m in _SINGLE.finditer(text):
        pos = m.start()
        if open_at >= 0 and (pos - open_at > _SINGLE_MAX or "\n" in text[open_at:pos]):
            open_at = -1  # no closing mark in reach: it was an apostrophe after all
        if open_at >= 0 and _closes(text, pos) and pos > open_at + 1:
            if not text[pos - 1].isspace():
                out.append(Quote(open_at, pos + 1, open_at + 1, pos, mark="'"))
                open_at = -1
                continue
        if _opens(text, pos):
            open_at = pos
    return out


def _opens(text: str, pos: int) -> bool:
    if text[pos] == "’":
        return False
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before in _OPEN_BEFORE and (after.isalnum() or after in "[(#$€£")


def _closes(text: str, pos: int) -> bool:
    if text[pos] == "‘":
        return False
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return after in _CLOSE_AFTER or after in "‘’'"
