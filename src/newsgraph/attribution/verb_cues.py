"""Verb cues: "said", "warned", "denied", "expressed concern about", "called for".

`verb_draft` reads one cue verb from the dependency tree, in steps:
1. its children: subject, agent, negation, particle, object, clausal complement;
2. the cue words: "made (it) clear", a verb + object phrase ("expressed their readiness"),
   a particle, a verb + preposition ("called for");
3. checks that drop non-attributions ("saw a film", "attacked port facilities");
4. the content: the clause, else "asked X if Y", "said in a statement that Y", an infinitive or
   gerund, the object, "said so";
5. the source: the subject (or the agent of a passive; a passive subject is no source);
6. the cue phrase the news corpora mark: auxiliaries and adverbs before the verb, "went on to",
   "in a statement" and "on Tuesday" after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.attribution.content import content_span
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.mentions import mention_tokens
from newsgraph.attribution.spans import (
    DASHES,
    Paragraphs,
    spaced_dash,
    subtree_chars,
    tok_end,
    trim,
)

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_INHERIT = ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp")
_WORDS = words("verb_cues")
# verbs whose direct object is the person addressed, never what is said
_RECIPIENT_VERBS = set(_WORDS["recipient_verbs"])
_SAID_WORDS = set(_WORDS["said_words"])
_NAMING_VERBS = set(_WORDS["naming_verbs"])
_SELF = set(_WORDS["self"])
_THAT = set(_WORDS["that"])
_WHEN = set(_WORDS["when"])
_PHRASE_DEPS = ("aux", "auxpass", "neg", "advmod")
_CLEAR = _WORDS["clear"]
_OBJECT_PREPS = _WORDS["object_preps"]
# "were more likely to say", "was quick to deny": adjectives that raise a cue into their phrase
_RAISING = set(_WORDS["raising"])


@dataclass
class _Parts:
    """What one cue verb governs, filled step by step."""

    cls: str | None
    cue_end: Token
    content: Token | None = None
    kind: str = ""
    subj: Token | None = None
    agent: Token | None = None
    negated: bool = False
    prt: Token | None = None
    dobj: Token | None = None
    until: Token | None = None  # the comma that ends a content before the cue


def verb_draft(finder, doc: Doc, v: Token, lemma: str, paras: Paragraphs) -> Draft | None:
    lex = finder.lex
    para = paras.bounds(v.idx)
    if lemma in _ASKED and _reduced_passive(v) is not None:
        return None  # "The governor, asked whether …, said …": the governor was asked
    c = _children(v, _Parts(finder.cue_class.get(lemma), v), para)
    if c.subj is None:
        _past_asked(v, c, para)
    if lemma in lex.phrasal_cues:  # "shot back", "lashed out", "weighed in"
        nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
        if nxt is not None and nxt.head.i == v.i and nxt.dep_ in ("prt", "advmod"):
            if nxt.lower_ in lex.phrasal_cues[lemma]:
                c.cls, c.prt = lex.phrasal_cues[lemma][nxt.lower_], nxt
    if c.subj is None and _after_quote(v):
        c.subj = v.head  # "“…?” the 43-year-old asked": the parser hung the verb on the noun
    if c.subj is None:
        named = _named_after_quote(v)
        if named is not None:  # "“…,” added Murphy" read with Murphy as the object
            c.subj = named
            if c.dobj is not None and c.dobj.i >= named.left_edge.i:
                c.dobj = None
    if c.subj is None:
        c.subj = _name_lent_on(v)  # "…, said Ruiz, the union leader, but talks will go on"
    if c.subj is None and v.pos_ == "NOUN":  # "…, the Tass news agency reports": one phrase
        c.subj = next((x for x in reversed(list(v.lefts)) if x.dep_ == "compound"), None)
    if c.subj is None and _verbless_subject(v):
        c.subj = v.head  # "The statement, issued on Sunday, called …" read as a noun phrase
    if c.subj is None and (
        (v.dep_ == "conj" and _comma_joined(v))
        or (v.dep_ == "ROOT" and c.content is not None and c.content.i < v.i)
    ):
        c.subj = _closing_subject(v, lex.person_nouns)  # "…, the governor, Ana Ruiz, said"
    if c.kind == "ccomp" and _claim_between(lex, c):
        c.content, c.kind = c.dobj, "object"  # "rejected X's claim, …, that Y": the claim
    if lemma == "make":
        _made_clear(v, c)
    if c.kind != "clear" and lemma in finder.cue_objects:
        obj_cls, objects = finder.cue_objects[lemma]
        if c.dobj is not None and c.dobj.lemma_.lower() in objects:
            _object_phrase(v, c, obj_cls, lex.occasions)
        elif c.cls is None and lemma not in lex.complement_cues:
            return None  # "cast doubt on" is a cue phrase; "cast X as Y" a complement cue
    if c.prt is not None and c.prt.i == v.i + 1:
        c.cue_end = c.prt
    if c.cls is None and lemma in lex.complement_cues:
        _complement(v, c, *lex.complement_cues[lemma])
    if c.content is None and lemma in finder.prep_cues:
        _prep_phrase(v, c, *finder.prep_cues[lemma], finder.said_at)
    if _not_a_cue(finder, v, lemma, c):
        return None
    if lemma in lex.sourceless:
        return finder.sourceless(v, c.cls, paras)
    if c.negated and lemma in lex.comment_verbs and lemma not in ("say", "confirm"):
        c.cls = "refuse-comment"  # "would not comment on …"
    if v.dep_ == "xcomp" and finder.cue_class.get(v.head.lemma_) == "refuse-comment":
        return None  # "declined to comment on X" is one refusal, not a comment
    if c.cls is None:
        return None
    if finder.cue_class.get(lemma) == "refuse-comment":
        x = next((ch for ch in v.children if ch.dep_ == "xcomp"), None)
        if x is None:
            return None
        if x.lemma_ not in lex.comment_verbs:
            c.cls = "deny"  # "refused to give …": a refusal, but not of comment
    if c.content is None and not _fallback_content(lex, finder.text, doc, v, lemma, c, para):
        return None
    passive_subject = _source(lex, v, lemma, c)
    if passive_subject is False:
        return None
    return _draft(finder, doc, v, lemma, c, para, passive_subject)


def _children(v: Token, c: _Parts, para: tuple[int, int]) -> _Parts:
    for child in v.children:
        dep = child.dep_
        if dep in _SUBJ and (c.subj is None or c.subj.i < child.i < v.i or _inverted(v, child)):
            # of two, the nearer: "BEIJING, May 2 (Xinhua) -- The envoy said"; the one after
            # a verb set off by a comma: "Part of the problem, say experts, is the ground"
            c.subj = child
        elif dep == "agent":
            c.agent = next((x for x in child.children if x.dep_ == "pobj"), None)
        elif dep == "neg":
            c.negated = True
        elif dep == "prt":
            c.prt = child
        elif dep == "dobj" and c.dobj is None:
            c.dobj = child
        elif dep == "ccomp" and child.i < v.i and _bare_participle(v):
            continue  # '"…," referencing the vote': a participle reports what follows it
        elif dep == "ccomp" and child.i > v.i and reduced_relative(child):
            continue  # "appealed for the release of protesters believed to be trapped"
        elif dep == "ccomp" and para[0] <= child.idx < para[1] and not _cut_off(child, v):
            if c.content is None or _colon_between(c.content, child, v):
                c.content, c.kind = child, "ccomp"
    return c


_ASKED = _WORDS["asked"]


def _reduced_passive(v: Token) -> Token | None:
    """ "The governor, asked whether he would resign, said …" read with the governor as the
    subject of "asked": a verb of asking set off by commas right after its subject, with no
    object, before the sentence's cue. The subject (the one asked), or None."""
    doc = v.doc
    if v.tag_ not in ("VBD", "VBN") or v.i < 2 or doc[v.i - 1].text != ",":
        return None
    if v.dep_ not in ("ccomp", "advcl") or v.head.i < v.i:
        return None
    subj = next((x for x in v.children if x.dep_ == "nsubj" and x.i < v.i), None)
    if subj is None or subj.right_edge.i not in (v.i - 2, v.i - 1):  # the comma may be its
        return None
    if any(x.dep_ == "dobj" for x in v.children):
        return None
    after = v.right_edge.i + 1
    return subj if after < v.head.i and doc[after].text == "," else None


