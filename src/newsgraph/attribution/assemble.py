"""Assembly: cues, quotes, sieves and speakers of one Doc become `Statement`s (hedges are
tied to them by the next stage, ``newsgraph_hedges``).

`build_statements` runs the stages in order (see component.py), then `_statement` turns each
draft into a Statement: the speaker (`entities.SpeakerIndex`), the relay chain outermost first,
the content without dateline or opening connective, the cue and the sentence.
"""

from __future__ import annotations

import heapq

from spacy.tokens import Doc

from newsgraph.attribution import sieves
from newsgraph.attribution.cues import CueFinder
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.entities import SpeakerIndex
from newsgraph.attribution.lead import Lead, evidential_drafts, evidential_words
from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.mentions import (
    document_author,
    hung_subject,
    mention_tokens,
    misread_subject,
    np_tokens,
)
from newsgraph.attribution.named_next import name_described
from newsgraph.attribution.nesting import cut_nested, drop_embedded_beliefs, parenthetical
from newsgraph.attribution.quotes import find_quotes
from newsgraph.attribution.sieves_cue import speaker_noun
from newsgraph.attribution.spans import Paragraphs, after_connective, after_dateline, trim
from newsgraph.extensions import text_of
from newsgraph.model import Relay, Span, Speaker, Statement

_NEGATIVE_CLASSES = {"deny", "refuse-comment"}


def _span_of(text: str, tokens) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span.of(text, after_dateline(text, start, end), end)


def _speaker(index: SpeakerIndex, text: str, tokens, head, content=None) -> Speaker:
    """The speaker of a mention; its name is read from the core noun phrase, never from words
    outside the mention; ``content`` is what the statement says (see `SpeakerIndex.speaker`)."""
    lo, hi = tokens[0].i, tokens[-1].i
    span = _span_of(text, tokens)
    rest = [t for t in tokens if t.idx >= span.start]
    if rest and rest[0].i > lo:  # a dateline opens the mention: "LAGOS (Reuters) - Ana Ruiz"
        lo = rest[0].i
        tops = [t for t in rest if not (span.start <= t.head.idx < span.end) or t.head.i == t.i]
        if head.idx < span.start and len(tops) == 1 and tops[0].pos_ in ("PROPN", "NOUN"):
            head = tops[0]  # "TEHRAN, Agency (AG) - Ana Ruiz said", parsed on the city
    core = [t for t in np_tokens(head) if lo <= t.i <= hi] or [head]
    return index.speaker(core, head, span, content)


def _is_bare_document(sp: Speaker, tokens) -> bool:
    return sp.type == "document" and not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in tokens)


#: Links a relay chain keeps at most (outermost first); real chains have two or three.
MAX_RELAYS = 8


def relay_embedded(statements: list[Statement]) -> None:
    """ "Officials said the firm denied it": the firm's denial reaches us through the officials,
    so the officials (with their own relays, outermost first) become its relay chain. A speaker
    never relays itself ("Macron said he would not comment on …"): the inner statement keeps the
    chain of the outer one."""
    hosts = _innermost_hosts(statements)
    for i, s in enumerate(statements):
        if s.cue is None or s.relayed_by:
            continue
        host = hosts.get(i)
        if host is None or host.speaker.span is None:
            continue
        chain = [r.model_copy() for r in host.relayed_by[: MAX_RELAYS - 1]]
        if not _same_speaker(host.speaker, s.speaker):
            chain.append(Relay(**host.speaker.model_dump(), cue=host.cue))
        s.relayed_by = chain


