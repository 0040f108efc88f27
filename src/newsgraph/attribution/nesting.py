"""Statements inside statements, and content that runs past its own attribution.

- ``cut_nested``: content stops before a later cue of the same source ("…, adding that …"),
  before a coordinated cue ("… regretted her remarks and promised …") and before the source
  of a statement that holds it ("X refused to go, the governor said");
- ``drop_embedded_beliefs``: a belief or wish inside what someone else said ("X said they want
  Y") is part of that content, not a statement of its own; so is a report in a subordinate
  clause of that content ("X said the group, which had criticised the plan, …") and a report
  with a mere noun phrase for content ("X said the aide asked for a meeting"); a cue under a
  verb of seeming is its subject's statement and the seeming joins its cue phrase ("X
  appeared to blame Y"), no sourceless statement of its own;
- ``parenthetical``: "Over the years, she said, email has helped": the words before the cue
  belong in.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.spans import Paragraphs, only_connective, trim
from newsgraph.extensions import text_of

# cue classes that still make their own statement inside another statement's content
EMBEDDABLE = {
    "assert",
    "claim",
    "deny",
    "confirm",
    "warn",
    "accuse",
    "promise",
    "report",
    "refuse-comment",
}

# where a cue inside someone else's content may be only part of that content: the reported
# clause itself, a relative clause, a clause after a noun, a gerund, an infinitive
_SUBORDINATE = {"ccomp", "relcl", "acl", "pcomp", "xcomp"}
# what a cue's own content must be to stand as a statement inside a clause someone reports
_CLAUSAL = {"ccomp", "ROOT", "conj", "advcl", "parataxis"}
# negative cues stay: "X said Y refused to comment" is news of its own
_NEGATIVE = {"deny", "refuse-comment"}

_TRAILING_CC = re.compile(r"(?:[\s,;]+(?:and|but|or|while|as well as))+[\s,;]*$", re.I)


def cut_nested(drafts: list[Draft], text: str) -> None:
    """Content stops before a later cue of the same source ("…, adding that …") and before a
    coordinated cue ("… regretted her remarks and promised …"). ``drafts`` are in text order."""
    drafts = [d for d in drafts if not d.cueless]
    starts = [d.cue_start for d in drafts]
    for d in drafts:
        if d.content is None or d.kind == "direct":
            continue
        s, e = d.content
        k = bisect_left(starts, s + 1)
        while k < len(drafts) and drafts[k].cue_start < e:
            other = drafts[k]
            k += 1
            if other is d or _complement_of(other, d):
                continue
            same = other.inherited is d or (
                other.source is not None and d.source is not None and other.source.i == d.source.i
            )
            coordinated = (
                other.cue.dep_ == "conj"
                and other.cue.head.i != d.cue.i
                and not (s <= other.cue.head.idx < e)  # "says the crew is tired and hopes …"
            )
            left_tok = other.cue.left_edge
            participle = (
                other.cue.dep_ == "advcl"
                and other.cue.tag_ == "VBG"
                and other.cue_class in EMBEDDABLE
                and left_tok.i > 0
                and left_tok.nbor(-1).text == ","
            )  # "she would sign it, calling the deal fair": a second statement
            if same or coordinated or participle:
                left = min(other.cue.left_edge.idx, other.cue_start)
                if other.cue.dep_ == "pcomp" and other.cue.head.i == other.cue.left_edge.i - 1:
                    left = min(left, other.cue.head.idx)  # "… on Monday before claiming …"
                if left > s:
                    e = min(e, left)
        e = min(e, _before_holder(drafts, starts, d, s, e))
        if e != d.content[1]:
            s, e = trim(text, s, e)
            m = _TRAILING_CC.search(text, s, e)
            if m and m.start() > s:
                e = m.start()
            d.content = trim(text, s, e)
            if d.quote and d.quote[0] >= d.content[1]:
                d.quote, d.kind = None, "indirect"


def _before_holder(drafts: list[Draft], starts: list[int], d: Draft, s: int, e: int) -> int:
    """ "X refused to leave, the governor, Ana Ruiz, said": a statement that holds ``d`` is
    attributed right after it; its source and cue are no part of ``d``'s content."""
    k = bisect_left(starts, s + 1)
    while k < len(drafts) and drafts[k].cue_start < e + 300:
        other = drafts[k]
        k += 1
        if other is d or other.content is None or other.inherited is not None:
            continue
        if other.content[0] <= d.cue_start < other.content[1] and s < other.region()[0] < e:
            return other.region()[0]
    return e


