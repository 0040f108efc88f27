"""Arguments: the noun phrases that hold an event's source and target, read from the parse.

The source is the subject (the `agent` of a passive, the head noun of a relative clause,
the subject of the governing clause for "conj"/"xcomp"/"advcl"). Targets are, in order: the
indirect object or passive subject, the direct object (and "on X" hanging on it: "imposed
sanctions on X"), then prepositional objects ("against", "on", "with", "to" …). For verbs whose
object is the thing given ("send troops to X"), the object is a theme and the target is the
recipient. Which actors those phrases name is decided in `participants`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import lexis
from newsgraph.events.state import DocState

OBJ_DEPS = frozenset({"dobj", "obj"})
SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
TARGET_PREPS = (  # "with" before "on": "agreed with X on Y", "talks with X on Y"
    "against",
    "with",
    "between",
    "on",
    "to",
    "into",
    "toward",
    "towards",
    "at",
    "from",
    "over",
    "upon",
    "for",
    "about",
    "in",
)
# nouns of number: "dozens of warships" names the warships
COUNT_NOUNS = lexis.word_set("arguments", "count_nouns")
# "together / along with X", "jointly with X": who acts with the subject, not its target
ALONG_WORDS = lexis.word_set("arguments", "along_words")
THEME_PREPS = ("to", "into", "for", "from", "with", "in")
NOUN_TARGET_PREPS = (
    "against",
    "with",
    "between",
    "on",
    "to",
    "into",
    "toward",
    "towards",
    "at",
    "for",
    "from",
    "of",
    "in",
)


def _agent_hung_on_object(v: Token) -> Token | None:
    """ "was invited to the summit by the Italian government", "were declared persona non
    grata by Russia": the parser hung the agent on the prepositional object or on the
    complement before it."""
    for c in v.children:
        if c.dep_ in ("oprd", "attr", "acomp"):
            for b in c.children:
                if b.dep_ == "prep" and b.lower_ == "by":
                    return next((x for x in b.children if x.dep_ == "pobj"), None)
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for b in g.children:
                if b.dep_ == "prep" and b.lower_ == "by":
                    return next((x for x in b.children if x.dep_ == "pobj"), None)
    return None


DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


def dateline_place(t: Token) -> bool:
    """ "NAIROBI – UN envoy X urged …": a place name opening its line before a dash is the
    dateline (where the report was filed), not an actor of the sentence."""
    doc = t.doc
    if t.ent_type_ != "GPE":
        return False
    first = t.left_edge.i if t.left_edge.i <= t.i else t.i
    while first > 0 and doc[first - 1].ent_type_ == "GPE" and doc[first - 1].i >= t.sent.start:
        first -= 1
    line_start = first == t.sent.start or "\n" in doc[first - 1].text
    end = t.i + 1
    while end < len(doc) and doc[end].ent_type_ == "GPE":
        end += 1
    return line_start and end + 1 < len(doc) and doc[end].text in DATELINE_DASHES


def to_infinitive(v: Token) -> bool:
    """Whether ``v`` is told with "to" ("vowed [to] strike", "the right [to] respond")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def subject(v: Token) -> tuple[Token | None, bool]:
    """The subject NP of v (following conj, xcomp and relative clauses) and whether v is passive."""
    t = v
    if passive_acl(v) and _agent(v) is None:  # "Four activists arrested under the new law":
        return None, True  # the counted ones underwent the act, and no doer is named
    for _ in range(6):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (
            t is v and (passive_participle(t) or participle_by(t))
        )
        if passive:
            for c in t.children:
                if c.dep_ == "agent":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    return pobj, True
            return _agent_hung_on_object(t), True
        subjs = [c for c in t.children if c.dep_ in SUBJ_DEPS and c.dep_ != "expl"]
        # two subjects are a misread dateline ("SEOUL, May 2 (Wire) - Pyongyang fired …"):
        # the one nearest before the verb acts
        before = [c for c in subjs if c.i < t.i]
        subj = before[-1] if len(subjs) > 1 and before else (subjs[0] if subjs else None)
        if subj is not None and subj.dep_ in ("csubj", "nsubj") and subj.tag_ == "VBG":
            # "the Red Cross working in Syria said …": a participle read as a clause subject
            subj = next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i), subj)
        if subj is not None and dateline_place(subj):  # "NAIROBI – UN envoy X urged …"
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), subj)
        if subj is None:  # "Sweden suspended aid …" read with Sweden as an adverbial
            subj = next(
                (c for c in t.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < t.i),
                None,
            )
        if subj is None and t is v and t.dep_ == "ROOT":
            subj = _names_before(t)
        if subj is not None:
            return subj, False
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head, False
        if t.dep_ == "xcomp":  # "urged both parties to engage": the object acts
            obj = next((c for c in t.head.children if c.dep_ in OBJ_DEPS and c.i < t.i), None)
            if obj is not None:
                return obj, False
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ in ("attr", "acomp") and t.tag_ == "VBG":  # "Qatar is mediating" read as
            t = t.head  # "is" + attribute
            continue
        break
    return None, False


