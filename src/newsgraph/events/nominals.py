"""Nominal triggers: nouns that name an event with its own agent ("a proposal by Macron", "US
sanctions", "X's talks with Y", "Y's detention by X"), its pair ("the meeting between X and
Y"), or a meeting set in a clause whose subject took part ("… at a meeting with Y"). A noun that
is the object of another event's trigger is that event's theme, unless it is a material act
("condemned Russia's invasion" is two events); a plan nobody is said to have tells no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import arguments, countries, lexis, participants
from newsgraph.events.arguments import to_infinitive
from newsgraph.events.matching import match
from newsgraph.events.state import DocState, Hit
from newsgraph.events.triggers import (
    OBJECT_CODE_PREPS,
    PLAN_MODALITY_NOUNS,
    control,
    ended,
    halted_noun_code,
    of_objects,
    state_of_place,
)

# material acts: coded as nouns even as the object of another event ("condemned the sanctions
# imposed by X"), unlike plans and demands, which did not happen ("rejected X's proposal")
ACT_ROOTS = ("04", "14", "15", "16", "17", "18", "19", "20")
NOUN_AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
WHEN_PREPS = frozenset({"at", "during", "after", "before", "following", "ahead"})
# a material act named in a phrase of time or setting is background, not news
BACKGROUND_ROOTS = ("17", "18", "19", "20")
BACKGROUND_PREPS = frozenset({"since", "amid", "throughout", "despite"})
BACKGROUND_HEADS = lexis.word_set("nominals", "background_heads")
ACT_HEADS = lexis.word_set("nominals", "act_heads")
HYPHENS = frozenset({"-", "–", "—"})
SEQUENCE_PREPS = frozenset({"after", "before", "following"})
VISIT_CODES = ("042", "043")
MEETING_PREPS = frozenset({"at", "during", "after", "before", "following", "in", "on", "ahead"})
# forces or arms sent, massed or delivered: their owner ("of Russian troops") sent them
THEME_CODES = ("15", "072", "074")


def noun(st: DocState, n: Token) -> Hit | None:
    """The hit of a nominal trigger that names its own agent or pair of parties: "a proposal
    by X", "X's talks with Y", "Y's detention by X", "the meeting between X and Y", or a
    meeting the clause's subject took part in ("… at a meeting with Y")."""
    p = st.p
    if n.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"):
        return None  # "Anne-Marie Slaughter", "Operation Storm": a name, not an act
    if n.dep_ == "compound" and n.head.pos_ == "NOUN" and n.head.lemma_.lower() not in ACT_HEADS:
        return None  # "riot police", "an arrest warrant", "the sanctions regime": a kind
    lemma = n.lemma_.lower()
    if lemma not in p.noun_triggers:
        return None  # no pattern, map or control entry names it: nothing below can code it
    mods = [c for c in n.children if c.dep_ in ("compound", "amod")]
    if ended(st, n):
        return None  # "the suspension of cooperation": the suspension is the event
    code = p.noun_object_code(lemma, of_objects(n, OBJECT_CODE_PREPS)) or p.noun_code(
        lemma, [c.lemma_.lower() for c in mods]
    )
    if code is None and lemma in p.halt_nouns and lemma != "end":
        code = halted_noun_code(st, n)  # "Niger's suspension of military cooperation"
    kind = p.control.get(lemma)
    hit = control(st, n, n, kind, 0) if kind is not None else None
    if hit is None and code is None:
        return None
    if _possible(st, n):
        return None  # "faces the threat of EU sanctions": no sanction by anyone yet
    if (code or "")[:2] in BACKGROUND_ROOTS and _background(n):
        return None  # "since Russia's invasion", "on the anniversary of the attack"
    if (code or "")[:2] == "05" and any(t.ent_type_ == "PERCENT" for t in n.subtree):
        return None  # "20 percent support", "support from 52 percent of voters": a poll
    by, pair = _by_and_pair(st, n)
    if hit is not None and not by and not pair and not _has_agent(st, n):
        return Hit("", [n.i], n, consume=hit.consume)  # "a proposal to negotiate": not done
    patients: list[Token] = []
    if by:
        agents = by  # "Y's detention by X": Y is the target
        patients = [c for c in n.children if c.dep_ in ("poss", "compound", "nmod")]
    elif pair:
        agents = []
    elif n.i in st.objects_of_hits and (code or "")[:2] not in ACT_ROOTS:
        if hit is not None:  # "turned down X's request to hand over …": nothing handed over
            return Hit("", [n.i], n, consume=hit.consume)
        return None  # "rejected an Indian proposal": the rejection is the event; "condemned
        # Russia's invasion" is two events
    elif n.i in st.objects_of_hits and _same_act(st, n, code):
        return None  # "restored UN sanctions": the restoring is the sanction
    else:
        where = lemma in p.place_nouns  # "the Syrian war": where, not who
        agents = [
            m
            for c in n.children
            if c.dep_ in NOUN_AGENT_DEPS and not (where and c.dep_ != "poss")
            for m in participants.np_actors(st, c)
            if not (c.dep_ == "compound" and countries.is_city(st, m))
        ]  # "the Minsk agreements", "the Geneva talks": a place, not a party
        if not agents and lemma in p.plan_nouns:  # "the peace proposals of China, Brazil"
            agents = [
                m
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for g in c.children
                if g.dep_ == "pobj"
                for m in participants.np_actors(st, g)
            ]
        if not agents:  # "drew condemnation from X": X condemns the subject
            agents, patients = participants.received_from(st, n)
        if not agents and (code or "").startswith(p.state_passive_codes):
            agents = state_of_place(st, n, *of_objects(n))  # "the arrest of X in Ankara"
        if not agents and (code or "").startswith(THEME_CODES):
            agents = _theme_owner(st, n)  # "the concentration of Russian troops"
        if not agents and (code or "")[:2] == "04":
            agents, gov = _meeting_party(st, n)
            if gov is not None and not _names_party(n):
                patients = arguments.targets(st, gov)  # "told Y during the meeting": with Y
                if n.head.lower_ not in WHEN_PREPS or not patients:
                    agents = []
            if gov is not None and not _took_part(st, n, gov, code or ""):
                agents = []
        if not agents:
            return None
    if hit is None:
        trig = sorted({n.i} | {c.i for c in mods if c.i >= n.i - 2})
        hit = Hit(code, trig, n, targets=patients + arguments.noun_targets(n), specific=True)
        if lemma in PLAN_MODALITY_NOUNS:
            hit.modality = "proposed"
    hit.head = n
    if pair:
        hit.sources, hit.targets, hit.pair_target = pair[:1], [], pair[1:2]
        if n.i in st.objects_of_hits and not by:
            return None
    else:
        hit.sources = agents
    return hit


