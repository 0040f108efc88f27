"""Sieves for quotes with no cue of their own: the speaker comes from the words around them.

Run after the cue sieves, on quotes no statement holds yet, each sieve surer than the next:
- ``dash``: “…” -- Secretary Ana Ruiz: a name after a dash that follows the quote;
- ``colon``: a paragraph that opens "NAME: …" (a headline "Ruiz: ‘We stay’", a transcript
  turn): the name speaks, the colon is the cue, the rest of the paragraph is the content;
- ``same-words``: a quote in a headline or heading whose words are quoted again with a
  speaker in the body;
- ``continuation``: a quote right after a statement (the rest of its sentence, or the next
  paragraph, in between) continues that statement's content; a quote standing as a sentence
  of its own after narration is a new statement of the last speaker in its paragraph (or,
  when it opens its paragraph, of the person the paragraph before brings in as a subject
  after its last statement, else of that paragraph's last speaker if it can speak at all:
  not a poll that "shows");
- ``paragraph-speaker``: a quote standing alone in a paragraph whose statements all have one
  speaker;
- ``section``: a quote standing alone in a heading: the first speaker of its section.
Quoted fragments inside a narrator's sentence are left alone by the last three: out of a cue's
reach they are mostly labels, titles and scare quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.mentions import mention_tokens
from newsgraph.attribution.sieves import Context
from newsgraph.attribution.sieves_cue import cue_between, extend, only_punct
from newsgraph.attribution.spans import trim

_DASH = re.compile(r"[\s,]*(?:--|—|–|-)\s*(?=\S)")
_DASH_LINE = re.compile(r"[ \t]*\n[ \t]*(?:\n[ \t]*)?(?:--|—|–|-)[ \t]*(?=\S)")
_TITLE_DOT = r"(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\."  # "Dr.", "Gov."
_NAME_COLON = re.compile(
    rf"[ \t\u00a0]*(?P<name>(?:[^\n:“”\"«»‘’.!?]|{_TITLE_DOT}){{1,60}}?)[ \t]*:[ \t]*(?=\S)"
)
_TO = re.compile(r"\s+(?:to|on)\s+", re.I)  # "Ruiz to donors:", "Lavrov on sanctions:"
_LABEL_DASH = re.compile(r"\s*(?P<label>[^\n–—-]{1,30}?)\s+[–—-]\s+")
_WORD = re.compile(r"\w+")
_HEADING_WORDS = 16
_TURN_PARAGRAPHS = 6  # paragraphs a transcript turn may run on without a name
_SAME_WORDS = 3  # words in a row two quotes must share to be one utterance
_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
_SUBJECTS = ("nsubj", "nsubjpass")
_PLACE_ENTS = {"GPE", "LOC", ""}
_FUNCTION_POS = {"ADV", "CCONJ", "SCONJ", "DET", "PRON", "ADP", "INTJ", "PART", "NUM"}
_WORDS = words("sieves_context")
# classes of speech a cue-less quote keeps from the statement it goes on with (beliefs and
# refusals to comment do not carry over to the words quoted next: those are asserted)
_EVIDENCE = set(_WORDS["evidence"])  # verbs of evidence outside the "report" class
_GOES_ON = {"assert", "claim", "deny", "confirm", "warn", "promise", "accuse"}


def new_draft(ctx: Context, j: int, by: str, **speaker) -> Draft:
    """A cue-less statement of quote ``j``, its speaker a ``source`` token or ``same_as``."""
    q = ctx.quotes.quotes[j]
    inner = trim(ctx.text, q.inner_start, q.inner_end)
    d = Draft(cue=ctx.token_at(inner[0]), cue_start=q.start, cue_end=q.start, cue_class="", by=by)
    d.cueless = True
    d.content, d.parts, d.quote = inner, [inner], (q.start, q.end)
    d.kind = "direct" if stands_alone(ctx, q) else "partial"
    d.cue_class = "assert"  # words in quote marks: something said
    if speaker.get("same_as") is not None:
        d.same_as = speaker["same_as"]
        host = d.same_as
        while host.same_as is not None:
            host = host.same_as
        if host.cue_class in _GOES_ON:  # a quote going on with a denial or a warning
            d.cue_class = host.cue_class
    else:
        d.source, d.source_tokens = speaker["source"]
    ctx.quotes.claimed.add(j)
    ctx.drafts.append(d)
    return d


def stands_alone(ctx: Context, q) -> bool:
    """Is the quote a sentence (or more) of its own, not a fragment of the narrator's?"""
    s0, s1 = ctx.sentence(q.start)
    before = ctx.text[min(s0, q.start) : q.start]
    after = ctx.text[q.end : max(s1, q.end)]
    inner = ctx.text[q.inner_start : q.inner_end].rstrip(" ,")
    return only_punct(before) and (only_punct(after) or inner.endswith((".", "!", "?", "…")))


