"""Triggers: which token codes which CAMEO event (a `Hit`), from the pattern tables.

- verbs: the most specific pattern of the verb's lemma whose words (particle, preposition,
  object, object modifier) the verb has ("push back against", "slap sanctions on"), matched
  in `matching`;
- acts told from the receiving end ("faces sanctions from the EU") or by their means
  ("retaliated by expelling …");
- control verbs, adjectives and nouns combine with their infinitive ("refuse to meet" → 125);
- light verbs carry a nominal trigger ("launched an investigation", "held talks");
- nominal triggers with their own agent or pair are in `nominals`.
Actors are not chosen here (see `arguments` and `participants`); a hit names the noun
phrases to look in.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import arguments, countries, lexis, participants
from newsgraph.events.matching import match
from newsgraph.events.modality import speech_head
from newsgraph.events.state import DocState, Hit
from newsgraph.extensions import ActorMention

OBJ_DEPS = arguments.OBJ_DEPS
SUBJ_DEPS = arguments.SUBJ_DEPS
PLAN_MODALITY_NOUNS = lexis.word_set("shared", "plan_modality_nouns")
CLAUSE_KINDS = frozenset({"demand", "appeal", "threaten", "intend", "propose", "allow"})
NOUN_CLAUSE_KINDS = frozenset({"demand", "appeal", "intend", "propose"})
UNREAL_ROOTS = ("02", "10")
COOPERATIVE_ROOTS = (
    "03",
    "04",
    "05",
    "06",
    "07",
)  # what a verb of ending may end as a noun  # what is asked for or demanded has not happened


# "would not stop firing", "will not halt its attacks": the force goes on (roots kept on)
HALT_VERBS = lexis.word_set("triggers", "halt_verbs")
# say / speak are a non-answer (011) only with a whether- or wh- clause ("would not say why")
SAYING_VERBS = lexis.word_set("triggers", "saying_verbs")
GOING_ON_ROOTS = frozenset({"17", "18", "19", "20"})
GOING_ON_AUX = frozenset({"will", "would", "wo", "'ll", "shall", "to"})
# acts that keep their own code when done "in protest" ("suspended relations with X in protest
# at …" is 161, "expelled the envoy in protest" 161): the protest is their motive; other acts
# done in protest ("resigned in protest", "sent balloons in protest") are the protest (140)
# force an accuser says the accused used ("accused X of shelling …"): coded as the accused's
ACCUSED_ROOTS = ("15", "17", "18", "19", "20")
OWN_ACT_ROOTS = ("12", "13", "14", "15", "16", "17", "18", "19", "20")


def misread_verb(t: Token) -> bool:
    """ "is set to sanction officials": an infinitive the parser tagged a noun ("to" + noun as
    the complement of a verb or adjective)."""
    return (
        t.pos_ == "NOUN"
        and t.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    )


def is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or misread_verb(t)


def embedded(w: Token, kind: str) -> tuple[Token | None, bool]:
    """The infinitive (or, for demands and threats, the that-clause) under `w`."""
    clause = None
    for c in w.children:
        if c.dep_ == "xcomp" and is_verb(c):
            return c, False
        if (
            c.dep_ in ("acl", "advcl", "relcl")
            and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            and (w.pos_ in ("NOUN", "ADJ") or (c.dep_ == "advcl" and _next_to(w, c)))
        ):
            return c, False  # "a plan to send"; "have sworn to fight" read as a purpose
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            return c, False  # "called for the ships to leave"
        if c.dep_ == "prep" and c.lower_ == "to" and w.pos_ in ("ADJ", "VERB", "NOUN"):
            for g in c.children:  # "committed to sending", "its commitment to supporting"
                if g.dep_ == "pcomp" and g.pos_ == "VERB" and (w.pos_ != "NOUN" or g.tag_ == "VBG"):
                    return g, False
        if c.dep_ == "prep" and c.lower_ == "of" and w.pos_ == "NOUN":
            for g in c.children:  # "no intention of meeting", "the threat of attacking"
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g, False
        if c.dep_ == "ccomp" and kind in CLAUSE_KINDS and not _question(c):
            clause = c
        if (
            c.dep_ == "acl"
            and w.pos_ == "NOUN"
            and kind in NOUN_CLAUSE_KINDS
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ):
            clause = c  # "its demand that Israel ease …", "expressed hope that X would …"
    if clause is None and w.pos_ == "NOUN" and w.dep_ in OBJ_DEPS:
        for c in w.head.children:  # "reiterated its demand that X …": the clause hangs on
            if c.dep_ == "ccomp" and c.i > w.i and kind in CLAUSE_KINDS and not _question(c):
                return c, True  # the verb
        for c in w.head.children:  # "blocked a proposal by X to send …": the parser hangs
            if (  # the infinitive on the verb
                c.i > w.i
                and c.dep_ in ("advcl", "xcomp")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ):
                return c, False
    return clause, clause is not None


def _next_to(w: Token, c: Token) -> bool:
    """Whether `c` follows `w` with at most two words between, not counting a phrase of time
    ("vowed on Friday to keep …", "pledged last week to send …")."""
    if c.i <= w.i:
        return False
    doc = w.doc
    gap = [
        t
        for t in doc[w.i + 1 : c.i]
        if t.ent_type_ not in ("DATE", "TIME")
        and not (t.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in t.children))
    ]
    return len(gap) <= 2


def _other_subject(w: Token, clause: Token) -> bool:
    """Whether the embedded clause has a subject of its own, other than the control word's:
    "X proposed that Russia admit …" (not "X proposed to admit …", "X hoped it would …")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or clause.dep_ not in ("ccomp", "acl"):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return False  # "agreed that their countries should cooperate": themselves
    own = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own is None or own.lemma_.lower() != subj.lemma_.lower()


