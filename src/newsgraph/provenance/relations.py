"""How two texts are related: verbatim, near-verbatim, rewrite, or none.

* Shared passages (``align``) measure *containment*: the share of the shorter text that lies
  in passages found in the other. A truncated copy, or one padded with site furniture, has a
  low Jaccard similarity and a high containment.
* ``verbatim``: nearly all of the shorter text is found, word for word.
* ``near-verbatim``: a good part of it is found in passages that run through the narration
  (edited copies: house style, a paragraph cut or added, a new lede).
* ``rewrite``: few shared word runs (spun, machine-translated or paraphrased text has none),
  but the same content words — names, numbers, quoted words, what happened — come in the same
  order. Order is what tells a rewrite from independent coverage of the same event, which
  shares the words but not their sequence: the order score is the longest common subsequence
  of content words, and it must beat the same score with the other text's sentences put out
  of order by a clear margin.
* Shared quotations alone never make a copy: two reporters quoting one speaker share the
  quote and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import LCSseq
from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.provenance.align import Passage, align, coverage
from newsgraph.provenance.words import Words

VERBATIM = 0.9  # containment of the shorter text, word for word
NEAR_VERBATIM = 0.25  # containment through passages …
NARRATION_WORDS = 20  # … holding at least this many words outside quotation marks
REWRITE_ORDER = 0.48  # content words of the shorter text found in the same order
REWRITE_GAIN = 0.075  # … above the score with sentences put out of order
QUOTES_ONLY = 0.3  # passages at most this share outside quotes: shared quotes, not a copy

STEM = 5  # content words compared on their first letters ("sanction", "sanctions")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+|\n+")

Relation = str  # "verbatim" | "near-verbatim" | "rewrite" | "none"


@dataclass
class Comparison:
    """What comparing text A with text B found."""

    relation: Relation
    passages: list[Passage] = field(default_factory=list)
    cover_a: float = 0.0  # share of A's words in passages
    cover_b: float = 0.0
    narration_words: int = 0  # passage words outside quotation marks (side A)
    order: float = 0.0  # content words of the shorter text in the same order in the other
    order_gain: float = 0.0  # … minus the same with sentences out of order

    @property
    def containment(self) -> float:
        return max(self.cover_a, self.cover_b)


def content_words(text: str, w: Words) -> list[list[str]]:
    """Content words (stemmed) of each sentence, in order; stop words and short words left out."""
    sentences: list[list[str]] = [[]]
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    k = 0
    for norm, start in zip(w.norms, w.starts, strict=True):
        while k < len(ends) and ends[k] <= start:
            k += 1
            if sentences[-1]:
                sentences.append([])
        if norm in STOP_WORDS or (len(norm) < 3 and not norm.isdigit()):
            continue
        sentences[-1].append(norm[:STEM])
    return [s for s in sentences if s]


def _flat(sentences: list[list[str]]) -> list[str]:
    return [t for s in sentences for t in s]


def _out_of_order(sentences: list[list[str]]) -> list[list[list[str]]]:
    """Fixed reorderings of the sentences: reversed, rotated by a third, evens then odds."""
    n = len(sentences)
    if n < 2:
        return [sentences]
    third = max(1, n // 3)
    return [
        sentences[::-1],
        sentences[third:] + sentences[:third],
        sentences[::2] + sentences[1::2],
        sentences[n - third :] + sentences[: n - third],
    ]


def order_scores(sent_a: list[list[str]], sent_b: list[list[str]]) -> tuple[float, float]:
    """(order, gain): LCS of content words over the shorter text, and its gain over chance."""
    flat_a, flat_b = _flat(sent_a), _flat(sent_b)
    shorter = min(len(flat_a), len(flat_b))
    if shorter == 0:
        return 0.0, 0.0
    order = LCSseq.similarity(flat_a, flat_b) / shorter
    shuffled = [LCSseq.similarity(flat_a, _flat(s)) / shorter for s in _out_of_order(sent_b)]
    return order, order - sum(shuffled) / len(shuffled)


def compare(text_a: str, a: Words, text_b: str, b: Words) -> Comparison:
    """Compare two article bodies (texts and their words) and name their relation."""
    passages = align(a, b)
    result = Comparison(
        "none", passages, coverage(passages, len(a), "a"), coverage(passages, len(b), "b")
    )
    in_passages = sum(p.a1 - p.a0 for p in passages)
    same = sum(p.same for p in passages)
    result.narration_words = sum(1 for p in passages for i in range(p.a0, p.a1) if not a.quoted[i])
    if result.containment >= VERBATIM and same >= 0.97 * in_passages:
        result.relation = "verbatim"
        return result
    if result.containment >= NEAR_VERBATIM and result.narration_words >= NARRATION_WORDS:
        result.relation = "near-verbatim"
        return result
    if in_passages >= 12 and result.narration_words < QUOTES_ONLY * in_passages:
        return result  # what the two share is what someone said: not a copy
    result.order, result.order_gain = order_scores(
        content_words(text_a, a), content_words(text_b, b)
    )
    if result.order >= REWRITE_ORDER and result.order_gain >= REWRITE_GAIN:
        result.relation = "rewrite"
    return result