def _past_asked(v: Token, c: _Parts, para) -> None:
    """The cue after "The governor, asked whether …,": the one asked speaks, and says the
    clause after the cue."""
    for x in v.lefts:
        if x.lemma_ in _ASKED and (subj := _reduced_passive(x)) is not None:
            c.subj = subj
            if c.content is not None and c.content.i == x.i:
                c.content = next(
                    (y for y in v.rights if y.dep_ == "ccomp" and para[0] <= y.idx < para[1]),
                    None,
                )
                c.kind = "ccomp" if c.content is not None else ""
            return


_NP_DEPS = ("det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod")
_BARE = set(_WORDS["bare"])


def _named_after_quote(v: Token) -> Token | None:
    """ "“…,” added a New Hampshire Democrat", "“…,” read the email", "“…,” tweeted another":
    the noun phrase right after a cue that follows a closing quote names who speaks, whatever
    the parser made of it. Its head (last noun of the run), or None."""
    doc = v.doc
    k = v.i - 1
    if v.tag_ == "VBG" or k < 1 or not doc[k].is_quote or doc[k].text in ("“", "‘", "``", "«"):
        return None  # '… "New York values," saying the city …': a participle names no one after it
    if doc[k - 1].text not in (",", "?", "!", "—", "–", "…") and doc[k].text not in (",",):
        return None
    head, j = None, v.i + 1
    while j < len(doc) and j <= v.i + 8:
        t = doc[j]
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            head = t
        elif not (t.dep_ in _NP_DEPS or t.tag_ == "POS" or t.pos_ in ("DET", "ADJ", "NUM")):
            break
        j += 1
    if head is None and j > v.i + 1 and doc[j - 1].lower_ in _BARE:
        head = doc[j - 1]
    return head


def _name_lent_on(v: Token) -> Token | None:
    """ "The plan is dead, said Ruiz, …, but talks will go on": the name right after a cue
    that follows a comma, read as the subject of the next clause the cue governs."""
    doc = v.doc
    if v.i < 2 or v.i + 1 >= len(doc) or doc[v.i - 1].text != ",":
        return None
    t = doc[v.i + 1]
    while t.dep_ == "compound" and t.head.i > t.i and t.head.i <= v.i + 4:
        t = t.head
    gov = t.head
    if t.dep_ != "nsubj" or t.pos_ != "PROPN" or gov.i < t.i or gov.head.i != v.i:
        return None
    return t if any(x.dep_ == "ccomp" and x.i < v.i for x in v.children) else None


def _after_quote(v: Token) -> bool:
    """ "“…,” the spokesman said" read as a noun with a participle: the noun right after a
    closing quote (and its comma) is who speaks."""
    head = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or not head.i < v.i:
        return False
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") or v.left_edge.i != v.i:
        return False
    k = head.left_edge.i - 1
    doc = v.doc
    while k >= 0 and doc[k].text in (",", "?", "!", "."):
        k -= 1
    return k >= 0 and doc[k].is_quote and doc[k].text not in ("“", "‘", "``")


_BREAKS = (":", ";", "—", "–", "--")  # marks that end a lead-in clause


def _is_break(t: Token) -> bool:
    """A mark that ends a lead-in clause, or a hyphen typed as a dash ("… unserious - “we …")."""
    return t.text in _BREAKS or spaced_dash(t)


def _bare_participle(v: Token) -> bool:
    """ "…, referencing X", "…, noting that …": an -ing form with no auxiliary."""
    return v.tag_ == "VBG" and not any(a.dep_ in ("aux", "auxpass") for a in v.children)


