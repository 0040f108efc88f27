"""Modality and negation: what auxiliaries, conditions and statements make of an event.

- "will" turns cooperation into intent (03, modality proposed) and conflict into threat (13);
  "would" after a speech verb is a reported "will", elsewhere hypothetical;
- "X said Y must …" is a demand by X on Y; "must"/"should" elsewhere are hypothetical;
- "will not X" is a refusal; "will X unless …" a threat; "if"/"unless" clauses hypothetical;
  "could X" told as a warning or of the speaker's own party is a threat ("analysts said Iran
  could …" is a forecast); "did not rule out force" too; "X said Y had to / needed to …" a
  demand / an appeal of X (so is "X said it was necessary for Y to …"); "will keep firing" carries its future to the firing, "would have
  no choice but to retaliate" its "would" to the retaliation; a future the writer tells on an
  "if"/"unless" condition ("Israel will strike if Tehran …") is a threat, not a schedule;
- a threatened act in the passive with no doer ("X said any ship … would be attacked") is a
  threat of the speaker, unless the speaker only looks on (UN, NGOs) or its own side is hit;
  so is readiness for force told by its own side ("said it was poised to strike") and blame
  for what may yet happen ("holds X responsible for any harm to …");
- the speaker's own side told by a common noun ("his forces", "the group", "our troops") is
  the speaker's: its threatened acts are the speaker's threats; defending one's own land
  "against" another, in a pledge, is a threat of force (138); "is going to" is a future, and
  "would push on / try / move to <act>" carries its future to the act;
- a threat or demand is aimed at the party warned or told ("warned Sweden not to …"), else at
  its object; a threat else at the subject of its condition ("would respond if Manila …");
- inside a statement's content an event is reported (denied in a negative statement) and
  carries the statement's id.
Order of precedence: denied > hypothetical > proposed > reported > asserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.events import countries, lexis
from newsgraph.events.arguments import SUBJ_DEPS, subject, to_infinitive
from newsgraph.events.state import DocState, Hit

DECISION_HEADS = lexis.word_set("modality", "decision_heads")
# words on a noun that make the act it names one that may happen ("any Israeli strike",
# "a potential meeting") or one not done ("no talks", "no serious proposals")
MAYBE_WORDS = lexis.word_set("modality", "maybe_words")
NOT_WORDS = frozenset({"no", "neither"})
CASE_NOUNS = lexis.word_set("modality", "case_nouns")
CONDITION_MARKS = frozenset({"if", "unless", "once", "until"})
INVERTED = frozenset({"should", "were", "had"})
MAYBE_AUX = frozenset({"could", "might", "may"})
OPEN_VERBS = lexis.word_set("modality", "open_verbs")
WARNING_HEADS = lexis.word_set("modality", "warning_heads")
# a speaker's own party as the subject of its words: "Russia said it could strike …"
OWN_SUBJECTS = frozenset({"it", "we"})
# verbs whose infinitive or gerund carries their auxiliaries: "will keep firing"
ASPECT_HEADS = lexis.word_set("modality", "aspect_heads")
# "would push on to retake …", "will try to capture …": the act carries the auxiliaries
MOVE_HEADS = lexis.word_set("modality", "move_heads")
# "said Kyiv had to withdraw" (a demand), "said the EU needed to send" (an appeal)
OWED_HEADS = lexis.word_set("modality", "owed_heads")
# "said it was necessary for Russia to withdraw": an act owed, told as a demand
NECESSARY_WORDS = lexis.word_set("modality", "necessary_words")
# "would have no choice but to retaliate": the act carries the auxiliaries of "have"
NO_CHOICE = lexis.word_set("modality", "no_choice")
RISK_NOUNS = lexis.word_set("modality", "risk_nouns")
# speakers who warn of what others will do, never do it themselves ("the UN said civilians
# would be killed …"): bodies and people of these sectors
ONLOOKER_SECTORS = frozenset(
    {"IGO", "NGO", "MED", "HRI", "CVL", "EDU", "HLH", "BUS", "REF", "LAB", "REL"}
)
# "the group would strike …", "his forces were ready to …", "our troops will …": the speaker's
# own side named by a common noun with no country of its own (`_own_unnamed`)
OWN_SIDE_NOUNS = lexis.word_set("modality", "own_side_nouns")
OWN_POSSESSIVE = frozenset({"his", "her", "its", "our", "their", "my"})
# "will defend itself / its territory / the homeland against …": one's own, defended (a threat)
DEFEND_VERBS = lexis.word_set("modality", "defend_verbs")
ALL_COSTS = lexis.word_set("modality", "all_costs")  # "at all costs", "by all means"
REFLEXIVES = frozenset({"itself", "ourselves", "themselves", "himself", "herself", "myself"})
HOME_NOUNS = lexis.word_set("modality", "home_nouns")
ALLY_NOUNS = lexis.word_set("modality", "ally_nouns")
# "X said it was prepared / poised to strike": readiness for force told of one's own side
READY_WORDS = lexis.word_set("modality", "ready_words")
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# aid that is asked for, so that "will not" give it is a rejection of the ones who ask (asylum:
# "said it would not take in more refugees" 12); other aid "will not" give is that aid negated
# ("said it would not send tanks": 07 negated, as "refused to send", the news-dev convention)
ASKED_AID = ("075",)
# roots whose future in anyone's words is the act planned, not a threat: "Poland will summon
# the Russian ambassador, the ministry said" is a summons to come (114), not a threat (130)
SAID_PLANNED_ROOTS = frozenset({"11"})
# conditions that make a told future a threat rather than a schedule ("will hit back if …")
THREAT_MARKS = frozenset({"if", "unless"})


def speech_head(st: DocState, h: Token) -> Token | None:
    """The speech verb whose complement clause `h` is ("said [that X would …]")."""
    t = h
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in st.p.speech_verbs:
        return t.head
    return None


def aux_of(h: Token) -> tuple[set[str], bool]:
    """The auxiliaries of `h` (forms and lemmas) and whether an "unless" clause hangs on it."""
    aux = {c.lower_ for c in h.children if c.dep_ in ("aux", "auxpass")}
    aux |= {c.lemma_.lower() for c in h.children if c.dep_ == "aux"}
    unless = any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
        for c in h.children
    )
    return aux, unless


def _negated(h: Token) -> bool:
    """ "did not attack", "will no longer fund"; "neither Iran nor …"; also "has not confirmed
    or denied": a verb
    coordinated with a negated one, with no subject of its own, shares its negation."""
    if any(c.dep_ == "neg" or _no_longer(c) for c in h.children):
        return True
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in ("neither", "no") for g in c.children)
        for c in h.children
    ):
        return True
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
    if h.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would") for c in h.head.children
    ):
        return False  # "said it would not renounce X and warned Y": told, not ruled out
    return (
        h.dep_ == "conj"
        and not own_subject
        and h.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "neg" for c in h.head.children)
    )


def _no_longer(c: Token) -> bool:
    """ "will no longer finance the agency", "no longer recognises": the act not done."""
    return (
        c.dep_ == "advmod"
        and c.lower_ in ("longer", "more")
        and any(g.lower_ == "no" for g in c.children)
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].i == c.head.i
    )


def question(h: Token) -> bool:
    """An indirect question: "wondered how America was going to fulfill …", "asked whether"."""
    t = h
    for _ in range(3):
        if t.dep_ == "ccomp" and any(
            c.lower_ in ("how", "whether", "why", "if") and c.dep_ in ("advmod", "mark")
            for c in t.children
        ):
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def conditional(h: Token) -> bool:
    """Inside an "if"/"unless"/"until" clause: "… unless the president agrees to step down",
    "… until their demands are met"."""
    t = h
    for _ in range(4):
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "until") for c in t.children
        ):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "conj", "advcl", "ccomp"):
            return False
        t = t.head
    return False


def nonfinite(h: Token) -> bool:
    """A gerund or infinitive with no subject of its own ("sending troops", "to train")."""
    if h.tag_ == "VBG":
        return not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in h.children)
    return h.tag_ == "VB" and to_infinitive(h)


@dataclass
class Verbal:
    """What a verbal hit's auxiliaries, negation and conditions make of it."""

    code: str
    modality: str | None
    negated: bool
    demand: bool = False  # "X said Y must …": the source is the speaker, not the subject
    speaker_subject: Token | None = None
    # "X said any ship … would be attacked": a threat whose doer is the speaker
    by_speaker: bool = False


