"""Assembly: a `Hit` with its actors, modality, date and place becomes `Event` records.

One event per source × target. With no target named: a reciprocal predicate with several
sources gives each the others as targets ("X and Y met"); else a target named in a governing
clause, else the first country in the trigger's own clause; domestic events (protest,
coercion, concessions, violence, demands) go against the source's own country. A target is
never the source itself. The same source, target, root and trigger are emitted once.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.events import countries, lexis
from newsgraph.events import participants as parts
from newsgraph.events.arguments import (
    OBJ_DEPS,
    by_sibling,
    participle_by,
    passive_acl,
    passive_participle,
    subject,
)
from newsgraph.events.arguments import targets as np_targets
from newsgraph.events.modality import (
    ASPECT_HEADS,
    nominal,
    nonfinite,
    question,
    risk,
    statement_of,
    verbal,
)
from newsgraph.events.nominals import ACT_ROOTS
from newsgraph.events.setting import date_of, location_of
from newsgraph.events.state import DocState, Hit
from newsgraph.events.triggers import accused
from newsgraph.extensions import ActorMention
from newsgraph.model import Event, EventActor, Span

# With no target named, these are coded against the source's own country (CAMEO practice for
# domestic events: protests, coercion, concessions, violence and demands at home).
DOMESTIC_ROOTS = frozenset({"08", "10", "14", "17", "18", "19"})
NOT_DOMESTIC = ("0831", "084", "087")
PLACED_ROOTS = frozenset({"18", "19", "20"})
# force and coercion aimed at no one named, told by another country: that country is its victim
# as a rule ("Manila said Chinese ships fired water cannon at its boats")
TOLD_BY_VICTIM = frozenset({"17", "18", "19", "20"})
SPEECH_ROOTS = ("02", "10", "11", "12", "13")  # acts done by speaking
WARNING_ROOTS = (
    "11",
    "12",
    "13",
)  # a warning, criticism or rejection is about its clause's subject
# "before allowing …", "without consulting …": a gerund after these tells no act of the subject
# control kinds whose passive subject is the one addressed ("was urged / ordered to …")
ADDRESSED_KINDS = ("appeal", "demand", "allow")
NOT_DONE_PREPS = frozenset(
    {"before", "without", "instead", "than", "against", "of", "about"}
)  # resigning, releasing, retreating need no target
# roots whose codes between the same parties are different acts, told apart by their three-digit
# code ("arrived in Vienna" and "met officials"; "praised X" and "signed a deal with X"); acts of
# the other roots between the same parties are one act told with other words ("warned" … "gave a
# stern warning"; "shelled" … "attacked")
SEVERAL_ACTS = frozenset({"01", "04", "05", "08"})
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# roots of acts that a verb with a that-clause of fact only holds a view of ("agreed that …")
OPINION_ROOTS = frozenset({"03", "05", "06", "08"})
COMMENTING_SECTORS = frozenset({"EDU"})  # experts, analysts, academics
STATE_BODIES = frozenset({None, "GOV", "MIL", "COP", "SPY", "ELI"})
PLAN_MODALITY_NOUNS = lexis.word_set("shared", "plan_modality_nouns")
APPEALS = lexis.word_set("assembly", "appeals")
UNDONE_ROOTS = ("10", "13")  # what is demanded or threatened has not happened
# what a verb of intent names as intended: an object, a clause, "to/on/with/for …"
INTENDED_DEPS = frozenset(
    {"dobj", "obj", "xcomp", "ccomp", "prep", "dative", "iobj", "attr", "oprd", "prt", "agent"}
    | {"pcomp"}
)
# verbs whose object is a proposal or pledge made by their subject ("put forward a plan")
MAKING_OFFERS = lexis.word_set("assembly", "making_offers")
# verbs of intent that parties named together do with each other ("X and Y agreed to …",
# "signed a pact", "reached a deal"); the others each do on their own ("X and Y put forward
# proposals", "pledged to …")
AGREEING = lexis.word_set("assembly", "agreeing")
# words that tell parties named together acted each on its own ("both X and Y conduct
# patrols", "X and Y separately submitted plans"), not together
APART = lexis.word_set("assembly", "apart")
CONDITION_MARKS = frozenset({"if", "unless"})
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
ANAPHORA_TOKENS = 80  # how far back "the drones" looks for the side that launched them
# verbs of force that stop another's attack ("repelled the assault", "foiled an ambush")
FENDING_OFF = lexis.word_set("assembly", "fending_off")
# classes of rules.yaml whose nouns act for the party named in their modifier ("Russian
# troops", "Iran's drones", "China's proposal", "Beijing's move")
AGENT_CLASSES = ("plan", "talks", "troops", "peacekeepers", "inspectors", "correspondents")
AGENT_CLASSES += ("diplomats", "arms", "people", "conduct", "sanctions", "aid")
# nouns of bodies and people that act for their possessor ("Trump's company", "Kim's sister")
BODY_NOUNS = lexis.word_set("assembly", "body_nouns")
# arrests and detentions (CAMEO 171 seize, 173 arrest/detain, 1711 confiscate …)
DETENTION_CODES = ("171", "172", "173", "174")
ARREST_CODE = "173"  # arrest, detain, charge with legal action
# verbs of a court, not the police ("was sentenced", "was convicted") (_detaining_state)
COURT_VERBS = lexis.word_set("assembly", "court_verbs")
# nouns of what may come ("prospects for talks"): the talks they are about are not held
PROSPECTS = lexis.word_set("assembly", "prospects")


def claim(st: DocState, hit: Hit) -> None:
    """Mark the tokens a hit claims, so the walk does not code them again: its trigger, its
    complement clauses, and purpose and consequence clauses ("… to demand", ", killing …")."""
    h = hit.head
    consume = list(hit.consume)
    if h.pos_ in ("VERB", "AUX"):
        consume.extend(
            c
            for c in h.children
            if c.dep_ == "advcl"
            and (c.tag_ == "VBG" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
            and not _adjunct_act(st, hit, c)  # ", accusing X of"
        )
        st.objects_of_hits.update(c.i for c in h.children if c.dep_ in OBJ_DEPS)
        st.objects_of_hits.update(
            g.i for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        )
    consume.extend(_more_content(st, hit))
    consume.extend(_accused_means(st, h))
    if (hit.code or "")[:2] in UNDONE_ROOTS:
        st.consumed.update(_undone(h))
    for root in consume:
        st.consumed.update(t.i for t in root.subtree)
        for t in root.subtree:  # "warned that X could … and urged Y to …": the parser hung the
            if t.i != root.i and t.dep_ == "conj" and t.i in st.cue_of:  # speaker's next act
                st.consumed.difference_update(x.i for x in t.subtree)  # on the content
    st.consumed.update(hit.trigger)


def _accused_means(st: DocState, h: Token) -> list[Token]:
    """ "accused X of breaking the law by refusing Y": how the accused is said to have done
    it is part of the accusation (the parser may hang "by …" on the accusing verb), no act of
    the accuser's."""
    if st.lemma(h) not in st.p.accuse_verbs:
        return []
    preps = [c for c in h.children if c.dep_ == "prep"]
    if not any(c.lower_ == "of" for c in preps):
        return []
    return [c for c in preps if c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)]


def _more_content(st: DocState, hit: Hit) -> list[Token]:
    """Acts joined to the one a hit names as its content, with no subject of their own: "urged
    X to release the detainees and hold elections", "hoped X will honour its commitments,
    work with China and …" — more of what is urged or hoped, not acts of the speaker."""
    h = hit.head
    inner = [st.doc[i] for i in hit.trigger if i != h.i and st.doc[i].pos_ in ("VERB", "AUX")]
    if any(t.lemma_.lower() in ASPECT_HEADS for t in (h, *inner)):
        return []  # "would continue to oppose X and support Y": the doer's own next act
    out = [c for t in inner for c in t.children if c.dep_ == "conj" and _bare(c)]
    if h.pos_ != "VERB" or h.tag_ not in ("VBD", "VBZ", "VBN"):
        return out
    # "urged X to abide by A, and fulfill B", "it is hoped X will honour A, work with B": the
    # parser hung a bare present verb after the content clause on the verb that governs it
    clauses = [c for c in h.children if _content_clause(c)]
    return out + [
        c
        for c in h.children
        if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and _bare(c) and clauses
        if clauses[0].i < c.i
    ]


