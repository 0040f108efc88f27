"""Sieves that give a quote to a cue found in the tree (surest evidence, run first).

- ``quote_in_content``: the cue's content is a quote (direct) or holds one (partial);
- ``quote_beside_cue``: a cue without content takes the quote right before it ("“…,” said X")
  or right after it ("X said: “…”", "told the crowd: “…”");
- ``split_and_chained``: “A,” she said, “B.” — the quote after the cue continues the one before
  it; quotes that follow with nothing but punctuation between are the same speaker's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.quotes import Quote
from newsgraph.attribution.sieves import Context, QuoteIndex
from newsgraph.attribution.spans import Paragraphs, trim

_GAP_MAX = 120
_SENT_END = re.compile(r"[.!?]")


def only_punct(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _inner(text: str, q: Quote) -> tuple[int, int]:
    return trim(text, q.inner_start, q.inner_end)


def quote_in_content(ctx: Context) -> None:
    """A content that is a quote (direct) or holds one (partial)."""
    qi, text, paras = ctx.quotes, ctx.text, ctx.paras
    for d in ctx.drafts:
        if d.according or d.content is None:
            continue
        s, e = d.content
        for j in qi.overlapping(s, e):
            q = qi.quotes[j]
            overlap = min(e, q.end) - max(s, q.start)
            if s >= q.start - 1 and overlap >= 0.8 * (e - s):
                _set_direct(d, j, qi, text)
                break
            if d.quote is None and q.start >= s - 1 and q.start < e:
                d.kind = "partial"
                d.quote = (q.start, q.end)
                if q.closed and e < q.inner_end and paras.index(q.end) == paras.index(s):
                    # a quote runs on past the clause: it is quoted whole (“… late. Then …”)
                    d.content = (s, trim(text, q.inner_start, q.inner_end)[1])
                    e = d.content[1]


def quote_beside_cue(ctx: Context) -> None:
    """A cue without content takes the quote right before or after it."""
    qi, text = ctx.quotes, ctx.text
    for d in ctx.drafts:
        if d.according or d.content is not None:
            continue
        r_start, r_end = d.region()
        j = qi.before(r_start)
        if j is not None and j not in qi.claimed:
            q = qi.quotes[j]
            gap = text[q.end : r_start]
            if only_punct(gap) and len(gap) < 10 and "\n" not in gap:
                _set_direct(d, j, qi, text, "said-x")
        if d.content is None:
            j = qi.after(r_end)
            if j is not None and j not in qi.claimed:
                q = qi.quotes[j]
                gap = text[r_end : q.start]
                if only_punct(gap) and len(gap) < 6 and ("\n" not in gap or ":" in gap):
                    _set_direct(d, j, qi, text, "colon" if ":" in gap else "said-x")
                    if ":" not in gap and _fragment(text, q):
                        d.kind = "partial"  # "promised “every krona needed” for the roads"
                elif _addressee_then_mark(d, gap, r_end):
                    _set_direct(d, j, qi, text, "colon")  # "told the crowd: “…”"


def split_and_chained(ctx: Context) -> None:
    """Split quotes and quotes that run on into the next ones join the statement before."""
    # a participle or conjunct cue of the same speaker ("…,” he said, adding that …) owns the
    # quotes after it
    own_next = {id(d.inherited): d.cue_start for d in ctx.drafts if d.inherited is not None}
    for d in ctx.drafts:
        # a partial quote before its cue joins too: Yet the levy is a “fair price,” the mayor
        # said. “Nobody likes it.”
        if d.kind == "direct" or (d.kind == "partial" and d.content[1] <= d.cue_start):
            _join_split(d, ctx.quotes, ctx.text, ctx.paras, ctx.cue_starts, own_next.get(id(d)))
            _chain(d, ctx.quotes, ctx.text, ctx.cue_starts)


_SPEECH = {"assert", "claim", "deny", "confirm", "warn", "promise", "accuse", "report"}
_AFTER_TOKENS = 20  # tokens after a quote its speaker and cue may take
_SPEAKER_POS = {"PROPN", "NOUN", "PRON"}


def speaker_after(ctx: Context) -> None:
    """“…,” Mr. Holt, now 70, said by telephone. / “…,” tweeted a user from Hull. A quote that
    ends on a comma, "?" or "!" inside its marks is the speech of the cue verb that comes next in
    its sentence, and of the name between them or right after the verb, when the parser left
    that verb without a subject or gave it one from inside the quote."""
    qi, text, lex = ctx.quotes, ctx.text, ctx.lex
    by_cue = {d.cue.i: d for d in ctx.drafts}
    for j in ctx.open_quotes():
        q = qi.quotes[j]
        if not text[q.inner_start : q.inner_end].rstrip().endswith((",", "?", "!")):
            continue
        found = _verb_and_speaker(ctx, q)
        if found is None:
            continue
        verb, head, tokens = found
        d = by_cue.get(verb.i)
        if d is not None and d.source is not None and not qi.inside(d.source.idx):
            if not (head.i < verb.i < d.source.i):
                continue  # the parser found its subject: the cue sieves had their say
        if d is None or d.quote is not None or d.according:
            end = verb.idx + len(verb.text)
            kind = lex.cue_class.get(verb.lemma_, "assert")  # a manner of speaking: assert
            d = Draft(cue=verb, cue_start=verb.idx, cue_end=end, cue_class=kind)
            ctx.drafts.append(d)
            by_cue[verb.i] = d
        d.source, d.source_tokens, d.relays, d.inherited = head, tokens, [], None
        _set_direct(d, j, qi, text, "said-x")


def _verb_and_speaker(ctx: Context, q: Quote):
    """The speech verb after a quote in its sentence and who speaks: (verb, head, tokens)."""
    lex = ctx.lex
    para_end = ctx.paras.bounds(q.start)[1]
    start = ctx.token_at(q.end)
    words = []
    for t in ctx.doc[start.i : start.i + _AFTER_TOKENS]:
        if t.idx < q.end:
            continue
        if t.idx >= para_end or t.text in (".", "!", "?", ";") or t.text in '"“”«»':
            break
        words.append(t)
    verb = next(
        (t for t in words if t.pos_ == "VERB" and lex.cue_class.get(t.lemma_) in _SPEECH), None
    )
    if verb is None:
        verb = _manner_verb(words)
    if verb is None:
        return None
    before = [t for t in words if t.i < verb.i]
    if any(not t.is_punct for t in before):
        mention = before
    else:  # “…,” said Ana Ruiz, a professor …
        after = [t for t in words if t.i > verb.i]  # with its apposition when short
        cut = next((k for k, t in enumerate(after) if t.text == ","), len(after))
        mention = after if 0 < len(after) <= 12 and after[-1].i + 1 < len(ctx.doc) else after[:cut]
    while mention and (mention[-1].is_punct or mention[-1].is_space):
        mention = mention[:-1]
    while mention and (mention[0].is_punct or mention[0].is_space):
        mention = mention[1:]
    if not mention or len(mention) > 15:
        return None
    comma = next((t.i for t in mention if t.text == ","), mention[-1].i + 1)
    core = ctx.doc[mention[0].i : comma]  # "Mr. Holt" of "Mr. Holt, now 70,"
    head = core.root if len(core) else mention[0]
    if head.pos_ not in _SPEAKER_POS:
        return None
    if head.i < verb.i and head.pos_ == "NOUN" and not speaker_noun(lex, head.lemma_.lower()):
        return None  # before the verb, a noun must be one that speaks
    return verb, head, mention


def _manner_verb(words: list) -> object | None:
    """A verb of no cue list right beside the quote's speaker: “…,” he fumed / “…,” scoffed
    the mayor. It stands first after the quote, or right after a short name or pronoun."""
    if not words:
        return None
    if words[0].pos_ == "VERB" and words[0].tag_ in ("VBD", "VBZ", "VBP"):
        return words[0]  # not "“Dune,” directed by …": a title and a participle
    for k, t in enumerate(words[1:5], 1):
        if t.pos_ == "VERB":
            before = words[:k]
            named = before[-1].pos_ in ("PROPN", "PRON") or before[-1].ent_type_ == "PERSON"
            if named and all(x.pos_ in ("PROPN", "PRON", "DET", "NOUN", "PUNCT") for x in before):
                return t if t.tag_ in ("VBD", "VBZ", "VBP") else None
            return None
    return None


def speaker_noun(lex, lemma: str) -> bool:
    return any(
        lemma in words
        for words in (lex.person_nouns, lex.anon_heads, lex.organisation_nouns, lex.outlet_nouns)
    )


def _fragment(text: str, q: Quote) -> bool:
    """Is the quote a piece of the writer's sentence (it opens in lower case and the sentence
    goes on after it), not a sentence of its own?"""
    inner = text[q.inner_start : q.inner_end].strip()
    first = next((ch for ch in inner if ch.isalpha()), "")
    if not first.islower() or inner.rstrip("”’\"'").endswith((".", "!", "?", "…")):
        return False
    after = text[q.end : q.end + 40]
    return bool(after) and after.lstrip()[:1].isalpha()


def _addressee_then_mark(d: Draft, gap: str, start: int) -> bool:
    """Is ``gap`` the cue's own words (the one addressed, a time, a manner) and a colon or
    comma ("told the crowd: “…”", "telling aides, “…”", "responded, with a smile: “…”")?"""
    if not gap.rstrip().endswith((":", ",")) or "\n" in gap.rstrip() or len(gap) > 80:
        return False
    if "\n" in gap and not gap.rstrip().endswith(":"):
        return False  # "told reporters:" and the quote opening the next paragraph
    end = start + len(gap.rstrip().rstrip(":,").rstrip())
    lo, hi = d.cue.left_edge.idx, d.cue.right_edge.idx + len(d.cue.right_edge.text)
    if not (lo <= start and end <= hi):
        return False  # words that are not the cue's stand in between
    doc = d.cue.doc
    words = [t for t in doc[d.cue.i + 1 :] if t.idx < end]
    return all(t.is_punct or _governed_by(t, d.cue) for t in words if t.idx >= start)


def _governed_by(t, cue) -> bool:
    """Is ``t`` one of the cue's own words (an object, a time, a manner), not a clause?"""
    node = t
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    return node.head.i == cue.i and node.dep_ in (
        "dobj", "dative", "prep", "advmod", "npadvmod", "punct", "prt", "agent",
    )  # fmt: skip


