"""Speech acts: statements that are events of their speaker.

- a statement whose cue class is a speech act (rules.yaml `speech_acts`: accuse, warn, deny,
  demand, appeal) is an event of its speaker against the cue's object, with the statement's id;
  so is a cue the sentence told in passing ("Erdogan, who warned that …, met …") when aimed at
  someone, a statement framed as an act ("in a veiled warning to Beijing, X said …") and an
  imperative told to a party ("'Pull back,' she told Manila": a demand, or with "please" an
  appeal);
- a statement whose content holds a threat phrase ("legitimate target", "pay a heavy price",
  "would hit back") is a threat by its speaker, dated by its cue and tied to the statement.
  Phrases are read over lemmas with articles left out, stepping over quote marks and degree
  adverbs ('was "totally unacceptable"'); threat phrases also step over possessive pronouns
  ("pay for its crimes"), manner adverbs ("would respond firmly") and adjectives on their
  nouns ("would face severe consequences"); a vow or warning "to <act>" reads as "will <act>"
  ("vowed to hit back"). A phrase is told rather than a single verb coded inside it
  ("reserves the right to retaliate" is a threat, not a fight). An act of force, coercion
  or sanction that another party "will / would / could face" in the statement is a threat of
  the speaker too ("said any bank … would face sanctions": 1312), and harm a party's next
  move will bring on it a warning ("said further provocation would only isolate Russia");
  what a party is to "face" if it does not do what it is told ("must withdraw or face
  sanctions") is the threat of an ultimatum, beside its demand; the speaker's own force it
  will widen ("would expand their attacks") a threat too. Not threats: harm a third party may
  do ("or face Russian aggression"), measures asked in return ("depending on corresponding
  measures"). A threat phrase of a speaker named by title alone is the threat of the state
  its clause names as the doer ("Serbia will not stand idly by …, the president said"),
  aimed at the one who "will face", "pay" or "bear" ("the minister said Manila would face
  the consequences").
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA

from newsgraph.events import arguments, assembly, countries, lexis, modality, triggers
from newsgraph.events import participants as parts
from newsgraph.events.state import DocState, Hit
from newsgraph.extensions import id_array, isin

ARTICLES = frozenset({"a", "an", "the", "any", "some"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
IMPERATIVE_LEAD = lexis.word_set("speech", "imperative_lead")
# roots whose statement phrases step over manner adverbs and possessives (threats: "would
# respond firmly", "will pay for its crimes"); other roots' phrases read word for word
STEPPING_ROOTS = ("13",)
# cue classes whose "to <act>" content is a future act of the speaker: "vowed to hit back"
WILL_CLASSES = frozenset({"promise", "warn"})
# "the strikers would face arrest", "X could face sanctions": what a party is told it will
# face is a threat of the speaker when it is an act of these roots
FACED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# what a party faces that is force itself, which no event noun codes ("or face military
# intervention", "would face military action")
FORCE_NOUNS = lexis.word_set("speech", "force_nouns")
MILITARY_NOUNS = lexis.word_set("speech", "military_nouns")
MAYBE_FORMS = frozenset({"will", "would", "could", "may", "might", "'ll", "shall"})
# "further provocation will only isolate Russia", "any escalation would deepen its isolation":
# harm a party's next move will bring on it, told as the speaker's warning (130)
HARM_VERBS = lexis.word_set("speech", "harm_verbs")
# "said its strikes would continue": the speaker's own force, told as going on
GOING_ON_VERBS = lexis.word_set("speech", "going_on_verbs")
# "said they would expand their attacks to …": the speaker's own force, made larger
WIDENING_VERBS = lexis.word_set("speech", "widening_verbs")
OWN_POSSESSIVES = frozenset({"its", "their", "our"})
# threat phrases whose subject is the one threatened: "X will pay / face / bear / regret …"
SUFFERED_VERBS = lexis.word_set("speech", "suffered_verbs")
# "depending on corresponding measures", "in return for reciprocal steps": an exchange
RETURN_FRAMES = lexis.word_set("speech", "return_frames")
NEXT_MOVE_WORDS = lexis.word_set("speech", "next_move_words")
# "we will have no choice but to respond": what a party is left to do, if the act is a
# response or the clause holds a condition on another party ("if the drills go ahead")
RESPONSE_VERBS = lexis.word_set("speech", "response_verbs")
_WANTED: dict[int, np.ndarray] = {}  # vocab → lemma hashes of the told-act verbs


def statement_phrases(st: DocState) -> None:
    """A statement whose content holds a phrase of the lexicons' `statements:` sections is an
    event of its speaker (at most one per root and statement): "X will pay a heavy price" is a
    threat, "an illegal referendum" a criticism. The target is the first other actor the
    content names."""
    if not st.p.phrases or not st.statements:
        return
    done: set[tuple[str, str]] = set()
    cands = _candidates(st)
    for start, end, stmt in st.statements:
        if parts.speaker_mention(st, stmt) is None:
            continue
        told = _told_acts(st, start, end, stmt, cands)
        for code, toks in [*_phrases_in(st, start, end, stmt), *told]:
            if (stmt.id, code[:2]) in done or _told_otherwise(st, toks, stmt, code):
                continue
            if code.startswith("13") and _in_return(toks):
                continue
            mention = parts.speaker_mention(st, stmt)
            if mention is None:
                break
            done.add((stmt.id, code[:2]))
            cue_tok = st.doc[st.token_at(stmt.cue.start)] if stmt.cue else toks[0]
            hit = Hit(code, [t.i for t in toks], cue_tok, negated=False, modality="asserted")
            doer, sufferer = (
                _phrase_parties(st, toks, mention) if code.startswith("13") else ([], [])
            )
            mention = doer[0] if doer else mention  # "Serbia will not stand idly by," she said
            hit.sources, hit.statement = [mention], stmt
            hit.pair_target = (
                sufferer or _content_actor(st, start, end, mention) or _told(st, stmt, mention)
            )
            st.new_sentence()
            emit_statement(st, toks[0].sent, hit, stmt)


def _phrase_parties(st: DocState, toks, speaker) -> tuple[list, list]:
    """The source and target a threat phrase's own clause names, when the speaker is told by
    a title alone or has no country: "Serbia will not stand idly by …, the president said",
    "Beijing will take all necessary measures …, the spokesman said" are threats of Serbia and
    China; the one who "will pay / face / bear / regret", or is acted on, is the target ("the
    minister said Manila would face the consequences")."""
    described = not any(t.pos_ == "PROPN" for t in st.doc[speaker.start : speaker.end])
    if not described and countries.country_of(st, speaker) is not None:
        return [], []  # "Vucic said …": his own words, whatever they name
    verb = _phrase_verb(toks)
    if verb is None or verb.dep_ == "advcl":
        return [], []  # "if Manila takes …": a condition
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    k = st.mention_at[subj.i] if subj is not None and subj.pos_ != "PRON" else -1
    if k < 0 or countries.country_of(st, st.mentions[k]) is None:
        return [], []
    found = st.mentions[k]
    if passive or verb.lemma_.lower() in SUFFERED_VERBS:  # "would face", not "paid"
        own = found.actor_id == speaker.actor_id or not _maybe(verb)
        return [], ([] if own else [found])
    return [found], []


def _phrase_verb(toks):
    """The verb of a phrase's clause: its own ("will [respond]") or the one its noun hangs on
    ("[take] all necessary measures"), stepping up from "will"/"would"."""
    verb = toks[0] if toks[0].pos_ in ("VERB", "AUX") else None
    head = toks[-1]
    for _ in range(4):
        if verb is not None:
            break
        if head.pos_ in ("VERB", "AUX"):
            verb = head
        elif head.head.i == head.i:
            return None
        head = head.head
    while verb is not None and verb.lemma_.lower() in MAYBE_FORMS and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _ultimatum_tail(t):
    """The act owed in "(X) must withdraw … or face sanctions", "told Y to leave or face …",
    if `t` is that "face": what a party is to face if it does not do what it is told is a
    threat of the speaker beside the demand (an ultimatum: the threatened act coded 13, the
    demand 10)."""
    if t.dep_ != "conj":
        return None
    owed = t.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in owed.children):
        return None
    if owed.dep_ == "prep":  # "must release him within a week or face …": on the week
        owed = owed.head
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in owed.children):
        return owed
    told = owed.dep_ in ("xcomp", "advcl")
    return owed if told and arguments.to_infinitive(owed) else None


