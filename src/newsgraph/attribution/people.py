"""The people an article names, in order: full name, role words, gender, and whether the name
stood as a grammatical subject. Built once per Doc from its PERSON entities; a later short name
("Peskov") takes the full name of the earlier mention it ends.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from newsgraph.attribution.lexicon import Lexicon, words
from newsgraph.extensions import tokens_with

_WORDS = words("people")
TITLES = set(_WORDS["titles"])
_MALE = set(_WORDS["male"])
_FEMALE = set(_WORDS["female"])
PRONOUN_GENDER = dict(_WORDS["pronoun_gender"])
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod", "punct"}


@dataclass(slots=True)
class Person:
    start: int  # token index of the name
    end: int
    name: str
    role: str | None
    subject: bool
    gender: str | None = None  # "m" / "f" from a title (Mr., Mrs., Ms.), when there is one
    modifier: bool = False  # named only to modify a noun ("Kim's sister", "the Biden plan")
    char: int = 0  # character offset of the name


def name_gender(name: str, lex: Lexicon) -> str | None:
    """ "f" / "m" from a given name ("Maria Lopez") or a Slavic surname ending ("Zakharova");
    None when the name does not say."""
    words = name.lower().split()
    if not words:
        return None
    gender = lex.given_names.get(words[0])
    if gender is None and len(words) > 1 and words[-1].endswith(lex.female_endings):
        gender = "f"
    return gender


def strip_name(text: str, tokens: list[Token], roles: set[str] = frozenset()) -> str:
    """A name without titles, possessive marks and leading role words."""
    words = [t for t in tokens if t.lower_ not in TITLES and t.tag_ != "POS" and not t.is_punct]
    while len(words) > 2 and words[0].lower_ in roles:  # "Mayor Ana Ruiz" -> "Ana Ruiz"
        words = words[1:]
    if not words:
        words = tokens
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return text[start:end]


def role_of(doc: Doc, text: str, start: int, end: int) -> str | None:
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
    left = [t for t in left if t.lower_ not in TITLES]
    if all(t.ent_type_ in ("NORP", "GPE") for t in left) and _appos_role(root) is not None:
        left = []  # "German Galushchenko, the energy minister": a name word, not a role
    if left:
        first = left[0]
        while first.dep_ == "det" or first.lower_ in ("the", "a", "an"):
            left = left[1:]
            if not left:
                break
            first = left[0]
        if left:
            return text[left[0].idx : left[-1].idx + len(left[-1].text)]
    appos = _appos_role(root)
    return text[appos[0].idx : appos[-1].idx + len(appos[-1].text)] if appos else None


def joined_office(root: Token, person_nouns: set[str]) -> Token | None:
    """The capitalised office a name is joined to by "and" when one person holds two ("Deputy
    Prime Minister and Foreign Minister Ana Ruiz": the parser makes the name a conjunct of
    the first office)."""
    head = root.head
    if root.dep_ != "conj" or head.i >= root.i or not head.is_title:
        return None
    if head.lower_ not in person_nouns or head.ent_type_ not in ("", "PERSON"):
        return None
    if any(c.dep_ == "det" for c in head.children):
        return None
    if [c for c in head.rights if c.dep_ == "conj"] != [root]:
        return None
    return head


def _appos_role(root: Token) -> list[Token] | None:
    """The words of a role in apposition after a name ("Ana Ruiz, the mayor,")."""
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            toks = [t for t in child.subtree if t.dep_ != "det" and not t.is_punct]
            if toks and child.ent_type_ != "PERSON":
                return toks
    return None


# entity labels the small tagger gives names of people it does not know ("Lars Eid" as a product)
_MISTAGGED = {"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}


def _untagged_names(doc: Doc, lex: Lexicon) -> list:
    """Names the entity tagger missed where only a person fits: two or three capitalised
    words as the subject of a cue verb ("Lars Eid said") or beside a role ("the minister,
    Lars Eid"), or a subject after a title ("Chancellor Lars Eid met …")."""
    out = []
    for i in tokens_with(doc, {POS: ("PROPN",), DEP: ("nsubj", "appos")}):
        t = doc[i]
        titled = _after_title(t, lex)
        if (
            t.ent_type_ not in _MISTAGGED
            and not _given_name_first(t, lex)
            and not titled
            and not _described_as_person(t, lex)
        ):
            continue
        if t.dep_ == "nsubj" and t.head.lemma_ not in lex.cue_class and not titled:
            continue
        if t.dep_ == "appos" and t.head.lemma_.lower() not in lex.person_nouns:
            continue
        left = t.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == t.i:
            if titled and _is_title(doc[left - 1], lex):
                break  # "Chancellor Klaus Bauer" tagged as a body: the name after the title
            left -= 1
        span = doc[left : t.i + 1]
        if 2 <= len(span) <= 3 and all(
            x.pos_ == "PROPN"
            and x.ent_type_ == t.ent_type_
            and x.text[:1].isupper()
            and x.text[1:].islower()
            for x in span
        ):
            out.append(span)
    return out


def _as_subject(root: Token) -> Token | None:
    """The subject a name stands as: itself, or the description it names ("Pakistan's prime
    minister Shehbaz Sharif spoke", "The bank's chief, Ana Ruiz, said": the description's)."""
    if root.dep_ in _SUBJECT_DEPS:
        return root
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS and root.head.pos_ == "NOUN":
        return root.head
    return None


def _given_name_first(t: Token, lex: Lexicon) -> bool:
    """Is ``t`` the last word of a name that opens with a known given name ("Lars Eklund"
    tagged as an organisation or a place)?"""
    if t.ent_type_ not in _NAME_AS_BODY:
        return False
    first = t
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == t.i:
        first = first.nbor(-1)
    if first.i > 0 and first.nbor(-1).text in ("-", "‐") and not first.nbor(-1).whitespace_:
        return False  # "Eva-Maria": the name's first part is no word of its own
    return first.i < t.i and first.lower_ in lex.given_names


_NAME_AS_BODY = {"ORG", "GPE", "NORP"}


def _described_as_person(t: Token, lex: Lexicon) -> bool:
    """Is ``t`` a name the tagger read as a body or a place that an appositive describes as a
    person ("Ana Ruiz, a member of the party's council,", "Lars Eid, the group's spokesman")?"""
    if t.ent_type_ not in _NAME_AS_BODY:
        return False
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.ent_type_ == ""
        and (c.lemma_.lower() in lex.person_nouns or c.lemma_.lower() in lex.anon_heads)
        for c in t.rights
    )