def _innermost_hosts(statements: list[Statement]) -> dict[int, Statement]:
    """For each statement with a cue, the other non-direct statement with a cue whose content
    holds that cue, the shortest (the first listed among equals): one sweep over positions
    with a heap, O(n log n), not a scan of every pair."""
    outer = [
        (s.content.end - s.content.start, i, s)
        for i, s in enumerate(statements)
        if s.cue is not None and s.kind != "direct"
    ]
    outer.sort(key=lambda o: statements[o[1]].content.start)
    queries = sorted((s.cue.start, i) for i, s in enumerate(statements) if s.cue is not None)
    heap: list[tuple[int, int, Statement]] = []
    hosts: dict[int, Statement] = {}
    k = 0
    for point, i in queries:
        while k < len(outer) and outer[k][2].content.start <= point:
            heapq.heappush(heap, outer[k])
            k += 1
        while heap and heap[0][2].content.end <= point:
            heapq.heappop(heap)
        if heap and heap[0][1] == i:  # not its own host: look past it
            own = heapq.heappop(heap)
            while heap and heap[0][2].content.end <= point:
                heapq.heappop(heap)
            if heap:
                hosts[i] = heap[0][2]
            heapq.heappush(heap, own)
        elif heap:
            hosts[i] = heap[0][2]
    return hosts


def _same_speaker(a: Speaker, b: Speaker) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return bool(a.name) and (a.name or "").lower() == (b.name or "").lower()


