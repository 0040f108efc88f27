"""Whether one text retells another: the same facts in the same order, in other words.

Spun, machine-translated and paraphrased copies share few word runs, so shared passages miss
them. What survives rewording is the *sequence*: the names, numbers and rare words (anchors)
of the original come back in the same order, and so, in short local runs, do many of its
content words. Independent reports of one event share anchors too — the same people, places
and figures — but not their order beyond what news structure gives any two reports.

Two scores, each a share of the lighter text's weight:

* ``anchors`` — anchors matched in order (longest common subsequence) that sit in local runs
  (each within ``ANCHOR_GAP`` anchors of the previous match on both sides);
* ``content`` — content words outside quotation marks matched in order in runs of at least
  ``CONTENT_RUN`` words with gaps of at most ``CONTENT_GAP`` (words that are quoted are left
  out: two reporters quoting one speaker share the quote and nothing else).

Each is measured against chance: the same score with the other text's tokens shuffled (a fixed
number of fixed shuffles, so results repeat) is subtracted. A retelling needs both.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq
from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.provenance.words import Words

STEM = 5  # tokens compared on their first letters ("Sergey"/"Sergei", "sanction"/"sanctions")
RARE = 8  # a content word this long counts as an anchor: rare words have few synonyms
NUMBER_WEIGHT = 2.0  # a figure shared in order says more than a name
ANCHOR_GAP = 4
CONTENT_GAP = 5
CONTENT_RUN = 2
SHUFFLES = 4
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+|\n+")


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a text offers for comparing order: anchors (with weights) and content words."""

    anchors: tuple[str, ...]
    weights: tuple[float, ...]
    content: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Retelling:
    anchors: float  # anchors in order, above chance (share of the lighter text)
    content: float  # content words in local runs, above chance


def _number(norm: str) -> str | None:
    if any(c.isdigit() for c in norm):
        return "#" + norm
    return "#" + _NUMBER_WORDS[norm] if norm in _NUMBER_WORDS else None


def tokens(text: str, w: Words) -> Tokens:
    """Anchors (numbers, names, rare words) and unquoted content words of a body, in order.

    A capitalised word is a name unless it opens a sentence and the text also uses it in
    lower case ("Officials said" is not a name; "Reuters said" is)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    lower = {n for n, s in zip(w.norms, w.starts, strict=True) if text[s].islower()}
    anchors: list[str] = []
    weights: list[float] = []
    content: list[str] = []
    k, opening = 0, True
    for norm, start, quoted in zip(w.norms, w.starts, w.quoted, strict=True):
        while k < len(ends) and ends[k] <= start:
            k, opening = k + 1, True
        first, opening = opening, False
        number = _number(norm)
        if number is not None:
            anchors.append(number)
            weights.append(NUMBER_WEIGHT)
            if not quoted:
                content.append(number)
            continue
        if norm in STOP_WORDS or len(norm) < 3:
            continue
        stem = norm[:STEM]
        if not quoted:
            content.append(stem)
        if text[start].isupper() and not (first and norm in lower):
            anchors.append("N" + stem)
            weights.append(1.0)
        elif len(norm) >= RARE:
            anchors.append(stem)
            weights.append(1.0)
    return Tokens(tuple(anchors), tuple(weights), tuple(content))


def _runs_weight(
    a: Sequence[str], b: Sequence[str], weights: Sequence[float] | None, gap: int, min_run: int
) -> float:
    """Weight of A's tokens matched in order with B that lie in runs of ``min_run`` or more."""
    matches = [
        (m.a + k, m.b + k) for m in LCSseq.editops(a, b).as_matching_blocks() for k in range(m.size)
    ]
    total, run, last = 0.0, [], None
    for i, j in matches + [(None, None)]:
        if i is not None and last is not None and i - last[0] <= gap and j - last[1] <= gap:
            run.append(i)
        else:
            if len(run) >= min_run:
                total += sum(weights[x] for x in run) if weights else len(run)
            run = [i]
        last = (i, j)
    return total


def _above_chance(
    a: Sequence[str], b: Sequence[str], weights: Sequence[float] | None, gap: int, min_run: int
) -> float:
    """Run weight of A against B minus its mean against fixed shuffles of B, over A's weight."""
    total = sum(weights) if weights else len(a)
    if not total or not b:
        return 0.0
    seen = _runs_weight(a, b, weights, gap, min_run)
    rng = random.Random(len(a) * 100_003 + len(b))
    chance = sum(
        _runs_weight(a, rng.sample(list(b), len(b)), weights, gap, min_run) for _ in range(SHUFFLES)
    )
    return (seen - chance / SHUFFLES) / total


def anchor_overlap(x: Tokens, y: Tokens) -> float:
    """Weight of the anchors the two texts have in common, over the lighter text's: an upper
    bound of the anchors score, cheap enough to skip pairs that cannot be retellings."""
    a, b = (x, y) if sum(x.weights) <= sum(y.weights) else (y, x)
    total = sum(a.weights)
    if not total:
        return 0.0
    left = Counter(b.anchors)
    shared = 0.0
    for token, weight in zip(a.anchors, a.weights, strict=True):
        if left[token] > 0:
            left[token] -= 1
            shared += weight
    return shared / total


def retelling(x: Tokens, y: Tokens) -> Retelling:
    """How far the lighter of two texts is retold, in order, by the other."""
    a, b = (x, y) if sum(x.weights) <= sum(y.weights) else (y, x)
    anchors = _above_chance(a.anchors, b.anchors, a.weights, ANCHOR_GAP, 2)
    a, b = (x, y) if len(x.content) <= len(y.content) else (y, x)
    content = _above_chance(a.content, b.content, None, CONTENT_GAP, CONTENT_RUN)
    return Retelling(round(anchors, 4), round(content, 4))
