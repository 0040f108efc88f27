"""Code events from a parsed Doc: trigger → CAMEO code, actors from the dependency parse.

One pass per sentence, top-down from the root, so a coded trigger claims its complement clause
("demanded that the US cancel …", "agreed to send …") before the clause's own verbs are seen:
what someone demands, promises or refuses has not happened and is not coded on its own.

- verbs: patterns of `data/verbs.yaml` (lemma, particle/preposition, object class);
- control verbs, adjectives and nouns combine with their infinitive ("refuse to meet" → 125);
- light verbs carry a nominal trigger ("launched an investigation", "held talks");
- nominal triggers with their own agent ("a proposal by Macron", "US sanctions");
- "will" turns cooperation into intent (03) and conflict into threat (13); "would" after a
  speech verb is a reported "will", elsewhere hypothetical; "must" after a speech verb is a demand;
- statements whose content holds a threat phrase ("legitimate targets") are threats by the speaker.
- relative clauses and participles ("militiamen armed with …") are background and not coded;
  purpose and consequence clauses ("…, killing three", "… to demand reforms") belong to the
  event they hang on; "if"/"unless" clauses are hypothetical; "will not X" is a refusal.
Sources come from the subject (the `agent` of a passive), targets from the object or a
prepositional object; coordinated actors give one event each, and coordinated parties acting
together get no target. With no target named, a country in the clause is the target, and
domestic events (protest, coercion, concessions, violence, demands) are coded against the
source's own country. A country-less official takes the country named nearest in the sentence.
Modality: denied (in a negative statement) > hypothetical > proposed > reported (inside a
statement's content; `statement` holds its id) > asserted. Dates: a date expression attached
to the trigger's clause, resolved against the published date; else the published date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.events.codebook import Codebook, codebook
from newsgraph.events.dates import resolve
from newsgraph.events.patterns import Patterns, patterns
from newsgraph.extensions import ActorMention
from newsgraph.model import Event, EventActor, Location, Span

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "OPP"})
# With no target named, these are coded against the source's own country (CAMEO practice for
# domestic events: protests, coercion, concessions, violence and demands at home).
DOMESTIC_ROOTS = frozenset({"08", "10", "14", "17", "18", "19"})
NOT_DOMESTIC = ("0831", "084", "087")  # resigning, releasing, retreating need no target
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
OBJ_DEPS = frozenset({"dobj", "obj"})
SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
NP_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod"})
TARGET_PREPS = (
    "against",
    "on",
    "with",
    "to",
    "into",
    "toward",
    "towards",
    "at",
    "from",
    "over",
    "upon",
    "for",
    "about",
    "in",
)
THEME_PREPS = ("to", "into", "for", "from", "with", "in")
NOUN_TARGET_PREPS = (
    "against",
    "on",
    "with",
    "between",
    "to",
    "into",
    "toward",
    "towards",
    "at",
    "for",
    "from",
    "of",
    "in",
)
MOD_ORDER = {"compound": 0, "amod": 1, "nmod": 2, "flat": 3, "npadvmod": 4, "poss": 5}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around"})
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
PLAN_MODALITY_NOUNS = frozenset({"proposal", "plan", "offer", "idea", "initiative"})


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


class _DocState:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # built once: Doc.text is assembled anew on every access
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
        self.first_seen: dict[str, int] = {}
        for m in mentions:
            self.first_seen.setdefault(m.actor_id, m.start)
        self.statements = []
        for st in doc._.statements or []:
            parts = st.content_parts or [st.content]
            for part in parts:
                self.statements.append((part.start, part.end, st))
        self.consumed: set[int] = set()
        self.objects_of_hits: set[int] = set()
        self.last_plan_source: list[ActorMention] = []
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self.sentence_of: dict[str, int] = {}
        self._starts: list[int] | None = None
        self._ents: list | None = None
        self._ent_starts: list[int] = []

    def ents_in(self, sent) -> list:
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        lo = bisect_right(self._ent_starts, sent.start - 1)
        hi = bisect_right(self._ent_starts, sent.end - 1)
        return self._ents[lo:hi]

    def token_at(self, char: int) -> int:
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
        return max(0, bisect_right(self._starts, char) - 1)


def _path_to_verb(tok: Token) -> set[int]:
    """Token indices from ``tok`` up to the verb that governs it (at most 8 steps): a date or
    place belongs to an event when this path meets the event's trigger."""
    path = set()
    for _ in range(8):
        path.add(tok.i)
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return path


