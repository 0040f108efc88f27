"""Participants: which actors a noun phrase names, and how an actor is written into an event.

A noun phrase names the actor whose mention covers its head, else the nearest modifier that is
one ("Russian troops", "its EU partners"), else an apposition or a "by/of/from" phrase;
coordinated heads each add theirs ("Hungarian and Romanian officials"). Pronouns and clauses
without a subject take the subject of the governing clause. Which country an actor stands
for is in `countries`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph.events import countries, lexis
from newsgraph.events.arguments import SUBJ_DEPS, dateline_place
from newsgraph.events.state import DocState
from newsgraph.extensions import ActorMention

NP_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod"})
MOD_ORDER = {"compound": 0, "amod": 1, "nmod": 2, "flat": 3, "npadvmod": 4, "poss": 5}
RELATIVE = frozenset({"who", "which", "that", "whom"})
ROLE_KIN = lexis.word_map("participants", "role_kin")
# a group named by its role alone takes the country of any actor named near it
GROUP_COUNTRY_KINDS = ("country", "group", "person", "organisation")
# verbs whose subject receives the act named by their object ("drew criticism from X")
RECEIVING_VERBS = lexis.word_set("participants", "receiving_verbs")
# a group so described belongs to no one country ("an international court", "foreign troops")
STATELESS = lexis.word_set("participants", "stateless")
# nouns of a state body that issues statements ("the Ministry of Foreign Affairs of Ghana")
STATE_NOUNS = lexis.word_set("participants", "state_nouns")
PAIR_NOUNS = lexis.word_map("participants", "pair_nouns")
# sectors of bodies that a role noun alone may point back to ("the militants", "the rebels")
ARMED_SECTORS = frozenset({"REB", "INS"})
# nouns that point back to the international body named before ("the bloc")
BODY_NOUNS = lexis.word_set("participants", "body_nouns")
# nouns that point back to the movement, party or armed group named before ("the group")
MOVEMENT_NOUNS = lexis.word_set("participants", "movement_nouns")
NOT_MOVEMENTS = frozenset({"IGO", "MED", "GOV"})  # "the group" is no state nor outlet
GOVERNMENT_NOUNS = lexis.word_set("participants", "government_nouns")
PARTY_NOUNS = lexis.word_set("participants", "party_nouns")
# how many parties "the two sides", "the three juntas", "all four countries" point back to
GROUP_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


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
        heads.extend(listed(st, heads[k]))
        k += 1
    seen: set[str] = set()
    for h in heads:
        found = _mentions_at(st, h, depth, subject)
        if found and st.mention_at[h.i] < 0:
            found = _body_of(st, h, found)  # "the Government of Ghana": Ghana's government
        found = found or group_mention(st, h) or half_of_pair(st, h) or _earlier_body(st, h)
        for m in found or role_person(st, h):
            if m.actor_id not in seen:
                seen.add(m.actor_id)
                out.append(m)
    return out


def _earlier_body(st: DocState, h: Token) -> list[ActorMention]:
    """ "the bloc", "the alliance", "the organisation": the international body named last
    before, within the three sentences before; "the group", "the movement": the movement,
    party or armed group so named ("Hamas said …; the group accused …")."""
    movement = h.lower_ in MOVEMENT_NOUNS
    if h.pos_ != "NOUN" or not (h.lower_ in BODY_NOUNS or movement):
        return []
    if not any(c.lower_ == "the" for c in h.children) or any(
        c.dep_ in ("amod", "compound") or (movement and _of_members(c)) for c in h.children
    ):
        return []  # "the Western alliance", "the trade union", "the group of seven":
        # described, not pointed back to
    first_sent = _sentences_back(h, 3)
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        if m.start < first_sent:
            break
        actor = st.actors.get(m.actor_id)
        if actor is None or actor.kind != "organisation":
            continue
        if movement and actor.sector not in NOT_MOVEMENTS and not _press(actor):
            return [m]
        if not movement and actor.sector == "IGO":
            return [m]
    return []


def _of_members(c: Token) -> bool:
    """ "the group of seven", "the group of protesters": who the group is made of (not
    "accused the group of violating …")."""
    return c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)


def _press(actor) -> bool:
    """An outlet or news agency (sector MED, or no sector and a code ending in MED)."""
    return actor.sector == "MED" or (actor.code or "").endswith("MED")


def _sentences_back(t: Token, n: int) -> int:
    """The first token of the sentence `n` sentences before the one of `t`."""
    first = t.sent.start
    for _ in range(n):
        if first == 0:
            break
        first = t.doc[first - 1].sent.start
    return first


def half_of_pair(st: DocState, h: Token) -> list[ActorMention]:
    """ "the North", "the South" in an article that names one of two states so named ("Seoul
    said the North had fired …"): that half of the pair."""
    if h.pos_ != "PROPN" or h.text not in ("North", "South"):
        return []
    if (
        not any(c.lower_ == "the" for c in h.children)
        or h.i + 1 < len(h.doc)
        and (h.doc[h.i + 1].pos_ == "PROPN")
    ):
        return []  # "the North Atlantic …", "the South China Sea"
    halves = _paired_states()
    for m in reversed(st.mentions):
        country = countries.country_of(st, m) if m.start < h.i else None
        pair = next((p for p in halves.values() if country in p.values()), None)
        if pair is not None:
            key = f"group:{h.i}"
            if key not in st.groups:
                mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
                st.groups[key] = (mention, pair[h.lower_], None)
            return [st.groups[key][0]]
    return []


@cache
def _paired_states() -> dict[str, dict[str, str]]:
    """States named as the north and south halves of one name ("Korea": PRK and KOR)."""
    from newsgraph.actors import tables

    halves: dict[str, dict[str, str]] = {}
    for c in tables.countries():
        first, _, rest = c.name.partition(" ")
        if first in ("North", "South") and rest:
            halves.setdefault(rest, {})[first.lower()] = c.iso3
    return {k: v for k, v in halves.items() if len(v) == 2}


def listed(st: DocState, h: Token) -> list[Token]:
    """The heads listed with `h`: its conjuncts, a name the parser hung on a name as an
    apposition ("Mali, Burkina Faso and Niger"), and partners joined by "along with",
    "together with" or "alongside" ("Egypt, along with Qatar, urged …")."""
    out = []
    named = st.mention_at[h.i] >= 0
    for c in h.children:
        if c.dep_ == "conj" or (c.dep_ == "appos" and named and _same_kind(st, h, c)):
            out.append(c)
        elif c.dep_ == "prep" and c.i > h.i:
            word = c.lower_
            if word == "with":
                before = c.doc[c.i - 1].lower_
                if before not in ("along", "together") and not any(
                    g.lower_ in ("along", "together") for g in c.children
                ):
                    continue
            elif word == "along":
                c = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"), c)
            elif word != "alongside":
                continue
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _same_kind(st: DocState, h: Token, c: Token) -> bool:
    """Both name a country, or both an organisation: a list, not a description."""
    k = st.mention_at[c.i]
    if k < 0:
        return False
    a = st.actors.get(st.mentions[st.mention_at[h.i]].actor_id)
    b = st.actors.get(st.mentions[k].actor_id)
    return (
        a is not None
        and b is not None
        and a.kind == b.kind
        and a.kind in ("country", "organisation")
    )


def role_person(st: DocState, h: Token) -> list[ActorMention]:
    """ "the spokesperson", "the minister": the person with that role named last before, else
    the last person named before with any role."""
    if h.pos_ != "NOUN":
        return []
    role = _person_roles().get(h.lower_)
    if role is None:
        return []
    if not any(c.lower_ in ("the", "this") for c in h.children):
        return _owned_office(st, h, role.sector)  # "its foreign ministry spokeswoman"
    fallback = None
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or actor.kind != "person" or not actor.role:
            continue
        if actor.role.split()[-1] == h.lower_ or actor.role in ROLE_KIN.get(h.lower_, ()):
            return [m]  # ("Foreign Minister X … the minister")
        fallback = fallback or m
    if fallback is not None and not _other_office(st.actors[fallback.actor_id].role, role):
        return [fallback]
    return _office(st, h, role.sector)


def _other_office(held: str, role) -> bool:
    """Is office `held` another office than the role noun `role` names? A word of a lower
    rank may name a higher office ("Foreign Minister X … the diplomat", "President X … the
    official", "reporter X … the journalist"), but no office names one above it or of
    another sector ("Sweden's ambassador … the foreign minister", "Senator X … the aide")."""
    known = _all_roles().get(held)
    if known is None or known.rank < role.rank:
        return False
    return known.rank > role.rank or known.sector != role.sector


def _leads_government(held: str | None) -> bool:
    """A head of state or government or a minister (not an envoy or an official), or a
    person of no known role."""
    known = _all_roles().get(held) if held else None
    return known is None or known.rank <= 2


@cache
def _all_roles() -> dict:
    from newsgraph.actors import tables

    return {r.term: r for r in tables.roles() if r.kind == "person"}


def _owned_office(st: DocState, h: Token, sector: str | None) -> list[ActorMention]:
    """ "its foreign ministry spokeswoman", "their defence minister": the office of the state
    the possessive points to (`_owner`)."""
    whose = _owner(st, h)
    country = countries.country_of(st, whose) if whose is not None else None
    if country is None or sector is None:
        return []
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        st.groups[key] = (mention, country, sector)
    return [st.groups[key][0]]


def _office(st: DocState, h: Token, sector: str | None) -> list[ActorMention]:
    """ "the foreign minister said", "the president accused …" with no person named before:
    the office of the country named nearest in the sentence (not one acted on: "the minister
    accused Israel, Turkish media reported": Turkey), else of the country the article is
    about (`countries.main_country`), with the office's sector."""
    if sector is None:
        return []
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        country = (
            countries.country_near(st, mention, h.sent, kinds=GROUP_COUNTRY_KINDS, strict=True)
            or countries.dateline_country(st)
            or countries.main_country(st, dominant=True)
        )
        if country is None:
            return []
        st.groups[key] = (mention, country, sector)
    return [st.groups[key][0]]


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
    if role.sector in ("MIL", "REB", "INS", "UAF") and _named_force(st, h):
        return _armed_group(st, h)
    whose = _owner(st, h)
    if whose is not None and st.actors.get(whose.actor_id) is not None:
        if st.actors[whose.actor_id].kind in ("organisation", "group"):
            return [whose]  # "Hamas said its fighters …": Hamas
    actor = countries.event_actor(st, whose) if whose is not None else None
    owner = actor.country if actor is not None else None
    the = any(c.lower_ == "the" for c in h.children)
    if owner is None and the:  # "the Government of Ghana … The Government also urges"
        owner = _named_with(st, h)
    earlier = _earlier_group(st, h, role.sector) if owner is None else None
    if earlier is not None:
        return [earlier]
    if owner is None and the:
        owner = _named_with(st, h, officials=True)  # "Iraq's prime minister … the government"
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        if any(c.lower_ in STATELESS for c in h.children):
            country = None  # "an international court", "foreign troops": not the article's
        else:
            placed = role.sector != "MIL"  # troops are not of where they fight
            country = (
                owner
                or (placed and (_place_country(st, h) or _place_near(st, h)))
                or (role.sector in countries.STATE_SECTORS and _speakers_country(st, h, role))
                or _coordinated_country(st, h)
                or _unless_addressed(st, h, countries.main_country(st))
                or _unless_addressed(
                    st,
                    h,
                    countries.country_near(
                        st, mention, h.sent, kinds=GROUP_COUNTRY_KINDS, strict=True
                    ),
                )
            )
        st.groups[key] = (mention, country, role.sector)
    return [st.groups[key][0]]


def _named_force(st: DocState, h: Token) -> bool:
    """ "the National Liberation Army", "the Arakan Army": a force with a proper name of its
    own that the tables do not know is an armed group, not the state's army ("the army")."""
    if h.pos_ != "PROPN" or not h.text[:1].isupper() or st.mention_at[h.i] >= 0:
        return False
    names = [
        c
        for c in h.children
        if c.dep_ in ("compound", "amod") and c.i < h.i and c.text[:1].isupper()
    ]
    return bool(names) and all(
        st.mention_at[c.i] < 0 and not countries.is_demonym(c.text) for c in names
    )


def _armed_group(st: DocState, h: Token) -> list[ActorMention]:
    """A named armed group: an REB group of the country the article is about."""
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        country = (
            _place_country(st, h)
            or countries.main_country(st)
            or countries.country_near(st, mention, h.sent, kinds=GROUP_COUNTRY_KINDS, strict=True)
        )
        st.groups[key] = (mention, country, "REB")
    return [st.groups[key][0]]


def _unless_addressed(st: DocState, h: Token, country: str | None) -> str | None:
    """`country`, unless the group's own words are aimed at that country ("the ministry
    called on Israel to …", "the spokesman urged Washington to …"): no body addresses its
    own state so; its country is then not known from the text."""
    v = h.head
    if country is None or h.dep_ != "nsubj" or v.i not in st.cue_of:
        return country
    for c in v.children:
        objs = [c] if c.dep_ in ("dobj", "dative") else []
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "against", "upon"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            if st.mention_at[o.i] < 0:
                continue
            m = st.mentions[st.mention_at[o.i]]
            actor = st.actors.get(m.actor_id)
            if actor is not None and actor.kind == "country" and actor.country == country:
                return None
    return country


def _speakers_country(st: DocState, h: Token, role) -> str | None:
    """ "An army spokeswoman said troops had struck …", "Kyiv said troops had …": in what a
    state's body of that sector, or the state the article is about, says, the troops, police
    or government named by their role alone are that state's (not in what a third country
    says of them: "the US said the army and the RSF would hold talks")."""
    stmt = statement_around(st, h.idx)
    speaker = speaker_mention(st, stmt) if stmt is not None else None
    if speaker is None or speaker.actor_id == f"group:{h.i}":
        return None
    country = countries.country_of(st, speaker) or countries.actor_country(st, speaker.actor_id)
    if countries.sector_of(st, speaker) == role.sector or country == countries.main_country(st):
        return country
    return None


def statement_around(st: DocState, char: int):
    """The innermost statement whose content holds character `char`, if any."""
    best = None
    for start, end, stmt in st.statements:
        if start <= char < end and (best is None or end - start < best[0]):
            best = (end - start, stmt)
    return best[1] if best is not None else None


def _coordinated_country(st: DocState, h: Token) -> str | None:
    """ "the Sudanese government and the rebels": a group joined to a party of one country."""
    others = [c for c in h.children if c.dep_ == "conj"]
    if h.dep_ == "conj":
        others.append(h.head)
    for t in others:
        for m in _mentions_at(st, t, 3) if st.mention_at[t.i] >= 0 else _modifier_mentions(st, t):
            country = countries.country_of(st, m)
            if country is not None:
                return country
    return None


def _place_near(st: DocState, h: Token) -> str | None:
    """The place of the other group in the clause, or where the clause's act happens: "police
    arrested protesters in Lagos", "protesters in Mombasa clashed with police"."""
    verb = h.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for t in verb.subtree:
        if t.i != h.i and (t.i == verb.i or group_role(t) is not None):
            found = _place_country(st, t)
            if found is not None:
                return found
    return None


def _place_country(st: DocState, h: Token) -> str | None:
    """ "police in Lagos", "protesters in Dhaka": the country of the place the group is in."""
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC"):
                    k = st.mention_at[g.i]
                    if k >= 0:
                        return countries.country_of(st, st.mentions[k])
                    place = st.places.lookup(g.text)
                    return place.country if place is not None else None
    return None


def _owner(st: DocState, h: Token) -> ActorMention | None:
    """ "his forces", "their army", "our troops": whom the pronoun points to; in what someone
    said, the speaker ("Hamas' armed wing said its fighters …": Hamas)."""
    poss = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None:
        return None
    word = poss.lower_
    if word in ("our", "my"):
        found = quote_speaker(st, poss) or (issuer(st) if word == "our" else [])
    elif word in ("his", "her"):
        found = pronoun_person(st, poss)
    elif word in ("its", "their"):
        found = _said_by(st, h) or _last_subject(st, poss, ("country", "organisation", "group"))
    else:
        return None
    return found[0] if found else None


def _said_by(st: DocState, h: Token) -> list[ActorMention]:
    """The subject of the speech verb whose that-clause holds `h`."""
    t = h
    for _ in range(8):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in st.p.speech_verbs:
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            return np_actors(st, subj, 1, subject=True) if subj is not None else []
        if t.head.i == t.i:
            break
        t = t.head
    return []


def ethnic_group(st: DocState, h: Token, m: ActorMention) -> list[ActorMention]:
    """ "ethnic Albanians demonstrated in Serbia": an ethnic group is coded with the country it
    lives in (the nearest other country named, else the article's), not its kin state."""
    key = f"group:{h.i}"
    if key not in st.groups:
        own = countries.country_of(st, m)
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        country = None
        for k in range(h.sent.start, h.sent.end):
            j = st.mention_at[k]
            actor = st.actors.get(st.mentions[j].actor_id) if j >= 0 else None
            if actor is not None and actor.kind == "country" and actor.country != own:
                country = actor.country
                break
        main = countries.main_country(st)
        st.groups[key] = (mention, country or (main if main != own else None), "CVL")
    return [st.groups[key][0]]


def _earlier_group(st: DocState, h: Token, sector: str) -> ActorMention | None:
    """ "the army" after "the Sudanese army", "the militants" after "the Houthis": the last
    group (or armed or rebel body) of that sector named before."""
    if not any(c.lower_ in ("the", "its", "their") for c in h.children):
        return None
    fallback = None
    bodies: dict[str, ActorMention] = {}  # armed bodies of that sector ("the Houthis")
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or actor.sector != sector:
            continue
        if actor.kind == "group":
            if st.doc[m.end - 1].lemma_.lower() == h.lemma_.lower():
                return m  # "the Bolivian ministry … the ministry": the same body
            fallback = fallback or m
        elif actor.kind == "organisation" and sector in ARMED_SECTORS and actor.country:
            bodies.setdefault(actor.id, m)  # (of a country: "rebels" are not al-Qaeda's)
    if fallback is None and len(bodies) == 1:
        return next(iter(bodies.values()))  # the one armed body the article names
    return fallback


def from_objects(*holders: Token) -> list[Token]:
    """The objects of "from" hung on any of `holders` ("condemnation from Egypt", "drew praise
    from X", "secured a promise from Y")."""
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def received_from(st: DocState, n: Token) -> tuple[list[ActorMention], list[Token]]:
    """ "The move drew condemnation from Egypt", "Israel faced criticism from France": a noun
    of an act that the clause's subject receives has its agent in "from X" and its target in
    the subject. Returns the agents and the noun phrases that may hold the target."""
    verb = n.head
    if n.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in RECEIVING_VERBS:
        return [], []
    agents = [m for g in from_objects(n, verb) for m in np_actors(st, g)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return agents, [subj] if agents and subj is not None else []


def _body_of(st: DocState, h: Token, found: list[ActorMention]) -> list[ActorMention]:
    """A state body named by its role noun and a country ("the Government of Ghana", "the
    Kenyan authorities"): a group of the role's sector and that country, not the country."""
    role = group_role(h)
    if role is None or role.sector not in countries.STATE_SECTORS or len(found) != 1:
        return found
    actor = st.actors.get(found[0].actor_id)
    if actor is None or actor.kind != "country" or not actor.country:
        return found
    key = f"group:{h.i}"
    if key not in st.groups:
        mention = ActorMention(h.i, h.i + 1, h.idx, h.idx + len(h.text), key)
        st.groups[key] = (mention, actor.country, role.sector)
    return [st.groups[key][0]]


def issuer(st: DocState) -> list[ActorMention]:
    """Who speaks as "we" outside quotation marks in a statement or press release: the first
    state body of a country named in the article's first three sentences ("Statement of the
    Ministry of Foreign Affairs of Ghana", "The Government of Peru rejects …")."""
    if "issuer" not in st.speakers:
        st.speakers["issuer"] = None
        for k, sent in enumerate(st.doc.sents):
            if k >= 3:
                break
            found = _state_body_in(st, sent)
            if found is not None:
                st.speakers["issuer"] = found
                break
    found = st.speakers["issuer"]
    return [found] if found is not None else []


def _state_body_in(st: DocState, sent) -> ActorMention | None:
    for m in st.mentions:
        if not sent.start <= m.start < sent.end:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or not actor.country:
            continue
        if actor.sector == "GOV" and actor.kind != "person":
            return m
        body = _state_noun(st.doc[m.end - 1]) if actor.kind == "country" else None
        if body is not None:
            return _body_of(st, body, [m])[0]
    return None


def _state_noun(t: Token) -> Token | None:
    """The noun of a state body a country's name hangs on: "Ghana's government", "the
    Ministry of Foreign Affairs of Peru" (up through "of" phrases)."""
    return next((n for n in _nouns_above(t) if n.lemma_.lower() in STATE_NOUNS), None)


def _named_with(st: DocState, h: Token, officials: bool = False) -> str | None:
    """The country last named with the same noun before `h` ("the Government of Ghana" …
    "the Government"); with `officials`, for "the government", the country of the last state
    official named before ("Iraq's prime minister … the government")."""
    lemma = h.lemma_.lower()
    if officials and lemma not in GOVERNMENT_NOUNS:
        return None
    for m in reversed(st.mentions):
        if m.start >= h.i:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or not actor.country:
            continue
        if officials and actor.kind == "person" and actor.sector == "GOV":
            if _leads_government(actor.role):
                return actor.country  # not "Sweden's ambassador … the government"
            continue
        if (
            not officials
            and actor.kind == "country"
            and any(n.lemma_.lower() == lemma for n in _nouns_above(st.doc[m.end - 1]))
        ):
            return actor.country
    return None


def _nouns_above(t: Token) -> list[Token]:
    """The nouns a country's name is attached to, up through "of" phrases (three at most):
    "Ghana's government", "the Ghanaian government", "the Ministry of Foreign Affairs of Peru"."""
    out = []
    for _ in range(3):
        if t.dep_ in ("poss", "compound", "amod"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of":
            t = t.head.head
        else:
            break
        out.append(t)
    return out


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


def _mentions_at(st: DocState, h: Token, depth: int, subject: bool = False) -> list[ActorMention]:
    k = st.mention_at[h.i]
    if k >= 0 and any(c.lower_ == "ethnic" for c in h.children):
        return ethnic_group(st, h, st.mentions[k])  # "ethnic Albanians in Serbia"
    if k >= 0:
        actor = st.actors.get(st.mentions[k].actor_id)
        if actor is not None and actor.kind == "group" and _owned(h):
            return []  # "its troops from Niger": whose troops the pronoun tells, not where
        if actor is not None and actor.code in (None, actor.sector) and actor.country is None:
            org = _org_modifier(st, h)  # "U.N. mediator Diego Cordovez", "UN chief Guterres"
            if org is not None:
                return [org]
        return _with_coordinates(st, k)
    for c in h.children:  # "his French counterpart Emmanuel Macron": the name decides
        if c.dep_ == "appos" and st.mention_at[c.i] >= 0 and not _after_colon(c):
            return [st.mentions[st.mention_at[c.i]]]
    found = _modifier_mentions(st, h)
    if found or depth > 3:
        return found
    for c in h.children:
        if c.dep_ == "appos" and not _after_colon(c):
            found = np_actors(st, c, depth + 1, subject)
            if found:
                return found
    if _owned(h):
        return found  # "its troops from Niger": whose troops the pronoun tells (`group_mention`)
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


def _after_colon(c: Token) -> bool:
    """ "21 killed in shelling: Ukrainian officials": who tells it, hung on the headline's
    subject as an apposition after a colon, is not who did it."""
    i = c.left_edge.i
    return i > 0 and c.doc[i - 1].text == ":"


def _owned(h: Token) -> bool:
    """A group named by its role with a possessive pronoun ("its troops", "their police")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children) and (
        group_role(h) is not None
    )


def _modifier_mentions(st: DocState, h: Token) -> list[ActorMention]:
    """Nearest modifiers first, pronouns last ("its EU partners": the EU), but a person's
    possessor first; once one is found only its coordinates join it ("Hungarian and Romanian officials")."""
    found: list[ActorMention] = []
    order = MOD_ORDER
    if is_role_noun(h):  # "Israel's UN envoy", "China's EU ambassador": whose, not where to
        order = {**MOD_ORDER, "poss": -1}
    stack = sorted(
        (c for c in h.children if c.dep_ in NP_MOD_DEPS),
        key=lambda c: (c.pos_ == "PRON", order.get(c.dep_, 9)),
    )
    coordinated: set[int] = set()
    while stack:
        t = stack.pop(0)
        if found and t.i not in coordinated:
            continue
        k = st.mention_at[t.i]
        if k >= 0 and countries.backer(st, st.mentions[k]):
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


def _with_coordinates(st: DocState, k: int) -> list[ActorMention]:
    """The mention k and those coordinated with a word inside it: "Hungarian and
    [Romanian officials]" → both."""
    m = st.mentions[k]
    out = [m]
    doc = st.doc
    for i in range(m.start, min(m.end, len(doc))):
        links = [doc[i]]  # the whole list: "of Japan, Australia and the Philippines"
        n = 0
        while n < len(links) and len(links) < 12:
            t = links[n]
            n += 1
            more = [c for c in t.children if c.dep_ == "conj"]
            if t.dep_ == "conj":
                more.append(t.head)
            links.extend(x for x in more if x not in links)
        for other in links[1:]:
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
    """ "the two sides", "both leaders", "the three juntas": the last two (three, four)
    parties of that kind named before token `before`, in the order the article introduced
    them."""
    if np.lower_ in ("two", "both") and np.dep_ in SUBJ_DEPS:
        kind, n = "any", 2  # "… and the two discussed …", "both said …"
    else:
        kind = PAIR_NOUNS.get(np.lemma_.lower(), "none")
        n = next((GROUP_COUNTS[c.lower_] for c in np.children if c.lower_ in GROUP_COUNTS), 0)
        if kind == "none" or not n:
            return []
    if n > 2 or (kind is None and np.lemma_.lower() not in PARTY_NOUNS):
        # (but "the two sides" are the parties at odds, not a pair of mediators listed)
        listed_before = _list_before(st, before, n)
        if listed_before:  # "Mali, Niger and Burkina Faso cut ties with France. The three …"
            return listed_before
    recent: list[ActorMention] = []
    ids: set[str] = set()
    for m in reversed(st.mentions):
        if m.start >= before or m.actor_id in ids or m.actor_id in exclude:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or (kind == "person" and actor.kind != "person"):
            continue
        if kind in (None, "any") and actor.country is None and actor.kind != "person":
            continue
        last = st.doc[m.end - 1]
        if last.dep_ == "pobj" and last.head.lower_ in countries.VENUE_PREPS:
            continue  # "… met in Brussels": a venue, not a side
        country = countries.country_of(st, m)
        if country is not None and any(countries.country_of(st, r) == country for r in recent):
            continue  # "Chile's president": Chile and its president are one side
        ids.add(m.actor_id)
        recent.append(m)
        if len(recent) == n:
            break
    if len(recent) < n:
        return []
    recent.sort(key=lambda m: st.first_seen.get(m.actor_id, m.start))
    return recent


def _list_before(st: DocState, before: int, n: int) -> list[ActorMention]:
    """The last list of exactly `n` states named together before token `before`, within the
    three sentences before it."""
    first_sent = _sentences_back(st.doc[before], 3)
    for m in reversed(st.mentions):
        if m.start >= before:
            continue
        if m.start < first_sent:
            break
        t = st.doc[m.end - 1]
        if t.dep_ not in ("conj", "appos") and not any(c.dep_ == "conj" for c in t.children):
            continue
        while t.dep_ in ("conj", "appos") and t.head.i < t.i:
            t = t.head
        found = np_actors(st, t)
        if len(found) == n and all(
            (a := st.actors.get(x.actor_id)) is not None and a.kind == "country" for x in found
        ):
            return found
    return []


def antecedent(st: DocState, h: Token) -> list[ActorMention]:
    """For "X said he would …": the subject of the nearest governing clause."""
    t = h
    for _ in range(4):
        if t.head.i == t.i:
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


def speaker_mention(st: DocState, stmt) -> ActorMention | None:
    """The mention of the statement's speaker inside its speaker span (else the first one);
    for a speaker the statement links to no actor ("the Cambodian foreign minister"), the
    actor mentioned in its span, if any."""
    if stmt.id not in st.speakers:
        st.speakers[stmt.id] = None  # a pronoun speaker is looked up past its own statement
        st.speakers[stmt.id] = _speaker_mention(st, stmt)
    return st.speakers[stmt.id]


def _speaker_mention(st: DocState, stmt) -> ActorMention | None:
    aid = stmt.speaker.actor_id
    span = stmt.speaker.span
    if aid is None and span is not None and _pronoun_span(st, span):
        earlier = _named_before(st, stmt)  # "the ministry's spokesman said … She accused …"
        if earlier is not None:
            return speaker_mention(st, earlier)
    best = None
    for m in st.mentions:
        inside = span is not None and m.start_char >= span.start and m.end_char <= span.end
        if inside and m.start < len(st.doc) and dateline_place(st.doc[m.end - 1]):
            continue  # "NAIROBI – UN envoy X said": the dateline is no speaker
        if aid is None and inside and not _aside_of(st, m):
            return m
        if m.actor_id != aid:
            continue
        if inside:
            return m
        best = best or m
    if aid is not None and not _many_for_one(st, span, aid):
        return best
    return _speaker_words(st, span)


ASIDE_PREPS = frozenset({"with", "against", "over", "about", "between", "after"})


def _aside_of(st: DocState, m: ActorMention) -> bool:
    """A mention hung by "with", "over", "against" … on a noun that is no actor: "the dispute
    with Beijing threatened …" is no speech of Beijing's."""
    t = st.doc[m.end - 1]
    while t.dep_ in ("compound", "amod", "poss", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ASIDE_PREPS:
        return False
    noun = t.head.head
    return (
        noun.pos_ == "NOUN"
        and st.mention_at[noun.i] < 0
        and not is_role_noun(noun)
        and group_role(noun) is None
    )


def _pronoun_span(st: DocState, span) -> bool:
    i = st.token_at(span.start)
    return st.token_at(max(span.start, span.end - 1)) == i and st.doc[i].pos_ == "PRON"


def _named_before(st: DocState, stmt):
    """The last statement before `stmt` whose speaker attribution told by the same name
    (the description the pronoun speaker was resolved to) and not by a pronoun."""
    name = stmt.speaker.name
    if not name or stmt.speaker.span is None:
        return None
    found = None
    for _a, _b, other in st.statements:
        span = other.speaker.span
        if other is stmt or span is None or span.start >= stmt.speaker.span.start:
            continue
        if other.speaker.name == name and not _pronoun_span(st, span):
            if found is None or span.start > found.speaker.span.start:
                found = other
    return found


def _many_for_one(st: DocState, span, aid: str) -> bool:
    """A speaker span that names several people ("European leaders said") linked to one
    person named elsewhere: the link is wrong, the words decide."""
    actor = st.actors.get(aid)
    if span is None or span.end <= span.start or actor is None or actor.kind != "person":
        return False
    head = st.doc[st.token_at(span.start) : st.token_at(max(span.start, span.end - 1)) + 1].root
    return head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN"


def _speaker_words(st: DocState, span) -> ActorMention | None:
    """A speaker linked to no actor: what its words point to ("she" → the person named
    before; "the ministry", "the spokesman" → the office or group named before)."""
    if span is None or span.end <= span.start:
        return None
    i = st.token_at(span.start)
    head = st.doc[i : st.token_at(max(span.start, span.end - 1)) + 1].root
    if head.pos_ == "PRON":
        found = pronoun_person(st, head) or unquoted_we(st, head)
    else:
        found = np_actors(st, head, subject=True)
    if not found and head.lemma_.lower() in st.p.statement_nouns:
        # "The statement said …": the statement of whoever issued one last
        found = _last_subject(st, head, ("country", "organisation", "group", "person"))
    return found[0] if found else None


def speaker_id(st: DocState, stmt) -> str | None:
    """The actor id of the statement's speaker (see `speaker_mention`)."""
    m = speaker_mention(st, stmt)
    return m.actor_id if m is not None else None


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


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
            speaker = speaker_id(st, stmt)
            break
    for m in reversed(st.mentions):
        if m.start >= pron.i or m.actor_id == speaker:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person":
            return [m]
    return []


def pronoun_target(st: DocState, pron: Token, sources: list[ActorMention]) -> list[ActorMention]:
    """ "urged it to withdraw", "called on them to …": the last country, organisation or group
    that was a subject before, other than the source ("Iran seized a tanker. Britain called on
    it to …": Iran)."""
    if pron.lower_ not in ("it", "they", "them"):
        return []
    own = {m.actor_id for m in sources} | {countries.country_of(st, m) for m in sources} - {None}
    clause = pron.head
    if pron.dep_ == "nsubj" and clause.dep_ == "ccomp":  # "told Stockholm that it must …"
        for c in clause.head.children:
            if c.dep_ in ("dobj", "dative") and c.i < clause.i:
                found = [m for m in np_actors(st, c) if m.actor_id not in own]
                if found:
                    return found[:1]
    doc = st.doc
    for m in reversed(st.mentions):
        if m.start >= pron.i or pron.i - m.start > 120:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or actor.kind not in ("country", "organisation", "group"):
            continue
        if m.actor_id in own or countries.country_of(st, m) in own:
            continue
        if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
            return [m]
    return []


def _last_subject(st: DocState, pron: Token, kinds) -> list[ActorMention]:
    """The last country, organisation or group that was a subject before `pron`, not counting
    subjects of what someone else said ("The ministry said Washington would … It also
    warned …": not Washington)."""
    doc = st.doc
    for m in reversed(st.mentions):
        if m.start >= pron.i or pron.i - m.start > 120:
            continue
        actor = st.actors.get(m.actor_id)
        last = doc[m.end - 1]
        if actor is not None and actor.kind in kinds and last.dep_ in ("nsubj", "nsubjpass"):
            if _told_apart(st, last, pron):
                continue
            return [m]
    return []


def _told_apart(st: DocState, t: Token, pron: Token) -> bool:
    """Whether `t` stands in a statement's content that does not also hold `pron`."""
    return any(
        a <= t.idx < b and not a <= pron.idx < b and s.speaker.span is not None
        for a, b, s in st.statements
    )


def unquoted_we(st: DocState, pron: Token) -> list[ActorMention]:
    """ "We call on …" outside quotation marks: the body that issues the text (`issuer`)."""
    if pron.lower_ not in ("we", "us") or in_quote(st, pron):
        return []
    return issuer(st)


def quote_speaker(st: DocState, pron: Token) -> list[ActorMention]:
    """ "We made a strong protest," X said: "we" and "I" in a quote are its speaker."""
    if pron.lower_ not in ("we", "i", "our", "my"):
        return []
    for _start, _end, stmt in st.statements:
        quote = stmt.quote
        if quote is not None and quote.start <= pron.idx < quote.end:
            mention = speaker_mention(st, stmt)
            if mention is not None:
                return [mention]
    return []


def in_quote(st: DocState, tok: Token) -> bool:
    """Whether `tok` stands inside quotation marks of a statement."""
    return any(
        s.quote is not None and s.quote.start <= tok.idx < s.quote.end
        for _a, _b, s in st.statements
    )