def drop_embedded_beliefs(drafts: list[Draft]) -> list[Draft]:
    """A belief or wish inside what someone else said ("X said they want Y") is part of that
    content, not an attribution of its own; speech cues inside content are kept."""
    spans = sorted(
        (d.content[0], d.content[1], i)
        for i, d in enumerate(drafts)
        if d.content and not d.according
    )
    starts = [a for a, _, _ in spans]
    heads = {d.cue.i: d for d in drafts if d.content and not d.cueless}
    out, seeming = [], set()
    for i, d in enumerate(drafts):
        gov = heads.get(d.cue.head.i)
        if gov is not None and _seems_to(d, gov):
            seeming.add(id(gov))  # "X appeared to blame Y": X blames, hedged by the seeming
            d.phrase = (
                gov.phrase[0] if gov.phrase else gov.cue_start,
                (d.phrase or (0, d.cue_end))[1],
            )
            out.append(d)
            continue
        if not d.cueless and (
            (d.cue_class not in EMBEDDABLE and not _quotes_its_speaker(d))
            or _subordinate(d)
            or _foretold(d)
        ):
            k = bisect_left(starts, d.cue_start + 1)
            if any(a < d.cue_start < b and j != i for a, b, j in spans[max(0, k - 8) : k]):
                continue
        gov = heads.get(d.cue.head.i)
        if gov is not None and gov is not d and _complement_of(d, gov):
            if gov.content[0] <= d.cue_start < gov.content[1]:
                continue  # "urged them to reject the plan": what was urged, not a rejection
        out.append(d)
    return [d for d in out if id(d) not in seeming]


def _quotes_its_speaker(d: Draft) -> bool:
    """ "X was calling for “maximum restraint”, his spokesman said": the words quoted in
    ``d``'s own content are X's, so X's call stands as a statement inside the spokesman's."""
    return (
        d.quote is not None
        and d.source is not None
        and d.source.pos_ == "PROPN"
        and d.cue.dep_ in _CLAUSAL
        and d.cue_end < d.quote[0]
    )


def _seems_to(d: Draft, gov: Draft) -> bool:
    """Is ``d``'s cue the infinitive of a verb of seeming whose subject it speaks for ("the
    minister appeared to blame the opposition")? Then the seeming is part of its cue phrase."""
    return (
        gov.sourceless
        and gov is not d
        and _complement_of(d, gov)
        and d.source is not None
        and d.content is not None
        and d.source.head.i == gov.cue.i
    )


def _subordinate(d: Draft) -> bool:
    """Is ``d``, inside another statement's content, only part of it? A report in the reported
    clause, a relative clause, a gerund or an infinitive whose own content is a noun phrase or an
    infinitive, no proposition ("X said the aide asked for a meeting", "… the group, which had
    criticised the plan", "… by praising the mayor"); "X said Y claimed that …" and "a lawsuit
    alleging that …" stay, and so do denials and refusals to comment."""
    if d.according or d.cue_class in _NEGATIVE or d.content is None or d.quote is not None:
        return False
    if d.cue.dep_ not in _SUBORDINATE:
        return False
    doc = d.cue.doc
    a, b = d.content
    body = text_of(doc)[a:b]
    if not body.strip():
        return False
    a, b = a + len(body) - len(body.lstrip()), b - len(body) + len(body.rstrip())
    span = doc.char_span(a, b, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ not in _CLAUSAL


_WORDS = words("nesting")
_MODALS = set(_WORDS["modals"])


def _foretold(d: Draft) -> bool:
    """Is ``d``'s cue only foretold ("X said Y would respond", "… that Tokyo will protest")?
    Inside what someone else said, an act to come is part of that content, no statement; a
    refusal stays ("X said he would not comment")."""
    if d.cue_class == "refuse-comment" or any(c.dep_ == "neg" for c in d.cue.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in d.cue.children)


def _complement_of(other: Draft, d: Draft) -> bool:
    """Is ``other``'s cue the infinitive that ``d``'s cue governs ("urged X to recognize Y",
    "called on them to reject it", "promised to reveal it")? It is ``d``'s content."""
    return (
        not other.cueless
        and other.cue.dep_ == "xcomp"
        and other.cue.head.i == d.cue.i
        and other.cue.i > d.cue.i
    )


def parenthetical(d: Draft, doc: Doc, text: str, paras: Paragraphs) -> None:
    """ "Over the years, she said, email has helped": the words before the cue belong in."""
    if d.content is None or d.kind == "direct" or d.according or d.inherited or d.relays:
        return
    if d.cueless or (d.parts and d.parts[0][0] != d.content[0]):
        return
    r_start, r_end = d.region()
    if d.content[0] < r_start and d.content[1] > r_end:
        # the cue stands inside its content: "In several cases, executives say, they …"
        left, right = trim(text, d.content[0], r_start), trim(text, r_end, d.content[1])
        if left[1] > left[0] and right[1] > right[0] and not d.parts:
            d.parts = [left, right]
        return
    if d.content[0] < r_end:
        return
    before = text[max(0, r_start - 4) : r_start].rstrip().rstrip("”\"’'")
    after = text[d.cue_end : d.content[0]]
    if not before.endswith(",") or "," not in after or len(after) > 40:
        return
    sent = doc[d.cue.i].sent
    unit_start = max(sent.start_char, paras.bounds(d.cue_start)[0])
    for t in sent:  # "X gave another account: the convoy, they said, was …"
        if t.text in (":", ";") and unit_start <= t.idx < r_start:
            unit_start = t.idx + 1
    left = trim(text, unit_start, r_start)
    if only_connective(text[left[0] : left[1]]):
        return  # "Instead, Trump told CNN, his policy …": only a connective before the cue
    if left[1] <= left[0] or left[1] - left[0] > 200 or not _balanced(text[left[0] : left[1]]):
        return
    d.parts = [left, *(d.parts or [d.content])]
    d.content = (left[0], d.content[1])


def _balanced(text: str) -> bool:
    """Does every quote in ``text`` close in it (no quote runs on past it)?"""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")