def _is_title(t: Token, lex: Lexicon) -> bool:
    return t.is_title and (t.lower_ in lex.person_nouns or t.lower_ in TITLES)


def _after_title(t: Token, lex: Lexicon) -> bool:
    """Is ``t`` the last word of a name a capitalised title opens ("Chancellor Klaus Bauer")
    that the tagger read as a body or a place? The title itself is no part of that entity."""
    if t.ent_type_ not in _NAME_AS_BODY:
        return False
    first = t
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == t.i:
        first = first.nbor(-1)
        if _is_title(first, lex):
            return first.ent_type_ == ""
    return False


def _has_words(role: str, office: str) -> bool:
    """Does ``role`` hold ``office`` as whole words ("prime minister", not "minister" alone)?"""
    return f" {office} " in f" {role} "


def _part_of(short: str, full: str) -> bool:
    """Are all the words of ``short`` words of ``full`` ("Hillary Clinton" of "Hillary Rodham
    Clinton"; not "Jeb Bush" of "George W. Bush")?"""
    words = set(full.lower().replace("-", " ").split())
    return all(w in words for w in short.lower().replace("-", " ").split())


def within_phrase(pronoun: Token, start: int) -> bool:
    """Does the pronoun stand in a clause on a noun phrase that holds token ``start`` ("a post
    by Ana Ruiz in which she said"), not beside it in the same clause ("In a call with Ana Ruiz,
    she said")?"""
    return any(
        a.pos_ in ("NOUN", "PROPN") and a.left_edge.i <= start <= a.right_edge.i
        for a in pronoun.ancestors
    )


