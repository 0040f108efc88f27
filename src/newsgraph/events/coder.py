"""Code events from a parsed Doc: who did what to whom, by stage.

One pass per sentence, top-down from the root, so a coded trigger claims its complement clause
("demanded that the US cancel …", "agreed to send …") before the clause's own verbs are seen:
what someone demands, promises or refuses has not happened and is not coded on its own.
Relative clauses and participles ("militiamen armed with …") are background and not coded.

Stages, one module each:
- `triggers` (verbs) and `nominals` (nouns): which token codes which CAMEO code (patterns of
  `data/`), as a `Hit`;
- `arguments`: the noun phrases of source and target; `participants`: the actors they name;
  `countries`: the country and sector each stands for;
- `modality`: auxiliaries, negation, conditions and statements → code, modality, negation;
- `setting`: the date and place of the event;
- `assembly`: one `Event` per source × target;
- `speech`: statements that are events of their speaker.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from newsgraph.events import assembly, nominals, participants, speech, terms, triggers
from newsgraph.events.arguments import to_infinitive
from newsgraph.events.codebook import Codebook, codebook
from newsgraph.events.patterns import Patterns, patterns
from newsgraph.events.state import DocState
from newsgraph.extensions import id_array, isin
from newsgraph.model import Event

REFERRING = frozenset({"he", "she", "it", "two", "both", "three", "four", "north", "south"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# what a background clause that names its actor may still code: what someone was said to ask,
# demand, criticise, reject or threaten ("a ruling that Beijing continues to reject")
TOLD_IN_PASSING = ("02", "10", "11", "12", "13")


class Coder:
    def __init__(self, pats: Patterns | None = None, book: Codebook | None = None, places=None):
        self.p = pats or patterns()
        self.book = book or codebook()
        self._places = places
        self._referring_words: np.ndarray | None = None
        self._noun_trigger: dict[int, bool] = {}  # lemma hash → its lower case is a noun trigger

    def code(self, doc: Doc) -> list[Event]:
        st = DocState(doc, self.p, self.book, self._places)
        if not st.mentions:
            return []  # an article that names no actor at all: no event to tie to anyone
        has = [0] * (len(doc) + 1)
        for i, k in enumerate(st.mention_at):
            has[i + 1] = has[i] + (k >= 0)
        lowers = doc.to_array(LOWER)  # word hashes: no Token objects made for the check
        referring = isin(lowers, self._referring(doc.vocab))
        cues = sorted(st.cue_of)
        walk = _Walk(doc, self._noun_trigger_ids(doc, st))
        for sent in doc.sents:
            # a sentence codes nothing unless it names an actor, or points back to one
            # ("he", "the two sides", "the minister"), names a group by its role
            # ("protesters") or a crowd by its size ("thousands"), or holds the cue of a statement
            a, b = sent.start, sent.end
            if (
                has[b] != has[a]
                or referring[a:b].any()
                or bisect_left(cues, a) != bisect_left(cues, b)
            ):
                self._sentence(st, sent, walk)
        speech.speech_acts(st)
        speech.statement_phrases(st)
        speech.intent_statements(st)
        terms.terms(st)
        self._places = st._places
        return assembly.retold(st)

    def _noun_trigger_ids(self, doc: Doc, st: DocState) -> np.ndarray:
        """The lemma hashes of the Doc whose lower case is a noun trigger (`nominals.noun` codes
        no other noun), worked out once per lemma (sorted, for :func:`extensions.isin`)."""
        known = self._noun_trigger
        strings = doc.vocab.strings
        triggers_ = st.p.noun_triggers
        hashes = set(doc.to_array(LEMMA).tolist())
        for h in hashes - known.keys():
            known[h] = strings[h].lower() in triggers_
        return id_array(h for h in hashes if known[h])

    def _referring(self, vocab) -> np.ndarray:
        """Hashes of the words that may point back to an actor or name a group or a role
        (sorted, for :func:`extensions.isin`)."""
        if self._referring_words is None:
            words = set(REFERRING) | participants.role_words() | self.p.crowd_nouns
            self._referring_words = id_array(vocab.strings.add(w) for w in words)
        return self._referring_words

    def _sentence(self, st: DocState, sent, walk: _Walk) -> None:
        st.new_sentence()
        doc = sent.doc
        queue = [sent.root.i]
        order, lo, hi = walk.order, walk.lo, walk.hi  # children of i: order[lo[i]:hi[i]]
        background: dict[int, bool] = {}  # token → whose clause names who acts in it
        sought: set[int] = set()  # tokens of what a noun seeks (`_aim_of_noun`)
        k = 0
        while k < len(queue):
            i = queue[k]
            k += 1
            if lo[i] != hi[i]:
                queue.extend(order[lo[i] : hi[i]])
            if not walk.may_code[i]:
                continue  # neither verb nor noun, nor a background clause: nothing to code
            tok = doc[i]
            kind = self._background(st, tok) if walk.clause[i] else None
            if kind is not None:
                background.update((t.i, kind) for t in tok.subtree)
                if _aim_of_noun(st, tok):  # nor a noun of what is sought ("efforts to broker
                    sought.update(t.i for t in tok.subtree)  # a truce between X and Y")
            if i not in st.consumed or nominals.is_setting_meeting(st, tok):
                hit = None
                if walk.hyphenated[i]:
                    pass  # "Moscow-backed leaders", "US-led coalition": a description
                elif (
                    walk.verb[i] or (walk.noun[i] and triggers.misread_verb(tok))
                ) and background.get(i) is not False:  # triggers.is_verb, from the arrays
                    hit = triggers.verb(st, tok)
                    if (
                        hit is not None
                        and tok.i in background
                        and not hit.code.startswith(TOLD_IN_PASSING)
                    ):
                        hit = None
                elif walk.noun[i]:
                    # a noun whose lemma no pattern, map or control entry names codes nothing
                    hit = nominals.noun(st, tok) if walk.noun_trigger[i] else None
                    if (
                        hit is not None
                        and i in sought
                        and not (hit.code or "").startswith(TOLD_IN_PASSING)
                    ):
                        hit = None
                if hit is not None:
                    assembly.emit(st, sent, hit)

    @staticmethod
    def _background(st: DocState, tok: Token) -> bool | None:
        """Background clauses: relative clauses and participles ("militiamen armed with …",
        "a resolution that aims to …"): None if `tok` starts none; False if no verb in it is
        coded; True if it names who acts in it ("a ruling that Beijing rejects", "a vote
        condemned as unlawful by Kyiv"), where only appeals, demands, criticism, rejections and
        threats are coded (TOLD_IN_PASSING). Nouns with their own agent are coded anyway ("a
        phone call between the two leaders")."""
        if tok.dep_ not in ("relcl", "acl"):
            return None  # only relative clauses and participles are background
        if any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children):
            return None  # "the US, having withdrawn from the deal, …": what it did before
        if tok.dep_ == "relcl":
            if _narrated_where(tok) or _headline_plan(tok):
                return None  # "in Beijing, where Kerry met Lavrov": the story goes on
            rel = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
            if rel is not None and rel.i > 0 and tok.doc[rel.i - 1].text == ",":
                if st.mention_at[tok.head.i] >= 0:
                    return True  # "Beijing, which called it interference": Beijing's words
            if tok.head.lower_ in ("who", "whom") or any(
                c.lower_ in ("who", "whom") for c in tok.children
            ):
                return False  # about a person: "refugees whom authorities blame"
            return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in tok.children)
        if (
            tok.dep_ == "acl"
            and tok.head.dep_ == "ROOT"
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.i == tok.head.i + 1
            and tok.i + 1 < len(tok.doc)
            and (
                tok.doc[tok.i + 1].dep_ in ("mark", "prep", "advmod")
                or any(c.dep_ == "advcl" and c.tag_ == "VBD" for c in tok.children)
            )
        ):
            return None  # "Tension flared (last week) after X sent …": the sentence's verb,
            # misread
        if _aim_of_noun(st, tok):
            return True  # "Sweden's bid to join NATO": only a stance told in passing is coded
            # ("its determination to stand against X")
        if (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBN", "VBG")
            and tok.head.lemma_.lower() not in st.p.statement_nouns
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
        ):
            return any(c.dep_ == "agent" for c in tok.children)
        return None