def _content_clause(c: Token) -> bool:
    """An infinitive ("to abide") or a clause with a subject of its own ("X will honour")."""
    if c.dep_ == "xcomp":
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    return c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)


def _bare(v: Token) -> bool:
    """A verb with no subject or auxiliary of its own."""
    return v.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children
    )


def _undone(h) -> list[int]:
    """The acts a threat or demand names as its object: "threatened with expulsion", "the
    threat of sanctions", "demanded a ban on …" have not happened and are no events."""
    out = [c.i for c in h.children if c.dep_ in OBJ_DEPS and c.pos_ == "NOUN"]
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "with"):
            out.extend(g.i for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return out


def _adjunct_act(st: DocState, hit: Hit, c) -> bool:
    """A participle after an act that is an act of its own ("condemned the sanctions,
    accusing the US of …", "rejected the plan, urging X to …"); after a protest, a call or
    demand says what the protest is for ("marched on Sunday calling on the premier to …")."""
    if c.tag_ != "VBG" or st.lemma(c) not in st.p.adjunct_acts:
        return False
    if st.lemma(c) not in APPEALS:
        return True
    # an appeal or demand: only when aimed at a party named ("urging Ottawa to …", "calling
    # on Japan to …"), not what the act before it was for ("calling for a peaceful solution")
    return not (hit.code or "").startswith("14") and any(
        t.pos_ == "PROPN" and t.dep_ in ("dobj", "pobj") and t.head.i in (c.i, *_on(c))
        for t in c.subtree
    )


def _on(c) -> list[int]:
    return [g.i for g in c.children if g.dep_ == "prep" and g.lower_ in ("on", "upon", "to")]


def emit(st: DocState, sent, hit: Hit) -> None:
    """Code `hit` into events."""
    claim(st, hit)
    if not hit.code:
        return  # a hit that only claims its clause ("is obliged to comply")
    h = hit.head
    code, modality, negated, sources = hit.code, hit.modality, hit.negated, hit.sources
    if h.pos_ in ("VERB", "AUX"):
        if question(h):
            return  # "wondered how X would fulfill …": asked, not done
        if not hit.code.startswith(SPEECH_ROOTS) and _topic(st, h):
            return  # "a vote in favour of being annexed", "talk of attacking"
        if _opinion(st, hit):
            return  # "agreed that the plan was fair": a view, not an act
        if risk(st, hit):
            return  # "the conflict threatened to explode into a wider war": a risk
        v = verbal(st, hit)
        code, modality, negated = v.code, v.modality, v.negated
        negated = negated or _none_given(st, hit)  # "made no concessions", "offered no apology"
        if v.demand or v.by_speaker:  # "X said Y must …": X demands; "…, she added": hers
            subj = v.speaker_subject
            sources = parts.np_actors(st, subj, subject=True) if subj is not None else []
            if not sources and subj is not None and subj.head.i in st.cue_of:
                stmt = st.cue_of[subj.head.i]
                hit.statement = stmt
                speaker = parts.speaker_mention(st, stmt)
                sources = [speaker] if speaker is not None else []
    elif h.pos_ in ("NOUN", "PROPN"):
        maybe, negative = nominal(h)  # "any Israeli strike", "no talks between X and Y"
        modality = maybe or modality
        negated = negated or negative
    if _condition(h) or _any_attempt(h):
        return  # "… would resume enrichment if the Europeans reimpose sanctions": a condition;
        # "any attempt to interfere will be met with …": what no one has done
    if any(_figurative(st.doc[i]) for i in {h.i, *hit.trigger}) and code[:2] in FORCE_ROOTS:
        return  # "a war of words between Paris and Rome": words, not force
    if any(_averted(st, st.doc[i]) for i in {h.i, *hit.trigger}):
        return  # "avoid a direct clash", "refrain from provocative acts": kept from happening
    if _asked(st, sent, h):
        return  # "Would it make X less committed to kill Y?": a question asserts no act
    if h.pos_ in ("NOUN", "PROPN") and code[:2] == "04" and _talks_spoken_of(st, h):
        return  # "no proposals on talks", "a plan for talks": talks not held
    if h.pos_ == "VERB" and code[:2] in ("18", "19"):
        code = _means(st, h, code)  # "a roadside bombing killed …"
    if code[:2] == "03" and (_spoken_of(st, h) or _nothing_intended(st, hit)):
        return  # "fulfil its commitments", "sees no serious proposals", "X agreed.": no one
        # offers anything here
    if sources is None:
        sources = _sources(st, hit)
        if sources is None:
            return
    if not sources:
        return  # who did it is not known: no event ("was attacked", "the plan would …")
    if code[:2] in SPEECH_ROOTS and all(_commentators(st, m) for m in sources):
        return  # "experts warn of protracted fighting": a view of onlookers, no party's act
    sources = countries.distinct_parties(st, sources)
    if code[:2] == "14":
        sources = _crowd_for_they(st, h, sources)  # "The embassy urged … They chanted …"
        if not sources:
            return
    between = _parties_between(st, hit, code, sources)
    if between:  # "Egypt announced a ceasefire deal between Israel and Hamas": theirs
        _write(st, sent, hit, st.book.entry(code), between, [], True, modality, negated)
        return
    code = _recode(st, hit, code, sources)
    targets, reciprocal = _targets(st, hit, sources, code)
    entry = st.book.entry(code)
    if entry.root == "04" and not targets and not reciprocal:
        return  # a meeting with one party named is no event ("the summit", "he arrived")
    if entry.root == "04" and _press(st, sources, targets):
        return  # "the BBC spoke to the minister": an interview, no consultation of parties
    if h.pos_ in ("NOUN", "PROPN") and not targets and not reciprocal and not _material(entry):
        if len(sources) < 2 and not parts.received_from(st, h)[0]:
            # (but "the move drew condemnation from X", "the peace plans of X, Y and Z")
            return  # a noun of talk aimed at no one tells no act ("serious proposals")
    if entry.root == "03" or h.lemma_.lower() in PLAN_MODALITY_NOUNS:
        if sources:
            st.last_plan_source = sources[:1]
    if entry.root in FORCE_ROOTS:
        st.last_force_source = (h.i, sources)
    _write(st, sent, hit, entry, sources, targets, reciprocal, modality, negated)


def _parties_between(st: DocState, hit: Hit, code: str, sources) -> list[ActorMention]:
    """The parties of an agreement or talks whose noun, in the trigger, names them with
    "between" ("announced a ceasefire deal between Israel and Hamas", "welcomed the accord
    between X and Y"): the agreement is theirs, not the announcer's; [] when the subject is one
    of them or the noun names none ("brokered an agreement between X and Y" is the broker's
    own act: the noun is no part of its trigger)."""
    if code[:2] not in ("03", "04", "05", "06"):
        return []
    mine = {m.actor_id for m in sources}
    for i in hit.trigger:
        n = st.doc[i]
        if n.pos_ != "NOUN" or n.i == hit.head.i:
            continue
        for c in n.children:
            if c.dep_ != "prep" or c.lower_ != "between":
                continue
            found = [m for g in c.children if g.dep_ == "pobj" for m in parts.np_actors(st, g)]
            if len({m.actor_id for m in found}) > 1 and not mine & {m.actor_id for m in found}:
                return found
    return []


VISITS = ("042", "043")  # make a visit, host a visit
AIMING_PREPS = frozenset({"on", "at", "against", "upon"})
HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "IGO"})


