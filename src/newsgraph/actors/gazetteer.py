"""The actor tables turned into one term index and a PhraseMatcher over token texts.

Every name, alias, short form, demonym, capital, metonym, organisation, outlet and
office holder becomes a term; a term maps to one or more `Entry` (what it can refer to).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.actors import tables


@dataclass(frozen=True, slots=True)
class Entry:
    """What a term in the tables can refer to."""

    category: str  # country | capital | demonym | metonym | organisation | outlet | person
    key: str  # identity: ISO3, metonym or organisation name, outlet name, person name
    name: str  # canonical name
    kind: str  # person | country | organisation | group
    country: str | None
    sector: str | None
    code: str | None


def _code(country: str | None, sector: str | None) -> str | None:
    if country and sector:
        return country + sector
    return country or sector or None


@dataclass(frozen=True, slots=True)
class Role:
    words: tuple[str, ...]
    sector: str
    kind: str  # person | group
    rank: int

    @property
    def term(self) -> str:
        return " ".join(self.words)


# roles of this rank and lower (higher numbers) are held by many people of a state at once
OFFICIAL_RANK = 3


class Gazetteer:
    """Term index + matcher, built once per vocabulary."""

    def __init__(self, vocab: Vocab, make_doc):
        self.terms: dict[str, list[Entry]] = {}
        for entry, term in _entries():
            bucket = self.terms.setdefault(term, [])
            if entry not in bucket:
                bucket.append(entry)
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        for term in self.terms:
            self.matcher.add(term, [make_doc(term)])
        self.vocab = vocab
        self.roles: dict[tuple[str, ...], Role] = {}
        for role in tables.roles():
            words = tuple(role.term.lower().split())
            self.roles[words] = Role(words, role.sector, role.kind, role.rank)
        self.max_role_len = max((len(w) for w in self.roles), default=1)
        self.role_starts = frozenset(w[0] for w in self.roles)  # most words start none
        self.offices: dict[str, tuple[tables.Office, ...]] = {}
        for office in tables.offices():
            self.offices.setdefault(office.name, ())
            self.offices[office.name] += (office,)
        self.countries = {c.iso3: c for c in tables.countries()}

    def match(self, doc: Doc) -> list[tuple[int, int, list[Entry]]]:
        """Longest, leftmost non-overlapping term matches as (start, end, entries)."""
        found = []
        strings = self.vocab.strings
        for match_id, start, end in self.matcher(doc):
            found.append((start, end, self.terms[strings[match_id]]))
        # a leading "the" does not make a term come first: "the West Bank" is the West Bank,
        # not "the West" and a bank
        found.sort(key=lambda m: (m[0] + (doc[m[0]].lower_ == "the"), -m[1]))
        result, last_end = [], -1
        for start, end, entries in found:
            if start >= last_end:
                result.append((start, end, entries))
                last_end = end
        return result

    def role_at(self, words: list[str], i: int) -> Role | None:
        """The longest role term starting at words[i] (lower-case words)."""
        if i >= len(words) or words[i] not in self.role_starts:
            return None
        for n in range(min(self.max_role_len, len(words) - i), 0, -1):
            role = self.roles.get(tuple(words[i : i + n]))
            if role is not None:
                return role
        return None

    def office(self, name: str, day: date | None) -> tables.Office | None:
        """The office `name` held on `day`; with no day, the latest one."""
        held = self.offices.get(name, ())
        if not held:
            return None
        if day is None:
            return max(held, key=lambda o: o.start or date.min)
        active = [o for o in held if o.active_on(day)]
        return max(active, key=lambda o: o.start or date.min) if active else None

    def holder(self, country: str, role: str, day: date | None) -> str | None:
        """The one person who held `role` for `country` on `day` (None if none or several).
        Offices of rank 3 and below (ambassadors, envoys, spokespeople, aides, officials) a
        state fills many times at once: the table's one holder is not the only one ("the
        Russian ambassador" is not its UN ambassador unless the article names him)."""
        known = self.roles.get(tuple(role.lower().split()))
        if known is not None and known.rank >= OFFICIAL_RANK:
            return None
        names = {
            o.name
            for held in self.offices.values()
            for o in held
            if o.country == country
            and o.role == role
            and (o.active_on(day) if day else o.end is None)
        }
        return names.pop() if len(names) == 1 else None

    def country_name(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3 or "")
        return country.name if country else None


def _entries():
    for c in tables.countries():
        country = Entry("country", c.iso3, c.name, "country", c.iso3, None, c.iso3)
        for term in (c.name, *c.aliases):
            yield country, term
        for term in c.capitals:
            yield Entry("capital", c.iso3, c.name, "country", c.iso3, None, c.iso3), term
        for term in c.demonyms:
            yield Entry("demonym", c.iso3, c.name, "country", c.iso3, None, c.iso3), term
    for m in tables.metonyms():
        code = _code(m.country, m.sector)
        yield Entry("metonym", m.name, m.name, "organisation", m.country, m.sector, code), m.term
    for o in tables.organisations():
        entry = Entry(
            "organisation", o.code, o.name, "organisation", o.country or None, o.sector, o.code
        )
        acronym = (o.code,) if o.code.isalpha() and o.code.isupper() and len(o.code) >= 2 else ()
        for term in (o.name, *o.aliases, *acronym):
            yield entry, term
    for o in tables.outlets():
        entry = Entry(
            "outlet",
            o.name,
            o.name,
            "organisation",
            o.country or None,
            "MED",
            _code(o.country or None, "MED"),
        )
        for term in (o.name, *o.aliases):
            yield entry, term
    seen = set()
    for office in tables.offices():
        if office.name in seen:
            continue
        seen.add(office.name)
        entry = Entry("person", office.name, office.name, "person", None, None, None)
        for term in (office.name, *office.aliases):
            yield entry, term


_CACHE: dict[int, Gazetteer] = {}


def gazetteer_for(vocab: Vocab, make_doc) -> Gazetteer:
    """One Gazetteer per vocabulary (building it takes a moment; matching is cheap)."""
    key = id(vocab)
    if key not in _CACHE:
        _CACHE[key] = Gazetteer(vocab, make_doc)
    return _CACHE[key]