def _set_direct(d: Draft, j: int, qi: QuoteIndex, text: str, by: str = "") -> None:
    q = qi.quotes[j]
    if by and d.source is not None:
        d.by = by
    d.kind = "direct"
    d.content = _inner(text, q)
    d.parts = [d.content]
    d.quote = (q.start, q.end)
    qi.claimed.add(j)


def cue_between(cue_starts: list[int], start: int, end: int, own: Draft | None = None) -> bool:
    """Is there a cue in ``start:end`` that is not part of ``own``'s clause ("said in a
    documentary that showed …")?"""
    k = bisect_left(cue_starts, start)
    if own is None:
        return k < len(cue_starts) and cue_starts[k] < end
    lo, hi = own.cue.left_edge.idx, own.cue.right_edge.idx
    while k < len(cue_starts) and cue_starts[k] < end:
        if not lo <= cue_starts[k] <= hi:
            return True
        k += 1
    return False


def extend(d: Draft, j: int, qi: QuoteIndex, text: str) -> None:
    """Add quote ``j`` to the end of ``d``'s content."""
    q = qi.quotes[j]
    piece = _inner(text, q)
    d.parts = [*d.parts, piece] if d.parts else [d.content, piece]
    d.content = (d.content[0], piece[1])
    d.quote = (d.quote[0], q.end) if d.quote else (q.start, q.end)
    qi.claimed.add(j)


