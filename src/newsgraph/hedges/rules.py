"""When a matched phrase is a hedge: one check per rule of ``data/hedges.yaml``.

Each rule takes the match (tokens ``first:end`` of the Doc) and returns the tokens the hedge
spans, ``(start, end)``, or None when the words do something else here ("could not attend",
"claims the islands", "media reports"). The checks read the dependency parse only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.hedges.lexicon import HedgeLexicon, Pattern

Span = tuple[int, int]
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"}
WH = {"whether", "if", "how", "what", "when", "where", "which", "who", "whom", "why", "whose"}
NEGATING_HEADS = {"decline", "refuse", "fail"}
# what unsourced reports do when they are the source of a claim ("reports say", "reports put")
REPORT_VERBS = {"say", "suggest", "indicate", "claim", "spread", "emerge", "circulate", "surface",
                "allege", "state", "put", "speak", "describe", "point"}  # fmt: skip
_FEAR_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Match:
    doc: Doc
    first: int  # token index of the first word of the phrase
    end: int  # token index after its last word
    pattern: Pattern
    lex: HedgeLexicon

    @property
    def tok(self) -> Token:
        return self.doc[self.first]


# -- helpers -------------------------------------------------------------------------------------
def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _expletive_start(tok: Token) -> int:
    """Index of an empty 'it' subject (or the auxiliary) before ``tok``, else ``tok.i``."""
    start = tok.i
    for c in tok.children:
        if c.i < tok.i and (
            (c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it")
            or c.dep_ in ("aux", "auxpass", "neg")
        ):
            start = min(start, c.i)
    return start


def negation_start(tok: Token) -> int | None:
    """Where the negation of ``tok`` begins ("did not", "neither", "declined to", "without"),
    or None when ``tok`` is not negated."""
    neg = _children(tok, "neg", "preconj")
    neg = [c for c in neg if c.dep_ == "neg" or c.lower_ == "neither"]
    if neg:
        first = min(c.i for c in neg)
        auxes = [c.i for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < first]
        return min([first, *auxes])
    head = tok.head
    if tok.dep_ == "conj" and head.i != tok.i:
        if any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children):
            return negation_start(head) or head.i
        return negation_start(head)
    if tok.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_HEADS:
        auxes = [c.i for c in head.children if c.dep_ == "aux" and c.i < head.i]
        return min([head.i, *auxes])
    if tok.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children):
        return head.i  # "has yet to confirm"
    if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "without":
        return head.i
    return None


def _under(tok: Token, words: frozenset[str], depth: int = _FEAR_DEPTH) -> bool:
    """Is ``tok`` (or a clause above it, up to ``depth`` steps) governed by one of ``words``?"""
    cur = tok
    for _ in range(depth):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in words or cur.lower_ in words:
            return True
    return False


def _marks(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "mark"}


def _subject_before(tok: Token, limit: int) -> bool:
    head = tok
    while True:
        if any(c.dep_ in SUBJECTS and c.i < limit for c in head.children):
            return True
        if head.dep_ not in ("conj", "xcomp") or head.head.i == head.i:
            return False
        head = head.head


# -- rules ---------------------------------------------------------------------------------------
def word(m: Match) -> Span | None:
    return m.first, m.end


def modal(m: Match) -> Span | None:
    """may / might / could weakening a claim, not ability, condition, fear or free choice."""
    tok = m.tok
    if tok.tag_ != "MD" or tok.head.i == tok.i:
        return None
    verb, lemma, ctx = tok.head, tok.lower_, m.lex.context
    if not _subject_before(verb, tok.i):
        return None  # "May God help …", questions
    if _marks(verb) & {"whether", "if"}:
        return None  # "asked whether the deal could hold": a question, not a claim
    if verb.dep_ in ("advcl",) and (_marks(verb) & (ctx["condition"] | {"so", "that"})):
        return None  # inside a condition or a purpose clause
    if any(c.lower_ == "how" for c in verb.children):
        return None  # "how they could cooperate"
    if verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "det" and c.lower_ in ctx["free_choice"] for c in verb.head.children
    ):
        return None  # "any harm it may cause"
    if lemma == "could":
        if _has_neg(verb) or verb.lemma_.lower() in ctx["ability"]:
            return None  # "could not attend", "could see"
        if verb.dep_ in ("relcl", "acl"):
            return None  # "weapons that could reach …": capacity
        if any(c.dep_ == "advcl" and _marks(c) & ctx["condition"] for c in verb.children):
            return None  # "could … if …": a condition
    if _under(verb, ctx["fear"]):
        return None  # "warned that … could …": a feared scenario
    return m.first, m.end


def predicative(m: Match) -> Span | None:
    """An adjective of likelihood said of a clause or thing, not before a noun."""
    tok = m.tok
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADV":
        return m.first, m.end
    if tok.dep_ in ("amod", "compound") or (
        tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ != "acomp"
    ):
        return None
    if lemma in ("possible", "probable", "improbable", "doubtful"):
        holder = tok.head if tok.dep_ in ("acomp", "attr") else tok
        clause = _children(tok, "ccomp", "csubj") + _children(holder, "ccomp", "csubj")
        if _children(tok, "xcomp") or not clause:
            return None  # "possible to avoid", "as soon as possible"
        if _under(tok, m.lex.context["fear"]):
            return None
    start = _expletive_start(tok.head) if tok.dep_ in ("acomp", "attr") else tok.i
    return min(start, m.first), m.end


def negative(m: Match) -> Span | None:
    """'clear', 'certain', 'sure', 'known' hedge only when negated ("not immediately clear")."""
    tok = m.tok
    holder = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
    if not (_has_neg(tok) or _has_neg(holder)):
        return None
    return min(_expletive_start(holder), m.first), m.end


def seem(m: Match) -> Span | None:
    """Verbs of seeming with a clause or a predicate ("appeared to", not "appeared in court")."""
    tok = m.tok
    if tok.lemma_.lower() == "appear" and not (
        _children(tok, "xcomp", "ccomp", "acomp", "oprd", "attr")
        or any(c.lower_ == "it" and c.dep_ in SUBJECTS for c in tok.children)
    ):
        return None
    end = m.end
    if end < len(m.doc) and m.doc[end].lower_ == "to" and m.end - m.first == 1:
        end += 1
    return _expletive_start(tok), end


def passive(m: Match) -> Span | None:
    """A passive with no agent ("was reported", "is believed to", "suspected militants")."""
    tok, lemma = m.tok, m.tok.lemma_.lower()
    if lemma == "report" and _nothing_reported(tok):
        return m.first, m.end  # the headline "no damage reported"
    if tok.tag_ != "VBN" or _children(tok, "agent") or _has_neg(tok):
        return None
    reduced = tok.dep_ in ("amod", "acl") and not _children(tok, "auxpass")
    if not (_is_passive(tok) or reduced):
        return None
    if reduced and lemma not in ("report", "allege", "suspect", "fear", "rumour", "rumor", "see",
                                 "view", "regard", "perceive"):  # fmt: skip
        return None
    preps = {c.lower_ for c in _children(tok, "prep")}
    if lemma in ("see", "view", "regard", "perceive") and "as" not in preps:
        return None  # "was seen taking off"
    if lemma == "report" and "to" in preps:
        return None  # "was reported to the police"
    if lemma == "expect" and ("as" in _marks(tok) or "than" in preps or tok.head.lower_ == "than"):
        return None  # "as expected"
    if lemma == "say" and not (_children(tok, "xcomp", "ccomp") or _expletive(tok)):
        return None
    end = m.end
    if end < len(m.doc) and m.doc[end].lower_ in ("to", "as") and m.doc[end].head in (tok,):
        end += 1
    return min(_expletive_start(tok), m.first), end


def _nothing_reported(tok: Token) -> bool:
    subj = _children(tok, "nsubj", "nsubjpass")
    return (
        bool(subj)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in subj[0].children)
        and not any(c.i > tok.i for c in _children(tok, "dobj", "ccomp", "agent"))
    )


def _expletive(tok: Token) -> bool:
    return any(c.lower_ == "it" and c.dep_ in SUBJECTS for c in tok.children)


def claim_verb(m: Match) -> Span | None:
    """'claim' with a clause or nothing; not with an object ("claims the sea"), not passive."""
    tok = m.tok
    if _is_passive(tok) or tok.dep_ in ("amod", "acl") or _children(tok, "agent"):
        return None  # "areas claimed by India"
    if tok.tag_ == "VBN" and not _children(tok, "aux"):
        return None  # "held by Japan but claimed by China"
    if _children(tok, "dobj", "dative"):
        return None  # "claimed responsibility", "claims the islands"
    return m.first, m.end


def claim_noun(m: Match) -> Span | None:
    """An assertion called a claim; not a claim to territory, money or responsibility."""
    tok, ctx, doc = m.tok, m.lex.context, m.doc
    if tok.dep_ == "compound":
        return None  # "claims process"
    not_assertion = ctx["claim_not_assertion"]
    left = [t for t in doc[tok.left_edge.i : tok.i]]
    if tok.i > 0:
        left.append(doc[tok.i - 1])
    if any(t.lower_ in not_assertion or t.lemma_.lower() in not_assertion for t in left):
        return None  # "territorial claims", "overlapping claims"
    for prep in _children(tok, "prep"):
        if prep.lower_ in ("to", "over", "on", "at", "upon"):
            return None  # "claims to the islands", "claims at sea"
        if prep.lower_ == "of" and any(p.lemma_.lower() in not_assertion for p in prep.children):
            return None  # "claim of responsibility"
    content = _children(tok, "acl", "ccomp", "relcl", "appos")
    owned = _children(tok, "poss")
    if tok.tag_ == "NNS" and owned and not content and _territory_near(tok, ctx["territory"]):
        return None  # "its claims" among seas and islands
    return m.first, m.end


def _territory_near(tok: Token, words: frozenset[str]) -> bool:
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    return any(t.lower_ in words for t in tok.doc[start : sent.end])


def report_noun(m: Match) -> Span | None:
    """'reports' with no source named, used as the source of a claim."""
    tok = m.tok
    for c in tok.children:
        if c.dep_ in ("poss", "compound") or (c.dep_ == "det" and c.lower_ in DEFINITE):
            return None  # "media reports", "the report", "its report"
        if c.dep_ == "amod" and c.text[:1].isupper():
            return None  # "Russian reports"
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "in"):
            return None  # "a report by X"
    head = tok.head
    if tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in m.lex.context["report_not_source"]:
        return None  # "denied reports", "published reports"
    if tok.dep_ == "pobj" and head.lower_ in ("in", "by", "from", "on"):
        return None  # "said in a report": a document
    start = tok.i
    for c in tok.children:
        if c.dep_ == "det" and c.i < tok.i:
            start = min(start, c.i)
    according = tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
    if according:
        return head.head.i, m.end
    used = (
        (tok.dep_ == "nsubj" and (_children(head, "ccomp") or head.lemma_.lower() in REPORT_VERBS))
        or any(c.dep_ in ("acl", "ccomp") and "that" in _marks(c) for c in tok.children)
        or any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children)
        or (tok.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children))
        or _verb_with_clause_next(tok)
    )
    return (start, m.end) if used else None


def _verb_with_clause_next(tok: Token) -> bool:
    """'… and reports spread that X', where the parser missed the subject."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and bool(_children(nxt, "ccomp"))