def _mandative(clause: Token) -> bool:
    """ "(insisted) that Russia pay / should pay / be punished": a base form or should/must."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"should", "must"}:
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (
        clause.tag_ == "VBP"
        and not aux
        and subj is not None
        and subj.pos_ != "PRON"
        and clause.lemma_.lower() not in ("be", "have", "do")
    ):
        # "insisted that Germany pay", "insisted that its allies deliver": the base form the
        # parser read as a present, after a singular subject or a past demand ("insist that
        # they give no support" states a fact)
        return clause.head.tag_ == "VBD" or subj.tag_ in ("NN", "NNP")
    return clause.tag_ == "VB" and not aux - {"be"}


def _factual(clause: Token) -> bool:
    """ "(agreed) there are good candidates", "(agreed) that the fleet had value": a clause that
    states what is, with no modal and no mandative base form: a view shared, not an intent."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return clause.tag_ in ("VBZ", "VBP", "VBD") and not aux - {"has", "have", "had", "do", "does"}


def _question(clause: Token) -> bool:
    """ "asked whether …", "asked if …": a question, not an appeal."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)


def verb(st: DocState, v: Token, depth: int = 0) -> Hit | None:
    """The hit of a verb (or of "be" + a control adjective), if it triggers an event; a
    protest by a crowd named by its size is the civilians' (`_crowd`)."""
    hit = _verb(st, v, depth)
    if hit is not None and hit.code.startswith("14") and hit.sources is None:
        hit.sources = _crowd(st, hit.head)
    if hit is not None and depth == 0 and hit.code[:2] in ACCUSED_ROOTS:
        hit.sources = accused(st, v) or hit.sources  # "accused X of shelling …": X shelled
    if hit is not None:
        _swapped(st, hit)
    return hit


def accused(st: DocState, v: Token) -> list:
    """ "Baku accused Armenian forces of opening fire on its positions": the force an accuser
    says the accused used is an event of its own, by the accused (rules.yaml, accuse_verbs);
    the accusation stays the accuser's (112). Empty for any other verb."""
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ != "of":
        return []
    acc = v.head.head
    whom = [c for c in acc.children if c.dep_ == "dobj"]
    if acc.dep_ == "dobj":  # "accused [Armenian forces of opening fire]": "of" on the object
        acc, whom = acc.head, [acc]
    if st.lemma(acc) not in st.p.accuse_verbs:
        return []
    return [m for c in whom for m in participants.np_actors(st, c)]


def _accused_force(st: DocState, g: Token, code: str) -> bool:
    """Whether the gerund `g` under an accusation ("accused X of [shelling] …") names force
    by a named accused, to be coded on its own rather than claimed by the accusation."""
    if not code.startswith("112") or not accused(st, g):
        return False
    inner = _verb(st, g, 1)
    return inner is not None and inner.code[:2] in ACCUSED_ROOTS


def _swapped(st: DocState, hit: Hit) -> None:
    """ "X and Y swapped prisoners", "carried out a prisoner swap": an exchange (rules.yaml,
    reciprocal_verbs, as a verb or as the light verb's noun) is done by the parties to each
    other; the people exchanged are what is swapped, not a target."""
    h = hit.head
    words = st.p.reciprocal_verbs
    nouns = [c for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() in words]
    if st.lemma(h) not in words and not (st.lemma(h) in st.p.light and nouns):
        return
    hit.reciprocal = True
    people = st.p.classes.get("people", frozenset())
    hit.targets = [t for t in hit.targets if t.lemma_.lower() not in people]