def verbal(st: DocState, hit: Hit) -> Verbal:
    """Code, modality and negation of a verbal hit."""
    p = st.p
    h = hit.head
    code, modality = hit.code, hit.modality
    aux, unless = aux_of(h)
    clause = h  # the clause a speech verb takes: "[will keep] firing"
    first = _first_conjunct(h)
    if first is not h:  # "would oppose X and [support] Y": the auxiliaries of "oppose"
        clause, aux = first, aux | aux_of(first)[0]
    if first.dep_ == "xcomp" and first.head.lemma_.lower() in ASPECT_HEADS:
        clause = first.head
        aux |= aux_of(clause)[0]  # "will keep firing", "would continue to strike"
    elif _moved_to(first):
        clause = first.head
        aux |= aux_of(clause)[0]  # "would push on to retake", "will try to capture"
    going = _going_to(h)
    if going is not None:  # "we are going to destroy them": as "will destroy"
        clause, aux = going, aux | {"will"}
    had = _no_choice(h)
    if had is not None:  # "would have no choice but to retaliate": as "would retaliate"
        clause = had
        aux |= aux_of(clause)[0]
    speech = speech_head(st, clause)
    negated = hit.negated
    if negated is None:
        negated = _negated(h)
    root = code[:2]
    decided = speech is not None and speech.lemma_.lower() in DECISION_HEADS
    future = bool(aux & p.future_aux) or (speech is not None and "would" in aux)
    if decided and "would" in aux and not aux & p.future_aux:
        future = False  # "announced it would prohibit aid": the decision, not a threat
    if negated and code.startswith("13") and st.lemma(h) in OPEN_VERBS:
        negated = False  # "did not rule out force": force is threatened
    out = Verbal(code, modality, negated)
    owed = _owed(st, h)
    if owed is not None:  # "X said Y had to withdraw": as "must"
        speech, aux = owed, aux | {"must"}
    if hit.obligation or (aux & p.obligation_aux and speech is not None):
        out.demand = True
        out.speaker_subject = subject(speech)[0] if speech is not None else None
        held = h.head if owed is not None and h.dep_ == "xcomp" else h
        owing = [c for c in held.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"}]
        hit.targets = owing + hit.targets
        if not hit.obligation:
            kind = "appeal" if owed is not None and h.head.lemma_.lower() == "need" else "demand"
            out.code = p.combine(kind, code) or ("020" if kind == "appeal" else "100")
    elif future and negated and root in p.refusal_negated and not code.startswith(ASKED_AID):
        pass  # "said it would not send tanks": as "refused to send", the aid not given
    elif future and negated and p.combine("refusal", code):
        out.code, out.negated = p.combine("refusal", code), False  # "will not accept": refusal
    elif future and unless:
        out.code = p.combine("threat", code) or "130"
    elif (
        future
        and root in p.planned_roots
        and (root in SAID_PLANNED_ROOTS or _narrated(st, h, speech))
        and not _threat_if(h)
    ):
        out.modality = "hypothetical"  # "Qin will visit Manila next week": a planned act
    elif future and p.combine("intent", code) and hit.modality is None:
        out.code = p.refine(p.combine("intent", code), [h])
        out.modality = "proposed"
    elif future and p.combine("threat", code) and root != "13":
        out.code = p.combine("threat", code)
    elif _warned_maybe(st, h, clause, aux, speech) and p.combine("threat", code) and root != "13":
        out.code = p.combine("threat", code)  # "warned that it could strike", "… if Kyiv …"
    elif aux & p.hypothetical_aux and not future and not decided:
        out.modality = "hypothetical"
    elif aux & p.obligation_aux:
        out.modality = "hypothetical"
    if root == "11" and out.code.startswith("11") and _blamed_ahead(h):
        out.code = "130"  # "holds the regime responsible for any harm": a warning
    if out.code.startswith("03") and _defends_own(st, hit):
        out.code, out.modality = "138", None  # "vowed to defend the country against any …"
    if root in FORCE_ROOTS and _ready_own(st, h, speech):  # "said it was poised to strike"
        out.code = "138" if root == "15" else (p.combine("threat", code) or "138")
        out.modality = None
    if conditional(h):
        out.modality = "hypothetical"
    if root != "13" and out.code.startswith("13") and _done_by_speaker(st, h, speech):
        out.by_speaker, out.speaker_subject = True, subject(speech)[0]
        hit.targets = [c for c in h.children if c.dep_ == "nsubjpass"] + hit.targets
    elif out.code.startswith("13") and not out.demand:
        told = _speaker_token(st, h, speech)
        if told is not None and _own_unnamed(st, subject(h)[0], told):
            out.by_speaker, out.speaker_subject = True, told  # "the group would strike …"
    if out.code.startswith(("10", "13")) and not out.demand:
        hit.targets = addressed(h, hit.targets)
        if out.code.startswith("13"):
            hit.targets += condition_subjects(h)
    return out


def risk(st: DocState, hit: Hit) -> bool:
    """ "The conflict threatened to explode into a wider war", "the row threatens to derail the
    talks": a happening that "threatens to" bring something about tells a risk, no party's
    threat (the parties named in it, "the conflict with X", do not threaten)."""
    for v in (st.doc[i] for i in hit.trigger):
        if v.lemma_.lower() != "threaten" or v.pos_ != "VERB":
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in RISK_NOUNS:
            return True
    return False


def _first_conjunct(h: Token) -> Token:
    """The first of the verbs joined to `h` that have no subject and no auxiliary of their
    own ("said it would continue to oppose X and support Y": "support" is told with "would
    continue to"); `h` itself when it has either or is not a bare form ("warned X could … and
    urged Y": "urged" is told in the past, whatever the parser hung it on)."""
    first = h
    while first.tag_ == "VB" and first.dep_ == "conj" and first.head.i != first.i:
        if first.head.pos_ not in ("VERB", "AUX"):
            break
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in first.children):
            break
        first = first.head
    return first


