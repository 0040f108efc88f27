"""Shared passages of two texts, passim-style: seed on shared n-grams, chain, extend.

Seeds are word n-grams the two texts share. Seeds that follow one another on both sides
(within ``gap`` words, drifting apart by at most ``drift``) are chained into one passage, so a
passage runs on across small edits — a changed word, "U.S." made "US", a clause added — and
stops where the texts part. Passages are returned as word ranges and as character spans on
both sides; moved paragraphs give passages out of order, which is why this is not a diff.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsgraph.provenance.words import Words

SEED = 4  # words in a seed n-gram
GAP = 12  # words a passage may skip on either side and still run on
DRIFT = 6  # how far the two sides may shift against each other inside one passage
MIN_WORDS = 8  # shorter runs are chance ("the foreign ministry said on Monday")
MAX_REPEAT = 4  # an n-gram found more often than this in one text seeds nothing


@dataclass(frozen=True, slots=True)
class Passage:
    """Words a0..a1-1 of text A match words b0..b1-1 of text B; ``same`` words identical."""

    a0: int
    a1: int
    b0: int
    b1: int
    same: int

    @property
    def length(self) -> int:
        return min(self.a1 - self.a0, self.b1 - self.b0)


def _grams(norms: tuple[str, ...], n: int) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(norms) - n + 1):
        index[norms[i : i + n]].append(i)
    return index


def seeds(a: Words, b: Words, n: int = SEED) -> list[tuple[int, int]]:
    """(i, j) for every n-gram starting at word i of A and word j of B, in A order."""
    index_b = _grams(b.norms, n)
    out = []
    seen_a: dict[tuple[str, ...], int] = defaultdict(int)
    for i in range(len(a.norms) - n + 1):
        gram = a.norms[i : i + n]
        seen_a[gram] += 1
        hits = index_b.get(gram)
        if not hits or len(hits) > MAX_REPEAT or seen_a[gram] > MAX_REPEAT:
            continue
        out.extend((i, j) for j in hits)
    return out


def align(a: Words, b: Words, n: int = SEED) -> list[Passage]:
    """The passages A and B share, longest first, no word of either side used twice."""
    open_: list[list[int]] = []  # [a0, last_i, b0, last_j, matched words]
    done: list[list[int]] = []
    for i, j in seeds(a, b, n):
        best = None
        for run in open_:
            di, dj = i - run[1], j - run[3]
            if 0 < di <= GAP and 0 < dj <= GAP and abs(di - dj) <= DRIFT:
                if best is None or di + dj < (i - best[1]) + (j - best[3]):
                    best = run
        if best is not None:
            best[4] += min(i - best[1], j - best[3], n)
            best[1], best[3] = i, j
        else:
            open_.append([i, i, j, j, n])
        keep = []
        for run in open_:
            (keep if run[1] >= i - GAP else done).append(run)
        open_ = keep
    done.extend(open_)
    passages = [
        Passage(r[0], r[1] + n, r[2], r[3] + n, min(r[4], r[1] + n - r[0], r[3] + n - r[2]))
        for r in done
        if min(r[1] + n - r[0], r[3] + n - r[2]) >= MIN_WORDS
    ]
    return _disjoint(passages)


def _disjoint(passages: list[Passage]) -> list[Passage]:
    """Longest passages first; a passage overlapping a kept one on either side is cut out."""
    kept: list[Passage] = []
    for p in sorted(passages, key=lambda p: (-p.same, p.a0, p.b0)):
        if any(p.a0 < k.a1 and k.a0 < p.a1 or p.b0 < k.b1 and k.b0 < p.b1 for k in kept):
            continue
        kept.append(p)
    return sorted(kept, key=lambda p: (p.a0, p.b0))


def coverage(passages: list[Passage], length: int, side: str) -> float:
    """Share of one side's words that lie in a passage (``side`` "a" or "b")."""
    if length == 0:
        return 0.0
    covered = sum((p.a1 - p.a0) if side == "a" else (p.b1 - p.b0) for p in passages)
    return min(1.0, covered / length)


def char_spans(p: Passage, a: Words, b: Words) -> tuple[tuple[int, int], tuple[int, int]]:
    """The character spans of a passage in A and in B."""
    return a.span(p.a0, p.a1), b.span(p.b0, p.b1)