def _crowd_for_they(st: DocState, h: Token, sources: list[ActorMention]) -> list[ActorMention]:
    """A protest told of "they" is a crowd's: when "they" was read as a state or international
    body ("Students were trapped … The embassy called for their release. They chanted …",
    "police fired tear gas at protesters as they marched …"), the crowd named last in the three
    sentences before, else no one."""
    subj, t = None, h
    for _ in range(3):  # "They were heard chanting …": the subject of the verb above
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or t.head.i == t.i:
            break
        t = t.head
    if subj is None or subj.lower_ not in ("they", "them"):
        return sources
    if not all(
        (a := countries.event_actor(st, m)) is not None
        and (a.sector in OFFICIAL_SECTORS or (a.sector is None and a.country))
        for m in sources
    ):
        return sources
    first = max(0, parts._sentences_back(subj, 3))
    for t in reversed(st.doc[first : subj.i]):
        if t.tag_ not in ("NNS", "NNPS") or t.dep_ in ("compound", "amod", "poss"):
            continue
        role = parts.group_role(t)
        if role is not None and role.sector in CROWD_SECTORS:
            return parts.np_actors(st, t, subject=True)
    return []


AVERTING = lexis.word_set("assembly", "averting")
FIGURATIVE_OF = lexis.word_set("assembly", "figurative_of")
DEGREE_ADVERBS = lexis.word_set("assembly", "degree_adverbs")


def _figurative(n: Token) -> bool:
    """ "a war of words", "a battle of nerves": a noun of force "of" words or minds; "was very
    struck by", "so hurt by": a verb of force told by degree, a feeling."""
    if n.pos_ == "VERB":
        return any(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for c in n.children)
    return n.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and g.dep_ == "pobj"
        and g.lemma_.lower() in FIGURATIVE_OF
        for c in n.children
        for g in c.children
    )


def _averted(st: DocState, h: Token) -> bool:
    """An act named as what a party avoids or keeps from happening ("trying to avoid a direct
    clash", "urged both sides to refrain from provocative acts", "to prevent X from attacking"):
    it has not happened. Not when the keeping is denied or failed ("failed to prevent the
    attack", "did not avoid a clash")."""
    if h.dep_ in OBJ_DEPS or (h.dep_ == "xcomp" and h.tag_ == "VBG"):
        v = h.head
    elif h.dep_ in ("pobj", "pcomp") and h.head.lower_ == "from":
        v = h.head.head
    else:
        return False
    if st.lemma(v) not in AVERTING or any(c.dep_ == "neg" for c in v.children):
        return False
    up = v.head if v.dep_ in ("xcomp", "ccomp") else None
    return up is None or (st.lemma(up) != "fail" and not any(c.dep_ == "neg" for c in up.children))


def _condition(h: Token) -> bool:
    """Inside an "if" / "unless" clause: what must happen for another act ("will respond if
    NATO deploys missiles", "threatened to expel X unless Y apologises") is no act itself."""
    t = h
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
                return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _any_attempt(h: Token) -> bool:
    """An act named only as what "any attempt / move / effort" would be ("any attempt by
    foreign forces to interfere", "any move to annex the region"): no one has done it."""
    if h.pos_ == "NOUN" and h.dep_ in ("nsubj", "nsubjpass"):
        noun = h  # "any attempt by Tokyo to send troops will be met with force"
    elif h.dep_ == "acl" and h.head.pos_ == "NOUN":
        noun = h.head  # "any effort by Washington to impose sanctions would backfire"
    else:
        return False
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _asked(st: DocState, sent, h: Token) -> bool:
    """A direct question ("Would it make ISIL less committed to kill Americans?"): the
    trigger's sentence, within its paragraph, ends with a question mark."""
    if "?" not in st.sent_text(sent):  # (the text _write reads too, kept per sentence)
        return False
    last = None
    for t in st.doc[h.i : sent.end]:
        if t.is_space and "\n" in t.text:
            break  # a blank line: the paragraph ends here
        if not (t.is_quote or t.is_bracket or t.is_space):
            last = t
        if "\n" in t.whitespace_:
            break
    return last is not None and last.text == "?"


def _talks_spoken_of(st: DocState, h: Token) -> bool:
    """Talks that a proposal, plan or call is about ("proposals on talks", "no plans for
    talks with X", "calls for negotiations"): the talks are spoken of, not held."""
    for _ in range(3):  # ("prospects for the relaunch of talks")
        if h.dep_ != "pobj" or h.head.lower_ not in ("on", "for", "about", "of", "over"):
            return False
        h = h.head.head
        if h.pos_ != "NOUN":
            return False
        if h.lemma_.lower() in st.p.plan_nouns or h.lemma_.lower() in PROSPECTS:
            return True
    return False


def _press(st: DocState, sources, targets) -> bool:
    """A meeting of which one side is the press: an interview, not a consultation."""
    return any(countries.sector_of(st, m) == "MED" for m in [*sources, *targets])


def _opinion(st: DocState, hit: Hit) -> bool:
    """ "agreed that the fleet had value", "Germany agreed that Ukraine deserved support": a
    verb of intent, support or yielding whose object is a that-clause stating a fact tells a
    view, not the act (unlike "agreed that talks would resume", "agreed to send")."""
    h = hit.head
    if hit.code[:2] not in OPINION_ROOTS or any(c.dep_ in OBJ_DEPS for c in h.children):
        return False
    for c in h.children:
        if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            if not any(g.dep_ in ("aux", "auxpass") and g.tag_ in ("MD", "TO") for g in c.children):
                return True
    return False


def _spoken_of(st: DocState, h: Token) -> bool:
    """A noun of intent (a proposal, plan, commitment, offer) that is the object of another
    act than making it ("fulfil the commitments", "studied the proposal", "abide by its
    pledges", "sees no serious proposals"): the offer is spoken of, not made here; unless the
    noun names who made it ("a proposal by X", "X's offer")."""
    if h.pos_ not in ("NOUN", "PROPN"):
        return False
    if by_sibling(h) is not None or any(
        (c.dep_ == "prep" and c.lower_ in ("by", "from")) or (c.dep_ == "poss" and c.pos_ != "PRON")
        for c in h.children
    ):
        return False  # "blocked a proposal by Macron", "a promise from Britain": it was made
    if h.dep_ == "pobj":
        prep = h.head
        return prep.lower_ not in ("with", "by") and prep.head.pos_ in ("VERB", "AUX", "NOUN")
    if h.dep_ not in OBJ_DEPS or h.head.pos_ not in ("VERB", "AUX"):
        return False
    return st.lemma(h.head) not in st.p.light | MAKING_OFFERS | parts.RECEIVING_VERBS


def _nothing_intended(st: DocState, hit: Hit) -> bool:
    """ "The minister agreed." "Analysts agree.": a verb of intent of one party with nothing
    agreed, promised or offered (no object, clause or prepositional phrase) agrees with a
    view ("the two sides agreed" is still a deal: `two_named`, coordinated subjects)."""
    h = hit.head
    if h.pos_ not in ("VERB", "AUX") or hit.trigger != [h.i]:
        return False
    if any(c.dep_ in INTENDED_DEPS and _names_what(c) for c in h.children):
        return False
    subj, _ = subject(h)
    if subj is None or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "both"):
        return False
    return not any(c.dep_ == "conj" for c in subj.children)


def _topic(st: DocState, h: Token) -> bool:
    """An act that a noun is about rather than one told as done: a gerund after "of / for /
    about" on a noun ("a vote in favour of being annexed", "talk of attacking"). (Acts in the
    clause of an allegation, "claims that X attacked", are kept, uncommitted: hedges.)"""
    t = h
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t.dep_ == "pcomp" and t.tag_ in ("VBG", "VBN") and t.head.lower_ in ("of", "for", "about"):
        if accused(st, t):
            return False  # "accused [Armenian forces of opening fire]": the force is told
        return t.head.head.pos_ == "NOUN" and t.head.head.i not in st.consumed
    return False


