"""Who a source mention is: its type, name, role, count, and actor from the actors layer.

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
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.attribution.lexicon import Lexicon
from newsgraph.model import Span, Speaker

_TITLES = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "prof.",
    "sir",
    "dame",
    "lord",
}
_MALE = {"mr.", "mr", "sir", "lord", "he"}
_FEMALE = {"mrs.", "ms.", "mrs", "ms", "miss", "dame", "lady"}
_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod", "punct"}
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


@dataclass(slots=True)
class Person:
    start: int  # token index of the name
    end: int
    name: str
    role: str | None
    subject: bool
    gender: str | None = None  # "m" / "f" from a title (Mr., Mrs., Ms.), when there is one


def _strip_name(text: str, tokens: list[Token], roles: set[str] = frozenset()) -> str:
    words = [t for t in tokens if t.lower_ not in _TITLES and t.tag_ != "POS" and not t.is_punct]
    while len(words) > 2 and words[0].lower_ in roles:  # "Mayor Ana Ruiz" -> "Ana Ruiz"
        words = words[1:]
    if not words:
        words = tokens
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return text[start:end]


def _role_of(doc: Doc, text: str, start: int, end: int) -> str | None:
    """Title words before a name in its noun phrase, or an appositive after it."""
    root = doc[start:end].root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        # "the Kremlin spokesman, Dmitry Peskov,": the noun the name stands beside
        noun = root.head
        toks = [t for t in noun.subtree if t.i < root.left_edge.i and t.dep_ != "det"]
        toks = [t for t in toks if not t.is_punct]
        if toks:
            return text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    left = [t for t in root.subtree if t.i < start and t.dep_ in _ROLE_DEPS and not t.is_punct]
    left = [t for t in left if t.lower_ not in _TITLES]
    if left:
        first = left[0]
        while first.dep_ == "det" or first.lower_ in ("the", "a", "an"):
            left = left[1:]
            if not left:
                break
            first = left[0]
        if left:
            return text[left[0].idx : left[-1].idx + len(left[-1].text)]
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            toks = [t for t in child.subtree if t.dep_ != "det" and not t.is_punct]
            if toks and child.ent_type_ != "PERSON":
                return text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    return None


class SpeakerIndex:
    """Everything needed to turn a source mention into a `Speaker`, built once per Doc."""

    def __init__(self, doc: Doc, lex: Lexicon, text: str | None = None):
        self.doc = doc
        self.lex = lex
        self.text = doc.text if text is None else text
        self.persons: list[Person] = []
        self.surnames: dict[str, Person] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            tokens = [t for t in ent if t.tag_ != "POS"]
            if not tokens:
                continue
            name = _strip_name(self.text, tokens, lex.person_nouns)
            if not name.split():
                continue  # a dash and a no-break space tagged as a name: no name at all
            last = name.split()[-1].lower()
            earlier = self.surnames.get(last)
            role = _role_of(doc, self.text, ent.start, ent.end)
            if earlier and len(name.split()) == 1:
                name = earlier.name
                role = role or earlier.role
            person = Person(ent.start, ent.end, name, role, ent.root.dep_ in _SUBJECT_DEPS)
            titles = {t.lower_ for t in doc[max(ent.start - 1, 0) : ent.end]}
            person.gender = (
                "m"
                if titles & _MALE
                else "f"
                if titles & _FEMALE
                else earlier.gender
                if earlier
                else None
            )
            self.persons.append(person)
            if len(name.split()) > 1 or last not in self.surnames:
                self.surnames[last] = person
        self._starts = [p.start for p in self.persons]
        self.actors = {a.id: a for a in (getattr(doc._, "actors", None) or [])}
        mentions = getattr(doc._, "actor_mentions", None) or []
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.speaker_persons: list[tuple[int, str, str | None]] = []  # (token, name, role)

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

    def _person_at(self, start: int, end: int) -> Person | None:
        i = bisect_left(self._starts, end)
        for j in range(i - 1, max(i - 4, -1), -1):
            p = self.persons[j]
            if p.start < end and p.end > start:
                return p
        return None

    def _person_before(self, index: int, pronoun: str = "") -> Person | None:
        i = bisect_left(self._starts, index)
        best = None
        gender = _PRONOUN_GENDER.get(pronoun)
        for j in range(i - 1, max(i - 8, -1), -1):
            p = self.persons[j]
            if p.end > index or (gender and p.gender and p.gender != gender):
                continue
            if best is None:
                best = p
            if p.subject:
                return p
        return best

    def _person_with_role(self, head: str, index: int) -> Person | None:
        i = bisect_left(self._starts, index)
        for j in range(i - 1, -1, -1):
            p = self.persons[j]
            if p.role and head in p.role.lower():
                return p
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
                inner = self.speaker(*self.np_tokens(antecedent), span)
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
                p = self._person_before(head.i, lower)
                if p is None or lower in ("i", "me"):
                    return Speaker(span=span, type="person")
                return self._person_speaker(p, span)
            return Speaker(span=span, type="unknown")
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
            and self._person_at(head.i, head.i + 1) is None
        ):
            return self._person_speaker(known, span)  # "Eklund" after "Lars Eklund"
        if self.is_outlet(tokens, head):
            return Speaker(span=span, name=text, type="outlet")
        p = self._person_at(tokens[0].i, tokens[-1].i + 1)
        if p is not None:
            return self._person_speaker(p, span)
        lemma = head.lemma_.lower()
        if head.pos_ == "PROPN" and not head.ent_type_:
            titled = [
                t
                for t in tokens
                if t.i < head.i and (t.lower_ in lex.person_nouns or t.lower_ in _TITLES)
            ]
            if titled:  # "Mayor Ana Ruiz" that the tagger did not see as a person
                words = [t for t in tokens if t.dep_ != "det"]
                name = _strip_name(self.text, words, lex.person_nouns)
                role = self.text[titled[0].idx : titled[-1].idx + len(titled[-1].text)]
                return Speaker(span=span, name=name, type="person", role=role)
        if head.pos_ == "NOUN" and lemma in lex.document_nouns:
            return Speaker(span=span, name=text, type="document")
        if head.pos_ == "NOUN" and lemma in lex.person_nouns:
            if any(t.lower_ == "the" for t in tokens if t.i < head.i):
                p = self._person_with_role(lemma, head.i)
                if p is not None:
                    return self._person_speaker(p, span)
            return Speaker(span=span, name=text, type="person", role=text)
        label = head.ent_type_ or next((t.ent_type_ for t in tokens if t.ent_type_), "")
        kind = _ENT_TYPE.get(label, "unknown")
        if kind == "unknown" and lemma in lex.organisation_nouns:
            kind = "organisation"
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

    def np_tokens(self, head: Token) -> tuple[list[Token], Token]:
        """The noun phrase of a source head: its subtree without clauses after it."""
        return np_tokens(head), head


_CUT_DEPS = {"relcl", "acl", "advcl", "punct", "appos", "parataxis"}


def np_tokens(head: Token) -> list[Token]:
    """The core noun phrase of ``head`` (for its name): no clauses or appositions after it."""
    tokens = [head]
    for child in head.lefts:
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in _CUT_DEPS:
            break
        tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    tokens = [t for t in tokens if t.tag_ != "POS"] or tokens
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


_FOCUS_WORDS = {"even", "just", "only", "also"}


def mention_tokens(head: Token, cue: Token | None = None) -> list[Token]:
    """The whole source mention as news corpora mark it: the full subtree of its head, with
    appositions and relative clauses, but never the cue's own subtree; one contiguous run."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if cue is not None and start <= cue.i < end and cue.i != head.i:
        node = cue
        while node.head.i != node.i and node.i != head.i:
            node = node.head
        if node.i == head.i:  # the cue hangs inside the mention ("X, which cited …")
            if cue.i > head.i:
                end = min(end, cue.left_edge.i)
            else:
                start = max(start, cue.right_edge.i + 1)
    if end - start > 60:
        core = np_tokens(head)
        return core
    tokens = list(doc[start:end])
    while (
        len(tokens) > 1
        and (tokens[-1].is_punct and tokens[-1].text not in ")%")
        or (len(tokens) > 1 and tokens[-1].is_space)
    ):
        tokens.pop()
    while len(tokens) > 1 and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in _FOCUS_WORDS
    ):
        tokens.pop(0)  # "even the mayor's allies": the focus word is the writer's
    if any("\n" in t.text for t in tokens):
        return np_tokens(head)
    return tokens