def _speaking(d: Draft) -> bool:
    return (d.source is not None or d.same_as is not None) and not d.according


def _by_paragraph(ctx: Context) -> dict[int, list[Draft]]:
    out: dict[int, list[Draft]] = {}
    for d in sorted(ctx.drafts, key=lambda d: d.cue_start):
        if _speaking(d):
            out.setdefault(ctx.paras.index(d.cue_start), []).append(d)
    return out


def name_source(ctx: Context, start: int, end: int):
    """A short name phrase in ``start:end``, as a headline or a signature writes it ("Mayor
    Maria Lopez", "Lopez to donors"): (head token, tokens), or None if it names no one."""
    start, end = trim(ctx.text, start, end)
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or not 0 < len(span) <= 8:
        return None
    words = [t for t in span if t.is_alpha]
    lex = ctx.lex
    if not words or any(t.lower_ in lex.line_labels for t in words):
        return None
    if _is_clause(span, words):
        return None  # "Asked about it, Mao said:": a clause, not a name

    tokens = [t for t in span if not t.is_space]
    head = span.root if span.root.is_alpha else words[-1]
    if head.ent_type_ in _NAME_ENTS or head.lemma_.lower() in lex.person_nouns:
        ents = {t.ent_type_ for t in words}
        if ents <= _PLACE_ENTS and ents - {""} and head.lemma_.lower() not in lex.person_nouns:
            return None  # "Iowa:", "Nevada:": a place labels a list or a dateline
        return head, tokens
    if any(t.ent_type_ in _NAME_ENTS for t in span):
        # "Macron camp:" speaks; "Another problem for Sanders:" is a label with a name in it
        named = any(t.ent_type_ in _NAME_ENTS and t.head.i == head.i for t in span)
        return (head, tokens) if named and head.dep_ != "prep" else None
    if len(words) <= 5 and words[-1].pos_ not in _FUNCTION_POS:  # not "Still:", "But:"
        if all(t.text[0].isupper() for t in words if len(t) > 3):
            return words[-1], tokens  # a capitalised name the tagger did not know
    return None


# -- the sieves --------------------------------------------------------------------------------
def dash(ctx: Context) -> None:
    """“…” -- Secretary Ana Ruiz: the quote's speaker is named after a dash, to the line end;
    or on a line of its own under a quote that stands as its own paragraph ("“…” ¶ - Ana
    Ruiz, in a speech." as fact checks and quote boxes set it)."""
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        m = _DASH.match(ctx.text, q.end)
        if m is None or "\n" in ctx.text[q.end : m.end()]:
            m = _under(ctx, q)
            if m is None:
                continue
        line_end = ctx.paras.bounds(m.end())[1]
        comma = ctx.text.find(",", m.end(), line_end)
        named = name_source(ctx, m.end(), comma if comma > 0 else line_end)
        if named is not None:
            new_draft(ctx, j, "dash", source=named)


