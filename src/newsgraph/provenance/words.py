"""Words of an article body, normalised for comparison, each with its character offsets.

Copies of one text differ in apostrophes, dashes, "U.S." against "US", thousands separators
and letter case; the normalised form hides those differences so that shingles and alignments
see the same word. Page furniture (boilerplate spans) and the headline are left out: they
are what copies change first, and shared furniture ("Read more") would make strangers look
like copies.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*", re.UNICODE)
_DIGIT_SEP = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_OPEN = "“«„"
_CLOSE = "”»"
_QUOTE_MARKS = re.compile(r"[\"“”«»„\n]")


@dataclass(frozen=True, slots=True)
class Words:
    """The normalised words of one text and where each stands (start, end offsets)."""

    norms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quoted: tuple[bool, ...]  # the word stands inside quotation marks

    def __len__(self) -> int:
        return len(self.norms)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Characters covered by words i..j-1."""
        return self.starts[i], self.ends[j - 1]


@lru_cache(maxsize=1 << 18)
def normalise(word: str) -> str:
    """Lower case, no accents, no inner dots ("U.S." → "us"), no digit separators.

    Memoised: a corpus has far fewer distinct word forms than words."""
    if word.isascii():
        word = word.lower()
        if "." in word or "," in word:
            word = _DIGIT_SEP.sub("", word).replace(".", "")
        if word.endswith("'s"):
            word = word[:-2]
        return word.replace("'", "")
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c)).lower()
    word = _DIGIT_SEP.sub("", word)
    word = word.replace("’", "'").replace(".", "")
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("'", "")


def _inside_after(marks: list[tuple[int, str]]) -> list[tuple[int, bool]]:
    """For each double quotation mark (or line end), whether a quotation is open after it.

    “ « „ open, ” » close, a straight mark toggles, and a line end closes whatever is open
    (a quotation that runs on opens again in its next paragraph).
    """
    inside = False
    out = []
    for offset, mark in marks:
        if mark in _OPEN:
            inside = True
        elif mark in _CLOSE or mark == "\n":
            inside = False
        else:
            inside = not inside
        out.append((offset, inside))
    return out


def words(
    text: str,
    skip: Sequence[tuple[int, int]] = (),
    start: int = 0,
    end: int | None = None,
) -> Words:
    """The words of ``text[start:end]`` outside the ``skip`` spans, normalised."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    if skip:
        found = _outside(found, sorted(skip))
    marks = _inside_after([(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(text, start, end)])
    offsets = [offset for offset, _ in marks]
    states = [False] + [inside for _, inside in marks]
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quoted: list[bool] = []
    for s, e, raw in found:
        norm = normalise(raw)
        if norm:
            norms.append(norm)
            starts.append(s)
            ends.append(e)
            quoted.append(states[bisect_left(offsets, s)] if offsets else False)
    return Words(tuple(norms), tuple(starts), tuple(ends), tuple(quoted))


def _outside(found: list[tuple[int, int, str]], skip: list[tuple[int, int]]):
    """The words that overlap none of the (sorted) skip spans."""
    out = []
    k = 0
    for word in found:
        s, e = word[0], word[1]
        while k < len(skip) and skip[k][1] <= s:
            k += 1
        if k < len(skip) and skip[k][0] < e:
            continue
        out.append(word)
    return out