def _in_return(toks) -> bool:
    """ "(agreed to …) depending on corresponding measures by the US", "in return for
    reciprocal steps": what another side is to do in exchange, not a response promised."""
    for t in toks:
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            frame = t.head.head if t.head.lower_ in ("on", "for", "upon") else None
            if frame is not None and frame.lemma_.lower() in RETURN_FRAMES:
                return True
    return False


def _told_otherwise(st: DocState, toks, stmt, code: str) -> bool:
    """Whether a phrase is another's words or part of an act coded already: "the minister
    accused Israel of war crimes, state media reported" is the minister's accusation, not the
    media's. An event of another root whose trigger lies inside the phrase gives way to it
    ("reserves the right to [retaliate]", "will not [stand] idly by")."""
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    inner = parts.statement_around(st, lo)
    if inner is not None and inner.id != stmt.id:
        return True
    overlapping = [e for e in st.events if e.trigger.start < hi and lo < e.trigger.end]
    if any(e.root == code[:2] or e.trigger.start < lo or e.trigger.end > hi for e in overlapping):
        return True
    for e in overlapping:
        st.events.remove(e)
    return False


def _phrases_in(st: DocState, start: int, end: int, stmt):
    """The statement phrases in a content span, the longest at each place ("absurd claim", not
    "absurd" as well)."""
    doc = st.doc
    i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
    words = _Words(doc, [(t.i, _lemma(t)) for t in doc[i:j] if t.lower_ not in ARTICLES])
    lemmas = words.items
    if lemmas and lemmas[0][1] == "to" and stmt.cue_class in WILL_CLASSES:
        lemmas[0] = (lemmas[0][0], "will")  # "vowed [to hit back]": "will …"
        words.flags[0] = (False, False)
    k = 0
    while k < len(lemmas):
        found = []
        for seq, code in st.p.phrases.get(lemmas[k][1], ()):
            at = _fit(seq, words, k, wide=code.startswith(STEPPING_ROOTS))
            if at is not None:
                found.append((len(seq), at, code))
        if not found:
            k += 1
            continue
        _n, at, code = max(found, key=lambda f: f[0])
        toks = [doc[lemmas[x][0]] for x in at]
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        if toks[-1].pos_ == "ADJ" and after is not None and after.pos_ == "NOUN":
            k += 1  # "has been absurd rhetoric": the adjective is the noun's, read on
            continue
        yield code, toks
        k = at[-1] + 1


