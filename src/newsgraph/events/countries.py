"""Countries: which country (and sector) an actor stands for in an event.

A country-less official takes the country named nearest to their first mention; a group named
by its role alone keeps the country and sector it was given; a trigger with no target named may
take the first country in its own clause. `event_actor` writes a mention into an event.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph.events import lexis
from newsgraph.events.arguments import jointly_with
from newsgraph.events.state import DocState
from newsgraph.extensions import ActorMention
from newsgraph.model import EventActor, Span

VENUE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "OPP"})
# "X, who heads / leads / serves as … of Iran": a relative clause that gives a person's office
OFFICE_VERBS = lexis.word_set("countries", "office_verbs")
# nouns for the official of another state that one deals with
COUNTERPARTS = lexis.word_set("countries", "counterparts")
BACKING = lexis.word_set("countries", "backing")


def backer(st: DocState, m: ActorMention) -> bool:
    """ "Moscow-backed", "Iran-sponsored": the mention names who backs the actor."""
    doc = st.doc
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in BACKING


def clause_country(
    st: DocState,
    h: Token,
    sources: list[ActorMention],
    venues: bool = True,
    skip_countries=frozenset(),
) -> list[ActorMention]:
    """The first country (or capital) named in the trigger's own clause after the trigger:
    "lifted the curfew in Algiers", "will evacuate settlements in the Gaza Strip"; with
    `venues` False, not a place where it happened ("a meeting in Brussels"); never one of
    `skip_countries` (the sources' own)."""
    skip = {m.actor_id for m in sources}
    stack = [
        c
        for c in h.children
        if c.i > h.i and c.dep_ not in ("ccomp", "relcl", "advcl", "parataxis", "punct", "cc")
    ]
    found: list[tuple[int, ActorMention]] = []
    seen = 0
    while stack and seen < 40:
        t = stack.pop(0)
        seen += 1
        if t.dep_ == "prep" and jointly_with(t):
            continue  # "… together with Sweden": who acts along, not whom it is aimed at
        k = st.mention_at[t.i]
        if k >= 0 and _across_border(t):
            continue  # "near the border with Venezuela": where, not whom
        if k >= 0:
            m = st.mentions[k]
            actor = st.actors.get(m.actor_id)
            venue = t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS
            if (
                m.actor_id not in skip
                and actor is not None
                and actor.kind == "country"
                and actor.country not in skip_countries
            ):
                if venues or not venue:
                    found.append((t.i, m))
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "relcl", "parataxis"))
    return [min(found, key=lambda f: f[0])[1]] if found else []  # the first in the text


BORDER_NOUNS = lexis.word_set("countries", "border_nouns")


