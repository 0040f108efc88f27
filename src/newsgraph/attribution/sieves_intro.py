"""Sieve for a quote a clause with no cue introduces with a colon: its subject speaks.

``intro``: "His rival Ana Ruiz was blunter: “…”", "But resident Omar Haddad had a warning:
“…”", "Ruiz's answer came within minutes: “…”", "For the mayor, the answer is simple: “…”".
The colon ties the quote to the clause before it, so the one that clause is about speaks, not
the last speaker of the paragraph (the ``continuation`` sieve, which runs later). A clause
with a cue of its own ("Ruiz said:") is left to the cue sieves; a subject that cannot speak
("The reason is simple:") gives no speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.lexicon import words
from newsgraph.attribution.mentions import mention_tokens
from newsgraph.attribution.sieves import Context
from newsgraph.attribution.sieves_context import new_draft
from newsgraph.attribution.sieves_cue import cue_between, only_punct

_NAME_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_WORDS = words("sieves_intro")
_PERSONAL = set(_WORDS["personal"])
_SUBJECTS = ("nsubj", "nsubjpass")
_SUBORDINATE = ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj")


def intro(ctx: Context) -> None:
    """A quote right after a colon that ends a clause without a cue: the clause's subject."""
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        before = ctx.text[: q.start].rstrip(" \t")
        if not before.endswith(":"):
            continue
        colon = len(before) - 1
        s0 = ctx.sentence(colon)[0]
        if ctx.paras.index(colon) != ctx.paras.index(q.start) or colon - s0 < 3:
            continue  # "NAME:" opening a paragraph is the colon sieve's
        if cue_between(ctx.cue_starts, s0, colon) or ctx.quotes.inside(colon):
            continue
        who = _introducer(ctx, s0, colon)
        if who is not None:
            d = new_draft(ctx, j, "colon", source=(who, mention_tokens(who)))
            if only_punct(ctx.text[q.end : ctx.sentence(q.end - 1)[1]]):
                d.kind = "direct"  # "Ruiz was blunt: “We stay.”": the words as said


def _introducer(ctx: Context, start: int, colon: int) -> Token | None:
    """Who the clause in ``start:colon`` is about: its subject when it can speak, the owner
    of a message that is its subject ("Ruiz's reply came fast"), or X in an opening "For X, …"."""
    span = ctx.doc.char_span(start, colon, alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    if first.lower_ == "for":
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if obj is not None and _speaks(ctx, obj):
            return obj
    words = [t for t in span if t.is_alpha and len(t) > 1]
    if not words or sum(t.is_upper for t in words) * 2 > len(words):
        return None  # a headline in capitals, its speaker named after it
    verb, t = span[-1], None
    while t is None and span.start <= verb.i < span.end:  # the clause the colon ends
        t = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    if t is None or ctx.quotes.inside(t.idx):
        return None
    node = t.head
    while span.start <= node.i < span.end:
        if node.dep_ in _SUBORDINATE:
            return None  # "a headline which hits them where they live:": not the clause's own
        if node.head.i == node.i:
            break
        node = node.head
    if _speaks(ctx, t):
        return t
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.rights):
        return t  # "His rival, Ana Ruiz, was blunter:" (the name beside speaks)
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is not None and t.lemma_.lower() in ctx.lex.document_nouns:
        return owner if _speaks(ctx, owner) else None  # "Her reply was short:"
    return None


def _speaks(ctx: Context, t: Token) -> bool:
    if t.pos_ == "PRON":
        return t.lower_ in _PERSONAL or t.lower_ in ("his", "her", "their", "our", "my")
    if t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN":
        return True
    lex, lemma = ctx.lex, t.lemma_.lower()
    return lemma in lex.person_nouns or lemma in lex.organisation_nouns or lemma in lex.anon_heads