def _candidates(st: DocState) -> list[int]:
    """Indices of the tokens whose lemma may tell an act in someone's words (`_told_acts`),
    found once per Doc from the lemma hashes (no Token objects made)."""
    doc = st.doc
    wanted = _WANTED.get(id(doc.vocab))
    if wanted is None:
        words = ("face", *HARM_VERBS, *GOING_ON_VERBS, *WIDENING_VERBS, *modality.NO_CHOICE)
        wanted = _WANTED[id(doc.vocab)] = id_array(doc.vocab.strings.add(w) for w in words)
    return np.flatnonzero(isin(doc.to_array(LEMMA), wanted)).tolist()


def _told_acts(st: DocState, start: int, end: int, stmt, cands: list[int]):
    """Threats told in a statement's words by the shape of a clause, not by a phrase."""
    i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
    for k in cands[bisect_left(cands, i) : bisect_left(cands, j)]:
        t = st.doc[k]
        lemma = t.lemma_.lower()
        if lemma in modality.NO_CHOICE:
            found = _left_no_choice(st, t, i, stmt)
        elif t.pos_ != "VERB":
            continue
        elif lemma == "face":
            found = _faced(st, t, stmt)
        elif lemma in HARM_VERBS:
            found = _harm_warned(st, t, i, stmt)
        else:
            found = _kept_on(st, t, i)
        if found is not None:
            yield found


