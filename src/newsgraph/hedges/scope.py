"""What a hedge qualifies: its scope (a clause or noun phrase, as characters), whether it stands
inside quotation marks, and the statements it is tied to.

Scopes, by the family's ``scope`` (see ``data/hedges.yaml``):
- clause: the clause that carries the hedge, from its subject ("Troops *could* be sent" → the
  whole clause); an adverb on an adjective inside a noun phrase scopes over that noun phrase;
- complement: the clause claimed or reported ("claims that X", "it is believed that X",
  "according to reports, X"); else the noun phrase ("such claims") or the host clause;
- noun: the noun phrase the word modifies ("so-called X");
- host: the main clause of the sentence (", without elaborating");
- question: the open question ("it is unclear *whether X*", "*what happens next* is unclear").

Ties, in order: a statement whose cue the hedge overlaps ("claimed", "has not confirmed");
else the innermost statement whose content holds it; else a statement whose cue governs the
hedge's clause ("stated X but did not specify"). A hedge inside quotation marks, or inside the
content of the statement it is tied to, is the speaker's; otherwise the writer's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.hedges.find import Found
from newsgraph.model import Statement

_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "acl", "pcomp",
                "parataxis"}  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_LEADING = {"mark", "cc", "punct", "prep"}
_UP = 6


# -- token helpers -------------------------------------------------------------------------------
def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` stands in."""
    cur = tok
    for _ in range(_UP):
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ != "MD" and cur.dep_ in _CLAUSE_DEPS:
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _subject(head: Token) -> Token | None:
    cur = head
    for _ in range(_UP):
        subj = [c for c in cur.children if c.dep_ in _SUBJECTS]
        if subj:
            return min(subj, key=lambda c: c.i)
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (
        doc[start].is_space
        or doc[start].dep_ in ("punct", "cc")
        or (doc[start].dep_ == "mark" and doc[start].lower_ == "that")
    ):
        start += 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def clause_span(head: Token) -> tuple[int, int] | None:
    """The clause of ``head``: from its subject (or first word) to the end of its subtree."""
    doc = head.doc
    sent = head.sent
    subj = _subject(head)
    if subj is not None and subj.i < head.i:
        start = subj.left_edge.i
    else:
        kids = [c for c in head.children if c.i < head.i and c.dep_ not in _LEADING]
        start = min([head.i, *(c.left_edge.i for c in kids)])
    return _chars(doc, max(start, sent.start), min(_clause_end(head), sent.end))


def _clause_end(head: Token) -> int:
    """After the clause's last word, before what follows a comma after the verb ("X denied the
    plans, with Y stating …" ends at "plans")."""
    end = head.i + 1
    for c in head.children:
        if c.i > head.i and c.dep_ == "punct" and c.text in (",", ";", ":", "—", "–"):
            break
        if c.dep_ == "punct":
            continue
        end = max(end, _clause_end(c) if c.dep_ == "conj" else c.right_edge.i + 1)
    return end


def subtree_span(tok: Token) -> tuple[int, int] | None:
    return _chars(tok.doc, tok.left_edge.i, tok.right_edge.i + 1)


def noun_span(noun: Token) -> tuple[int, int] | None:
    """A noun phrase without the clauses hanging on it."""
    end = noun.i + 1
    for c in noun.children:
        if c.i > noun.i and c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            end = max(end, c.right_edge.i + 1)
    return _chars(noun.doc, noun.left_edge.i, end)


# -- scopes --------------------------------------------------------------------------------------
def scope(doc: Doc, found: Found) -> tuple[int, int] | None:
    tok = doc[found.head]
    kind = found.family.scope
    if kind == "noun":
        return noun_span(_noun_of(tok)) or clause_span(clause_head(tok))
    if kind == "host" or (found.family.rule == "negated" and doc[found.start].lower_ == "without"):
        return clause_span(clause_head(tok.sent.root))
    if kind == "question":
        return _question(tok) or clause_span(clause_head(tok))
    if kind == "complement":
        return _complement(tok) or clause_span(clause_head(tok))
    if tok.dep_ == "advmod" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "amod":
        return noun_span(tok.head.head)  # "a supposedly ordinary mother"
    head = clause_head(tok)
    if any(c.lower_ == "it" and c.dep_ in _SUBJECTS for c in head.children):
        return _complement(head) or clause_span(head)  # "it was reported that X"
    return clause_span(head)


