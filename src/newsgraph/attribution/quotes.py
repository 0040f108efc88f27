"""Quotation spans: straight and curly double quotes, across paragraphs, never unbounded.

One pass over the quote marks of the text. Rules, in order:
- "“" and "«" and "``" open, "”" and "»" close; a straight mark (" or '') opens when no quote is
  open and closes otherwise.
- A quote still open at the end of its paragraph continues only if the next paragraph opens
  with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise it is
  capped at the paragraph end and flagged ``closed=False``.
- An opening mark inside an open quote (a missing closing mark) caps the open quote at the
  new mark. Single quotes (‘…’) are left inside their double quote: that is nesting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile(r"``|''|[\"“”«»„]|\n")
_OPENERS = {"“", "«", "``", "„"}
_CLOSERS = {"”", "»"}
_STRAIGHT = {'"', "''"}


@dataclass(frozen=True, slots=True)
class Quote:
    """Characters ``start:end`` including the marks; ``inner`` without them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


def _next_paragraph_opens(text: str, pos: int) -> bool:
    """Does the next non-blank line after ``pos`` begin with a quote mark?"""
    n = len(text)
    i = pos
    while i < n and text[i] in " \t\r\n\u00a0":
        i += 1
    return i < n and (text[i] in '“"«' or text.startswith("``", i) or text.startswith("''", i))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at = -1  # start of the open quote, -1 when none
    open_len = 0
    for m in _MARKS.finditer(text):
        mark = m.group()
        pos = m.start()
        if mark == "\n":
            if open_at >= 0 and not _next_paragraph_opens(text, pos):
                end = _trim_end(text, open_at, pos)
                quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
                open_at = -1
            continue
        if open_at < 0:
            if mark in _CLOSERS:
                continue  # a stray closing mark: nothing to close
            open_at, open_len = pos, len(mark)
            continue
        # a quote is open
        if mark in _OPENERS and not _continues(text, open_at, pos):
            end = _trim_end(text, open_at, pos)
            quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
            open_at, open_len = pos, len(mark)
            continue
        if mark in _OPENERS or (mark in _STRAIGHT and _is_paragraph_start(text, pos)):
            continue  # the opening mark of a continued paragraph
        quotes.append(Quote(open_at, m.end(), open_at + open_len, pos))
        open_at = -1
    if open_at >= 0:
        end = _trim_end(text, open_at, len(text))
        quotes.append(Quote(open_at, end, open_at + open_len, end, closed=False))
    return [q for q in quotes if q.inner_end > q.inner_start]


def _is_paragraph_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\r\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _continues(text: str, open_at: int, pos: int) -> bool:
    """An opener inside an open quote that starts a continued paragraph is no new quote."""
    return _is_paragraph_start(text, pos) and "\n" in text[open_at:pos]