def _faced(st: DocState, t, stmt):
    """ "The strikers would face arrest if …", "any company … could face sanctions": an act
    that a party will or may face, in someone's words, is a threat of the speaker (the act
    is coded by what is faced: arrest 137, sanctions 1312, military action 138); not when
    the party is the speaker's own ("Russia said it could face sanctions": a fear) nor when
    it will not ("would not be facing gunfire")."""
    owed = _ultimatum_tail(t)
    if not (owed is not None or _maybe(t)) or any(c.dep_ == "neg" for c in t.children):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    threat = force_threat(st, obj) if obj is not None else None
    if threat is None or _own_side(st, owed if owed is not None else t, stmt):
        return None
    if _others_act(st, obj, stmt):
        return None  # "must rearm or face Russian aggression": a third party's act, feared
    return threat, list(st.doc[t.i : obj.i + 1])


def _others_act(st: DocState, noun, stmt) -> bool:
    """Whether the act a noun names is done by a party other than the speaker's side, by the
    words on it ("Russian aggression", "Iran's retaliation")."""
    speaker = parts.speaker_mention(st, stmt)
    own = countries.country_of(st, speaker) if speaker is not None else None
    for c in noun.children:
        k = st.mention_at[c.i] if c.dep_ in ("amod", "compound", "poss") else -1
        if k >= 0 and countries.country_of(st, st.mentions[k]) != own:
            return True
    return False


def _left_no_choice(st: DocState, noun, first: int, stmt):
    """ "If the US goes on with its drills, we will have no choice but to respond", "Iran said
    it would be left with no option but to strengthen its deterrence if …": what the
    speaker's own side will be "left" to do is a threat (130) when it is a response or when a
    condition on another party goes with it; a choice left to others ("farmers would have no
    choice but to sell") or with no condition and no response ("would have no choice but to
    accept the terms") is none."""
    doc = noun.doc
    if noun.i < first or noun.i + 3 >= len(doc) or not any(c.lower_ == "no" for c in noun.lefts):
        return None
    but, to, act = doc[noun.i + 1], doc[noun.i + 2], doc[noun.i + 3]
    if but.lower_ not in ("but", "than") or to.lower_ != "to" or act.pos_ != "VERB":
        return None
    have = noun.head.head if noun.dep_ == "pobj" else noun.head  # "left with no choice"
    if not (_maybe(have) or _maybe(have.head)) or not _own_side(st, have, stmt):
        return None
    heads = (have, act) if act.head.i != have.i else (have,)
    conditions = [  # "if Seoul goes ahead with …" (not "if prices fall")
        s for h in heads for s in modality.condition_subjects(h) if st.mention_at[s.i] >= 0
    ]
    if act.lemma_.lower() not in RESPONSE_VERBS and not conditions:
        return None
    return "130", [noun, act]