def _possible(st: DocState, n: Token) -> bool:
    """An act named as a possibility ("the threat of EU sanctions", "the prospect of talks",
    "the risk of an attack"): rules.yaml, possibility_nouns."""
    return (
        n.dep_ == "pobj"
        and n.head.lower_ == "of"
        and n.head.head.lemma_.lower() in st.p.possibility_nouns
    )


def _background(n: Token) -> bool:
    """A past act named as the time or setting of the news ("since Russia's 2022 invasion",
    "amid the war", "the start of the offensive", "in the wake of the raid"), not as news."""
    if n.dep_ != "pobj":
        return False
    prep = n.head
    return prep.lower_ in BACKGROUND_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in BACKGROUND_HEADS
    )


def _same_act(st: DocState, n: Token, code: str | None) -> bool:
    """Whether the verb whose object the noun is codes the same root ("reimposed UN
    sanctions", "cut off the talks"): the noun is then that act's theme, not a second act."""
    if code is None or n.dep_ not in arguments.OBJ_DEPS:
        return False
    pat, _ = match(st, n.head)
    return pat is not None and pat.code[:2] == code[:2]


def _has_agent(st: DocState, n: Token) -> bool:
    return any(
        participants.np_actors(st, c)
        for c in n.children
        if c.dep_ in NOUN_AGENT_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
    )


def _by_and_pair(st: DocState, n: Token):
    """The actors of "by X" (on the noun, or hung on its verb) and of "between X and Y"."""
    by: list = []
    pair: list = []
    for c in n.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            by = _by_actors(st, c)
        elif c.dep_ == "prep" and c.lower_ == "between":
            pair = participants.pair(st, c)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and not by:  # "sanctions imposed by X"
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            by = _by_actors(st, agent) if agent is not None else []
    if not by:
        sib = arguments.by_sibling(n)
        if sib is not None:
            by = participants.np_actors(st, sib)
    if not pair and n.dep_ in ("nsubj", "nsubjpass"):  # "clashes broke out between X and Y",
        for c in n.head.children:  # "talks were held between X and Y": the pair on the verb
            if c.dep_ == "prep" and c.lower_ == "between":
                pair = participants.pair(st, c)
    if not pair:
        pair = _hyphen_pair(st, n)
    return by, pair