class Coder:
    def __init__(self, pats: Patterns | None = None, book: Codebook | None = None, places=None):
        self.p = pats or patterns()
        self.book = book or codebook()
        self._places = places

    @property
    def places(self):
        if self._places is None:
            from newsgraph.events.places import gazetteer

            self._places = gazetteer()
        return self._places

    # -- entry point -------------------------------------------------------------------
    def code(self, doc: Doc) -> list[Event]:
        state = _DocState(doc)
        if not state.mentions:
            return []
        has = [0] * (len(doc) + 1)
        for i, k in enumerate(state.mention_at):
            has[i + 1] = has[i] + (k >= 0)
        for sent in doc.sents:
            if has[sent.end] == has[sent.start]:
                continue
            self._sentence(state, sent)
        self._statement_phrases(state)
        return state.events

    def _sentence(self, st: _DocState, sent) -> None:
        self._dates = None
        self._places_in = None
        queue = [sent.root]
        background: set[int] = set()
        k = 0
        while k < len(queue):
            tok = queue[k]
            k += 1
            if tok.dep_ == "relcl" or (
                tok.dep_ == "acl"
                and tok.tag_ in ("VBN", "VBG")
                and tok.head.lemma_.lower() not in self.p.statement_nouns
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
            ):
                # background: "militiamen armed with …", "a resolution that aims to …": no
                # verb in it is coded; nouns with their own agent still are ("a phone call
                # between the two leaders")
                background.update(t.i for t in tok.subtree)
            if tok.i not in st.consumed:
                hit = None
                if tok.pos_ in ("VERB", "AUX") and tok.i not in background:
                    hit = self._verb(tok)
                elif tok.pos_ in ("NOUN", "PROPN"):
                    hit = self._noun(st, tok)
                if hit is not None:
                    self._emit(st, sent, hit)
            queue.extend(tok.children)

    # -- classification ------------------------------------------------------------------
    def _lemma(self, t: Token) -> str:
        lemma = t.lemma_.lower()
        return self.p.lemma_fixes.get(lemma, lemma)

    def _words(self, v: Token) -> tuple[set[str], set[str], Token | None]:
        words: set[str] = set()
        objs: set[str] = set()
        obj = None
        for c in v.children:
            dep = c.dep_
            if dep == "prt":
                words.add(c.lower_)
            elif dep == "prep":
                words.add(c.lower_)
                for g in c.children:
                    if g.dep_ == "pobj":
                        words.add(f"{c.lower_} {g.lemma_.lower()}")
            elif dep in OBJ_DEPS or dep in ("oprd", "nsubjpass", "attr"):
                lemma = c.lemma_.lower()
                objs.add(lemma)
                if dep != "nsubjpass":
                    words.add(lemma)
                for g in c.children:
                    if g.dep_ in ("compound", "amod"):
                        objs.add(f"{g.lemma_.lower()} {lemma}")
                        objs.add(g.lemma_.lower())
                    elif g.dep_ == "prep" and g.lower_ == "of":  # "state of emergency"
                        objs.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
                if obj is None and dep in OBJ_DEPS:
                    obj = c
        return words, objs, obj

    def _match(self, v: Token):
        plist = self.p.verbs.get(self._lemma(v))
        if not plist:
            return None, next((c for c in v.children if c.dep_ in OBJ_DEPS), None)
        words, objs, obj = self._words(v)
        for pat in plist:
            if pat.word is not None and pat.word not in words:
                continue
            if pat.objects is not None and not (objs & pat.objects):
                continue
            return pat, obj
        return None, obj

    def _embedded(self, w: Token, kind: str) -> tuple[Token | None, bool]:
        """The infinitive (or, for demands and threats, the that-clause) under `w`."""
        clause = None
        for c in w.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                return c, False
            if (
                c.dep_ in ("acl", "advcl", "relcl")
                and c.pos_ == "VERB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and w.pos_ in ("NOUN", "ADJ")
            ):
                return c, False
            if c.dep_ == "prep" and c.lower_ == "to" and w.pos_ in ("ADJ", "VERB"):
                for g in c.children:
                    if g.dep_ == "pcomp" and g.pos_ == "VERB":
                        return g, False
            if c.dep_ == "ccomp" and kind in ("demand", "threaten", "intend", "propose", "allow"):
                clause = c
            if (
                c.dep_ == "acl"
                and w.pos_ == "NOUN"
                and kind == "demand"
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ):
                clause = c  # "its demand that Israel ease …"
        if clause is None and w.pos_ == "NOUN" and w.dep_ in OBJ_DEPS:
            for c in w.head.children:  # "blocked a proposal by X to send …": parser attaches
                if (
                    c.i > w.i
                    and c.dep_ in ("advcl", "xcomp")
                    and any(  # the infinitive high
                        g.dep_ == "aux" and g.lower_ == "to" for g in c.children
                    )
                ):
                    return c, False
        return clause, clause is not None

    def _verb(self, v: Token, depth: int = 0) -> Hit | None:
        p = self.p
        lemma = self._lemma(v)
        if lemma == "be":
            for c in v.children:
                if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in p.control:
                    hit = self._control(c, v, p.control[c.lemma_.lower()], depth)
                    if hit is not None:
                        return hit
            return None
        if (
            depth == 0
            and any(c.dep_ == "aux" and c.lower_ in p.obligation_aux for c in v.children)
            and self._speech_head(v) is not None
        ):
            inner = self._verb(v, depth + 1) if lemma != "be" else None
            root = inner.code[:2] if inner is not None else None
            code = p.maps["demand"].get(root, "100") if root else "100"
            return Hit(
                code,
                [v.i],
                v,
                obligation=True,
                consume=[
                    c for c in v.children if c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dobj")
                ],
            )
        neg = any(c.dep_ == "neg" for c in v.children)
        if neg and lemma in p.comment_verbs:
            return Hit(
                "011",
                [v.i],
                v,
                negated=False,
                consume=[c for c in v.children if c.dep_ in ("ccomp", "dobj", "xcomp")],
            )
        kind = p.control.get(lemma)
        if kind is not None and depth < 4:
            hit = self._control(v, v, kind, depth)
            if hit is not None:
                return hit
        pat, obj = self._match(v)
        if pat is not None and pat.rank > 0:
            return self._pattern_hit(v, pat, obj)
        if lemma in p.light and obj is not None:
            olemma = obj.lemma_.lower()
            if olemma in p.control:
                hit = self._control(obj, v, p.control[olemma], depth, light=True)
                if hit is not None:
                    return hit
            code = p.noun_code(
                olemma, [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
            )
            if code is not None:
                trig = [v.i, obj.i] if obj.i - v.i <= 4 else [obj.i]
                targets = self._noun_targets(obj) + self._targets(v)
                return Hit(code, trig, v, targets=targets, consume=[obj], specific=True)
        if pat is not None:
            return self._pattern_hit(v, pat, obj)
        return None

    def _pattern_hit(self, v: Token, pat, obj: Token | None) -> Hit:
        trig = [v.i]
        for c in v.children:
            if c.dep_ == "prt":
                trig.append(c.i)
        code = pat.code
        if obj is not None and pat.word is not None and pat.word == obj.lemma_.lower():
            trig.append(obj.i)  # light verb + noun: "express concern"
        code = self._refine(code, [obj] if obj is not None else [], v)
        consume = [c for c in v.children if c.dep_ in ("ccomp", "xcomp")]
        for c in v.children:  # "accused X of violating …", not "…, with X stating that …"
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "about", "on", "against", "from"):
                consume.extend(g for g in c.children if g.dep_ == "pcomp")
        if obj is not None and pat.word == obj.lemma_.lower():
            consume.append(obj)
        return Hit(code, trig, v, targets=self._targets(v), consume=consume, specific=pat.rank > 0)

    def _refine(self, code: str, roots: list[Token], head: Token | None = None) -> str:
        table = self.p.subcodes.get(code)
        if not table:
            return code
        seen = 0
        for root in roots:
            for t in root.subtree:
                found = table.get(t.lemma_.lower())
                if found is not None:
                    return found
                seen += 1
                if seen > 40:
                    return code
        return code

    def _control(
        self, w: Token, head: Token, kind: str, depth: int, light: bool = False
    ) -> Hit | None:
        p = self.p
        emb, via_clause = self._embedded(w, kind)
        if emb is None:
            return None
        own_pat, _ = self._match(w) if w.pos_ in ("VERB", "AUX") else (None, None)
        own = own_pat.code if own_pat is not None else None
        if w.pos_ == "NOUN":
            own = p.nouns.get(w.lemma_.lower()) if own is None else own
        emb_lemma = emb.lemma_.lower()
        if kind == "refuse" and emb_lemma in p.comment_verbs:
            return Hit("011", [head.i, emb.i], head, consume=[emb])
        inner = self._verb(emb, depth + 1)
        code = inner.code if inner is not None else None
        root = code[:2] if code else None
        modality = None
        targets = (inner.targets if inner is not None else []) + self._targets(emb)
        if kind in ("intend", "propose", "prepare"):
            if root is None:
                code = own
            elif root in p.maps["intent"]:
                code = self._refine(p.maps["intent"][root], [emb])
            elif root in p.maps["threat"]:
                code = "150" if kind == "prepare" else p.maps["threat"][root]
            else:
                code = own or code
            if kind == "propose" or (w.pos_ == "NOUN" and w.lemma_.lower() in PLAN_MODALITY_NOUNS):
                modality = "proposed"
        elif kind == "threaten":
            if root in p.maps["threat"]:
                code = p.maps["threat"][root]
            else:
                code = self._refine(own or "130", [emb])
        elif kind == "refuse":
            code = p.maps["refusal"].get(root, own or "120") if root else (own or "120")
        elif kind == "demand":
            if root in p.maps["demand"]:
                code = p.maps["demand"][root]
            else:
                code = own or ("100" if code is None else "100")
            dobj = [c for c in w.children if c.dep_ in OBJ_DEPS or c.dep_ == "dative"]
            subj = [c for c in emb.children if c.dep_ in SUBJ_DEPS]
            targets = dobj + subj + self._targets(w)
        elif kind == "allow":
            code = own or "080"
            targets = self._targets(w)
            for e in [emb, *(c for c in emb.children if c.dep_ == "conj")]:
                found = self._verb(e, depth + 1) if e is not emb else inner
                if found is not None and found.code[:2] in ("06", "07"):
                    code = found.code  # "allow French instructors to use training facilities"
                    targets = (
                        [c for c in w.children if c.dep_ in OBJ_DEPS]
                        + [c for c in emb.children if c.dep_ in SUBJ_DEPS]
                        + targets
                    )
                    break
        elif kind == "transparent":
            if inner is None:
                return None
            inner.head = head
            inner.trigger = sorted(set(inner.trigger) | {w.i})
            return inner
        if code is None:
            return None
        trig = [head.i, w.i] if light else [w.i]
        if abs(emb.i - w.i) <= 6:
            trig.append(emb.i)
        if inner is not None and inner.modality and modality is None:
            modality = inner.modality
        return Hit(
            code,
            trig,
            head,
            targets=targets,
            modality=modality,
            consume=[emb, w] if light else [emb],
            specific=True,
        )

    # -- nominal triggers ----------------------------------------------------------------
    def _noun(self, st: _DocState, n: Token) -> Hit | None:
        p = self.p
        lemma = n.lemma_.lower()
        mods = [c for c in n.children if c.dep_ in ("compound", "amod")]
        code = p.noun_code(lemma, [c.lemma_.lower() for c in mods])
        kind = p.control.get(lemma)
        hit = None
        if kind is not None:
            hit = self._control(n, n, kind, 0)
        if hit is None and code is None:
            return None
        agents: list[ActorMention] = []
        pair: list[ActorMention] = []
        by = None
        for c in n.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                for g in c.children:
                    if g.dep_ == "pobj":
                        by = self._np_actors(st, g)
            elif c.dep_ == "prep" and c.lower_ == "between":
                pair = self._pair(st, c)
        if by is None:
            sib = self._by_sibling(n)
            if sib is not None:
                by = self._np_actors(st, sib)
        strong = bool(by) or (bool(pair) and n.i not in st.objects_of_hits)
        if by:
            agents = by
        elif not pair:
            if (
                n.i in st.objects_of_hits
            ):  # "rejected an Indian proposal": the rejection is the event
                return None
            for c in n.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    agents.extend(self._np_actors(st, c))
            if not agents:
                return None
        if hit is None:
            hit = Hit(
                code,
                sorted({n.i} | {c.i for c in mods if c.i >= n.i - 2}),
                n,
                targets=self._noun_targets(n),
                specific=True,
            )
            if lemma in PLAN_MODALITY_NOUNS:
                hit.modality = "proposed"
        hit.head = n
        if pair:
            hit.sources = pair[:1]
            hit.targets = []
            hit.pair_target = pair[1:2]
        else:
            hit.sources = agents
        if not strong and not agents:
            return None
        return hit

    @staticmethod
    def _by_sibling(n: Token) -> Token | None:
        """The "by X" the parser hung on the verb of an active clause: "blocked a proposal by X"."""
        if n.dep_ not in OBJ_DEPS:
            return None
        v = n.head
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return None
        for c in v.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > n.i:
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _noun_targets(self, n: Token) -> list[Token]:
        out = []
        for prep in NOUN_TARGET_PREPS:
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    out.extend(g for g in c.children if g.dep_ == "pobj")
        return out

    def _pair(self, st: _DocState, prep: Token) -> list[ActorMention]:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return []
        found = self._np_actors(st, pobj)
        if len(found) >= 2:
            return found[:2]
        kind = PAIR_NOUNS.get(pobj.lemma_.lower(), "none")
        if kind == "none" or not any(c.lower_ in ("two", "both") for c in pobj.children):
            return found
        recent: list[ActorMention] = []
        ids: set[str] = set()
        for m in reversed(st.mentions):
            if m.start >= prep.i or m.actor_id in ids:
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
        recent.sort(key=lambda m: st.first_seen.get(m.actor_id, m.start))
        return recent

    # -- actors --------------------------------------------------------------------------
    def _np_actors(
        self, st: _DocState, head: Token, depth: int = 0, subject: bool = False
    ) -> list[ActorMention]:
        if head.lower_ in RELATIVE and head.dep_ in SUBJ_DEPS | {"nsubjpass"}:
            rel = head.head
            if rel.dep_ in ("relcl", "acl"):
                return self._np_actors(st, rel.head, depth + 1)
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
                        out = self._np_actors(st, g, depth + 1)
                if out:
                    return out
        heads = [head]
        k = 0
        while k < len(heads) and len(heads) < 12:
            heads.extend(c for c in heads[k].children if c.dep_ == "conj")
            k += 1
        seen: set[str] = set()
        for h in heads:
            for m in self._mentions_at(st, h, depth, subject):
                if m.actor_id not in seen:
                    seen.add(m.actor_id)
                    out.append(m)
        return out

    def _mentions_at(
        self, st: _DocState, h: Token, depth: int, subject: bool = False
    ) -> list[ActorMention]:
        k = st.mention_at[h.i]
        if k >= 0:
            actor = st.actors.get(st.mentions[k].actor_id)
            if actor is not None and actor.code is None and actor.country is None:
                org = self._org_modifier(st, h)  # "U.N. mediator Diego Cordovez"
                if org is not None:
                    return [org]
            return self._with_coordinates(st, k)
        for c in h.children:  # "his French counterpart Emmanuel Macron": the name decides
            if c.dep_ == "appos" and st.mention_at[c.i] >= 0:
                return [st.mentions[st.mention_at[c.i]]]
        found: list[ActorMention] = []
        # nearest modifiers first, pronouns last ("its EU partners": the EU); once one is
        # found only its coordinates join it ("Hungarian and Romanian officials")
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
        if found or depth > 3:
            return found
        for c in h.children:
            if c.dep_ == "appos":
                found = self._np_actors(st, c, depth + 1, subject)
                if found:
                    return found
        for prep in (
            ("by", "of", "from", "in", "throughout") if subject else ("by", "of", "from", "for")
        ):
            if prep == "of" and h.lemma_.lower() in self.p.topic_nouns:
                continue  # "the fate of Palestinian offices" names no party
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            found = self._np_actors(st, g, depth + 1, subject)
                            if found:
                                return found
        return found

    def _with_coordinates(self, st: _DocState, k: int) -> list[ActorMention]:
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

    def _org_modifier(self, st: _DocState, h: Token) -> ActorMention | None:
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

    def _subject(self, v: Token) -> tuple[Token | None, bool]:
        """The subject NP of v (following conj, xcomp and relative clauses) and whether v is passive."""
        t = v
        for _ in range(6):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
            if passive:
                for c in t.children:
                    if c.dep_ == "agent":
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        return pobj, True
                return None, True
            subj = next((c for c in t.children if c.dep_ in SUBJ_DEPS and c.dep_ != "expl"), None)
            if subj is not None:
                return subj, False
            if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
                return t.head, False
            if t.dep_ in ("conj", "xcomp", "advcl") and t.head is not t:
                t = t.head
                continue
            break
        return None, False

    def _targets(self, v: Token) -> list[Token]:
        out: list[Token] = []
        theme = v.lemma_.lower() in self.p.theme_object
        children = list(v.children)
        for c in children:
            if c.dep_ in ("dative", "iobj", "nsubjpass"):
                if c.dep_ == "dative" and c.pos_ == "ADP":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
                else:
                    out.append(c)
        if not theme:
            for c in children:
                if c.dep_ in OBJ_DEPS:
                    out.append(c)
                    sib = self._by_sibling(c)
                    if sib is not None:
                        out.append(sib)
                    out.extend(self._noun_targets(c))  # "imposed sanctions on X"
        for prep in THEME_PREPS if theme else TARGET_PREPS:
            for c in children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    out.extend(g for g in c.children if g.dep_ == "pobj")
        if theme:
            for c in children:
                if c.dep_ in ("xcomp", "advcl"):
                    out.extend(g for g in c.children if g.dep_ in OBJ_DEPS)
                    for g in c.children:
                        if g.dep_ == "prep" and g.lower_ in ("in", "to"):
                            out.extend(x for x in g.children if x.dep_ == "pobj")
            out.extend(c for c in children if c.dep_ in OBJ_DEPS)
        return out

    # -- emitting ------------------------------------------------------------------------
    def _antecedent(self, st: _DocState, h: Token) -> list[ActorMention]:
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
                found = self._np_actors(st, subj, subject=True)
                if found or subj.pos_ != "PRON":
                    return found
        return []

    @staticmethod
    def _nonfinite(h: Token) -> bool:
        """A gerund or infinitive with no subject of its own ("sending troops", "to train")."""
        if h.tag_ == "VBG":
            return not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in h.children)
        return h.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)

    def _aux(self, h: Token) -> tuple[set[str], bool]:
        aux = {c.lower_ for c in h.children if c.dep_ in ("aux", "auxpass")}
        aux |= {c.lemma_.lower() for c in h.children if c.dep_ == "aux"}
        unless = any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
            for c in h.children
        )
        return aux, unless

    @staticmethod
    def _conditional(h: Token) -> bool:
        """Inside an "if"/"unless" clause: "… unless the president agrees to step down"."""
        t = h
        for _ in range(4):
            if t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children
            ):
                return True
            if t.head is t or t.dep_ not in ("xcomp", "conj", "advcl", "ccomp"):
                return False
            t = t.head
        return False

    def _speech_head(self, h: Token) -> Token | None:
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.p.speech_verbs:
            return t.head
        return None

    def _emit(self, st: _DocState, sent, hit: Hit) -> None:
        p = self.p
        h = hit.head
        consume = list(hit.consume)
        if h.pos_ in ("VERB", "AUX"):  # purposes and consequences belong to this event:
            consume.extend(
                c
                for c in h.children
                if c.dep_ == "advcl"
                and (  # "… to demand",
                    c.tag_ == "VBG"
                    or any(
                        g.dep_ == "aux" and g.lower_ == "to"  # ", killing …"
                        for g in c.children
                    )
                )
            )
        for root in consume:
            st.consumed.update(t.i for t in root.subtree)
        st.consumed.update(hit.trigger)
        code = hit.code
        modality = hit.modality
        negated = hit.negated
        sources = hit.sources
        if h.pos_ in ("VERB", "AUX"):
            st.objects_of_hits.update(c.i for c in h.children if c.dep_ in OBJ_DEPS)
            st.objects_of_hits.update(
                g.i for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            )
            aux, unless = self._aux(h)
            speech = self._speech_head(h)
            if negated is None:
                negated = any(c.dep_ == "neg" for c in h.children)
            root = code[:2]
            future = bool(aux & p.future_aux) or (speech is not None and "would" in aux)
            if hit.obligation or (aux & p.obligation_aux and speech is not None):
                subj, _ = self._subject(speech)
                hit_targets = [c for c in h.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"}]
                if not hit.obligation:
                    code = p.maps["demand"].get(root, "100")
                sources = self._np_actors(st, subj, subject=True) if subj is not None else []
                hit.targets = hit_targets + hit.targets
            elif future and negated and root in p.maps["refusal"]:
                code, negated = p.maps["refusal"][root], False  # "will not accept" is a refusal
            elif future and unless:
                code = p.maps["threat"].get(root, "130")
            elif future and root in p.maps["intent"] and hit.modality is None:
                code = self._refine(p.maps["intent"][root], [h])
                modality = "proposed"
            elif future and root in p.maps["threat"] and root not in ("13",):
                code = p.maps["threat"][root]
            elif aux & p.hypothetical_aux and not future:
                modality = "hypothetical"
            elif aux & p.obligation_aux:
                modality = "hypothetical"
            if self._conditional(h):
                modality = "hypothetical"
        if h.pos_ == "VERB" and code[:2] in ("18", "19"):
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            means = (
                p.noun_code(
                    subj.lemma_.lower(),
                    [c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")],
                )
                if subj is not None and subj.pos_ == "NOUN"
                else None
            )
            if means is not None and means[:2] in ("18", "19"):
                code = means  # "a roadside bombing killed …", "Predator attacks have killed …"
                st.consumed.add(subj.i)
        if sources is None:
            subj, _ = self._subject(h)
            sources = self._np_actors(st, subj, subject=True) if subj is not None else []
            if (
                not sources
                and (subj is None or subj.pos_ == "PRON" or h.dep_ in ("acl", "relcl", "advcl"))
                and h.dep_ in ("acl", "relcl", "advcl", "xcomp", "conj")
            ):
                sources = self._antecedent(st, h)
            elif (
                not sources
                and subj is not None
                and (
                    subj.pos_ == "PRON"
                    or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
                )
            ):
                sources = self._antecedent(st, h)  # "he would …", "their forces had …"
            if not sources and self._nonfinite(h):
                return
        targets: list[ActorMention] = []
        for t in hit.targets:
            if len(sources) > 1 and t.head.lower_ == "in" and t.dep_ == "pobj":
                continue  # "Saudi Arabia and Iran held talks in Baghdad": a venue, not a party
            targets = self._np_actors(st, t)
            if targets:
                break
        if not targets:
            targets = hit.pair_target
        if not targets and hit.targets:
            first = hit.targets[0]
            if first.lemma_.lower() in p.plan_nouns and any(
                c.lower_ in ("the", "this", "that") for c in first.children
            ):
                targets = st.last_plan_source
        reciprocal = not targets and len(sources) > 1
        if reciprocal:
            pass  # "Armenia and Azerbaijan agreed …": the parties act together, no target
        elif not targets and h.dep_ in ("advcl", "xcomp") and h.head.pos_ == "VERB":
            for t in self._targets(h.head):  # "sent personnel to Bosnia to investigate"
                targets = self._np_actors(st, t)
                if targets:
                    break
        if not targets and not reciprocal and h.pos_ in ("VERB", "AUX", "NOUN"):
            targets = self._clause_country(st, h, sources)
        if not sources and not targets:
            return
        entry = self.book.entry(code)
        if entry.root == "03" or h.lemma_.lower() in PLAN_MODALITY_NOUNS:
            if sources:
                st.last_plan_source = sources[:1]
        trig_tokens = [st.doc[i] for i in hit.trigger]
        start = min(t.idx for t in trig_tokens)
        end = max(t.idx + len(t.text) for t in trig_tokens)
        text = st.text
        statement, stmt_modality = self._statement(st, start)
        if stmt_modality == "denied":
            modality = "denied"
        elif modality is None:
            modality = stmt_modality or "asserted"
        date, date_span = self._date(st, sent, hit)
        location = self._location(st, sent, hit)
        sent_span = self._sentence_span(text, sent, start, end)
        confidence = 0.4 + 0.2 * bool(sources) + 0.2 * bool(targets) + 0.1 * hit.specific
        if modality == "hypothetical":
            confidence -= 0.2
        domestic = None
        if (
            not targets
            and not reciprocal
            and sources
            and h.pos_ in ("VERB", "AUX")
            and entry.root in DOMESTIC_ROOTS
            and not entry.code.startswith(NOT_DOMESTIC)
        ):
            src = self._actor(st, sources[0], sent)
            if src is not None and src.country:
                domestic = EventActor(code=src.country, country=src.country)
                confidence -= 0.1
        for s in sources or [None]:
            for t in targets or [None]:
                if (
                    s is not None
                    and t is not None
                    and s.actor_id == t.actor_id
                    and (
                        st.actors.get(s.actor_id) is None or st.actors[s.actor_id].kind != "country"
                    )
                ):
                    continue  # "X praised X"; a country acting at home is kept
                key = (s.actor_id if s else None, t.actor_id if t else None, entry.root, hit.head.i)
                if key in st.seen:
                    continue
                st.seen.add(key)
                st.sentence_of[f"e{len(st.events) + 1}"] = sent.start
                st.events.append(
                    Event(
                        id=f"e{len(st.events) + 1}",
                        source=self._actor(st, s, sent, t),
                        target=self._actor(st, t, sent, s) if t is not None else domestic,
                        cameo=entry.code,
                        root=entry.root,
                        plover=entry.plover,
                        quad=entry.quad,
                        goldstein=entry.goldstein,
                        trigger=Span(start=start, end=end, text=text[start:end]),
                        sentence=sent_span,
                        negated=bool(negated),
                        modality=modality,
                        statement=statement,
                        date=date,
                        date_span=date_span,
                        location=location,
                        confidence=round(max(0.05, min(confidence, 0.95)), 2),
                    )
                )

    def _clause_country(
        self, st: _DocState, h: Token, sources: list[ActorMention]
    ) -> list[ActorMention]:
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

    @staticmethod
    def _sentence_span(text: str, sent, start: int, end: int) -> Span:
        """The sentence, clipped to the paragraph of the trigger: a sentence the parser ran
        across a blank line (where masked boilerplate sat) is not one sentence of the article."""
        lo, hi = sent.start_char, sent.end_char
        for m in BLANK_LINE.finditer(text, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return Span(start=lo, end=hi, text=text[lo:hi])

    def _actor(
        self, st: _DocState, m: ActorMention | None, sent=None, other: ActorMention | None = None
    ) -> EventActor | None:
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
            country = self._country_near(st, m, sent, adjacent=a.sector is None)
            if country is not None:
                code = country + (a.sector or "")
        return EventActor(
            code=code, country=country, sector=a.sector, name=a.name, actor_id=a.id, span=span
        )

    def _country_near(
        self, st: _DocState, m: ActorMention, sent, adjacent: bool = False
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
            if actor is None or actor.country is None or actor.kind not in ("country", "group"):
                continue
            dist = abs(cand.start - m.start)
            if adjacent and dist > 10:
                continue  # people with no known office: only a country named close by
            if best is None or dist < best[0]:
                best = (dist, actor.country)
        return best[1] if best else None

    def _statement(self, st: _DocState, char: int) -> tuple[str | None, str | None]:
        best = None
        for start, end, stmt in st.statements:
            if start <= char < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, stmt)
        if best is None:
            # the event is itself a hedged statement ("X reportedly welcomed Y"): its cue
            for _, _, stmt in st.statements:
                if stmt.cue is not None and stmt.cue.start <= char < stmt.cue.end and stmt.hedges:
                    return stmt.id, "reported"
            return None, None
        stmt = best[2]
        return stmt.id, "denied" if stmt.polarity == "negative" else "reported"

    # -- dates and places ----------------------------------------------------------------
    def _date(self, st: _DocState, sent, hit: Hit) -> tuple[dt.date | None, Span | None]:
        if self._dates is None:
            self._dates = []
            for ent in st.ents_in(sent):
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                self._dates.append((ent, _path_to_verb(ent.root)))
        anchors = {hit.head.i, *hit.trigger}
        for ent, path in self._dates:
            if path & anchors:
                day = resolve(ent.text, st.published)
                if day is not None:
                    return day, Span(start=ent.start_char, end=ent.end_char, text=ent.text)
        return st.published, None

    def _location(self, st: _DocState, sent, hit: Hit) -> Location | None:
        if self._places_in is None:
            self._places_in = []
            for ent in st.ents_in(sent):
                if ent.label_ not in ("GPE", "LOC", "FAC"):
                    continue
                prep = ent.root.head
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                place = self.places.lookup(ent.text)
                if place is None:
                    continue
                self._places_in.append(
                    (
                        _path_to_verb(prep.head),
                        Location(
                            country=place.country,
                            city=place.city,
                            latitude=place.latitude,
                            longitude=place.longitude,
                            span=Span(start=ent.start_char, end=ent.end_char, text=ent.text),
                        ),
                    )
                )
        if not self._places_in:
            return None
        anchors = {hit.head.i, *hit.trigger}
        for path, loc in self._places_in:
            if path & anchors:
                return loc
        return self._places_in[0][1]

    # -- threats made by a statement -----------------------------------------------------
    def _statement_phrases(self, st: _DocState) -> None:
        if not self.p.phrases or not st.statements:
            return
        doc = st.doc
        done: set[str] = set()
        for start, end, stmt in st.statements:
            if stmt.id in done or not stmt.speaker.actor_id:
                continue
            i, j = st.token_at(start), st.token_at(max(start, end - 1)) + 1
            lemmas = [
                (t.i, t.lemma_.lower())
                for t in doc[i:j]
                if t.lower_ not in ("a", "an", "the", "any", "some")
            ]
            for k, (_ti, lemma) in enumerate(lemmas):
                for seq, code in self.p.phrases.get(lemma, ()):
                    if tuple(x[1] for x in lemmas[k : k + len(seq)]) != seq:
                        continue
                    toks = [doc[x[0]] for x in lemmas[k : k + len(seq)]]
                    mention = self._speaker_mention(st, stmt)
                    if mention is None:
                        continue
                    done.add(stmt.id)
                    cue_tok = doc[st.token_at(stmt.cue.start)] if stmt.cue else toks[0]
                    hit = Hit(
                        code,
                        [t.i for t in toks],
                        cue_tok,
                        sources=[mention],
                        negated=False,
                        modality="asserted",
                    )
                    sent = toks[0].sent
                    self._dates = None
                    self._places_in = None
                    hit_targets: list[Token] = []
                    hit.targets = hit_targets
                    self._emit_statement(st, sent, hit, stmt)
                    break
                if stmt.id in done:
                    break

    def _speaker_mention(self, st: _DocState, stmt) -> ActorMention | None:
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

    def _emit_statement(self, st: _DocState, sent, hit: Hit, stmt) -> None:
        # The statement is the act: asserted, tied to its statement, dated by its cue.
        aid = hit.sources[0].actor_id if hit.sources else None
        root = hit.code[:2]
        for ev in st.events:  # already coded from the cue ("warned that … targets")
            if (
                ev.root == root
                and ev.source is not None
                and ev.source.actor_id == aid
                and st.sentence_of.get(ev.id) == sent.start
            ):
                return
        before = len(st.events)
        self._emit(st, sent, hit)
        for ev in st.events[before:]:
            ev.statement = stmt.id
            ev.modality = "asserted"