def _across_border(t: Token) -> bool:
    """ "the border with Venezuela", "Lebanon's border with Israel": the country named
    is one side of a border, a place."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("with", "of")
        and t.head.head.lemma_.lower() in BORDER_NOUNS
    )


def event_actor(st: DocState, m: ActorMention | None, sent=None) -> EventActor | None:
    """The actor of mention `m` as written into an event (code, country, sector, span)."""
    if m is None:
        return None
    a = st.actors.get(m.actor_id)
    span = Span(start=m.start_char, end=m.end_char, text=st.chars(m.start_char, m.end_char))
    if m.actor_id in st.groups:  # a group named by its role alone: no actor of the Reading
        _m, country, sector = st.groups[m.actor_id]
        code = (country or "") + (sector or "")  # "REB": rebels of no country named (CAMEO
        # practice); "the North": the state alone
        return EventActor(code=code, country=country, sector=sector, name=span.text, span=span)
    if a is None:
        return EventActor(actor_id=m.actor_id, span=span)
    country, code = a.country, a.code
    owner = bare_owner(st, a)
    if owner is not None:  # "Pakistan's Foreign Office … the Foreign Office": Pakistan's
        country = owner.country
        code = (owner.country + (a.sector or "")) if owner.kind == "country" else owner.code
    of_body = code is not None and code != (a.sector or "")  # "UN peacekeepers": UNMIL
    if (
        country is None
        and not of_body
        and (a.sector in STATE_SECTORS or (a.kind == "person" and a.sector is None))
    ):
        country = actor_country(st, a.id)
        if country is None and sent is not None and sent.start <= m.start < sent.end:
            country = country_near(st, m, sent, adjacent=a.sector is None)
        if country is not None:
            code = country + (a.sector or "")
    return EventActor(
        code=code, country=country, sector=a.sector, name=a.name, actor_id=a.id, span=span
    )


def bare_owner(st: DocState, a):
    """The owner of an institution the tables know by a bare name ("the Foreign Office" is
    the UK's, "the Commission" the EU's) when the article names that institution only as
    someone else's: "Pakistan's Foreign Office … the Foreign Office", "the African Union
    Commission … the Commission". One owner only, and never one the tables' own."""
    if a.id in st.owners:
        return st.owners[a.id]
    st.owners[a.id] = None
    if a.kind != "organisation" or a.resolved_by != "table":
        return None
    mine = [m for m in st.mentions if m.actor_id == a.id]
    name_words = set(a.name.lower().split())
    if not mine or any(
        name_words <= set(st.chars(m.start_char, m.end_char).lower().split()) for m in mine
    ):
        return None  # named in full somewhere: the tables' own institution
    doc = st.doc
    head = doc[mine[0].end - 1].lower_
    owners = set()
    for i in st.token_indices(head):
        t = doc[i]
        j = t.i - 1
        while j >= 0 and doc[j].lower_ != head and st.mention_at[j] == st.mention_at[t.i] >= 0:
            j -= 1  # back past the words of the institution's own mention
        if j >= 0 and doc[j].lower_ in ("'s", "’s"):
            j -= 1
        k = st.mention_at[j] if j >= 0 else -1
        other = st.actors.get(st.mentions[k].actor_id) if k >= 0 else None
        if other is None or other.id == a.id:
            continue
        if other.kind == "country" or (other.kind == "organisation" and other.code):
            owners.add(other.id)
    if len(owners) != 1:
        return None
    owner = st.actors[owners.pop()]
    if (owner.country or owner.code) in (a.country, a.code):
        return None
    st.owners[a.id] = owner
    return owner


def actor_country(st: DocState, actor_id: str) -> str | None:
    """The country of a country-less official, from the sentence that introduces them: the
    country named nearest to their first mention ("Foreign Ministry spokeswoman X said that
    China's …"), the same for every event of theirs."""
    if actor_id in st.actor_countries:
        return st.actor_countries[actor_id]
    first = next((m for m in st.mentions if m.actor_id == actor_id), None)
    actor = st.actors.get(actor_id)
    found = None
    if first is not None and first.start < len(st.doc):
        found = _appositive_country(st, first) or country_near(
            st, first, st.doc[first.start].sent, adjacent=actor.sector is None
        )
    if found is None and actor is not None and actor.kind == "person":
        found = _namesake_country(st, actor)
    if found is None and first is not None and actor is not None:
        if actor.kind == "person" and actor.sector in STATE_SECTORS:
            found = (
                _topic_country(st, first) or dateline_country(st) or main_country(st, dominant=True)
            )
    st.actor_countries[actor_id] = found
    return found


def _topic_country(st: DocState, m: ActorMention) -> str | None:
    """An official named with no country in their sentence ("Iran rejected the claims.
    Foreign Minister X said …", "Kenya's government condemned the attack. Interior minister
    X said …"): the country of the last state that acted as a subject in the two sentences
    before, if only one did."""
    sent = st.doc[m.start].sent
    lo = sent.start
    for _ in range(2):
        if lo == 0:
            break
        lo = st.doc[lo - 1].sent.start
    found: set[str] = set()
    for k in range(lo, sent.start):
        j = st.mention_at[k]
        if j < 0 or (k > lo and st.mention_at[k - 1] == j):
            continue
        cand = st.mentions[j]
        actor = st.actors.get(cand.actor_id)
        if actor is None or not actor.country or actor.kind not in ("country", "group"):
            continue
        last = st.doc[cand.end - 1]
        if last.dep_ == "poss" and last.head.dep_ in ("nsubj", "nsubjpass"):
            last = last.head  # "Kenya's government condemned …"
        while last.dep_ == "conj" and last.head.i < last.i:
            last = last.head  # "Chile and Peru traded …": both
        if last.dep_ == "nsubj" and last.head.dep_ == "ROOT" and not backer(st, cand):
            found.add(actor.country)
    return found.pop() if len(found) == 1 else None