def _harm_warned(st: DocState, t, first: int, stmt):
    """ "(said) further provocation would only isolate Russia", "any escalation by Iran would
    deepen its isolation", "… will do nothing but diminish X's standing": harm that a next
    move will bring, in someone's words, is a warning (130) to the party named (another
    country than the speaker's: "said any new tax would hurt British firms" warns no one)."""
    verb = t  # "will do nothing but / except diminish": the auxiliaries of "do"
    for _ in range(2):
        if verb.head.lemma_.lower() in ("do", "but", "except") and verb.head.i != verb.i:
            verb = verb.head
    if not _maybe(verb):
        return None
    move = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if move is None or move.pos_ != "NOUN" or move.i < first:
        return None
    words = (c.lower_ for c in move.children if c.dep_ in ("det", "amod", "predet"))
    if any(w in NEXT_MOVE_WORDS for w in words) and _other_party_in(st, verb, stmt):
        return "130", list(st.doc[move.i : t.i + 1])
    return None


def _kept_on(st: DocState, t, first: int):
    """ "Russia said its strikes on Ukraine would continue", "the Houthis said their attacks
    would go on until …": the speaker's own force, promised to go on, is a threat (the
    act of a noun with a pronoun possessor has no doer of its own); so is the force it will
    widen ("the Houthis said they would expand their attacks to the Mediterranean")."""
    if not _maybe(t) or any(c.dep_ == "neg" for c in t.children):
        return None
    act = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if act is None and t.lemma_.lower() in WIDENING_VERBS:  # "would expand their attacks"
        act = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if act is None or act.i < first:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in act.children):
        return None
    threat = force_threat(st, act)
    return (threat, [act, t]) if threat is not None else None


def _maybe(t) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MAYBE_FORMS for c in t.children)


def force_threat(st: DocState, noun) -> str | None:
    """The threat of the act of force, coercion or sanction a noun names ("arrest" 137,
    "military intervention" 138)."""
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")]
    lemma = noun.lemma_.lower()
    if lemma in FORCE_NOUNS or (lemma in MILITARY_NOUNS and "military" in mods):
        return "138"  # "or face military intervention", "would face military action"
    code = st.p.noun_code(lemma, mods)
    return st.p.combine("threat", code) if code and code[:2] in FACED_ROOTS else None


def _other_party_in(st: DocState, clause, stmt) -> bool:
    speaker = parts.speaker_mention(st, stmt)
    own = countries.country_of(st, speaker) if speaker is not None else None
    for t in clause.subtree:
        k = st.mention_at[t.i]
        if k >= 0 and countries.country_of(st, st.mentions[k]) not in (None, own):
            return True
    return False


def _own_side(st: DocState, face, stmt) -> bool:
    """Whether the one who faces is the speaker or its country ("it", "we", "Russia" after a
    Russian speaker)."""
    subj = next((c for c in face.children if c.dep_ == "nsubj"), None)
    if subj is None and face.dep_ in ("xcomp", "advcl"):
        return False  # "told the junta to step down or face …": the one told
    if subj is None or subj.lower_ in ("it", "we", "us", "they"):
        return True
    speaker = parts.speaker_mention(st, stmt)
    k = st.mention_at[subj.i]
    if speaker is None or k < 0:
        return False
    own = countries.country_of(st, speaker)
    return st.mentions[k].actor_id == speaker.actor_id or (
        own is not None and countries.country_of(st, st.mentions[k]) == own
    )


def _steps_over(t) -> tuple[bool, bool]:
    """(`_skippable`, `_degree_or_quote`) of a word, the second worked out once for both."""
    degree = _degree_or_quote(t)
    return _skippable(t, degree), degree


def _skippable(t, degree: bool | None = None) -> bool:
    """A manner adverb ("would respond firmly"), never a negation, a possessive pronoun
    ("pay for its crimes"), an adjective on the phrase's noun ("would take corresponding
    actions") or what any phrase steps over ('would "resolutely crush"'): words a threat
    phrase may step over."""
    if degree is None:
        degree = _degree_or_quote(t)
    if (t.dep_ == "poss" and t.pos_ == "PRON") or degree:
        return True
    if t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "NOUN":
        return True
    return t.pos_ == "ADV" and t.dep_ == "advmod" and t.lower_ not in NEGATORS


