"""Resolve the actor mentions of one Doc to coded actors.

Order of evidence, strongest first:
1. a title in the text ("US President Joe Biden", "Peskov, the Kremlin spokesman");
2. an earlier mention in the same article ("Biden" after "Joe Biden");
3. the people table, by the article's date (who held which office when);
4. spaCy's entity label, repaired where the tables know better ("Kiev" tagged PERSON).

Demonyms and countries that modify a group noun become group actors ("Ukrainian troops"
→ UKRMIL); a role with a country and no name ("the Estonian prime minister") becomes the
person who held that office on the article's date, when the tables know exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph.actors.gazetteer import Entry, Gazetteer, Role, _code
from newsgraph.extensions import ActorMention, id_array, isin, text_of
from newsgraph.model import Actor, Span

POSSESSIVE = {"'s", "’s", "'", "’"}
TITLE_FILLERS = {
    "senior",
    "top",
    "former",
    "deputy",
    "acting",
    "chief",
    "first",
    "vice",
    "then",
    "incoming",
    "outgoing",
    "interim",
    "veteran",
    "influential",
    "powerful",
    "longtime",
    "the",
    "of",
    "for",
    "and",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "prime",
    "press",
    "state",
    "general",
    "military",
    "presidential",
    "government",
    "junior",
    "assistant",
    "associate",
    "principal",
    "parliamentary",
}
COUNTRY_COREF = {"country", "nation", "state"}
# Last words that make a "PERSON" entity an organisation (spaCy's NER confuses them).
ORG_HEADS = {
    "college",
    "university",
    "institute",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "company",
    "co.",
    "foundation",
    "center",
    "centre",
    "committee",
    "party",
    "realty",
    "group",
    "association",
    "council",
    "news",
    "times",
    "post",
    "journal",
    "ltd",
    "llc",
    "bank",
    "school",
    "hospital",
    "agency",
    "ministry",
    "department",
    "campaign",
    "excerpt",
    "exclusive",
}
NAME_LABELS = {"PERSON"}
STATELESS_SECTORS = {"IGO", "NGO"}
ORG_LABELS = {"ORG", "NORP", "GPE", "FAC", "LOC"}


@dataclass
class _Actor:
    key: tuple
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    resolved_by: str | None = None
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)

    fixed_code: str | None = None

    @property
    def code(self) -> str | None:
        if self.fixed_code:
            return self.fixed_code
        if self.kind == "organisation" and self.key[0] == "org":
            return self.key[1]
        if self.country is None and self.sector not in STATELESS_SECTORS:
            return None  # "President Smith" of an unknown country has no code
        return _code(self.country, self.sector)


@dataclass
class _Title:
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    rank: int = 99
    former: bool = False
    start: int | None = None  # first token of the title


class _Doc:
    """Per-doc state of the resolution."""

    def __init__(self, doc: Doc, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        meta = doc._.article_meta or {}
        self.day: date | None = meta.get("published")
        strings = doc.vocab.strings  # the words from their hashes: no Token made each
        self.lower = [strings[h] for h in doc.to_array(LOWER).tolist()]
        self.actors: dict[tuple, _Actor] = {}
        self.by_token: dict[int, Entry] = {}  # first token of a gazetteer match → its entry
        self.match_at: dict[int, tuple[int, int, list[Entry]]] = {}
        self.consumed: set[int] = set()  # tokens already part of a title or a mention
        self.places: list[tuple[int, str | None]] = []  # (token, ISO3) of place words
        self.surnames: dict[str, list[tuple[int, tuple]]] = {}  # short name → (token, key)

    def country_before(self, i: int) -> str | None:
        """The country named last before token i ("the country's top commander")."""
        found = None
        for start, iso3 in self.places:
            if start >= i:
                break
            found = iso3
        return found

    # -- actors -------------------------------------------------------------------------
    def add(self, key: tuple, name: str, kind: str, start: int, end: int, **info) -> _Actor:
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = _Actor(key, name, kind, **info)
        else:
            for attr, value in info.items():
                if getattr(actor, attr) is None and value is not None:
                    setattr(actor, attr, value)
        span = self.doc[start:end]
        actor.mentions.append((start, end, span.start_char, span.end_char))
        self.consumed.update(range(start, end))
        return actor


def resolve(doc: Doc, gaz: Gazetteer) -> tuple[list[Actor], list[ActorMention]]:
    state = _Doc(doc, gaz)
    civil: list[SpacySpan] = []
    matches = _usable_matches(doc, gaz, civil)
    for start, end, entries in matches:
        state.match_at[start] = (start, end, entries)
    _add_civil_bodies(state, civil)
    persons = _person_spans(doc, matches)
    _index_surnames(state, persons, matches)
    persons = _add_bare_surnames(state, persons, matches)
    state.places = [
        (s, ents[0].country)
        for s, e, ents in matches
        if ents[0].category in ("country", "capital", "demonym")
    ]
    # People first: their titles ("French Prime Minister …") are theirs, not France's.
    for start, end, entries in persons:
        if start not in state.consumed:
            _resolve_person(state, start, end, entries)
    _resolve_roles_of_places(state)
    for start, end, entries in matches:
        if entries[0].category != "person" and start not in state.consumed:
            _resolve_match(state, start, end, entries[0])
    _resolve_role_mentions(state)
    _repair_entities(doc, state)
    return _finish(doc, state)


# -- finding candidate mentions ---------------------------------------------------------


def _usable_matches(
    doc: Doc, gaz: Gazetteer, civil: list[SpacySpan] | None = None
) -> list[tuple[int, int, list[Entry]]]:
    """Gazetteer matches, less place names that are part of a longer name.

    "Paris Hilton" or "Jim Jordan" (a person) and "Paris Saint-Germain" (an organisation)
    do not mention a state; a demonym opening an organisation's name ("Ukrainian Armed
    Forces") still does.
    """
    inside: dict[int, SpacySpan] = {}
    text = text_of(doc)
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG") and len(ent) > 1:
            if "," in text[ent.start_char : ent.end_char]:
                continue  # "Mali, Burkina Faso": a list the tagger read as one name
            for i in range(ent.start, ent.end):
                inside[i] = ent
    usable = []
    for start, end, entries in gaz.match(doc):
        ent = inside.get(start)
        category = entries[0].category
        if _civil_body(doc, ent, start, end, category):
            if civil is not None:
                civil.append(ent)  # "the Norwegian Refugee Council": not Norway
            continue
        if ent is not None and (ent.end - ent.start) > (end - start) and ent.end >= end:
            person = ent.label_ == "PERSON"
            if category in ("country", "capital") or (
                person and category in ("demonym", "metonym")
            ):
                if not _is_title_word(doc, gaz, ent, start, end):
                    continue
        if _named_more(doc, ent, start, usable, category):
            continue  # "the National Security Council" is not the UN's
        usable.append((start, end, entries))
    return usable


# words that make a name opening with a country or demonym the name of a body of civil society,
# not of the state: "the Norwegian Refugee Council", "the Syrian Observatory for Human Rights",
# "the Russian Orthodox Church", "the Iranian Red Crescent"
CIVIL_WORDS = frozenset(
    {"refugee", "refugees", "crescent", "cross", "rights", "observatory", "foundation"}
    | {"institute", "society", "association", "church", "university", "college", "academy"}
    | {"chamber", "museum", "charity", "relief", "watch", "patriarchate"}
)


def _civil_body(doc: Doc, ent: SpacySpan | None, start: int, end: int, category: str) -> bool:
    """A country or demonym that opens the name of a body of civil society ("the Norwegian
    Refugee Council"): the body is named, not the country."""
    if ent is None or ent.label_ != "ORG" or category not in ("country", "demonym"):
        return False
    if end >= ent.end or start != ent.start + (ent[0].lower_ == "the"):
        return False
    return any(t.lower_ in CIVIL_WORDS for t in doc[end : ent.end])


def _named_more(doc: Doc, ent: SpacySpan | None, start: int, usable, category: str) -> bool:
    """An organisation's or outlet's name that the name of another body holds, after a
    capitalised word of its own ("the National Security Council", "the Supreme Court of
    Justice"): that body is not the one of the tables."""
    if ent is None or ent.label_ != "ORG" or start <= ent.start:
        return False
    if category not in ("organisation", "outlet"):
        return False
    before = doc[start - 1]
    if not before.is_title or before.lower_ == "the" or before.text in POSSESSIVE:
        return False
    return not (usable and usable[-1][1] == start)  # "the Palestinian Hamas": a place word


def _add_civil_bodies(state: _Doc, civil: list[SpacySpan]) -> None:
    """Bodies of civil society named after a country (`_civil_body`) are actors of their own,
    of no country ("the Norwegian Refugee Council said …")."""
    for ent in civil:
        start = ent.start + (ent[0].lower_ == "the")
        name = state.doc[start : ent.end].text
        key = ("civil", name.lower())
        state.add(key, name, "organisation", start, ent.end, sector="NGO", resolved_by="ner")


def _is_title_word(doc: Doc, gaz: Gazetteer, ent: SpacySpan, start: int, end: int) -> bool:
    # NER sometimes swallows the title: "[US President Joe Biden]", "[Kremlin spokesman …]",
    # or a state's body: "[China's Coast Guard]".
    if end < ent.end and doc[end].text in POSSESSIVE and ent.label_ == "ORG":
        return True
    if (
        ent.label_ == "ORG"
        and end == ent.end
        and start > ent.start
        and doc[start - 1].lower_ == "of"
    ):
        return True  # "[the Government of Japan]", "[the Ministry of Foreign Affairs of Ukraine]"
    return (
        end < ent.end
        and (doc[end].lower_,) in gaz.roles
        or (end + 1 < ent.end and (doc[end].lower_, doc[end + 1].lower_) in gaz.roles)
    )


def _person_spans(doc: Doc, matches) -> list[tuple[int, int, list[Entry]]]:
    """People: table matches, plus PERSON entities the tables do not know."""
    spans = [(s, e, ents) for s, e, ents in matches if ents[0].category == "person"]
    covered = {i for s, e, _ in matches for i in range(s, e)}
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = ent.start, ent.end
        while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if start >= end or any(i in covered for i in range(start, end)):
            continue
        if not doc[start].text[:1].isupper() or doc[end - 1].lower_ in ORG_HEADS:
            continue  # "Sarah Lawrence College" is not a person
        spans.append((start, end, []))
    return sorted(spans)


def _index_surnames(state: _Doc, persons, matches) -> None:
    """Full names claim their surname (and, when unambiguous, first name) for short mentions.

    A short mention goes to the nearest full name before it ("Clinton" after "Bill Clinton"
    is Bill, after "Hillary Clinton" is Hillary), else to the first one after it.
    """
    first_names: dict[str, set] = {}
    for start, end, entries in persons:
        if end - start < 2:
            continue
        key = _person_key(state, start, end, entries)
        state.surnames.setdefault(state.doc[end - 1].text, []).append((start, key))
        first_names.setdefault(state.doc[start].text, set()).add(key)
    for first, keys in first_names.items():
        if len(keys) == 1 and first not in state.surnames:
            state.surnames[first] = [(-1, keys.pop())]


def _short_name_key(state: _Doc, token: int) -> tuple | None:
    claims = state.surnames.get(state.doc[token].text)
    if not claims:
        return None
    before = [key for start, key in claims if start <= token]
    return before[-1] if before else claims[0][1]


def _add_bare_surnames(state: _Doc, persons, matches):
    """A known surname standing alone is that person even where NER missed it."""
    if not state.surnames:
        return persons
    taken = {i for s, e, _ in persons for i in range(s, e)}
    taken.update(i for s, e, _ in matches for i in range(s, e))
    doc = state.doc
    # the tokens spelled as a known short name, found by their string hashes (no Token made)
    named = isin(doc.to_array(ORTH), id_array(hash_string(name) for name in state.surnames))
    extra = [
        (i, i + 1, [])
        for i in np.flatnonzero(named).tolist()
        if i not in taken and doc[i].text[:1].isupper()
    ]
    return sorted(persons + extra) if extra else persons


def _person_key(state: _Doc, start: int, end: int, entries: list[Entry]) -> tuple:
    if entries:
        return ("person", entries[0].key)
    return ("person", state.doc[start:end].text)


# -- people -------------------------------------------------------------------------------


def _resolve_person(state: _Doc, start: int, end: int, entries: list[Entry]) -> None:
    gaz = state.gaz
    title = _title_left(state, start)
    right = _title_right(state, end)
    if title is None:
        title = right
    elif right is not None and title.country is None:
        title.country = right.country  # "Colonel Marta Ilves of the Estonian army"
    key = _short_name_key(state, start) if end - start == 1 else None
    if key is None:
        key = _person_key(state, start, end, entries)
    name = key[1]
    office = gaz.office(name, state.day) if name in gaz.offices else None
    country = sector = role = None
    resolved_by = "ner"
    if office is not None and state.day is None:
        # No date: claim only what every office of theirs agrees on.
        held = gaz.offices[name]
        codes = {(o.country or None, o.sector) for o in held}
        countries = {o.country or None for o in held}
        country = countries.pop() if len(countries) == 1 else None
        sector = next(iter(codes))[1] if len(codes) == 1 else None
        role = office.role if len(held) == 1 else None
        resolved_by = "table"
    elif office is not None:
        country, sector, role, resolved_by = (
            office.country or None,
            office.sector,
            office.role,
            "table",
        )
    elif name in gaz.offices and state.day is not None:
        # Known person, no office on that date: keep the country, not the office.
        held = gaz.offices[name]
        countries = {o.country for o in held if o.country}
        country = countries.pop() if len(countries) == 1 else None
        resolved_by = "table"
    if title is not None and (title.country or title.sector):
        country = title.country or country
        sector = "ELI" if title.former else (title.sector or sector)
        role = title.role or role
        resolved_by = "title"
    elif key in state.actors and name not in gaz.offices:
        resolved_by = "coref"
    actor = state.add(
        key,
        name,
        "person",
        start,
        end,
        country=country,
        sector=sector,
        role=role,
        resolved_by=resolved_by,
    )
    if title is not None and title.start is not None:
        state.consumed.update(range(title.start, start))
    if title is not None and title.role and actor.role is None:
        actor.role = title.role


def _title_left(state: _Doc, start: int) -> _Title | None:
    """Read a title leftwards from a name: "Senior Ukrainian lawmaker", "the country's top commander"."""
    doc, lower = state.doc, state.lower
    i = start - 1
    if i >= 1 and doc[i].text == "," and _role_ending_at(state, i - 1):
        i -= 1  # "the Kremlin spokesman, Dmitry Peskov"
    first = None
    while i >= 0 and start - i <= 8:
        tok = doc[i]
        if tok.is_space or (tok.is_punct and tok.text not in POSSESSIVE and tok.text != "-"):
            break
        if not (
            lower[i] in TITLE_FILLERS
            or tok.text in POSSESSIVE
            or _role_ending_at(state, i)
            or _match_ending_at(state, i)
            or lower[i] in COUNTRY_COREF
        ):
            break
        first = i
        i -= 1
    if first is None:
        return None
    return _read_title(state, first, start)


def _title_right(state: _Doc, end: int) -> _Title | None:
    """An apposition after a name: "Dmitry Peskov, the Kremlin spokesman,"."""
    doc = state.doc
    if end >= len(doc) or doc[end].lower_ not in (",", "of"):
        return None
    stop = end + 1
    while stop < len(doc) and stop - end <= 8 and not doc[stop].is_punct:
        stop += 1
    if stop <= end + 1:
        return None
    if any(doc[i].ent_type_ == "PERSON" for i in range(end + 1, stop)):
        return None  # "Donald Trump, President Barack Obama …": another person, not a title
    title = _read_title(state, end + 1, stop)
    if title is None or title.role is None:
        return None
    title.start = None  # do not consume: the apposition is its own phrase
    return title


def _read_title(state: _Doc, first: int, stop: int) -> _Title | None:
    gaz, lower = state.gaz, state.lower
    title = _Title(start=first)
    i = first
    while i < stop:
        match = state.match_at.get(i)
        if match is not None and match[1] <= stop:
            entry = match[2][0]
            if entry.category != "person":
                title.country = title.country or entry.country
                if entry.category in ("metonym", "organisation") and entry.sector:
                    title.sector = title.sector or entry.sector
            i = match[1]
            continue
        if lower[i] in COUNTRY_COREF and i + 1 < stop and state.doc[i + 1].text in POSSESSIVE:
            title.country = title.country or state.country_before(i)
        if lower[i] == "former":
            title.former = True
        role = gaz.role_at(lower, i)
        if role is not None and i + len(role.words) <= stop:
            # English titles are head-final: the rightmost role word names the office
            # ("Foreign Ministry spokeswoman" is a spokeswoman).
            # A spokesperson or official speaks for the institution named before it
            # ("Pentagon spokesman" is MIL); higher offices carry their own sector.
            if role.rank < 3 or title.sector is None:
                title.sector = role.sector or title.sector
            title.role, title.rank = role.term, role.rank
            i += len(role.words)
            continue
        i += 1
    if title.role is None and title.country is None:
        return None
    return title


def _role_ending_at(state: _Doc, i: int) -> bool:
    lower, gaz = state.lower, state.gaz
    for n in range(1, gaz.max_role_len + 1):
        if i - n + 1 < 0:
            break
        if tuple(lower[i - n + 1 : i + 1]) in gaz.roles:
            return True
    return False


def _match_ending_at(state: _Doc, i: int) -> bool:
    for start in range(max(0, i - 4), i + 1):
        match = state.match_at.get(start)
        if match is not None and match[1] == i + 1 and match[2][0].category != "person":
            return True
    return False


# -- places, demonyms, institutions ------------------------------------------------------


def _resolve_match(state: _Doc, start: int, end: int, entry: Entry) -> None:
    doc = state.doc
    if entry.category in ("country", "capital", "demonym"):
        group = _group_noun(state, start, end)
        if group is not None:
            role, noun_end, shared = group
            name = doc[start:noun_end].text
            if shared:  # "Hungarian [and Romanian officials]": the noun is the last one's
                noun_end = end
            key = ("group", _code(entry.country, role.sector))
            if role.kind == "person":  # "the Estonian prime minister": see _resolve_role_mentions
                key = ("role", _code(entry.country, role.sector), role.term)
            state.add(
                key,
                name,
                "group",
                start,
                noun_end,
                country=entry.country,
                sector=role.sector,
                role=role.term,
                resolved_by="title",
            )
            return
        state.add(
            ("country", entry.country),
            entry.name,
            "country",
            start,
            end,
            country=entry.country,
            resolved_by="table",
        )
        return
    if entry.category == "organisation" and not entry.country:
        owner = _owner_before(state, start, end)
        if owner is not None:  # "Russia's Security Council", "the Iranian Security Council"
            state.add(
                ("group", _code(owner, "GOV"), doc[start:end].text.lower()),
                doc[start:end].text,
                "group",
                start,
                end,
                country=owner,
                sector="GOV",
                resolved_by="title",
            )
            return
    if entry.category == "organisation":
        group = _group_noun(state, start, end)
        if group is not None and group[0].kind == "group" and not group[2]:
            role, noun_end, _ = group  # "UN peacekeepers", "NATO troops"
            sector = role.sector
            if sector == "GOV" and entry.sector in STATELESS_SECTORS:
                sector = entry.sector  # "UN officials", "Red Cross officials": the body's staff,
                # of no government
            code = entry.code if sector == entry.sector else f"{entry.code}{sector}"
            actor = state.add(
                ("group", code),
                doc[start:noun_end].text,
                "group",
                start,
                noun_end,
                country=entry.country,
                sector=sector,
                role=role.term,
                resolved_by="title",
            )
            actor.fixed_code = code
            return
        state.add(
            ("org", entry.code),
            entry.name,
            "organisation",
            start,
            end,
            country=entry.country,
            sector=entry.sector,
            resolved_by="table",
        )
        return
    state.add(  # metonym or outlet
        (entry.category, entry.key),
        entry.name,
        "organisation",
        start,
        end,
        country=entry.country,
        sector=entry.sector,
        resolved_by="table",
    )


def _owner_before(state: _Doc, start: int, end: int) -> str | None:
    """The country whose own body the name of an international one names when a demonym or
    a country's possessive stands right before it ("Russia's Security Council", "the
    Iranian Security Council"); single words keep their body ("Chinese UN envoy")."""
    doc, i = state.doc, start - 1
    if end - start < 2:
        return None
    possessive = i >= 0 and doc[i].text in POSSESSIVE
    i -= possessive
    for _s, e, entries in state.match_at.values():
        category = entries[0].category
        if e == i + 1 and (category == "demonym" or (possessive and category == "country")):
            return entries[0].country
    return None


GROUP_FILLERS = (TITLE_FILLERS - {"the", "of", "for", "and"}) | {
    "new",
    "high",
    "supreme",
    "national",
    "local",
    "regional",
    "provincial",
    "peacekeeping",
    "armed",
    "security",
    "special",
    "elite",
    "rebel",
    "civilian",
    "federal",
    "central",
}
COORDINATORS = {"and", ",", "or", "&"}
PLACE_CATEGORIES = ("country", "capital", "demonym")


def _group_noun(state: _Doc, start: int, end: int) -> tuple[Role, int, bool] | None:
    """A group or role noun after a place word: "Ukrainian troops", "Kiev's forces".

    Returns the role, the token after the noun, and whether the place word shares the noun
    with a coordinated one ("Hungarian and Romanian officials": both are officials).
    """
    doc, gaz, lower = state.doc, state.gaz, state.lower
    i, shared = end, False
    for _ in range(3):  # "Lithuanian, Latvian and Estonian troops"
        if i + 1 < len(doc) and lower[i] in COORDINATORS:
            nxt = state.match_at.get(i + 1)
            if nxt is not None and nxt[2][0].category == "demonym":
                i, shared = nxt[1], True
                continue
        break
    if i < len(doc) and doc[i].text in POSSESSIVE:
        i += 1
    j = i
    while j < len(doc) and j - i < 3 and lower[j] in GROUP_FILLERS and not gaz.role_at(lower, j):
        j += 1
    for k in (i, j):
        if k < len(doc):
            role = gaz.role_at(lower, k)
            if role is not None:
                stop = k + len(role.words)
                if stop < len(doc) and doc[stop].ent_type_ == "PERSON":
                    return None  # a title: the person owns it
                return role, stop, shared
    return None


PLACE_NEUTRAL_SECTORS = {"MED", "BUS", "EDU", "NGO", "IGO"}
COLLECTIVES = {"groups", "group", "members", "leaders", "fighters", "units", "officials"}
ABROAD_ROLES = {"embassy", "consulate"}  # "the Russian embassy in London" is Russia's


def _resolve_roles_of_places(state: _Doc) -> None:
    """ "rebels in the Ivory Coast", "opposition groups in Zimbabwe", "president of Armenia"."""
    doc, gaz, lower = state.doc, state.gaz, state.lower
    n = len(doc)
    starts = gaz.role_starts  # role_at finds nothing at any other word
    for i in [i for i, word in enumerate(lower) if word in starts]:
        if i in state.consumed or lower[i] in TITLE_FILLERS:
            continue
        role = gaz.role_at(lower, i)
        if role is None:
            continue
        k = i + len(role.words)
        if k < n and lower[k] in COLLECTIVES:
            k += 1
        if k + 1 >= n or lower[k] not in ("in", "of", "from"):
            continue
        if lower[k] == "in" and (role.sector in PLACE_NEUTRAL_SECTORS or role.term in ABROAD_ROLES):
            continue  # "reporters in Ankara" are not Turkish media
        k += 1
        if k < n and lower[k] == "the":
            k += 1
        match = state.match_at.get(k)
        if match is None or match[2][0].category not in ("country", "capital"):
            continue
        entry = match[2][0]
        code = _code(entry.country, role.sector)
        key = ("role", code, role.term) if role.kind == "person" else ("group", code)
        state.add(
            key,
            doc[i : match[1]].text,
            "group",
            i,
            match[1],
            country=entry.country,
            sector=role.sector,
            role=role.term,
            resolved_by="title",
        )


def _resolve_role_mentions(state: _Doc) -> None:
    """ "the Estonian prime minister": a person role with a country and no name."""
    gaz = state.gaz
    for actor in list(state.actors.values()):
        if actor.kind != "group" or not actor.role:
            continue
        role = gaz.roles.get(tuple(actor.role.split()))
        if role is None or role.kind != "person":
            continue
        # A group actor built from a person role: turn it into that person if we can.
        holder = _known_holder(state, actor.country, actor.role) or (
            gaz.holder(actor.country, actor.role, state.day) if actor.country else None
        )
        del state.actors[actor.key]
        if holder is not None:
            key = ("person", holder)
            person = state.actors.get(key) or _Actor(
                key,
                holder,
                "person",
                country=actor.country,
                sector=role.sector,
                role=actor.role,
                resolved_by="table",
            )
            person.mentions.extend(actor.mentions)
            state.actors[key] = person
        else:
            actor.kind = "person"
            actor.key = ("role", actor.name.lower())
            state.actors[actor.key] = actor


def _known_holder(state: _Doc, country: str | None, role: str) -> str | None:
    for actor in state.actors.values():
        if actor.kind == "person" and actor.country == country and actor.role == role:
            return actor.name
    return None


# -- output ---------------------------------------------------------------------------------


def _repair_entities(doc: Doc, state: _Doc) -> None:
    """Give spaCy's entities the labels the tables know ("Kiev" is a place, not a person)."""
    labels = {"country": "GPE", "person": "PERSON", "organisation": "ORG", "group": "NORP"}
    fixed = []
    for actor in state.actors.values():
        label = labels[actor.kind]
        for start, end, _, _ in actor.mentions:
            if end - start == 0:
                continue
            ent = doc[start:end]
            if all(t.ent_type_ == label for t in ent) and ent[0].ent_iob_ == "B":
                continue
            fixed.append(SpacySpan(doc, start, end, label=label))
    if not fixed:
        return
    taken = {i for span in fixed for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    try:
        doc.ents = sorted(kept + fixed, key=lambda s: s.start)
    except ValueError:
        pass  # overlapping spans from two actors: keep spaCy's entities as they were


def _finish(doc: Doc, state: _Doc) -> tuple[list[Actor], list[ActorMention]]:
    text = text_of(doc)
    actors: list[Actor] = []
    mentions: list[ActorMention] = []
    ordered = sorted(state.actors.values(), key=lambda a: min(m[0] for m in a.mentions))
    for n, actor in enumerate(ordered, 1):
        actor_id = f"a{n}"
        spans = sorted(set(actor.mentions))
        actors.append(
            Actor(
                id=actor_id,
                code=actor.code,
                country=actor.country,
                sector=actor.sector,
                name=actor.name,
                kind=actor.kind,
                role=actor.role,
                resolved_by=actor.resolved_by,
                mentions=[Span.of(text, s, e) for _, _, s, e in spans],
            )
        )
        mentions.extend(ActorMention(ts, te, s, e, actor_id) for ts, te, s, e in spans)
    mentions.sort(key=lambda m: m.start)
    return actors, mentions
