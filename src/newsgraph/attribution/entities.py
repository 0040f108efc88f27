"""Mention → entity: who a source mention is (type, name, role, count, actor).

`SpeakerIndex` is built once per Doc. Names are resolved in this order:
1. an actor mention from ``newsgraph_actors`` overlapping the source mention;
2. relative pronouns ("who", "which") → the noun they attach to;
3. personal pronouns ("he", "she") → the last person named before, preferring one who was a
   grammatical subject;
4. a surname alone ("Peskov") → the earlier full name ending in it;
5. a role description ("the spokesman") → the last person named with that role;
6. otherwise the mention itself, without determiners.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.mentions import np_tokens
from newsgraph.attribution.people import TITLES, People, Person, strip_name
from newsgraph.model import Span, Speaker

_ENT_TYPE = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country",
    "NORP": "organisation",
    "FAC": "organisation",
    "LOC": "country",
}
_ACTOR_TYPE = {
    "person": "person",
    "country": "country",
    "organisation": "organisation",
    "group": "organisation",
}


class SpeakerIndex:
    """Everything needed to turn a source mention into a `Speaker`, built once per Doc."""

    def __init__(self, doc: Doc, lex: Lexicon, text: str | None = None):
        self.doc = doc
        self.lex = lex
        self.text = doc.text if text is None else text
        self.people = People(doc, self.text, lex.person_nouns)
        self.surnames = self.people.surnames
        self.actors = {a.id: a for a in (getattr(doc._, "actors", None) or [])}
        mentions = getattr(doc._, "actor_mentions", None) or []
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]

    # -- lookups ------------------------------------------------------------------------
    def _actor_for(self, start: int, end: int):
        if not self.mentions:
            return None
        i = bisect_left(self._mention_starts, start)
        for j in (i - 1, i, i + 1):
            if 0 <= j < len(self.mentions):
                m = self.mentions[j]
                if m.start < end and m.end > start and m.actor_id in self.actors:
                    return self.actors[m.actor_id]
        return None

    # -- classification ------------------------------------------------------------------
    def is_outlet(self, tokens: list[Token], head: Token) -> bool:
        lex = self.lex
        words = " ".join(t.lower_ for t in tokens if not t.is_punct)
        if words in lex.outlet_names or words.removeprefix("the ") in lex.outlet_names:
            return True
        if head.pos_ == "PROPN":
            names = [t.lower_ for t in tokens if t.pos_ == "PROPN"]
            if " ".join(names) in lex.outlet_names:
                return True
            if any(w in lex.outlet_name_words for w in names) and head.ent_type_ != "PERSON":
                return True
        if head.lemma_.lower() in lex.outlet_nouns and head.pos_ == "NOUN":
            return True
        lemmas = tuple(t.lemma_.lower() for t in tokens if not t.is_punct and t.dep_ != "det")
        return any(lemmas[i : i + 2] in self.lex.outlet_phrases for i in range(len(lemmas)))

    def anonymous_count(self, tokens: list[Token], head: Token) -> tuple[bool, int | None]:
        lex = self.lex
        lemma = head.lemma_.lower()
        if lemma not in lex.anon_heads or head.pos_ == "PROPN":
            return False, None
        if any(t.ent_type_ == "PERSON" for t in tokens):
            return False, None
        lemmas = [t.lemma_.lower() for t in tokens]
        qualified = lemma in lex.anon_always
        for i, w in enumerate(lemmas):
            for q in lex.anon_qualifiers.get(w, ()):
                if tuple(lemmas[i : i + len(q)]) == q:
                    qualified = True
        left = [t for t in tokens if t.i < head.i]
        if not qualified:
            first = left[0].lower_ if left else ""
            if head.tag_ in ("NNS",) and (not left or first in lex.anon_determiners):
                qualified = True
            elif first in lex.anon_determiners and first not in ("the",):
                qualified = lemma in ("official", "source", "person", "people", "diplomat", "aide")
        if not qualified:
            return False, None
        count = None
        for t in left:
            if t.lower_ in lex.numbers:
                count = lex.numbers[t.lower_]
            elif t.like_num and t.text.isdigit():
                count = int(t.text)
        if count is None and head.tag_ == "NN":
            count = 1
        return True, count

    # -- the speaker -----------------------------------------------------------------------
    def speaker(self, tokens: list[Token], head: Token, span: Span) -> Speaker:
        lower = head.lower_
        lex = self.lex
        if lower in lex.relative_pronouns and head.tag_ in ("WP", "WDT", "WP$"):
            antecedent = head.head
            while antecedent.dep_ in ("relcl", "acl") and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head
                if antecedent.pos_ in ("NOUN", "PROPN", "PRON"):
                    break
            if antecedent.pos_ in ("NOUN", "PROPN") and antecedent.i < head.i:
                inner = self.speaker(np_tokens(antecedent), antecedent, span)
                return inner
        actor = self._actor_for(tokens[0].i, tokens[-1].i + 1)
        if actor is not None:
            kind = "outlet" if actor.sector == "MED" else _ACTOR_TYPE.get(actor.kind, "unknown")
            return Speaker(
                span=span,
                name=actor.name,
                type=kind,
                actor=actor.code,
                actor_id=actor.id,
                role=actor.role,
            )
        if head.pos_ == "PRON":
            if lower in lex.person_pronouns or (
                lower in lex.self_pronouns and lower in ("i", "me")
            ):
                if lower in ("i", "me"):
                    return Speaker(span=span, name=span.text, type="person")
                p = self.people.before(head.i, lower)
                if p is None:
                    return _unknown(span, f"no person named before the pronoun {span.text!r}")
                return self._person_speaker(p, span)
            return _unknown(span, f"the pronoun {span.text!r} is not resolved")
        is_anon, count = self.anonymous_count(tokens, head)
        text = self._np_name(tokens)
        if is_anon:  # the whole description names an unnamed source
            return Speaker(
                span=span,
                name=span.text.removeprefix("the ").removeprefix("The "),
                type="anonymous",
                count=count,
            )
        known = self.surnames.get(head.lower_) if head.pos_ == "PROPN" else None
        if (
            known is not None
            and known.start < head.i
            and self.people.at(head.i, head.i + 1) is None
        ):
            return self._person_speaker(known, span)  # "Eklund" after "Lars Eklund"
        if self.is_outlet(tokens, head):
            return Speaker(span=span, name=text, type="outlet")
        p = self.people.at(tokens[0].i, tokens[-1].i + 1)
        if p is not None:
            return self._person_speaker(p, span)
        lemma = head.lemma_.lower()
        if head.pos_ == "PROPN" and not head.ent_type_:
            titled = [
                t
                for t in tokens
                if t.i < head.i and (t.lower_ in lex.person_nouns or t.lower_ in TITLES)
            ]
            if titled:  # "Mayor Ana Ruiz" that the tagger did not see as a person
                words = [t for t in tokens if t.dep_ != "det"]
                name = strip_name(self.text, words, lex.person_nouns)
                role = self.text[titled[0].idx : titled[-1].idx + len(titled[-1].text)]
                return Speaker(span=span, name=name, type="person", role=role)
        if head.pos_ == "NOUN" and lemma in lex.document_nouns:
            return Speaker(span=span, name=text, type="document")
        if head.pos_ == "NOUN" and lemma in lex.person_nouns:
            if any(t.lower_ == "the" for t in tokens if t.i < head.i):
                p = self.people.with_role(lemma, head.i)
                if p is not None:
                    return self._person_speaker(p, span)
            return Speaker(span=span, name=text, type="person", role=text)
        label = head.ent_type_ or next((t.ent_type_ for t in tokens if t.ent_type_), "")
        kind = _ENT_TYPE.get(label, "unknown")
        if kind == "unknown" and lemma in lex.organisation_nouns:
            kind = "organisation"
        if kind == "unknown":
            return _unknown(
                span, "the mention is not recognised as a person, group, outlet or document", text
            )
        return Speaker(span=span, name=text, type=kind)

    def _person_speaker(self, p: Person, span: Span) -> Speaker:
        actor = self._actor_for(p.start, p.end)
        if actor is not None:
            return Speaker(
                span=span,
                name=actor.name,
                type="person",
                actor=actor.code,
                actor_id=actor.id,
                role=actor.role or p.role,
            )
        return Speaker(span=span, name=p.name, type="person", role=p.role)

    def _np_name(self, tokens: list[Token]) -> str:
        words = list(tokens)
        while words and (words[0].dep_ == "det" and words[0].lower_ in ("the", "a", "an")):
            words = words[1:]
        while words and words[-1].is_punct:
            words = words[:-1]
        if not words:
            words = list(tokens)
        return self.text[words[0].idx : words[-1].idx + len(words[-1].text)]


def _unknown(span: Span, reason: str, name: str | None = None) -> Speaker:
    """A speaker that cannot be found: the mention's words as its name, and why."""
    return Speaker(span=span, name=name or span.text, type="unknown", reason=reason)