def _moved_to(h: Token) -> bool:
    """ "would push on to retake the city", "will try to capture", "would move to seize": an
    infinitive with no subject of its own under a verb of effort or motion carries its
    auxiliaries."""
    if h.dep_ not in ("xcomp", "advcl") or h.head.i == h.i:
        return False
    if h.head.lemma_.lower() not in MOVE_HEADS or any(c.dep_ == "nsubj" for c in h.children):
        return False
    return to_infinitive(h)


def _going_to(h: Token) -> Token | None:
    """The "going" of "is / are going to <act>" (a future told in the present), if `h` is
    that act; not "was going to" (a plan of the past)."""
    if h.lower_ == "going":  # the hit told by "going" itself: "are [going to destroy]"
        going = h
        if not any(c.dep_ == "xcomp" for c in h.children):
            return None
    elif h.dep_ != "xcomp" or h.head.lower_ != "going" or h.head.i == h.i:
        return None
    else:
        going = h.head
        if not to_infinitive(h):
            return None
    if going.i + 1 >= len(going.doc) or going.doc[going.i + 1].lower_ != "to":
        return None  # "is going into hyperdrive to …": a motion
    present = ("is", "are", "am", "'s", "'re", "'m")
    return going if any(c.lower_ in present for c in going.children if c.dep_ == "aux") else None