def passive_participle(v: Token) -> bool:
    """ "Asked about the talks, the minister said …", "Accused of spying, he denied …": a
    past participle opening a clause of its own is passive; the subject it is told of
    underwent the act, and who did it is named only by "by"."""
    if v.dep_ != "advcl" or v.i > v.head.i or v.tag_ not in ("VBN", "VBD"):
        return False
    if v.tag_ == "VBD" and v.i != v.sent.start:
        return False  # (a sentence's first word read as a past tense: "Asked what …")
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in v.children)


def passive_acl(v: Token) -> bool:
    """Is `v` a headline's toll: a past participle with no auxiliary and no object of its own,
    told of a counted noun ("Four activists arrested under the new law", "at least six people
    killed during a raid")? The counted ones underwent the act. (A bare noun with a participle
    may be a misread active verb, "Rebels clashed with …", and keeps its reading.)"""
    return toll_patient(v) is not None


def toll_patient(v: Token) -> Token | None:
    """The counted noun of a headline's toll (see `passive_acl`), else None."""
    if v.tag_ != "VBN" or any(
        c.dep_ in (*OBJ_DEPS, "dative", "ccomp", "xcomp", "advcl", "aux", "auxpass")
        for c in v.children
    ):
        return None
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i:
        noun = v.head  # "Four activists arrested …" read as a noun phrase
    elif v.dep_ == "ROOT":  # read as a clause whose verb is a participle
        noun = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    else:
        return None
    if noun is None or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def _agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return _agent_hung_on_object(v)


def participle_by(v: Token) -> bool:
    """ "a poll condemned as unlawful by Kyiv", "talks mediated by Qatar": a past participle
    hung on a noun, with its doer named by "by", is passive (the noun underwent the act)."""
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and v.i > v.head.i
        and any(c.dep_ == "agent" for c in v.children)
    )


def _names_before(v: Token) -> Token | None:
    """ "After signing X at the House, Moon and Kim held …": the names right before a verb
    with no subject, which the parser coordinated with the noun before them."""
    doc = v.doc
    first = None
    i = v.i - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", ",")):
        if doc[i].pos_ == "PROPN" and doc[i].dep_ == "conj" and doc[i].head.i < i:
            first = doc[i]
        i -= 1
    return first


def targets(st: DocState, v: Token) -> list[Token]:
    """The noun phrases that may name the target of the verb `v`, best first."""
    out: list[Token] = []
    theme = v.lemma_.lower() in st.p.theme_object
    children = list(v.children)
    for c in children:
        if c.dep_ in ("dative", "iobj", "nsubjpass"):
            if c.dep_ == "dative" and c.pos_ == "ADP":
                out.extend(g for g in c.children if g.dep_ == "pobj")
            else:
                out.append(c)
    patient = toll_patient(v)
    if patient is not None:  # "activists arrested under the new law": the counted ones
        out.append(patient)
    if not theme:
        for c in children:
            if c.dep_ in OBJ_DEPS:
                out.append(c)
                sib = by_sibling(c)
                if sib is not None:
                    out.append(sib)
                out.extend(noun_targets(c))  # "imposed sanctions on X"
    for prep in THEME_PREPS if theme else TARGET_PREPS:
        for c in children:
            if c.dep_ == "prep" and c.lower_ == prep and not jointly_with(c):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    if theme:
        for c in children:
            if c.dep_ in ("xcomp", "advcl"):
                out.extend(g for g in c.children if g.dep_ in OBJ_DEPS)
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in ("in", "to"):
                        out.extend(x for x in g.children if x.dep_ == "pobj")
        for c in children:  # "deploy peacekeepers in Iraq", "send aid to Gaza"
            if c.dep_ in OBJ_DEPS:
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in ("to", "in", "into"):
                        out.extend(x for x in g.children if x.dep_ == "pobj")
        themes = st.p.theme_nouns  # "supplied Ukraine with arms": the object is the recipient,
        out.extend(  # "mobilized troops": the troops are what is moved, no target
            c for c in children if c.dep_ in OBJ_DEPS and counted(c).lemma_.lower() not in themes
        )
    return out


def jointly_with(prep: Token) -> bool:
    """ "applied to join together with Sweden", "acted along with Latvia": who acts with the
    subject, not whom it acts on."""
    return prep.lower_ == "with" and (
        any(c.lower_ in ALONG_WORDS for c in prep.children)
        or (prep.i > 0 and prep.doc[prep.i - 1].lower_ in ALONG_WORDS)
    )


def counted(n: Token) -> Token:
    """What a number counts: "dozens of warships", "two of its destroyers", "hundreds of
    troops" (the noun after "of"); else the noun itself."""
    if n.pos_ == "NUM" or n.lemma_.lower() in COUNT_NOUNS:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), n)
    return n


def noun_targets(n: Token) -> list[Token]:
    """Prepositional objects of a noun that may name its target ("sanctions on X")."""
    out = []
    for prep in NOUN_TARGET_PREPS:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == prep and not jointly_with(c):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def by_sibling(n: Token) -> Token | None:
    """The "by X" the parser hung on the verb of an active clause: "blocked a proposal by X"."""
    if n.dep_ not in OBJ_DEPS:
        return None
    v = n.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return None
    for c in v.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > n.i:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
