"""Pattern matching: which pattern of a verb's lemma its words fit (see `patterns`).

A verb's words are its particles and adverbs, its prepositions and their objects ("pulled out
of the deal"), its object with the object's modifiers and prepositions ("slapped sanctions on",
"described X as a provocation"); named organisations and places read as "organization" and
"place", a clause object as "clause", no object as "-". The most specific pattern wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import arguments, lexis
from newsgraph.events.state import DocState

OBJ_DEPS = arguments.OBJ_DEPS
WORD_DEPS = frozenset({"prt", "advmod", "oprd", "npadvmod", "acomp"})
OBJECT_DEPS = OBJ_DEPS | {"attr", "nsubjpass"}
PREPOSITIONS = frozenset(
    {
        "for",
        "on",
        "to",
        "against",
        "with",
        "about",
        "over",
        "from",
        "of",
        "into",
        "at",
        "in",
        "as",
        "by",
    }
)
ENTITY_CLASSES = {"GPE": "country", "NORP": "country", "PERSON": "person", "ORG": "organization"}
AS_DEPS = frozenset({"pobj", "amod", "acomp"})
# what a vehicle sent carries ("a convoy carrying food", "a plane loaded with tents")
CARRY_VERBS = lexis.word_set("matching", "carry_verbs")
# prepositions that, with a date or time, say only when ("on Sunday", "for a decade")
TIME_PREPS = frozenset({"on", "in", "at", "during", "for", "since", "over", "throughout"})
OBJECT_PREPS = frozenset({"on", "against", "to", "at", "with", "over", "into", "onto", "of"})


def prep_objects(v: Token, prep: str) -> set[str]:
    """Lemmas (and "modifier lemma") of the objects of preposition `prep` under `v`: what
    "appeal for /obj=@aid" asks of "appealed for food aid"."""
    out: set[str] = set()
    preps = [c for c in v.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "out of the deal"
    preps += [  # "stayed away from the summit": "from" hangs on "away"
        g for c in v.children if c.dep_ in ("advmod", "prt") for g in c.children if g.dep_ == "prep"
    ]
    if prep == "as":  # "described the sanctions as warfare": the parser hangs "as" on the object
        preps += [g for c in v.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    for c in preps:
        if c.lower_ == prep:
            for g in c.children:
                if g.dep_ in ("amod", "acomp"):  # "described X as illegal"
                    out.add(g.lemma_.lower())
                if g.dep_ == "pobj":
                    lemma = g.lemma_.lower()
                    out.add(lemma)
                    if g.ent_type_ in ENTITY_CLASSES:  # "stood by Ukraine": a country
                        out.add(ENTITY_CLASSES[g.ent_type_])
                    for x in g.children:
                        if x.dep_ in ("compound", "amod"):
                            out.update((x.lemma_.lower(), f"{x.lemma_.lower()} {lemma}"))
                        elif x.dep_ == "prep" and x.lower_ == "of":  # "a halt to", "state of"
                            out.update(y.lemma_.lower() for y in x.children if y.dep_ == "pobj")
    return out


def _noun_words(g: Token) -> set[str]:
    """A prepositional object's lemma and modifiers; "organization" for a named organisation
    ("withdrew from ECOWAS" reads as "withdraw from organization")."""
    out = {g.lemma_.lower()}
    out.update(x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod"))
    if g.ent_type_ == "ORG":
        out.add("organization")
    elif g.ent_type_ in ("GPE", "FAC", "LOC"):
        out.add("place")  # "welcomed Xi to Beijing" reads as "welcome to place"
    return out


def _pobj_words(p: Token) -> set[str]:
    return {w for g in p.children if g.dep_ == "pobj" for w in _noun_words(g)}


def verb_words(v: Token) -> tuple[set[str], set[str], Token | None, set[str]]:
    """What a verb pattern may ask for: the verb's particles and adverbs, prepositions and
    their objects, its object with the object's modifiers and prepositions ("pour cold water
    on"); the lemmas of its object (and their modifiers); its direct object; and the object's
    bare modifiers ("military" in "military talks"), which say less than its own lemma."""
    words: set[str] = set()
    objs: set[str] = set()
    mods: set[str] = set()
    heads: set[str] = set()
    obj = None
    for c in v.children:
        dep = c.dep_
        if dep in WORD_DEPS or _bare_complement(c):
            words.add(c.lower_ if dep in ("prt", "advmod") else c.lemma_.lower())
            if dep in ("oprd", "ccomp"):  # "declared X persona non grata"
                words.update(_phrase_words(c))
            for g in c.children if dep in ("prt", "advmod") else ():
                if g.dep_ == "prep":  # "stayed away from the summit"
                    words.add(g.lower_)
                    words.update(_pobj_words(g))
        elif dep in ("prep", "agent", "dative") and c.pos_ == "ADP":
            if _of_time(c):
                continue  # "seized the tanker on Sunday" is no "seize on"
            words.add(c.lower_)
            for g in c.children:
                if g.dep_ == "amod" and c.lower_ == "as":  # "described X as illegal"
                    words.add(g.lemma_.lower())
                if g.dep_ == "prep":  # "pulled out of the deal": "of" hangs on "out"
                    words.add(g.lower_)
                    words.update(_pobj_words(g))
                if g.dep_ in ("pobj", "pcomp"):  # "go on (hunger) strike", "put on alert"
                    words.update(_noun_words(g))
        elif dep == "ccomp" and _phrase_words(c):  # "declared X persona non grata"
            words.add(c.lemma_.lower())
            words.update(_phrase_words(c))
        elif dep in OBJECT_DEPS:
            lemma = c.lemma_.lower()
            objs.add(lemma)
            heads.add(lemma)
            if c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "them"):
                objs.add("person")  # "released Mr X": the object is a person
            elif c.ent_type_ == "ORG":
                objs.add("organization")  # "quit ECOWAS": the object is an organisation
            elif c.ent_type_ in ("GPE", "NORP"):
                objs.add("country")  # "defended Serbia": the object is a country
            objs.update(_cargo(c))  # "sent a plane loaded with medical supplies"
            objs.update(_title_words(c))  # "expelled High Commissioner X": a high commissioner
            words.add(lemma)
            for g in c.children:
                if g.dep_ in ("compound", "amod"):
                    mod = g.lemma_.lower()
                    objs.update((f"{mod} {lemma}", mod))
                    mods.add(mod)
                    words.add(mod)
                elif g.dep_ == "appos" and dep == "dobj":
                    words.update(_phrase_words(g, g))  # "declared a diplomat persona non grata"
                elif g.dep_ == "prep":
                    if g.lower_ == "as" and dep == "dobj":  # "described X as illegal/a sham"
                        words.add("as")
                        words.update(y.lemma_.lower() for y in g.children if y.dep_ in AS_DEPS)
                    if g.lower_ in OBJECT_PREPS and dep != "nsubjpass":
                        words.add(g.lower_)  # "slapped sanctions on X": "on" on the object
                        if g.lower_ in ("of", "with", "on"):  # "accused X of war crimes",
                            # "put the talks on hold"
                            for y in g.children:
                                if y.dep_ in ("pobj", "pcomp"):
                                    words.add(y.lemma_.lower())
                                    words.update(
                                        z.lemma_.lower()
                                        for z in y.children
                                        if z.dep_ in ("compound", "amod")
                                    )
                    if g.lower_ == "of":  # "state of emergency"
                        objs.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
                    if g.lower_ == "in" and _sum(c):
                        objs.update(_in_kind(g))  # "$95 million in military aid": the aid
            if obj is None and dep in OBJ_DEPS:
                obj = c
    if not objs and v.dep_ == "acl" and v.tag_ == "VBN":
        objs.add(v.head.lemma_.lower())  # "a statement released on Thursday": what is released
    if not objs:
        obj = _object_taken_for_subject(v)
        if obj is not None:
            objs.add(obj.lemma_.lower())
            words.add(obj.lemma_.lower())
            objs.update(g.lemma_.lower() for g in obj.children if g.dep_ in ("compound", "amod"))
        elif any(c.dep_ == "ccomp" for c in v.children):
            objs.add("clause")  # "confirmed (that) it had sent …": a clause, not "-"
        else:
            objs.add("-")  # "/obj=-": the verb has no object ("protesters demonstrated")
    return words, objs, obj, mods - heads


def _title_words(obj: Token) -> set[str]:
    """The title a named object carries as two words before the name ("High Commissioner
    Stewart Wheeler", "Foreign Minister X"), which its single compounds do not say."""
    if obj.pos_ != "PROPN":
        return set()
    mods = [  # the parser may hang "High" on "Commissioner" rather than on the name
        g.lemma_.lower()
        for t in obj.lefts
        if t.dep_ == "compound"
        for g in (*[x for x in t.lefts if x.dep_ == "compound"], t)
    ]
    return {f"{a} {b}" for a, b in zip(mods, mods[1:], strict=False)}


def _cargo(obj: Token) -> set[str]:
    """What a vehicle sent is said to carry: "a plane loaded with medical supplies", "trucks
    carrying food", "ships laden with 2,000 tonnes of wheat" → the lemmas of the load."""
    out: set[str] = set()
    if not obj.n_rights:
        return out  # nothing said after it
    vehicles = [obj] + [  # "a convoy of trucks carrying food"
        y for x in obj.children if x.dep_ == "prep" and x.lower_ == "of" for y in x.children
    ]
    for a in (a for v in vehicles for a in v.children):
        if a.dep_ != "acl" or a.lemma_.lower() not in CARRY_VERBS:
            continue
        loads = [g for g in a.children if g.dep_ == "dobj"]
        loads += [y for g in a.children if g.dep_ == "prep" for y in g.children if y.dep_ == "pobj"]
        for g in loads:
            out.add(g.lemma_.lower())
            out.update(x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod"))
            out.update(  # "2,000 tonnes of wheat"
                y.lemma_.lower()
                for x in g.children
                if x.dep_ == "prep" and x.lower_ == "of"
                for y in x.children
                if y.dep_ == "pobj"
            )
    return out


def _phrase_words(c: Token, *own: Token) -> set[str]:
    """The words of a short complement phrase that names no one ("persona non grata" after
    "declared X"), its subject and prepositional phrases left out; empty when it is a clause
    of its own (an auxiliary, a verb, an article or more than four words)."""
    if c.right_edge.i - c.left_edge.i > 8:
        return set()  # a clause, not a phrase (checked without walking it)
    out = {t.lower_ for t in own}
    stack = list(c.children)
    while stack:
        g = stack.pop()
        if g.dep_ in ("nsubj", "nsubjpass", "punct", "prep", "cc", "conj"):
            continue
        if g.dep_ in ("mark", "aux", "auxpass", "neg", "dative") or len(out) > 4:
            return set()  # "said (that) it had sent …": a clause
        if g.pos_ in ("VERB", "AUX", "DET", "PRON") or g.ent_type_:
            return set()
        out.add(g.lower_)
        stack.extend(g.children)
    return out


def _of_time(prep: Token) -> bool:
    """ "on Sunday", "in March", "for a decade": a preposition whose objects are all dates or
    times says when, and is no word of a pattern ("called on Monday for …" is no "call on",
    "gave $5,000 in 2008" no "give in")."""
    if prep.lower_ not in TIME_PREPS:
        return False  # "sentenced to ten years", "gave Kosovo until Monday": what is given
    objs = [g for g in prep.rights if g.dep_ == "pobj"]  # "Sunday", "2008", "a decade"
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _bare_complement(c: Token) -> bool:
    """ "took six officers hostage": a one-word complement, which the parser may also read as
    a clause of its own ("hostage" tagged a verb)."""
    return c.dep_ in ("xcomp", "ccomp") and (
        c.pos_ in ("NOUN", "ADJ") or (c.dep_ == "ccomp" and c.n_lefts + c.n_rights == 0)
    )


def _sum(obj: Token) -> bool:
    """A sum or amount: "$95 million", "500 million euros" (the tagger does not always name
    the currency a sum)."""
    return obj.ent_type_ in ("MONEY", "QUANTITY") or any(
        c.dep_ == "nummod" and c.ent_type_ in ("MONEY", "CARDINAL") for c in obj.children
    )


def _in_kind(prep: Token) -> set[str]:
    """What a sum is in: "in military aid" → {"aid", "military aid"}."""
    out: set[str] = set()
    for x in prep.children:
        if x.dep_ == "pobj":
            lemma = x.lemma_.lower()
            out.add(lemma)
            out.update(
                f"{y.lemma_.lower()} {lemma}" for y in x.children if y.dep_ in ("compound", "amod")
            )
    return out


def _object_taken_for_subject(v: Token) -> Token | None:
    """ "conducted military drills surrounding the island after X visited Y": the parser made
    the object the subject of the next clause; the noun right after the verb is its object."""
    doc = v.doc
    for i in range(v.i + 1, min(v.i + 5, len(doc))):
        t = doc[i]
        if t.pos_ in ("DET", "ADJ", "NUM", "ADV") or t.dep_ == "compound":
            continue
        if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i > v.i:
            return t
        return None
    return None


def match(st: DocState, v: Token):
    """The most specific pattern of the verb `v` that its words allow, and its object."""
    plist = st.p.verbs.get(st.lemma(v))
    if not plist:
        return None, next((c for c in v.children if c.dep_ in OBJ_DEPS), None)
    words, objs, obj, mods = verb_words(v)
    best, strength = None, -1  # among the fitting patterns of the highest rank, the one met by
    for pat in plist:  # the object's compound ("sarin attack") beats one met by its lemma
        if best is not None and pat.rank < best.rank:  # ("attack"), which beats one met only
            break  # by its modifier ("military" in "military talks")
        if pat.words and not pat.words <= words:
            continue
        if pat.objects is not None and not (objs & pat.objects):
            preps = [w for w in pat.words if w in PREPOSITIONS]  # "call for /obj=…": the
            if not any(prep_objects(v, w) & pat.objects for w in preps):  # object of "for"
                continue
            fit = 1
        elif pat.objects is None:
            fit = 1
        else:
            met = objs & pat.objects
            fit = 2 if any(" " in m for m in met) else 1 if met - mods else 0
            if fit == 0 and not pat.code:
                continue  # an idiom met only by a modifier: "struck an oil refinery" is no
                # "strike oil"
            if fit == 0 and obj is not None and st.p.nouns.get(obj.lemma_.lower()):
                continue  # met only by a modifier of an act named by its own noun: "beefed
                # up security cooperation" is cooperation, not security stepped up
        if fit > strength:
            best, strength = pat, fit
    return best, obj