def _no_choice(h: Token) -> Token | None:
    """The "have" of "would have no choice / option but to <act>", if `h` is that act (the
    parser hangs the act on "but" or on "have")."""
    if h.dep_ not in ("pcomp", "xcomp", "conj"):  # "no option but to retaliate": a conj
        return None
    have = h.head
    for _ in range(2):
        if have.lemma_.lower() == "have":
            break
        have = have.head
    noun = next(
        (c for c in have.children if c.dep_ == "dobj" and c.lemma_.lower() in NO_CHOICE), None
    )
    if have.lemma_.lower() != "have" or noun is None or not noun.i < h.i:
        return None
    between = h.doc[noun.i + 1 : h.i]
    return have if any(t.lower_ in ("but", "than") for t in between) else None


def _ready_own(st: DocState, h: Token, speech: Token | None) -> bool:
    """ "Moscow is prepared to deploy troops …, a Kremlin spokesman said", "North Korea said
    it was poised to strike": readiness for force told by the side that is ready is a threat
    (the verb "is preparing to invade" tells preparations, and others' readiness is a
    forecast)."""
    if speech is None:
        return False
    ready = [h, *(c for c in h.children if c.dep_ == "acomp")]
    if not any(t.lemma_.lower() in READY_WORDS and t.tag_ in ("VBN", "JJ") for t in ready):
        return False
    doer = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _own_party(st, doer, subject(speech)[0])


