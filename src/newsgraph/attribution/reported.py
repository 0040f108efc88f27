"""Find attribution cues in the dependency tree and their source and content mentions.

One linear pass over the tokens finds three kinds of cue:
- a cue verb from the lexicon ("said", "warned", "denied", "pointing out") with its subject as
  source and its clausal complement, infinitive or (for some verbs) object as content; a
  participle or conjunct without a subject ("…, adding that …") takes its governor's source;
- a verb + object cue phrase ("expressed their readiness to …");
- "according to X": X is the source, the rest of the sentence the content.
Relay verbs ("citing X", "…, which cited X") turn their object into the inner source and the
outer source into a relay. Dependencies never cross a paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.speakers import mention_tokens

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_INHERIT = ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp")
_VERB_POS = ("VERB",)
# verbs whose direct object is the person addressed, never what is said
_RECIPIENT_VERBS = set(
    "tell ask warn urge assure remind inform caution alert thank promise answer question think "
    "know feel hope fear expect say find see believe add write "
    "continue comment".split()
)
_SAID_WORDS = {
    "so", "that", "this", "same", "nothing", "something", "anything", "little", "much",
    "thanks", "everything", "otherwise", "yes", "no", "goodbye", "hello",
}  # fmt: skip
_WHEN = {"recently", "earlier", "later", "today", "yesterday", "tonight", "previously", "again"}
_PHRASE_DEPS = ("aux", "auxpass", "neg", "advmod")
_EDGE_PUNCT = set(" \t\n\r,;:-–—.\u00a0")


@dataclass
class Draft:
    """An attribution found in the tree, before it becomes a `Statement`."""

    cue: Token
    cue_start: int
    cue_end: int
    cue_class: str
    source: Token | None = None  # head token of the source mention
    source_tokens: list[Token] = field(default_factory=list)
    content: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    negated: bool = False
    inherited: Draft | None = None
    relays: list[tuple[Token, list[Token], tuple[int, int]]] = field(default_factory=list)
    kind: str = "indirect"
    quote: tuple[int, int] | None = None
    according: bool = False
    sourceless: bool = False
    phrase: tuple[int, int] | None = None


class Paragraphs:
    """Paragraph index of a character, from the newlines of the text."""

    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.text = text

    def index(self, char: int) -> int:
        return bisect_right(self.starts, char) - 1

    def bounds(self, char: int) -> tuple[int, int]:
        i = self.index(char)
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace and clause punctuation at both ends (quote marks stay)."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _tok_end(t: Token) -> int:
    return t.idx + len(t.text)


def _subtree_chars(
    tok: Token, para: tuple[int, int], exclude: Token | None = None
) -> tuple[int, int]:
    """Character range of a subtree clipped to a paragraph, optionally leaving one subtree out."""
    left, right = tok.left_edge, tok.right_edge
    start, end = left.idx, _tok_end(right)
    if exclude is not None:
        ex_start, ex_end = exclude.left_edge.idx, _tok_end(exclude.right_edge)
        if ex_start <= tok.idx < ex_end:
            pass
        elif ex_start > tok.idx:
            end = min(end, ex_start)
        else:
            start = max(start, ex_end)
    start, end = max(start, para[0]), min(end, para[1])
    return (start, end) if end > start else (tok.idx, _tok_end(tok))


class CueFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.cue_class = lex.cue_class
        self.cue_objects = lex.cue_objects
        self.prep_cues = lex.prep_cues
        self.according_first = {seq[0]: seq for seq in lex.according_to}

    def find(self, doc: Doc, paras: Paragraphs) -> list[Draft]:
        self.text = paras.text  # Doc.text is rebuilt on every access: read it once
        drafts: list[Draft] = []
        by_cue: dict[int, Draft] = {}
        cue_class = self.cue_class
        according_first = self.according_first
        forms = self.lex.verb_forms
        noun_cues = self.lex.noun_cues
        adjective_cues = self.lex.adjective_cues
        for tok in doc:
            lower = tok.lower_
            if lower in according_first:
                d = self._according(doc, tok, according_first[lower], paras)
                if d is None and lower == "in" and tok.dep_ == "prep":
                    d = self._in_source(tok, paras)
                if d is not None:
                    drafts.append(d)
                continue
            if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in adjective_cues:
                d = self._adjective(tok, adjective_cues[tok.lower_], paras)
                if d is not None:
                    drafts.append(d)
                continue
            if tok.pos_ == "NOUN" and tok.lower_ in noun_cues:
                d = self._noun(tok, noun_cues[tok.lower_], paras)
                if d is not None:
                    drafts.append(d)
                continue
            if tok.pos_ not in _VERB_POS:
                continue
            lemma = tok.lemma_
            if lemma not in cue_class and lemma not in self.cue_objects:
                lemma = forms.get(tok.lower_, lemma)  # the lemmatizer's "hopes" -> "hop"
            if lemma in cue_class or lemma in self.cue_objects or lemma in self.prep_cues:
                d = self._verb(doc, tok, lemma, paras)
                if d is not None:
                    drafts.append(d)
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
        for d in drafts:
            self._relay(d, paras)
        self._cut_sources(drafts)
        return [d for d in drafts if d.source is not None or d.content is not None]

    # -- verb cues ---------------------------------------------------------------------
    def _verb(self, doc: Doc, v: Token, lemma: str, paras: Paragraphs) -> Draft | None:
        lex = self.lex
        para = paras.bounds(v.idx)
        cls = self.cue_class.get(lemma)
        cue_end_tok = v
        content_tok: Token | None = None
        content_kind = ""
        subj = None
        agent = None
        negated = False
        prt = None
        dobj = None
        for child in v.children:
            dep = child.dep_
            if dep in _SUBJ and subj is None:
                subj = child
            elif dep == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif dep == "neg":
                negated = True
            elif dep == "prt":
                prt = child
            elif dep == "dobj":
                dobj = child
            elif dep == "ccomp" and content_tok is None and para[0] <= child.idx < para[1]:
                content_tok, content_kind = child, "ccomp"
        if lemma == "make":
            clear = next(
                (
                    c
                    for c in v.rights
                    if c.lower_ in ("clear", "plain", "known", "obvious") and c.i <= v.i + 3
                ),
                None,
            )
            if clear is not None:
                # "made (it) clear that …": the cue runs to "clear", the clause is the content
                clause = next(
                    (
                        c
                        for c in [*clear.rights, *v.rights]
                        if c.i > clear.i and c.dep_ in ("ccomp", "advcl", "xcomp")
                    ),
                    None,
                )
                if clause is not None:
                    cls, cue_end_tok, content_tok, content_kind = "assert", clear, clause, "clear"
                    dobj = None
        if content_kind != "clear" and lemma in self.cue_objects:
            obj_cls, objects = self.cue_objects[lemma]
            if dobj is not None and dobj.lemma_.lower() in objects:
                cls = obj_cls
                cue_end_tok = dobj
                content_tok = None
                for c in dobj.children:
                    if c.dep_ in ("acl", "prep", "relcl", "ccomp") and c.i > dobj.i:
                        content_tok, content_kind = c, "object"
                        pobj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
                        if c.dep_ == "prep" and c.lower_ != "to" and pobj is not None:
                            # "expressed concern about the cost": the preposition joins the cue
                            cue_end_tok, content_tok = c, pobj
                        break
                else:
                    for c in v.rights:  # "raised concerns over X" attached to the verb
                        if (
                            c.dep_ == "prep"
                            and c.i == dobj.i + 1
                            and c.lower_ in ("about", "over", "for", "at", "with", "in")
                        ):
                            pobj = next(
                                (x for x in c.children if x.dep_ in ("pobj", "pcomp")), None
                            )
                            if pobj is not None:
                                cue_end_tok, content_tok, content_kind = c, pobj, "object"
                            break
                dobj = None
            elif cls is None:
                return None
        if prt is not None and prt.i == v.i + 1:
            cue_end_tok = prt
        if content_tok is None and lemma in self.prep_cues:
            prep_cls, preps = self.prep_cues[lemma]
            for child in v.rights:
                mark = child.left_edge
                if (
                    child.dep_ in ("advcl", "ccomp", "xcomp")
                    and mark.dep_ == "mark"
                    and mark.lower_ in preps
                    and mark.i == cue_end_tok.i + 1
                ):
                    # "called for the UN to act": the parser reads "for" as the clause's mark
                    cls, cue_end_tok = prep_cls, mark
                    content_tok, content_kind = child, "for-clause"
                    break
                between = v.doc[cue_end_tok.i + 1 : child.i]
                if any(t.pos_ != "ADV" for t in between) or len(between) > 2:
                    break
                if child.dep_ == "prep" and child.lower_ in preps:
                    obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                    if obj is not None:
                        cls, cue_end_tok = prep_cls, child
                        content_tok, content_kind = obj, "prep"
                    break
        if lemma == "point" and cue_end_tok.i == v.i:
            return None
        if lemma == "see" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in v.rights):
            return None  # "voters see him as a fighter"; not "saw a film"
        if lemma in lex.verbal_only and (dobj is None or not self._sourcelike(dobj)):
            return None  # "attacked port facilities" is a strike, "attacked Clinton" may be words
        if lemma in lex.verbal_only and dobj.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        if lemma in lex.sourceless:
            return self._sourceless(v, cls, paras)
        if negated and lemma in lex.comment_verbs and lemma not in ("say", "confirm"):
            cls = "refuse-comment"  # "would not comment on …"
        if v.dep_ == "xcomp" and self.cue_class.get(v.head.lemma_) == "refuse-comment":
            return None  # "declined to comment on X" is one refusal, not a comment
        if cls is None:
            return None
        if self.cue_class.get(lemma) == "refuse-comment":
            x = next((c for c in v.children if c.dep_ == "xcomp"), None)
            if x is None:
                return None
            if x.lemma_ not in lex.comment_verbs:
                cls = "deny"  # "refused to give …": a refusal, but not of comment
        if content_tok is None and lemma in ("ask", "wonder", "question", "inquire"):
            for child in v.rights:  # "asked workers if they would vote": read as a condition
                if child.dep_ == "advcl" and child.left_edge.lower_ in ("if", "whether"):
                    content_tok, content_kind = child, "ccomp"
                    break
        if content_tok is None:
            for child in v.rights:
                # "said in a statement that …": the parser hangs the clause on the noun
                if child.dep_ != "prep" or child.lower_ not in ("in", "on", "during", "at"):
                    continue
                pobj = next((x for x in child.children if x.dep_ == "pobj"), None)
                clause = next(
                    (
                        x
                        for x in (pobj.rights if pobj is not None else ())
                        if x.dep_ in ("acl", "ccomp", "relcl")
                        and (
                            any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
                            or (  # "… at the hearing that the dam will fail": misread relative
                                x.dep_ == "relcl"
                                and x.left_edge.lower_ == "that"
                                and x.left_edge.dep_ not in ("nsubj", "nsubjpass")
                                and any(m.dep_ == "nsubj" for m in x.children)
                            )
                        )
                    ),
                    None,
                )
                if clause is not None and para[0] <= clause.idx < para[1]:
                    content_tok, content_kind = clause, "ccomp"
                    break
        if content_tok is None:
            for child in v.children:
                if child.dep_ == "xcomp" and (
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                    or (child.tag_ == "VBG" and child.i > v.i)  # "suggested cutting taxes"
                ):
                    content_tok, content_kind = child, "xcomp"
                    break
        if (
            content_tok is None
            and dobj is not None
            and (
                lemma in lex.object_cues
                or lemma not in _RECIPIENT_VERBS
                # "said so", "said the same of Y", "said nothing about Y": what was said
                or (lemma == "say" and dobj.lemma_.lower() in _SAID_WORDS)
            )
        ):
            content_tok, content_kind = dobj, "object"
            if lemma == "call" and not any(
                c.dep_ in ("oprd", "ccomp", "xcomp") for c in v.children
            ):
                return None  # "called the meeting" is no attribution; "called it a farce" is
        if content_tok is None and lemma == "say" and v.i + 1 < len(doc):
            nxt = doc[v.i + 1]  # "said so": the parser reads "so" as an adverb
            if nxt.lower_ == "so" and nxt.dep_ == "advmod" and nxt.head.i == v.i:
                content_tok, content_kind = nxt, "object"
        if subj is not None and subj.lower_ in ("it", "there") and subj.dep_ != "nsubj":
            subj = None
        if subj is None and agent is not None:
            subj = agent
        passive_subject = None
        if subj is not None and subj.dep_ == "nsubjpass" and agent is None:
            # "X was told …": the subject is not the source; "X is expected to win": an
            # attribution without a source, whose content is the subject and the infinitive
            passive_subject, subj = subj, None
            if lemma not in lex.passive_cues or content_tok is None:
                return None
        if subj is not None and subj.lower_ in ("it", "there") and content_tok is not None:
            if subj.dep_ == "expl":
                subj = None
        # cue: the verb (+ particle, preposition or object of a cue phrase); the cue phrase adds
        # auxiliaries and adverbs before it and "in a statement" after it
        cue_end = _tok_end(cue_end_tok)
        phrase_end = cue_end
        for child in v.rights:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i <= cue_end_tok.i + 1:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in lex.statement_nouns:
                    phrase_end = _tok_end(pobj)
        doc = v.doc
        j = v.i - 1
        first = v
        while j >= 0 and doc[j].head.i == v.i and doc[j].dep_ in _PHRASE_DEPS:
            if doc[j].tag_ == "WRB":
                break  # "when asked": the cue is "asked"
            first = doc[j]
            if doc[j].lower_ == "to":
                break  # "urged them to endorse": the cue is "to endorse"
            j -= 1
        gov = v.head
        if (
            v.dep_ == "xcomp"
            and gov.pos_ in ("VERB", "AUX")
            and gov.i < first.i
            and first.i - gov.i <= 2
            and gov.lemma_ in lex.aspect_verbs
        ):
            # "went on to say", "continued to insist", "tried to explain": one cue phrase
            first = gov
            j = gov.i - 1
            while j >= 0 and doc[j].head.i == gov.i and doc[j].dep_ in ("aux", "neg", "advmod"):
                first = doc[j]
                j -= 1
        k = cue_end_tok.i + 1
        if phrase_end == cue_end and k < len(doc) and doc[k].head.i == v.i:
            nxt = doc[k]  # "said Tuesday", "wrote recently", "tweeted last January"
            if nxt.dep_ in ("npadvmod", "advmod") and (
                nxt.ent_type_ in ("DATE", "TIME") or nxt.lower_ in _WHEN
            ):
                last = nxt.right_edge if nxt.right_edge.i - k < 3 else nxt
                phrase_end = _tok_end(last)
            elif (
                nxt.ent_type_ in ("DATE", "TIME") and k + 1 < len(doc) and doc[k + 1].head.i == v.i
            ):
                nxt2 = doc[k + 1]
                if nxt2.dep_ == "npadvmod" and nxt2.ent_type_ in ("DATE", "TIME"):
                    phrase_end = _tok_end(nxt2)
        d = Draft(cue=v, cue_start=v.idx, cue_end=cue_end, cue_class=cls, negated=negated)
        d.phrase = (first.idx, phrase_end)
        if subj is not None and para[0] <= subj.idx < para[1]:
            d.source = subj
            d.source_tokens = mention_tokens(subj, v)
        if content_tok is not None:
            d.content = self._content(v, content_tok, content_kind, para, d)
            if (
                passive_subject is not None
                and passive_subject.lower_ not in ("it", "there")
                and lemma not in ("ask", "tell", "question", "urge")  # "X was asked about Y"
            ):
                left = trim(
                    self.text, passive_subject.left_edge.idx, _tok_end(passive_subject.right_edge)
                )
                if left[1] <= d.content[0] and para[0] <= left[0]:
                    d.parts = [left, d.content]
                    d.content = (left[0], d.content[1])
        elif v.dep_ == "parataxis" or (
            v.dep_ == "advcl"
            and v.i < v.head.i
            and d.source is not None
            and (
                any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children)
                or (v.right_edge.i + 1 < len(doc) and doc[v.right_edge.i + 1].text == ",")
            )
        ):
            # "X reported, Y" / "As X noted, Y": the clause the cue is set into is the content
            head = v.head
            if para[0] <= head.idx < para[1]:
                d.content = trim(self.text, *_subtree_chars(head, para, exclude=v))
        if d.source is None and d.content is None and v.dep_ not in _INHERIT:
            return None
        return d

    def _sourceless(self, v: Token, cls: str | None, paras: Paragraphs) -> Draft | None:
        """ "The plan seems to be failing": no source; subject to complement is the content
        ("it seems that X": the that-clause). Without a complement ("appeared in Ohio") no cue."""
        subj = next((c for c in v.children if c.dep_ in _SUBJ or c.dep_ == "expl"), None)
        comp = next(
            (
                c
                for c in v.rights
                if c.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp")
                or (c.dep_ == "prep" and c.lower_ == "like")
            ),
            None,
        )
        if cls is None or subj is None or comp is None:
            return None
        para = paras.bounds(v.idx)
        d = Draft(cue=v, cue_start=v.idx, cue_end=_tok_end(v), cue_class=cls, sourceless=True)
        first = v  # "may seem", "already appears": modals and adverbs belong to the cue phrase
        for c in reversed(list(v.lefts)):
            if c.dep_ in _PHRASE_DEPS and c.i > subj.i and c.i == first.i - 1:
                first = c
        last = comp if comp.dep_ == "prep" else v  # "seemed like"
        d.phrase = (first.idx, _tok_end(last))
        if subj.lower_ == "it" and comp.dep_ == "ccomp":
            start = comp.left_edge.idx
        else:
            start = subj.left_edge.idx
        end = _tok_end(comp.right_edge)
        for child in comp.rights:  # "…, as the president traveled": the writer's aside
            if child.dep_ in ("advcl", "conj") and child.left_edge.i > 0:
                prev = v.doc[child.left_edge.i - 1]
                if prev.text in (",", "—", "–", "--"):
                    end = min(end, prev.idx)
                    break
        start, end = max(start, para[0]), min(end, para[1])
        if end <= start:
            return None
        d.content = trim(self.text, start, end)
        return d

    def _content(self, v: Token, c: Token, kind: str, para, d: Draft) -> tuple[int, int]:
        start, end = c.left_edge.idx, _tok_end(c.right_edge)
        if kind == "for-clause":
            start = _tok_end(c.left_edge)  # after the "for" that joined the cue
        if kind == "object" and c.dep_ == "dobj":
            # "accused X of Y", "called X a Y", "described X as Y": the complement belongs in;
            # so do the verb's other adjuncts up to a comma ("a poll showed Smith with 40
            # percent", "charged him with murder in 2012")
            adjuncts = True
            for child in v.rights:
                if child.i <= c.i:
                    continue
                if child.is_punct or c.doc[child.left_edge.i - 1].text in (",", ";"):
                    adjuncts = False
                if (child.dep_ == "prep" and child.lower_ in ("of", "as", "for")) or (
                    child.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
                ):
                    end = max(end, _tok_end(child.right_edge))
                elif adjuncts and child.dep_ in ("prep", "advmod", "npadvmod", "advcl", "dep"):
                    end = max(end, _tok_end(child.right_edge))
        wh = kind == "object" and c.tag_ in ("WP", "WDT") and c.i < v.i
        if wh:
            # "what she calls a tax grab": the relative names what is called; it all belongs in
            end = max(end, _tok_end(v.right_edge))
        if kind == "ccomp":
            doc = c.doc
            if c.i > v.i and v.dep_ in ("ROOT", "conj") and c.right_edge.i + 1 < len(doc):
                # "X said Y, but Z": reported speech after its cue runs to the sentence's end
                sent_end = _tok_end(c.sent[-1])
                nxt = doc[c.right_edge.i + 1]
                if sent_end > end and nxt.text not in (",", "-", "--", "—", "–", ";", "("):
                    end = sent_end
            for child in c.children:
                # "said — on Twitter, as it happens — that …": the content starts at "that"
                if (
                    child.dep_ == "mark"
                    and child.lower_ in ("that", "whether", "if")
                    and child.i < c.i
                ):
                    start = max(start, child.idx)
            for child in c.rights:
                # "…, even as he …" trailing concessive clause is the writer's, not the source's
                if child.dep_ == "advcl" and child.left_edge.i > 0:
                    prev = doc[child.left_edge.i - 1]
                    marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
                    if prev.text == "," and marks & {
                        "as",
                        "while",
                        "although",
                        "though",
                        "whereas",
                    }:
                        end = min(end, prev.idx)
        if kind == "prep":
            # "referred to him as a reformer", "called on them to resign": the complement of
            # the cue belongs in
            for child in v.rights:
                if child.i > c.i and (
                    (child.dep_ == "prep" and child.lower_ == "as")
                    or (
                        child.dep_ in ("xcomp", "ccomp")
                        and any(a.lower_ == "to" for a in child.children if a.dep_ == "aux")
                    )
                ):
                    end = max(end, _tok_end(child.right_edge))
        if kind in ("object", "prep"):
            # a noun phrase ends before ", which …" / ", a former …"
            for child in c.rights:
                if child.dep_ == "relcl" and child.i > 0:
                    prev = c.doc[child.left_edge.i - 1]
                    if prev.text in (",", "(", "—", "–") and prev.idx > start:
                        end = min(end, prev.idx)
                        break
        if kind == "ccomp":
            # "…, which is …" closing reported speech: the writer's aside on its last noun
            doc = c.doc
            for t in c.subtree:
                if (
                    t.dep_ == "relcl"
                    and t.left_edge.i > 0
                    and doc[t.left_edge.i - 1].text == ","
                    and t.left_edge.lower_ in ("which", "who", "whose")
                    and _tok_end(t.right_edge) >= end - 1
                    and doc[t.left_edge.i - 1].idx > start
                ):
                    end = doc[t.left_edge.i - 1].idx
                    break
        if kind == "xcomp":
            # "asked supporters to run": the object before the infinitive belongs in
            dobj = next((x for x in v.children if x.dep_ == "dobj" and x.i < c.i), None)
            if dobj is not None and dobj.i > v.i:
                start = min(start, dobj.left_edge.idx)
        src = d.source
        if (
            kind == "ccomp"
            and src is not None
            and src.i < v.i < c.i
            and c.left_edge.i < src.left_edge.i
            and c.left_edge.tag_ in ("WDT", "WP")
        ):
            # "…, which an inquiry said was careless": the relative and the rest, around the cue
            left = trim(self.text, max(start, para[0]), src.left_edge.idx)
            right = trim(self.text, _tok_end(v), min(end, para[1]))
            if left[1] > left[0] and right[1] > right[0]:
                d.parts = [left, right]
                return (left[0], right[1])
        # a source after the verb inside the content range ("…, said X") is cut off
        if d.source is not None and start < d.source.idx < end and not wh:
            end = min(end, d.source.left_edge.idx)
        if start < v.idx < end and not wh:
            if v.idx - start >= end - _tok_end(v):
                end = v.idx
            else:
                start = _tok_end(v)
        start, end = max(start, para[0]), min(end, para[1])
        return trim(self.text, start, end)

    def _inherit(self, d: Draft, by_cue: dict[int, Draft]) -> None:
        """A participle or conjunct cue without a subject speaks for its governor."""
        v = d.cue
        node = v
        for _ in range(5):
            if node.dep_ not in _INHERIT or node.head.i == node.i:
                break
            head = node.head
            if head.i in by_cue and by_cue[head.i].source is not None:
                gov = by_cue[head.i]
                d.inherited = gov
                d.source = gov.source
                d.source_tokens = gov.source_tokens
                d.relays = list(gov.relays)
                return
            if node.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and v.tag_ == "VBG":
                d.source = head
                d.source_tokens = mention_tokens(head, v)
                return
            subj = next(
                (c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there")),
                None,
            )
            if (
                subj is not None
                and node.dep_ in ("conj", "advcl", "xcomp")
                and v.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB")
            ):
                d.source = subj
                d.source_tokens = mention_tokens(subj, v)
                return
            node = head

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
                    keep = [t for t in toks if t.i < cut]
                    while len(keep) > 1 and (keep[-1].is_punct or keep[-1].is_space):
                        keep.pop()
                    if keep and keep[0].i == lo:
                        d.source_tokens = keep
                    break

    # -- "In the poll, X leads", "X leads in the latest survey" ----------------------------
    def _in_source(self, prep: Token, paras: Paragraphs) -> Draft | None:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        head = prep.head
        if pobj is None or pobj.lemma_.lower() not in self.lex.in_sources:
            return None
        if head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
            return None
        if head.lemma_ in self.cue_class or any(
            c.lemma_ in self.cue_class for c in head.children if c.dep_ in ("conj", "ccomp")
        ):
            return None  # "In an interview, she said …": the verb is the cue
        doc = prep.doc
        sent = prep.sent
        para = paras.bounds(prep.idx)
        s0, s1 = max(sent.start_char, para[0]), min(sent.end_char, para[1])
        after = pobj.right_edge.i + 1
        if prep.i == sent.start and after < len(doc) and doc[after].text == ",":
            content = trim(self.text, doc[after].idx + 1, s1)
        elif prep.i > head.i and prep.right_edge.i + 1 >= sent.end - 1:
            content = trim(self.text, s0, prep.idx)
        else:
            return None
        if content[1] <= content[0]:
            return None
        d = Draft(cue=prep, cue_start=prep.idx, cue_end=_tok_end(prep), cue_class="report")
        d.phrase = (prep.idx, _tok_end(prep))
        d.source = pobj
        d.source_tokens = list(doc[pobj.left_edge.i : pobj.right_edge.i + 1])
        d.content = content
        d.according = True  # like "according to": the clause is the content, no quote joins
        return d

    # -- adjective cues: "she was adamant that …", "they are wary of …" -----------------------
    def _adjective(self, adj: Token, cls: str, paras: Paragraphs) -> Draft | None:
        verb = adj.head
        if verb.lemma_ not in ("be", "become", "remain", "grow", "feel", "sound", "seem", "appear"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("it", "there", "this", "that", "which"):
            return None  # "it is clear that …" names no one who holds the view
        if not self._sourcelike(subj) and subj.tag_ not in ("WP", "NNS"):
            return None
        para = paras.bounds(adj.idx)
        content_tok, cue_end = None, _tok_end(adj)
        for child in adj.rights:
            if child.dep_ in ("ccomp", "xcomp"):
                content_tok = child
                break
            if child.dep_ == "prep" and child.lower_ in self.lex.adjective_preps:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content_tok, cue_end = obj, _tok_end(child)
                break
        if content_tok is None:
            for child in verb.rights:  # "is confident that …" hung on the verb
                if child.dep_ == "ccomp" and child.i > adj.i:
                    content_tok = child
                    break
        if content_tok is None or not (para[0] <= content_tok.idx < para[1]):
            return None
        content_start = content_tok.left_edge.idx
        first = verb
        for c in verb.lefts:
            if c.dep_ in ("aux", "auxpass", "neg") and c.i > subj.i:
                first = c
                break
        d = Draft(cue=adj, cue_start=first.idx, cue_end=cue_end, cue_class=cls)
        d.phrase = (first.idx, cue_end)
        d.source = subj
        d.source_tokens = mention_tokens(subj, verb)
        end = min(_tok_end(content_tok.right_edge), para[1])
        d.content = trim(self.text, max(content_start, para[0]), end)
        return d

    # -- noun cues: "Trump's claim that …", "her support for …" ------------------------------
    def _noun(self, n: Token, cls: str, paras: Paragraphs) -> Draft | None:
        owner = next((c for c in n.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in ("its",) or owner.pos_ == "DET":
            return None
        para = paras.bounds(n.idx)
        content_tok, cue_end = None, _tok_end(n)
        for child in n.rights:
            if child.dep_ in ("acl", "ccomp") and (
                any(m.lower_ in ("that", "to") for m in child.children if m.dep_ in ("mark", "aux"))
            ):
                content_tok = child
                break
            if (
                child.dep_ == "prep"
                and child.lower_ in ("for", "of", "against", "on", "to", "about")
                and child.i == n.i + 1
            ):
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content_tok, cue_end = obj, _tok_end(child)
                break
        if content_tok is None or not (para[0] <= content_tok.idx < para[1]):
            return None
        d = Draft(cue=n, cue_start=n.idx, cue_end=cue_end, cue_class=cls)
        d.source = owner
        d.source_tokens = list(owner.subtree)  # "Trump's": the possessive mark belongs in
        start = content_tok.left_edge.idx
        end = min(_tok_end(content_tok.right_edge), para[1])
        if n.head.i > content_tok.i and n.head.idx < end:
            end = n.head.idx  # "X's claim that Y angered Z": the clause stops at the verb
        for t in content_tok.subtree:  # and at a verb the parser hung inside it
            if t.dep_ in ("ROOT",) and t.i > content_tok.i:
                end = min(end, t.idx)
        d.content = trim(self.text, start, end)
        return d

    # -- "according to X" ------------------------------------------------------------------
    def _according(
        self, doc: Doc, tok: Token, seq: tuple[str, ...], paras: Paragraphs
    ) -> Draft | None:
        n = len(seq)
        if tok.i + n > len(doc):
            return None
        for k in range(1, n):
            if doc[tok.i + k].lower_ != seq[k]:
                return None
        last = doc[tok.i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"):
                return None
            pobj = nxt
            while (
                pobj.head.i > pobj.i
                and pobj.head.i < pobj.i + 8
                and pobj.head.pos_ in ("PROPN", "NOUN")
            ):
                pobj = pobj.head
        para = paras.bounds(tok.idx)
        sent = tok.sent
        unit_start, unit_end = max(sent.start_char, para[0]), min(sent.end_char, para[1])
        phrase_start = tok.idx
        phrase_end = _tok_end(max(pobj.right_edge, last, key=lambda t: t.i))
        before = trim(self.text, unit_start, phrase_start)
        after = trim(self.text, phrase_end, unit_end)
        rest = (
            doc.char_span(after[0], after[1], alignment_mode="expand")
            if after[1] > after[0]
            else None
        )
        if rest is not None and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            after = (after[0], after[0])  # "…, according to a filing on Monday by X.": no clause
        content = before if before[1] - before[0] >= after[1] - after[0] else after
        d = Draft(
            cue=tok, cue_start=tok.idx, cue_end=_tok_end(last), cue_class="report", according=True
        )
        d.source = pobj
        d.source_tokens = mention_tokens(pobj, tok)
        text = self.text
        if (
            before[1] > before[0]
            and after[1] > after[0]
            and text[before[1] : phrase_start].strip() == ","
            and text[phrase_end : after[0]].strip() == ","
        ):
            # "Nationally, according to X, his rating fell": the clause runs on both sides
            content = (before[0], after[1])
            d.parts = [before, after]
        if content[1] > content[0]:
            d.content = content
        return d

    # -- relays: "citing X", "X, which cited Y" --------------------------------------------
    def _sourcelike(self, t: Token) -> bool:
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

    def _relay(self, d: Draft, paras: Paragraphs) -> None:
        src = d.source
        if src is None:
            return
        candidates = [c for c in src.children if c.dep_ in ("relcl", "acl")]
        candidates += [c for c in d.cue.children if c.dep_ in ("advcl", "xcomp", "conj")]
        if d.content is not None:
            # "X reported, citing Y, that …": the relay verb sits between cue and content
            doc = d.cue.doc
            for t in doc[d.cue.i + 1 : min(d.cue.i + 4, len(doc))]:
                if t.lemma_ in self.lex.relay_verbs and t.idx < d.content[1]:
                    candidates.append(t)
                    if t.idx <= d.content[0] + 1 or d.content[0] <= t.idx:
                        after = _tok_end(t.right_edge)
                        if d.content[0] <= after < d.content[1]:
                            d.content = trim(self.text, after, d.content[1])
                    break
        for c in candidates:
            if c.lemma_ not in self.lex.relay_verbs:
                continue
            obj = next((x for x in c.children if x.dep_ in ("dobj", "pobj")), None)
            if obj is None or not self._sourcelike(obj):
                continue  # "said, citing low growth": a reason, not a relayed source
            span = (d.cue_start, d.cue_end)
            d.relays.append((src, mention_tokens(src, c), span))
            d.source = obj
            d.source_tokens = mention_tokens(obj, c)
            d.cue_start, d.cue_end = c.idx, _tok_end(c)
            d.phrase = None
            d.cue = c
            return