def _noun_of(tok: Token) -> Token:
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("NOUN", "PROPN") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _clause_child(tok: Token) -> Token | None:
    kids = [c for c in tok.children if c.dep_ in ("ccomp", "csubj", "acl", "xcomp", "relcl")]
    return min(kids, key=lambda c: c.i) if kids else None


def _question(tok: Token) -> tuple[int, int] | None:
    """The open question: a clause of the predicate ("unclear *whether X*") or its subject."""
    cur = tok
    for _ in range(4):
        c = _clause_child(cur)
        if c is not None and c.dep_ != "relcl":
            return subtree_span(c)
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    subj = [c for c in cur.children if c.dep_ in _SUBJECTS and c.lower_ != "it"]
    return subtree_span(subj[0]) if subj else None


def _complement(tok: Token) -> tuple[int, int] | None:
    lemma = tok.lemma_.lower()
    if lemma == "be":
        attrs = [c for c in tok.children if c.dep_ == "attr"]  # "it is an assumption that X"
        return _complement(attrs[0]) if attrs else None
    if lemma == "according" or (tok.dep_ == "pobj" and tok.head.head.lower_ == "according"):
        according = tok if lemma == "according" else tok.head.head
        return clause_span(clause_head(according.head))
    c = _clause_child(tok)
    if c is not None:
        return subtree_span(c) if c.dep_ != "xcomp" else clause_span(tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        c = _clause_child(tok.head)  # "reports spread that X"
        if c is not None:
            return subtree_span(c)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
            objs = [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
            if objs:
                return subtree_span(objs[0])  # "no reports of damage"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("otherwise", "so") and nxt.dep_ == "advmod":
        return subtree_span(nxt)  # "to claim otherwise"
    if tok.dep_ == "advcl" and any(c.lower_ == "as" for c in tok.children):
        return clause_span(clause_head(tok.head))  # "as he claimed, X"
    if tok.pos_ == "NOUN":
        return noun_span(tok)
    return None


# -- quotes --------------------------------------------------------------------------------------
class QuoteSpans:
    """Inner spans of quotations: double quotes (attribution's finder) and curly single ones."""

    def __init__(self, text: str):
        from newsgraph.attribution.quotes import find_quotes

        spans = [(q.inner_start, q.inner_end) for q in find_quotes(text)]
        spans += _single_quotes(text)
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos)
        for s, e in self.spans[max(0, i - 8) : i]:
            if s <= pos < e:
                return True
        return False


def _single_quotes(text: str) -> list[tuple[int, int]]:
    """‘…’ pairs: an opening mark after a space or line start, closed by the next ’ that is not
    an apostrophe (not followed by a letter), within one paragraph."""
    out = []
    i = text.find("\u2018")
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            j = i + 1
            while True:
                j = text.find("\u2019", j)
                if j < 0 or "\n" in text[i:j] or j - i > 400:
                    j = -1
                    break
                if j + 1 >= len(text) or not text[j + 1].isalpha():
                    break
                j += 1
            if j > i + 1:
                out.append((i + 1, j))
        i = text.find("\u2018", i + 1)
    return out


# -- ties ----------------------------------------------------------------------------------------
def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def in_content(st: Statement, span: tuple[int, int]) -> bool:
    """Do the characters ``span`` stand inside the statement's content (or one of its parts)?"""
    parts = [(p.start, p.end) for p in st.content_parts] or [(st.content.start, st.content.end)]
    return any(a <= span[0] and span[1] <= b for a, b in parts)


def on_cue(st: Statement, span: tuple[int, int]) -> bool:
    """Do the characters ``span`` overlap the statement's cue (with its auxiliaries)?"""
    cue = st.cue_phrase or st.cue
    return cue is not None and overlaps((cue.start, cue.end), span)


def tie(
    doc: Doc, found: Found, span: tuple[int, int], statements: Sequence[Statement]
) -> tuple[list[Statement], bool]:
    """The statements a hedge is tied to, and whether it stands in the content of the first."""
    cues = [s for s in statements if on_cue(s, span)]
    if cues:
        return cues, False
    inside = [s for s in statements if in_content(s, span)]
    if inside:
        return [min(inside, key=lambda s: s.content.end - s.content.start)], True
    cur = doc[found.head]
    for _ in range(_UP):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        pos = (cur.idx, cur.idx + len(cur.text))
        hits = [s for s in statements if on_cue(s, pos)]
        if hits:
            return hits[:1], False
    return [], False
