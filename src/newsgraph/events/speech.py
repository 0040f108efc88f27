"""Speech acts: statements that are events of their speaker.

- a statement whose cue class is a speech act (rules.yaml `speech_acts`: accuse, warn, deny,
  demand, appeal) is an event of its speaker against the cue's object, with the statement's id;
- a statement whose content holds a threat phrase ("legitimate target", "pay a heavy price") is
  a threat by its speaker, dated by its cue and tied to the statement.
"""

from __future__ import annotations

from newsgraph.events import arguments, assembly
from newsgraph.events import participants as parts
from newsgraph.events.state import DocState, Hit

ARTICLES = frozenset({"a", "an", "the", "any", "some"})


def statement_phrases(st: DocState) -> None:
    if not st.p.phrases or not st.statements:
        return
    done: set[str] = set()
    for start, end, stmt in st.statements:
        if stmt.id in done or not stmt.speaker.actor_id:
            continue
        found = _phrase_in(st, start, end)
        if found is None:
            continue
        code, toks = found
        mention = parts.speaker_mention(st, stmt)
        if mention is None:
            continue
        done.add(stmt.id)
        cue_tok = st.doc[st.token_at(stmt.cue.start)] if stmt.cue else toks[0]
        hit = Hit(
            code,
            [t.i for t in toks],
            cue_tok,
            sources=[mention],
            negated=False,
            modality="asserted",
        )
        st.new_sentence()
        _emit_statement(st, toks[0].sent, hit, stmt)


def _phrase_in(st: DocState, start: int, end: int):
    doc = st.doc
    i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
    lemmas = [(t.i, t.lemma_.lower()) for t in doc[i:j] if t.lower_ not in ARTICLES]
    for k, (_ti, lemma) in enumerate(lemmas):
        for seq, code in st.p.phrases.get(lemma, ()):
            if tuple(x[1] for x in lemmas[k : k + len(seq)]) == seq:
                return code, [doc[x[0]] for x in lemmas[k : k + len(seq)]]
    return None


def _emit_statement(st: DocState, sent, hit: Hit, stmt) -> None:
    # The statement is the act: asserted, tied to its statement, dated by its cue.
    aid = hit.sources[0].actor_id if hit.sources else None
    root = hit.code[:2]
    for ev in st.events:  # already coded from the cue ("warned that … targets")
        if (
            ev.root == root
            and ev.source is not None
            and ev.source.actor_id == aid
            and st.sentence_of.get(ev.id) == sent.start
        ):
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
        if code is None or stmt.id in seen or stmt.cue is None or not stmt.speaker.actor_id:
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