def _hyphen_pair(st: DocState, n: Token) -> list:
    """ "Iran-US negotiations", "the India–Pakistan clashes": two parties joined by a hyphen
    before the noun."""
    doc = st.doc
    for i in range(max(n.left_edge.i, n.i - 6), n.i - 1):
        if doc[i].text not in HYPHENS or doc[i].whitespace_ or doc[i - 1].whitespace_:
            continue
        a, b = st.mention_at[i - 1], st.mention_at[i + 1]
        if a < 0 or b < 0 or st.mentions[a].actor_id == st.mentions[b].actor_id:
            continue
        return [st.mentions[a], st.mentions[b]]
    return []


def is_setting_meeting(st: DocState, n: Token) -> bool:
    """ "at a meeting with Y", "during talks with Y": a meeting that happened whatever the clause
    around it says (it is coded even inside a demand or a promise)."""
    if n.dep_ != "pobj" or n.pos_ != "NOUN":
        return False
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children)
    if n.head.lower_ not in MEETING_PREPS and not between:  # "in response to a meeting
        return False  # between X and Y"
    if n.head.lower_ not in MEETING_PREPS and _object_of_infinitive(n):
        return False  # "offered to host a round of talks between X and Y": not held yet
    mods = [c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")]
    return (st.p.noun_code(n.lemma_.lower(), mods) or "")[:2] == "04"


def _names_party(n: Token) -> bool:
    """Whether a meeting noun names its other party ("talks with Y"), not only where it is
    ("during the meeting in Geneva")."""
    return any(
        not (t.head.lower_ in countries.VENUE_PREPS and t.head.head.i == n.i)
        for t in arguments.noun_targets(n)
    )


def _took_part(st: DocState, n: Token, gov: Token, code: str) -> bool:
    """Whether the subject of `gov` took part in the meeting `n` set before or after its act:
    only when it speaks of it ("told Y after the talks"); a visit before or after an act is
    another's as a rule ("China held drills after the visit", "Seoul summoned the envoy
    after the visit")."""
    if n.head.lower_ not in SEQUENCE_PREPS:
        return True  # "at the meeting", "during talks with Y": the subject was there
    if code.startswith(VISIT_CODES):
        return False
    return gov.i in st.cue_of or st.lemma(gov) in st.p.speech_verbs


def _object_of_infinitive(n: Token) -> bool:
    t = n
    while t.dep_ in ("pobj", "prep", "dobj") and t.head.i != t.i:
        t = t.head
        if t.pos_ == "VERB":
            return to_infinitive(t)
    return False


def _theme_owner(st: DocState, n: Token) -> list:
    """Whose forces or arms a deployment or delivery moves: the possessor or the national
    modifier of what it is of ("the massing of Ethiopian troops", "the delivery of US
    weapons", "the dispatch of Britain's warships"); none when it is what its verb's own
    dispatch moved ("the first deployment of NATO troops arrived")."""
    if n.dep_ in ("nsubj", "nsubjpass") and any(
        e.cameo.startswith(THEME_CODES) and e.trigger.start <= n.head.idx < e.trigger.end
        for e in st.events
    ):
        return []
    return [
        m
        for g in of_objects(n, ("of",))
        for c in g.children
        if c.dep_ in ("poss", "amod", "compound")
        for m in participants.np_actors(st, c)
        if not countries.is_city(st, m)
    ]


def _by_actors(st: DocState, by: Token) -> list:
    pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
    return participants.np_actors(st, pobj) if pobj is not None else []


def _meeting_party(st: DocState, n: Token) -> tuple[list, Token | None]:
    """ "X reiterated … at a meeting with Y", "X warned Y during the meeting": a meeting set in
    a clause has that clause's subject as a party (and its object, when no "with Y" is named),
    and the governing verb."""
    if n.dep_ != "pobj" or n.head.lower_ not in MEETING_PREPS:
        return [], None
    t = n.head
    for _ in range(6):
        t = t.head
        if t.pos_ in ("VERB", "AUX"):  # "urged both parties to engage in the talks": the
            subj, passive = arguments.subject(t)  # parties, not the urging side
            if subj is None or passive:
                return [], None
            return participants.np_actors(st, subj, subject=True), t
        if t.head.i == t.i:
            break
    return [], None