def _defends_own(st: DocState, hit: Hit) -> bool:
    """ "Venezuela would defend the Essequibo against Guyana", "vowed to defend the country
    against any provocation", "will defend itself at all costs": one's own land, told as what
    one will do against another, is a threat of force (defending another, an ally, is
    support)."""
    for v in (hit.head.doc[i] for i in hit.trigger):
        if v.lemma_.lower() not in DEFEND_VERBS:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or not _own_thing(st, v, obj):
            return False
        preps = [c for c in v.children if c.dep_ == "prep"]
        if any(c.lower_ == "against" for c in preps):
            return True
        return any(
            g.lemma_.lower() in ALL_COSTS and any(d.lower_ == "all" for d in g.children)
            for c in preps
            for g in c.children
        )  # "at all costs", "by all means"
    return False


def _own_thing(st: DocState, v: Token, obj: Token) -> bool:
    """What a party defends as its own: itself, its land, its sovereignty, a place of its own
    country ("the Essequibo" claimed by Venezuela is not named as another state)."""
    if obj.lower_ in REFLEXIVES:
        return True
    lemma = obj.lemma_.lower()
    if lemma in ALLY_NOUNS:
        return False
    words = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
    if lemma in HOME_NOUNS and words & (OWN_POSSESSIVE | {"the", "this", "every"}):
        return True
    if any(c.lower_ in OWN_POSSESSIVE for c in obj.children if c.dep_ == "poss"):
        return lemma in HOME_NOUNS or st.mention_at[obj.i] < 0
    k, doer = st.mention_at[obj.i], subject(v)[0]
    if k < 0:
        return obj.pos_ == "PROPN"  # a place no state is named by: "the Essequibo"
    if doer is None or named_in(st, doer) < 0:
        return False
    own = countries.country_of(st, st.mentions[named_in(st, doer)])
    place = countries.country_of(st, st.mentions[k])
    return obj.pos_ == "PROPN" and (place is None or place == own)


def _blamed_ahead(h: Token) -> bool:
    """ "X holds Y responsible for any harm to …", "will hold Z accountable for any attack":
    blame for what may yet happen is a warning, not an accusation."""
    held = [h, *(c for c in h.children if c.dep_ == "xcomp")]  # "continues to hold"
    if not any(t.lemma_.lower() == "hold" for t in held):
        return False
    for c in h.subtree:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ == "pobj" and nominal(g)[0] == "hypothetical":
                    return True
    return False


def _threat_if(h: Token) -> bool:
    """An "if"/"unless" clause on `h` with a subject of its own: "Israel will hit back if Iran
    attacks" is a threat, not a schedule."""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in THREAT_MARKS for g in c.children)
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in h.children
    )


def _done_by_speaker(st: DocState, h: Token, speech: Token | None) -> bool:
    """A threatened act told in the passive with no doer ("X said any ship entering the zone
    would be attacked", "Hamas said the hostages would be executed if …"): its doer is the
    speaker, unless what is done is done to the speaker's own party ("Israel said its troops
    would be attacked" is a fear, not a threat) or the speaker only looks on (the UN, NGOs,
    the press)."""
    if speech is None or not any(c.dep_ == "auxpass" for c in h.children):
        return False
    if any(c.dep_ in ("agent", "neg") for c in h.children):
        return False  # "would not get beaten up": a reassurance
    patient = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
    speaker = subject(speech)[0]
    if patient is None or speaker is None:
        return False
    if patient.lower_ in OWN_SUBJECTS or any(c.dep_ == "poss" for c in patient.children):
        return False  # "we would be attacked", "its soldiers would be attacked"
    k = st.mention_at[speaker.i]
    if k >= 0 and countries.sector_of(st, st.mentions[k]) in ONLOOKER_SECTORS:
        return False
    return not _own_party(st, patient, speaker)


