"""Certainty of statements and events on FactBank's scale (see `newsgraph.model.Certainty`).

Statements (set by the hedges stage, after attribution):
- ``said_certainty``, the writer's view that the speaker said it: CT+; Uu when the statement
  reaches us through a relay ("according to Politico, officials said"); negative when the cue
  is negated ("has not confirmed": CT-); lowered by an evidential hedge on the cue
  ("reportedly said": PR+).
- ``certainty``, the speaker's view of the content: by the cue — a denial is CT-, a refusal to
  comment or a negated cue ("did not confirm", "has not denied") is Uu (never a denial), a
  belief ("thinks", "expects") PR+, a hope or fear Uu, else CT+ — then lowered by the
  non-committal hedge on the cue ("all but confirmed": PR+) and the epistemic or evidential
  hedges inside the content ("said it *may* rain": PS+).
- ``writer_certainty``, the writer's view of the content: Uu (the writer only reports it),
  except for a statement with no named source ("X reportedly did Y"), which is the writer's
  own claim lowered by its hedges (PR+).

Events (`set_event_certainty`, called by the events component after coding): an event inside
a statement's content starts from the speaker's view (holder: speaker); an event that is the
statement's own act ("X welcomed Y" as a statement) from the writer's view that it was said;
any other event from the writer's CT+ (and an event in a statement with no named source
from the writer's view of it). A negated event flips the polarity, a hypothetical one is Uu
unless an epistemic hedge says how likely it is ("may attack": PS+), and every hedge whose scope holds the trigger lowers it to the hedge's effect (a
distancing hedge outside any statement makes it Uu: the writer reports someone's claim). A
hedge on the trigger itself lowers it only when it weakens the act ("all but confirmed"), not
when it is the act ("declined to comment", "did not confirm").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsgraph.hedges.rules import negation_start
from newsgraph.hedges.scope import in_content, on_cue, overlaps
from newsgraph.model import Certainty, Hedge, Statement

LEVELS = ("unknown", "possible", "probable", "certain")  # ascending
PROBABLE_CUES = {"believe", "think", "expect", "suspect", "guess", "assume", "suppose", "reckon",
                 "feel", "imagine", "anticipate", "consider", "appear", "seem", "estimate",
                 "predict", "forecast", "doubt"}  # fmt: skip
UNCOMMITTED_CUES = {"hope", "fear", "wish", "want", "worry", "ask", "wonder", "question"}
_FLIP = {"positive": "negative", "negative": "positive", "unknown": "unknown"}


def lower(c: Certainty, level: str | None) -> Certainty:
    """``c`` with its level lowered to ``level`` (never raised)."""
    if level is None or LEVELS.index(level) >= LEVELS.index(c.level):
        return c
    return make(level, c.polarity, holder=c.holder, source=c.source)


def make(level: str = "certain", polarity: str = "positive", **who) -> Certainty:
    return Certainty(level=level, polarity=polarity, **who)


def flip(c: Certainty) -> Certainty:
    return make(c.level, _FLIP[c.polarity], holder=c.holder, source=c.source)


def _cue_token(doc: Doc, st: Statement) -> Token | None:
    if st.cue is None:
        return None
    span = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return next((t for t in span if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")), span.root)


def cue_negated(doc: Doc, st: Statement) -> bool:
    return _negated(st, _cue_token(doc, st))


def _negated(st: Statement, tok: Token | None) -> bool:
    return (
        tok is not None
        and st.cue_class != "refuse-comment"
        and tok.pos_ in ("VERB", "AUX")
        and negation_start(tok) is not None
    )


def _unnamed(st: Statement) -> bool:
    return st.speaker.span is None and st.speaker.type == "unknown"


def speaker_base(doc: Doc, st: Statement) -> Certainty:
    """The speaker's view of the content from the cue alone (and hedges on the cue)."""
    return _speaker_base(st, _cue_token(doc, st))


def _speaker_base(st: Statement, tok: Token | None) -> Certainty:
    who = {"holder": "speaker", "source": st.speaker.name}
    lemma = tok.lemma_.lower() if tok is not None else ""
    if st.cue_class == "refuse-comment" or _negated(st, tok) or lemma in UNCOMMITTED_CUES:
        c = make("unknown", "unknown", **who)
    elif st.cue_class == "deny":
        c = make("certain", "negative", **who)
    elif st.cue_class == "believe" and lemma in PROBABLE_CUES:
        c = make("probable", **who)
    else:
        c = make(**who)
    for h in st.hedges:
        span = (h.span.start, h.span.end)
        if on_cue(st, span) and h.kind in ("non-committal", "epistemic"):
            if h.effect == "unknown":
                c = make("unknown", "unknown", **who)
            else:
                c = lower(c, h.effect)
    return c


