"""Sieves for texts that hand the floor to someone: interview turns and bylined analysis.

- ``conversation``: a question-and-answer transcript ("Q: … / A: …"): each answer paragraph is a
  direct statement of the one who answers, named before the first turn (the last person or
  role mentioned there: "the spokesperson answered a question from the press");
- ``byline``: a heading that names a correspondent, editor or analyst ("Analysis by Ana
  Ruiz", "Ana Ruiz, diplomatic correspondent") introduces a block; a quote standing alone in
  it, that nothing else claimed, is theirs.
"""

from __future__ import annotations

import re

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.mentions import np_tokens
from newsgraph.attribution.sieves import Context
from newsgraph.attribution.sieves_context import new_draft, stands_alone
from newsgraph.attribution.spans import trim

_TURN = re.compile(r"[ \t\u00a0]*(?P<who>Q|A|Question|Answer)[ \t]*[:.][ \t]*(?=\S)")
_BYLINE = re.compile(
    r"[ \t\u00a0]*(?:(?:analysis|comment|opinion|commentary|reporting)[ \t]+)?by[ \t]+"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*"
    r"(?:[,|–—-][ \t]*[\w'’ -]{1,40})?$",  # "…, economics correspondent"
    re.I,
)
_WORDS = words("sieves_turns")
_JOURNALIST = set(_WORDS["journalist"])
_ANSWERING = set(_WORDS["answering"])
_HEADING_WORDS = 12
_BLOCK_PARAGRAPHS = 12


def conversation(ctx: Context) -> None:
    """ "A: …" paragraphs are the answerer's direct statements."""
    turns = [(i, m) for i, p0 in enumerate(ctx.paras.starts) if (m := _TURN.match(ctx.text, p0))]
    answers = [(i, m) for i, m in turns if m.group("who").lower() in ("a", "answer")]
    if not answers or not any(m.group("who").lower() in ("q", "question") for _, m in turns):
        return
    first = ctx.paras.starts[turns[0][0]]
    source = _answerer(ctx, first)
    for _, m in answers:
        content = trim(ctx.text, m.end(), ctx.paras.bounds(m.end())[1])
        if content[1] <= content[0]:
            continue
        mark = ctx.text.find(":", m.end("who"), m.end())
        cue_end = mark + 1 if mark >= 0 else m.end("who") + 1
        label = ctx.token_at(m.start("who"))
        d = Draft(cue=label, cue_start=m.start("who"), cue_end=cue_end, cue_class="assert")
        d.content, d.parts, d.kind, d.by = content, [content], "direct", "conversation"
        if source is not None:
            d.source, d.source_tokens = source, np_tokens(source)
        else:
            d.reason = "the transcript does not name who answers"
        ctx.quotes.claimed.update(ctx.quotes.overlapping(*content))
        ctx.drafts.append(d)


def _answerer(ctx: Context, before: int):
    """Who answers: a person or role introduced as answering or interviewed ("the spokesperson
    answered", "an interview with Ana Ruiz"), else the first person the text names, else the
    last role named before the first turn."""
    lex = ctx.lex
    tokens = [t for t in ctx.doc[: ctx.token_at(max(before - 1, 0)).i + 1] if t.idx < before]

    def who(t) -> bool:
        return (t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound") or (
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lex.person_nouns
        )

    people = [t for t in tokens if who(t)]
    for t in people:
        governor = t.head.head if t.dep_ == "pobj" else t.head
        if governor.lemma_.lower() in _ANSWERING:
            return t
    named = [t for t in people if t.ent_type_ == "PERSON"]
    return named[0] if named else (people[-1] if people else None)


def byline(ctx: Context) -> None:
    """A quote standing alone in a block a correspondent's heading opens is theirs."""
    open_quotes = ctx.open_quotes()
    if not open_quotes:
        return
    author, block_end = None, -1
    heads = _bylines(ctx)
    k = 0
    for j in open_quotes:
        q = ctx.quotes.quotes[j]
        i = ctx.paras.index(q.start)
        while k < len(heads) and heads[k][0] < i:
            author, block_end = heads[k][1], heads[k][0] + _BLOCK_PARAGRAPHS
            k += 1
        if author is not None and i <= block_end and stands_alone(ctx, q):
            new_draft(ctx, j, "byline", source=author)


def _bylines(ctx: Context) -> list[tuple[int, object]]:
    """(paragraph, (author token, name tokens)) of each heading that names a journalist."""
    out = []
    for i, p0 in enumerate(ctx.paras.starts):
        p1 = ctx.paras.bounds(p0)[1]
        line = ctx.text[p0:p1]
        if not line.strip() or len(line.split()) > _HEADING_WORDS:
            continue
        m = _BYLINE.match(line)
        span = None
        if m is not None:
            span = ctx.doc.char_span(p0 + m.start("name"), p0 + m.end("name"), "expand")
        elif any(w.strip(",.").lower() in _JOURNALIST for w in line.split()):
            name = line.split(",")[0]
            span = ctx.doc.char_span(p0, p0 + len(name.rstrip()), "expand")
            words = name.split()
            capitalised = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            if span is not None and not capitalised:
                if not any(t.ent_type_ == "PERSON" for t in span):
                    span = None
        if span is not None and len(span):
            out.append((i, (span.root, [t for t in span if not t.is_space])))
    return out