def _degree_or_quote(t) -> bool:
    """A quotation mark or a degree adverb on an adjective ('was "absolutely unacceptable"',
    "totally baseless"): words any statement phrase may step over."""
    if t.is_quote:
        return True
    return (
        t.pos_ == "ADV"
        and t.dep_ == "advmod"
        and t.head.pos_ == "ADJ"
        and t.i < t.head.i
        and t.lower_ not in NEGATORS
    )


def _lemma(t) -> str:
    if t.tag_ == "VBG" and t.dep_ == "amod":
        return t.lower_  # "a crushing response": the participle read as the adjective it is
    return "will" if t.lower_ in ("'ll", "shall") else t.lemma_.lower()


class _Words:
    """The words of a content span for statement phrases: ``items``, (token index, lemma) of each,
    and the two flags of `_steps_over` per word, worked out only for the words a phrase reaches
    past its first one (most words start no phrase)."""

    __slots__ = ("doc", "items", "flags")

    def __init__(self, doc, items: list[tuple[int, str]]):
        self.doc = doc
        self.items = items
        self.flags: dict[int, tuple[bool, bool]] = {}

    def steps_over(self, k: int, wide: bool) -> bool:
        flags = self.flags.get(k)
        if flags is None:
            flags = self.flags[k] = _steps_over(self.doc[self.items[k][0]])
        return flags[0] if wide else flags[1]


def _fit(seq, words: _Words, k: int, wide: bool) -> list[int] | None:
    """Positions in `words` where `seq` fits from `k` on, stepping over the words the phrase
    does not name that may stand inside it (quote marks, degree adverbs; and if `wide`, the
    skippable words of threats); None if it does not fit."""
    at: list[int] = []
    lemmas = words.items
    for part in seq:
        while k < len(lemmas) and at and words.steps_over(k, wide) and not _is(lemmas[k][1], part):
            k += 1
        if k >= len(lemmas) or not _is(lemmas[k][1], part):
            return None
        at.append(k)
        k += 1
    return at


def _is(lemma: str, part) -> bool:
    return lemma == part if isinstance(part, str) else lemma in part


def _content_actor(st: DocState, start: int, end: int, speaker) -> list:
    """The first actor the content names other than the speaker and its own country ("the
    ambassador said Beijing would respond if Manila …": Manila)."""
    own = countries.event_actor(st, speaker)
    own_country = own.country if own is not None else None
    for i in range(st.token_at(start), st.token_at(max(start, end - 1)) + 1):
        k = st.mention_at[i]
        if k < 0 or st.mentions[k].actor_id == speaker.actor_id:
            continue
        if own_country is None or countries.country_of(st, st.mentions[k]) != own_country:
            return [st.mentions[k]]
    return []


def _told(st: DocState, stmt, speaker) -> list:
    """The party a statement was told to ("told Seoul that it would pay …"), when its words
    name no other party."""
    if stmt.cue is None:
        return []
    cue = st.doc[st.token_at(stmt.cue.start)]
    for c in cue.children:
        if c.dep_ in ("dobj", "dative"):
            found = [m for m in parts.np_actors(st, c) if m.actor_id != speaker.actor_id]
            if found:
                return found[:1]
    return []


def emit_statement(st: DocState, sent, hit: Hit, stmt) -> None:
    # The statement is the act: asserted, tied to its statement, dated by its cue. What is read
    # from a statement's words is coded once per speaker and root in an article, and not at
    # all when the speaker's act of that root was coded from a verb ("warned that …").
    aid = hit.sources[0].actor_id if hit.sources else None
    root = hit.code[:2]
    for ev in st.events:
        if ev.root == root and ev.source is not None and ev.source.actor_id == aid:
            return
    before = len(st.events)
    assembly.emit(st, sent, hit)
    for ev in st.events[before:]:
        ev.statement = stmt.id
        ev.modality = "asserted"
        ev.negated = False  # a "no" the phrase holds is its sense: "had no legal basis"