def _aim_of_noun(st: DocState, clause: Token) -> bool:
    """An infinitive hung on a common noun ("Sweden's bid to join NATO", "Trump's desire to
    force both sides …", "its efforts to rally support") tells what was sought, wanted or
    decided, not an act done (but a stance: "its determination to stand against X"); nouns
    of intent, appeal, demand or threat ("a plan to", "a call to", "a threat to") are coded
    with their infinitive (`nominals`)."""
    head = clause.head
    if clause.dep_ != "acl" or head.pos_ != "NOUN" or clause.i < head.i:
        return False
    if not to_infinitive(clause):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    lemma = head.lemma_.lower()
    return lemma not in st.p.control and lemma not in st.p.statement_nouns


def _narrated_where(clause: Token) -> bool:
    """ "flew to Beijing, where he met Wang Yi": a "where" clause set off by a comma, with its
    own subject, tells the next act of the story, not a description of the place ("cases where
    …", "a state where voters back him" are no acts)."""
    where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    return (
        where is not None
        and where.i > 0
        and clause.doc[where.i - 1].text == ","
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _headline_plan(clause: Token) -> bool:
    """ "Macron to visit China next month", "EU to impose new sanctions on Iran": a headline's
    subject with its infinitive, which the parser hangs on the subject as a relative clause;
    the clause is what the headline tells (planned), not a description of the subject."""
    head = clause.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and clause.i > head.i
        and to_infinitive(clause)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and all(t.dep_ in ("compound", "amod", "det", "poss", "case", "punct") for t in head.lefts)
    )