def main_country(st: DocState, dominant: bool = False, any_kind: bool = False) -> str | None:
    """The country the article names most (by mentions), for groups and officials named without
    one; with `dominant`, only a country named at least twice as often as any other; with
    `any_kind`, counting the country of every actor ("Kenya's opposition", "Kenyan police"), for
    an article that names no country on its own."""
    if any_kind:
        if "any_kind" not in st.actor_countries:
            counts: dict[str, int] = {}
            for m in st.mentions:
                country = country_of(st, m)
                if country and not backer(st, m):
                    counts[country] = counts.get(country, 0) + 1
            st.actor_countries["any_kind"] = max(counts, key=counts.get) if counts else None
        return st.actor_countries["any_kind"]
    if dominant:
        main = main_country(st)
        return main if st.actor_countries.get("dominant") else None
    if "main" not in st.actor_countries:
        counts: dict[str, int] = {}
        for m in st.mentions:
            actor = st.actors.get(m.actor_id)
            if backer(st, m):
                continue  # "Iran-backed rebels" are not Iran's
            if actor is not None and actor.kind == "country" and actor.country:
                counts[actor.country] = counts.get(actor.country, 0) + 1
        st.actor_countries["main"] = max(counts, key=counts.get) if counts else None
        ranked = sorted(counts.values(), reverse=True) + [0, 0]
        st.actor_countries["dominant"] = "yes" if ranked[0] >= 2 * max(ranked[1], 1) else None
    return st.actor_countries["main"]


def _namesake_country(st: DocState, actor) -> str | None:
    """A person named again in part ("Kim Yo" after "Kim Yo Jong"): the country of the person
    of the article whose name holds all the words of this one (two at least), if only one
    country fits."""
    words = set((actor.name or "").split())
    if len(words) < 2:
        return None
    found = {
        other.country
        for other in st.actors.values()
        if other.kind == "person"
        and other.id != actor.id
        and other.country
        and words
        < set((other.name or "").replace("-", " ").split()) | set((other.name or "").split())
    }
    return found.pop() if len(found) == 1 else None


def _appositive_country(st: DocState, m: ActorMention) -> str | None:
    """ "X, the sister of leader Y," "X, an aide to the Iranian president,": the country of the
    first actor named in the apposition that introduces a person."""
    head = st.doc[m.end - 1]
    for c in head.children:
        if c.dep_ != "appos" and not (c.dep_ == "relcl" and c.lemma_ in OFFICE_VERBS):
            continue  # "X, an aide to …," "X, who is first deputy director of …," "X, who
            # heads Iran's nuclear agency,"
        for t in c.subtree:
            j = st.mention_at[t.i]
            if j < 0 or st.mentions[j].actor_id == m.actor_id:
                continue
            actor = st.actors.get(st.mentions[j].actor_id)
            if actor is not None and actor.country and not backer(st, st.mentions[j]):
                return actor.country
    return None


def country_near(
    st: DocState,
    m: ActorMention,
    sent,
    adjacent: bool = False,
    kinds=("country", "group"),
    strict: bool = False,
) -> str | None:
    """A country-less official ("President X") takes the country named nearest to it in
    the sentence ("Palestinian leader X", "President X … the Zambian people")."""
    best = None
    acted_on: set[str] = set()
    for k in range(sent.start, sent.end):
        j = st.mention_at[k]
        if j < 0 or (k > sent.start and st.mention_at[k - 1] == j):
            continue
        cand = st.mentions[j]
        actor = st.actors.get(cand.actor_id)
        if actor is None or actor.country is None or actor.kind not in kinds:
            continue
        last = st.doc[cand.end - 1]
        undergoer = (_in_undergoer(last) if strict else _undergoer(last)) or (
            last.dep_ == "poss" and last.head.dep_ == "dobj"  # "denounced Britain's policies"
        )
        if undergoer and _acted_on(last):
            acted_on.add(actor.country)
        if undergoer or backer(st, cand) or _other_party(last):
            continue  # "President X threatened action against Russia": not Russia's president
        if strict and actor.country in acted_on:
            continue  # "the minister accused Belarus …, saying Minsk …": Minsk is Belarus
        dist = abs(cand.start - m.start)
        if adjacent and dist > 10:
            continue  # people with no known office: only a country named close by
        if best is None or dist < best[0]:
            best = (dist, actor.country)
    return best[1] if best else None


