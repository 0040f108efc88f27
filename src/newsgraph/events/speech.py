"""Speech acts: statements that are events of their speaker.

- a statement whose cue class is a speech act (rules.yaml `speech_acts`: accuse, warn, deny,
  demand, appeal) is an event of its speaker against the cue's object, with the statement's id;
- a statement whose content holds a threat phrase ("legitimate target", "pay a heavy price") is
  a threat by its speaker, dated by its cue and tied to the statement.
"""

from __future__ import annotations

from newsgraph.events import arguments, assembly, countries
from newsgraph.events import participants as parts
from newsgraph.events.state import DocState, Hit

ARTICLES = frozenset({"a", "an", "the", "any", "some"})


def statement_phrases(st: DocState) -> None:
    """A statement whose content holds a phrase of the lexicons' `statements:` sections is an
    event of its speaker (at most one per root and statement): "X will pay a heavy price" is a
    threat, "an illegal referendum" a criticism. The target is the first other actor the
    content names."""
    if not st.p.phrases or not st.statements:
        return
    done: set[tuple[str, str]] = set()
    for start, end, stmt in st.statements:
        if parts.speaker_mention(st, stmt) is None:
            continue
        for code, toks in _phrases_in(st, start, end):
            if (stmt.id, code[:2]) in done or _told_otherwise(st, toks, stmt):
                continue
            mention = parts.speaker_mention(st, stmt)
            if mention is None:
                break
            done.add((stmt.id, code[:2]))
            cue_tok = st.doc[st.token_at(stmt.cue.start)] if stmt.cue else toks[0]
            hit = Hit(code, [t.i for t in toks], cue_tok, negated=False, modality="asserted")
            hit.sources, hit.statement = [mention], stmt
            hit.pair_target = _content_actor(st, start, end, mention)
            st.new_sentence()
            _emit_statement(st, toks[0].sent, hit, stmt)


def _told_otherwise(st: DocState, toks, stmt) -> bool:
    """Whether a phrase is another's words or part of an act coded already: "the minister
    accused Israel of war crimes, state media reported" is the minister's accusation, not the
    media's."""
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(e.trigger.start < hi and lo < e.trigger.end for e in st.events):
        return True
    inner = parts.statement_around(st, lo)
    return inner is not None and inner.id != stmt.id


def _phrases_in(st: DocState, start: int, end: int):
    """The statement phrases in a content span, the longest at each place ("absurd claim", not
    "absurd" as well)."""
    doc = st.doc
    i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
    lemmas = [(t.i, t.lemma_.lower()) for t in doc[i:j] if t.lower_ not in ARTICLES]
    k = 0
    while k < len(lemmas):
        found = [
            (seq, code)
            for seq, code in st.p.phrases.get(lemmas[k][1], ())
            if _fits(seq, lemmas[k : k + len(seq)])
        ]
        if not found:
            k += 1
            continue
        seq, code = max(found, key=lambda f: len(f[0]))
        toks = [doc[x[0]] for x in lemmas[k : k + len(seq)]]
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        if toks[-1].pos_ == "ADJ" and after is not None and after.pos_ == "NOUN":
            k += 1  # "has been absurd rhetoric": the adjective is the noun's, read on
            continue
        yield code, toks
        k += len(seq)


def _fits(seq, lemmas) -> bool:
    if len(lemmas) < len(seq):
        return False
    return all(
        lemma == part if isinstance(part, str) else lemma in part
        for part, (_i, lemma) in zip(seq, lemmas, strict=False)
    )


def _content_actor(st: DocState, start: int, end: int, speaker) -> list:
    """The first actor the content names other than the speaker and its own country ("the
    ambassador said Beijing would respond if Manila …": Manila)."""
    own = countries.event_actor(st, speaker)
    own_country = own.country if own is not None else None
    for i in range(st.token_at(start), st.token_at(max(start, end - 1)) + 1):
        k = st.mention_at[i]
        if k < 0 or st.mentions[k].actor_id == speaker.actor_id:
            continue
        if own_country is None or countries.country_of(st, st.mentions[k]) != own_country:
            return [st.mentions[k]]
    return []


def _emit_statement(st: DocState, sent, hit: Hit, stmt) -> None:
    # The statement is the act: asserted, tied to its statement, dated by its cue. What is read
    # from a statement's words is coded once per speaker and root in an article, and not at
    # all when the speaker's act of that root was coded from a verb ("warned that …").
    aid = hit.sources[0].actor_id if hit.sources else None
    root = hit.code[:2]
    for ev in st.events:
        if ev.root == root and ev.source is not None and ev.source.actor_id == aid:
            return
    before = len(st.events)
    assembly.emit(st, sent, hit)
    for ev in st.events[before:]:
        ev.statement = stmt.id
        ev.modality = "asserted"


def speech_acts(st: DocState) -> None:
    """Statements whose cue class is a speech act (accuse, warn, deny, demand, appeal) are
    events of their speaker, tied to the statement, unless their cue was coded already."""
    acts = st.p.speech_acts
    seen: set[str] = set()
    for _start, _end, stmt in st.statements:
        code = acts.get(stmt.cue_class or "")
        if code is None or stmt.id in seen or stmt.cue is None:
            continue
        seen.add(stmt.id)
        coded = _event_at(st, stmt.cue.start, stmt.cue.end)
        if coded is not None:
            coded.statement = coded.statement or stmt.id
            continue
        mention = parts.speaker_mention(st, stmt)
        if mention is None:
            continue
        cue = st.doc[st.token_at(stmt.cue.start)]
        if st.lemma(cue) in st.p.verbs:
            continue  # the lexicon knows the verb: the coder had its say ("condemned", once)
        targets = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
        hit = Hit(code, [cue.i], cue, targets=targets + arguments.targets(st, cue))
        hit.sources, hit.statement = [mention], stmt
        st.new_sentence()
        assembly.emit(st, cue.sent, hit)


def _event_at(st: DocState, start: int, end: int):
    for ev in st.events:
        if ev.trigger.start < end and start < ev.trigger.end:
            return ev
    return None