# -- the whole ---------------------------------------------------------------------------------
def build_statements(doc: Doc, lex: Lexicon, finder: CueFinder) -> list[Statement]:
    text = text_of(doc)
    if not text.strip() or len(doc) == 0:
        return []
    paras = Paragraphs(text)
    qi = sieves.QuoteIndex(find_quotes(text))
    drafts = _drafts(doc, lex, finder, paras, qi)
    lead = Lead(doc, lex, paras, text)
    index = SpeakerIndex(doc, lex, text, qi.inside)
    made: list[tuple[int, Statement]] = []
    last_outlet: list[tuple[int, Relay]] = []
    if lead.outlet_span:
        outlet_relay = Relay(span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet")
        last_outlet.append((lead.outlet_span[0], outlet_relay))
        headline = _headline(lead, text, outlet_relay)
        if headline is not None:
            made.append((headline.content.start, headline))
    resolved: dict[int, Statement] = {}
    for d in sorted(drafts, key=lambda d: (d.same_as is not None, d.cue_start)):
        if d.same_as is not None:
            st = _borrowed(d, doc, text, paras, resolved)
        else:
            st = _statement(d, doc, text, index, paras, lead, last_outlet)
        if st is None:
            continue
        resolved[id(d)] = st
        at = st.speaker.span.start if st.speaker.span else d.cue_start
        index.remember(st.speaker, at, (st.content.start, st.content.end))
        if st.speaker.type == "outlet" and st.speaker.span is not None:
            last_outlet.append((st.speaker.span.start, Relay(**st.speaker.model_dump())))
        order = min(st.content.start, st.cue.start if st.cue else st.content.start)
        if st.speaker.span is not None:
            order = min(order, st.speaker.span.start)
        made.append((order, st))
    made.sort(key=lambda p: p[0])
    statements = [s for _, s in made]
    for i, s in enumerate(statements, 1):
        s.id = f"s{i}"
    name_described(statements, text)
    relay_embedded(statements)
    return statements


def _drafts(doc: Doc, lex: Lexicon, finder: CueFinder, paras: Paragraphs, qi) -> list[Draft]:
    """Cues from the tree, quotes given to speakers by the sieves, nested content settled."""
    text = paras.text
    drafts = [d for d in finder.find(doc, paras) if not qi.inside(d.cue_start)]
    drafts.sort(key=lambda d: d.cue_start)
    ctx = sieves.Context(doc, text, paras, qi, drafts, lex, [d.cue_start for d in drafts])
    sieves.run(ctx)
    drafts = [
        d
        for d in drafts
        if d.quote is not None
        or d.cueless
        or d.cue.lemma_ not in lex.quote_only
        or (d.content is not None and d.content[0] >= paras.bounds(d.cue_start)[1])  # "reads:"
    ]
    cut_nested(drafts, text)
    drafts = drop_embedded_beliefs(drafts)
    for d in drafts:
        parenthetical(d, doc, text, paras)
        if d.quote is None and d.content is not None and d.parts:
            held = qi.overlapping(*d.content)  # a quote the words before the cue brought in
            if held and d.content[0] <= qi.quotes[held[0]].start:
                d.kind, d.quote = "partial", (qi.quotes[held[0]].start, qi.quotes[held[0]].end)
    drafts = [d for d in drafts if d.content is not None and d.content[1] > d.content[0]]
    drafts = [d for d in drafts if not _anonymity_clause(d, doc, lex)]
    return drafts + evidential_drafts(doc, drafts, evidential_words(lex), paras)


def _anonymity_clause(d: Draft, doc: Doc, lex: Lexicon) -> bool:
    """ "(an official) who asked not to be named" / "declined to be identified": the words that
    make a source anonymous (the lexicon's qualifiers), not a statement of its own."""
    lemma = d.cue.lemma_.lower()
    if lemma not in lex.anon_qualifiers or d.content is None:
        return False
    span = doc.char_span(d.content[0], d.content[1], alignment_mode="expand")
    words = tuple(t.lemma_.lower() for t in span or () if not t.is_punct)
    return any(q[1:] == words for q in lex.anon_qualifiers[lemma])


def _headline(lead: Lead, text: str, outlet: Relay) -> Statement | None:
    """ "… – Politico": the headline is the cited outlet's claim."""
    title = lead.title_draft(text)
    if title is None:
        return None
    (cs, ce), _ = title
    return Statement(
        id="",
        kind="indirect",
        speaker=Speaker(**outlet.model_dump(exclude={"cue", "by"}), by="headline"),
        cue=None,
        cue_class="report",
        content=Span.of(text, cs, ce),
        sentence=Span.of(text, lead.title[0], lead.title[1]),
    )


def _statement(
    d: Draft,
    doc: Doc,
    text: str,
    index: SpeakerIndex,
    paras: Paragraphs,
    lead: Lead,
    last_outlet: list,
) -> Statement | None:
    speaker, relays = _speaker_of(d, text, index, paras, lead, last_outlet)
    return _make(d, doc, text, paras, speaker, relays)


def _borrowed(
    d: Draft, doc: Doc, text: str, paras: Paragraphs, resolved: dict[int, Statement]
) -> Statement | None:
    """A sieve's statement takes the speaker (and relays) of the statement it continues."""
    host = d.same_as
    while host.same_as is not None:
        host = host.same_as
    done = resolved.get(id(host))
    if done is None:
        return None
    speaker = done.speaker.model_copy(update={"by": d.by})
    return _make(d, doc, text, paras, speaker, [r.model_copy() for r in done.relayed_by])


def _speaker_of(
    d: Draft, text: str, index: SpeakerIndex, paras: Paragraphs, lead: Lead, last_outlet: list
) -> tuple[Speaker, list[Relay]]:
    relays: list[Relay] = []
    for tok, tokens, (cs, ce) in d.relays:
        sp = _speaker(index, text, tokens, tok)
        relays.append(Relay(**sp.model_dump(), cue=Span.of(text, cs, ce)))
    controller = None
    if d.source is None and not d.reason:
        controller = _controller(d.cue)
        if controller is None:
            controller = _left_subject(d.cue, index.lex.person_nouns)
        if controller is None:
            controller = _passive_partner(d.cue, lambda t: _can_speak(t, index.lex))
        if controller is None:
            hung = hung_subject(d.cue, lambda t: _can_speak(t, index.lex))
            misread = None
            if hung is None and (d.content is None or d.content[0] >= d.cue_end):
                misread = misread_subject(d.cue, lambda t: _can_speak(t, index.lex))
            if misread is not None:  # "voters going to the polls say …"
                d.source, d.source_tokens, d.by = misread[0], misread[1], "cue-subject"
            elif hung is not None:
                d.source, d.source_tokens, d.by = hung, mention_tokens(hung, d.cue), "cue-subject"
            if d.source is not None:
                first = d.source_tokens[0].idx
                if d.content is not None and d.content[0] < first < d.content[1]:
                    d.content = trim(text, d.content[0], first)  # "“…,” Ana Ruiz, …, said"
    if d.source is not None and d.source.tag_ == "WDT":
        author = document_author(d.source, d.cue, index.lex, lambda t: _can_speak(t, index.lex))
        if author is not None:  # "X released a video that accuses Y": X's
            d.source, d.source_tokens = author, mention_tokens(author, d.cue)
    quoted = _quoted_as(d.cue, d.content) if d.source is not None else None
    if quoted is not None:  # "“…,” Xinhua quoted Wang as saying": Wang, relayed by Xinhua
        sp = _speaker(index, text, d.source_tokens or mention_tokens(d.source), d.source)
        relays.append(Relay(**sp.model_dump(), cue=Span.of(text, d.cue_start, d.cue_end)))
        d.source, d.source_tokens, d.by = quoted, mention_tokens(quoted, d.cue), "quoted-as"
    if d.source is not None:
        tokens = d.source_tokens or mention_tokens(d.source)
        speaker = _speaker(index, text, tokens, d.source, d.content)
    elif controller is not None:  # "Ruiz did not respond to requests to comment": Ruiz
        speaker = _speaker(index, text, mention_tokens(controller, d.cue), controller)
        d.by = "cue-controller"
    else:
        speaker = Speaker(name="unknown", reason=d.reason or "no source found for the cue")
    speaker.by = d.by or "no-source"
    if d.by == "byline" and speaker.type != "person":  # a byline names a journalist
        speaker.type = "person"
    in_lead = paras.index(d.cue_start) in lead.lead_paras
    if speaker.type == "unknown" and speaker.span is None and in_lead and lead.outlet_span:
        speaker = Speaker(
            span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet", by="lead"
        )
    # a bare "the article"/"a report" belongs to the last outlet named
    outer_tokens = d.relays[0][1] if d.relays else (d.source_tokens if d.source is not None else [])
    outer = relays[0] if relays else speaker
    outer_head = d.relays[0][0] if d.relays else d.source
    if (
        outer.type == "document"
        and outer_tokens
        and _is_bare_document(outer, [t for t in outer_tokens if t.i <= outer_head.i])
    ):
        before = [r for pos, r in last_outlet if pos < d.cue_start]
        if before:
            relays.insert(0, before[-1].model_copy())
    if in_lead and lead.outlet and (speaker.name or "").lower() != lead.outlet.lower():
        if not any((r.name or "").lower() == lead.outlet.lower() for r in relays):
            relays.insert(
                0, Relay(span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet")
            )
    return speaker, relays


def _quoted_as(cue, content: tuple[int, int] | None):
    """ "“…,” the agency quoted (cited) Wang as saying": the one quoted (the object of "quote"
    or "cite" with "as saying"), when the content is not that phrase itself but words outside
    it."""
    if cue.lemma_ not in ("quote", "cite") or content is None:
        return None
    as_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None or not any(c.tag_ == "VBG" for c in as_.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON") or obj.i > as_.i:
        return None
    return None if content[0] <= obj.idx < content[1] else obj


_CONTROLLED = {"xcomp", "pcomp", "acl", "advcl", "conj", "prep", "pobj", "dobj"}
_CLIMB = 5  # heads a cue with no subject may climb to the clause whose subject it shares


def _controller(cue) -> object | None:
    """The subject a cue with none of its own shares: "X declined to comment", "X left before
    answering", "X did not respond to requests to comment" (a non-finite cue only)."""
    if cue.tag_ not in ("VB", "VBG") or cue.pos_ != "VERB":
        return None
    if cue.tag_ == "VB" and cue.dep_ in ("xcomp", "conj"):
        return None  # "wants to praise", "may criticise and praise": no statement made
    node = cue
    for _ in range(_CLIMB):
        if node.dep_ not in _CONTROLLED or node.head.i == node.i:
            return None
        via, node = node, node.head
        if node.pos_ in ("VERB", "AUX"):
            if via.dep_ == "prep" and via.lower_ == "as":  # "quoted Putin as saying": Putin
                # "Putin was quoted by TASS as saying": Putin, the passive's subject
                obj = next((c for c in node.children if c.dep_ in ("dobj", "nsubjpass")), None)
                return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") else None
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ == "it" and node.lemma_ == "be":
                # "It was during the debate that Ruiz attacked it, calling …": Ruiz, the
                # subject of the clause the cleft is about, not "it"
                return _cleft_subject(node, cue)
            if subj is not None:
                return subj if subj.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _cleft_subject(be, cue) -> object | None:
    """The subject of the last clause of "it was …" before ``cue`` ("It was a rebuke, as the
    governor echoed it, saying …": the governor), when it names someone."""
    clauses = [c for c in be.children if c.dep_ in ("advcl", "ccomp", "relcl") and c.i < cue.i]
    for clause in reversed(clauses):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ != "it" and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            return subj
    return None


def _can_speak(t, lex: Lexicon) -> bool:
    """A name, a personal pronoun, a person, a group of people, an organisation or an outlet."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP") or t.tag_ in ("PRP", "NNP", "NNPS"):
        return t.lower_ not in ("it", "its", "itself")
    return speaker_noun(lex, t.lemma_.lower())


def _passive_partner(cue, speaks) -> object | None:
    """ "The mayor was forced into a retreat and said …": a finite cue joined by "and" to a
    passive verb shares the passive's subject, when it can speak (``speaks``); an active
    partner already hands on its own."""
    if cue.dep_ != "conj" or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    head = cue.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "nsubj" for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and speaks(subj) else None


def _left_subject(cue, roles: set[str]) -> object | None:
    """The subject of a finite cue the parser left without one, when the noun phrase right
    before it was hung elsewhere ("Asked about it, the spokeswoman, Ana Ruiz, said …": read
    as a conjunct or an apposition of an earlier noun): a name, a pronoun or a role noun that
    ends right before the cue, taken with the role it stands beside."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    doc, i = cue.doc, cue.i - 1
    while i > cue.sent.start and doc[i].text == ",":
        i -= 1
    t = doc[i]
    if t.i < cue.sent.start or t.head.i > t.i or t.dep_ not in ("appos", "conj", "compound"):
        return None
    while t.dep_ == "compound" and t.head.i > t.i and t.head.i < cue.i:
        t = t.head
    if not (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON" or t.tag_ == "NNP"):
        return None
    role = t.head
    if t.dep_ == "appos" and role.i < t.i and doc[t.left_edge.i - 1].text == ",":
        if role.lemma_.lower() in roles and role.pos_ == "NOUN":
            return role  # "the spokeswoman, Ana Ruiz,": the mention opens with the role
    return t


def _make(
    d: Draft, doc: Doc, text: str, paras: Paragraphs, speaker: Speaker, relays: list[Relay]
) -> Statement:
    cs, ce = d.content
    if d.quote and d.kind != "direct" and cs <= d.quote[0] < ce < d.quote[1] <= ce + 3:
        ce = d.quote[1]  # ‘… could sail "by the end of the week."’ keeps its closing mark
    cs = after_dateline(text, cs, ce)
    if d.kind == "indirect":
        cs = after_connective(text, cs, ce, bare=d.according)
    if d.parts:
        first = after_dateline(text, *d.parts[0])
        if d.kind == "indirect":
            first = after_connective(text, first, d.parts[0][1], bare=d.according)
        d.parts[0] = (first, d.parts[0][1])
    sent = doc[d.cue.i].sent
    para = paras.bounds(d.cue_start)
    ss, se = trim(text, max(sent.start_char, para[0]), min(sent.end_char, para[1]))
    polarity = "negative" if d.cue_class in _NEGATIVE_CLASSES or d.negated else "positive"
    parts = [Span.of(text, a, b) for a, b in d.parts] if len(d.parts) > 1 else []
    cue = None if d.cueless else Span.of(text, d.cue_start, d.cue_end)
    return Statement(
        id="",
        kind=d.kind,
        speaker=speaker,
        cue=cue,
        cue_phrase=Span.of(text, *d.phrase) if d.phrase and cue else None,
        cue_class=d.cue_class or None,
        content=Span.of(text, cs, ce),
        content_parts=parts,
        quote=Span.of(text, *d.quote) if d.quote else None,
        relayed_by=relays,
        polarity=polarity,
        sentence=Span.of(text, ss, se) if se > ss else None,
    )
