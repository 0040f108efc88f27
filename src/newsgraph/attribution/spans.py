"""Character spans of the text: paragraphs, trimming, and the edges a span leaves out.

Every attribution stays inside one paragraph; spans are trimmed of whitespace and clause
punctuation; a content that opens with a news agency dateline ("LAS VEGAS (AP) —") or a
comma-set connective ("Still,", "In fact,") starts after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from newsgraph.attribution import lexicon

_EDGE_PUNCT = set(" \t\n\r,;:-–—.\u00a0")


class Paragraphs:
    """Paragraph index of a character, from the newlines of the text. A line break followed by
    a lower-case letter wraps a sentence ("the U.S.\nhas said"); it ends no paragraph."""

    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        n = len(text)
        while pos >= 0:
            if not (pos + 1 < n and text[pos + 1].islower()):
                self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.text = text

    def index(self, char: int) -> int:
        return bisect_right(self.starts, char) - 1

    def bounds(self, char: int) -> tuple[int, int]:
        i = self.index(char)
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace and clause punctuation at both ends (quote marks stay)."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def tok_end(t: Token) -> int:
    return t.idx + len(t.text)


DASHES = ("-", "--", "—", "–")


def spaced_dash(t: Token) -> bool:
    """A dash set off by spaces ("the plan - a gamble"), not a hyphen ("tax-free")."""
    return t.text in DASHES and t.i > 0 and bool(t.doc[t.i - 1].whitespace_) and bool(t.whitespace_)


def subtree_chars(
    tok: Token, para: tuple[int, int], exclude: Token | None = None
) -> tuple[int, int]:
    """Character range of a subtree clipped to a paragraph, optionally leaving one subtree out."""
    left, right = tok.left_edge, tok.right_edge
    start, end = left.idx, tok_end(right)
    if exclude is not None:
        ex_start, ex_end = exclude.left_edge.idx, tok_end(exclude.right_edge)
        if ex_start <= tok.idx < ex_end:
            pass
        elif ex_start > tok.idx:
            end = min(end, ex_start)
        else:
            start = max(start, ex_end)
    start, end = max(start, para[0]), min(end, para[1])
    return (start, end) if end > start else (tok.idx, tok_end(tok))


# "WASHINGTON —", "LAS VEGAS, Nev. (AP) -", "CAMBRIDGE, Mass., Dec. 11 (UPI) —" opening a paragraph
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+)*(?:,[^\n—–()]{1,30}?)?)?"
    r"(?:\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # "Dec 29"
    r"(?P<agency>\s*\([A-Za-z .&-]{1,30}\))?"
    r"(?:\s*[—–]\s*|\s*--?\s+)"
)


# discourse connectives that open a sentence and link it to the writer's text, not the source's
_CONNECTIVE = re.compile(
    r"(?:(?:but|and|yet|so|or),|(?:"
    + "|".join(map(re.escape, lexicon.words("spans")["connectives"]))
    + r"),)\s+",
    re.I,
)


# "so" joins clauses, but not as a degree word: "So far this year, …", "So many people …"
_CONJUNCTION = re.compile(r"(?:but|and|yet|or|so(?!\s+(?:far|much|many|long|few)\b))\s+", re.I)


def after_connective(text: str, start: int, end: int, bare: bool = False) -> int:
    """Where indirect content starts once an opening "Still," or "In fact," (and with ``bare``
    a plain "But" or "And": the sentence around "according to X") is left out."""
    for _ in range(3):
        m = _CONNECTIVE.match(text, start, end) or (bare and _CONJUNCTION.match(text, start, end))
        if not m or m.end() >= end:
            break
        start = m.end()
    return start


def only_connective(words: str) -> bool:
    """Is ``words`` nothing but an opening connective ("Instead", "But", "In fact,")?"""
    words = words.strip().rstrip(",") + ", "
    return bool(_CONNECTIVE.fullmatch(words) or _CONJUNCTION.fullmatch(words.replace(",", "")))


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a span that opens a paragraph or sentence with a news agency dateline starts."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before and before[-1] not in "\n.!?\"”’'":
        return start
    m = _DATELINE.match(text, start, end)
    if m is None or not (m.group("city") or m.group("agency")) or m.end() >= end:
        return start
    return m.end()
