"""Participants: which actors a noun phrase names, and how an actor is written into an event.

A noun phrase names the actor whose mention covers its head, else the nearest modifier that is
one ("Russian troops", "its EU partners"), else an apposition or a "by/of/from" phrase;
coordinated heads each add theirs ("Hungarian and Romanian officials"). Pronouns and clauses
without a subject take the subject of the governing clause. A country-less official takes the
country named nearest in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.arguments import SUBJ_DEPS
from newsgraph.events.state import DocState
from newsgraph.extensions import ActorMention
from newsgraph.model import EventActor, Span

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "OPP"})
NP_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod"})
MOD_ORDER = {"compound": 0, "amod": 1, "nmod": 2, "flat": 3, "npadvmod": 4, "poss": 5}
RELATIVE = frozenset({"who", "which", "that", "whom"})
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
        for m in _mentions_at(st, h, depth, subject):
            if m.actor_id not in seen:
                seen.add(m.actor_id)
                out.append(m)
    return out


def _mentions_at(st: DocState, h: Token, depth: int, subject: bool = False) -> list[ActorMention]:
    k = st.mention_at[h.i]
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


def two_named(st: DocState, np: Token, before: int) -> list[ActorMention]:
    """ "the two sides", "both leaders", "the two ministers": the last two parties of that kind
    named before token `before`, in the order the article introduced them."""
    kind = PAIR_NOUNS.get(np.lemma_.lower(), "none")
    if kind == "none" or not any(c.lower_ in ("two", "both") for c in np.children):
        return []
    recent: list[ActorMention] = []
    ids: set[str] = set()
    for m in reversed(st.mentions):
        if m.start >= before or m.actor_id in ids:
            continue
        actor = st.actors.get(m.actor_id)
        if actor is None or (kind == "person" and actor.kind != "person"):
            continue
        if kind is None and actor.country is None:
            continue
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


def clause_country(st: DocState, h: Token, sources: list[ActorMention]) -> list[ActorMention]:
    """The first country (or capital) named in the trigger's own clause after the trigger:
    "lifted the curfew in Algiers", "will evacuate settlements in the Gaza Strip"."""
    skip = {m.actor_id for m in sources}
    stack = [
        c
        for c in h.children
        if c.i > h.i and c.dep_ not in ("ccomp", "relcl", "advcl", "parataxis", "punct", "cc")
    ]
    seen = 0
    while stack and seen < 40:
        t = stack.pop(0)
        seen += 1
        k = st.mention_at[t.i]
        if k >= 0:
            m = st.mentions[k]
            actor = st.actors.get(m.actor_id)
            if m.actor_id not in skip and actor is not None and actor.kind == "country":
                return [m]
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "relcl", "parataxis"))
    return []


def event_actor(st: DocState, m: ActorMention | None, sent=None) -> EventActor | None:
    """The actor of mention `m` as written into an event (code, country, sector, span)."""
    if m is None:
        return None
    a = st.actors.get(m.actor_id)
    span = Span(start=m.start_char, end=m.end_char, text=st.text[m.start_char : m.end_char])
    if a is None:
        return EventActor(actor_id=m.actor_id, span=span)
    country, code = a.country, a.code
    if (
        country is None
        and sent is not None
        and (a.sector in STATE_SECTORS or (a.kind == "person" and a.sector is None))
    ):
        country = country_near(st, m, sent, adjacent=a.sector is None)
        if country is not None:
            code = country + (a.sector or "")
    return EventActor(
        code=code, country=country, sector=a.sector, name=a.name, actor_id=a.id, span=span
    )


def country_near(st: DocState, m: ActorMention, sent, adjacent: bool = False) -> str | None:
    """A country-less official ("President X") takes the country named nearest to it in
    the sentence ("Palestinian leader X", "President X … the Zambian people")."""
    best = None
    for k in range(sent.start, sent.end):
        j = st.mention_at[k]
        if j < 0 or (k > sent.start and st.mention_at[k - 1] == j):
            continue
        cand = st.mentions[j]
        actor = st.actors.get(cand.actor_id)
        if actor is None or actor.country is None or actor.kind not in ("country", "group"):
            continue
        dist = abs(cand.start - m.start)
        if adjacent and dist > 10:
            continue  # people with no known office: only a country named close by
        if best is None or dist < best[0]:
            best = (dist, actor.country)
    return best[1] if best else None