# a dateline: a city in capitals opening a line ("ANKARA, March 4 (Wire) -", "TOKYO (AP) —")
DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*)(?=,| ?\(| [-—–])", re.M)
# seats of international bodies: a story filed there is not about the host state
HUBS = lexis.word_set("countries", "hubs")


def dateline_country(st: DocState) -> str | None:
    """The country whose capital the article's dateline names (the first lines only): where
    the story is filed from, for an office named alone ("WARSAW - The interior minister
    accused …": Poland's); none for a seat of international bodies (Brussels, Geneva …)."""
    if "dateline" not in st.actor_countries:
        found = None
        for match in DATELINE.finditer(st.text[:600]):
            city = match.group(1).lower()
            found = None if city in HUBS else _capital_country().get(city)
            break
        st.actor_countries["dateline"] = found
    return st.actor_countries["dateline"]


@cache
def _capital_country() -> dict[str, str]:
    from newsgraph.actors import tables

    return {c.lower(): country.iso3 for country in tables.countries() for c in country.capitals}


def _other_party(t: Token) -> bool:
    """A country that names whom an official deals with, not whom they serve: "told his
    Chinese counterpart", "met Venezuelan officials", "talks with Iran"."""
    head = t.head if t.dep_ in ("amod", "compound", "poss", "nmod") else t
    if head.lemma_.lower() in COUNTERPARTS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("with", "alongside", "beside")


UNDERGOER_PREPS = frozenset(
    {"against", "on", "at", "into", "to", "for", "with", "toward", "towards"}
)


def _acted_on(t: Token) -> bool:
    """A word inside the object of an act or of "against/on/at X": the party acted on
    ("accused Belarus of …", "sanctions on Iran"), not one dealt with ("allied with X")."""
    for _ in range(4):
        if t.dep_ not in ("amod", "compound", "poss", "nmod"):
            break
        t = t.head
    if t.dep_ in ("dobj", "dative"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "at", "into")


def _in_undergoer(t: Token) -> bool:
    """A word inside a noun phrase that is what an act is done to ("a Saudi oil depot")."""
    for _ in range(4):
        if t.dep_ not in ("amod", "compound", "poss", "nmod"):
            break
        t = t.head
    return _undergoer(t)


def _undergoer(t: Token) -> bool:
    """A noun that is what an act is done to or for: an object, or "against/on/at/into X",
    "funding for X", "talks with X"."""
    if t.dep_ in ("dobj", "dative", "nsubjpass"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in UNDERGOER_PREPS


def is_city(st: DocState, m: ActorMention) -> bool:
    """A mention that is a capital city standing for its country ("Minsk", "Geneva")."""
    return st.chars(m.start_char, m.end_char).lower() in _capitals()


@cache
def _capitals() -> frozenset[str]:
    from newsgraph.actors import tables

    return frozenset(c.lower() for country in tables.countries() for c in country.capitals)


def is_demonym(text: str) -> bool:
    """ "Algerians", "Ethnic Albanians": people, not the country itself."""
    return text.lower().split()[-1] in _demonyms()


@cache
def _demonyms() -> frozenset[str]:
    from newsgraph.actors import tables

    return frozenset(d.lower() for c in tables.countries() for d in c.demonyms)


def country_of(st: DocState, m: ActorMention) -> str | None:
    """The country of a mention's actor (or group), if known."""
    if m.actor_id in st.groups:
        return st.groups[m.actor_id][1]
    actor = st.actors.get(m.actor_id)
    return actor.country if actor is not None else None


def sector_of(st: DocState, m: ActorMention) -> str | None:
    """The sector of a mention's actor (or group), if known ("LAB" for dock workers)."""
    if m.actor_id in st.groups:
        return st.groups[m.actor_id][2]
    actor = st.actors.get(m.actor_id)
    return actor.sector if actor is not None else None


def distinct_parties(st: DocState, mentions: list[ActorMention]) -> list[ActorMention]:
    """One mention per party: "China's military" names China and its military; the military
    (with a sector) stands for both."""
    if len(mentions) < 2:
        return mentions
    best: dict[str, ActorMention] = {}
    order: list[str] = []
    for m in mentions:
        country = country_of(st, m)
        key = country or m.actor_id
        if key not in best:
            best[key] = m
            order.append(key)
        elif sector_of(st, m) and not sector_of(st, best[key]):
            best[key] = m
    kept = {id(best[k]) for k in order}
    return [m for m in mentions if id(m) in kept]
