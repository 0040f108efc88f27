"""Terms a speaker sets another party, read from the shape of a statement's clauses.

- a need of the speaker's own side, told with what is needed and from whom, is an appeal of the
  speaker to that party ("Ukraine needs more air defence from its partners, the president said":
  an appeal for military aid, 0232); with no "from" party, only for arms, troops or aid ("said
  the army needed more ammunition"), aimed at no one;
- an act of the speaker's own side made to hang on another party's act "only if" it is done
  ("the Kremlin said talks are possible only if Ukraine recognises …", "said it would resume
  the talks only if Washington lifted …") is a demand of the speaker on that party, coded by
  the act asked for (an act of the speaker's side so conditioned is not coded on its own);
- an act owed by another party "before" or "until" the speaker's own side acts ("said Sweden
  needs to do more against militants before Ankara backs its bid") is a demand on the party
  that owes it; the act of the speaker's side is a condition, not coded on its own;
- an act of force the speaker's own side will do if a demand is not met ("Hezbollah must pull
  back or it would strike") is a threat (13) on the party that owes it, beside the demand.
What the statement's words already code as a demand or appeal of the speaker is left as it is.
Told by the writer or a speaker, a deadline "or face" a punishment ("gave the junta a week to
… or face military intervention") is a threat of the one who set it, beside its demand; an
act of one's own side "otherwise" to come after a demand ("demanded that Hezbollah withdraw,
otherwise it would launch …") is a threat of the one who demands, on the party told.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LOWER

from newsgraph.events import assembly, countries, lexis, modality, speech, triggers
from newsgraph.events import participants as parts
from newsgraph.events.arguments import to_infinitive
from newsgraph.events.state import DocState, Hit
from newsgraph.extensions import id_array, isin

# what a party needs, by the object classes of rules.yaml: the appeal it makes (023x)
NEED_CLASSES = (("arms", "0232"), ("troops", "0234"), ("peacekeepers", "0234"), ("aid", "023"))
# "air defence", "air defense": arms named by a compound the classes do not hold
DEFENCE_NOUNS = lexis.word_set("terms", "defence_nouns")
# "only if / only after / only when …": the act asked for, as the price of one's own
ONLY_MARKS = frozenset({"if", "after", "when", "once"})
# what makes the clause an "only if" hangs on a future or possible act of the speaker's side
OPEN_WORDS = lexis.word_set("terms", "open_words")
FUTURE_AUX = frozenset({"will", "would", "can", "could", "'ll", "may", "might", "shall"})
BEFORE_MARKS = frozenset({"before", "until"})
NEED_FORMS = lexis.word_set("terms", "need_forms")
_WANTED: dict[int, np.ndarray] = {}  # vocab → hashes of the words that may start a term
OWE_AUX = frozenset({"must", "should"})
# "gave the junta a week to …", "granted Kyiv until Friday to …": a deadline set on a party
DEADLINE_VERBS = lexis.word_set("terms", "deadline_verbs")
OWN_PRONOUNS = frozenset({"it", "we", "i", "they", "us"})
# "the country needs …", "our army needs …": the speaker's own side named by a common noun
OWN_NOUNS = lexis.word_set("terms", "own_nouns")


def terms(st: DocState) -> None:
    """The appeals and demands of `st`'s statements told by the shape of their clauses, and
    the deadlines the writer tells ("gave X a week to … or face …")."""
    doc = st.doc
    cands = _candidates(doc)
    for k in cands:
        if doc[k].lower_ == "or" and doc[k].dep_ == "cc":
            _deadline(st, doc[k])
        elif doc[k].lower_ == "otherwise" and doc[k].dep_ == "advmod":
            _otherwise(st, doc[k])
    if not st.statements:
        return
    for start, end, stmt in st.statements:
        i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
        found = cands[bisect_left(cands, i) : bisect_left(cands, j)]
        speaker = parts.speaker_mention(st, stmt) if found else None
        if speaker is None:
            continue
        for k in found:
            t = doc[k]
            lower = t.lower_
            if lower in NEED_FORMS:
                _needed(st, t, stmt, speaker)
            elif lower == "only":
                _only_if(st, t, stmt, speaker, i)
            elif lower in BEFORE_MARKS and t.dep_ == "mark":
                _owed_before(st, t.head, stmt, speaker, i)
            elif lower == "or" and t.dep_ == "cc":
                _or_else(st, t, stmt, speaker, i)


def _candidates(doc) -> list[int]:
    """Indices of the words that may start a term ("need", "only", "before", "or"), found
    once per Doc from the word hashes (no Token objects made)."""
    wanted = _WANTED.get(id(doc.vocab))
    if wanted is None:
        words = (*NEED_FORMS, "only", *BEFORE_MARKS, "or", "otherwise")
        wanted = _WANTED[id(doc.vocab)] = id_array(doc.vocab.strings.add(w) for w in words)
    return np.flatnonzero(isin(doc.to_array(LOWER), wanted)).tolist()


def _needed(st: DocState, t, stmt, speaker) -> None:
    """ "Ukraine needs more air defence from its partners": an appeal of the speaker."""
    if t.pos_ != "VERB" or any(c.dep_ in ("neg", "xcomp") for c in t.children):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None or not _own_side(st, subj, speaker):
        return
    giver = _from_party(st, t, obj, speaker)
    code = _need_code(st, obj)
    if code is None and giver:  # "needed support from the AU" (022)
        mods = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
        code = st.p.combine("appeal", st.p.noun_code(obj.lemma_.lower(), mods))
    if code is None:
        return  # "needs more investment", "need a big change from …": nothing asked of anyone
    _emit(st, Hit(code, [t.i, obj.i], _cue(st, stmt, t)), stmt, speaker, giver)


def _need_code(st: DocState, obj) -> str | None:
    lemmas = [obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")]
    if obj.lemma_.lower() in DEFENCE_NOUNS and "air" in lemmas:
        return "0232"
    for name, code in NEED_CLASSES:
        if lemmas[0] in st.p.classes.get(name, ()):
            if code == "023":  # "financial help" 0231, "humanitarian aid" 0233
                mods = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
                return st.p.combine("appeal", st.p.noun_code(lemmas[0], mods)) or code
            return code
    return None


def _from_party(st: DocState, t, obj, speaker) -> list:
    for head in (t, obj):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for g in c.children:
                    found = [m for m in parts.np_actors(st, g) if not _same(st, m, speaker)]
                    if found:
                        return found[:1]
    return []


def _only_if(st: DocState, only, stmt, speaker, first: int) -> None:
    """ "talks are possible only if Ukraine recognises …": a demand on Ukraine."""
    cond = _only_clause(only)
    if cond is None:
        return
    main = cond.head
    if main.i < first or not _open_act(main):
        return
    subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    party = _other_party(st, subj, speaker)
    if not party:
        return
    inner = triggers.verb(st, cond) if triggers.is_verb(cond) else None
    code = (
        st.p.combine("demand", inner.code) if inner is not None and inner.code else None
    ) or "100"
    _drop_acts(st, [main], stmt, keep=cond)
    _emit(st, Hit(code, [cond.i], _cue(st, stmt, cond)), stmt, speaker, party)


def _only_clause(only):
    """The condition "only" marks: its head ("only if X …") or the clause after it on its head
    ("would only resume the talks if X …", "can only happen if X …")."""
    for cond in (only.head, *(c for c in only.head.children if c.i > only.i)):
        if cond.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ONLY_MARKS and c.i > only.i for c in cond.children
        ):
            return cond
    return None


def _open_act(main) -> bool:
    """A future or possible act ("would resume", "are possible", "is ready to talk")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in main.children):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in OPEN_WORDS for c in main.children)


