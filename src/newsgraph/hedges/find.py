"""Find hedges in one pass over the tokens.

The tokens whose lemma or lowercase form is the first word of some phrase are picked out in
one vectorised lookup of their string hashes (numpy, no Python per token); only at those are
the phrases starting there matched (longest first) and the family's rule checked on the parse.
Up to two adverbs, adjectives, determiners or numbers may stand between the words of a phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from newsgraph.extensions import isin
from newsgraph.hedges.lexicon import Family, HedgeLexicon, Item
from newsgraph.hedges.rules import RULES, Match

_MAX_GAP = 2
_GAP_POS = {"ADV", "ADJ", "DET", "NUM"}
_NEVER_GAP = {"not", "n't", "no", "never"}


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # tokens start:end of the hedge
    end: int
    head: int  # the token the phrase starts with (its anchor for the scope)
    family: Family


def candidates(doc: Doc, lex: HedgeLexicon) -> list[int]:
    """Indices of the tokens whose lemma or lowercase form starts some phrase."""
    if len(doc) == 0:
        return []
    keys = lex.first_word_hashes
    arr = doc.to_array([LEMMA, LOWER])
    hit = isin(arr[:, 0], keys) | isin(arr[:, 1], keys)
    return np.flatnonzero(hit).tolist()


def find(doc: Doc, lex: HedgeLexicon) -> list[Found]:
    out: list[Found] = []
    index = lex.index
    n = len(doc)
    covered = -1
    for i in candidates(doc, lex):
        if i <= covered:
            continue
        tok = doc[i]
        patterns = index.get(tok.lemma_.lower())
        if patterns is None and tok.lower_ != tok.lemma_.lower():
            patterns = index.get(tok.lower_)
        if not patterns:
            continue
        for pat in patterns:
            end = _match(doc, tok.i, pat.items, n)
            if end < 0:
                continue
            span = RULES[pat.family.rule](Match(doc, tok.i, end, pat, lex))
            if span is None:
                continue
            if out and span[0] <= out[-1].end and out[-1].family.kind == pat.family.kind:
                prev = out.pop()  # adjacent hedges of one kind are one: "It seems" + "likely"
                out.append(Found(prev.start, max(span[1], prev.end), prev.head, prev.family))
            else:
                if out and span[0] < out[-1].end:
                    span = (out[-1].end, span[1])  # never overlap the hedge before
                if span[1] > span[0]:
                    out.append(Found(span[0], span[1], tok.i, pat.family))
            covered = max(covered, span[1] - 1)
            break
    return out


def _fits(tok, item: Item) -> bool:
    words, pos = item
    return (tok.lemma_.lower() in words or tok.lower_ in words) and (pos is None or tok.pos_ == pos)


def _match(doc: Doc, i: int, items: tuple[Item, ...], n: int) -> int:
    """Token index after the match of ``items`` starting at token ``i``, or -1."""
    if not _fits(doc[i], items[0]):
        return -1
    j = i + 1
    for item in items[1:]:
        gap = 0
        while j < n and not _fits(doc[j], item):
            t = doc[j]
            if gap >= _MAX_GAP or t.pos_ not in _GAP_POS or t.lower_ in _NEVER_GAP:
                return -1
            gap += 1
            j += 1
        if j >= n:
            return -1
        j += 1
    return j