def _under(ctx: Context, q):
    """The dash that opens the line under a quote paragraph: "- Ana Ruiz." (not a heading
    set between dashes, "– A new start –")."""
    m = _DASH_LINE.match(ctx.text, q.end)
    if m is None or not only_punct(ctx.text[ctx.paras.bounds(q.start)[0] : q.start]):
        return None
    line = ctx.text[m.end() : ctx.paras.bounds(m.end())[1]].rstrip(" .")
    return None if line.endswith(("-", "–", "—")) or len(line.split()) > 12 else m


def colon(ctx: Context) -> None:
    """ "Ruiz to donors: ‘We stay’", "RUIZ: We stay.": a paragraph opening with a name and a
    colon is that name's; the colon is the cue and the rest of the paragraph the content. A
    name that opens several paragraphs so is a transcript's speaker: its turns are its own
    words even where a cue stands inside them, and so are the paragraphs that follow a turn
    without a name of their own."""
    busy = {ctx.paras.index(d.cue_start) for d in ctx.drafts if d.source is not None}
    lines = [
        (i, m) for i, p0 in enumerate(ctx.paras.starts) if (m := _NAME_COLON.match(ctx.text, p0))
    ]
    counts = Counter(m.group("name").strip().lower() for _, m in lines)
    labelled = {i for i, _ in lines}
    for i, m in lines:
        repeated = counts[m.group("name").strip().lower()] >= 2
        p1 = ctx.paras.bounds(m.start())[1]
        content = trim(ctx.text, m.end(), p1)
        if content[1] <= content[0] or len(ctx.text[content[0] : content[1]].split()) < 2:
            continue
        named = name_source(ctx, *_name_bounds(ctx, m.start("name"), m.end("name")))
        if named is None:
            continue
        if i in busy and not repeated and not _plainly_named(ctx, named, m.group("name")):
            continue  # "WASHINGTON: The president said …": a dateline before a cue
        d = _turn(ctx, named, m.end("name"), content)
        if repeated:
            d.kind = "direct"
            _turn_goes_on(ctx, d, i, labelled, busy)


def _name_bounds(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Where the name in a headline's "NAME …:" lies: after a label set off by a dash
    ("EXCLUSIVE – Ana Ruiz:"), before whom or what it is said to or on ("Ruiz to donors:",
    "Lavrov on sanctions:") and before a headline's verb of saying with its object ("Ruiz
    Slams Rivals:", "Zelensky thanks allies:")."""
    label = _LABEL_DASH.match(ctx.text, start, end)
    if label is not None and (
        label.group("label").isupper() or label.group("label").lower() in ctx.lex.line_labels
    ):
        start = label.end()
    if "," in ctx.text[start:end]:
        return start, end  # "Pressed on the date, the minister replied:": a clause
    to = _TO.search(ctx.text, start, end)
    if to is not None:
        end = to.start()
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    k = headline_verb(ctx, [w.group() for w in words], len(words))
    if k is not None and name_like([w.group() for w in words[:k]]):
        return start, start + words[k].start()  # not "The One Thing Both Sides Want:"
    return start, end


def headline_verb(ctx: Context, words: list[str], limit: int) -> int | None:
    """Which of a headline's first ``limit`` words is its verb of saying in the "-s" form
    ("Slams", "warns"): never the first word, and with words after it."""
    for k in range(1, min(len(words) - 1, limit)):
        w = words[k].lower()
        if w.endswith("s") and ctx.lex.verb_forms.get(w, w) != w:
            return k
    return None


# words no name holds ("The One Thing Both Sides Want"), where "Bank of England" holds "of"
_NOT_NAME = set(_WORDS["not_name"])


def name_like(words: list[str]) -> bool:
    """Could a headline's words before its verb be a name: capitalised, none of them a small
    word (a leading "The" aside)?"""
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() and w.lower() not in _NOT_NAME for w in words)


