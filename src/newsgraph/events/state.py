"""What every stage of the coder shares: the `Hit` a trigger makes and the per-Doc `DocState`.

A `Hit` is a coded trigger before its actors are known: the CAMEO code, the trigger tokens, the
token whose subject and auxiliaries govern the event, and the noun phrases to look for targets
in. `DocState` holds the Doc, its actors and statements indexed for lookups by token, the
pattern tables and the events emitted so far.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Token

from newsgraph.events.codebook import Codebook
from newsgraph.events.patterns import Patterns
from newsgraph.extensions import ActorMention, text_of
from newsgraph.model import Event


@dataclass
class Hit:
    code: str
    trigger: list[int]  # token indices that make up the trigger
    head: Token  # the token whose subject, auxiliaries and negation govern the event
    targets: list[Token] = field(default_factory=list)  # NP heads to look for targets, in order
    modality: str | None = None
    negated: bool | None = None
    consume: list[Token] = field(default_factory=list)  # roots of subtrees this hit claims
    specific: bool = False
    sources: list[ActorMention] | None = None  # set when not taken from the head's subject
    pair_target: list[ActorMention] = field(default_factory=list)  # "between A and B"
    obligation: bool = False  # "X said Y must …": a demand by X on Y
    statement: object | None = None  # the Statement this event is the speech act of
    reciprocal: bool = False  # "X and Y met": each is the other's target
    own_words: bool = False  # the speech act of `statement` itself, though inside its content


class DocState:
    """One Doc being coded: lookups by token, the tables, and the events emitted so far."""

    def __init__(self, doc: Doc, pats: Patterns, book: Codebook, places=None):
        self.doc = doc
        self.p = pats
        self.book = book
        self._places = places
        self._text: str | None = None  # Doc.text is assembled anew on every access: see text
        self._sent_texts: dict[int, str] = {}
        self._starts: list[int] | None = None
        self._lowers = None  # LOWER of every token, read when first needed
        self._lemma_words: frozenset[str] | None = None  # every lemma, lower case, when needed
        meta = doc._.article_meta or {}
        self.published: dt.date | None = meta.get("published")
        mentions: list[ActorMention] = list(doc._.actor_mentions or [])
        self.mentions = mentions
        self.mention_at: list[int] = [-1] * len(doc)
        for k, m in enumerate(mentions):  # sorted by start; where mentions overlap the
            for i in range(m.start, min(m.end, len(doc))):  # first one keeps its tokens
                if self.mention_at[i] < 0:
                    self.mention_at[i] = k
        self.actors = {a.id: a for a in doc._.actors or []}
        self.speakers: dict[str, object] = {}  # statement id → its speaker's mention
        self.actor_countries: dict[str, str | None] = {}  # country-less officials' country
        self.owners: dict[str, object] = {}  # bare institution actor id → the owner named with it
        self.groups: dict[str, tuple] = {}  # "group:<i>" → (mention, country, sector)
        self.first_seen: dict[str, int] = {}
        for m in mentions:
            self.first_seen.setdefault(m.actor_id, m.start)
        self.statements = []
        self.cue_of: dict[int, object] = {}  # token index → the statement it is the cue of
        for st in doc._.statements or []:
            for part in st.content_parts or [st.content]:
                self.statements.append((part.start, part.end, st))
            if st.cue is not None:
                for i in range(self.token_at(st.cue.start), self.token_at(st.cue.end - 1) + 1):
                    self.cue_of.setdefault(i, st)
        self.consumed: set[int] = set()
        self.objects_of_hits: set[int] = set()
        self.last_plan_source: list[ActorMention] = []
        self.last_force_source: tuple[int, list[ActorMention]] = (-1, [])  # (token, who)
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self.told_by: dict[tuple, int] = {}  # (parties, code, lemma) → the trigger that told it
        self.told: dict[str, tuple] = {}  # event id → (source party, root, trigger lemma)
        self.dates: list | None = None  # per sentence: date entities with their paths
        self.places_in: list | None = None  # per sentence: places with their paths
        self._ents: list | None = None
        self._ent_starts: list[int] = []

    @property
    def places(self):
        if self._places is None:
            from newsgraph.events.places import gazetteer

            self._places = gazetteer()
        return self._places

    def new_sentence(self) -> None:
        self.dates = None
        self.places_in = None

    def lemma(self, t: Token) -> str:
        lemma = t.lemma_.lower()
        return self.p.lemma_fixes.get(lemma, lemma)

    def actor_of(self, m: ActorMention | None):
        return self.actors.get(m.actor_id) if m is not None else None

    def ents_in(self, sent) -> list:
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        lo = bisect_right(self._ent_starts, sent.start - 1)
        hi = bisect_right(self._ent_starts, sent.end - 1)
        return self._ents[lo:hi]

    @property
    def text(self) -> str:
        """The whole text (built once, when first needed: most work needs a slice, see chars)."""
        if self._text is None:
            self._text = text_of(self.doc)
        return self._text

    def sent_text(self, sent) -> str:
        """The text of a sentence (kept for its other events)."""
        found = self._sent_texts.get(sent.start)
        if found is None:  # Span.text joins the span's tokens: the same characters
            found = self._sent_texts[sent.start] = self.text[sent.start_char : sent.end_char]
        return found

    def chars(self, start: int, end: int) -> str:
        """The text of characters start:end, read from the tokens that cover them."""
        if self._text is not None:
            return self._text[start:end]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return self.text[start:end]
        offset = start - span.start_char
        return span.text[offset : offset + end - start]

    def token_indices(self, lower: str) -> list[int]:
        """The indices of the tokens whose lowercase form is `lower`."""
        if self._lowers is None:
            self._lowers = self.doc.to_array(LOWER)
        key = self.doc.vocab.strings[lower] if lower in self.doc.vocab.strings else None
        return [] if key is None else (self._lowers == key).nonzero()[0].tolist()

    def has_lemma(self, word: str) -> bool:
        """Whether any token's lemma, in lower case, is `word` (the Doc's lemmas read once)."""
        if self._lemma_words is None:
            strings = self.doc.vocab.strings
            hashes = set(self.doc.to_array(LEMMA).tolist()) if len(self.doc) else set()
            self._lemma_words = frozenset(strings[h].lower() for h in hashes)
        return word in self._lemma_words

    def token_at(self, char: int) -> int:
        """The index of the token at (or last before) character `char`: the last token that
        starts at or before it (a token's trailing space is its own, as in Doc.char_span)."""
        if self._starts is None:
            self._starts = self.doc.to_array(IDX).tolist()
        return max(0, bisect_right(self._starts, char) - 1)
