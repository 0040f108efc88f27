"""Sieve for a headline set in title case: "Kremlin Warns West Against Sending Troops".

``headline-verb``: in title case the tagger reads every word as a name, so the parse finds no verb
and no statement. A first line with no statement of its own, whose words up to a verb of
saying in its "-s" form are a name ("Erdogan Slams Sweden Over …", "Former Envoy Ana Ruiz
Praises Deal"), is that name's: the verb is the cue, the rest of the line the content. The
name may hold no small word ("The One Thing Both Sides Want" is no name), and the verb needs
words after it.
"""

from __future__ import annotations

import re

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.sieves import Context
from newsgraph.attribution.sieves_context import headline_verb, name_like, name_source
from newsgraph.attribution.spans import trim

_WORD = re.compile(r"[^\s]+")
_LONGEST = 160  # characters: longer first lines are a paragraph, not a headline
_NAME_WORDS = 6
_WORDS = words("sieves_headline")
_ADVERBS = set(_WORDS["adverbs"])


def headline(ctx: Context) -> None:
    """A title-case first line with no statement: the name before its verb of saying."""
    if not ctx.paras.starts:
        return
    start, end = trim(ctx.text, *ctx.paras.bounds(ctx.paras.starts[0]))
    line = ctx.text[start:end]
    if not 0 < end - start <= _LONGEST or "\n" in line or not _title_case(line):
        return
    if any(start <= d.cue_start < end for d in ctx.drafts):
        return  # the parse or an earlier sieve found its statement
    words = list(_WORD.finditer(line))
    k = headline_verb(ctx, [w.group() for w in words], _NAME_WORDS + 1)
    if k is None:
        return
    word = words[k].group().lower()
    lemma = ctx.lex.verb_forms[word]
    n = k
    while n > 1 and words[n - 1].group().lower() in _ADVERBS:
        n -= 1  # "Trump Finally Endorses Ryan": the adverb is no part of the name
    if not name_like([w.group() for w in words[:n]]):
        return
    cue_start = start + words[k].start()
    named = name_source(ctx, start, start + words[n - 1].end())
    content = trim(ctx.text, cue_start + len(word), end)
    if named is None or content[1] <= content[0]:
        return
    _add(ctx, named, cue_start, cue_start + len(word), lemma, content)


def _title_case(line: str) -> bool:
    """Do most of the line's longer words begin with a capital?"""
    long = [w for w in _WORD.findall(line) if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _add(ctx: Context, named, cue_start: int, cue_end: int, lemma: str, content) -> None:
    cue = ctx.token_at(cue_start)
    cls = ctx.lex.cue_class.get(lemma, "assert")
    d = Draft(cue=cue, cue_start=cue_start, cue_end=cue_end, cue_class=cls, by="headline-verb")
    d.source, d.source_tokens = named
    d.content, d.parts = content, [content]
    held = ctx.quotes.overlapping(*content)
    if held:
        q = ctx.quotes.quotes[held[0]]
        d.kind, d.quote = "partial", (q.start, q.end)
        ctx.quotes.claimed.update(held)
    ctx.drafts.append(d)
