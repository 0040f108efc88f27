"""Find attribution cues in the dependency tree, each with its source and content mentions.

One linear pass over the tokens finds the cues (readers in `verb_cues` and `phrase_cues`):
- a cue verb from the lexicon ("said", "warned", "denied", "pointing out") with its subject as
  source and its clausal complement, infinitive or (for some verbs) object as content;
- a verb + object or verb + preposition cue phrase ("expressed their readiness to …");
- "according to X", "in the latest poll", adjectives of stance, owned cue nouns, verbs of
  seeming without a source.
Then: a participle or conjunct without a subject ("…, adding that …") takes its governor's
source; conjuncts share content; relay verbs ("citing X", "…, which cited X") turn their object
into the source and the outer source into a relay; a source mention stops before a relative
clause that is an attribution of its own. Dependencies never cross a paragraph.

Every draft records how its source was found in ``by`` (a sieve name, see `sieves.ORDER`).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id, hash_string
from spacy.tokens import Doc, Token

from newsgraph.attribution import phrase_cues
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import Lexicon, words
from newsgraph.attribution.mentions import mention_tokens
from newsgraph.attribution.spans import Paragraphs, tok_end, trim
from newsgraph.attribution.verb_cues import reduced_relative, verb_draft
from newsgraph.extensions import id_array, ids_of, isin

_INHERIT = ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp")
_WORDS = words("cues")
# "responded by saying …", "ended the call after saying …": the governor's subject says it
_MEANS = set(_WORDS["means"])
_VERB_POS = ("VERB",)
# how a participle or conjunct trails a clause it is no part of ("…, suggesting", "before
# claiming", "and called it")
_TRAILING = ("advcl", "conj", "prep")
# the parts of speech `_cue_at` reads a cue at; any other token starts none but "according to"
_CUE_POS = ("ADJ", "NOUN", "VERB", "AUX")
_ADJ, _NOUN, _VERB, _AUX = (POS_IDS[p] for p in _CUE_POS)
_ROOT = get_string_id("ROOT")


class CueFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.cue_class = lex.cue_class
        self.cue_objects = lex.cue_objects
        self.prep_cues = lex.prep_cues
        # nouns of where words are said, between a cue verb and its preposition ("spoke in a
        # statement of …", "called at the summit for …")
        self.said_at = frozenset(lex.statement_nouns | lex.occasions)
        self.according_first = {seq[0]: seq for seq in lex.according_to}
        self._according_hashes = id_array(hash_string(w) for w in self.according_first)
        self._adjectives = ids_of(lex.adjective_cues)
        self._nouns = ids_of(lex.noun_cues)
        verb_lemmas = (
            set(self.cue_class)
            | set(self.cue_objects)
            | set(self.prep_cues)
            | set(lex.complement_cues)
            | set(lex.phrasal_cues)
        )
        self._verb_lemmas = ids_of(verb_lemmas)
        self._verb_forms = ids_of(lex.verb_forms)
        self._clause_deps = ids_of(("ROOT", "ccomp"))
        self._said_lemmas = ids_of(self.cue_class)  # a root "-s" noun read as a verb of saying
        self._noun_lemma: dict[int, bool] = {}  # lemma id → its lower case is a noun cue

    def find(self, doc: Doc, paras: Paragraphs) -> list[Draft]:
        self.text = paras.text  # Doc.text is rebuilt on every access: read it once
        drafts: list[Draft] = []
        by_cue: dict[int, Draft] = {}
        for i in self._candidates(doc):
            tok = doc[i]
            d = self._cue_at(doc, tok, paras)
            if d is not None:
                drafts.append(d)
                if tok.pos_ in _VERB_POS and tok.lower_ not in self.according_first:
                    by_cue[tok.i] = d
        for d in drafts:
            if d.source is None and not d.according and not d.sourceless:
                self._inherit(d, by_cue)
        for d in drafts:
            if d.content is None:  # "confirmed or denied the plans": conjuncts share content
                for c in d.cue.children:
                    if c.dep_ == "conj" and c.i in by_cue and by_cue[c.i].content is not None:
                        d.content = by_cue[c.i].content
                        break
        drafts = self._issued_documents(drafts)
        # "X is reported to have said …": the passive verb of reporting is part of the cue
        # phrase of the words X said, no statement of its own
        passives = {
            d.source.head.i
            for d in drafts
            if d.source is not None and d.source.dep_ == "nsubjpass" and d.source.head.i != d.cue.i
        }
        drafts = [d for d in drafts if d.cue.i not in passives or d.source is not None]
        links = {i for d in drafts if (i := self._relay(d, paras)) is not None}
        self._cut_sources(drafts)
        # "an article, which cited two people": the citing is a link of the other draft's
        # relay chain, not a statement of its own
        return [
            d
            for d in drafts
            if (d.source is not None or d.content is not None)
            and not (d.cue.i in links and d.by != "relay")
        ]

    def _candidates(self, doc: Doc) -> list[int]:
        """The tokens `_cue_at` may find a cue at, in order, picked in one vectorised look-up
        (no Token is made for the others): "according to" and its kin; adjectives and nouns of
        the lexicon; verbs whose lemma (or form, `Lexicon.verb_forms`) is a cue; a main or
        complement clause's verb, which may introduce a quote after a colon; a root noun whose
        lemma is a cue verb (`_verb_read_as_noun`)."""
        if len(doc) == 0:
            return []
        arr = doc.to_array([POS, LOWER, LEMMA, DEP])
        pos, lower, lemma = arr[:, 0], arr[:, 1], arr[:, 2]
        is_noun = pos == _NOUN
        hit = isin(lower, self._according_hashes)
        hit |= (pos == _ADJ) & isin(lower, self._adjectives)
        hit |= is_noun & (isin(lower, self._nouns) | self._noun_lemmas(doc, lemma, is_noun))
        is_verb = pos == _VERB
        hit |= is_verb & (isin(lemma, self._verb_lemmas) | isin(lower, self._verb_forms))
        hit |= (is_verb | (pos == _AUX)) & isin(arr[:, 3], self._clause_deps)
        hit |= is_noun & (arr[:, 3] == _ROOT) & isin(lemma, self._said_lemmas)
        return np.flatnonzero(hit).tolist()

    def _noun_lemmas(self, doc: Doc, lemma: np.ndarray, is_noun: np.ndarray) -> np.ndarray:
        """Whether each token's lemma, in lower case, is a noun cue (for the nouns only)."""
        known = self._noun_lemma
        strings = doc.vocab.strings
        seen = set(lemma[is_noun].tolist())
        for h in seen - known.keys():
            known[h] = strings[h].lower() in self.lex.noun_cues
        cues = [h for h in seen if known[h]]
        return isin(lemma, id_array(cues)) if cues else np.zeros(len(lemma), dtype=bool)

    def _cue_at(self, doc: Doc, tok: Token, paras: Paragraphs) -> Draft | None:
        lower = tok.lower_
        lex = self.lex
        if lower in self.according_first:
            d = phrase_cues.according(self, doc, tok, self.according_first[lower], paras)
            if d is None and lower == "in" and tok.dep_ == "prep":
                d = phrase_cues.in_source(self, tok, paras)
            return d
        if tok.pos_ == "ADJ" and lower in lex.adjective_cues:
            if tok.dep_ == "acomp":
                return phrase_cues.adjective(self, tok, lex.adjective_cues[lower], paras)
            if tok.dep_ == "amod" and tok.head.i < tok.i:
                return phrase_cues.postnominal(self, tok, lex.adjective_cues[lower], paras)
            return None
        if tok.pos_ == "NOUN" and _verb_read_as_noun(tok):
            lemma = tok.lemma_
            return verb_draft(self, doc, tok, lemma, paras) if lemma in self.cue_class else None
        if tok.pos_ == "NOUN":
            cls = lex.noun_cues.get(lower) or lex.noun_cues.get(tok.lemma_.lower())
            return phrase_cues.noun(self, tok, cls, paras) if cls else None
        if tok.dep_ in ("ROOT", "ccomp") and tok.pos_ in ("VERB", "AUX"):
            d = self._verb(doc, tok, paras)
            return d if d is not None else phrase_cues.colon_quote(self, tok, paras)
        return self._verb(doc, tok, paras)

    def _verb(self, doc: Doc, tok: Token, paras: Paragraphs) -> Draft | None:
        lex = self.lex
        lower = tok.lower_
        if tok.pos_ not in _VERB_POS:
            return None
        lemma = tok.lemma_
        if lemma not in self.cue_class and lemma not in self.cue_objects:
            lemma = lex.verb_forms.get(lower, lemma)  # the lemmatizer's "hopes" -> "hop"
        if (
            lemma in self.cue_class
            or lemma in self.cue_objects
            or lemma in self.prep_cues
            or lemma in lex.complement_cues
            or lemma in lex.phrasal_cues
        ):
            return verb_draft(self, doc, tok, lemma, paras)
        return None

    def sourceless(self, v: Token, cls: str | None, paras: Paragraphs) -> Draft | None:
        return phrase_cues.sourceless(self, v, cls, paras)

    def _inherit(self, d: Draft, by_cue: dict[int, Draft]) -> None:
        """A participle or conjunct cue without a subject speaks for its governor."""
        v = d.cue
        if v.dep_ == "ccomp" and reduced_relative(v):
            return  # "… for the release of protesters believed to be trapped": no one's words
        node = v
        fallback = None
        said_by = _passive_speaker(v, self.lex)
        if said_by is not None:  # "the minister was quoted as saying …"
            d.source, d.source_tokens, d.by = said_by, mention_tokens(said_by, v), "cue-subject"
            d.phrase = (_first_of_verb(said_by.head).idx, d.phrase[1] if d.phrase else d.cue_end)
            return
        gov = _second_report(v, d, by_cue) or _report_just_before(v, by_cue)
        if gov is not None:
            d.inherited, d.source, d.source_tokens = gov, gov.source, gov.source_tokens
            d.relays, d.by = list(gov.relays), "cue-inherited"
            return
        for _ in range(5):
            if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep" and v.tag_ == "VBG":
                if node.head.head.i in by_cue and node.head.lower_ not in _MEANS:
                    return  # "criticized X for answering …": part of what the cue says
                node = node.head  # "began by saying …", "without naming her": past the "by"
            if node.dep_ not in _INHERIT + ("prep", "acomp", "advmod") or node.head.i == node.i:
                break
            head = node.head
            if head.i in by_cue and by_cue[head.i].source is not None:
                gov = by_cue[head.i]
                outer = _trails_report(node, v, by_cue)
                if outer is not None and gov.cue_class == "believe" and d.cue_class == "assert":
                    gov = outer  # "X said members voted to strike, noting that …": X notes
                d.inherited = gov
                d.source = gov.source
                d.source_tokens = gov.source_tokens
                d.relays = list(gov.relays)
                d.by = "cue-inherited"
                return
            if node.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and v.tag_ == "VBG":
                who = self._participle_source(head)
                if who is not None:
                    d.source = who
                    d.source_tokens = mention_tokens(who, v)
                    d.by = "cue-participle"
                    return
                fallback = fallback or head  # "a rally blasting X": look higher up first
            gov = _trails_report(node, v, by_cue)
            if gov is not None and gov.source is not None:
                # "X said Y failed, calling it …", "X rejected claims that Y, calling them …":
                # the one who reports calls, not Y
                d.inherited, d.source, d.source_tokens = gov, gov.source, gov.source_tokens
                d.relays, d.by = list(gov.relays), "cue-inherited"
                return
            subj = next(
                (c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there")),
                None,
            )
            mute = (
                subj is not None
                and not self.sourcelike(subj)
                and node.dep_ in _TRAILING
                and (v.tag_ == "VBG" or node.dep_ == "conj")
            )
            gov = _reporter_of(head, v, by_cue, mute)
            if gov is not None:
                # "X said the deal 'is dead', adding …": the clause X reports is not who adds
                d.inherited, d.source, d.source_tokens = gov, gov.source, gov.source_tokens
                d.relays, d.by = list(gov.relays), "cue-inherited"
                return
            if subj is not None and node.dep_ == "conj" and _binds(v, subj):
                # "X said the rebels had wrecked the truce and accused them of …": "them" are
                # the rebels, so the rebels do not accuse; the one whose words hold them does
                gov = _reporter_of(head, v, by_cue, True)
                if gov is not None:
                    d.inherited, d.source, d.source_tokens = gov, gov.source, gov.source_tokens
                    d.relays, d.by = list(gov.relays), "cue-inherited"
                    return
            if (
                subj is not None
                and node.dep_ in ("conj", "advcl", "xcomp", "prep", "acomp", "advmod")
                and v.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB")
            ):
                d.source = subj
                d.source_tokens = mention_tokens(subj, v)
                d.by = "cue-inherited"
                return
            if node.dep_ == "acomp":
                break  # "it was too early to congratulate": "likely to say" needs a subject
            node = head
        if fallback is not None:  # "two people standing outside, saying …"
            fallback = self._doer_of(fallback, by_cue) or fallback
            d.source, d.by = fallback, "cue-participle"
            d.source_tokens = mention_tokens(fallback, v)

    def _doer_of(self, thing: Token, by_cue: dict[int, Draft]) -> Token | None:
        """Who speaks through "a rally blasting X", "an attempt …, writing …" when the thing is
        what someone did, made or held: the subject of the verb that takes it as object (not
        of a cue, whose object is what it tells: "emails showed staff favoring X"; not a
        relative pronoun: someone named in passing)."""
        verb = thing.head
        if thing.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if thing.dep_ not in ("dobj", "pobj") or verb.pos_ not in _VERB_POS or verb.i == thing.i:
            return None
        if verb.i in by_cue:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "there", "this") or subj.tag_ in ("WP", "WDT"):
            return None
        return subj if self.sourcelike(subj) else None

    def _issued_documents(self, drafts: list[Draft]) -> list[Draft]:
        """ "The ministry issued a statement (on Tuesday) saying …": one cue phrase from the
        verb that issues the document to the participle that tells what it says; the issuing
        verb makes no statement of its own."""
        absorbed: set[int] = set()
        for d in drafts:
            v = d.cue
            if v.tag_ != "VBG" or d.content is None:
                continue
            issuer = _issuing_verb(v, self.lex)
            if issuer is None:
                continue
            first = _first_of_verb(issuer)
            end = d.phrase[1] if d.phrase else d.cue_end
            d.phrase = (first.idx, max(end, d.cue_end))
            absorbed.add(issuer.i)
        if not absorbed:
            return drafts
        return [d for d in drafts if d.cue.i not in absorbed]

    def _participle_source(self, noun: Token) -> Token | None:
        """Who speaks through "NOUN saying …": the author of a document or message ("her
        statement saying", "the ministry issued a statement saying", "a letter from X asking"),
        else the noun itself when it can speak ("voters saying"); None for an event or a
        thing ("a rally blasting X": the speaker is found higher up)."""
        if noun.lemma_.lower() in self.lex.document_nouns and noun.pos_ == "NOUN":
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None:
                frm = next(
                    (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "from"), None
                )
                owner = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm else None
            if owner is None:
                gov = noun.head.head if noun.dep_ == "pobj" else noun.head
                if noun.dep_ in ("dobj", "pobj") and gov.lemma_ in self.lex.issue_verbs:
                    owner = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if owner is not None and self.sourcelike(owner):
                return owner
            return noun
        return noun if self.sourcelike(noun) else None

    @staticmethod
    def _cut_sources(drafts: list[Draft]) -> None:
        """ "Mr. X, who noted that …, said": the relative clause is its own attribution, so the
        outer source mention ends before it."""
        heads = {d.source.i: d for d in drafts if d.source is not None}
        for d in drafts:
            toks = d.source_tokens
            if d.source is None or len(toks) < 3:
                continue
            lo, hi = toks[0].i, toks[-1].i
            for i in range(d.source.i + 1, hi + 1):
                if i in heads and heads[i] is not d:
                    inner = heads[i].cue
                    clause = inner if inner.dep_ in ("relcl", "acl") else inner.head
                    cut = clause.left_edge.i
                    if (
                        clause.dep_ in ("relcl", "acl")
                        and cut > lo
                        and d.cue.doc[cut - 1].text not in (",", "(", "—", "–", "-")
                    ):
                        break  # "voters who backed her said", "groups supporting him say"
                    keep = [t for t in toks if t.i < cut]
                    while len(keep) > 1 and (keep[-1].is_punct or keep[-1].is_space):
                        keep.pop()
                    if keep and keep[0].i == lo:
                        d.source_tokens = keep
                    break

    # -- relays: "citing X", "X, which cited Y" --------------------------------------------
    def sourcelike(self, t: Token) -> bool:
        """Can this noun phrase head be a source: a name, a pronoun, an outlet, a person, a
        group of people or a document?"""
        if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        lex, lemma = self.lex, t.lemma_.lower()
        return (
            lemma in lex.anon_heads
            or lemma in lex.person_nouns
            or lemma in lex.document_nouns
            or lemma in lex.outlet_nouns
            or lemma in lex.organisation_nouns
        )

    def _closing_relays(self, d: Draft) -> list[Token]:
        """ "…, citing Y" that closes the sentence after the content, which the parser hung on
        a verb of the content ("X said police fired on the crowd, citing medics")."""
        cue, doc = d.cue, d.cue.doc
        lo, hi = d.content
        out = []
        for t in doc[cue.i + 1 : cue.sent.end]:
            if t.lemma_ not in self.lex.relay_verbs or t.tag_ != "VBG" or doc[t.i - 1].text != ",":
                continue
            if t.head.i == cue.i or lo <= t.head.idx < hi:
                rest = doc[t.right_edge.i + 1 : cue.sent.end]
                if all(r.is_punct or r.is_space for r in rest):
                    out.append(t)
        return out

    def _relay(self, d: Draft, paras: Paragraphs) -> int | None:
        """Turn "X reported, citing Y" into Y's statement relayed by X; the relay verb's token."""
        src = d.source
        if src is None:
            return None
        candidates = [c for c in src.children if c.dep_ in ("relcl", "acl")]
        candidates += [c for c in d.cue.children if c.dep_ in ("advcl", "xcomp", "conj")]
        closing: list[Token] = []
        if d.content is not None:
            # "X reported, citing Y, that …": the relay verb sits between cue and content
            doc = d.cue.doc
            for t in doc[d.cue.i + 1 : min(d.cue.i + 4, len(doc))]:
                if t.lemma_ in self.lex.relay_verbs and t.idx < d.content[1]:
                    candidates.append(t)
                    if t.idx <= d.content[0] + 1 or d.content[0] <= t.idx:
                        after = tok_end(t.right_edge)
                        if d.content[0] <= after < d.content[1]:
                            d.content = trim(self.text, after, d.content[1])
                    break
            closing = self._closing_relays(d)
            candidates += closing
        for c in candidates:
            if c.lemma_ not in self.lex.relay_verbs:
                continue
            obj = next((x for x in c.children if x.dep_ in ("dobj", "pobj")), None)
            if obj is None or not self.sourcelike(obj):
                continue  # "said, citing low growth": a reason, not a relayed source
            span = (d.cue_start, d.cue_end)
            if c in closing and d.content[0] < c.idx < d.content[1]:
                d.content = trim(self.text, d.content[0], c.idx)
            d.relays.append((src, mention_tokens(src, c), span))
            d.source = obj
            d.source_tokens = mention_tokens(obj, c)
            d.cue_start, d.cue_end = c.idx, tok_end(c)
            d.phrase = None
            d.cue = c
            d.by = "relay"
            return c.i
        return None