def _names_what(c: Token) -> bool:
    """Whether a dependent of a verb of intent names what is intended: not "according to X",
    not a time ("agreed on Tuesday")."""
    if c.dep_ != "prep":
        return True
    if c.lower_ not in ("to", "on", "with", "upon", "for", "over", "about", "in"):
        return False
    return any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)


def _none_given(st: DocState, hit: Hit) -> bool:
    """ "made no concessions", "offered no apology", "gave no support": the act's object,
    or the noun that names it, is denied by "no"."""
    h = hit.head
    nouns = [st.doc[i] for i in hit.trigger if st.doc[i].pos_ == "NOUN"]
    nouns += [c for c in h.children if c.dep_ in OBJ_DEPS]
    return any(c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children)


def _commentators(st: DocState, m: ActorMention) -> bool:
    """A group named by its role alone whose role is to comment: "experts", "analysts"."""
    return m.actor_id in st.groups and st.groups[m.actor_id][2] in COMMENTING_SECTORS


def _material(entry) -> bool:
    """Threats and material acts (nominals.ACT_ROOTS) are told by a noun with its agent alone
    ("Belarus's threat", "the army's shelling"); other acts need the party they are aimed at."""
    return entry.root == "13" or entry.root in ACT_ROOTS


def _recode(st: DocState, hit: Hit, code: str, sources) -> str:
    """What the parties make of the act: drills held together are cooperation; a "visit" by
    troops is a deployment; a "strike" by workers is a stoppage."""
    if len({countries.country_of(st, m) or m.actor_id for m in sources}) > 1 and not _apart(
        st, hit.head
    ):
        for prefix, joint in st.p.together.items():
            if code.startswith(prefix):
                return joint
    force = code[:2] in ("18", "19") or code.startswith("138")
    if force and _by_workers(st, hit, sources):  # workers who "strike" stop work
        return st.p.walkout["threat" if code.startswith("13") else "code"]
    if code.startswith("14") and _by_state(st, hit, sources):  # "Japan protested the …"
        return st.p.state_protest["code"]
    if code.startswith("144") and _state_forces(st, hit, sources):  # "the coast guard
        return st.p.state_block["code"]  # blocked a resupply mission"
    if code.startswith("042"):
        return _military_visit(st, hit) or code
    return code


def _military_visit(st: DocState, hit: Hit) -> str | None:
    """A "visit" by troops or peacekeepers ("US troops arrived", "a first batch of
    peacekeeping troops arrived") is a deployment; one by an "army chief" is a visit."""
    subj, _ = subject(hit.head)
    heads = [subj, *subj.conjuncts] if subj is not None else []
    heads += [g for h in heads for c in h.children if c.lower_ == "of" for g in c.children]
    units = frozenset().union(*(st.p.classes[cls] for cls in st.p.military_visit))
    for h in (h for h in heads if h.lemma_.lower() in units):
        words = {h.lemma_.lower()} | {
            c.lemma_.lower() for c in h.children if c.dep_ in ("compound", "amod")
        }
        for cls, military in st.p.military_visit.items():  # peacekeepers first
            if words & st.p.classes[cls]:
                return military
    return None


def _by_state(st: DocState, hit: Hit, sources) -> bool:
    official = st.p.state_protest
    return any(st.doc[i].lemma_.lower() in official["words"] for i in hit.trigger) and _of_states(
        st, sources, official["sectors"]
    )


def _state_forces(st: DocState, hit: Hit, sources) -> bool:
    """Whether what is blocked moves or carries (rules.yaml, state_block objects) and every
    source is a state, its government, forces or police (state_block sectors; a bare name
    must name a state)."""
    block = st.p.state_block
    objects = [c for c in hit.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.lower() in block["objects"] for o in objects):
        return False
    return bool(sources) and _of_states(st, sources, block["sectors"])


def _of_states(st: DocState, sources, sectors) -> bool:
    """Whether every source is of one of ``sectors`` (a state, its government, forces or
    police); a source with no sector passes only when ``sectors`` holds "" and its name names a
    state."""
    for m in sources:
        sector = countries.sector_of(st, m) or ""
        if sector not in sectors or not (sector or _named_state(st.doc[m.start : m.end])):
            return False
    return True


def _named_state(span) -> bool:
    """ "Japan", "Tokyo", "the Philippines" name a state; "thousands of Serbs" name people."""
    last = span[-1]
    if last.ent_type_ != "GPE":
        return False
    return last.tag_ == "NNP" or (
        last.tag_ == "NNPS" and span[0].i > 0 and span.doc[span[0].i - 1].lower_ == "the"
    )


def _by_workers(st: DocState, hit: Hit, sources) -> bool:
    walkout = st.p.walkout
    return any(st.doc[i].lemma_.lower() in walkout["words"] for i in hit.trigger) and any(
        countries.sector_of(st, m) in walkout["sectors"] for m in sources
    )


def _means(st: DocState, h: Token, code: str) -> str:
    """ "a roadside bombing killed …", "Predator attacks have killed …": the subject names the
    means, and its code is the event's."""
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return code
    mods = [c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")]
    means = st.p.noun_code(subj.lemma_.lower(), mods)
    if means is not None and means[:2] in ("18", "19"):
        st.consumed.add(subj.i)
        return means
    return code


def _sources(st: DocState, hit: Hit) -> list[ActorMention] | None:
    """The actors of the head's subject; else, when the trigger is a statement's cue ("She
    urged …"), the statement's speaker; else the subject of a governing clause. None when a
    bare infinitive or gerund has none."""
    h = hit.head
    if passive_participle(h) and not _by_phrase(h):
        return None  # "Asked about the talks, the minister said …": asked by no one named
    stmt = _said_and(st, h, hit)
    if stmt is not None:  # "She said Manila had provoked it and demanded that it stop": hers
        hit.statement, hit.own_words = stmt, True
        speaker = parts.speaker_mention(st, stmt)
        return [speaker] if speaker is not None else None
    subj, passive = subject(h)
    if (
        subj is None
        and st.p.control.get(st.lemma(h)) not in (None, *ADDRESSED_KINDS)
        and not (passive and _by_phrase(h))
        and not _given_to(h)
    ):  # "Vietnam is committed to opening up" (but "he was invited / urged to attend": the
        # one asked acts on no one's behalf)
        subj = next((c for c in h.children if c.dep_ in ("nsubjpass", "expl")), None)
    if subj is not None and subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in h.children):
        speaker = _content_speaker(st, h)  # "'It is hoped X will …,' Y said": Y hopes
        if speaker:
            return speaker
    sources = parts.np_actors(st, subj, subject=True) if subj is not None else []
    if sources and subj is not None and _no_agent(st, subj):
        sources = []  # "Turkey's economic crisis forced …", "India's heatwave killed …"
    if not sources and subj is not None:
        sources = parts.two_named(st, subj, subj.i)  # "the two sides agreed"
    if not sources and subj is not None and st.lemma(subj) in st.p.classes.get("arms", ()):
        sources = _fired_by(st, subj, h)  # "drones launched by the rebels struck …"
    if subj is None and passive and not _by_phrase(h):
        found = _detained_in(st, hit) or _same_force(st, hit)
        if found:
            return found  # "two French nationals were detained in Iran"
    if subj is None and passive and passive_acl(h):
        return _done_in(st, hit)  # "six people killed in an Israeli strike": Israel's
        # (but "killed in clashes with …": the counted ones fought)
    if sources and subj.pos_ != "PRON":
        return sources
    if passive and subj is not None and subj.dep_ == "pobj" and subj.pos_ != "PRON":
        return []  # "it had been promised arms by its allies": a doer named, but no actor
    stmt = hit.statement or _cue_statement(st, hit)
    if stmt is not None:
        hit.statement = stmt
        speaker = parts.speaker_mention(st, stmt)
        if speaker is not None:
            return [speaker]
    if sources:
        return sources
    if subj is not None and subj.pos_ == "PRON" and parts.in_quote(st, subj):
        # "We protested," X said: X; "He promised …," X said: not X
        found = parts.quote_speaker(st, subj) or parts.pronoun_person(st, subj)
        if not found and h.tag_ == "VBZ" and (hit.code or "").startswith(SPEECH_ROOTS):
            found = _body_in_its_quote(st, subj)  # "He calls on …," the AU said: of its head
        return found
    done_before = h.dep_ == "pcomp" and h.head.lower_ not in NOT_DONE_PREPS
    clause_like = h.dep_ in ("acl", "relcl", "advcl", "xcomp", "conj") or done_before
    unnamed = (  # "X was attacked while Y …": not Y (but "was scheduled to meet": X meets),
        passive  # and not Y either when the "by" phrase names no actor; nor the subject of
        and _passive_clause(h)  # "drones were intercepted and destroyed"
        and not _planned(st, h)
    )
    own_noun = subj is not None and subj.pos_ == "NOUN" and h.dep_ == "advcl" and subj.i > h.head.i
    # "…, with 26 states agreeing to …": a subject of its own that names no party
    own_noun = own_noun or (done_before and subj is not None and subj.head.i == h.i)
    if (
        (subj is None or subj.pos_ == "PRON" or h.dep_ in ("acl", "relcl", "advcl") or done_before)
        and clause_like
        and not unnamed
        and not own_noun  # "X prepared strikes as the conflict threatened to …": not X
    ):  # "After signing X, A and B met": A and B signed
        sources = parts.antecedent(st, h)
    elif subj is not None and (
        subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
    ):
        sources = parts.antecedent(st, h)  # "he would …", "their forces had …"
    if not sources and subj is not None and subj.pos_ == "PRON":
        sources = parts.pronoun_person(st, subj)  # "She visited Seoul on Monday."
        sources = sources or parts.unquoted_we(st, subj)  # a statement's "We call on …"
    if not sources and nonfinite(h):
        return None
    return sources