def insist(m: Match) -> Span | None:
    """'insist' with a clause or nothing; not "insist on" a demand."""
    tok = m.tok
    if _children(tok, "ccomp"):
        return m.first, m.end
    for prep in _children(tok, "prep"):
        if prep.lower_ in ("on", "upon"):
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            if any(
                p.lemma_.lower() not in m.lex.context["time_words"] and p.ent_type_ != "DATE"
                for p in objs
            ):
                return None
    return m.first, m.end


def inference(m: Match) -> Span | None:
    """The writer's inference: ", suggesting that …" (a participle with no subject)."""
    tok = m.tok
    if not _children(tok, "ccomp"):
        return None
    subjects = _children(tok, "nsubj")
    if tok.tag_ == "VBG" and not subjects and tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return m.first, m.end
    if subjects and all(s.lower_ == "which" for s in subjects):
        return m.first, m.end
    return None


def negated(m: Match) -> Span | None:
    """A verb of answering that is negated, declined or left out ("did not say")."""
    tok, fam = m.tok, m.pattern.family
    start = negation_start(tok)
    if start is None:
        return None
    if tok.lemma_.lower() in ("name", "identify") and _is_passive(tok):
        return None  # "asked not to be named": an anonymous source, not a non-answer
    end = m.end
    if fam.objects:
        found = [
            t for t in _near(tok) if t.lower_ in fam.objects or t.lemma_.lower() in fam.objects
        ]
        bare = not _children(tok, "dobj", "prep", "ccomp", "xcomp", "advmod", "dative")
        if not found and not bare:
            return None
        end = max([end, *(t.i + 1 for t in found if t.dep_ == "dobj")])
    if tok.lemma_.lower() == "say" and not _says_nothing(tok):
        return None
    for c in _children(tok, "conj", "prt"):
        if c.dep_ == "prt" or (c.pos_ == "VERB" and c.lemma_.lower() in m.lex.index):
            end = max(end, c.i + 1)  # "confirmed or denied", "rule out"
    return start, end


def _near(tok: Token) -> list[Token]:
    """Children and grandchildren: the objects and adverbs of a verb."""
    out = []
    for c in tok.children:
        out.append(c)
        out.extend(c.children)
    return out


def _says_nothing(tok: Token) -> bool:
    """'did not say' leaves a point open unless it denies saying something ("did not say that")."""
    for c in _children(tok, "ccomp"):
        words = {t.lower_ for t in c.doc[c.left_edge.i : c.i]}
        if not words & WH:
            return False
    return True


RULES: dict[str, Callable[[Match], Span | None]] = {
    "word": word,
    "negated": negated,
    "modal": modal,
    "predicative": predicative,
    "negative": negative,
    "seem": seem,
    "passive": passive,
    "claim_verb": claim_verb,
    "claim_noun": claim_noun,
    "report_noun": report_noun,
    "insist": insist,
    "inference": inference,
}