def _join_split(
    d: Draft,
    qi: QuoteIndex,
    text: str,
    paras: Paragraphs,
    cue_starts: list[int],
    own_next: int | None = None,
) -> None:
    """“A,” she said, “B.” — the quote after the cue continues the one before it; not when a
    cue of the same speaker stands in between (“A,” she said, adding that “B”): B is that cue's."""
    r_start, r_end = d.region()
    if d.quote is None or d.quote[1] > r_start:
        return
    j = qi.after(r_end)
    if j is None or j in qi.claimed:
        return
    q = qi.quotes[j]
    gap = text[r_end : q.start]
    if not only_punct(gap):
        # the rest of the cue's sentence may stand in between: "… she said at a rally. “B”"
        if len(gap) > _GAP_MAX or any(m in gap for m in '"“”«»'):
            return
        ends = list(_SENT_END.finditer(gap))
        if len(ends) > 1 or (ends and gap[ends[0].end() :].strip()):
            return
        if gap.count("\n") > 2:
            return
    if cue_between(cue_starts, r_end, q.start, d):
        return  # another cue stands in between
    if own_next is not None and r_end <= own_next < q.start:
        if not _SENT_END.search(text, own_next, q.start):
            return  # “A,” she said, adding that “B”: B is what she added
    extend(d, j, qi, text)


def _chain(d: Draft, qi: QuoteIndex, text: str, cue_starts: list[int]) -> None:
    """A quote that follows with nothing but punctuation in between is the same speaker's."""
    for _ in range(20):
        if d.quote is None:
            return
        j = qi.after(d.quote[1])
        if j is None or j in qi.claimed:
            return
        q = qi.quotes[j]
        gap = text[d.quote[1] : q.start]
        if not only_punct(gap) or gap.count("\n") > 2:
            return
        if cue_between(cue_starts, q.start, q.end + 1):
            return
        extend(d, j, qi, text)