def _given_to(h: Token) -> bool:
    """ "We were offered water", "Kyiv was promised jets": a passive verb of giving with an
    object of its own and no infinitive; its subject is who receives, not who offers."""
    if not any(c.dep_ == "nsubjpass" for c in h.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in h.children):
        return False
    return any(c.dep_ in OBJ_DEPS for c in h.children)


def _body_in_its_quote(st: DocState, pron) -> list:
    """'"He calls on the army to return to barracks," the African Union said', '"It urges
    both sides to …," the ministry said': in the quoted words of a body (an organisation or
    state body), "he", "she" or "it" that speaks is the body, telling of itself or its head in
    the third person; [] elsewhere."""
    if pron.lower_ not in ("he", "she", "it"):
        return []
    for _start, _end, stmt in st.statements:
        quote = stmt.quote
        if quote is None or not quote.start <= pron.idx < quote.end:
            continue
        mention = parts.speaker_mention(st, stmt)
        actor = st.actors.get(mention.actor_id) if mention is not None else None
        return [mention] if actor is not None and actor.kind == "organisation" else []
    return []


def _no_agent(st: DocState, subj: Token) -> bool:
    """A subject that names its party only in a modifier, and is itself neither a body, a
    person, a force, a weapon, a crowd, a document nor an act ("Turkey's economic crisis",
    "India's heatwave", "Brazil's drought", "Carson's struggles"): a happening, which acts
    for no one; "Israel's offensive", "Russia's missiles", "China's statement" act for theirs."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or st.mention_at[subj.i] >= 0:
        return False  # (a singular noun: "Rubio's advisers", "Sanders supporters" act)
    if subj.head.i in st.cue_of or not any(c.dep_ == "poss" for c in subj.children):
        return False  # "Clinton's campaign said …"; only a possessor is read so
    if parts.group_role(subj) is not None or parts.is_role_noun(subj):
        return False
    lemma = subj.lemma_.lower()
    p = st.p
    if lemma in p.statement_nouns or lemma in p.control or lemma in p.crowd_nouns:
        return False
    if lemma in parts.STATE_NOUNS or lemma in BODY_NOUNS:
        return False  # "the U.S. attorney's office is investigating …"
    if any(lemma in p.classes.get(c, ()) for c in AGENT_CLASSES):
        return False
    mods = [c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")]
    return p.noun_code(lemma, mods) is None and lemma not in p.halt_nouns


def _passive_clause(h: Token) -> bool:
    """Is `h` passive in its own words, or a bare verb joined to a passive one ("were
    intercepted and destroyed": the drones underwent both)?"""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in h.children) or passive_acl(h):
        return True
    bare = h.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in h.children)
    return bare and h.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in h.head.children)


def _planned(st: DocState, h: Token) -> bool:
    """ "was scheduled / expected / set to meet": the subject is who will act."""
    lemma = st.lemma(h)
    return st.p.control.get(lemma) == "scheduled" or lemma in st.p.scheduled_passive


def _fired_by(st: DocState, weapon: Token, h: Token) -> list[ActorMention]:
    """Who used a weapon told as the subject of an attack: the agent or origin of its
    participle ("a missile fired by Hezbollah", "rockets launched from Gaza"); else, for "the
    drones" or "the missiles", the side that used force just before ("Russia launched drones
    at Odesa. The drones struck the port …")."""
    for c in weapon.children:
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        for g in c.children:
            if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                for o in g.children:
                    found = parts.np_actors(st, o) if o.dep_ == "pobj" else []
                    if found:
                        return found
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in weapon.children):
        at, who = st.last_force_source
        if who and 0 <= h.i - at <= ANAPHORA_TOKENS:
            return who
    return []


def _done_in(st: DocState, hit: Hit) -> list[ActorMention]:
    """ "Four soldiers killed in a Turkish drone attack", "six people wounded during an army
    raid": the side named first on the act of force a toll is told in; with none named, the
    counted ones when it was fighting, which both sides do ("three soldiers killed in clashes
    with rebels"); else [] ("four activists arrested under the new law": by no one named)."""
    h = hit.head
    fighting = (hit.code or "")[:2] == "19"
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid"):
            for o in c.children:
                mods = [g.lemma_.lower() for g in o.children if g.dep_ in ("compound", "amod")]
                code = st.p.noun_code(o.lemma_.lower(), mods) if o.dep_ == "pobj" else None
                if code and code[:2] in (*FORCE_ROOTS, "17"):
                    # its doer is named first ("an Israeli West Bank raid", "Hamas's raid")
                    first = [st.mention_at[t.i] for t in o.subtree if t.i < o.i]
                    first = [st.mentions[k] for k in first if k >= 0]
                    found = first or parts.np_actors(st, o)  # ("a raid by the army")
                    if found:
                        return found[:1]
                    fighting = fighting or code[:2] == "19"
    return parts.np_actors(st, h.head, subject=True) if fighting else []


def _detained_in(st: DocState, hit: Hit) -> list[ActorMention]:
    """An arrest or detention told in the passive with no agent takes the state where it was
    done: "two French nationals were detained in Iran" (the state detains, CAMEO 17)."""
    h = hit.head
    if not (hit.code or "").startswith(DETENTION_CODES) or h.pos_ != "VERB":
        return []
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                found = [m for m in parts.np_actors(st, o) if countries.country_of(st, m)]
                if o.dep_ == "pobj" and found:
                    return found[:1]
    return _detaining_state(st, hit)


def _detaining_state(st: DocState, hit: Hit) -> list[ActorMention]:
    """An arrest told in the passive with no agent and no state named where it was made
    ("the opposition leader was arrested at his home on Friday", "he was sentenced to two
    years"): the police (a court, for a sentence) of the state where it happened: the country
    of a place named in the clause ("at his home in Dakar"), else the country the article is
    about (named most), else the one of its dateline. (CAMEO 173 only: a seizure or an
    expulsion told without its agent may be another state's.)"""
    h = hit.head
    if not (hit.code or "").startswith(ARREST_CODE):
        return []
    country = (
        _place_in_clause(st, h)
        or countries.main_country(st)
        or countries.dateline_country(st)
        or countries.main_country(st, any_kind=True)
    )
    if country is None:
        return []
    key = f"group:{h.i}"  # the state's body, told by the act alone: no actor of the Reading
    if key not in st.groups:
        sector = "JUD" if st.lemma(h) in COURT_VERBS else "COP"
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        st.groups[key] = (mention, country, sector)
    return [st.groups[key][0]]


