"""Participants: which actors a noun phrase names, and how an actor is written into an event.

A noun phrase names the actor whose mention covers its head, else the nearest modifier that is
one ("Russian troops", "its EU partners"), else an apposition or a "by/of/from" phrase;
coordinated heads each add theirs ("Hungarian and Romanian officials"). Pronouns and clauses
without a subject take the subject of the governing clause. A country-less official takes the
country named nearest in the sentence.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph.events.arguments import SUBJ_DEPS
from newsgraph.events.state import DocState
from newsgraph.extensions import ActorMention
from newsgraph.model import EventActor, Span

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "OPP"})
NP_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod"})
MOD_ORDER = {"compound": 0, "amod": 1, "nmod": 2, "flat": 3, "npadvmod": 4, "poss": 5}
RELATIVE = frozenset({"who", "which", "that", "whom"})
ROLE_KIN = {  # role words that name the same office
    "spokesperson": ("spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman"),
}
VENUE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
VENUE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# a group named by its role alone takes the country of any actor named near it
GROUP_COUNTRY_KINDS = ("country", "group", "person", "organisation")
PAIR_NOUNS = {
    "leader": "person",
    "president": "person",
    "man": "person",
    "minister": "person",
    "side": None,
    "country": None,
    "nation": None,
    "government": None,
    "state": None,
    "party": None,
    "capital": None,
}


def np_actors(
    st: DocState, head: Token, depth: int = 0, subject: bool = False
) -> list[ActorMention]:
    """The actors the noun phrase headed by `head` names, in order."""
    if head.lower_ in RELATIVE and head.dep_ in SUBJ_DEPS | {"nsubjpass"}:
        rel = head.head
        if rel.dep_ in ("relcl", "acl"):
            return np_actors(st, rel.head, depth + 1)
    out: list[ActorMention] = []
    for c in head.children:  # "states such as Lithuania and Estonia"
        if c.dep_ == "prep" and (
            c.lower_ == "including"
            or (
                c.lower_ == "as"
                and any(g.lower_ == "such" for g in head.children)
                or any(g.lower_ == "such" for g in c.children)
            )
        ):
            for g in c.children:
                if g.dep_ == "pobj":
                    out = np_actors(st, g, depth + 1)
            if out:
                return out
    heads = [head]
    k = 0
    while k < len(heads) and len(heads) < 12:
        heads.extend(c for c in heads[k].children if c.dep_ == "conj")
        k += 1
    seen: set[str] = set()
    for h in heads:
        found = _mentions_at(st, h, depth, subject) or group_mention(st, h)
        for m in found or role_person(st, h):
            if m.actor_id not in seen:
                seen.add(m.actor_id)
                out.append(m)
    return out


def role_person(st: DocState, h: Token) -> list[ActorMention]:
    """ "the spokesperson", "the minister": the person with that role named last before, else
    the last person named before with any role."""
    if h.pos_ != "NOUN" or not any(c.lower_ in ("the", "this") for c in h.children):
        return []
    role = _person_roles().get(h.lower_)
    if role is None:
        return []
    fallback = None
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or actor.kind != "person" or not actor.role:
            continue
        if actor.role == h.lower_ or actor.role in ROLE_KIN.get(h.lower_, ()):
            return [m]
        fallback = fallback or m
    return [fallback] if fallback is not None else []


def role_words() -> set[str]:
    """The last words of group and person role terms ("protesters", "guard", "minister")."""
    return {term[-1] for term in _group_roles()} | set(_person_roles())


def is_role_noun(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.lower_ in _person_roles()


@cache
def _person_roles() -> dict:
    from newsgraph.actors import tables

    return {r.term: r for r in tables.roles() if r.kind == "person" and " " not in r.term}


def group_mention(st: DocState, h: Token) -> list[ActorMention]:
    """A group named by its role noun alone ("the junta", "protesters", "rebels"): the group of
    that sector the article named before ("the Sudanese army … the army"), else a group with
    the role's sector and the article's main country (the country it names most), else the
    country named nearest in the sentence."""
    role = group_role(h)
    if role is None or any(c.lower_ in ("two", "both") for c in h.children):
        return []
    earlier = _earlier_group(st, h, role.sector)
    if earlier is not None:
        return [earlier]
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        country = _main_country(st) or country_near(
            st, mention, h.sent, kinds=GROUP_COUNTRY_KINDS, strict=True
        )
        st.groups[key] = (mention, country, role.sector)
    return [st.groups[key][0]]


def ethnic_group(st: DocState, h: Token, m: ActorMention) -> list[ActorMention]:
    """ "ethnic Albanians demonstrated in Serbia": an ethnic group is coded with the country it
    lives in (the nearest other country named, else the article's), not its kin state."""
    key = f"group:{h.i}"
    if key not in st.groups:
        own = country_of(st, m)
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        country = None
        for k in range(h.sent.start, h.sent.end):
            j = st.mention_at[k]
            actor = st.actors.get(st.mentions[j].actor_id) if j >= 0 else None
            if actor is not None and actor.kind == "country" and actor.country != own:
                country = actor.country
                break
        main = _main_country(st)
        st.groups[key] = (mention, country or (main if main != own else None), "CVL")
    return [st.groups[key][0]]


def _earlier_group(st: DocState, h: Token, sector: str) -> ActorMention | None:
    """ "the army" after "the Sudanese army": the last group of that sector named before."""
    if not any(c.lower_ in ("the", "its", "their") for c in h.children):
        return None
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is not None and actor.kind == "group" and actor.sector == sector:
            return m
    return None


def group_role(h: Token):
    if h.pos_ not in ("NOUN", "PROPN") or h.dep_ in ("compound", "amod", "poss"):
        return None
    table = _group_roles()
    first = h.left_edge.i if h.left_edge.i < h.i else h.i
    doc = h.doc
    for start in range(max(first, h.i - 2), h.i + 1):
        role = table.get(tuple(t.lower_ for t in doc[start : h.i + 1]))
        if role is not None:
            return role
    return None


@cache
def _group_roles() -> dict:
    from newsgraph.actors import tables

    return {tuple(r.term.split()): r for r in tables.roles() if r.kind == "group"}


def _main_country(st: DocState) -> str | None:
    """The country the article names most (by mentions), for groups named without one."""
    if "main" not in st.actor_countries:
        counts: dict[str, int] = {}
        for m in st.mentions:
            actor = st.actors.get(m.actor_id)
            if _backer(st, m):
                continue  # "Iran-backed rebels" are not Iran's
            if actor is not None and actor.kind == "country" and actor.country:
                counts[actor.country] = counts.get(actor.country, 0) + 1
        st.actor_countries["main"] = max(counts, key=counts.get) if counts else None
    return st.actor_countries["main"]


def _mentions_at(st: DocState, h: Token, depth: int, subject: bool = False) -> list[ActorMention]:
    k = st.mention_at[h.i]
    if k >= 0 and any(c.lower_ == "ethnic" for c in h.children):
        return ethnic_group(st, h, st.mentions[k])  # "ethnic Albanians in Serbia"
    if k >= 0:
        actor = st.actors.get(st.mentions[k].actor_id)
        if actor is not None and actor.code is None and actor.country is None:
            org = _org_modifier(st, h)  # "U.N. mediator Diego Cordovez"
            if org is not None:
                return [org]
        return _with_coordinates(st, k)
    for c in h.children:  # "his French counterpart Emmanuel Macron": the name decides
        if c.dep_ == "appos" and st.mention_at[c.i] >= 0:
            return [st.mentions[st.mention_at[c.i]]]
    found = _modifier_mentions(st, h)
    if found or depth > 3:
        return found
    for c in h.children:
        if c.dep_ == "appos":
            found = np_actors(st, c, depth + 1, subject)
            if found:
                return found
    preps = ("by", "of", "from", "in", "throughout") if subject else ("by", "of", "from", "for")
    for prep in preps:
        if prep == "of" and h.lemma_.lower() in st.p.topic_nouns:
            continue  # "the fate of Palestinian offices" names no party
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = np_actors(st, g, depth + 1, subject)
                        if found:
                            return found
    return found


def _modifier_mentions(st: DocState, h: Token) -> list[ActorMention]:
    """Nearest modifiers first, pronouns last ("its EU partners": the EU); once one is found
    only its coordinates join it ("Hungarian and Romanian officials")."""
    found: list[ActorMention] = []
    stack = sorted(
        (c for c in h.children if c.dep_ in NP_MOD_DEPS),
        key=lambda c: (c.pos_ == "PRON", MOD_ORDER.get(c.dep_, 9)),
    )
    coordinated: set[int] = set()
    while stack:
        t = stack.pop(0)
        if found and t.i not in coordinated:
            continue
        k = st.mention_at[t.i]
        if k >= 0 and _backer(st, st.mentions[k]):
            continue  # "Moscow-backed leaders" are not Moscow
        if k >= 0:
            if st.mentions[k] not in found:
                found.append(st.mentions[k])
            for c in t.children:
                if c.dep_ == "conj":
                    coordinated.add(c.i)
                    stack.insert(0, c)
            continue
        for c in t.children:
            if c.dep_ == "conj":
                coordinated.add(c.i)
                stack.insert(0, c)
            elif c.dep_ in NP_MOD_DEPS:
                stack.append(c)
    return found


BACKING = frozenset({"backed", "sponsored", "supported", "funded", "installed", "appointed"})


def _backer(st: DocState, m: ActorMention) -> bool:
    """ "Moscow-backed", "Iran-sponsored": the mention names who backs the actor."""
    doc = st.doc
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in BACKING


def _with_coordinates(st: DocState, k: int) -> list[ActorMention]:
    """The mention k and those coordinated with a word inside it: "Hungarian and
    [Romanian officials]" → both."""
    m = st.mentions[k]
    out = [m]
    doc = st.doc
    for i in range(m.start, min(m.end, len(doc))):
        t = doc[i]
        links = [c for c in t.children if c.dep_ == "conj"]
        if t.dep_ == "conj":
            links.append(t.head)
        for other in links:
            j = st.mention_at[other.i]
            if j >= 0 and j != k and st.mentions[j] not in out:
                out.append(st.mentions[j])
    return sorted(out, key=lambda x: x.start)


def _org_modifier(st: DocState, h: Token) -> ActorMention | None:
    stack = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    while stack:
        t = stack.pop(0)
        k = st.mention_at[t.i]
        if k >= 0 and st.mentions[k] is not None:
            actor = st.actors.get(st.mentions[k].actor_id)
            if actor is not None and actor.kind == "organisation" and actor.code:
                return st.mentions[k]
        stack.extend(c for c in t.children if c.dep_ in ("compound", "amod", "nmod"))
    return None


def pair(st: DocState, prep: Token) -> list[ActorMention]:
    """The two parties of "between X and Y" (or "between the two leaders": the last two named)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return []
    found = np_actors(st, pobj)
    if len(found) >= 2:
        return found[:2]
    return two_named(st, pobj, prep.i) or found


def two_named(st: DocState, np: Token, before: int, exclude=()) -> list[ActorMention]:
    """ "the two sides", "both leaders", "the two ministers": the last two parties of that kind
    named before token `before`, in the order the article introduced them."""
    kind = PAIR_NOUNS.get(np.lemma_.lower(), "none")
    if kind == "none" or not any(c.lower_ in ("two", "both") for c in np.children):
        return []
    recent: list[ActorMention] = []
    ids: set[str] = set()
    for m in reversed(st.mentions):
        if m.start >= before or m.actor_id in ids or m.actor_id in exclude:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or (kind == "person" and actor.kind != "person"):
            continue
        if kind is None and actor.country is None:
            continue
        last = st.doc[m.end - 1]
        if last.dep_ == "pobj" and last.head.lower_ in VENUE_PREPS:
            continue  # "… met in Brussels": a venue, not a side
        ids.add(m.actor_id)
        recent.append(m)
        if len(recent) == 2:
            break
    if len(recent) < 2:
        return []
    recent.sort(key=lambda m: st.first_seen.get(m.actor_id, m.start))
    return recent


def antecedent(st: DocState, h: Token) -> list[ActorMention]:
    """For "X said he would …": the subject of the nearest governing clause."""
    t = h
    for _ in range(4):
        if t.head is t:
            return []
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            found = np_actors(st, subj, subject=True)
            if found or subj.pos_ != "PRON":
                return found
    return []


def clause_country(
    st: DocState, h: Token, sources: list[ActorMention], venues: bool = True
) -> list[ActorMention]:
    """The first country (or capital) named in the trigger's own clause after the trigger:
    "lifted the curfew in Algiers", "will evacuate settlements in the Gaza Strip"; with
    `venues` False, not a place where it happened ("a meeting in Brussels")."""
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
        k = st.mention_at[t.i]
        if k >= 0:
            m = st.mentions[k]
            actor = st.actors.get(m.actor_id)
            venue = t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS
            if m.actor_id not in skip and actor is not None and actor.kind == "country":
                if venues or not venue:
                    found.append((t.i, m))
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "relcl", "parataxis"))
    return [min(found, key=lambda f: f[0])[1]] if found else []  # the first in the text


def event_actor(st: DocState, m: ActorMention | None, sent=None) -> EventActor | None:
    """The actor of mention `m` as written into an event (code, country, sector, span)."""
    if m is None:
        return None
    a = st.actors.get(m.actor_id)
    span = Span(start=m.start_char, end=m.end_char, text=st.chars(m.start_char, m.end_char))
    if m.actor_id in st.groups:  # a group named by its role alone: no actor of the Reading
        _m, country, sector = st.groups[m.actor_id]
        code = (country or "") + sector  # "REB": rebels of no country named (CAMEO practice)
        return EventActor(code=code, country=country, sector=sector, name=span.text, span=span)
    if a is None:
        return EventActor(actor_id=m.actor_id, span=span)
    country, code = a.country, a.code
    if country is None and (a.sector in STATE_SECTORS or (a.kind == "person" and a.sector is None)):
        country = actor_country(st, a.id)
        if country is None and sent is not None and sent.start <= m.start < sent.end:
            country = country_near(st, m, sent, adjacent=a.sector is None)
        if country is not None:
            code = country + (a.sector or "")
    return EventActor(
        code=code, country=country, sector=a.sector, name=a.name, actor_id=a.id, span=span
    )


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
        found = country_near(st, first, st.doc[first.start].sent, adjacent=actor.sector is None)
    st.actor_countries[actor_id] = found
    return found


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
    for k in range(sent.start, sent.end):
        j = st.mention_at[k]
        if j < 0 or (k > sent.start and st.mention_at[k - 1] == j):
            continue
        cand = st.mentions[j]
        actor = st.actors.get(cand.actor_id)
        if actor is None or actor.country is None or actor.kind not in kinds:
            continue
        last = st.doc[cand.end - 1]
        if (_in_undergoer(last) if strict else _undergoer(last)) or _backer(st, cand):
            continue  # "President X threatened action against Russia": not Russia's president
        dist = abs(cand.start - m.start)
        if adjacent and dist > 10:
            continue  # people with no known office: only a country named close by
        if best is None or dist < best[0]:
            best = (dist, actor.country)
    return best[1] if best else None


def _in_undergoer(t: Token) -> bool:
    """A word inside a noun phrase that is what an act is done to ("a Saudi oil depot")."""
    for _ in range(4):
        if t.dep_ not in ("amod", "compound", "poss", "nmod"):
            break
        t = t.head
    return _undergoer(t)


def _undergoer(t: Token) -> bool:
    """A noun that is what an act is done to: an object, or "against/on/at/into X"."""
    if t.dep_ in ("dobj", "dative", "nsubjpass"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "at", "into", "to")


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


def speaker_mention(st: DocState, stmt) -> ActorMention | None:
    """The mention of the statement's speaker inside its speaker span (else the first one)."""
    aid = stmt.speaker.actor_id
    span = stmt.speaker.span
    best = None
    for m in st.mentions:
        if m.actor_id != aid:
            continue
        if span is not None and m.start_char >= span.start and m.end_char <= span.end:
            return m
        best = best or m
    return best


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def pronoun_person(st: DocState, pron: Token) -> list[ActorMention]:
    """ "he", "she": the nearest person named before, other than the speaker of the quote the
    pronoun stands in ("He promised …," X noted: not X); "it": the last country, organisation
    or group that was a subject before ("China … It has rejected …")."""
    if pron.lower_ == "it":
        return _last_subject(st, pron, ("country", "organisation", "group"))
    if pron.lower_ not in PERSON_PRONOUNS:
        return []
    speaker = None
    for _start, _end, stmt in st.statements:
        quote = stmt.quote
        if quote is not None and quote.start <= pron.idx < quote.end:
            speaker = stmt.speaker.actor_id
            break
    for m in reversed(st.mentions):
        if m.start >= pron.i or m.actor_id == speaker:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person":
            return [m]
    return []


def _last_subject(st: DocState, pron: Token, kinds) -> list[ActorMention]:
    doc = st.doc
    for m in reversed(st.mentions):
        if m.start >= pron.i or pron.i - m.start > 120:
            continue
        actor = st.actors.get(m.actor_id)
        last = doc[m.end - 1]
        if actor is not None and actor.kind in kinds and last.dep_ in ("nsubj", "nsubjpass"):
            return [m]
    return []


def quote_speaker(st: DocState, pron: Token) -> list[ActorMention]:
    """ "We made a strong protest," X said: "we" and "I" in a quote are its speaker."""
    if pron.lower_ not in ("we", "i"):
        return []
    for _start, _end, stmt in st.statements:
        quote = stmt.quote
        if quote is not None and quote.start <= pron.idx < quote.end and stmt.speaker.actor_id:
            mention = speaker_mention(st, stmt)
            return [mention] if mention is not None else []
    return []


def in_quote(st: DocState, tok: Token) -> bool:
    """Whether `tok` stands inside quotation marks of a statement."""
    return any(
        s.quote is not None and s.quote.start <= tok.idx < s.quote.end
        for _a, _b, s in st.statements
    )


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
        elif _sector_of(st, m) and not _sector_of(st, best[key]):
            best[key] = m
    kept = {id(best[k]) for k in order}
    return [m for m in mentions if id(m) in kept]


def _sector_of(st: DocState, m: ActorMention) -> str | None:
    if m.actor_id in st.groups:
        return st.groups[m.actor_id][2]
    actor = st.actors.get(m.actor_id)
    return actor.sector if actor is not None else None