def _is_clause(span, words) -> bool:
    """Does the phrase before a colon tell something ("Asked about it, Mao said") rather than
    name someone? A verb with its own subject, or a verb and a comma, make a clause; a lone
    headline word the tagger reads as a verb ("Harbour chief to shippers") does not."""
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    if any(t.text == "," for t in span):
        return True
    subjects = ("nsubj", "nsubjpass")
    return any(
        c.dep_ in subjects and span.start <= c.i < span.end for v in verbs for c in v.children
    )


def _plainly_named(ctx: Context, named, name: str) -> bool:
    """Is the name before a colon surely someone who speaks (a person or organisation the
    tagger knows, or an outlet, document or group), not a dateline in capitals?"""
    head, tokens = named
    if name.strip().isupper():
        return False
    lex = ctx.lex
    return any(t.ent_type_ in ("PERSON", "ORG") for t in tokens) or head.lemma_.lower() in (
        lex.outlet_nouns | lex.document_nouns | lex.organisation_nouns
    )


def _turn_goes_on(ctx: Context, turn: Draft, i: int, labelled: set[int], busy: set[int]) -> None:
    """Paragraphs after a transcript turn, up to the next name, are the same speaker's."""
    starts = ctx.paras.starts
    for k in range(i + 1, min(i + 1 + _TURN_PARAGRAPHS, len(starts))):
        if k in labelled:
            return
        p0, p1 = ctx.paras.bounds(starts[k])
        content = trim(ctx.text, p0, p1)
        if content[1] <= content[0]:
            continue  # a blank line
        if _in_heading(ctx, p0):
            return
        d = Draft(
            cue=ctx.token_at(content[0]), cue_start=content[0], cue_end=content[0],
            cue_class="assert", by="colon",
        )  # fmt: skip
        d.cueless, d.same_as, d.kind = True, turn, "direct"
        d.content, d.parts = content, [content]
        ctx.quotes.claimed.update(ctx.quotes.overlapping(*content))
        ctx.drafts.append(d)
        busy.add(k)


def _turn(ctx: Context, named, name_end: int, content: tuple[int, int]) -> Draft:
    colon_at = ctx.text.index(":", name_end)
    cue = ctx.token_at(colon_at)
    d = Draft(cue=cue, cue_start=colon_at, cue_end=colon_at + 1, cue_class="assert", by="colon")
    d.source, d.source_tokens = named
    d.content = content
    held = ctx.quotes.overlapping(*content)
    if held:
        q = ctx.quotes.quotes[held[0]]
        whole = q.start <= content[0] + 1 and q.end >= content[1] - 1
        d.kind, d.quote = ("direct" if whole else "partial"), (q.start, q.end)
        if whole:
            d.content = trim(ctx.text, q.inner_start, q.inner_end)
        ctx.quotes.claimed.update(held)
    ctx.drafts.append(d)
    return d


def same_words(ctx: Context) -> None:
    """A quote whose words are quoted again with a speaker (a headline quoting the body)."""
    index: dict[tuple[str, ...], Draft] = {}
    for d in ctx.drafts:
        if d.quote is not None and _speaking(d):
            words = _WORD.findall(ctx.text[d.quote[0] : d.quote[1]].lower())
            for k in range(len(words) - _SAME_WORDS + 1):
                index.setdefault(tuple(words[k : k + _SAME_WORDS]), d)
    if not index:
        return
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        if not _in_heading(ctx, q.start):
            continue
        words = _WORD.findall(ctx.text[q.inner_start : q.inner_end].lower())
        for k in range(len(words) - _SAME_WORDS + 1):
            d = index.get(tuple(words[k : k + _SAME_WORDS]))
            if d is not None:
                new_draft(ctx, j, "same-words", same_as=d)
                break