def _place_in_clause(st: DocState, h: Token) -> str | None:
    """The country of the first place named after "in" in the verb's own clause ("arrested
    at his home in Dakar", "detained at the airport in Istanbul")."""
    stack = [c for c in h.children if c.dep_ == "prep"]
    while stack:
        t = stack.pop(0)
        if t.dep_ == "pobj" and t.head.lower_ == "in":
            k = st.mention_at[t.i]
            country = countries.country_of(st, st.mentions[k]) if k >= 0 else None
            if country:
                return country
            if t.ent_type_ in ("GPE", "LOC"):
                place = st.places.lookup(t.text)
                if place is not None:
                    return place.country
        stack.extend(c for c in t.children if c.dep_ in ("prep", "pobj"))
    return None


def _same_force(st: DocState, hit: Hit) -> list[ActorMention]:
    """Killing or wounding told in the passive with no agent, joined to a use of force coded
    just before ("police opened fire on the crowd, and two protesters were killed"): by
    whoever used that force."""
    h = hit.head
    if (hit.code or "")[:2] not in FORCE_ROOTS or h.dep_ not in ("conj", "advcl"):
        return []
    at, sources = st.last_force_source
    if at != h.head.i:
        return []
    victims = [c for c in h.children if c.dep_ == "nsubjpass"]
    if any(t.pos_ == "PRON" for v in victims for t in v.subtree):
        return []  # "attacked a post and three of them were killed": whose dead is not told
    mine = {m.actor_id for m in sources}
    if any(m.actor_id in mine for v in victims for m in parts.np_actors(st, v)):
        return []
    return list(sources)


def _said_and(st: DocState, h: Token, hit: Hit):
    """The statement whose speaker did `h`: a speech act (demand, appeal, criticism, rejection,
    threat) with no subject of its own that the parser joined to the reported clause ("said
    [Manila had provoked it and demanded …]") is the speaker's next act, not the clause's."""
    if h.dep_ != "conj" or not hit.code.startswith(SPEECH_ROOTS) or h.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in h.children) or h.tag_ != "VBD":
        return None
    first = h.head
    if first.dep_ != "ccomp" or first.head.i not in st.cue_of:
        return None
    stmt = st.cue_of[first.head.i]
    own = subject(first)[0]
    if own is None or own.pos_ == "PRON":
        return None  # "said it had … and demanded …": one subject for both
    # only when the act is aimed at that subject ("Manila had provoked it and demanded that it
    # stop": no one demands of themselves); "the leader had inspected X and ordered the army
    # to …" stays the leader's
    mine = {m.actor_id for m in parts.np_actors(st, own, subject=True)}
    aimed = [c for c in h.children if c.dep_ in ("dobj", "dative")]
    aimed += [g for c in h.children if c.dep_ in ("ccomp", "xcomp") for g in c.children]
    if not any(
        (t.dep_ in ("nsubj", "dobj", "dative") and t.lower_ in ("it", "they", "them"))
        or any(m.actor_id in mine for m in parts.np_actors(st, t))
        for t in aimed
    ):
        return None
    return stmt if parts.speaker_mention(st, stmt) is not None else None


def _by_phrase(h: Token) -> bool:
    return any(t.dep_ in ("prep", "agent") and t.lower_ == "by" for t in h.subtree)


def _content_speaker(st: DocState, h: Token) -> list[ActorMention]:
    """The speaker of the statement whose content holds `h`."""
    stmt = parts.statement_around(st, h.idx)
    if stmt is None:
        return []
    mention = parts.speaker_mention(st, stmt)
    return [mention] if mention is not None else []


def _cue_statement(st: DocState, hit: Hit):
    """The statement whose cue the trigger is ("warned", "accused"), if its speaker is known."""
    for i in (hit.head.i, *hit.trigger):
        stmt = st.cue_of.get(i)
        if stmt is not None and parts.speaker_mention(st, stmt) is not None:
            return stmt
    return None


def _targets(st: DocState, hit: Hit, sources: list[ActorMention], code: str):
    """The target actors, and whether the sources act together (several sources, no target)
    and are each other's targets ("X and Y met")."""
    h = hit.head
    targets: list[ActorMention] = []
    own = _state_of(st, sources)
    act = _backed_act(st, h, code)  # "backed the sanctions on Russia": not aimed at Russia
    for t in _addressed_first(st, hit, code):
        if act is not None and t.i != act.i:
            continue
        if len(sources) > 1 and t.head.lower_ == "in" and t.dep_ == "pobj":
            continue  # "Saudi Arabia and Iran held talks in Baghdad": a venue, not a party
        targets = parts.np_actors(st, t) or parts.two_named(  # "urged both parties"
            st, t, t.i, exclude={m.actor_id for m in sources}
        )
        targets = _aimed(st, targets, own)
        if targets:
            break
    if not targets:
        targets = hit.pair_target
    undergone = participle_by(h)  # "a plan backed by X and Y": done to the plan
    if not targets and undergone:
        targets = _aimed(st, parts.np_actors(st, h.head), own)
    if not targets and hit.targets and hit.targets[0].pos_ == "PRON":
        targets = parts.pronoun_target(st, hit.targets[0], sources)
    if not targets and code[:2] in WARNING_ROOTS:
        targets = _content_subject(st, h, sources)  # "warned that Seoul would pay"
    if not targets and hit.targets:
        first = hit.targets[0]
        if first.lemma_.lower() in st.p.plan_nouns and any(
            c.lower_ in ("the", "this", "that") for c in first.children
        ):
            targets = st.last_plan_source
    together = not targets and len(sources) > 1 and not undergone
    if together:
        if code[:2] in PLACED_ROOTS and any(
            c.dep_ == "dobj" and (st.p.noun_code(c.lemma_.lower(), []) or "")[:2] != "19"
            for c in h.children
        ):  # (but "X and Y fought a war": the war is the fight between them)
            return [], _mutual(st, h)  # "US and British jets struck targets": allies, together
        return [], _jointly(st, h, code) or _mutual(st, h) or hit.reciprocal
    purpose = h.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)
    if not targets and purpose and h.dep_ in ("advcl", "xcomp") and h.head.pos_ == "VERB":
        for t in np_targets(st, h.head):  # "sent personnel to Bosnia to investigate"
            targets = _aimed(st, parts.np_actors(st, t), own)
            if targets:
                break
    if not targets and h.pos_ in ("VERB", "AUX", "NOUN") and act is None:
        targets = countries.clause_country(
            st, h, sources, venues=not code.startswith("04"), skip_countries=own
        )
    if not targets:
        targets = _aimed(st, _shared_target(st, h, sources), own)
    return targets, False