class _Walk:
    """The parse of a Doc as arrays, for walking sentences without a Token per word: each
    token's children (in order, as ``Token.children``: ``order[lo[i]:hi[i]]``, sliced only for
    a token walked), whether it may code anything (a verb or noun, or the head of a relative
    clause or participle, see `Coder._background`), and per token what `Coder._sentence` asks
    of it: a verb or auxiliary, a noun or proper noun, a noun trigger (its lemma's lower case
    is one, `noun_triggers` holding those lemma hashes), the head of a relative clause or
    participle, a modifier after a hyphen ("Moscow-backed")."""

    __slots__ = ("order", "lo", "hi", "may_code", "verb", "noun", "noun_trigger", "clause")
    __slots__ += ("hyphenated",)

    def __init__(self, doc: Doc, noun_triggers: np.ndarray):
        n = len(doc)
        arr = doc.to_array([HEAD, POS, DEP, ORTH, LEMMA])
        at = np.arange(n)
        heads = arr[:, 0].astype(np.int64) + at  # HEAD holds offsets, maybe < 0
        heads[heads == at] = n  # a root is its own head, not its own child: put it last
        counts = np.bincount(heads, minlength=n + 1)[:n]  # children of each token, in text
        ends = np.cumsum(counts)  # order: the tokens sorted by head, cut at each head's count
        self.order: list[int] = np.argsort(heads, kind="stable").tolist()
        self.lo: list[int] = (ends - counts).tolist()
        self.hi: list[int] = ends.tolist()
        pos, dep = arr[:, 1], arr[:, 2]
        verb = (pos == VERB) | (pos == AUX)
        noun = (pos == NOUN) | (pos == PROPN)
        clause = isin(dep, _CLAUSES)
        self.may_code: list[bool] = (verb | noun | clause).tolist()
        self.verb: list[bool] = verb.tolist()
        self.noun: list[bool] = noun.tolist()
        self.noun_trigger: list[bool] = isin(arr[:, 4], noun_triggers).tolist()
        self.clause: list[bool] = clause.tolist()
        hyphen = np.zeros(n, dtype=bool)
        hyphen[1:] = arr[:-1, 3] == _HYPHEN  # the token before is "-"
        self.hyphenated: list[bool] = (hyphen & isin(dep, _HYPHEN_DEPS)).tolist()


_CLAUSES = id_array((get_string_id("relcl"), get_string_id("acl")))
_HYPHEN_DEPS = id_array((get_string_id("amod"), get_string_id("compound")))
_HYPHEN = get_string_id("-")