WILL_FORMS = frozenset({"will", "would", "shall", "'ll", "’ll"})
# a speaker's own side told as "it", "he", "we" …: the pronoun fits the speaker's kind
SELF_PRONOUNS = {"person": frozenset({"he", "she", "we", "i"}), None: frozenset({"it", "we"})}
OWN_BODY_NOUNS = frozenset({"country", "government", "administration", "nation"})
INTENT_SKIP_VERBS = lexis.word_set("speech", "intent_skip_verbs")


def intent_statements(st: DocState) -> None:
    """ "X said it would let migrants cross …", "the president said the country will go ahead
    with the vote": a reported statement whose content tells, with "will" or "would", the next
    act of the speaker's own side (the speaker, its country or government), is the speaker's
    intent (030), tied to the statement, when nothing in it or at its cue was coded already.
    Not: what another party will do, negated or conditional plans ("would not accept",
    "would … if …"), passives, and plans that only tell what will be said or be the case
    ("would announce", "will depend on")."""
    seen: set[str] = set()
    for start, end, stmt in st.statements:
        if stmt.id in seen or stmt.cue is None or stmt.kind == "direct":
            continue
        seen.add(stmt.id)
        if _event_at(st, stmt.cue.start, stmt.cue.end) is not None:
            continue  # the cue is an act of its own ("warned that …", "pledged that …")
        if any(start <= ev.trigger.start < end for ev in st.events):
            continue  # the content was coded
        mention = parts.speaker_mention(st, stmt)
        if mention is None:
            continue
        v = _content_head(st, start, end)
        if v is None or not _own_plan(st, v, mention):
            continue
        cue_tok = st.doc[st.token_at(stmt.cue.start)]
        # told as a warning ("…, warning that his government would act firmly"), the plan
        # is a threat, whose cue another act claimed
        code = "130" if stmt.cue_class in ("warn", "threaten") else "030"
        hit = Hit(code, [v.i], cue_tok, negated=False, modality="asserted")
        hit.sources, hit.statement = [mention], stmt
        hit.pair_target = _content_actor(st, start, end, mention) or _told(st, stmt, mention)
        st.new_sentence()
        emit_statement(st, v.sent, hit, stmt)


def _content_head(st: DocState, start: int, end: int):
    """The verb that heads a statement's content (its first token governed from outside)."""
    i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
    for k in range(i, j):
        t = st.doc[k]
        if not i <= t.head.i < j or t.head.i == t.i:
            return t if t.pos_ == "VERB" else None
    return None


def _own_plan(st: DocState, v, mention) -> bool:
    if st.lemma(v) in INTENT_SKIP_VERBS:
        return False
    kids = list(v.children)
    if not any(c.dep_ == "aux" and c.lower_ in WILL_FORMS for c in kids):
        return False
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in kids):
        return False
    if any(
        c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children) for c in kids
    ):
        return False  # "would retaliate if …": a condition, told elsewhere as a threat
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    actor = st.actors.get(mention.actor_id)
    kind = "person" if actor is not None and actor.kind == "person" else None
    if subj.pos_ == "PRON":
        return subj.lower_ in SELF_PRONOUNS[kind]
    own = countries.country_of(st, mention)
    found = parts.np_actors(st, subj, subject=True)
    if found:
        return own is not None and all(countries.country_of(st, m) == own for m in found)
    return st.lemma(subj) in OWN_BODY_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her", "our", "their")
        for c in subj.children
    )


