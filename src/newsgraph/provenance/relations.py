"""How two texts are related: verbatim, near-verbatim, rewrite, or none.

* Shared passages (``align``) measure *containment*: the share of the shorter text that lies
  in passages found in the other. A truncated copy, or one padded with site furniture, has a
  low Jaccard similarity and a high containment.
* ``verbatim``: nearly all of the shorter text is found, word for word.
* ``near-verbatim``: a good part of it is found in passages that run through the narration
  (edited copies: house style, a paragraph cut or added, a new lede).
* ``rewrite``: few shared word runs (spun, machine-translated or paraphrased text has none),
  but the other text *retells* it (``retelling``): its names, numbers and rare words come in
  the same order, and so do its unquoted content words in short local runs, both well above
  what the same tokens shuffled give. Both scores must reach ``REWRITE``; their smaller one is
  the pair's rewrite score. Independent reports of one event share names and figures but not
  their sequence, and what they share in quotation marks is left out of the content score.
* Shared quotations alone never make a copy: passages that lie inside quotation marks do not
  count towards near-verbatim, and quoted words do not count towards a rewrite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from newsgraph.provenance.align import GAP, SEED, Grams, Passage, align, coverage, grams
from newsgraph.provenance.retelling import Tokens, anchor_overlap, retelling, tokens
from newsgraph.provenance.words import Words

VERBATIM = 0.9  # containment of the shorter text, word for word
NEAR_VERBATIM = 0.25  # containment through passages …
NARRATION_WORDS = 20  # … holding at least this many words outside quotation marks
QUOTES_ONLY = 0.3  # passages at most this share outside quotes: shared quotes, not a copy
REWRITE = 0.25  # both retelling scores at least this (anchors and content, above chance)

Relation = str  # "verbatim" | "near-verbatim" | "rewrite" | "none"


def _may_share_passages(a: Grams, b: Grams) -> bool:
    """Whether enough n-grams are shared for passages to cover NEAR_VERBATIM of the shorter
    text: a passage runs at most GAP words past a shared n-gram, so fewer cannot."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small):
        return False
    shared = int(np.count_nonzero(large.count(small.keys)[1]))
    return shared * (SEED + GAP) >= NEAR_VERBATIM * len(small)


@dataclass
class Comparison:
    """What comparing text A with text B found."""

    relation: Relation
    passages: list[Passage] = field(default_factory=list)
    cover_a: float = 0.0  # share of A's words in passages
    cover_b: float = 0.0
    narration_words: int = 0  # passage words outside quotation marks (side A)
    anchors: float = 0.0  # retelling: anchors in order, above chance (0 when not measured)
    content: float = 0.0  # retelling: content words in local runs, above chance

    @property
    def containment(self) -> float:
        return max(self.cover_a, self.cover_b)

    @property
    def rewrite_score(self) -> float:
        """The smaller retelling score: both must hold for a rewrite."""
        return min(self.anchors, self.content)


def compare(
    text_a: str,
    a: Words,
    text_b: str,
    b: Words,
    *,
    tokens_a: Callable[[], Tokens] | None = None,
    tokens_b: Callable[[], Tokens] | None = None,
    keys: tuple[Grams, Grams] | None = None,
) -> Comparison:
    """Compare two article bodies (texts and their words) and name their relation.

    ``tokens_a``/``tokens_b`` (functions giving ``retelling.tokens``, called only when the
    retelling test runs) and ``keys`` (both sides' ``align.grams``) may be passed when the
    caller keeps them."""
    keys = keys or (grams(a), grams(b))
    passages = align(a, b, keys=keys) if _may_share_passages(*keys) else []
    result = Comparison(
        "none", passages, coverage(passages, len(a), "a"), coverage(passages, len(b), "b")
    )
    in_passages = sum(p.a1 - p.a0 for p in passages)
    same = sum(p.same for p in passages)
    result.narration_words = sum(a.quoted[p.a0 : p.a1].count(False) for p in passages)
    quotes_only = in_passages >= 12 and result.narration_words < QUOTES_ONLY * in_passages
    if result.containment >= VERBATIM and same >= 0.97 * in_passages:
        result.relation = "verbatim"
        return result
    if (
        result.containment >= NEAR_VERBATIM
        and result.narration_words >= NARRATION_WORDS
        and not quotes_only
    ):
        result.relation = "near-verbatim"
        return result
    ta = tokens_a() if tokens_a else tokens(text_a, a)
    tb = tokens_b() if tokens_b else tokens(text_b, b)
    if anchor_overlap(ta, tb) < REWRITE:
        return result  # too few anchors in common for any order to make a rewrite
    told = retelling(ta, tb)
    result.anchors, result.content = told.anchors, told.content
    if result.rewrite_score >= REWRITE:
        result.relation = "rewrite"
    return result