def fold_non_answers(statements: list[Statement], hedges: list[Hedge]) -> list[Statement]:
    """A negated "confirm" or "deny" is a non-answer, never a denial: "X has not confirmed or
    denied Y" becomes one statement of class ``refuse-comment`` whose cue phrase is the whole
    non-answer. Statements are renumbered when two folded into one; hedge ties follow."""
    dropped: set[str] = set()
    for h in hedges:
        if h.kind != "non-committal" or h.effect != "unknown":
            continue
        span = (h.span.start, h.span.end)
        tied = [
            s
            for s in statements
            if s.id in h.statements and s.cue_class in ("confirm", "deny") and on_cue(s, span)
        ]
        for s in tied:
            s.cue_class, s.polarity, s.cue_phrase = "refuse-comment", "negative", h.span
        for s in tied[1:]:
            if s.speaker.name == tied[0].speaker.name and s.content == tied[0].content:
                dropped.add(s.id)
    if not dropped:
        return statements
    kept = [s for s in statements if s.id not in dropped]
    ids = {s.id: f"s{i}" for i, s in enumerate(kept, 1)}
    for s in kept:
        s.id = ids[s.id]
    for h in hedges:
        h.statements = list(dict.fromkeys(ids[i] for i in h.statements if i in ids))
    return kept


def set_statement_certainty(doc: Doc, statements: Iterable[Statement]) -> None:
    for st in statements:
        tok = _cue_token(doc, st)  # found once: the cue's view and its negation both need it
        speaker = _speaker_base(st, tok)
        said = make("unknown", "unknown") if st.relayed_by else make()
        if _negated(st, tok) and said.level != "unknown":
            said = flip(said)
        for h in st.hedges:
            span = (h.span.start, h.span.end)
            if h.kind in ("epistemic", "evidential") and in_content(st, span):
                speaker = lower(speaker, h.effect)
            elif h.kind == "evidential" and on_cue(st, span):
                said = lower(said, h.effect)
        st.certainty = speaker
        st.said_certainty = said
        if _unnamed(st):
            mine = make(speaker.level, speaker.polarity)
            for h in st.hedges:
                if h.kind in ("epistemic", "evidential"):
                    mine = lower(mine, h.effect)
            st.writer_certainty = mine
        else:
            st.writer_certainty = make("unknown", "unknown")


def set_event_certainty(doc: Doc) -> None:
    """Certainty of every event of ``doc._.events``, and the ties between events and hedges."""
    events = doc._.events or []
    hedges: list[Hedge] = doc._.hedges or []
    statements = {s.id: s for s in doc._.statements or []}
    for ev in events:
        trig = (ev.trigger.start, ev.trigger.end)
        st = statements.get(ev.statement) if ev.statement else None
        if st is not None and _unnamed(st):
            c = st.writer_certainty or make()  # "X reportedly did Y": the writer's own claim
        elif st is not None and in_content(st, trig):
            c = speaker_base(doc, st)
            if ev.negated:
                c = flip(c)
        elif st is not None:
            said = st.said_certainty or make()
            c = make(said.level, "negative" if ev.negated else "positive")
        else:
            c = make("certain", "negative" if ev.negated else "positive")
        mine = [h for h in hedges if h.scope and h.scope.start <= trig[0] < h.scope.end]
        if ev.modality == "hypothetical" and not any(h.kind == "epistemic" for h in mine):
            c = make("unknown", "unknown", holder=c.holder, source=c.source)  # "if …", "would"
        for h in mine:
            ev.hedges.append(h.id)
            h.events.append(ev.id)
            if overlaps((h.span.start, h.span.end), trig) and (
                ev.negated or h.effect not in ("probable", "possible")
            ):
                continue  # "declined to comment", "did not confirm": the act itself is sure
            if h.effect is not None:
                c = lower(c, h.effect)
            elif h.kind == "distancing" and st is None:
                c = make("unknown", "unknown")
        ev.certainty = c