def reduced_relative(x: Token) -> bool:
    """A past participle with no subject, auxiliary or mark ("protesters believed to be
    trapped") the parser hung on the cue: it modifies the noun before it, no clause."""
    if x.tag_ != "VBN" or x.doc[x.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(y.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for y in x.children)


def _colon_between(first: Token, second: Token, v: Token) -> bool:
    """ "She seemed to hint at it: "We signed," she said": of two clauses before the cue, the
    one after a colon, semicolon or dash is what was said; the one before leads up to it."""
    if not first.i < second.i < v.i:
        return False
    return any(_is_break(t) for t in v.doc[first.i : second.left_edge.i])


def _inverted(v: Token, subj: Token) -> bool:
    """ "…, say experts like X, …": a subject right after a cue set off by a comma."""
    return subj.i > v.i and v.i > 0 and v.doc[v.i - 1].text == "," and subj.dep_ == "nsubj"


def _cut_off(clause: Token, v: Token) -> bool:
    """Is a clause before the cue cut off from it by a colon, semicolon or dash ("Aides were
    pleased: he said he had raised …"; "…; 46 percent said …")? It is not what was said."""
    if clause.i > v.i:
        return False
    doc = v.doc
    breaks = [t for t in doc[clause.right_edge.i + 1 : v.i] if _is_break(t)]
    return bool(breaks) and not _dash_aside(breaks, clause)


def _dash_aside(breaks: list[Token], clause: Token) -> bool:
    """Are the breaks between a clause and its cue the dashes of an aside, one opened inside
    the clause ("The army has left the town - which it held for years - the spokesman said")
    or both ("The deal is dead - for now - officials said")? The clause runs on past it."""
    if any(t.text not in DASHES for t in breaks):
        return False
    doc = clause.doc
    inside = [x for x in doc[clause.i + 1 : breaks[0].i] if x.text in DASHES and _is_break(x)]
    return len(inside) + len(breaks) == 2


def _made_clear(v: Token, c: _Parts) -> None:
    """ "made (it) clear that …": the cue runs to "clear", the clause is the content."""
    clear = next((x for x in v.rights if x.lower_ in _CLEAR and x.i <= v.i + 3), None)
    if clear is None:
        return
    clause = next(
        (
            x
            for x in [*clear.rights, *v.rights]
            if x.i > clear.i and x.dep_ in ("ccomp", "advcl", "xcomp")
        ),
        None,
    )
    if clause is not None:
        c.cls, c.cue_end, c.content, c.kind = "assert", clear, clause, "clear"
        c.dobj = None


def _object_phrase(v: Token, c: _Parts, obj_cls: str, occasions) -> None:
    """ "expressed concern about the cost": verb + object (+ preposition) is the cue; "made
    the remarks at a briefing" names where, not what."""
    dobj = c.dobj
    c.cls, c.cue_end, c.content = obj_cls, dobj, None
    for x in dobj.children:
        if x.dep_ in ("acl", "prep", "relcl", "ccomp") and x.i > dobj.i:
            pobj = next((y for y in x.children if y.dep_ in ("pobj", "pcomp")), None)
            if x.dep_ == "prep" and _occasion(x, pobj, occasions):
                break
            c.content, c.kind = x, "object"
            if x.dep_ == "prep" and x.lower_ != "to" and pobj is not None:
                c.cue_end, c.content = x, pobj  # the preposition joins the cue
            break
    else:
        for x in v.rights:  # "raised concerns over X" attached to the verb
            if x.dep_ == "prep" and x.i == dobj.i + 1 and x.lower_ in _OBJECT_PREPS:
                pobj = next((y for y in x.children if y.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and not _occasion(x, pobj, occasions):
                    c.cue_end, c.content, c.kind = x, pobj, "object"
                break
    c.dobj = None


def _occasion(prep: Token, pobj: Token | None, occasions) -> bool:
    """Does this preposition say where or when words were said ("at a news briefing", "on
    Monday", "in Geneva"), not what they were about?"""
    if pobj is None or prep.lower_ not in ("at", "in", "on", "during"):
        return False
    if pobj.pos_ == "NOUN" and (pobj.lower_ in occasions or pobj.lemma_.lower() in occasions):
        return True
    return pobj.ent_type_ in _SETTING_ENTS


_SETTING_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC")


def _complement(v: Token, c: _Parts, cls: str, words: frozenset[str]) -> None:
    """ "held the ministry responsible for the losses": the object and its complement (or the
    small clause the parser makes of them)."""
    near = [*v.rights, *(c.dobj.rights if c.dobj is not None else ())]
    deps = ("oprd", "acomp", "amod", "ccomp", "xcomp")
    comp = next((x for x in near if x.lower_ in words and x.dep_ in deps), None)
    if comp is None and c.dobj is not None and "as" in words:  # "painted them as traitors"
        comp = next((x for x in near if x.lower_ == "as" and _as_role(x)), None)
    if comp is not None:
        c.cls, c.content, c.kind = cls, c.dobj if c.dobj is not None else comp, "object"


def _as_role(x: Token) -> bool:
    """Is ``x`` an "as" that names a role ("cast them as traitors"), not a clause of time or
    cause ("cast their votes, as rain fell")?"""
    if x.dep_ != "prep" or x.doc[x.i - 1].text in (",", ";", "—", "–", "--"):
        return False
    return not any(g.dep_ in ("nsubj", "nsubjpass") for ch in x.children for g in ch.children)


def _prep_phrase(v: Token, c: _Parts, prep_cls: str, preps: frozenset[str], occasions) -> None:
    """ "called for the UN to act", "voted against the bill": the preposition joins the cue."""
    for child in v.rights:
        mark = child.left_edge
        if (
            child.dep_ in ("advcl", "ccomp", "xcomp")
            and mark.dep_ == "mark"
            and mark.lower_ in preps
            and mark.i == c.cue_end.i + 1
        ):
            # the parser reads "for" as the clause's mark
            c.cls, c.cue_end, c.content, c.kind = prep_cls, mark, child, "for-clause"
            return
        between = v.doc[c.cue_end.i + 1 : child.i]
        if c.dobj is not None and child.i == c.dobj.i and v.lemma_ in _RECIPIENT_VERBS:
            # "told his teammates about the deal": the parser hangs the topic on the addressee
            topic = next(
                (
                    x
                    for x in child.rights
                    if x.dep_ == "prep"
                    and x.lower_ in preps
                    and (x.lower_ != "of" or child.pos_ != "NOUN")  # "the head of the agency"
                ),
                None,
            )
            obj = next((x for x in topic.children if x.dep_ == "pobj"), None) if topic else None
            if obj is not None and child.pos_ in ("NOUN", "PROPN", "PRON"):
                c.cls, c.content, c.kind = prep_cls, obj, "prep"
                return
            continue  # "told his counterpart … about": past the one addressed
        if c.dobj is not None and c.dobj.i < child.i and v.lemma_ in _RECIPIENT_VERBS:
            # "told Blinken during the meeting about the risks": past the one addressed
            if child.dep_ == "prep" and child.lower_ in _OCCASION:
                child = _topic_of_occasion(child, preps) or child
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = next((x for x in child.children if x.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    c.cls, c.content, c.kind = prep_cls, obj, "prep"
                    return
            continue
        if _in_statement(child, occasions):
            topic = _topic_after_occasion(child, preps)
            if topic is not None:  # "spoke in a statement of “violations”": read on the noun
                c.cls, c.content, c.kind = prep_cls, topic, "prep"
                return
            continue
        if _when(child):
            continue  # "called on Monday for an inquiry": "on Monday" is no "call on"
        skip = {
            t.i
            for x in v.children
            if x.i < child.i and (_when(x) or _in_statement(x, occasions))
            for t in x.subtree
        }
        kept = [t for t in between if t.i not in skip]
        if any(t.pos_ != "ADV" for t in kept) or len(kept) > 2:
            return
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((x for x in child.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                c.cls, c.content, c.kind = prep_cls, obj, "prep"
                if len(kept) == len(between):  # the cue runs to its preposition, unbroken
                    c.cue_end = child
            return


_OCCASION = _WORDS["occasion"]


def _topic_after_occasion(x: Token, preps: frozenset[str]) -> Token | None:
    """The object of the cue's preposition hung on the noun of an occasion ("spoke at the
    summit about the talks"); "of" only before a quote ("of a meeting of ministers" is none)."""
    pobj = next((y for y in x.children if y.dep_ == "pobj"), None)
    doc = x.doc
    for p in pobj.rights if pobj is not None else ():
        if p.dep_ != "prep" or p.lower_ not in preps or p.i + 1 >= len(doc):
            continue
        if p.lower_ == "of" and not doc[p.i + 1].is_quote:
            continue
        return next((y for y in p.children if y.dep_ in ("pobj", "pcomp")), None)
    return None


def _in_statement(x: Token, nouns) -> bool:
    """ "spoke in a joint statement of …", "called at the summit for …": where the words were
    said, set between the verb and the preposition of its cue."""
    if x.dep_ != "prep" or x.lower_ not in ("in", "at", "during"):  # "called on" is the cue's
        return False
    return any(y.dep_ == "pobj" and y.lemma_.lower() in nouns for y in x.children)


def _when(x: Token) -> bool:
    """ "on Thursday", "last week", "again": when the words were said, between a cue and
    its preposition ("warned on Thursday of a long winter")."""
    if x.dep_ in ("npadvmod", "advmod") and (x.ent_type_ in ("DATE", "TIME") or x.lower_ in _WHEN):
        return True
    if x.dep_ != "prep" or x.lower_ not in ("on", "in", "at", "during"):
        return False
    pobj = next((y for y in x.children if y.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def _topic_of_occasion(prep: Token, preps: frozenset[str]) -> Token | None:
    """ "told Blinken during the meeting in Geneva about the risks": the parser hangs the
    topic on the occasion; it is what was told."""
    occasion = next((x for x in prep.children if x.dep_ == "pobj"), None)
    if occasion is None:
        return None
    for x in occasion.subtree:
        if x.dep_ == "prep" and x.lower_ in preps and x.head.i != prep.i:
            return x
    return None


def _not_a_cue(finder, v: Token, lemma: str, c: _Parts) -> bool:
    lex = finder.lex
    if lemma in _NAMING_VERBS | {"name", "title"} and v.dep_ == "acl" and v.tag_ == "VBN":
        if c.subj is None or c.subj.i != v.head.i:  # not a sentence read as a noun phrase
            return True  # "a group called Future 45", "a film titled …": a name, not a claim
    if lemma in _NAMING_VERBS and c.dobj is not None and c.dobj.lower_ in _SELF:
        return True  # "a group that calls itself …"
    if lemma == "say" and _connective_said(v):
        return True  # "That said, …", "Having said that, …": a connective, no report
    if v.lower_ == "told" and _all_told(v):
        return True  # "All told, the groups spent $2 million": a total, no report
    if lemma == "point" and c.cue_end.i == v.i:
        return True
    if lemma == "put" and not _words_put(v):
        return True  # "put it on the table" is no attribution; "as she put it" is
    if lemma == "see" and not any(x.dep_ == "prep" and x.lower_ == "as" for x in v.rights):
        return True  # "voters see him as a fighter"; not "saw a film"
    if lemma in lex.verbal_only and c.prt is None:  # "hit out at X" is words
        # "attacked port facilities" is a strike, "attacked Clinton" may be words
        if c.dobj is None or not finder.sourcelike(c.dobj):
            return True
        if c.dobj.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return False


def _all_told(v: Token) -> bool:
    """ "All told, …" opening a sentence or a clause: "in all", no one tells anything."""
    doc = v.doc
    return (
        v.i >= 1
        and doc[v.i - 1].lower_ == "all"
        and (v.i - 1 == v.sent.start or doc[v.i - 2].is_punct)
        and v.i + 1 < len(doc)
        and doc[v.i + 1].text == ","
    )


def _connective_said(v: Token) -> bool:
    """ "That said, …", "That being said, …", "With this said, …", "Having said that, …": the
    words open the sentence and end at a comma."""
    doc = v.doc
    before = [doc[i].lower_ for i in range(v.sent.start, v.i) if not doc[i].is_punct]
    if before[:1] in (["but"], ["and"], ["still"], ["yet"]):
        before = before[1:]
    after = [t.lower_ for t in doc[v.i + 1 : v.i + 3]]
    if before == ["having"]:
        return len(after) == 2 and after[0] in _THAT and after[1] == ","
    if before[:1] == ["with"]:
        before = before[1:]
    return (
        bool(after)
        and after[0] == ","
        and before[:1] != []
        and before[0] in _THAT
        and before[1:] in ([], ["being"])
    )


def _words_put(v: Token) -> bool:
    """ "as the senator put it, …", "…, as she put it", "he put it this way: …"."""
    if any(x.dep_ == "prep" or x.dep_ == "prt" for x in v.children):
        return False
    if v.dep_ == "parataxis" or any(x.dep_ == "mark" and x.lower_ == "as" for x in v.children):
        return True
    after = v.doc[v.right_edge.i + 1] if v.right_edge.i + 1 < len(v.doc) else None
    return after is not None and after.text == ":"


def _fallback_content(lex, text: str, doc: Doc, v: Token, lemma: str, c: _Parts, para) -> bool:
    """Content when the verb has no clausal complement; False when the verb is no cue."""
    if lemma in ("ask", "wonder", "question", "inquire"):
        for child in v.rights:  # "asked workers if they would vote": read as a condition
            if child.dep_ == "advcl" and child.left_edge.lower_ in ("if", "whether"):
                c.content, c.kind = child, "ccomp"
                return True
    clause = _statement_clause(lex, v, para)
    if clause is not None:
        c.content, c.kind = clause, "ccomp"
        return True
    for child in v.children:
        if child.dep_ == "xcomp" and (
            any(x.dep_ == "aux" and x.lower_ == "to" for x in child.children)
            or (child.tag_ == "VBG" and child.i > v.i)  # "suggested cutting taxes"
        ):
            c.content, c.kind = child, "xcomp"
            return True
    if c.dobj is not None and lemma in _RECIPIENT_VERBS:
        for child in v.rights:  # "told troops on Monday to prepare": read as a purpose
            if (
                child.dep_ == "advcl"
                and child.i > c.dobj.i
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in child.children)
                and not any(x.dep_ == "mark" for x in child.children)
            ):
                c.content, c.kind = child, "xcomp"
                return True
    told = _clause_after_addressee(v, lemma, c)
    if told is not None:  # "Instead, she told reporters, the money would go …"
        c.content, c.kind = told, "ccomp"
        return True
    if lemma in lex.clause_only:
        return True  # "maintained a lead", "advises banks": no attribution without a clause
    if (
        lemma in lex.quote_only
        and c.subj is not None  # not a reader's "Read the full text:"
        and _paragraph_after_colon(text, v, para) is not None
    ):
        return True  # "The full text reads:" and the paragraph after it
    if _object_relative(v, c):
        c.content, c.kind = v.head, "antecedent"  # "a deal she once supported"
        return True
    comma = _closing_clause(v, lemma, c)
    if comma is not None:
        c.content, c.kind, c.until = comma, "before", comma
        return True
    answer = next((x for x in v.rights if x.dep_ == "intj" and x.lower_ in ("yes", "no")), None)
    if answer is not None and lemma == "say":
        c.content, c.kind = answer, "object"  # "asked if he had been bullied, he said no"
        return True
    dobj = c.dobj
    if dobj is not None and _misread_that(dobj, v):
        c.content, c.kind = dobj, "that"  # "stressed that Resolution 2231, which …"
        return True
    if dobj is not None and (
        lemma in lex.object_cues
        or lemma not in _RECIPIENT_VERBS
        # "said so", "said the same of Y", "said nothing about Y": what was said
        or (lemma == "say" and dobj.lemma_.lower() in _SAID_WORDS)
        # "says the movement appeals to …" read as an object: "say" has no addressee object
        or (lemma == "say" and c.subj is not None and dobj.i > v.i and not _named(dobj))
        # "promised higher wages", "urged restraint": what is promised or urged, not the one
        # promised to or urged
        or (lemma in ("promise", "urge") and dobj.i > v.i and _a_thing(lex, dobj))
    ):
        c.content, c.kind = dobj, "object"
        if lemma == "call" and not _characterises(v, dobj):
            return False  # "called the meeting" is no attribution; "called it a farce" is
        return True
    oprd = next((x for x in v.rights if x.dep_ == "oprd"), None)
    if dobj is None and oprd is not None and lemma in _NAMING_VERBS:
        c.content, c.kind = oprd, "object"  # "called her “third-rate”": read as one phrase
        return True
    if lemma == "say" and v.i + 1 < len(doc):
        nxt = doc[v.i + 1]  # "said so": the parser reads "so" as an adverb
        if nxt.lower_ == "so" and nxt.dep_ == "advmod" and nxt.head.i == v.i:
            c.content, c.kind = nxt, "object"
    return True


_CLOSING_DEPS = ("prep", "npadvmod", "advmod", "punct", "agent", "nsubj", "aux", "neg")


# verbs whose object is the one addressed and never what was said
_ADDRESSING = set(_WORDS["addressing"])


def _clause_after_addressee(v: Token, lemma: str, c: _Parts) -> Token | None:
    """ "Instead, she told reporters, the money would go …" read as two clauses joined by a
    comma: the clause right after the one addressed (its own subject, no "and") is what was
    said."""
    if c.dobj is None or lemma not in _ADDRESSING or c.dobj.i < v.i:
        return None
    doc = v.doc
    k = c.dobj.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    x = next((x for x in v.rights if x.dep_ == "conj" and x.left_edge.i == k + 1), None)
    if x is None or not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children):
        return None
    return x


def _object_relative(v: Token, c: _Parts) -> bool:
    """ "the plan she supported", "a claim which she repeated": the cue is a relative clause on
    the noun that is its object (no object of its own, a subject that is no relative word)."""
    head = v.head
    relative_object = c.dobj is None or (
        c.dobj.tag_ in ("WDT", "WP")
        and c.dobj.i < v.i
        and not any(x.i > v.i and x.dep_ not in ("prep", "punct", "npadvmod") for x in v.children)
    )  # not "which he called a disaster": what he called it is said too
    return (
        v.dep_ == "relcl"
        and relative_object  # "the claim, which she repeated": the claim is what she repeated
        and c.subj is not None
        and c.subj.tag_ not in ("WP", "WDT")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < v.i
        and not any(
            x.dep_ in ("ccomp", "xcomp") or (x.dep_ == "prep" and not _when(x) and not _said_in(x))
            for x in v.children
        )
    )


def _said_in(prep: Token) -> bool:
    """ "a fact he mentions in speeches", "a plan she backed at the summit": a phrase of where
    the words were said, with its object (not a stranded "about" or "to")."""
    return prep.lower_ in _OCCASION and any(x.dep_ == "pobj" for x in prep.children)


def _closing_clause(v: Token, lemma: str, c: _Parts) -> Token | None:
    """ "…, a girl was hurt by a bystander, police said." / "Sorry, Sanders said." /
    "…, said Ana Ruiz, the director.": a reporting clause closing its sentence after a comma,
    with no complement of its own (the parser hung the reported clause elsewhere). The comma
    it follows, or None; what stands before the comma is the content."""
    if c.subj is None or not (
        v.dep_ == "ROOT" or (v.dep_ == "conj" and _comma_joined(v)) or _closing_ccomp(v)
    ):
        return None
    doc = v.doc
    sent = v.sent
    for x in v.rights:
        if x.dep_ not in _CLOSING_DEPS and not (x.dep_ == "dobj" and lemma in _RECIPIENT_VERBS):
            return None
        if x.text == ":":
            return None
    lo = min(c.subj.left_edge.i, v.i)
    k = _before_auxiliaries(doc, v.i, lo - 1, sent.start)
    if k <= sent.start or doc[k].text != ",":
        return None
    if c.subj.i > v.i and k != v.i - 1:
        return None
    left = doc[sent.start : k]
    if not any(_main_clause(t) or t.dep_ == "intj" or t.is_quote for t in left):
        return None  # "On Tuesday, she said", "When he arrived, she said": no main clause
    return doc[k]


def _closing_ccomp(v: Token) -> bool:
    """ "…, and officers fired tear gas, the agency reports.": the closing reporting clause
    read as the complement of the last verb before it; nothing of its sentence follows it."""
    if v.dep_ != "ccomp" or v.head.i > v.i or v.head.pos_ not in ("VERB", "AUX"):
        return False
    end = v.sent.end
    return all(t.is_punct or t.is_space for t in v.doc[v.right_edge.i + 1 : end])


def _claim_between(lex, c: _Parts) -> bool:
    """Is the verb's object an owned claim whose clause the parser gave to the verb?"""
    obj = c.dobj
    if obj is None or obj.i > c.content.i or obj.lemma_.lower() not in lex.noun_cues:
        return False
    return any(x.dep_ == "poss" for x in obj.children) and obj.right_edge.i < c.content.i


def _verbless_subject(v: Token) -> bool:
    """Did the parser read a whole sentence as one noun phrase, its finite verb a modifier
    of the noun ("The statement, issued on Sunday, called the sanctions illegal")?"""
    head = v.head
    if v.dep_ != "acl" or head.dep_ != "ROOT" or head.i > v.i:
        return False
    # a past form that may be read as a participle: "Ruiz, a close ally, called the plan …"
    if v.tag_ != "VBD" and not (v.tag_ == "VBN" and v.lower_.endswith(("ed", "said", "told"))):
        return False
    return head.pos_ in ("NOUN", "PROPN") and v.doc[v.i - 1].text == ","


def _comma_joined(v: Token) -> bool:
    """A verb the parser joined to its sentence's main verb as a conjunct with a comma and
    no "and": "Farmers will stay, the governor said" misread as two clauses."""
    head = v.head
    if head.dep_ != "ROOT" or head.i >= v.i or v.doc[v.i - 1].text == ":":
        return False
    return not any(t.dep_ == "cc" and t.head.i in (head.i, v.i) for t in v.doc[head.i : v.i])


def _closing_subject(v: Token, person_nouns) -> Token | None:
    """Who speaks in "…, the regional governor, Ana Ruiz, said" when the parser gave the
    verb no subject: the last one or two noun phrases before it, each set off by commas, a
    name or a role (the role when a name is its apposition). Their head, or None."""
    doc = v.doc
    k = _before_auxiliaries(doc, v.i, v.i - 1)
    segments: list[list[Token]] = []
    seg: list[Token] = []
    while k > v.sent.start and len(segments) < 2:
        t = doc[k]
        if t.text == ",":
            if seg:
                segments.append(seg)
                seg = []
        elif t.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART") or t.tag_ == "POS":
            seg.insert(0, t)
        else:
            break
        k -= 1
    named = [s for s in segments if s and doc[s[0].i - 1].text == ","]
    for s in named:  # nearest first: "Ana Ruiz", then "the regional governor"
        head = next((t for t in reversed(s) if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            continue
        role = len(named) > 1 and s is named[0] and named[1][-1].lemma_.lower() in person_nouns
        if role:
            return named[1][-1]  # "the regional governor, Ana Ruiz,": the role's head
        if head.ent_type_ in ("PERSON", "ORG") or head.lemma_.lower() in person_nouns:
            return head
        return None
    return None


_SUBORDINATORS = set(_WORDS["subordinators"])


def _main_clause(t: Token) -> bool:
    """A verb with a subject of its own that opens no subordinate or relative clause."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "csubj", "pcomp"):
        return False
    subj = any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.tag_ not in ("WP", "WDT")
               for x in t.children)  # fmt: skip
    return subj and not any(
        x.dep_ in ("mark", "advmod") and x.lower_ in _SUBORDINATORS and x.i < t.i
        for x in t.children
    )


def _misread_that(dobj: Token, v: Token) -> bool:
    """ "stressed that X …" read with "that" as the object: the clause after it is what was
    said."""
    if dobj.lower_ != "that" or dobj.i != v.i + 1 or any(True for _ in dobj.children):
        return False
    nxt = dobj.nbor(1) if dobj.i + 1 < len(dobj.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.sent == dobj.sent


def _characterises(v: Token, obj: Token) -> bool:
    """ "called it a farce", "called the plan “a land grab”": a second phrase after the object
    (a complement, a second object, or a quote the parser hung on the object)."""
    if any(x.dep_ in ("oprd", "ccomp", "xcomp") for x in v.children):
        return True
    if sum(1 for x in v.children if x.dep_ == "dobj") > 1:
        return True
    if any(x.dep_ == "appos" and x.i > obj.i for x in obj.children):
        return True
    doc = v.doc
    after = doc[obj.i + 1 : min(obj.right_edge.i + 3, len(doc))]
    return any(t.text in ("“", '"', "‘", "'") or t.tag_ == "``" for t in after)


def _named(t: Token) -> bool:
    """A person's name or a pronoun: what an inverted "…, said Smith" makes an object of."""
    return t.pos_ in ("PROPN", "PRON") or t.ent_type_ == "PERSON"


def _statement_clause(lex, v: Token, para) -> Token | None:
    """ "said in a statement that …", "told the council after the vote that …", "told
    reporters before the talks began that …": the parser hangs the clause on the noun or the
    verb of the phrase that says when or where the words were said."""
    for child in v.rights:
        if child.dep_ == "advcl":
            clause = _clause_past_when(lex, child)
        elif child.dep_ == "prep" and child.lower_ in _SAID_WHEN or child.lower_ == "ahead":
            if child.lower_ == "ahead":  # "ahead of the summit"
                child = next((x for x in child.children if x.lower_ == "of"), child)
            pobj = next((x for x in child.children if x.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() in lex.noun_cues or pobj.lower_ in _TOLD_NOUNS:
                continue  # "after claims that …": the clause is the claim's
            clause = next((x for x in pobj.rights if _that_clause(x)), None)
            if clause is None and pobj.lemma_ == "time" and pobj.i == child.i + 2:
                clause = next((x for x in pobj.rights if _bare_clause(x)), None)
        elif child.dep_ == "dobj" and child.lemma_.lower() in lex.occasions:
            # "told a regular briefing that …" read as a relative clause on the briefing
            clause = next((x for x in child.rights if _that_clause(x)), None)
        else:
            continue
        if clause is not None and para[0] <= clause.idx < para[1]:
            return clause
    return None


# prepositions of a phrase that says when or where words were said
_SAID_WHEN = set(_WORDS["said_when"])
# nouns whose "that" clause is their own ("after news that …", "on reports that …")
_TOLD_NOUNS = set(_WORDS["told_nouns"])
_WHEN_MARKS = set(_WORDS["when_marks"])


def _clause_past_when(lex, adv: Token) -> Token | None:
    """ "told reporters before the council met that …": a "that" clause hung on the verb of a
    clause of time whose subject is no "it" ("after it emerged that …" is the emerging's) and
    that takes no clause itself (no verb of saying, thinking or seeming)."""
    if not any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in adv.children):
        return None
    if adv.lemma_ in lex.cue_class or adv.lemma_ in ("be", "become", "emerge", "learn", "hear"):
        return None
    subj = next((x for x in adv.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "there"):
        return None
    return next(
        (
            x
            for x in adv.rights
            if x.dep_ in ("ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
        ),
        None,
    )


def _bare_clause(x: Token) -> bool:
    """ "said at the time the rebels had wrecked the truce": a clause with no "that", read as
    a relative clause on "the time"; a full clause of its own (a subject that is no relative
    word, a finite verb, an object or complement: no gap left by a relative word)."""
    if x.dep_ != "relcl" or x.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in x.children
    ):
        return False
    subj = next((m for m in x.children if m.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WP", "WDT", "WRB") or subj.lower_ == "that":
        return False
    if any(m.tag_ in ("WP", "WDT", "WRB") or m.lower_ == "that" for m in x.children):
        return False
    # no gap: the verb keeps its object or complement ("had wrecked the truce", "was ready")
    return subj.dep_ == "nsubjpass" or any(
        m.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") for m in x.children
    )


def _that_clause(x: Token) -> bool:
    if x.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
        return True
    first = x.left_edge
    return (  # "… at the hearing that the dam will fail": read as a relative clause, its
        # "that" a subject too in "… in a letter that the bill was flawed"
        x.dep_ == "relcl"
        and first.lower_ == "that"
        and any(
            m.dep_ == "nsubj" and m.i != first.i
            for y in (x, *(a for a in x.children if a.dep_ in ("aux", "auxpass")))
            for m in y.children
        )
    )


def _source(lex, v: Token, lemma: str, c: _Parts):
    """Settle ``c.subj`` as the source; returns the passive subject (or None), False to drop."""
    subj = c.subj
    if subj is not None and subj.lower_ in ("it", "there") and subj.dep_ != "nsubj":
        subj = None
    if subj is None and c.agent is not None:
        subj = c.agent
    passive_subject = None
    if subj is not None and subj.dep_ == "nsubjpass" and c.agent is not None:
        # "the plan was rejected by the council": the agent speaks of the subject
        passive_subject, subj = subj, c.agent
        if c.content is None:
            if lemma in _RECIPIENT_VERBS:
                return False  # "she was asked by reporters": the one addressed
            c.content, c.kind = passive_subject, "passive"
    elif subj is not None and subj.dep_ == "nsubjpass":
        # "X was told …": the subject is not the source; "X is expected to win": an
        # attribution without a source, whose content is the subject and the infinitive
        passive_subject, subj = subj, None
        if lemma in lex.passive_cues and c.content is None and _passive_complement(v):
            c.content, c.kind = passive_subject, "passive"  # "the deal is seen as a win"
        if lemma not in lex.passive_cues or c.content is None:
            return False
    if subj is not None and subj.lower_ in ("it", "there") and c.content is not None:
        if subj.dep_ == "expl":
            subj = None
    c.subj = subj
    return passive_subject


_PASSIVE_PREPS = ("as", "for", "of", "over")


def _passive_prep(v: Token, t: Token) -> bool:
    """Is ``t`` the preposition right after a passive cue that opens what is said of its
    subject ("the deal is seen as a win", "she was criticised for the cuts")?"""
    return t.head.i == v.i and t.dep_ == "prep" and t.lower_ in _PASSIVE_PREPS


def _passive_complement(v: Token) -> Token | None:
    """What a passive cue says of its subject: "seen as a win", "criticised for the cuts",
    "considered a threat"."""
    for child in v.rights:
        if child.dep_ == "prep" and child.lower_ in ("as", "for", "of", "over"):
            return child
        if child.dep_ in ("oprd", "attr", "acomp", "xcomp"):
            return child
    return None


def _cue_phrase(lex, doc: Doc, v: Token, c: _Parts) -> tuple[int, int, int]:
    """(phrase start, cue end, phrase end): auxiliaries, adverbs and aspect verbs before the
    verb; "in a statement" or a time word after it."""
    cue_end = tok_end(c.cue_end)
    phrase_end = cue_end
    for child in v.rights:
        if child.dep_ == "prep" and child.i == c.cue_end.i + 1:
            pobj = next((x for x in child.children if x.dep_ == "pobj"), None)
            if pobj is not None and _medium(lex, v, child, pobj):
                phrase_end = tok_end(pobj)
    first = _phrase_start(lex, doc, v)
    k = c.cue_end.i + 1
    if c.kind == "passive" and k < len(doc) and _passive_prep(v, doc[k]):
        phrase_end = tok_end(doc[k])  # "is seen as", "was accused of": the preposition joins
    if phrase_end == cue_end and k < len(doc) and doc[k].head.i == v.i:
        nxt = doc[k]  # "said Tuesday", "wrote recently", "tweeted last January"
        if nxt.dep_ in ("npadvmod", "advmod") and (
            nxt.ent_type_ in ("DATE", "TIME") or nxt.lower_ in _WHEN
        ):
            last = nxt.right_edge if nxt.right_edge.i - k < 3 else nxt
            phrase_end = tok_end(last)
        elif _manner(nxt):  # "said repeatedly", "asked rhetorically", "wrote back"
            phrase_end = tok_end(nxt)
        elif nxt.ent_type_ in ("DATE", "TIME") and k + 1 < len(doc) and doc[k + 1].head.i == v.i:
            nxt2 = doc[k + 1]
            if nxt2.dep_ == "npadvmod" and nxt2.ent_type_ in ("DATE", "TIME"):
                phrase_end = tok_end(nxt2)
    return first.idx, cue_end, phrase_end


_WRITING = _WORDS["writing"]
_MANNER = set(_WORDS["manner"])
_NOT_MANNER = set(_WORDS["not_manner"])


def _manner(t: Token) -> bool:
    """An adverb of how the words were said, right after the cue verb."""
    if t.dep_ != "advmod" or t.tag_ != "RB" or t.right_edge.i != t.i:
        return False
    low = t.lower_
    return low in _MANNER or (low.endswith("ly") and low not in _NOT_MANNER)


def _medium(lex, v: Token, prep: Token, pobj: Token) -> bool:
    """Is "in …" or "on …" right after the cue the medium of the words, which the cue phrase
    takes in: "said in a statement", "said in part", "wrote on Facebook" (not "said in
    Geneva", "wrote in April", "said on Thursday")?"""
    lemma = pobj.lemma_.lower()
    if prep.lower_ == "in":  # not "wrote in an email", which the corpora mostly leave out
        return lemma in lex.statement_nouns or (lemma == "part" and pobj.i == prep.i + 1)
    return prep.lower_ == "on" and v.lemma_ in _WRITING and pobj.lower_ in lex.platforms


def _phrase_start(lex, doc: Doc, v: Token) -> Token:
    by = _by_doing(doc, v)
    if by is not None:
        return by
    j = v.i - 1
    first = v
    while j >= 0 and doc[j].head.i == v.i and doc[j].dep_ in _PHRASE_DEPS:
        if doc[j].tag_ == "WRB":
            break  # "when asked": the cue is "asked"
        first = doc[j]
        if doc[j].lower_ == "to":
            break  # "urged them to endorse": the cue is "to endorse"
        j -= 1
    gov = v.head
    if v.dep_ == "xcomp" and gov.lower_ in _RAISING and gov.dep_ == "acomp" and gov.i < first.i:
        # "voters were far more likely to say", "she was quick to deny": one cue phrase
        be = gov.head
        if be.i < gov.i and first.i - gov.i <= 2:
            first = doc[_before_auxiliaries(doc, be.i, be.i - 1) + 1]
        return first
    between = doc[gov.i + 1 : first.i] if gov.i < first.i else []
    went_on = v.dep_ == "advcl" and len(between) == 1 and between[0].dep_ == "prt"
    if (
        (v.dep_ == "xcomp" or went_on)  # "went on to endorse", read as a purpose clause
        and gov.pos_ in ("VERB", "AUX")
        and gov.i < first.i
        and first.i - gov.i <= 2
        and gov.lemma_ in lex.aspect_verbs
    ):
        # "went on to say", "continued to insist", "tried to explain": one cue phrase
        first = doc[_before_auxiliaries(doc, gov.i, gov.i - 1) + 1]
    return first


def _by_doing(doc: Doc, v: Token) -> Token | None:
    """ "began by saying", "responded by asking", "followed up by noting": the verb right before
    "by" and its auxiliaries open the cue phrase (how the words were said is one cue)."""
    by = v.head
    if v.dep_ != "pcomp" or by.lower_ != "by" or by.i != v.i - 1:
        return None
    gov = by.head
    if gov.pos_ != "VERB" or by.dep_ != "prep" or gov.i >= by.i:
        return None
    between = doc[gov.i + 1 : by.i]
    if len(between) > 1 or any(t.dep_ != "prt" for t in between):
        return None
    return doc[_before_auxiliaries(doc, gov.i, gov.i - 1) + 1]


def _before_auxiliaries(doc: Doc, head: int, k: int, floor: int = -1) -> int:
    """From position `k` leftward, skip the auxiliaries, negation and adverbs hanging on the
    token at `head` ("has not yet said"); the position left of them, never below `floor`."""
    while k > floor and doc[k].head.i == head and doc[k].dep_ in ("aux", "neg", "advmod"):
        k -= 1
    return k


def _draft(finder, doc: Doc, v: Token, lemma: str, c: _Parts, para, passive_subject):
    phrase_start, cue_end, phrase_end = _cue_phrase(finder.lex, doc, v, c)
    d = Draft(cue=v, cue_start=v.idx, cue_end=cue_end, cue_class=c.cls, negated=c.negated)
    d.phrase = (phrase_start, phrase_end)
    if c.subj is not None and para[0] <= c.subj.idx < para[1]:
        d.source = c.subj
        d.source_tokens = mention_tokens(c.subj, v)
        while len(d.source_tokens) > 1 and (
            d.source_tokens[-1].dep_ == "cc" or d.source_tokens[-1].text == ","
        ):  # "said Ruiz, the union leader, but …": no mention ends in "but"
            d.source_tokens.pop()
        d.by = "cue-agent" if c.agent is not None and c.subj.i == c.agent.i else "cue-subject"
    elif passive_subject is not None:
        d.by, d.reason = "no-source", "a passive without an agent names no source"
    if c.kind == "before":  # what stands before the comma of a closing reporting clause
        start = max(v.sent.start_char, para[0])
        d.content = trim(finder.text, start, c.until.idx)
    elif c.content is not None:
        d.content = content_span(finder.text, v, c.content, c.kind, para, d)
        if (
            passive_subject is not None
            and passive_subject.lower_ not in ("it", "there")
            and lemma not in ("ask", "tell", "question", "urge")  # "X was asked about Y"
        ):
            left = trim(
                finder.text, passive_subject.left_edge.idx, tok_end(passive_subject.right_edge)
            )
            if left[1] <= d.content[0] and para[0] <= left[0]:
                d.parts = [left, d.content]
                d.content = (left[0], d.content[1])
    elif (block := _paragraph_after_colon(finder.text, v, para)) is not None:
        d.content = block  # "In a statement, the ministry said:" and the paragraph after it
    elif _set_into(v, d, doc):
        # "X reported, Y" / "As X noted, Y": the clause the cue is set into is the content
        head = v.head
        if para[0] <= head.idx < para[1]:
            d.content = trim(finder.text, *subtree_chars(head, para, exclude=v))
            _around_aside(finder.text, v, head, para, d)
    gerund = v.dep_ == "pobj" and v.tag_ == "VBG"  # "replied by writing, “…”"
    if d.source is None and d.content is None and v.dep_ not in _INHERIT and not gerund:
        return None
    return d


def _around_aside(text: str, v: Token, head: Token, para, d: Draft) -> None:
    """ "It is his job, he said, to brief Congress": the cue set off by commas inside the
    clause it reports; the content is the clause on both sides."""
    lo, hi = v.left_edge, v.right_edge
    first, last = head.left_edge, head.right_edge
    if not (first.i < lo.i and hi.i < last.i and v.dep_ == "parataxis"):
        return  # "It is his job, he said, to …", "The decision, he said, was final"
    doc = v.doc
    if head.i > hi.i and any(t.is_quote for t in doc[first.i : last.i + 1]):
        return  # "“The decision,” he said, “was final”": the quote sieves' to split
    if doc[lo.i - 1].text != "," and lo.text != ",":
        return
    if hi.text != "," and doc[hi.i + 1].text != ",":
        return
    begin = max(first.idx, para[0])
    for t in doc[first.i : lo.i]:  # "X gave another account: the convoy, they said, was …"
        if t.text in (":", ";") and t.idx >= begin:
            begin = tok_end(t)
    left = trim(text, begin, lo.idx)
    right = trim(text, tok_end(hi), min(tok_end(last), para[1]))
    if (
        left[1] > left[0]
        and right[1] > right[0]
        and any(t.is_alpha for t in doc[hi.i + 1 : last.i])
    ):
        d.parts = [left, right]
        d.content = (left[0], right[1])


def _set_into(v: Token, d: Draft, doc: Doc) -> bool:
    if v.dep_ == "parataxis" or _addressed_before_clause(v, doc):
        return True
    if v.dep_ != "advcl" or d.source is None:
        return False
    as_mark = any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children)
    if v.i > v.head.i:  # "…, as the mayor noted": the clause before is what was noted
        before = doc[max(v.left_edge.i - 2, 0) : v.left_edge.i].text
        return as_mark and any(p in before for p in (",", "—", "–"))
    return as_mark or (v.right_edge.i + 1 < len(doc) and doc[v.right_edge.i + 1].text == ",")


def _addressed_before_clause(v: Token, doc: Doc) -> bool:
    """ "In the meantime, the spokesman told a briefing, aid deliveries would go on" read with
    the cue as the complement of the clause after it: a cue with a subject and an addressee,
    then a comma, then that clause's own subject."""
    head, k = v.head, v.right_edge.i + 1
    if v.dep_ != "ccomp" or head.i < v.i or k >= len(doc) or doc[k].text != ",":
        return False
    if v.lemma_ not in _ADDRESSING or not any(x.dep_ == "nsubj" for x in v.children):
        return False
    if not any(x.dep_ == "dobj" for x in v.children):
        return False
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == k + 1 for x in head.children)


_OPENING_MARKS = ("“", '"', "‘", "'", "«", "``")


def _paragraph_after_colon(text: str, v: Token, para) -> tuple[int, int] | None:
    """ "The ministry said in a statement:" closing its paragraph, with the words in the next
    paragraph unquoted: that paragraph is what was said. (A quote there is the quote
    sieves'.)"""
    doc = v.doc
    k = v.right_edge.i
    while k > v.i and doc[k].is_space:
        k -= 1
    last = doc[k]
    if last.text != ":" and k + 1 < len(doc):
        last = doc[k + 1]
    if last.text != ":" or last.head.i != v.i or text[tok_end(last) : para[1]].strip():
        return None
    start = para[1] + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text.startswith(_OPENING_MARKS, start):
        return None
    end = text.find("\n", start)
    block = trim(text, start, len(text) if end < 0 else end)
    return block if block[1] - block[0] > 1 else None


def _a_thing(lex, t: Token) -> bool:
    """A common noun that names no person, group or body ("wages", "a referendum")."""
    if t.pos_ != "NOUN" or t.ent_type_:
        return False
    lemma = t.lemma_.lower()
    return not (
        lemma in lex.person_nouns or lemma in lex.organisation_nouns or lemma in lex.anon_heads
    )
