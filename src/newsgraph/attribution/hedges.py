"""Hedge phrases ("reportedly", "has not officially confirmed or denied") found in one pass.

Patterns are lemma sequences indexed by their first lemma, so each token costs one dict lookup.
Up to two adverbs may sit between pattern words; an auxiliary right before the match joins it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.attribution.lexicon import Lexicon

_MAX_SKIP = 2
_AUX_LEMMAS = {"have", "do", "be", "will", "would", "can", "could", "should", "may", "might"}


@dataclass(frozen=True, slots=True)
class HedgeMatch:
    start: int  # characters
    end: int
    kind: str
    token: int  # index of the first token of the pattern


def find_hedges(doc: Doc, lex: Lexicon) -> list[HedgeMatch]:
    out: list[HedgeMatch] = []
    n = len(doc)
    index = lex.hedges
    covered = -1
    for tok in doc:
        if tok.i <= covered:
            continue
        lemma = tok.lemma_.lower()
        patterns = index.get(lemma)
        if patterns is None and tok.lower_ != lemma:
            patterns = index.get(tok.lower_)
        if not patterns:
            continue
        for pat in patterns:
            end = _match(doc, tok.i, pat.items, n)
            if end < 0:
                continue
            first = tok.i
            if (
                pat.items[0][0] == "not"
                and first > 0
                and doc[first - 1].lemma_.lower() in _AUX_LEMMAS
                and doc[first - 1].pos_ == "AUX"
            ):
                first -= 1
            last = doc[end - 1]
            out.append(HedgeMatch(doc[first].idx, last.idx + len(last.text), pat.kind, tok.i))
            covered = end - 1
            break
    return out


def _match(doc: Doc, i: int, items, n: int) -> int:
    """Token index after the match of ``items`` starting at token ``i``, or -1."""
    k = 0
    j = i
    while k < len(items):
        lemma, pos = items[k]
        skipped = 0
        while j < n:
            t = doc[j]
            if (t.lemma_.lower() == lemma or t.lower_ == lemma) and (pos is None or t.pos_ == pos):
                break
            if k == 0 or skipped >= _MAX_SKIP or t.pos_ != "ADV" or t.lower_ in ("not", "n't"):
                return -1
            skipped += 1
            j += 1
        else:
            return -1
        j += 1
        k += 1
    return j
