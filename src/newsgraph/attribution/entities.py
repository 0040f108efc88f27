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
from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.actors import tables
from newsgraph.attribution import bodies
from newsgraph.attribution.lexicon import Lexicon, words
from newsgraph.attribution.mentions import np_tokens
from newsgraph.attribution.people import (
    TITLES,
    People,
    Person,
    strip_name,
    within_phrase,
)
from newsgraph.attribution.references import Recent, gender_of, plural, pronoun_kinds
from newsgraph.extensions import text_of
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


_WORDS = words("entities")
# words that make an agency or a network one of news
_NEWS_WORDS = set(_WORDS["news_words"])


class SpeakerIndex:
    """Everything needed to turn a source mention into a `Speaker`, built once per Doc."""

    def __init__(self, doc: Doc, lex: Lexicon, text: str | None = None, quoted=None):
        self.doc = doc
        self.lex = lex
        self.text = text_of(doc) if text is None else text
        self.people = People(doc, self.text, lex)
        self.surnames = self.people.surnames
        self.actors = {a.id: a for a in (getattr(doc._, "actors", None) or [])}
        self._by_name = {a.name: a for a in self.actors.values() if a.kind == "person"}
        self._roled: list | None = None
        self._barred: set[str] = set()  # names a pronoun may not mean (see _pronoun_outside)
        mentions = getattr(doc._, "actor_mentions", None) or []
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.recent = Recent()
        self._owners: dict[int, Speaker] = {}  # "Netanyahu's office" (its start): Netanyahu
        self.quoted = quoted or (lambda char: False)  # is a character inside a quote?

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

    def _actor_at(self, head: Token):
        """The actor whose mention covers the head token of a mention."""
        return self._actor_for(head.i, head.i + 1)

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
            if head.lemma_.lower() not in lex.organisation_nouns:
                return True
            # "the news agency" is an outlet; "the UN refugee agency", "the space agency" are not
            return any(t.lower_ in _NEWS_WORDS for t in tokens)
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
                qualified = lemma in lex.anon_with_article or lemma == "people"
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
    def remember(self, speaker: Speaker, char: int, content: tuple[int, int] | None = None) -> None:
        """A statement's speaker, for later pronouns and descriptions to refer back to; the
        person whose office or campaign spoke too ("Netanyahu's office said he …": Netanyahu)."""
        self.recent.add(char, speaker, content)
        owner = self._owners.get(speaker.span.start) if speaker.span is not None else None
        if owner is not None and speaker.type == "organisation":
            self.recent.add(char, owner)

    def speaker(
        self, tokens: list[Token], head: Token, span: Span, content: tuple[int, int] | None = None
    ) -> Speaker:
        """The speaker a source mention names; ``content`` (characters) is what the statement
        says, where a pronoun's referent is never a party named ("It urged China to …")."""
        lex = self.lex
        if head.lower_ in lex.relative_pronouns and head.tag_ in ("WP", "WDT", "WP$"):
            antecedent = _antecedent(head)
            if antecedent is not None:
                return self.speaker(np_tokens(antecedent), antecedent, span)
        if head.pos_ == "PRON":
            return self._pronoun_outside(head, span, content)
        holder = _view_holder(head)
        if holder is not None:  # "in Ruiz's view", "in the view of the minister": Ruiz
            return self.speaker(np_tokens(holder), holder, span)
        named = next(
            (c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
        )
        if named is not None and head.ent_type_ != "PERSON":
            # "the foreign minister of the country, Sergei Lavrov,": the name beside the role
            return self.speaker(np_tokens(named), named, span)
        named = _name_closing(head, lex.person_nouns)
        if named is not None:  # "the former president and current party chief, Ana Ruiz,"
            return self.speaker(np_tokens(named), named, span)
        p = self._named_beside(head)
        if p is not None:  # "the regional governor, Ana Ruiz,": a name the tagger missed
            return self._person_speaker(p, span)
        named = _name_beside(head, lex.organisation_nouns)
        if named is not None:  # "Hamas's armed wing, the Qassam Brigades,": the name
            return self.speaker(np_tokens(named), named, span)
        named = _name_after_titles(head, lex.person_nouns)
        if named is not None:  # "Deputy Prime Minister and Foreign Minister Ana Ruiz": Ruiz
            return self.speaker(np_tokens(named), named, span)
        members = _members(head)
        if members is not None:  # "states such as Lithuania and Estonia", "X and Y"
            return self._group(members, span)
        body = self._body_before(tokens, head, span)
        if body is not None:  # "Hamas said … The group said": Hamas
            return body
        actor = self._actor_at(head)
        if actor is None and _is_initials(head.text) and head.lower_ not in lex.person_nouns:
            spelled = self._spelled_out(head) or self._defined(head)
            if spelled is not None:  # "the Joint Chiefs of Staff (JCS) … The JCS said"
                return self._expanded(spelled, span)
        described = self._is_description(tokens, head, actor)
        if actor is not None and not described:
            if actor.kind == "person":
                p = self.people.at(head.i, head.i + 1)
                if p is not None and (_extends(p.name, actor.name) or self._shortened(p, actor)):
                    return self._person_speaker(p, span)  # "Kim" after "Kim Yo-jong"
            found = self._actor_speaker(actor, span)
            if self._other_body(head, found):  # "the Iraqi government" after its ministry
                return found.model_copy(update={"name": self._np_name(tokens)})
            return found
        is_anon, count = self.anonymous_count(tokens, head)
        if is_anon:  # the whole description names an unnamed source
            name = span.text.removeprefix("the ").removeprefix("The ")
            return Speaker(span=span, name=name, type="anonymous", count=count)
        if described:
            return self._role(tokens, head, span, actor)
        return self._by_words(tokens, head, span)

    def _spelled_out(self, head: Token):
        """The capitalised words before an initialism that spell it, the nearest first ("the
        Foreign Office" for "the FO", "Joint Chiefs of Staff" for "JCS"; "of", "and", "for",
        "the" inside are not spelled)."""
        doc, letters = self.doc, head.text
        lo = max(0, head.i - _SPELL_BACK)
        for end in range(head.i - 1, lo - 1, -1):
            last = doc[end]
            if last.text[:1] != letters[-1] or last.is_upper or not last.is_alpha:
                continue
            k, i = len(letters) - 1, end
            while i >= lo and k >= 0:
                w = doc[i]
                if w.lower_ in _SPELL_GLUE and w.is_lower and k < len(letters) - 1:
                    i -= 1
                    continue
                if not w.is_alpha or w.is_upper or w.text[:1] != letters[k]:
                    break
                k, i = k - 1, i - 1
            if k < 0:
                return doc[i + 1 : end + 1]
        return None

    def _defined(self, head: Token):
        """The capitalised words an initialism was given beside, in brackets, earlier in the
        article, whether or not its letters spell them ("the Office of Border Affairs (OBRA)
        … OBRA said")."""
        doc = self.doc
        for t in doc[: head.i]:
            if t.text != head.text or t.i < 2 or t.i + 1 >= len(doc):
                continue
            if doc[t.i - 1].text != "(" or doc[t.i + 1].text != ")":
                continue
            end = t.i - 1
            i = end - 1
            while i >= max(0, end - _SPELL_BACK):
                w = doc[i]
                if w.is_alpha and not w.is_upper and w.text[:1].isupper():
                    i -= 1
                elif w.lower_ in _SPELL_GLUE and w.is_lower and i < end - 1:
                    i -= 1
                else:
                    break
            start = i + 1
            while start < end and (doc[start].is_lower or doc[start].lower_ in ("the", "a")):
                start += 1
            if end - start >= 2:
                return doc[start:end]
        return None

    def _expanded(self, words, span: Span) -> Speaker:
        """The body an initialism stands for, named by the words that spell it."""
        name = self.text[words.start_char : words.end_char]
        actor = self._actor_for(words.end - 1, words.end)
        if actor is None or actor.kind not in ("organisation", "group"):
            return Speaker(span=span, name=name, type="organisation")
        found = self._actor_speaker(actor, span)
        return found.model_copy(update={"name": name}) if found.type != "outlet" else found

    def _other_body(self, head: Token, found: Speaker) -> bool:
        """Is a body named by a common noun ("the Iraqi government") another body than the
        one its actor was first named by ("Iraq's Foreign Ministry")? Then it keeps its words."""
        if found.type != "organisation" or head.tag_ != "NN" or not found.name:
            return False
        lemma = head.lemma_.lower()
        return lemma in self.lex.organisation_nouns and lemma not in found.name.lower()

    def _named_beside(self, head: Token) -> Person | None:
        """The person (from `People`, which also holds names the tagger missed) named in
        apposition to a role: "the regional governor, Ana Ruiz"."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.person_nouns:
            return None
        appos = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return self.people.at(appos.i, appos.i + 1) if appos is not None else None

    def _by_words(self, tokens: list[Token], head: Token, span: Span) -> Speaker:
        """A mention no actor covers: short names, outlets, documents, named entities."""
        lex = self.lex
        text = self._np_name(tokens)
        name_like = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.text[:1].isupper())
        known = self.surnames.get(head.lower_) if name_like else None
        if (
            known is not None
            and (known.start < head.i or head.sent.start == 0)
            and self.people.at(head.i, head.i + 1) is None
        ):
            # "Eklund" after "Lars Eklund", or in a headline before the body names him
            return self._person_speaker(known, span)
        if self.is_outlet(tokens, head):
            return Speaker(span=span, name=text, type="outlet")
        p = self.people.at(head.i, head.i + 1)  # "Clinton allies" are not Clinton
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
            return self._document(tokens, head, span, text)
        if head.pos_ == "NOUN" and lemma in lex.person_nouns:  # "a spokesman": not named
            return Speaker(span=span, name=text, type="anonymous", role=text, count=1)
        whose = next((c for c in head.children if c.dep_ == "poss"), None)
        if whose is not None and whose.lower_ in ("his", "her") and lemma in lex.organisation_nouns:
            found = self._pronoun(whose, span)  # "his office said": the office of the one "he" is
            if found.type == "person" and found.name:
                rest = self.text[whose.idx + len(whose.text) : tokens[-1].idx + len(tokens[-1].text)]
                rest = rest.strip()
                return Speaker(span=span, name=f"{found.name}'s {rest}", type="organisation")
        owner = _owner(head)
        actor = self._actor_for(owner.i, owner.i + 1) if owner is not None else None
        if (
            actor is not None
            and actor.kind == "person"
            and (head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in lex.organisation_nouns)
        ):
            if lemma in lex.organisation_nouns:  # "Netanyahu's office": a body ("it"), not "he"
                own = Span.of(self.text, owner.idx, owner.idx + len(owner.text))
                self._owners[span.start] = self._actor_speaker(actor, own)
                return Speaker(span=span, name=text, type="organisation")
            actor = None  # "Clinton allies": a group, not the person
        if actor is not None and actor.kind == "country" and lemma in lex.organisation_nouns:
            # "Turkey's central bank", "the German foreign office": a body of the state, named
            # by its own words (so "it" later is the bank, not Turkey), coded by its country
            return self._actor_speaker(actor, span).model_copy(
                update={"name": _with_owner(text, actor.name), "type": "organisation"}
            )
        if actor is not None:  # "Russia's foreign ministry": the actor it belongs to
            return self._actor_speaker(actor, span)
        label = head.ent_type_ or next((t.ent_type_ for t in tokens if t.ent_type_), "")
        kind = _ENT_TYPE.get(label, "unknown")
        if kind == "country" and not head.ent_type_ and head.tag_ == "NN" and head.is_lower:
            kind = "organisation"  # "the Kandahar brigade": a body of the place, not the place
        if kind == "unknown" and lemma in lex.organisation_nouns:
            kind = "organisation"
        if kind == "unknown":
            return _unknown(
                span, "the mention is not recognised as a person, group, outlet or document", text
            )
        if kind == "organisation":  # "the country's Joint Chiefs of Staff": the body's name
            text = _without_vague_owner(text)
            country = self._country_before(head.idx)
            if country is not None:  # "the country's supreme court": the country named last
                text = _with_owner(text, country.name)
        return Speaker(span=span, name=text, type=kind)

    def _country_before(self, char: int):
        """The country actor mentioned last before ``char``, in its paragraph or the one
        before it."""
        since = self._paragraphs_back(char, 2)
        best, best_at = None, -1
        for a in self.actors.values():
            if a.kind != "country":
                continue
            for m in a.mentions:
                if best_at < m.start < char and m.start >= since:
                    best, best_at = a, m.start
        return best

    def _document(self, tokens: list[Token], head: Token, span: Span, text: str) -> Speaker:
        """A statement or report named "<author> <noun>": its author is the owner or the name
        after "from" / "by" ("a statement from spokesperson Ana Ruiz": "Ana Ruiz statement");
        a bare "the report" or "the article" is the last outlet's that spoke, in its paragraph
        or the one before ("Serbian TV said … the report said": "Serbian TV report")."""
        author = _author_of(head)
        if author is not None:
            found = self.speaker(np_tokens(author), author, span)
            if found.type in ("person", "organisation", "outlet", "country") and found.name:
                return Speaker(span=span, name=f"{found.name} {head.lower_}", type="document")
            return Speaker(span=span, name=text, type="document")
        bare = len(tokens) == 2 and tokens[0].lower_ == "the" and head.tag_ == "NN"
        if not bare or head.lower_ not in _OUTLET_DOCUMENTS:
            return Speaker(span=span, name=text, type="document")
        at, last = self.recent.last(head.idx, {"outlet"}, lambda sp: sp.span is not None)
        if last is None or at < self._paragraphs_back(head.idx, 2):
            return Speaker(span=span, name=text, type="document")
        return Speaker(span=span, name=f"{last.name} {head.lower_}", type="document")

    def _actor_speaker(self, actor, span: Span) -> Speaker:
        kind = "outlet" if actor.sector == "MED" else _ACTOR_TYPE.get(actor.kind, "unknown")
        return Speaker(
            span=span,
            name=actor.name,
            type=kind,
            actor=actor.code,
            actor_id=actor.id,
            role=actor.role,
        )

    # -- what refers back: pronouns and descriptions ----------------------------------------
    def _pronoun_outside(self, head: Token, span: Span, content) -> Speaker:
        """A pronoun's referent, but not a person or state the statement itself names as a
        party ("Beijing has claimed the sea. It called on China to …": not China; "She urged
        Berg to …": not Berg): then the referent found with those left out, if any."""
        own = self._reporting_itself(head, content) if content is not None else None
        if own is not None:  # "The Armed Forces repelled the attack, it said": the forces
            return self.speaker(np_tokens(own), own, span)
        found = self._pronoun(head, span)
        named = self._named_in(content, head) if content is not None else set()
        if not _is_named(found, named):
            return found
        self._barred = named
        self.people.skip = named
        try:
            again = self._pronoun(head, span)
        finally:
            self._barred = set()
            self.people.skip = set()
        return found if again.type == "unknown" or _is_named(again, named) else again

    def _reporting_itself(self, head: Token, content: tuple[int, int]) -> Token | None:
        """ "X did Y, it said": for an "it" after a content that opens its sentence, the named
        body that is the subject of that content's main clause (an organisation's name, plural
        in form or not: "The Rapid Support Forces seized the airport, it said")."""
        if head.lower_ != "it" or head.dep_ != "nsubj":
            return None
        start, end = content
        if end > head.idx or start != head.sent.start_char:
            return None
        for t in head.sent:
            if t.idx >= end:
                break
            if t.idx < start or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = t.head
            if not (verb.dep_ == "ROOT" or verb.head.idx >= end or verb.head.i == head.head.i):
                continue
            named = t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "NORP")
            return t if named and not self.quoted(t.idx) else None
        return None

    def _named_in(self, content: tuple[int, int], head: Token) -> set[str]:
        """Names of the persons and states a content names as a party after the pronoun
        ``head``, in its sentence (not as a modifier: "China's sovereignty" names no party)."""
        if content[1] <= head.idx and content[0] >= head.sent.start_char:
            return self._named_before(content, head)
        start, end = max(content[0], head.idx), min(content[1], head.sent.end_char)
        out = set()
        for m in self.mentions[bisect_left(self._mention_starts, head.i) :]:
            if m.start_char >= end:
                break
            if m.start_char < start or m.end_char > end:
                continue
            actor = self.actors.get(m.actor_id)
            root = self.doc[m.start : m.end].root
            if actor is None or actor.kind not in ("person", "country") or root.pos_ == "PRON":
                continue
            if root.dep_ not in ("poss", "compound", "amod", "nmod"):
                out.add(actor.name)
        for p in self.people.between(head.i, head.sent.end):
            if start <= p.char < end and not p.modifier:
                out.add(p.name)
        return out

    def _named_before(self, content: tuple[int, int], head: Token) -> set[str]:
        """Names of the persons a content that opens the pronoun's sentence names inside a
        clause of its own ("It is clear that Ruiz wants …, he added": not Ruiz); not the
        subject of its main clause ("Ruiz will resign, he said" may be Ruiz on himself)."""
        start, end = content
        out = set()
        for p in self.people.between(head.sent.start, head.i):
            if not start <= p.char < end or p.modifier:
                continue
            root = self.doc[p.start : p.end].root
            verb = root.head
            main = verb.dep_ == "ROOT" or not start <= verb.head.idx < end
            if root.dep_ in ("nsubj", "nsubjpass") and main:
                continue
            out.add(p.name)
        return out

    def _pronoun(self, head: Token, span: Span) -> Speaker:
        lower = head.lower_
        if lower in ("i", "me"):
            return Speaker(span=span, name=span.text, type="person")
        wanted = pronoun_kinds(lower)
        if wanted is None:
            return _unknown(span, f"the pronoun {span.text!r} is not resolved")
        kinds, gender = wanted
        if kinds == {"person"}:
            p = self.people.in_sentence_before(head, gender, self.quoted)
            if p is not None and (p.subject or within_phrase(head, p.start)):
                return self._person_speaker(p, span)
            # "In a call with Ruiz, she said": the sentence before may say who "she" is
            main = self._main_subject_before(head, gender, span)
            if main is not None:
                return main
            if p is not None:
                return self._person_speaker(p, span)

        def agrees(sp: Speaker) -> bool:
            if _is_named(sp, self._barred):
                return False
            if kinds == {"person"}:
                if sp.type == "anonymous":  # "one Western diplomat told me. He asked …"
                    return sp.count == 1
                return gender is None or gender_of(sp.name, self.people.genders) in (None, gender)
            return plural(sp) if lower.startswith("the") else True

        wide = kinds | {"anonymous"} if kinds == {"person"} else kinds
        at, earlier = self.recent.last(head.idx, wide, agrees, unsaid=lower in ("it", "its"))
        if kinds == {"person"}:
            p = self.people.before(head.i, lower, self.quoted)
            # the last speaker, unless a person was named since, outside what was said
            # ("Peskov said Putin was calm. He added …": Peskov), and the cue does not go on
            # with what was said ("he added", "she continued")
            new = self._introduced_before(head, gender)
            if new is not None and new.char > at and (p is None or p.char < new.char):
                p = new  # "The move angered Karl Weber. “…,” he said": Weber, not the last
            later = p is not None and p.char > at and not self.recent.said(p.char)
            if p is not None and (earlier is None or (later and not _continues(head))):
                return self._person_speaker(p, span)
        if earlier is not None and kinds != {"person"}:
            # "It has accused Stockholm …" a paragraph after the agency last spoke: a body or
            # state named as a subject earlier in the pronoun's own paragraph is nearer
            para = self.text.rfind("\n", 0, head.idx)
            subject = self._subject_before(head, plural_wanted=lower.startswith("the"))
            if subject is not None and at < para < subject.idx:
                return self.speaker(np_tokens(subject), subject, span)
        if earlier is not None:
            return earlier.model_copy(update={"span": span, "reason": None})
        if kinds == {"person"}:
            _, named = self.recent.last(head.idx, {"organisation"}, self._name_like)
            if named is not None and agrees(named):  # "Novak said …" read as a body
                return named.model_copy(update={"span": span, "reason": None, "type": "person"})
            described = self._described_before(head, gender)
            if described is not None:  # "The minister arrived. … she added": the minister
                actor = self._actor_at(described)
                if actor is not None and actor.kind == "person":
                    return self._actor_speaker(actor, span)
                return self._role(np_tokens(described), described, span, actor)
            body = self._body_for_person_pronoun(head)
            if body is not None:  # "The ministry said … “…,” he said": its unnamed voice
                return body.model_copy(update={"span": span, "reason": None})
            return _unknown(span, f"no person named before the pronoun {span.text!r}")
        subject = self._subject_before(head, plural_wanted=lower.startswith("the"))
        if subject is not None:  # "The central bank met lenders. It said …": the bank
            return self.speaker(np_tokens(subject), subject, span)
        return _unknown(span, f"nothing that spoke before the pronoun {span.text!r}")

    def _body_for_person_pronoun(self, head: Token) -> Speaker | None:
        """ "he" or "she" where the article names no person before it: the organisation
        that spoke last, in the pronoun's paragraph or the two before (translated copy and
        statements read out by an unnamed spokesperson: "The ministry said … he added")."""
        at, body = self.recent.last(head.idx, {"organisation"}, lambda sp: sp.span is not None)
        if body is None or any(e.label_ == "PERSON" and e.start < head.i for e in self.doc.ents):
            return None
        return body if at >= self._paragraphs_back(head.idx, 3) else None

    def _paragraphs_back(self, char: int, n: int) -> int:
        """Where the ``n`` non-empty paragraphs that end with the one holding ``char`` start."""
        start = char
        for _ in range(n):
            start = self.text.rfind("\n", 0, len(self.text[:start].rstrip())) + 1
        return start

    def _name_like(self, sp: Speaker) -> bool:
        """Could a speaker typed as a body be a person's name the tagger misread ("Novak",
        "Carly Fiorina")? One to three capitalised words, no acronym, no actor, no word of a
        body, when nothing else tells: what "he" or "she" with no person before can mean."""
        words = (sp.name or "").split()
        if sp.actor_id or not 0 < len(words) <= 3 or sp.span is None:
            return False
        if any(not w[:1].isupper() or w.isupper() or not w.isalpha() for w in words):
            return False
        nouns = self.lex.organisation_nouns
        return not any(w.lower() in nouns or w.lower() in _country_words() for w in words)

    def _introduced_before(self, head: Token, gender: str | None):
        """For "he said" after a quote that opens its sentence, a person the sentence before
        names for the first time, with no person as its subject (see People.introduced_in)."""
        sent = head.sent
        if head.dep_ != "nsubj" or sent.start == 0 or _continues(head):
            return None
        first = sent[0]
        if not first.is_quote or head.i <= first.i + 2 or not self.quoted(sent[1].idx):
            return None
        before = self.doc[sent.start - 1].sent
        if before[0].text == "(" or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _PERSONAL and not self.quoted(t.idx)
            for t in before
        ):
            return None  # "She was a booster of Mitt Romney.": still about her; an aside
        return self.people.introduced_in(before, gender, self.quoted)

    def _main_subject_before(self, head: Token, gender: str | None, span: Span) -> Speaker | None:
        """A subject pronoun's referent when the sentence before has a person as the subject of
        its main verb: that person (a name, or a pronoun already resolved as a speaker), over
        one named later in a clause of its own ("after Katz told troops …")."""
        if head.dep_ != "nsubj" or head.sent.start == 0:
            return None
        before = self.doc[head.sent.start - 1].sent
        p = self.people.main_subject(before, gender, self.quoted)
        if p is not None:
            known = gender_of(p.name, self.people.genders)
            if gender and known and known != gender:
                return None
            if self.recent.said(p.char):
                return None  # "Trump, Ruiz said, has …": the person spoken of
            if _continues(head) and self.recent.at(p.char) is None:
                return None  # "he added" goes on with the last speaker, not a caption's subject
            return self._person_speaker(p, span)
        subj = next(
            (c for c in before.root.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None
        )
        if subj is None or subj.lower_ != head.lower_ or self.quoted(subj.idx):
            return None
        earlier = self.recent.at(subj.idx)
        return earlier.model_copy(update={"span": span, "reason": None}) if earlier else None

    def _body_before(self, tokens: list[Token], head: Token, span: Span) -> Speaker | None:
        """The body a description of one refers back to ("the group", "the ministry"): the last
        that spoke and fits, else a fitting body named as a subject in the two sentences before."""
        want = bodies.wanted(tokens, head, bodies.load())
        if want is None:
            return None

        def fit(sp: Speaker) -> bool:
            actor = self.actors.get(sp.actor_id) if sp.actor_id else None
            sector = actor.sector if actor is not None else None
            return bodies.fits(sp, want, _country_words().get, sector)

        _, earlier = self.recent.last(head.idx, {"organisation", "outlet"}, fit)
        if earlier is not None:
            return earlier.model_copy(update={"span": span, "reason": None})
        start = head.sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        for t in reversed(self.doc[start : head.sent.start]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or self.quoted(t.idx):
                continue
            own = np_tokens(t)
            sp = self.speaker(
                own, t, Span.of(self.text, own[0].idx, own[-1].idx + len(own[-1].text))
            )
            if fit(sp):
                return sp.model_copy(update={"span": span, "reason": None})
        return None

    def _subject_before(self, head: Token, plural_wanted: bool) -> Token | None:
        """The nearest subject, in the pronoun's sentence or the two before it, outside
        quotes, that "it" (an organisation, a place, a document) or "they" (a plural noun
        that is not a thing, or a body) can mean."""
        lex = self.lex
        start = head.sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        for t in reversed(self.doc[start : head.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if self.quoted(t.idx) or t.ent_type_ == "PERSON":
                continue
            lemma = t.lemma_.lower()
            body = lemma in lex.organisation_nouns or t.ent_type_ in ("ORG", "NORP")
            if plural_wanted:
                many = t.tag_ in ("NNS", "NNPS") and (
                    lemma in lex.person_nouns or lemma in lex.anon_heads or body
                )
                if many or (body and t.ent_type_ == "NORP"):
                    return t
            elif t.tag_ in ("NN", "NNP") and (
                body
                or t.ent_type_ == "GPE"
                or lemma in lex.document_nouns
                or lemma in lex.outlet_nouns
            ):
                return t
        return None

    def _described_before(self, head: Token, gender: str | None) -> Token | None:
        """The nearest subject described by its office ("the foreign minister") in the pronoun's
        sentence or the one before it, outside quotes, of a gender the pronoun allows."""
        start = head.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for t in reversed(self.doc[start : head.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" or self.quoted(t.idx):
                continue
            lemma = t.lemma_.lower()
            if lemma in self.lex.person_nouns and self.lex.person_gender.get(lemma) in (
                None,
                gender,
            ):
                return t
        return None

    def _is_description(self, tokens: list[Token], head: Token, actor) -> bool:
        """A role description without a name: "the spokesman", "the top Russian diplomat"."""
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in self.lex.person_nouns:
            if head.lemma_.lower() not in self.lex.person_nouns or head.pos_ != "NOUN":
                return False
        owners = set()
        if head.tag_ == "NN":  # "Putin's spokesman", not "Clinton's lawyers"
            owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.i not in owners for t in tokens):
            return False  # a name: "Kremlin spokesman Dmitry Peskov"; not "Putin's spokesman"
        if any(t.lower_ in ("a", "an", "another") for t in tokens if t.i < head.i):
            return False  # "a spokesman said", "another lawmaker said": not one named before
        return actor is None or actor.kind != "person" or (actor.role or "") in actor.name.lower()

    def _role(self, tokens: list[Token], head: Token, span: Span, actor) -> Speaker:
        found = self._role_holder(tokens, head, span, actor)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN" and found.type == "person":
            said = {w.lower() for w in (found.name or "").split()}
            if owner.lower_ in said:  # "Cameron's spokesman" is never Cameron
                text = self._np_name(tokens)
                return Speaker(span=span, name=text, type="person", role=text)
        if owner is not None and owner.lower_ in ("his", "her") and found.type == "person":
            whose = self._pronoun(owner, span)
            if whose.type == "person" and whose.name == found.name:  # "his spokesman": not him
                text = self._np_name(tokens)
                return Speaker(span=span, name=text, type="person", role=text)
        return found

    def _role_holder(self, tokens: list[Token], head: Token, span: Span, actor) -> Speaker:
        lemma = head.lemma_.lower()
        country = actor.country if actor is not None else None
        if country is None:  # "Ukraine's president" where no actor was found
            words = _country_words()
            country = next((words[t.lower_] for t in tokens if t.lower_ in words), None)
        if country is None:  # "Putin's spokesman": the country of the one they speak for
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            known = self._actor_for(owner.i, owner.i + 1) if owner is not None else None
            country = known.country if known is not None and known.kind == "person" else None
        offices = _offices(self.lex, head)
        p = self.people.with_role(lemma, head.i, offices)
        if p is not None and country is not None:
            known = self._actor_for(p.start, p.end)
            said = {_country_words().get(w) for w in (p.role or "").lower().split()}
            if (known is None or known.country != country) and country not in said:
                p = None  # "the Kenyan president" is not "President Li" named before
        gender = self.lex.person_gender.get(lemma)

        def fits(sp: Speaker) -> bool:
            if gender and gender_of(sp.name, self.people.genders) not in (None, gender):
                return False  # "the woman said" never means the man who spoke last
            if not self._same_office(tokens, sp):
                return False  # "the interior minister" is not the police spokesman
            return country is None or (sp.actor or "")[:3] == country

        at, earlier = self.recent.last(head.idx, {"person"}, fits)
        if earlier is not None and actor is not None and earlier.actor_id == actor.id:
            earlier = None
        if earlier is not None:  # "A senior official said … The official added": that one
            since, unnamed = self.recent.last(
                head.idx, {"anonymous"}, lambda sp: lemma in (sp.name or "").lower().split()
            )
            if unnamed is not None and since > at:
                return unnamed.model_copy(update={"span": span, "reason": None})
        if p is not None and (earlier is None or p.char >= at):
            return self._person_speaker(p, span)
        named = None
        if earlier is None:
            named = self._actor_with_role(lemma, offices, country, head.idx)
        if named is not None:
            return self._actor_speaker(named, span)
        if earlier is not None:  # the last speaker in that office, named after the other
            return earlier.model_copy(update={"span": span, "reason": None})
        later = self._named_later(tokens, head, country)
        if later is not None:  # "the Kremlin spokesman said …" before "… spokesman Dmitry Peskov"
            return self._person_speaker(later, span)
        text = self._np_name(tokens)
        if actor is not None:  # "the Kremlin spokesman": the role, coded by its affiliation
            return Speaker(span=span, name=text, type="person", actor=actor.code, role=text)
        return Speaker(span=span, name=text, type="person", role=text)

    def _named_later(self, tokens: list[Token], head: Token, country: str | None):
        """The person the article names after a description with a role holding all of its
        words; not one of another country than the description names."""
        if any(t.lower_ in ("a", "an", "another", "one") for t in tokens if t.i < head.i):
            return None
        words = {
            t.lemma_.lower() if t.i == head.i else t.lower_
            for t in tokens
            if t.is_alpha
            and t.dep_ not in ("det", "poss", "case")
            and t.ent_type_ not in _PLACES
            and t.lower_ not in _country_words()
        } - _VAGUE
        p = self.people.named_later(words, head.i + 1, self.lex.role_synonyms)
        if p is None:
            return None
        known = self._actor_for(p.start, p.end)
        if country and known is not None and known.country and known.country != country:
            return None
        return p

    def _same_office(self, tokens: list[Token], sp: Speaker) -> bool:
        """Can a description ("the top Russian diplomat") name an earlier speaker whose role or
        mention says "Foreign Minister"? Yes when neither says anything of a role, when they
        share a word (country words aside: the country is checked apart), or when the role is
        an office a word of the description is used for."""
        mention = sp.span.text if sp.span is not None else ""
        named = self.people.roles.get(sp.name or "", "")  # "A police spokesman, Tomas Kral"
        role = f"{sp.role or ''} {mention} {named}".lower().replace("-", " ")
        if not any(w in self.lex.person_nouns for w in role.split()):
            return True  # "he", "Ana Ruiz": nothing says what office they hold
        words = {
            t.lemma_.lower()
            for t in tokens
            if t.is_alpha and t.dep_ not in ("det", "poss") and t.ent_type_ not in _PLACES
        } - _VAGUE
        if words & set(role.split()) or words & _ANY_OFFICE:
            return True  # "the official": whoever holds an office
        said = f" {' '.join(t.lower_ for t in tokens)} "
        # "the head of state": a president
        words = words | {k for k in self.lex.role_synonyms if " " in k and f" {k} " in said}
        return any(o in role for w in words for o in self.lex.role_synonyms.get(w, ()))

    def _actor_with_role(self, lemma: str, offices, country: str | None, char: int):
        """The person actor last mentioned before ``char`` whose role holds ``lemma`` or an
        office it is used for."""
        if self._roled is None:  # person actors with a role that are not descriptions
            self._roled = [
                (a, sorted(m.start for m in a.mentions))
                for a in self.actors.values()
                if a.kind == "person" and a.role and a.role.lower() not in a.name.lower()
            ]
        best, best_at = None, -1
        for a, starts in self._roled:
            role = f" {a.role.lower()} "
            if lemma not in role and not any(f" {o} " in role for o in offices):
                continue
            if country and a.country != country:
                continue
            k = bisect_left(starts, char)
            if k and starts[k - 1] > best_at:
                best, best_at = a, starts[k - 1]
        return best

    def _group(self, members: list[Token], span: Span) -> Speaker:
        """Several named members speak together: their names, no single actor."""
        names = [self._np_name(_own_tokens(m)) for m in members]
        name = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 2 else names)
        kinds = {self._actor_at(m).kind if self._actor_at(m) else "" for m in members}
        kind = "country" if kinds == {"country"} else "organisation"
        return Speaker(span=span, name=name, type=kind)

    def _shortened(self, p: Person, actor) -> bool:
        """Is the person's mention a short form ("Kim") of the full name the article gave them
        ("Kim Yo Jong"), which another actor's name ("Kim Jong Un") does not hold?"""
        said = self.doc[p.start : p.end].text.split()
        if actor.name == p.name or len(said) >= len(p.name.split()):
            return False
        for q in self.people.persons:  # the actor of the full name, where the article gave it
            if q.name == p.name and len(self.doc[q.start : q.end].text.split()) > len(said):
                full = self._actor_for(q.start, q.end)
                return full is None or full.id != actor.id
        return False

    def _person_speaker(self, p: Person, span: Span) -> Speaker:
        actor = self._actor_for(p.start, p.end)
        if actor is not None and (_extends(p.name, actor.name) or self._shortened(p, actor)):
            actor = self._by_name.get(p.name)  # a short name's own actor: the full name's
        if actor is not None and actor.kind == "person":
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


@cache
def _country_words() -> dict[str, str]:
    """Country names and demonyms (one word, lower case) → ISO3, from the actors' table."""
    out: dict[str, str] = {}
    for c in tables.countries():
        for w in (c.name, *c.aliases, *c.demonyms):
            if " " not in w:
                out.setdefault(w.lower(), c.iso3)
    return out


#: how far back (tokens) the words an initialism stands for are looked for, and the small
#: words inside a name that its initials leave out
_SPELL_BACK = 600
_SPELL_GLUE = set(_WORDS["spell_glue"])


#: documents named "<author> <noun>" ("Ana Ruiz statement"), and those a bare "the …" gives to
#: the last outlet that spoke
_AUTHORED = set(_WORDS["authored"])
_OUTLET_DOCUMENTS = set(_WORDS["outlet_documents"])
#: owners that name no one ("the country's", "the nation's"): left out of a body's name
_VAGUE_OWNERS = set(_WORDS["vague_owners"])


def _without_vague_owner(name: str) -> str:
    """ "country's Joint Chiefs of Staff" → "Joint Chiefs of Staff"; a name follows the owner."""
    owner, _, rest = name.partition(" ")
    if owner.removesuffix("'s").removesuffix("’s") in _VAGUE_OWNERS and owner[-2:] in ("'s", "’s"):
        return rest if rest[:1].isupper() else name
    return name


def _with_owner(name: str, country: str) -> str:
    """ "country's supreme court" → "Venezuela's supreme court": the vague owner named."""
    owner, _, rest = name.partition(" ")
    if owner.removesuffix("'s").removesuffix("’s") in _VAGUE_OWNERS and owner[-2:] in ("'s", "’s"):
        return f"{country}{owner[-2:]} {rest}" if rest and country else name
    return name


def _author_of(head: Token) -> Token | None:
    """Whose a document is, by name: "Russia's statement", "a statement from / by the Kenyan
    presidency" (a noun with a name of its own), not "a letter from the chairman"."""
    if head.lower_ not in _AUTHORED:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in pobj.children)
            ):
                return pobj
    return None


def _is_initials(word: str) -> bool:
    """ "FO", "JCS", "IEBC": two to six capitals, nothing else."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _is_named(sp: Speaker, names: set[str]) -> bool:
    """Is ``sp`` a person or state among ``names`` (a body coded by its state is not)?"""
    return bool(names) and sp.type in ("person", "country") and sp.name in names


def _unknown(span: Span, reason: str, name: str | None = None) -> Speaker:
    """A speaker that cannot be found: the mention's words as its name, and why."""
    return Speaker(span=span, name=name or span.text, type="unknown", reason=reason)


def _extends(name: str, short: str) -> bool:
    """Does ``name`` hold ``short`` as its first or last words, and more ("Kim Yo-jong")?"""
    words, part = name.lower().split(), short.lower().split()
    return len(words) > len(part) and (words[: len(part)] == part or words[-len(part) :] == part)


_VAGUE = set(_WORDS["vague"])
_PLACES = ("NORP", "GPE", "LOC")
_GOING_ON = set(_WORDS["going_on"])


#: words too loose to stand for an office on their own ("the president" is no party "leader")
_LOOSE_OFFICES = set(_WORDS["loose_offices"])


def _offices(lex: Lexicon, head: Token) -> tuple[str, ...]:
    """The offices a singular role noun is used for ("the Israeli leader": a prime minister),
    without the loose ones; none for a plural ("party leaders" are not the president)."""
    if head.tag_ not in ("NN", "NNP"):
        return ()
    roles = [head.lemma_.lower()]
    after = " ".join(t.lower_ for t in head.doc[head.i : head.i + 3]) + " "
    roles += [k for k in lex.role_synonyms if " " in k and after.startswith(f"{k} ")]
    return tuple(
        o for r in roles for o in lex.role_synonyms.get(r, ()) if o not in _LOOSE_OFFICES
    )


#: role nouns that stand for any office ("the official" after "Interior Minister Ana Ruiz")
_ANY_OFFICE = set(_WORDS["any_office"])

#: subject pronouns that say a sentence is still about someone named before
_PERSONAL = set(_WORDS["personal"])


def _continues(head: Token) -> bool:
    """Is this pronoun the subject of a cue that goes on with what was said ("he added")?"""
    return head.dep_ == "nsubj" and head.head.lemma_ in _GOING_ON


#: nouns of a point of view: "in X's view" is X's statement
_VIEW_NOUNS = set(_WORDS["view_nouns"])


def _view_holder(head: Token) -> Token | None:
    """Whose view a "view" noun is: its possessor or the noun after "of"."""
    if head.lemma_.lower() not in _VIEW_NOUNS or head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            pobj = next((x for x in child.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
    return None


def _owner(head: Token) -> Token | None:
    """The name a mention belongs to: "Russia's ministry", "the Kremlin press office", "the
    government of Japan"; not a place that only qualifies it ("a Moscow-based trader")."""
    for child in head.children:
        if child.dep_ in ("poss", "compound", "nmod") and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            pobj = next((x for x in child.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
    for child in head.children:  # "the state-run ministry's", "the Turkish foreign ministry"
        if child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE"):
            return child
    return None


def _name_after_titles(head: Token, person_nouns: set[str]) -> Token | None:
    """The name two joined titles stand before ("Deputy Prime Minister and Foreign Minister
    Ana Ruiz", "Prime Minister and Minister of Foreign Affairs Ana Ruiz"), which the parser
    reads as the first title and a name joined to it: one person, not two speakers."""
    if not head.text[:1].isupper() or head.lower_ not in person_nouns:
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None  # "the minister and Ana Ruiz": two people
    for c in head.children:
        if c.dep_ != "conj" or c.ent_type_ != "PERSON":
            continue
        before = head.doc[c.left_edge.i : c.i]
        if any(t.lower_ in person_nouns and t.ent_type_ != "PERSON" for t in before):
            return c  # "… and Foreign Minister Ana Ruiz"
        if any(x.dep_ == "conj" and x.i < c.i and x.lower_ in person_nouns for x in head.children):
            return c  # "Prime Minister and Minister of Foreign Affairs Ana Ruiz"
    return None


def _name_beside(head: Token, bodies: set[str]) -> Token | None:
    """The proper name in apposition to a description of a body ("the UN's cultural agency,
    UNESCO", "the country's nuclear watchdog, the Atomic Energy Organization")."""
    if head.pos_ != "NOUN":
        return None
    for c in head.rights:
        if c.dep_ != "appos" or c.pos_ != "PROPN":
            continue
        if c.ent_type_ in ("ORG", "FAC", "GPE") or c.lemma_.lower() in bodies:
            return c
    return None


def _antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun ("who", "which") attaches to."""
    antecedent = head.head
    while antecedent.dep_ in ("relcl", "acl") and antecedent.head.i != antecedent.i:
        antecedent = antecedent.head
        if antecedent.pos_ in ("NOUN", "PROPN", "PRON"):
            break
    if antecedent.pos_ in ("NOUN", "PROPN") and antecedent.i < head.i:
        return antecedent
    return None


def _own_tokens(t: Token) -> list[Token]:
    """A conjunct's own words, without the conjuncts that follow it."""
    out = [t]
    for child in t.children:
        if child.dep_ not in ("conj", "cc", "punct", "appos", "relcl"):
            out.extend(child.subtree)
    return sorted(out, key=lambda x: x.i)


def _name_closing(head: Token, person_nouns: set[str]) -> Token | None:
    """The one person's name set off by a comma at the end of a long role description, which
    the parser hangs on a noun inside it ("the ex-premier, once head of the cabinet
    and now deputy chair of the upper house, Ana Ruiz,")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in person_nouns or head.ent_type_:
        return None
    words = list(head.subtree)
    names = [t for t in words if t.ent_type_ == "PERSON"]
    last = next((t for t in reversed(words) if t.dep_ == "appos" and t.pos_ == "PROPN"), None)
    if last is None or last.ent_type_ != "PERSON" or last.head.i == head.i:
        return None
    if any(t.i < last.left_edge.i for t in names) or last.left_edge.i == 0:
        return None  # another name inside the description: not one person's
    if head.doc[last.left_edge.i - 1].text != ",":
        return None
    end = words[-1] if not words[-1].is_punct else head.doc[words[-1].i - 1]
    return last if last.right_edge.i == end.i else None


def _members(head: Token) -> list[Token] | None:
    """Named members that speak together: "X and Y", "states such as X and Y"."""
    listed = None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("as", "including") and child.i > head.i:
            if child.lower_ == "including" or child.nbor(-1).lower_ == "such":
                listed = next((c for c in child.children if c.dep_ == "pobj"), None)
                break
    first = listed if listed is not None else head
    conj = [c for c in first.rights if c.dep_ == "conj"]
    if not conj or first.pos_ != "PROPN":
        return None
    out = [first]
    while conj:
        out.append(conj[0])
        conj = [c for c in conj[0].rights if c.dep_ == "conj"]
    return out if all(t.pos_ == "PROPN" for t in out) else None
