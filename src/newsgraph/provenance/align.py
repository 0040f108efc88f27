"""Shared passages of two texts, passim-style: seed on shared n-grams, chain, extend.

Seeds are word n-grams the two texts share. Seeds that follow one another on both sides
(within ``gap`` words, drifting apart by at most ``drift``) are chained into one passage, so a
passage runs on across small edits — a changed word, "U.S." made "US", a clause added — and
stops where the texts part. Passages are returned as word ranges and as character spans on
both sides; moved paragraphs give passages out of order, which is why this is not a diff.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant for combining word hashes


def word_ids(w: Words) -> np.ndarray:
    """One 64-bit number per normalised word (equal words, equal numbers; this process only)."""
    return np.fromiter((hash(t) for t in w.norms), dtype=np.int64, count=len(w)).view(np.uint64)


@dataclass(frozen=True, eq=False)
class Grams:
    """The word n-grams of one text as 64-bit keys, sorted once for every comparison:
    ``keys`` in text order, ``order`` sorting them, ``ordered`` = keys[order], ``repeats``:
    how often each key (in text order) occurs in the text."""

    keys: np.ndarray
    order: np.ndarray
    ordered: np.ndarray
    repeats: np.ndarray

    def count(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each wanted key: (first place in ``ordered``, how many places)."""
        lo = np.searchsorted(self.ordered, wanted, "left")
        return lo, np.searchsorted(self.ordered, wanted, "right") - lo

    def __len__(self) -> int:
        return len(self.keys)


def gram_keys(ids: np.ndarray, n: int = SEED) -> np.ndarray:
    """One 64-bit key per word n-gram (wrapping arithmetic)."""
    if len(ids) < n:
        return np.empty(0, dtype=np.uint64)
    keys = ids[: len(ids) - n + 1].copy()
    for k in range(1, n):
        keys = keys * _MIX + ids[k : len(ids) - n + 1 + k]
    return keys


def grams(w: Words, n: int = SEED) -> Grams:
    keys = gram_keys(word_ids(w), n)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    lo = np.searchsorted(ordered, keys, "left")
    return Grams(keys, order, ordered, np.searchsorted(ordered, keys, "right") - lo)


def seeds(
    a: Words, b: Words, n: int = SEED, keys: tuple[Grams, Grams] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) arrays: an n-gram starts at word i of A and word j of B; n-grams found more than
    MAX_REPEAT times in either text seed nothing. ``keys``: both sides' ``grams``."""
    ga, gb = keys or (grams(a, n), grams(b, n))
    if not len(ga) or not len(gb):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    lo, count_b = gb.count(ga.keys)
    keep = (count_b > 0) & (count_b <= MAX_REPEAT) & (ga.repeats <= MAX_REPEAT)
    i_pos, lo, count_b = np.nonzero(keep)[0], lo[keep], count_b[keep]
    i = np.repeat(i_pos, count_b)
    within = np.arange(len(i)) - np.repeat(np.cumsum(count_b) - count_b, count_b)
    return i, gb.order[np.repeat(lo, count_b) + within]


def _segments(i: np.ndarray, j: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """Seeds on one diagonal, one after another, as (i0, i1, j0, j1, seeds), in A order."""
    if not len(i):
        return []
    diag = j - i
    order = np.lexsort((i, diag))
    i, j, diag = i[order], j[order], diag[order]
    breaks = np.nonzero((np.diff(diag) != 0) | (np.diff(i) != 1))[0] + 1
    first = np.concatenate(([0], breaks))
    last = np.concatenate((breaks - 1, [len(i) - 1]))
    segs = zip(
        i[first].tolist(),
        i[last].tolist(),
        j[first].tolist(),
        j[last].tolist(),
        (last - first + 1).tolist(),
        strict=True,
    )
    return sorted(segs, key=lambda s: (s[0], s[2]))


def align(
    a: Words, b: Words, n: int = SEED, keys: tuple[Grams, Grams] | None = None
) -> list[Passage]:
    """The passages A and B share, longest first, no word of either side used twice.

    A text that is the other word for word, or its beginning (a copy cut short), is one
    passage without further search."""
    shorter = min(len(a), len(b))
    if shorter >= MIN_WORDS and a.norms[:shorter] == b.norms[:shorter]:
        return [Passage(0, shorter, 0, shorter, shorter)]
    open_: list[list[int]] = []  # [a0, last_i, b0, last_j, matched words]
    done: list[list[int]] = []
    for i0, i1, j0, j1, count in _segments(*seeds(a, b, n, keys)):
        best = None
        for run in open_:
            di, dj = i0 - run[1], j0 - run[3]
            if 0 < di <= GAP and 0 < dj <= GAP and abs(di - dj) <= DRIFT:
                if best is None or di + dj < (i0 - best[1]) + (j0 - best[3]):
                    best = run
        if best is not None:
            best[4] += min(i0 - best[1], j0 - best[3], n) + count - 1
            best[1], best[3] = i1, j1
        else:
            open_.append([i0, i1, j0, j1, n + count - 1])
        keep = []
        for run in open_:
            (keep if run[1] >= i0 - GAP else done).append(run)
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