def speech_acts(st: DocState) -> None:
    """Statements whose cue class is a speech act (accuse, warn, deny, demand, appeal) are
    events of their speaker, tied to the statement, unless their cue was coded already; so are
    cues of any class told in passing whose verb the lexicons know ("who has called for …")."""
    seen: set[str] = set()
    for _start, _end, stmt in st.statements:
        if stmt.id in seen or stmt.cue is None:
            continue
        seen.add(stmt.id)
        coded = _event_at(st, stmt.cue.start, stmt.cue.end)
        if coded is not None:
            coded.statement = coded.statement or stmt.id
            continue
        mention = parts.speaker_mention(st, stmt)
        hit = _speech_hit(st, stmt) if mention is not None else None
        if hit is None:
            continue
        hit.sources, hit.statement = [mention], stmt
        st.new_sentence()
        before = len(st.events)
        passing = st.lemma(hit.head) in st.p.verbs and _in_passing(st, hit.head)
        assembly.emit(st, hit.head.sent, hit)
        if passing:  # told in passing, it must be aimed at someone:
            kept = [e for e in st.events[before:] if e.target is not None]
            st.events[before:] = kept  # not "…, who requested anonymity, said"


def _speech_hit(st: DocState, stmt) -> Hit | None:
    cue = st.doc[st.token_at(stmt.cue.start)]
    framed = _framed(st, cue)
    if framed is not None:
        return framed
    if st.lemma(cue) in st.p.verbs:
        # the lexicon knows the verb: the coder had its say ("condemned", once), unless the
        # verb told of its speaker in passing ("Erdogan, who warned that …, met …")
        hit = triggers.verb(st, cue) if _in_passing(st, cue) else None
        return hit if hit is not None and hit.code.startswith(assembly.SPEECH_ROOTS) else None
    code = st.p.speech_acts.get(stmt.cue_class or "")
    if code is None:
        return _imperative(st, cue)
    targets = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
    return Hit(code, [cue.i], cue, targets=targets + arguments.targets(st, cue))


def _framed(st: DocState, cue) -> Hit | None:
    """ "In a veiled warning to Beijing, the minister said …", "in an appeal to the UN": the
    statement is the act its frame names, aimed at the frame's party."""
    for c in cue.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for noun in (g for g in c.children if g.dep_ == "pobj"):
            mods = [m.lemma_.lower() for m in noun.children if m.dep_ in ("compound", "amod")]
            code = st.p.noun_code(noun.lemma_.lower(), mods)
            aimed = arguments.noun_targets(noun)
            if noun.i in st.consumed or not aimed:
                continue
            if code and code.startswith(assembly.SPEECH_ROOTS):
                return Hit(code, [noun.i], cue, targets=aimed, consume=[noun])
    return None


def _imperative(st: DocState, cue) -> Hit | None:
    """ "'Withdraw your troops,' the envoy told India": an order or plea in the imperative, told
    to a party, is a demand ("told", "ordered") or an appeal of the speaker on that party."""
    told = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    act = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if not told or act is None or act.tag_ != "VB" or not parts.np_actors(st, told[0]):
        return None  # (told to no party: "'Look at the facts,' she told reporters")
    before = [t for t in act.subtree if t.i < act.i and not t.is_punct]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in act.children) or any(
        t.lower_ not in IMPERATIVE_LEAD for t in before
    ):
        return None  # "they must leave", "to leave": not an imperative
    inner = triggers.verb(st, act)
    if inner is None or not inner.code:
        return None  # an act the lexicons do not know: "'Show me …,' he told X"
    demand = st.p.control.get(st.lemma(cue)) == "demand"
    kind = "demand" if demand and not any(t.lower_ == "please" for t in before) else "appeal"
    code = st.p.combine(kind, inner.code) or ("100" if kind == "demand" else "020")
    return Hit(code, [cue.i], cue, targets=told, consume=[act])


def _in_passing(st: DocState, cue) -> bool:
    """A cue in a relative clause or participle on its speaker, which the walk of the sentence
    leaves as background ("Erdogan, who has warned that …", "Lavrov, warning that …")."""
    return cue.i not in st.consumed and cue.dep_ in ("relcl", "acl")


def _event_at(st: DocState, start: int, end: int):
    for ev in st.events:
        if ev.trigger.start < end and start < ev.trigger.end:
            return ev
    return None