def _issuing_verb(v: Token, lex: Lexicon) -> Token | None:
    """The verb that issues the document a participle cue describes: "issued a statement
    saying" (the participle on the noun), "released a report Tuesday, saying" (on the verb)."""
    head = v.head
    if v.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "dobj":
        doc_noun, verb = head, head.head
    elif v.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and head.i < v.i:
        verb = head
        doc_noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < v.i), None)
        if doc_noun is None:
            return None
    else:
        return None
    if verb.lemma_ not in lex.issue_verbs or doc_noun.lemma_.lower() not in lex.document_nouns:
        return None
    if v.i - verb.i > 8 or any(t.text in (";", ":", ".") for t in v.doc[verb.i : v.i]):
        return None
    return verb


#: marks of a clause of time ("after X urged …"), as verb_cues reads them
_WHEN_MARKS = set(words("verb_cues")["when_marks"])


def _report_just_before(v: Token, by_cue: dict[int, Draft]) -> Draft | None:
    """ "The crowd left after Ruiz urged them to go home, adding …": a trailing participle the
    parser hangs on the main verb, right after a clause of time whose verb is a cue with its
    own speaker, is that speaker's (the main verb is no cue)."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i in by_cue:
        return None
    doc = v.doc
    if v.i < 2 or "," not in (doc[v.i - 1].text, doc[v.i - 2].text):
        return None
    for clause in v.head.subtree:
        if clause.dep_ != "advcl" or clause.i >= v.i or clause.right_edge.i >= v.i:
            continue
        between = doc[clause.right_edge.i + 1 : v.i]
        if not all(t.is_punct for t in between) or "," not in [t.text for t in between]:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in clause.children):
            continue
        gov = by_cue.get(clause.i)
        if gov is not None and gov.source is not None and gov.source.head.i == clause.i:
            return gov
    return None


def _passive_speaker(v: Token, lex: Lexicon) -> Token | None:
    """Who speaks in "X was quoted as saying …", "X is said to have told …", "X was heard
    warning …": the subject of the passive verb of reporting that governs the cue."""
    node = v
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ == "as":
        node = v.head
    elif v.dep_ != "xcomp":
        return None
    gov = node.head
    if gov.lemma_ not in lex.reported_as or gov.i > v.i:
        return None
    if not any(c.dep_ == "auxpass" for c in gov.children):
        return None
    return next((c for c in gov.children if c.dep_ == "nsubjpass"), None)