def _owed_before(st: DocState, cond, stmt, speaker, first: int) -> None:
    """ "Sweden needs to do more … before Ankara backs its bid": a demand on Sweden."""
    if cond.dep_ != "advcl" or cond.head.i < first:
        return
    own = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or not _own_side(st, own, speaker, pronouns=False):
        return
    owed = cond.head
    holder = owed.head if owed.dep_ == "xcomp" else owed
    if holder is owed and not any(c.dep_ == "aux" and c.lower_ in OWE_AUX for c in owed.children):
        return
    if holder is not owed and holder.lemma_.lower() not in modality.OWED_HEADS:
        return
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    party = _other_party(st, subj, speaker)
    if not party:
        return
    _drop_acts(st, [cond], stmt, keep=None, whole=True)
    if any(e.trigger.start <= owed.idx < e.trigger.end for e in st.events):
        return  # "Finland must first extradite …": the demand is coded from the verb
    _emit(st, Hit("100", [owed.i], _cue(st, stmt, owed)), stmt, speaker, party)


def _or_else(st: DocState, or_, stmt, speaker, first: int) -> None:
    """ "Hezbollah must pull back or it would strike", "told the rebels to lay down their arms
    or it would attack": the act the speaker's own side will do if the demand is not met is
    a threat (13) on the party that owes it, beside the demand."""
    owed = or_.head if or_.head.pos_ in ("VERB", "AUX") else or_.head.head
    if owed.i < first or not _owing(owed):
        return
    act = next(
        (c for c in owed.children if c.dep_ == "conj" and c.i > or_.i and c.pos_ == "VERB"), None
    )
    if act is None or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in act.children):
        return
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None:  # "or Israel will resume …" with "Israel" hung on the object
        doer = next((t for t in st.doc[or_.i + 1 : act.i] if st.mention_at[t.i] >= 0), None)
    if doer is None or not _own_side(st, doer, speaker, pronouns=False):
        return
    inner = triggers.verb(st, act) if triggers.is_verb(act) else None
    code = st.p.combine("threat", inner.code) if inner is not None and inner.code else None
    if code is None or code[:2] != "13":
        return
    subj = next((c for c in owed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and owed.dep_ == "xcomp":  # "told the rebels to …"
        subj = next((c for c in owed.head.children if c.dep_ in ("dobj", "dative")), None)
    _drop_acts(st, [act], stmt, keep=None)
    _emit(
        st, Hit(code, [act.i], _cue(st, stmt, act)), stmt, speaker, _other_party(st, subj, speaker)
    )


def _deadline(st: DocState, or_) -> None:
    """ "ECOWAS gave the junta one week to restore the president or face military
    intervention", "gave Caracas until April to hold a vote or face new sanctions": the act a
    party given time is to face if it does not comply is a threat of the one who set the
    deadline (13, coded by what is faced), beside the demand (10, unless coded already)."""
    owed = or_.head
    if owed.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not to_infinitive(owed):
        return
    give = owed.head.head if owed.head.pos_ == "NOUN" else owed.head  # "… 48 hours to …"
    if give.lemma_.lower() not in DEADLINE_VERBS or give.pos_ != "VERB":
        return
    face = next(
        (c for c in owed.children if c.dep_ == "conj" and c.i > or_.i and c.lemma_ == "face"),
        None,
    )
    obj = next((c for c in face.children if c.dep_ == "dobj"), None) if face else None
    code = speech.force_threat(st, obj) if obj is not None else None
    whom = [c for c in give.children if c.dep_ in ("dative", "dobj") and _party(st, c)]
    if code is None or not whom:
        return
    if not any(e.trigger.start <= give.idx < e.trigger.end for e in st.events):
        inner = triggers.verb(st, owed) if triggers.is_verb(owed) else None
        demand = st.p.combine("demand", inner.code) if inner is not None and inner.code else None
        _narrated(st, Hit(demand or "100", [give.i], give, targets=whom, consume=[owed]))
    _narrated(st, Hit(code, [face.i, obj.i], give, targets=whom, consume=[face]))


def _otherwise(st: DocState, word) -> None:
    """ "Israel demanded that Hezbollah withdraw …, otherwise it would launch a ground
    operation", "Russia said Ukraine must withdraw, otherwise the fighting would continue":
    what will be done if a demand told before in the sentence is not met is a threat (13) of
    the one who demands, on the party told (the act is not coded on its own)."""
    act = word.head
    if act.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in act.children
    ):
        return
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in act.children):
        return  # "otherwise the talks would have collapsed": what did not happen
    told = _demand_before(st, word)
    if told is None:
        return
    speaker, target, cue = told
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    k = modality.named_in(st, doer) if doer is not None and doer.pos_ != "PRON" else -1
    if k >= 0 and not _same(st, st.mentions[k], speaker):
        return  # "…, otherwise Russia would keep striking": another's act, feared
    code = _threat_code(st, act)
    if code is None:
        return
    if any(e.root == "13" and e.trigger.start <= act.idx < e.trigger.end for e in st.events):
        return
    st.events[:] = [e for e in st.events if not e.trigger.start <= act.idx < e.trigger.end]
    # aimed as the demand is, not by the act's own words ("veto the aid package for Ukraine")
    hit = Hit(code, [act.i], cue, targets=target, consume=[act])
    hit.sources = [speaker]
    before = len(st.events)
    _narrated(st, hit)
    for ev in st.events[before:]:
        ev.modality = "asserted"  # the threat is made ("would" is what it threatens)