def continuation(ctx: Context) -> None:
    """A quote after a statement continues it (see the module docstring)."""
    paragraphs = _by_paragraph(ctx)
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        i = ctx.paras.index(q.start)
        here = [d for d in paragraphs.get(i, []) if d.region()[1] <= q.start]
        host = here[-1] if here else None
        named = None
        if host is None and only_punct(ctx.text[ctx.paras.bounds(q.start)[0] : q.start]):
            before = _previous_paragraph(ctx, i, paragraphs)
            host = before[-1] if before else None
            named = _introduced(ctx, i, host)
        if host is not None and _runs_on(ctx, host, q):
            extend(host, j, ctx.quotes, ctx.text)
        elif not stands_alone(ctx, q):
            told = _according_before(ctx, i, q.start)
            if told is not None and (host is None or host.region()[1] < told.region()[1]):
                if _echoes(ctx, told, q):  # "…, according to Qin. In Taiwan, “…”"
                    new_draft(ctx, j, "continuation", same_as=told)
            elif here and _echoes(ctx, host, q) and _may_speak(ctx, host):
                paragraphs[i].append(new_draft(ctx, j, "continuation", same_as=host))
        elif named is not None:  # "Ana Ruiz, who farms by the river, has seen … ¶ “…”"
            paragraphs.setdefault(i, []).append(
                new_draft(ctx, j, "continuation", source=(named, mention_tokens(named)))
            )
        elif host is not None and _may_speak(ctx, host):
            paragraphs.setdefault(i, []).append(new_draft(ctx, j, "continuation", same_as=host))


def _according_before(ctx: Context, i: int, start: int) -> Draft | None:
    """The last "according to X" of paragraph ``i`` before ``start`` that names its source."""
    told = [
        d
        for d in ctx.drafts
        if d.according
        and d.source is not None
        and ctx.paras.index(d.cue_start) == i
        and d.region()[1] <= start
    ]
    return max(told, key=lambda d: d.region()[1]) if told else None


def _echoes(ctx: Context, host: Draft, q) -> bool:
    """Is the quoted fragment ``q`` the host speaker's words, echoed in the very next sentence
    of the paragraph, which has no cue of its own ("…, Qin said. In Taiwan, “those who play
    with fire will get burned.”")? Single words in marks stay the writer's (scare quotes)."""
    if host.cue_class not in _GOES_ON and not host.according:
        return False
    if len(ctx.text[q.inner_start : q.inner_end].split()) < 2:
        return False
    s0, s1 = ctx.sentence(q.start)
    if cue_between(ctx.cue_starts, s0, s1):
        return False
    last = max(host.region()[1], host.content[1] if host.content else 0)
    h0, h1 = ctx.sentence(last - 1)
    return h1 <= s0 and only_punct(ctx.text[h1:s0]) and "\n" not in ctx.text[h1:s0]


def _may_speak(ctx: Context, d: Draft) -> bool:
    """Can the speaker of ``d`` go on speaking in quote marks: a person, a group, a pronoun,
    not a thing that "shows" or "suggests" (a poll, the results, a rise in prices)?"""
    while d.same_as is not None:
        d = d.same_as
    head = d.source
    if head is None:
        return False
    if head.pos_ in ("PRON", "PROPN") or head.ent_type_ in _NAME_ENTS:
        return True
    lex, lemma = ctx.lex, head.lemma_.lower()
    if lemma in lex.person_nouns or lemma in lex.organisation_nouns:
        return True
    evidence = d.cue_class == "report" or d.cue.lemma_ in _EVIDENCE
    return lemma in lex.anon_heads and not evidence  # "figures suggest" are no "figures"