def _backed_act(st: DocState, h: Token, code: str) -> Token | None:
    """The act a verb of support takes as its object ("backed the firing of water cannon at
    X", "welcomed the sanctions on Y"): the support goes to whoever does that act, named in
    the act's own noun phrase, not to the one it is done to."""
    if code[:2] != "05" or h.pos_ not in ("VERB", "AUX"):
        return None
    for c in h.children:
        if c.dep_ in OBJ_DEPS and c.pos_ == "NOUN":
            mods = [g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")]
            means = st.p.noun_code(c.lemma_.lower(), mods) or ""
            aimed = any(g.dep_ == "prep" and g.lower_ in AIMING_PREPS for g in c.children)
            if means[:2] in HOSTILE_ROOTS or (not means and aimed and c.lower_.endswith("ing")):
                return c  # (a noun of a hostile act, or "the firing of … at X")
    return None


def _state_of(st: DocState, mentions: list[ActorMention]) -> set[str]:
    """The countries whose state (the country, its government, forces or police) the
    mentions stand for: an act of a state is not aimed at that state ("Lavrov rejected
    criticism of Russia" is not aimed at Russia), though it may be at its people or rebels."""
    out = set()
    for m in mentions:
        actor = countries.event_actor(st, m)
        if actor is not None and actor.country and actor.sector in STATE_BODIES:
            out.add(actor.country)
    return out


def _aimed(st: DocState, found: list[ActorMention], own: set[str]) -> list[ActorMention]:
    """The actors of `found` other than the state of the sources (`_state_of`)."""
    return [m for m in found if not _state_of(st, [m]) & own] if own else found


def _addressed_first(st: DocState, hit: Hit, code: str) -> list[Token]:
    """The noun phrases to look for the target in: for an act done by speaking, whom the
    speaker addresses comes first ("warned Sweden not to expect Turkish support", "told Japan
    to stay out of its affairs"): what the addressee is told to do or not is aimed elsewhere."""
    h = hit.head
    if not code.startswith(SPEECH_ROOTS) or h.pos_ not in ("VERB", "AUX") or hit.obligation:
        return hit.targets
    if h.i not in st.cue_of and st.lemma(h) not in st.p.speech_verbs:
        return hit.targets  # ("Armenia must withdraw its troops," X said: not X's words)
    addressed = [c for c in h.children if c.dep_ in ("dobj", "dative", "iobj")]
    return addressed + [t for t in hit.targets if t not in addressed]


def _shared_target(st: DocState, h: Token, sources) -> list[ActorMention]:
    """ "visited Kyiv and pledged more air defence": a verb joined to a coded act of the same
    subject, aimed at no one in its own clause, is aimed where that act was."""
    v = h.head
    if h.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.i > h.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        return []
    if not any(
        e.target is not None and e.trigger.start <= v.idx < e.trigger.end for e in st.events
    ):
        return []
    own = {m.actor_id for m in sources}
    for t in np_targets(st, v):
        found = [m for m in parts.np_actors(st, t) if m.actor_id not in own]
        if found:
            return found
    return []


def _content_subject(st: DocState, h: Token, sources) -> list[ActorMention]:
    """The party a warning or criticism is about: the subject of its that-clause."""
    own = {countries.country_of(st, m) or m.actor_id for m in sources}
    for c in h.children:
        if c.dep_ != "ccomp":
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        found = parts.np_actors(st, subj)
        return [m for m in found if (countries.country_of(st, m) or m.actor_id) not in own][:1]
    return []


def _jointly(st: DocState, h: Token, code: str) -> bool:
    """Whether parties named together do a reciprocal act with each other ("X and Y met",
    "agreed to restore ties"); not an offer each makes ("X and Y put forward proposals"),
    nor acts each did on its own ("both X and Y conducted patrols")."""
    if not code.startswith(st.p.reciprocal_codes) or _apart(st, h):
        return False
    if code.startswith(VISITS):
        return False  # "As well as X, Y visited the shrine": together, not each other
    return code[:2] != "03" or st.lemma(h) in AGREEING


def _apart(st: DocState, h: Token) -> bool:
    """ "both X and Y", "separately", "their respective …": each party acted on its own."""
    subj, _ = subject(h)
    words = [*h.children, *(subj.subtree if subj is not None else ())]
    words += [g for c in h.children if c.dep_ in OBJ_DEPS for g in c.children]
    if subj is not None and subj.lower_ in ("two", "both"):
        return False  # "the two sides agreed", "both said …": told of the pair together
    return any(t.lower_ in APART for t in words)


def _each(h: Token) -> bool:
    """ "X and Y each …": "each" on the verb or on its subject."""
    subj, _ = subject(h)
    near = [*h.children, *(subj.children if subj is not None else ())]
    return any(c.lower_ == "each" for c in near)


def _mutual(st: DocState, h: Token) -> bool:
    """ "each other", "one another", "jointly", "together" in the trigger's clause."""
    for t in h.subtree:
        prev = st.doc[t.i - 1].lower_ if t.i > 0 else ""
        if (t.lower_, prev) in (("other", "each"), ("another", "one")):
            return True
        if (t.lower_, prev) == ("other", "the") and t.head.i == h.i and _each(h):
            return True  # "X and Y each accused the other of …"
    if h.lemma_.lower() in st.p.reciprocal_verbs:
        return True
    return any(c.lower_ in st.p.reciprocal_words for c in h.children)


def _pairs(st: DocState, sources, targets, reciprocal) -> list[tuple]:
    """(source, target) mentions to emit: each source with each target, or with each other
    source when they act together; a target that is the source itself is left out."""
    if reciprocal:
        return [(s, t) for s in sources for t in sources if t.actor_id != s.actor_id]
    out = []
    for s in sources or [None]:
        mine = [t for t in targets if s is None or t.actor_id != s.actor_id]
        out.extend((s, t) for t in mine or [None])
    return out


def _place(st: DocState, sent, entry, sources, targets, reciprocal, location):
    """Force used where no target is named is used against the country it happens in:
    "Israeli tanks fired shells at targets in Jericho" (a place of the gazetteer)."""
    if targets or reciprocal or not sources or entry.root not in PLACED_ROOTS:
        return None
    if location is None or not location.country:
        return None
    src = countries.event_actor(st, sources[0], sent)
    if src is None or src.country == location.country:
        return None
    return EventActor(code=location.country, country=location.country)


def _domestic(st: DocState, sent, hit: Hit, entry, sources, targets, reciprocal):
    if (
        targets
        or reciprocal
        or not sources
        or hit.head.pos_ not in ("VERB", "AUX")
        or entry.root not in DOMESTIC_ROOTS
        or entry.code.startswith(NOT_DOMESTIC)
        or st.lemma(hit.head) in st.p.defence_verbs  # "repelled the assault": not at home
    ):
        return None
    if entry.root in FORCE_ROOTS and _fends_off(st, hit.head):
        return None  # "troops repelled the assault": aimed at the attackers, not at home
    actor = st.actor_of(sources[0])
    subj, _ = subject(hit.head)
    said = st.chars(sources[0].start_char, sources[0].end_char)
    itself = subj is not None and sources[0].start <= subj.i < sources[0].end
    if actor is not None and actor.kind == "country" and itself and not countries.is_demonym(said):
        return None  # "China arrested …": the target is not the source itself ("Chinese
        # police", "Algerian landowners", "Algerians" acting at home keep their country)
    src = countries.event_actor(st, sources[0], sent)
    if src is not None and src.actor_id is None and not src.sector:
        return None  # "the North fired …": a state, named by a word that is no actor's
    if src is not None and src.country and entry.root in TOLD_BY_VICTIM:
        victim = _telling_country(st, hit)  # "According to Kyiv, Russian forces shelled …"
        if victim is not None and victim != src.country:
            return EventActor(code=victim, country=victim)
    if src is not None and src.country:
        return EventActor(code=src.country, country=src.country)
    return None


def _fends_off(st: DocState, h: Token) -> bool:
    """Is what the verb acts on itself an attack ("repelled the assault", "the offensive was
    beaten back", "thwarted an infiltration attempt")? Then it is aimed at the attackers."""
    if h.lemma_.lower() not in FENDING_OFF:
        return False  # "launched an attack", "escalated its attacks": the attack itself
    for c in h.children:
        if c.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        mods = [g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")]
        code = st.p.noun_code(c.lemma_.lower(), mods) or next(
            (st.p.noun_code(m, []) for m in mods if st.p.noun_code(m, [])), None
        )
        if code is not None and code[:2] in FORCE_ROOTS:
            return True
    return False


def _telling_country(st: DocState, hit: Hit) -> str | None:
    """The country of who tells of force used on no named target: its victim, as a rule."""
    stmt = parts.statement_around(st, st.doc[hit.trigger[0]].idx)
    speaker = parts.speaker_mention(st, stmt) if stmt is not None else None
    if speaker is None:
        return None
    return countries.country_of(st, speaker) or countries.actor_country(st, speaker.actor_id)


def _write(st: DocState, sent, hit: Hit, entry, sources, targets, reciprocal, modality, negated):
    trig_tokens = [st.doc[i] for i in hit.trigger]
    start = min(t.idx for t in trig_tokens)
    end = max(t.idx + len(t.text) for t in trig_tokens)
    statement, stmt_modality = statement_of(st, start)
    if hit.own_words and hit.statement is not None:
        statement, stmt_modality = hit.statement.id, None  # the speaker's act, not reported
    if statement is None and hit.statement is not None:
        statement = hit.statement.id  # the event is the speech act of this statement
    if statement is None and hit.head.i in st.cue_of:
        statement = st.cue_of[hit.head.i].id  # "Poland urged Germany to …": its own words
    if stmt_modality == "denied":
        modality = "denied"
    elif modality is None:
        modality = stmt_modality or "asserted"
    date, date_span = date_of(st, sent, hit)
    location = location_of(st, sent, hit)
    sent_span = sentence_span(st, sent, start, end)
    confidence = 0.4 + 0.2 * bool(sources) + 0.2 * bool(targets) + 0.1 * hit.specific
    if modality == "hypothetical":
        confidence -= 0.2
    domestic = _place(st, sent, entry, sources, targets, reciprocal, location)
    domestic = domestic or _domestic(st, sent, hit, entry, sources, targets, reciprocal)
    if domestic is not None:
        confidence -= 0.1
    lemma = hit.head.lemma_.lower()
    for s, t in _pairs(st, sources, targets, reciprocal):
        key = (s.actor_id if s else None, t.actor_id if t else None, entry.root, hit.head.i)
        again = (_party(st, s), _party(st, t), entry.code, lemma)
        if key in st.seen or st.told_by.get(again, hit.head.i) != hit.head.i:
            continue  # the same act of the same parties told again (headline, lede, body)
        st.seen.add(key)  # (one telling may name two bodies of one country: "the Sudanese
        st.told_by.setdefault(again, hit.head.i)  # government and the rebels must …")
        source = countries.event_actor(st, s, sent)
        target = countries.event_actor(st, t, sent) if t is not None else domestic
        if t is not None and _same_party(source, target):
            # "Tokyo … Sato rejected …" read as Japan against Japan: no target is the source
            if (key[0], None, entry.root, hit.head.i) in st.seen:
                continue
            st.seen.add((key[0], None, entry.root, hit.head.i))
            target = domestic
        eid = f"e{len(st.events) + 1}"
        st.told[eid] = (again[0], entry.root, lemma)
        st.events.append(
            Event(
                id=eid,
                source=source,
                target=target,
                cameo=entry.code,
                root=entry.root,
                plover=entry.plover,
                quad=entry.quad,
                goldstein=entry.goldstein,
                trigger=Span(start=start, end=end, text=st.chars(start, end)),
                sentence=sent_span,
                negated=bool(negated),
                modality=modality,
                statement=statement,
                date=date,
                date_span=date_span,
                location=location,
                confidence=round(max(0.05, min(confidence, 0.95)), 2),
            )
        )


def _same_party(source: EventActor | None, target: EventActor | None) -> bool:
    """The same party: the same code, or a country acting on a body of its own ("Ghana
    condemned the attack on its embassy": GHA and GHAGOV; but a state acting on its people,
    or a minister or farmers acting at home, have a target: "French farmers blockaded Paris",
    "China arrested activists")."""
    if source is None or target is None or source.code is None:
        return False
    if source.code == target.code:
        return True
    return (
        source.sector is None
        and target.sector == "GOV"
        and source.country is not None
        and source.country == target.country
    )


def _party(st: DocState, m: ActorMention | None) -> str | None:
    """The party a mention stands for when telling whether an act was told twice: its
    country ("Iran condemns …" and "Iran's spokesman condemned …"), else its actor."""
    if m is None:
        return None
    return countries.country_of(st, m) or m.actor_id


def sentence_span(st: DocState, sent, start: int, end: int) -> Span:
    """The sentence, clipped to the paragraph of the trigger: a sentence the parser ran
    across a blank line (where masked boilerplate sat) is not one sentence of the article."""
    base = sent.start_char
    text = st.sent_text(sent)
    lo, hi = 0, len(text)
    for m in BLANK_LINE.finditer(text):
        if m.end() <= start - base:
            lo = m.end()
        elif m.start() >= end - base:
            hi = m.start()
            break
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return Span(start=base + lo, end=base + hi, text=text[lo:hi])


def retold(st: DocState) -> list[Event]:
    """The events without the ones told again: "X sent supplies" in a headline and "X sent
    supplies to Y" in the lede are one act, X's toward Y; so are two tellings of one root
    between the same parties ("lodged a protest" … "made a protest"; "Japan protested" … "the
    Japanese minister protested": a party is its country), and an act told with no
    target after (or before) the same root of the same source told with one ("warns of
    consequences" … "warned Seoul"). Acts are told again only in the same voice: a fact, a
    plan or a hypothesis, a denial (`_voice`); of an act told twice the fuller telling is kept."""
    aimed = {st.told[e.id] for e in st.events if not _unaimed(e)}
    aimed_roots = {  # (comments, 01, are many and each its own: "did not confirm", "denied")
        (_country(e.source), e.root, _voice(e))
        for e in st.events
        if not _unaimed(e) and e.root != "01"
    }
    best: dict[tuple, Event] = {}
    for e in st.events:
        if _unaimed(e) and (
            st.told[e.id] in aimed or (_country(e.source), e.root, _voice(e)) in aimed_roots
        ):
            continue
        kind = e.cameo[:3] if e.root in SEVERAL_ACTS else e.root
        key = (_party_of(e.source), _party_of(e.target), kind, _voice(e))
        if key not in best or _fuller(e, best[key]):
            best[key] = e
    chosen = {id(e) for e in best.values()}
    kept = [e for e in st.events if id(e) in chosen]
    if len(kept) < len(st.events):
        kept = [e.model_copy(update={"id": f"e{k}"}) for k, e in enumerate(kept, 1)]
    return kept


def _unaimed(e: Event) -> bool:
    """An event with no target named: none, or the source's own country that a domestic act
    is coded against by default (`_domestic`, `_place`: no mention stands for it)."""
    t = e.target
    if t is None:
        return True
    return (
        t.span is None
        and t.actor_id is None
        and e.source is not None
        and t.country is not None
        and t.country == e.source.country
    )


def _fuller(e: Event, other: Event) -> bool:
    """Whether telling `e` says more than `other`: surer, or told in a longer sentence (the
    body, not the headline: "X overruled Y" and "X has reportedly blocked Y's proposal …")."""
    return (e.confidence, len(e.sentence.text)) > (other.confidence, len(other.sentence.text))


def _country(actor: EventActor | None) -> str | None:
    """The party an event actor stands for when telling whether an act was told twice."""
    if actor is None:
        return None
    return (
        actor.country or actor.code or actor.actor_id or (actor.span.text if actor.span else None)
    )


def _party_of(actor: EventActor | None) -> tuple | None:
    """The party an event actor stands for when telling whether two acts are one: a state
    is one party with its government and forces ("Japan", "the Japanese minister"); its
    rebels, opposition or people are others ("the Sudanese government and the rebels")."""
    if actor is None:
        return None
    sector = None if actor.sector in STATE_BODIES else actor.sector
    return (_country(actor), sector if actor.country else None)


def _voice(e: Event) -> str:
    """Whether an event is told as a fact, as a plan or hypothesis, or as denied."""
    if e.negated or e.modality == "denied":
        return "denied"
    return "maybe" if e.modality in ("hypothetical", "proposed") else "fact"