def _demand_before(st: DocState, word):
    """The speaker of a statement whose cue comes before `word` in its sentence, the first
    word naming another party between the cue and `word`, and the cue."""
    sent = word.sent
    for _start, _end, stmt in st.statements:
        if stmt.cue is None or not sent.start_char <= stmt.cue.start < word.idx:
            continue
        speaker = parts.speaker_mention(st, stmt)
        if speaker is None:
            continue
        cue = st.doc[st.token_at(stmt.cue.start)]
        for t in st.doc[cue.i : word.i]:
            k = st.mention_at[t.i]
            if k >= 0 and not _same(st, st.mentions[k], speaker):
                return speaker, [t], cue
        return speaker, [], cue
    return None


def _threat_code(st: DocState, act) -> str | None:
    """The threat of the act a verb tells ("launch a ground operation" 138), or of the force
    that will go on ("the fighting would continue")."""
    hit = triggers.verb(st, act) if triggers.is_verb(act) else None
    if hit is not None and hit.code:
        return st.p.combine("threat", hit.code) or (None if hit.code[:2] in ("03", "05") else "130")
    if act.lemma_.lower() in speech.GOING_ON_VERBS:
        subj = next((c for c in act.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return speech.force_threat(st, subj) if subj is not None else None
    return None


def _party(st: DocState, t) -> bool:
    return bool(parts.np_actors(st, t)) or t.lemma_.lower() in st.p.classes.get("actors", ())


def _narrated(st: DocState, hit: Hit) -> None:
    st.new_sentence()
    assembly.emit(st, hit.head.sent, hit)


def _owing(owed) -> bool:
    """An act owed: under "must"/"should", or told "to" be done ("told X to leave")."""
    if any(c.dep_ == "aux" and c.lower_ in OWE_AUX for c in owed.children):
        return True
    return owed.dep_ == "xcomp" and to_infinitive(owed)


def _drop_acts(st: DocState, heads, stmt, keep, whole: bool = False) -> None:
    """Events of the speaker's side that the terms make a condition: those triggered at the
    heads (or anywhere under them, if `whole`), not under `keep`."""
    spans = []
    for h in heads:
        toks = list(h.subtree) if whole else [h]
        if keep is not None:
            inner = {t.i for t in keep.subtree}
            toks = [t for t in toks if t.i not in inner]
        spans.extend((t.idx, t.idx + len(t.text)) for t in toks)
    st.events[:] = [
        e
        for e in st.events
        if not (
            e.statement in (None, stmt.id)
            and any(a < e.trigger.end and e.trigger.start < b for a, b in spans)
        )
    ]


def _own_side(st: DocState, subj, speaker, pronouns: bool = True) -> bool:
    """Whether `subj` is the speaker's own side: a pronoun ("it", "we"), the speaker, or a
    party of the speaker's country; a party of another country is not (nor is a noun that
    names no party: "the economy")."""
    if subj.lower_ in OWN_PRONOUNS:
        return pronouns or subj.lower_ in ("it", "we")
    if pronouns and subj.lemma_.lower() in OWN_NOUNS and _home(subj):
        return True  # "the country needs …", "our army needs …", said its minister
    k = modality.named_in(st, subj)
    if k < 0:
        return False
    m = st.mentions[k]
    if m.actor_id == speaker.actor_id:
        return True
    own = countries.country_of(st, speaker)
    return own is None or countries.country_of(st, m) == own


def _home(noun) -> bool:
    """ "the country", "our army", "its military": one's own, not "a country", "Iran's army"."""
    words = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return len(words) == 1 and words[0].lower_ in ("the", "our", "its", "this")


def _other_party(st: DocState, subj, speaker) -> list:
    """The party `subj` names, if it is not the speaker's own side."""
    if subj is None or subj.pos_ == "PRON":
        return []
    k = modality.named_in(st, subj)
    if k < 0 or _same(st, st.mentions[k], speaker):
        return []
    return [st.mentions[k]]


def _same(st: DocState, m, speaker) -> bool:
    if m.actor_id == speaker.actor_id:
        return True
    own = countries.country_of(st, speaker)
    return own is not None and countries.country_of(st, m) == own


def _cue(st: DocState, stmt, fallback):
    return st.doc[st.token_at(stmt.cue.start)] if stmt.cue else fallback


def _emit(st: DocState, hit: Hit, stmt, speaker, target: list) -> None:
    hit.sources, hit.statement, hit.pair_target = [speaker], stmt, target
    hit.modality = "asserted"
    st.new_sentence()
    speech.emit_statement(st, hit.head.sent, hit, stmt)