class People:
    """The persons named in one Doc, with lookups by position, surname and role."""

    def __init__(self, doc: Doc, text: str, lex: Lexicon):
        self.doc = doc
        self.persons: list[Person] = []
        self._mentions: Counter[str] = Counter()  # how often each full name was named
        self._fulls: dict[str, dict[str, Person]] = {}  # surname -> full name -> its latest
        self.surnames: dict[str, Person] = {}
        self.lex = lex
        self.skip: set[str] = set()  # names the lookups for a pronoun leave out, for a while
        names = [
            e for e in doc.ents if e.label_ == "PERSON" and e.text.lower() not in lex.platforms
        ]
        for ent in sorted(names + _untagged_names(doc, lex), key=lambda e: e.start):
            self._add(doc, text, ent, lex.person_nouns)
        self._add_surname_subjects(doc)
        self._starts = [p.start for p in self.persons]
        self.genders = {p.name: p.gender for p in self.persons if p.gender}
        self.roles: dict[str, str] = {}  # every role the article gives a name, joined
        for p in self.persons:
            if p.role:
                self.roles[p.name] = f"{self.roles.get(p.name, '')} {p.role}".strip()

    def _add(self, doc: Doc, text: str, ent, person_nouns: set[str]) -> None:
        tokens = [t for t in ent if t.tag_ != "POS"]
        root = ent.root
        if not tokens or (root.is_lower and root.lemma_.lower() in person_nouns):
            return  # "the Iranian top diplomat" tagged as a name: a description, not a name
        if all(t.lower_ in person_nouns or t.lower_ in TITLES for t in tokens):
            return  # "Prime Minister" tagged as a name: a title, no name
        name = strip_name(text, tokens, person_nouns)
        if not name.split():
            return  # a dash and a no-break space tagged as a name: no name at all
        last = name.split()[-1].lower()
        titles = {t.lower_ for t in doc[max(ent.start - 1, 0) : ent.end]}
        titled = "m" if titles & _MALE else "f" if titles & _FEMALE else None
        earlier = self._by_surname(last, titled) if len(name.split()) == 1 else None
        earlier = earlier or self.surnames.get(last)
        if earlier is None and len(name.split()) <= 2:
            earlier = self._fuller(name)
        role = role_of(doc, text, ent.start, ent.end)
        office = joined_office(ent.root, person_nouns)
        if office is not None and role:  # "Deputy Prime Minister and Foreign Minister Ana Ruiz"
            role = f"{text[office.left_edge.idx : office.idx + len(office.text)]} and {role}"
        if (
            earlier
            and len(name.split()) < len(earlier.name.split())
            and _part_of(name, earlier.name)
        ):
            name = earlier.name
            role = role or earlier.role
        person = Person(ent.start, ent.end, name, role, ent.root.dep_ in _SUBJECT_DEPS)
        person.modifier = ent.root.dep_ in ("poss", "compound", "amod")
        person.char = ent.start_char
        self._mentions[name] += 1
        if titled:
            person.gender = titled
        elif earlier and earlier.gender and earlier.name == name:
            person.gender = earlier.gender  # "Clinton" after "Hillary Clinton"; not "Bill Clinton"
        else:
            person.gender = name_gender(name, self.lex)
        self.persons.append(person)
        if len(name.split()) > 1:
            self._fulls.setdefault(name.split()[-1].lower(), {})[name] = person
        if len(name.split()) > 1 or last not in self.surnames:
            self.surnames[last] = self._by_surname(last, None) or person

    def _by_surname(self, last: str, gender: str | None) -> Person | None:
        """The full name a bare surname means when the article names several people of that
        surname ("Hillary Clinton", "Bill Clinton"): one a title's gender fits ("Mr. Clinton"),
        else the one named most often so far, else the latest."""
        best, key = None, None
        for p in self._fulls.get(last, {}).values():
            if gender and p.gender not in (None, gender):
                continue
            k = (p.gender == gender if gender else True, self._mentions[p.name], p.start)
            if key is None or k > key:
                best, key = p, k
        return best

    def _add_surname_subjects(self, doc: Doc) -> None:
        """A surname alone as a subject ("Eid, 54, is known for …") that the tagger did not
        see as a name, after the full name: that person again."""
        taken = {p.start for p in self.persons}
        added = False
        for i in tokens_with(doc, {POS: ("PROPN", "NOUN"), DEP: _SUBJECT_DEPS}):
            t = doc[i]
            if not t.text[:1].isupper() or t.ent_type_ not in _MISTAGGED:
                continue
            full = self.surnames.get(t.lower_)
            if full is None or full.start >= t.i or t.i in taken or doc[t.i - 1].pos_ == "PROPN":
                continue
            person = Person(t.i, t.i + 1, full.name, full.role, True, full.gender)
            person.char = t.idx
            self.persons.append(person)
            added = True
        if added:
            self.persons.sort(key=lambda p: p.start)

    def _fuller(self, name: str) -> Person | None:
        """An earlier, longer name that begins with ``name`` ("Kim" or "Kim Yo" after "Kim Yo
        Jong": names that put the family name first), preferring one named more often, then
        one named as a subject, then one not named as a mere modifier, then the latest."""
        words = name.lower().replace("-", " ").split()
        found, key = None, None
        for p in reversed(self.persons[-40:]):
            full = p.name.lower().replace("-", " ").split()
            if len(full) > len(words) and full[: len(words)] == words:
                k = (self._mentions[p.name], p.subject, not p.modifier)
                if key is None or k > key:
                    found, key = p, k
        return found

    def in_sentence_before(self, pronoun: Token, gender: str | None, quoted) -> Person | None:
        """A person named earlier in the pronoun's sentence ("a post by Ana Ruiz in which she
        said"), outside quotes, agreeing in gender; a subject first, else the nearest."""
        sent_start = pronoun.sent.start
        i = bisect_left(self._starts, pronoun.i)
        best = None
        for j in range(i - 1, max(i - 6, -1), -1):
            p = self.persons[j]
            if p.start < sent_start:
                break
            if p.end > pronoun.i or (gender and p.gender and p.gender != gender):
                continue
            if p.modifier or quoted(p.char) or p.name in self.skip:
                continue
            if p.subject:
                return p
            best = best or p
        return best

    def main_subject(self, sent, gender: str | None, quoted) -> Person | None:
        """The person named as the subject of a sentence's main verb (or of a verb joined to
        it), outside quotes, agreeing in gender: who the next sentence's "he" or "she" is about
        ("A day after Katz told troops …, Netanyahu said … He added": Netanyahu)."""
        root = sent.root
        verbs = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
        for p in self.persons[bisect_left(self._starts, sent.start) :]:
            if p.start >= sent.end:
                break
            tok = _as_subject(self.doc[p.start : p.end].root)
            if tok is None or tok.head.i not in verbs or quoted(p.char):
                continue
            if p.name in self.skip:
                continue
            if gender and p.gender and p.gender != gender:
                continue
            return p
        return None

    def introduced_in(self, sent, gender: str | None, quoted) -> Person | None:
        """The last person a sentence names for the first time, not as a subject, outside
        quotes, when no person is its subject ("The decision angered union leader Karl
        Weber."): whom a quote that follows, with "he said", most likely comes from."""
        found = None
        for p in self.persons[bisect_left(self._starts, sent.start) :]:
            if p.start >= sent.end:
                break
            if quoted(p.char) or p.name in self.skip:
                continue
            if p.subject:
                return None
            if p.modifier or (gender and p.gender and p.gender != gender):
                continue
            if any(q.name == p.name for q in self.persons if q.start < sent.start):
                continue
            found = p
        return found

    def between(self, start: int, end: int) -> list[Person]:
        """The persons named within tokens ``start:end``."""
        i = bisect_left(self._starts, start)
        return [p for p in self.persons[i : bisect_left(self._starts, end)] if p.end <= end]

    def at(self, start: int, end: int) -> Person | None:
        """The person whose name overlaps tokens ``start:end``."""
        i = bisect_left(self._starts, end)
        for j in range(i - 1, max(i - 4, -1), -1):
            p = self.persons[j]
            if p.start < end and p.end > start:
                return p
        return None

    def before(self, index: int, pronoun: str = "", quoted=None) -> Person | None:
        """The person a pronoun at token ``index`` most likely means: the last one named before
        it (outside quotes) that agrees in gender, preferring one named as a subject."""
        i = bisect_left(self._starts, index)
        best = None
        gender = PRONOUN_GENDER.get(pronoun)
        for j in range(i - 1, max(i - 8, -1), -1):
            p = self.persons[j]
            if p.end > index or (gender and p.gender and p.gender != gender):
                continue
            if (quoted is not None and quoted(p.char)) or p.name in self.skip:
                continue
            if best is None:
                best = p
            if p.subject:
                return p
        return best

    def named_later(self, words: set[str], index: int, synonyms) -> Person | None:
        """The first person named after token ``index`` with a role that holds every one of
        ``words`` (a word or an office it is used for): "the Kremlin spokesman said …" before
        "Kremlin spokesman Dmitry Peskov"."""
        if not words:
            return None
        for p in self.persons[bisect_left(self._starts, index) :]:
            if p.role is None or p.modifier:
                continue
            role = p.role.lower().replace("-", " ")
            have = set(role.split())
            if all(w in have or any(o in role for o in synonyms.get(w, ())) for w in words):
                return p
        return None

    def with_role(self, head: str, index: int, offices: tuple[str, ...] = ()) -> Person | None:
        """The last person before token ``index`` whose role holds ``head`` or one of the
        ``offices`` it is used for ("the Israeli leader": a prime minister)."""
        i = bisect_left(self._starts, index)
        for j in range(i - 1, -1, -1):
            p = self.persons[j]
            role = (p.role or "").lower().replace("-", " ")
            if role and (head in role or any(_has_words(role, o) for o in offices)):
                return p
        return None