def _owed(st: DocState, h: Token) -> Token | None:
    """The speech verb of "X said Y had to / needed to <act>" (or "… it was necessary for Y
    to <act>"): an act owed by another party
    than the speaker's own, told as a demand ("Russia said Ukraine had to withdraw"); None
    for an act the speaker's own party owes ("Israel said it needed to defend itself")."""
    if not to_infinitive(h):
        return None
    if h.dep_ == "advcl" and _necessary_for(h):  # "said it was necessary for Russia to …"
        speech, doer = speech_head(st, h.head), subject(h)[0]
    elif h.dep_ == "xcomp" and h.head.lemma_.lower() in OWED_HEADS:
        speech, doer = speech_head(st, h.head), subject(h.head)[0]
    else:
        return None
    if speech is None:
        return None
    speaker = subject(speech)[0]
    if doer is None or doer.pos_ == "PRON" or _own_party(st, doer, speaker):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
        return None  # "said it was necessary for its army to …": its own
    return speech


def _necessary_for(h: Token) -> bool:
    """ "it was necessary / essential for Russia to withdraw": an act told as owed by the
    subject of its "for" clause."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in h.children):
        return False
    be = h.head
    return be.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in NECESSARY_WORDS for c in be.children
    )


def _warned_maybe(
    st: DocState, h: Token, clause: Token, aux: set[str], speech: Token | None
) -> bool:
    """ "X warned that it could strike", "Russia said it could strike …": a possible act told
    as a warning, or one the speaker's own party may do, is a threat (a plain "could" is only
    hypothetical); `clause` is what the speech verb takes ("[will keep] firing")."""
    if not aux & MAYBE_AUX:
        return False
    if speech is None:  # "signalled it could strike": a warning the speech verbs leave out
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in WARNING_HEADS
    if speech.lemma_.lower() in WARNING_HEADS:
        return True
    # on a condition or not, a possible act is a threat when the speaker's own party is to do
    # it ("Russia said it could strike …", "Medvedev said Russia could … if Kyiv …"); what
    # others are said to be able to do is a forecast ("analysts said Iran could strike …")
    return _own_party(st, subject(h)[0], subject(speech)[0])


def _own_party(st: DocState, doer: Token | None, speaker: Token | None) -> bool:
    """Whether `doer` is the party of `speaker`: "it"/"we" after a named speaker, a mention
    of the same country, or its own side named by a common noun ("his forces")."""
    if doer is None or speaker is None:
        return False
    if _own_unnamed(st, doer, speaker):
        return True
    if doer.lower_ in OWN_SUBJECTS:
        return speaker.pos_ == "PROPN" or named_in(st, speaker) >= 0
    a, b = st.mention_at[doer.i], named_in(st, speaker)
    if a < 0 or b < 0:
        return False
    ca = countries.country_of(st, st.mentions[a])
    return ca is not None and ca == countries.country_of(st, st.mentions[b])


def _own_unnamed(st: DocState, doer: Token | None, speaker: Token) -> bool:
    """ "(the minister said) his forces / the group / our troops / the country would …": the
    speaker's own side, named by a common noun with its own possessive or "the" and no
    country of its own, when the speaker is a party (not an onlooker: the UN, the press)."""
    if doer is None or doer.pos_ != "NOUN" or doer.lemma_.lower() not in OWN_SIDE_NOUNS:
        return False
    words = [c for c in doer.children if c.dep_ in ("det", "poss")]
    if len(words) != 1 or words[0].lower_ not in OWN_POSSESSIVE | {"the", "this"}:
        return False
    if any(st.mention_at[c.i] >= 0 for c in doer.children if c.dep_ in ("amod", "compound")):
        return False  # "the Israeli army": named
    k = st.mention_at[doer.i]
    if k >= 0 and countries.country_of(st, st.mentions[k]) is not None:
        return False  # "the army" the actors stage tied to a country: compared by country
    s = named_in(st, speaker)
    if s < 0 or countries.sector_of(st, st.mentions[s]) in ONLOOKER_SECTORS:
        return False
    return k < 0 or st.mentions[k].actor_id != st.mentions[s].actor_id or k == s


def _speaker_token(st: DocState, h: Token, speech: Token | None) -> Token | None:
    """The subject of the speech verb whose words hold `h` ("said [the group would …]",
    "[Our troops will …], the minister said")."""
    if speech is not None:
        return subject(speech)[0]
    sid = statement_of(st, h.idx)[0]
    stmt = next((s for _a, _b, s in st.statements if s.id == sid), None)
    if stmt is None or stmt.cue is None:
        return None
    return subject(h.doc[st.token_at(stmt.cue.start)])[0]


def named_in(st: DocState, t: Token) -> int:
    """The mention at `t`, else the first in its noun phrase ("a Kremlin spokesman"), or -1."""
    if st.mention_at[t.i] >= 0:
        return st.mention_at[t.i]
    return next((st.mention_at[g.i] for g in t.subtree if st.mention_at[g.i] >= 0), -1)


def addressed(h: Token, targets: list[Token]) -> list[Token]:
    """Where a threat or demand is aimed, best first: the party warned or told, by name or as
    the indirect object ("warned Sweden not to …", "gave the envoy 48 hours to …"), then the
    noun phrases found so far (a common noun as object is what is done, not to whom: "would
    deploy soldiers to …")."""
    told = [
        c
        for c in h.children
        if c.dep_ == "dative" or (c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON"))
    ]
    return told + [t for t in targets if t not in told]


def condition_subjects(h: Token) -> list[Token]:
    """The subjects of the conditions under `h` and its complement clauses: "would respond if
    Manila …", "will strike unless Kyiv …", "should Israel attack, …"."""
    out = []
    for t in h.subtree:
        if t.dep_ != "advcl":
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        marked = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
        inverted = any(  # "should Israel attack", "were Seoul to deploy"
            c.dep_ in ("aux", "auxpass", "ROOT") and c.lower_ in INVERTED and c.i < s.i
            for c in t.children
            for s in subj
        )
        if marked or inverted:
            out.extend(subj)
    return out


def _narrated(st: DocState, h: Token, speech: Token | None) -> bool:
    """Whether a clause is the writer's own, not inside anyone's statement: there a future is
    a schedule; in a speaker's words it is a pledge or a threat."""
    if speech is not None or statement_of(st, h.idx)[0] is not None:
        return False
    return not any(  # "…, the agency said on Monday": told by someone all the same
        t.dep_ in ("parataxis", "ROOT", "conj") and t.lemma_.lower() in st.p.speech_verbs
        for t in h.sent
        if t.i != h.i
    )


def statement_of(st: DocState, char: int) -> tuple[str | None, str | None]:
    """The innermost statement whose content holds character `char`, and the modality it gives
    ("reported", or "denied" in a negative statement)."""
    best = None
    for start, end, stmt in st.statements:
        if start <= char < end and (best is None or end - start < best[1] - best[0]):
            best = (start, end, stmt)
    if best is None:
        # the event is itself a hedged statement ("X reportedly welcomed Y"): its cue
        for _, _, stmt in st.statements:
            if stmt.cue is not None and stmt.cue.start <= char < stmt.cue.end and stmt.hedges:
                return stmt.id, "reported"
        return None, None
    stmt = best[2]
    return stmt.id, "denied" if stmt.polarity == "negative" else "reported"


def nominal(h: Token) -> tuple[str | None, bool]:
    """Modality and negation a noun's own words give the act it names: "any strike", "a
    possible meeting", "in the event of an attack" are hypothetical; "no talks" are not
    held."""
    words = {c.lower_ for c in h.children if c.dep_ in ("det", "amod", "advmod", "nummod")}
    if words & NOT_WORDS:
        return None, True
    if words & MAYBE_WORDS or _in_case_of(h):
        return "hypothetical", False
    return None, False


def _in_case_of(h: Token) -> bool:
    """ "in the event of a Chinese attack", "in case of an invasion": an act that may come."""
    of = h.head
    if h.dep_ != "pobj" or of.lower_ != "of":
        return False
    frame = of.head
    return frame.lemma_.lower() in CASE_NOUNS and frame.head.lower_ == "in"
