"""Speech acts: statements that are events of their speaker.

A statement whose content holds a threat phrase ("legitimate target", "pay a heavy price") is
a threat by its speaker, dated by its cue and tied to the statement.
"""

from __future__ import annotations

from newsgraph.events import assembly
from newsgraph.events.state import DocState, Hit
from newsgraph.extensions import ActorMention

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
        mention = speaker_mention(st, stmt)
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


def speaker_mention(st: DocState, stmt) -> ActorMention | None:
    """The mention of the statement's speaker inside its speaker span (else the first one)."""
    aid = stmt.speaker.actor_id
    span = stmt.speaker.span
    best = None
    for m in st.mentions:
        if m.actor_id != aid:
            continue
        if span is not None and m.start_char >= span.start and m.end_char <= span.end:
            return m
        best = best or m
    return best


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