def _verb(st: DocState, v: Token, depth: int = 0) -> Hit | None:
    p = st.p
    if v.dep_ == "amod" and depth == 0:
        return None  # a participle describing a noun: "justified measures", "a seized tanker"
    lemma = st.lemma(v)
    if lemma in ("be", "have") and depth < 4:
        hit = _not_yet(st, v, depth)
        if hit is not None:
            return hit
    if lemma == "be" or lemma in p.copulas:  # "is ready to", "stands ready to"
        for c in v.children:
            if c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in p.control:
                hit = control(st, c, v, p.control[c.lemma_.lower()], depth)
                if hit is not None:
                    return hit
            if c.dep_ == "acomp" and c.lemma_.lower() in p.open_to:
                hit = _open_to(st, v, c)
                if hit is not None:
                    return hit
        if lemma == "be":
            return _there_for_talks(st, v)
    if (
        depth == 0
        and any(c.dep_ == "aux" and c.lower_ in p.obligation_aux for c in v.children)
        and speech_head(st, v) is not None
    ):
        return _obligation(st, v, depth)
    neg = any(c.dep_ == "neg" for c in v.children)
    if neg and lemma in HALT_VERBS and depth < 4:
        hit = _not_halted(st, v, depth)
        if hit is not None:
            return hit
    if neg and lemma in p.answer_verbs and _to_request(st, v):
        return Hit("011", [v.i], v, negated=False)  # "did not respond to requests for comment"
    if neg and lemma in p.comment_verbs and _non_answer(v, lemma):
        consume = [c for c in v.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
        return Hit("011", [v.i], v, negated=False, consume=consume)
    if lemma in p.order_out["give"]:
        hit = _given_time_to_leave(st, v)
        if hit is not None:
            return hit
    if lemma in p.receive_verbs:
        hit = _received(st, v)
        if hit is not None:
            return hit
    if lemma in p.instruments["enact"] or lemma in p.instruments["propose"]:
        hit = _instrument_act(st, v, lemma, depth)
        if hit is not None:
            return hit
    if lemma in p.by_means and depth < 4:
        hit = _by_means(st, v, depth)
        if hit is not None:
            return hit
    kind = p.control.get(lemma)
    if lemma in p.scheduled_passive:  # "Putin is expected to meet Xi": a forecast, not
        if any(c.dep_ == "auxpass" for c in v.children):  # Putin's intent; "is set to"
            kind = "scheduled"
        elif kind == "scheduled":
            kind = None  # "set out to …"
    if kind is not None and depth < 4:
        hit = control(st, v, v, kind, depth)
        if hit is not None:
            return hit
    pat, obj = match(st, v)
    if pat is not None and pat.code == "015":
        hit = _claimed_act(st, v)
        if hit is not None:
            return hit
    if pat is None and lemma in p.halt_verbs:
        hit = _halted_object(st, v)
        if hit is not None:
            return hit
    if (
        (pat is None or not pat.code.startswith(OWN_ACT_ROOTS))
        and st.has_lemma("protest")  # no token is "protest": no act is done in protest
        and _in_protest(v)
    ):
        return Hit("140", [v.i], v, targets=_protest_targets(v) + arguments.targets(st, v))
    if lemma in p.theme_object and depth < 3:
        hit = _purpose(st, v, depth)
        if hit is not None:
            return hit
    if (
        obj is not None
        and obj.lemma_.lower() in p.control
        and (lemma in p.light or (pat is not None and pat.code[:2] in ("01", "03")))
    ):  # "expressed / signalled / reaffirmed its readiness to send": the act decides
        hit = control(st, obj, v, p.control[obj.lemma_.lower()], depth, light=True)
        if hit is not None:  # "expressed readiness to send": the embedded action decides
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
                hit.negated = True  # "had no plans to attack", "has no intention to …"
            return hit
    if pat is not None and pat.rank > 0:
        return pattern_hit(st, v, pat, obj)
    if lemma in p.light and obj is not None:
        hit = _light(st, v, obj, depth)
        if hit is not None:
            return hit
    if pat is not None:
        return pattern_hit(st, v, pat, obj)
    return None


def _there_for_talks(st: DocState, v: Token) -> Hit | None:
    """ "The Indian prime minister is in Moscow for talks with Putin": someone is somewhere for
    talks (040), with whom the talks are held, else the place's state. No place, no trip ("is
    under fire for a private meeting")."""
    if v.n_rights < 2:
        return None  # "in X" and "for talks" both follow the verb
    talks = st.p.classes.get("talks", frozenset())
    places = [
        x
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for x in p.children
        if x.dep_ == "pobj" and x.ent_type_ in ("GPE", "LOC", "FAC")
    ]
    for c in v.children if places else ():
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for g in c.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in talks:
                return Hit("040", [g.i], v, targets=arguments.noun_targets(g) + places)
    return None


def _open_to(st: DocState, v: Token, adj: Token) -> Hit | None:
    """ "is open to talks with X", "ready for negotiations": the act its "to"/"for" object
    names, intended (rules.yaml, open_to, and the map `intent`)."""
    for c in adj.children:
        if c.dep_ != "prep" or c.lower_ not in ("to", "for"):
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            mods = [x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod")]
            named = st.p.noun_code(g.lemma_.lower(), mods)
            intended = named is not None and named[:2] not in ("01", "03")  # "its pledges"
            code = st.p.combine("intent", named) if intended else None
            if code is not None:
                targets = arguments.noun_targets(g) + arguments.targets(st, v)
                trig = [adj.i, g.i] if g.i - adj.i <= 4 else [adj.i]
                return Hit(code, trig, v, targets=targets, consume=[c], specific=True)
    return None


def _not_halted(st: DocState, v: Token, depth: int) -> Hit | None:
    """ "would not stop firing at Israel", "vowed not to halt its rocket fire": force that is
    not stopped goes on; the event is the force itself, not negated (a future or a vow of it
    is then a threat), not a halt refused or intended. Only a future or an infinitive: "did
    not stop the attack" may be an attack by others not prevented."""
    if not any(c.dep_ == "aux" and c.lower_ in GOING_ON_AUX for c in v.children):
        return None
    for c in v.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            mods = [g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")]
            code = st.p.noun_code(c.lemma_.lower(), mods)
            inner = Hit(code, [v.i, c.i], v) if code else None
        elif c.dep_ == "xcomp" and c.tag_ == "VBG":
            inner = verb(st, c, depth + 1)
        else:
            continue
        if inner is not None and inner.code[:2] in GOING_ON_ROOTS:
            targets = inner.targets + arguments.targets(st, c) + arguments.targets(st, v)
            trig = sorted({v.i, c.i})
            return Hit(inner.code, trig, v, targets=targets, negated=False, consume=[c])
    return None


def _not_yet(st: DocState, v: Token, depth: int) -> Hit | None:
    """ "has yet to comment" is a non-answer (011); "has yet to approve the aid", "is yet to
    sign" tell the act not done (negated)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in v.children):
        return None
    emb = next((c for c in v.children if c.dep_ == "xcomp" and is_verb(c)), None)
    if emb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in emb.children):
        return None
    if st.lemma(emb) in st.p.comment_verbs:
        return Hit("011", [v.i, emb.i], v, negated=False, consume=[emb])
    inner = verb(st, emb, depth + 1)
    if inner is None:
        return None
    inner.head = v
    inner.trigger = sorted(set(inner.trigger) | {v.i})
    inner.negated = True
    return inner


def _to_request(st: DocState, v: Token) -> bool:
    """ "(did not) respond to a request for comment", "(did not) answer questions": the
    matter asked about goes unanswered (rules.yaml, answer_verbs and request_nouns)."""
    asked = st.p.request_nouns
    return any(c.dep_ == "dobj" and c.lemma_.lower() in asked for c in v.children) or any(
        g.dep_ == "pobj" and g.lemma_.lower() in asked
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
    )


def _claimed_act(st: DocState, v: Token) -> Hit | None:
    """ "ISIS claimed responsibility for the bombing": the claimer did the act (an attack,
    bombing or killing: roots of rules.yaml claimed_roots), not only a claim (015)."""
    heads = [v] + [c for c in v.children if c.dep_ == "dobj"]  # "for" on the object too
    acts = (
        [  # "claimed responsibility for the bombing", "claimed the bombing"
            (c, g)
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        + [(c, c) for c in heads[1:]]
    )
    for c, g in acts:
        mods = [x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod")]
        code = st.p.noun_code(g.lemma_.lower(), mods)
        if code and code[:2] in st.p.claimed_roots:
            targets = arguments.noun_targets(g) + arguments.targets(st, v)
            return Hit(code, [v.i, g.i], v, targets=targets, consume=[c], specific=True)
    return None


def _non_answer(v: Token, lemma: str) -> bool:
    """ "did not comment", "would not say whether …": a non-answer about the matter (011); not
    "I'm not saying you …" or "did not say that …", which are no refusal to comment."""
    subj, _ = arguments.subject(v)
    if subj is not None and subj.lower_ in ("i", "you"):
        return False
    if lemma not in SAYING_VERBS:
        return True
    return any(
        c.dep_ == "ccomp"
        and (
            any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
            or any(g.tag_ in ("WDT", "WP", "WRB") for g in c.children)
        )
        for c in v.children
    ) or any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in v.children)


def _received(st: DocState, v: Token) -> Hit | None:
    """ "Russia faces new sanctions from the EU", "drew condemnation from Seoul", "came under
    fire from X": the act named by the object, done by the "from" party (or by the noun's own
    agent, "faces EU sanctions") to the subject (rules.yaml, receive_verbs)."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:  # "came under fire from …"
        under = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        obj = next((g for g in under.children if g.dep_ == "pobj"), None) if under else None
    if obj is not None and obj.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY"):
        obj = next(  # "received $2 billion in military aid from X": the aid
            (
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ in ("in", "of")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            obj,
        )
    if obj is None or any(c.ent_type_ == "PERCENT" for c in obj.children):
        return None  # "received 20 percent support": a poll, not an act
    mods = [c for c in obj.children if c.dep_ in ("compound", "amod")]
    code = st.p.noun_code(obj.lemma_.lower(), [c.lemma_.lower() for c in mods])
    if code is None:
        return None
    sources = [m for g in participants.from_objects(obj, v) for m in participants.np_actors(st, g)]
    if not sources:
        sources = [m for c in mods for m in participants.np_actors(st, c)]
    subj, passive = arguments.subject(v)
    if not sources or subj is None or passive:
        return None
    trig = [v.i, obj.i] if obj.i - v.i <= 4 else [obj.i]
    hit = Hit(code, trig, v, targets=[subj], consume=[obj], specific=True)
    hit.sources = sources
    return hit


def _instrument_act(st: DocState, v: Token, lemma: str, depth: int) -> Hit | None:
    """ "signed a decree banning imports", "adopted a resolution condemning X", "passed a law
    that bans …": the act the instrument does, by the body that enacts it (rules.yaml,
    instruments); proposed when the bill is only introduced or proposed."""
    if depth >= 4:
        return None
    words = st.p.instruments["words"]
    for obj in (c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in words):
        for c in obj.children:
            if not _instrument_clause(c):
                continue
            inner = verb(st, c, depth + 1)
            if inner is None or not inner.code:
                continue
            if inner.code.startswith("08") and st.p.control.get(st.lemma(c)) == "allow":
                continue  # "a law allowing the death penalty": no concession to anyone
            inner.head = v
            if c.i - v.i <= 6:
                inner.trigger = sorted(set(inner.trigger) | {v.i})
            inner.consume = [*inner.consume, c, obj]
            if lemma in st.p.instruments["propose"]:
                inner.modality = "proposed"
            return inner
    return None


def _instrument(st: DocState, n: Token) -> bool:
    """A decree, law, resolution or statement (rules.yaml, instruments and statement_nouns)."""
    lemma = n.lemma_.lower()
    return lemma in st.p.instruments["words"] or lemma in st.p.statement_nouns


def _instrument_clause(c: Token) -> bool:
    """What an instrument does: a participle ("a decree banning …"), a relative clause whose
    subject is the instrument ("a law that bans …") or an infinitive ("a bill to ban …")."""
    if c.pos_ != "VERB" or c.dep_ not in ("acl", "relcl"):
        return False
    if c.dep_ == "acl" and c.tag_ == "VBG":
        return True
    kids = list(c.children)
    if any(g.dep_ == "aux" and g.lower_ == "to" for g in kids):
        return not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids)
    return c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in kids
    )


def _by_means(st: DocState, v: Token, depth: int) -> Hit | None:
    """ "retaliated by expelling ten diplomats": the act done by way of the verb is the event,
    with the verb's subject (rules.yaml, by_means)."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "with":  # "retaliated with export curbs"
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            mods = (
                [x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod")]
                if g
                else []
            )
            code = st.p.noun_code(g.lemma_.lower(), mods) if g is not None else None
            if code is not None and code[:2] not in ("01", "02", "03", "04", "05"):
                return Hit(code, [v.i, g.i], v, targets=arguments.targets(st, v), consume=[c])
        if c.dep_ == "prep" and c.lower_ == "by":
            act = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
            inner = verb(st, act, depth + 1) if act is not None else None
            if inner is not None:
                inner.head = v
                inner.trigger = sorted(set(inner.trigger) | {v.i})
                inner.consume = [*inner.consume, c]
                return inner
    return None


def _act_heads(v: Token) -> list[Token]:
    """The verb and the participles on its object: "sent balloons containing trash … in
    protest" (the parser hangs the verb's "in protest" on the participle), also on what a
    measure of it holds ("sent thousands of balloons carrying trash … in protest")."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [
        g
        for c in objs
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [v] + [a for c in objs for a in c.children if a.dep_ == "acl"]


def _in_protest(v: Token) -> bool:
    """ "sent balloons in protest at …", "resigned in protest": any act done in protest."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "as")
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in c.children)
        for h in _act_heads(v)
        for c in h.children
    )


def _protest_targets(v: Token) -> list[Token]:
    """What the protest is against: "in protest at/against/over X"."""
    out = []
    for c in (c for h in _act_heads(v) for c in h.children):
        for g in c.children if c.dep_ == "prep" and c.lower_ in ("in", "as") else ():
            for x in g.children if g.lemma_.lower() == "protest" else ():
                if x.dep_ == "prep" and x.lower_ in ("at", "against", "over", "of"):
                    out.extend(y for y in x.children if y.dep_ == "pobj")
    return out


def _purpose(st: DocState, v: Token, depth: int) -> Hit | None:
    """ "sent envoys to Riyadh to discuss the truce": a dispatch whose purpose is a meeting or
    an investigation is that meeting or investigation (rules.yaml, purpose_roots)."""
    for c in v.children:
        if c.dep_ in ("advcl", "xcomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            inner = verb(st, c, depth + 1)
            if inner is not None and inner.code.startswith(st.p.purpose_roots):
                targets = inner.targets + arguments.targets(st, v)
                return Hit(inner.code, [v.i, c.i], v, targets=targets, consume=[c])
    return None


def _obligation(st: DocState, v: Token, depth: int) -> Hit:
    """ "X said Y must return …": a demand by the speaker on the subject."""
    inner = verb(st, v, depth + 1)
    code = st.p.combine("demand", inner.code if inner is not None else None) or "100"
    consume = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dobj")]
    return Hit(code, [v.i], v, obligation=True, consume=consume)


def _light(st: DocState, v: Token, obj: Token, depth: int) -> Hit | None:
    """A light verb with a nominal trigger as object: "held talks", "launched a probe"."""
    p = st.p
    olemma = obj.lemma_.lower()
    if olemma in p.control:
        hit = control(st, obj, v, p.control[olemma], depth, light=True)
        if hit is not None:
            return hit
    mods = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
    code = p.noun_object_code(olemma, of_objects(obj, OBJECT_CODE_PREPS)) or p.noun_code(
        olemma, mods
    )
    if code is None and olemma in p.halt_nouns:  # "announced the end of its cooperation"
        code = halted_noun_code(st, obj)
        if code is None:
            return None
    if code is None:  # "launched ten days of war games": the measure's "of" noun
        inner = next(
            (
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if inner is not None:
            mods = [c.lemma_.lower() for c in inner.children if c.dep_ in ("compound", "amod")]
            code = p.noun_code(inner.lemma_.lower(), mods)
            obj = inner if code is not None else obj
    if code is None or (code[:2] == "05" and any(t.ent_type_ == "PERCENT" for t in obj.subtree)):
        return None  # "has support from 40 percent of voters": a poll, not an act
    trig = [v.i, obj.i] if obj.i - v.i <= 4 else [obj.i]
    targets = arguments.noun_targets(obj) + arguments.targets(st, v)
    # "announced the suspension of cooperation with the IAEA": the party of what it is of
    targets += [t for g in of_objects(obj, ("of",)) for t in arguments.noun_targets(g)]
    return Hit(code, trig, v, targets=targets, consume=[obj], specific=True)


def halted_noun_code(st: DocState, n: Token) -> str | None:
    """ "the suspension of its defence cooperation with X" (160): a noun of ending (rules.yaml,
    halt_nouns) whose "of" object names a cooperative act, by the map `halt`."""
    return next((code for g in of_objects(n) if (code := _ended_code(st, g))), None)


def _ended_code(st: DocState, n: Token) -> str | None:
    """What ending the cooperative act that noun `n` names is, by the map `halt` ("military
    cooperation" → 160, "budget support" → 160, "aid" → 162); None for other nouns."""
    mods = [c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")]
    named = st.p.noun_code(n.lemma_.lower(), mods)
    return st.p.combine("halt", named) if named and named[:2] in COOPERATIVE_ROOTS else None


def ended(st: DocState, n: Token) -> bool:
    """A noun that a noun of ending is "of" ("the suspension of [cooperation]", "announced the
    end of [aid]"): ended, not done; "at the end of the talks" is no halt."""
    if n.dep_ != "pobj" or n.head.lower_ != "of":
        return False
    halt = n.head.head
    lemma = halt.lemma_.lower()
    return lemma in st.p.halt_nouns and (lemma != "end" or halt.dep_ in OBJ_DEPS)


def of_objects(n: Token, preps=("of", "on", "to")) -> list[Token]:
    """What a noun is of, on or to ("announced the expulsion of [the ambassador]")."""
    return [
        g
        for c in n.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


OBJECT_CODE_PREPS = ("of", "on", "to", "from")  # "its withdrawal from ECOWAS" (160)


def pattern_hit(st: DocState, v: Token, pat, obj: Token | None) -> Hit:
    trig = [v.i]
    for c in v.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in pat.words):
            trig.append(c.i)
    for c in v.children:  # "agreed to a ceasefire", "pushed back against"
        if c.dep_ == "prep" and c.lower_ in pat.words and c.i - v.i <= 4:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in pat.words and pobj.i - v.i <= 6:
                trig.extend((c.i, pobj.i))
    named = obj is not None and (  # the object is part of the trigger: "express concern",
        obj.lemma_.lower() in pat.words  # "launched airstrikes"; not "blocked [a proposal]"
        or (st.lemma(v) in st.p.light and obj.lemma_.lower() in (pat.objects or ()))
    )
    if named and obj.i - v.i <= 4:
        trig.append(obj.i)  # verb + noun: "express concern", "slapped sanctions"
    code = st.p.refine(pat.code, [obj] if obj is not None else [])
    if code.startswith("112") and _legal_charge(st, v):
        code = st.p.legal_charge["code"]  # "prosecutors charged him with fraud": 173
    # what someone demands, threatens or promises did not happen: the clause is claimed; what
    # someone confirms or denies is coded on its own, as reported or denied
    reported = code.startswith("01")
    consume = [
        c for c in v.children if c.dep_ in ("xcomp",) or (c.dep_ == "ccomp" and not reported)
    ]
    for c in v.children:  # "accused X of violating …", not "…, with X stating that …"
        if c.dep_ == "prep" and (
            c.lower_ in ("of", "for", "about", "on", "against", "from")
            or c.lower_ in pat.words  # "charged X with supporting …" (not "…, with X stating")
        ):
            consume.extend(
                g for g in c.children if g.dep_ == "pcomp" and not _accused_force(st, g, code)
            )
    if named and code.startswith(("01", "03")):  # "expressed interest in buying X": what
        consume.extend(  # is intended or weighed is not done
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "to")
            for g in c.children
            if g.dep_ == "pcomp"
        )
    if obj is not None and code.startswith((*UNREAL_ROOTS, "045")):
        consume.append(obj)  # "demanded an admission by Moscow", "brokered a truce between
        # X and Y": no admission is coded, the truce is the mediator's act (045)
    elif obj is not None and code.startswith("12") and _instrument(st, obj):
        consume.append(obj)  # "vetoed a resolution demanding …": the demand never made
    targets = arguments.targets(st, v)
    for c in v.children:  # "declared two diplomats persona non grata": the phrase's subject
        if c.dep_ == "ccomp" and c.lemma_.lower() in pat.words:
            targets += [g for g in c.children if g.dep_ == "nsubj"]
    hit = Hit(code, trig, v, targets=targets, consume=consume)
    hit.specific = pat.rank > 0
    if code.startswith(st.p.state_passive_codes):
        hit.sources = _state_agent(st, v)
    return hit


def _crowd(st: DocState, v: Token) -> list | None:
    """ "Thousands marched in Tbilisi", "crowds rallied outside parliament": a crowd named by
    its size alone (rules.yaml, crowd_nouns) protests as the civilians (CVL) of the country where
    it marches, else of the country the article is about. None (the usual subject) otherwise."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if v.dep_ in ("conj", "xcomp", "advcl") and subj is None:  # "gathered … to protest"
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in st.p.crowd_nouns or st.mention_at[subj.i] >= 0:
        return None
    if any(st.mention_at[t.i] >= 0 for t in subj.subtree):
        return None  # "thousands of Hamas supporters": the named party's
    key = f"group:{subj.i}"
    if key not in st.groups:
        found = state_of_place(st, v) or _town_of_body(st, v)
        country = countries.country_of(st, found[0]) if found else countries.main_country(st)
        if country is None:
            return None
        mention = ActorMention(subj.i, subj.i + 1, subj.idx, subj.idx + len(subj.text), key)
        st.groups[key] = (mention, country, "CVL")
    return [st.groups[key][0]]


def _town_of_body(st: DocState, v: Token) -> list:
    """ "protested outside parliament in Bratislava": the town a crowd is "in" that the
    tagger made part of a body's name ("parliament in Bratislava"), for that body's country."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            k = st.mention_at[g.i]
            if k >= 0 and countries.country_of(st, st.mentions[k]):
                return [st.mentions[k]]
    return []


def _legal_charge(st: DocState, v: Token) -> bool:
    """ "Police charged the journalist with sedition", "was indicted for fraud": a charge
    brought by police, prosecutors or a court, or in the passive with no agent (rules.yaml,
    legal_charge)."""
    legal = st.p.legal_charge
    if st.lemma(v) not in legal["verbs"]:
        return False
    if any(c.dep_ == "auxpass" for c in v.children):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        heads = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
        return agent is None or any(h.lemma_.lower() in legal["agents"] for h in heads)
    subj, _ = arguments.subject(v)
    return subj is not None and subj.lemma_.lower() in legal["agents"]


def _state_agent(st: DocState, v: Token) -> list | None:
    """Who did an act only a state does (rules.yaml, state_passive), told in the passive with
    no agent: the state body whose statement tells it ("the ministry said 40 protesters had
    been detained"), else the place "in" or "from" which it was done ("was arrested in
    Tehran", "were deported from Pakistan"). None (the usual subject) when not so told."""
    if not any(c.dep_ == "auxpass" for c in v.children) or any(
        c.dep_ == "agent" for c in v.children
    ):
        return None
    speech = speech_head(st, v)
    stmt = st.cue_of.get(speech.i) if speech is not None else None
    speaker = participants.speaker_mention(st, stmt) if stmt is not None else None
    if speaker is not None and countries.sector_of(st, speaker) in st.p.state_passive_sectors:
        return [speaker]
    return state_of_place(st, v) or None


def state_of_place(st: DocState, *holders: Token) -> list:
    """The state of the place "in" or "from" which a state's act was done ("arrested in
    Tehran", "the arrest of X in Ankara", "deported from Pakistan")."""
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("in", "from"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                found = [  # the place itself, not a mention of "the leader in Ankara"
                    m
                    for m in participants.np_actors(st, g)
                    if m.start >= g.left_edge.i and countries.country_of(st, m)
                ]
                if found:
                    return found[:1]
    return []


def control(
    st: DocState, w: Token, head: Token, kind: str, depth: int, light: bool = False
) -> Hit | None:
    """A control word with its embedded action: "agreed to send", "threatened to strike"."""
    p = st.p
    emb, via_clause = embedded(w, kind)
    if emb is None:
        return None
    if via_clause and st.lemma(w) in p.mandative_only:
        if not _mandative(emb):
            return None  # "insisted that the vote was fair": a claim, not a demand
    elif via_clause and kind == "demand" and st.lemma(w) in p.speech_verbs:
        return None  # "told X to leave" is an order; "told reporters (that) X …" is not
    own_pat, _ = match(st, w) if w.pos_ in ("VERB", "AUX") else (None, None)
    own = own_pat.code if own_pat is not None else None
    if w.pos_ == "NOUN":
        own = p.nouns.get(w.lemma_.lower()) if own is None else own
    if kind == "refuse" and emb.lemma_.lower() in p.comment_verbs:
        return Hit("011", [head.i, emb.i], head, consume=[emb])
    if kind == "unreal":  # "is obliged to comply", "is supposed to leave": no event
        return Hit("", [w.i], head, consume=[emb])
    if kind == "demand" and emb.lemma_.lower() in p.order_out["verbs"]:
        hit = _ordered_out(st, w, head, emb)
        if hit is not None:
            return hit
    if kind == "scheduled" and emb.dep_ != "xcomp":
        return None  # "was due to fighting": a cause, not a schedule
    if kind == "halt":
        return _halted(st, w, head, emb, depth)
    inner = verb(st, emb, depth + 1)
    if kind in ("transparent", "scheduled"):
        if inner is None:
            return None
        inner.head = head
        inner.trigger = sorted(set(inner.trigger) | {w.i})
        if kind == "scheduled" and inner.modality is None:
            inner.modality = "hypothetical"  # "is due to visit Manila": planned
        return inner
    if kind == "intend" and via_clause and inner is None and _factual(emb):
        return Hit("", [w.i], head, consume=[emb])  # "agreed there are problems": a view
    if kind == "allow" and any(
        c.dep_ in OBJ_DEPS and c.lower_ in ("me", "us", "'s") for c in w.children
    ):
        return Hit("", [w.i], head, consume=[emb])  # "let me say", "let's go back": no leave
    promised = getattr(st.cue_of.get(w.i), "cue_class", None) == "promise"
    if kind in ("intend", "propose") and _other_subject(w, emb) and not promised:
        if inner is None and w.pos_ == "NOUN":
            return None  # "voiced hope that the talks would succeed": nothing asked of anyone
        kind = "appeal"  # "proposed that Russia admit …", "hopes X will honour …": an appeal
        # (but what one vows or promises of another is no appeal: "vowed Israel will pay")
    code, targets, modality = _combine(st, w, emb, kind, inner, own, depth)
    if promised:  # "promised Zelensky that Warsaw would …": made to Zelensky
        targets = targets + [c for c in w.children if c.dep_ in ("dobj", "dative")]
    if code is None:
        return None
    withheld = kind == "refuse" and inner is not None and inner.code[:2] in p.refusal_negated
    if withheld:
        code = inner.code  # "refused to send tanks": the aid not given (07, negated)
    trig = [head.i, w.i] if light else [w.i]
    if abs(emb.i - w.i) <= 6:
        trig.append(emb.i)
    if inner is not None and inner.modality and modality is None:
        modality = inner.modality
    return Hit(
        code,
        trig,
        head,
        targets=targets,
        modality=modality,
        negated=True if withheld else None,
        consume=[emb, w] if light else [emb],
        specific=True,
    )


def _halted(st: DocState, w: Token, head: Token, emb: Token, depth: int) -> Hit | None:
    """ "stopped funding the agency" (162), "ceased shelling the city" (087): the act ended,
    by the map `halt` of rules.yaml; not stopped, it goes on. Only a gerund is stopped
    ("stopped to talk" is not)."""
    if emb.tag_ != "VBG" or any(c.dep_ == "aux" for c in emb.children):
        return None
    inner = verb(st, emb, depth + 1)
    code = st.p.combine("halt", inner.code) if inner is not None else None
    if code is None:
        return None
    trig = [w.i, emb.i] if abs(emb.i - w.i) <= 6 else [w.i]
    if any(c.dep_ == "neg" for c in w.children):  # "will not stop supporting Kyiv": the act
        inner.head, inner.negated = head, False  # goes on (a pledge, with "will")
        inner.trigger = sorted(set(inner.trigger) | set(trig))
        inner.consume = [*inner.consume, emb]
        return inner
    targets = inner.targets + arguments.targets(st, emb)
    return Hit(code, trig, head, targets=targets, consume=[emb], specific=True)


def _halted_object(st: DocState, v: Token) -> Hit | None:
    """ "paused security cooperation with X" (160), "halted budget support to X" (162): a
    verb of ending (rules.yaml, halt_verbs) whose object names a cooperative act (ended
    sanctions and attacks are yields of the lexicon's own patterns)."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    code = _ended_code(st, obj)
    if code is None:
        return None
    trig = [v.i, obj.i] if obj.i - v.i <= 4 else [v.i]
    targets = arguments.noun_targets(obj) + arguments.targets(st, v)
    return Hit(code, trig, v, targets=targets, consume=[obj], specific=True)


def _ordered_out(st: DocState, w: Token, head: Token, emb: Token) -> Hit | None:
    """ "ordered the ambassador to leave (the country)", "told the inspectors to go": an
    expulsion, coded by who is sent away (rules.yaml, order_out)."""
    whom = [c for c in w.children if c.dep_ in OBJ_DEPS]
    trig = [w.i, emb.i] if abs(emb.i - w.i) <= 6 else [w.i]
    return _sent_away(st, whom, trig, head, [emb])


def _given_time_to_leave(st: DocState, v: Token) -> Hit | None:
    """ "gave the ambassador 48 hours to leave (the country)": an expulsion with a deadline."""
    leave = [
        g
        for h in (v, *(c for c in v.children if c.dep_ in ("npadvmod", "dobj")))
        for g in h.children
        if g.dep_ in ("relcl", "acl", "advcl") and g.lemma_.lower() in st.p.order_out["verbs"]
    ]
    if not leave:
        return None
    whom = [c for c in v.children if c.dep_ in ("dative", "dobj")]
    return _sent_away(st, whom, [v.i, leave[0].i], v, leave)


def _sent_away(st: DocState, whom: list[Token], trig, head: Token, consume) -> Hit | None:
    """The expulsion of the first of `whom` in an order_out class (envoys, monitors …)."""
    for obj in whom:
        lemma = obj.lemma_.lower()
        for cls, code in st.p.order_out["objects"].items():
            if lemma in st.p.classes[cls]:
                return Hit(code, trig, head, targets=[obj], consume=consume, specific=True)
    return None


def _combine(st: DocState, w: Token, emb: Token, kind: str, inner: Hit | None, own, depth):
    """The code, target noun phrases and modality of control word + embedded action."""
    p = st.p
    code = inner.code if inner is not None else None
    root = code[:2] if code else None
    modality = None
    targets = (inner.targets if inner is not None else []) + arguments.targets(st, emb)
    if kind in ("intend", "propose", "prepare"):
        if root is None:
            code = own
        elif p.combine("intent", code):
            code = st.p.refine(p.combine("intent", code), [emb])
        elif p.combine("threat", code) and st.lemma(w) in p.plan_words:
            modality = "proposed"  # "plans to impose sanctions": the act planned, no threat
        elif p.combine("threat", code) and st.lemma(w) in p.decision_words:
            pass  # "agreed to extend sanctions": the act decided, no threat
        elif p.combine("threat", code):
            code = "150" if kind == "prepare" else p.combine("threat", code)
        else:
            code = own or code
        if kind == "propose" or (w.pos_ == "NOUN" and w.lemma_.lower() in PLAN_MODALITY_NOUNS):
            modality = "proposed"
    elif kind == "threaten":
        code = p.combine("threat", code) or st.p.refine(own or "130", [emb])
    elif kind == "refuse":
        code = (p.combine("refusal", code) or own or "120") if root else (own or "120")
    elif kind in ("demand", "appeal"):
        code = p.combine(kind, code) or own or ("100" if kind == "demand" else "020")
        dobj = [c for c in w.children if c.dep_ in OBJ_DEPS or c.dep_ == "dative"]
        subj = [c for c in emb.children if c.dep_ in SUBJ_DEPS]
        targets = dobj + subj + arguments.targets(st, w)
    elif kind == "allow":
        code = own or "080"
        targets = arguments.targets(st, w)
        for e in [emb, *(c for c in emb.children if c.dep_ == "conj")]:
            found = verb(st, e, depth + 1) if e is not emb else inner
            if found is not None and found.code[:2] in ("06", "07"):
                code = found.code  # "allow French instructors to use training facilities"
                targets = (
                    [c for c in w.children if c.dep_ in OBJ_DEPS]
                    + [c for c in emb.children if c.dep_ in SUBJ_DEPS]
                    + targets
                )
                break
    return code, targets, modality


# -- nominal triggers --------------------------------------------------------------------