def _introduced(ctx: Context, i: int, host: Draft | None):
    """A person the paragraph before paragraph ``i`` brings in as the subject of a sentence
    with no cue, after its last statement (or in a paragraph without one): the head token."""
    for k in range(i - 1, max(i - 3, -1), -1):
        p0 = ctx.paras.starts[k]
        p1 = ctx.paras.bounds(p0)[1]
        if ctx.text[p0:p1].strip():
            break
    else:
        return None
    after = host.region()[1] if host is not None and ctx.paras.index(host.cue_start) == k else p0
    span = ctx.doc.char_span(max(after, p0), p1, alignment_mode="expand")
    if span is None:
        return None
    for t in reversed(list(span)):
        subject = t if t.dep_ in _SUBJECTS else t.head if t.dep_ == "appos" else None
        if subject is None or subject.dep_ not in _SUBJECTS or not _a_person(ctx, t):
            continue  # "Fire chief Tom Hale", "The bank's economist, Ana Ruiz,"
        if ctx.quotes.inside(t.idx) or cue_between(
            ctx.cue_starts, t.sent.start_char, t.sent.end_char
        ):
            return None
        return t
    return None


def _a_person(ctx: Context, t) -> bool:
    """Is ``t`` a person's name: tagged so, or a name the tagger did not know after a role or
    a known given name ("economist Ana Ruiz")?"""
    if t.ent_type_ == "PERSON":
        return True
    if t.pos_ != "PROPN" or t.ent_type_:
        return False
    lex = ctx.lex
    return any(
        c.dep_ == "compound" and (c.lower_ in lex.person_nouns or c.lower_ in lex.given_names)
        for c in t.lefts
    )


def _runs_on(ctx: Context, host: Draft, q) -> bool:
    """Only the rest of the host's sentence (its cue, a time, a place) and a paragraph break
    stand between the host's content and the quote."""
    if host.content is None or host.cueless or host.according or host.kind == "indirect":
        return False
    end = max(host.content[1], host.region()[1], ctx.sentence(host.cue_start)[1])
    if end > q.start or not only_punct(ctx.text[end : q.start]):
        return False
    if ctx.text[end : q.start].count("\n") > 3:
        return False
    return not cue_between(ctx.cue_starts, host.region()[1], q.start)


def _previous_paragraph(ctx: Context, i: int, paragraphs: dict[int, list[Draft]]):
    """Drafts of the last paragraph with words before paragraph ``i`` (blank lines skipped)."""
    for k in range(i - 1, max(i - 4, -1), -1):
        p0 = ctx.paras.starts[k]
        p1 = ctx.paras.bounds(p0)[1]
        if ctx.text[p0:p1].strip():
            return paragraphs.get(k, [])
    return []


def paragraph_speaker(ctx: Context) -> None:
    """A quote standing alone in a paragraph whose statements all have one speaker."""
    paragraphs = _by_paragraph(ctx)
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        drafts = paragraphs.get(ctx.paras.index(q.start), [])
        if len({_who(d) for d in drafts}) == 1 and stands_alone(ctx, q):
            new_draft(ctx, j, "paragraph-speaker", same_as=drafts[0])


def _in_heading(ctx: Context, char: int) -> bool:
    """Is ``char`` in a headline or heading: a short line that ends without a full stop?"""
    p0, p1 = ctx.paras.bounds(char)
    line = ctx.text[p0:p1].strip()
    return len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "?", "!", ","))


def _who(d: Draft) -> str:
    while d.same_as is not None:
        d = d.same_as
    return d.source.lower_ if d.source is not None else ""


def section(ctx: Context) -> None:
    """A quote standing alone in a heading (a short line without a full stop) belongs to the
    first speaker of the section the heading opens."""
    speakers = sorted((d.cue_start, id(d), d) for d in ctx.drafts if _speaking(d))
    starts = [s for s, _, _ in speakers]
    for j in ctx.open_quotes():
        q = ctx.quotes.quotes[j]
        if not _in_heading(ctx, q.start) or not stands_alone(ctx, q):
            continue
        p1 = ctx.paras.bounds(q.start)[1]
        k = bisect_left(starts, p1)
        if k < len(speakers) and ctx.paras.index(starts[k]) <= ctx.paras.index(p1 + 1) + 4:
            new_draft(ctx, j, "section", same_as=speakers[k][2])
