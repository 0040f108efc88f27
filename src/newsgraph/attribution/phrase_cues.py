"""Cues that are not a verb with its subject: each a small reader of its own.

- ``sourceless``: verbs of seeming ("the plan appears to be failing") name no source;
- ``in_source``: "In the latest poll, X leads" / "X leads in the survey": a document source;
- ``adjective``: adjectives of stance after "be" ("was adamant that", "are wary of");
- ``noun``: a cue noun with an owner ("Trump's claim that …", "her support for …");
- ``according``: "according to X" — X is the source, the sentence around it the content;
- ``colon_quote``: "Lavrov was blunt: “…”" — a clause ending in a colon before a quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import words
from newsgraph.attribution.mentions import mention_tokens
from newsgraph.attribution.spans import Paragraphs, tok_end, trim

PHRASE_DEPS = ("aux", "auxpass", "neg", "advmod")
_SUBJ = ("nsubj", "nsubjpass", "csubj")


def sourceless(finder, v: Token, cls: str | None, paras: Paragraphs) -> Draft | None:
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
    d = Draft(cue=v, cue_start=v.idx, cue_end=tok_end(v), cue_class=cls, sourceless=True)
    d.by, d.reason = "no-source", "a verb of seeming names no source"
    first = v  # "may seem", "already appears": modals and adverbs belong to the cue phrase
    for c in reversed(list(v.lefts)):
        if c.dep_ in PHRASE_DEPS and c.i > subj.i and c.i == first.i - 1:
            first = c
    last = comp if comp.dep_ == "prep" else v  # "seemed like"
    d.phrase = (first.idx, tok_end(last))
    if subj.lower_ == "it" and comp.dep_ == "ccomp":
        start = comp.left_edge.idx
    else:
        start = subj.left_edge.idx
    end = tok_end(comp.right_edge)
    for child in comp.rights:  # "…, as the president traveled": the writer's aside
        if child.dep_ in ("advcl", "conj") and child.left_edge.i > 0:
            prev = v.doc[child.left_edge.i - 1]
            if prev.text in (",", "—", "–", "--"):
                end = min(end, prev.idx)
                break
    start, end = max(start, para[0]), min(end, para[1])
    if end <= start:
        return None
    d.content = trim(finder.text, start, end)
    if first.i < v.i and d.content[0] < first.idx and tok_end(v) < d.content[1]:
        # "the plan often seems to fail": the adverb or "does not" is the cue phrase's, not said
        left, right = trim(finder.text, d.content[0], first.idx), trim(finder.text, tok_end(v), end)
        if left[1] > left[0] and right[1] > right[0]:
            d.parts = [left, right]
    return d


def in_source(finder, prep: Token, paras: Paragraphs) -> Draft | None:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if pobj is None or pobj.lemma_.lower() not in finder.lex.in_sources:
        return None
    polled = pobj.lemma_.lower() in _POLLS  # "In a poll, 60 percent said …": the poll's finding
    closing = prep.right_edge.i + 1 >= prep.sent.end - 1 or (
        polled and prep.doc[prep.right_edge.i + 1].text == ","  # "… in the poll, with …"
    )
    if prep.i > head.i and closing:
        head = _clause_verb(head)  # "X has a lead among women in the latest poll"
    if head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return None
    if not (polled and prep.i == prep.sent.start) and (
        head.lemma_ in finder.cue_class
        or any(c.lemma_ in finder.cue_class for c in head.children if c.dep_ in ("conj", "ccomp"))
    ):
        return None  # "In an interview, she said …": the verb is the cue
    doc = prep.doc
    sent = prep.sent
    para = paras.bounds(prep.idx)
    s0, s1 = max(sent.start_char, para[0]), min(sent.end_char, para[1])
    after = pobj.right_edge.i + 1
    if prep.i == sent.start and after < len(doc) and doc[after].text == ",":
        content = trim(finder.text, doc[after].idx + 1, s1)
    elif prep.i > head.i and closing:
        content = trim(finder.text, s0, prep.idx)
    else:
        return None
    if content[1] <= content[0]:
        return None
    d = Draft(cue=prep, cue_start=prep.idx, cue_end=tok_end(prep), cue_class="report")
    d.phrase = (prep.idx, tok_end(prep))
    d.source = pobj
    d.source_tokens = list(doc[pobj.left_edge.i : pobj.right_edge.i + 1])
    d.content = content
    d.according = True  # like "according to": the clause is the content, no quote joins
    d.by = "in-document"
    return d


_WORDS = words("phrase_cues")
_POLLS = set(_WORDS["polls"])


def _clause_verb(t: Token) -> Token:
    """The verb whose object (or the object's prepositional phrase) holds ``t``."""
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.dep_ not in ("dobj", "attr", "pobj", "prep"):
            break
        t = t.head
    return t


def adjective(finder, adj: Token, cls: str, paras: Paragraphs) -> Draft | None:
    verb = adj.head
    if verb.lemma_ not in ("be", "become", "remain", "grow", "feel", "sound", "seem", "appear"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that", "which"):
        return None  # "it is clear that …" names no one who holds the view
    if not finder.sourcelike(subj) and subj.tag_ not in ("WP", "NNS"):
        return None
    para = paras.bounds(adj.idx)
    content_tok, cue_end = _stance_complement(finder, adj)
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
    d.by = "cue-subject"
    end = min(tok_end(content_tok.right_edge), para[1])
    d.content = trim(finder.text, max(content_start, para[0]), end)
    return d


def _stance_complement(finder, adj: Token) -> tuple[Token | None, int]:
    """What an adjective of stance is about, and where its cue ends: the clause or infinitive
    ("sure that …", "eager to …"), else the object of its preposition ("wary of X": the cue
    takes the preposition)."""
    for child in adj.rights:
        if child.dep_ in ("ccomp", "xcomp"):
            return child, tok_end(adj)
        if child.dep_ == "prep" and child.lower_ in finder.lex.adjective_preps:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            return (obj, tok_end(child)) if obj is not None else (None, tok_end(adj))
    return None, tok_end(adj)


def postnominal(finder, adj: Token, cls: str, paras: Paragraphs) -> Draft | None:
    """ "Voters, wary of another war, …", "donors eager to back him": an adjective of stance
    after the noun it describes; the noun holds the view, the complement is the content."""
    holder = adj.head
    if holder.pos_ not in ("NOUN", "PROPN", "PRON") or not finder.sourcelike(holder):
        return None
    para = paras.bounds(adj.idx)
    content_tok, cue_end = _stance_complement(finder, adj)
    if content_tok is None or not (para[0] <= content_tok.idx < para[1]):
        return None
    first = adj
    for c in adj.lefts:  # "long wary of", "deeply concerned about"
        if c.dep_ in ("advmod", "neg") and c.i == first.i - 1:
            first = c
    d = Draft(cue=adj, cue_start=first.idx, cue_end=cue_end, cue_class=cls)
    d.phrase = (first.idx, cue_end)
    d.source = holder
    d.source_tokens = [t for t in mention_tokens(holder, adj) if t.i < adj.left_edge.i]
    d.source_tokens = d.source_tokens or [holder]
    d.by = "cue-subject"
    end = min(tok_end(content_tok.right_edge), para[1])
    d.content = trim(finder.text, max(content_tok.left_edge.idx, para[0]), end)
    return d


def noun(finder, n: Token, cls: str, paras: Paragraphs) -> Draft | None:
    """ "Trump's claim that …", "claims by the ministry that …": the owner is the source."""
    owner = next((c for c in n.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in n.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if owner is not None and owner.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
    if owner is None or owner.lower_ in ("its",) or owner.pos_ == "DET":
        return None
    para = paras.bounds(n.idx)
    lex = finder.lex
    preps = lex.noun_preps.get(n.lower_) or lex.noun_preps.get(n.lemma_.lower()) or _NOUN_PREPS
    content_tok, cue_end, last = None, tok_end(n), None
    for child in n.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and (
            any(m.lower_ in ("that", "to") for m in child.children if m.dep_ in ("mark", "aux"))
        ):  # a relative clause with a "that" mark is the parser's reading of a complement
            content_tok = child
            break
        if child.dep_ == "prep" and child.lower_ in preps and child.i == n.i + 1:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # "her call on Monday"
                content_tok, cue_end = obj, tok_end(child)
                last = _infinitive_after(n, obj)  # "a call on allies to act"
            break
    if content_tok is None:
        content_tok = _clause_past_aside(n)
    if content_tok is None or not (para[0] <= content_tok.idx < para[1]):
        return None
    d = Draft(cue=n, cue_start=n.idx, cue_end=cue_end, cue_class=cls)
    d.source = owner
    d.source_tokens = list(owner.subtree)  # "Trump's": the possessive mark belongs in
    if owner.dep_ == "pobj":
        d.source_tokens = mention_tokens(owner, n)
    d.by = "cue-owner"
    start = content_tok.left_edge.idx
    end = min(tok_end((last or content_tok).right_edge), para[1])
    if n.head.i > content_tok.i and n.head.idx < end:
        end = n.head.idx  # "X's claim that Y angered Z": the clause stops at the verb
    for t in content_tok.subtree:  # and at a verb the parser hung inside it
        if t.dep_ in ("ROOT",) and t.i > content_tok.i:
            end = min(end, t.idx)
    d.content = trim(finder.text, start, end)
    return d


_NOUN_PREPS = frozenset(_WORDS["noun_preps"])


def _infinitive_after(n: Token, obj: Token) -> Token | None:
    """ "the call on allies to send arms": the infinitive after the one called on (hung on
    the noun or on its object) belongs to the content."""
    for x in (*obj.rights, *n.rights):
        if x.dep_ in ("acl", "relcl", "xcomp") and x.i > obj.i:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                return x
    return None


def _clause_past_aside(n: Token) -> Token | None:
    """ "rejected China's claim, which it has made before, that the mission was allowed", "had
    no response to China's claim, …, that …": the parser hangs the that-clause on a word above
    the noun (the verb, the noun it depends on), past the aside; it is the claim's."""
    up = n
    for _ in range(3):
        if up.dep_ not in ("dobj", "pobj", "prep") or up.head.i == up.i:
            return None
        up = up.head
        for x in up.rights:
            if x.i > n.i and x.dep_ in ("ccomp", "acl") and x.left_edge.lower_ == "that":
                gap = n.doc[n.right_edge.i + 1 : x.left_edge.i]
                return x if all(t.is_punct for t in gap) else None
    return None


def according(
    finder, doc: Doc, tok: Token, seq: tuple[str, ...], paras: Paragraphs
) -> Draft | None:
    n = len(seq)
    if tok.i + n > len(doc):
        return None
    for k in range(1, n):
        if doc[tok.i + k].lower_ != seq[k]:
            return None
    last = doc[tok.i + n - 1]
    pobj = _according_object(doc, last)
    if pobj is None:
        return None
    para = paras.bounds(tok.idx)
    sent = tok.sent
    unit_start, unit_end = max(sent.start_char, para[0]), min(sent.end_char, para[1])
    phrase_start = tok.idx
    phrase_end = tok_end(max(pobj.right_edge, last, key=lambda t: t.i))
    before = trim(finder.text, unit_start, phrase_start)
    after = trim(finder.text, phrase_end, unit_end)
    rest = (
        doc.char_span(after[0], after[1], alignment_mode="expand") if after[1] > after[0] else None
    )
    if rest is not None and not any(t.pos_ in ("VERB", "AUX") for t in rest):
        after = (after[0], after[0])  # "…, according to a filing on Monday by X.": no clause
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    d = Draft(cue=tok, cue_start=tok.idx, cue_end=tok_end(last), cue_class="report", according=True)
    d.source = pobj
    d.source_tokens = mention_tokens(pobj, tok)
    d.by = "according-to"
    text = finder.text
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


def _according_object(doc: Doc, last: Token) -> Token | None:
    """The head of X in "according to X" (the parser sometimes leaves it unattached)."""
    pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
    if pobj is not None:
        return pobj
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"):
        return None
    pobj = nxt
    while pobj.head.i > pobj.i and pobj.head.i < pobj.i + 8 and pobj.head.pos_ in ("PROPN", "NOUN"):
        pobj = pobj.head
    return pobj


_OPENING = ("“", '"', "‘", "«", "``")
_CLAUSES = ("conj", "advcl", "relcl", "acl", "ccomp")


def colon_quote(finder, v: Token, paras: Paragraphs) -> Draft | None:
    """ "Lavrov was blunt: “…”", "She went on: “…”", "The envoy struck a defiant tone: “…”":
    a main clause whose subject can speak and that says nothing itself, closed by a colon
    right before an opening quote mark, introduces the quote. The verb phrase is the cue (the
    quote sieves then give the quote to it)."""
    doc = v.doc
    if v.dep_ == "ROOT":
        colon = next((x for x in v.rights if x.text == ":"), None)
    elif v.dep_ == "ccomp" and v.head.i > v.right_edge.i + 1:  # the clause hung on the quote's
        k = v.right_edge.i  # verb, the colon in it or right after it
        colon = doc[k] if doc[k].text == ":" else doc[k + 1]
    else:
        return None
    if colon is None or colon.text != ":" or colon.i + 1 >= len(doc):
        return None
    k = colon.i + 1
    if doc[k].is_space and k + 1 < len(doc):  # the quote may open the next paragraph
        k += 1
    if doc[k].text not in _OPENING:
        return None
    subj = next((c for c in v.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not finder.sourcelike(subj) or subj.lower_ in ("it", "this", "that"):
        return None
    if any(x.dep_ in ("ccomp", "csubj", "parataxis") and x.i < colon.i for x in v.children):
        return None  # "said the choice was stark: …": a content of its own
    if any(t.dep_ in _CLAUSES for t in doc[v.i + 1 : colon.i]):
        return None  # "hammered X, calling him …, and contrasted …": not one short phrase
    para = paras.bounds(v.idx)
    if not (para[0] <= subj.idx and colon.idx < para[1]):
        return None
    first = v
    for c in reversed(list(v.lefts)):
        if c.dep_ in PHRASE_DEPS and c.i > subj.i and c.i == first.i - 1:
            first = c
    d = Draft(cue=v, cue_start=v.idx, cue_end=tok_end(doc[colon.i - 1]), cue_class="assert")
    d.phrase = (first.idx, d.cue_end)
    d.source = subj
    d.source_tokens = mention_tokens(subj, v)
    d.by = "cue-subject"
    return d