def _first_of_verb(verb: Token) -> Token:
    """The first of a verb's auxiliaries and adverbs right before it ("was widely quoted")."""
    first = verb
    for c in reversed(list(verb.lefts)):
        if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i == first.i - 1:
            first = c
    return first


#: classes of cues that report words, never an act the reported subject could do instead
_SAYING = ("assert", "claim", "warn")


_PRESENT_MODALS = set(_WORDS["present_modals"])


def _present(verb: Token) -> bool:
    """A clause in the present or the future ("condemns", "is spreading", "will respond"),
    not a past or perfect one ("did not condone", "could not support", "has criticized")."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i]
    if auxes:
        if auxes[0].lemma_ == "have":
            return False  # "has criticized X and called …": a perfect its conjunct shares
        return auxes[0].tag_ in ("VBZ", "VBP") or auxes[0].lower_ in _PRESENT_MODALS
    return verb.tag_ in ("VBZ", "VBP")


def _second_report(v: Token, d: Draft, by_cue: dict[int, Draft]) -> Draft | None:
    """ "X said the vote was rigged and added that …": a verb of saying with a clause of its
    own, in the tense of a cue whose content it closes, joined to that content by "and" (the
    parser's reading) is the cue's second report, not the reported subject's; so is any cue
    in the cue's past tense joined to a present or future clause ("said it condemns X and
    urged …")."""
    head = v.head
    if v.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i not in by_cue:
        return None
    gov = by_cue[head.head.i]
    if gov.source is None or v.tag_ != gov.cue.tag_:
        return None
    if v.tag_ == "VBD" and _present(head):
        return gov  # "said Tehran condemns the attack and urged …": the tense of the cue
    if d.cue_class not in _SAYING:
        return None
    if not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return None
    return gov


_REPORTED = ("ccomp", "relcl", "acl", "dobj", "pobj", "prep", "appos", "conj")


def _binds(v: Token, subj: Token) -> bool:
    """Is the object of ``v`` a plain personal pronoun that can only mean ``subj`` (a plural
    noun and "them", a singular one and "him" / "her")? A clause's object pronoun is never its
    own subject (that would be "themselves"), so ``subj`` is not the one who does ``v``."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in ("them", "him", "her") or subj.pos_ == "PRON":
        return False
    plural = subj.tag_ in ("NNS", "NNPS")
    return plural if obj.lower_ == "them" else not plural


def _trails_report(node: Token, v: Token, by_cue: dict[int, Draft]) -> Draft | None:
    """The cue whose content cue ``v`` closes, when ``v`` is a participle set off by a comma at
    the end of a clause that cue reports ("X said the action broke the law, describing it as
    …", "X rejected claims that Y, calling them …")."""
    if not (
        v.tag_ == "VBG"
        and node.dep_ == "advcl"
        and node.i > node.head.i
        and node.left_edge.i > 0
        and node.doc[node.left_edge.i - 1].text == ","
    ):
        return None
    up = node.head
    for _ in range(4):
        if up.dep_ not in _REPORTED or up.head.i == up.i:
            return None
        up = up.head
        if up.i in by_cue:
            return by_cue[up.i]
    return None


def _reporter_of(head: Token, v: Token, by_cue: dict[int, Draft], mute: bool) -> Draft | None:
    """The cue whose content holds ``head``, when cue ``v`` stands outside that content or the
    subject there cannot speak (``mute``): a participle or conjunct the parser hung inside a
    reported clause is the reporter's ("X said the deadlock 'kept us safe' before claiming …")."""
    best = None
    for g in by_cue.values():
        if g.content is None or g.source is None or g.cue.i in (head.i, v.i):
            continue
        start, end = g.content
        if mute and start <= head.idx < end:
            if mute and v.dep_ == "conj" and v.tag_ != g.cue.tag_:
                continue  # "said the plan would fail and cost …": the plan's own verbs
            if best is None or end - start < best.content[1] - best.content[0]:
                best = g
    return best


def _verb_read_as_noun(tok: Token) -> bool:
    """ "…, Reuters news agency reports.": a verb of saying in "-s" tagged as a plural noun at
    the root, with a subject (or the name it was read with) and the reported clause on it."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"nsubj", "compound"}) and "ccomp" in deps
