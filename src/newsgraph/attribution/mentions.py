"""Source mentions: which tokens name a speaker.

`mention_tokens` gives the whole mention as news corpora mark it (appositions and relative
clauses included, one contiguous run); `np_tokens` the core noun phrase a name is read from.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.lexicon import words

_CUT_DEPS = {"relcl", "acl", "advcl", "punct", "appos", "parataxis"}


def np_tokens(head: Token) -> list[Token]:
    """The core noun phrase of ``head`` (for its name): no clauses or appositions after it."""
    tokens = [head]
    for child in head.lefts:
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in _CUT_DEPS:
            break
        tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    tokens = [t for t in tokens if t.tag_ != "POS"] or tokens
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return tokens


_WORDS = words("mentions")
_FOCUS_WORDS = set(_WORDS["focus_words"])  # "only" quantifies: "Only a third of voters"


def mention_tokens(head: Token, cue: Token | None = None) -> list[Token]:
    """The whole source mention as news corpora mark it: the full subtree of its head, with
    appositions and relative clauses, but never the cue's own subtree; one contiguous run."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if cue is not None and start <= cue.i < end and cue.i != head.i:
        node = cue
        while node.head.i != node.i and node.i != head.i:
            node = node.head
        if node.i == head.i:  # the cue hangs inside the mention ("X, which cited …")
            if cue.i > head.i:
                end = min(end, cue.left_edge.i)
            else:
                start = max(start, cue.right_edge.i + 1)
        elif cue.i > head.i:
            # a misread apposition carried the mention past its verb ("The columnist went so
            # far as to say: “The party …”"): it ends where its own words stop
            own = {t.i for t in head.subtree}
            end = min(end, next((i for i in range(head.i, end) if i not in own), end))
    for child in head.rights:  # "Erdogan, speaking after prayers,": the scene is not who
        if child.i <= head.i + 1 or doc[child.left_edge.i - 1].text != ",":
            continue
        if child.dep_ in ("acl", "advcl") and child.tag_ == "VBG":
            end = min(end, child.left_edge.i - 1)
        elif child.dep_ == "relcl" and child.left_edge.lower_ in ("which", "whose"):
            end = min(end, child.left_edge.i - 1)  # "…, whose book came out in May,"
    end = _without_trailing_aside(head, end)
    if end - start > 60:
        core = np_tokens(head)
        return core
    tokens = list(doc[start:end])
    while (
        len(tokens) > 1
        and (tokens[-1].is_punct and tokens[-1].text not in ")%")
        or (len(tokens) > 1 and tokens[-1].is_space)
    ):
        tokens.pop()
    while len(tokens) > 1 and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in _FOCUS_WORDS
    ):
        tokens.pop(0)  # "even the mayor's allies": the focus word is the writer's
    if any("\n" in t.text for t in tokens):
        return np_tokens(head)
    return _after_timestamp(tokens, head)


_TIME_ENTS = ("DATE", "TIME")
_TRAILING_WORDS = set(_WORDS["trailing_words"])  # "Clinton herself" keeps its reflexive


def _without_trailing_aside(head: Token, end: int) -> int:
    """Where a mention ends without the words after its head that say when or how many
    rather than who ("Ana Ruiz on Tuesday", "Ruiz and Berg both"); "a poll in May" keeps
    its date, as news corpora mark it."""
    for child in reversed(list(head.rights)):
        if child.right_edge.i + 1 < end:
            break
        if child.lower_ in _TRAILING_WORDS and child.dep_ in ("det", "appos", "advmod", "npadvmod"):
            end = child.i
        elif child.lower_ in ("on", "during") and any(
            c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in child.children
        ):
            end = child.i
        else:
            break
        while end - 1 > head.i and head.doc[end - 1].is_punct:
            end -= 1
    return end


_DASHES = ("-", "–", "—")


def _after_timestamp(tokens: list[Token], head: Token) -> list[Token]:
    """ "14:32 GMT - Ukraine's president": a live blog's time stamp is no part of who speaks."""
    dash = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.text in _DASHES and t.i < head.i and t.whitespace_ and t.nbor(-1).whitespace_
        ),
        None,
    )  # a dash set off by spaces, not the hyphen of "twenty-four"
    if dash is None or dash == 0:
        return tokens
    stamp = tokens[:dash]
    first = stamp[0].i
    if first > 0 and (head.doc[first - 1].like_num or ":" in head.doc[first - 1].text):
        stamp = [head.doc[first - 1], *stamp]  # "14:32" hung elsewhere by the parser
    if any(t.like_num or ":" in t.text for t in stamp) and all(
        t.like_num or ":" in t.text or t.text.isupper() or t.lower_ in ("am", "pm", "a.m.", "p.m.")
        for t in stamp
    ):
        return tokens[dash + 1 :]
    return tokens


_OPENERS = {",", "“", '"', "”", "''", "``", "—", "–", ";"}
_SKIP = {",", *_WORDS["skip"]}


def hung_subject(cue: Token, speaks) -> Token | None:
    """The subject of a finite cue the parser hung elsewhere ("At the town hall, a woman who
    had studied abroad asked …", "Ana Ruiz, the mine's manager, suggested …", the noun phrase
    read as an apposition or a prepositional object of the clause before the cue): the
    highest noun phrase that ends right before the cue (past commas and "also") and opens the
    sentence or follows a comma or quote mark; it must be able to speak (``speaks``)."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "dep", "parataxis"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cue.children):
        return None
    doc, start = cue.doc, cue.sent.start
    i = cue.i - 1
    while i >= start and doc[i].lower_ in _SKIP:
        i -= 1
    if i < start:
        return None
    t = doc[i]
    aside = None
    for a in [t, *t.ancestors]:
        if a.dep_ in ("relcl", "appos"):
            break  # "…, the lawyer X, who represents Y, said": a clause on the subject itself
        if a.dep_ in ("acl", "advcl"):
            aside = a
            break
    if aside is not None and aside.tag_ in ("VBG", "VBN") and aside.i < cue.i:
        # "Ana Ruiz, wearing a straw hat, said": past the aside
        i = aside.left_edge.i - 1
        if i < start or doc[i].text != ",":
            return None
        while i >= start and doc[i].lower_ in _SKIP:
            i -= 1
        if i < start:
            return None
        t = doc[i]
    best = None
    node = t
    for _ in range(12):
        if node.i >= cue.i or node.i < start:
            break
        left = node.left_edge.i
        opens = left == start or doc[left - 1].text in _OPENERS
        if opens and node.pos_ in ("PROPN", "NOUN", "PRON") and speaks(node):
            best = node
        if node.head.i == node.i or node.head.i >= cue.i:
            break
        node = node.head
    return best


def document_author(rel: Token, cue: Token, lex, speaks) -> Token | None:
    """ "X released a video that accuses Y": the relative pronoun stands for a document whose
    author is the one who issued it (the subject of a verb of issuing with the document as
    object), when that subject can speak (``speaks``)."""
    if rel.lower_ not in ("that", "which") or cue.dep_ != "relcl" or cue.head.i >= rel.i:
        return None
    noun = cue.head
    if noun.lemma_.lower() not in lex.document_nouns or noun.dep_ not in ("dobj", "pobj"):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "her campaign's video that …": the owner is named on the noun
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_ not in lex.issue_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and speaks(subj) else None


def misread_subject(cue: Token, speaks) -> tuple[Token, list[Token]] | None:
    """The subject of a finite cue the parser hung on a participle it read as the main verb
    ("Majorities of voters in five states going to the polls say …": "say" hung on "going"):
    the participle's subject, with the participle phrase, up to the cue."""
    verb = cue.head
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("dep", "parataxis"):
        return None
    if verb.tag_ not in ("VBG", "VBN") or verb.i >= cue.i or verb.sent.start != cue.sent.start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "were going": a verb of its own, not a participle
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not (speaks(subj) or speaks(_of_whom(subj))):
        return None
    end = cue.i
    if any(t.text == "," for t in cue.doc[subj.right_edge.i + 1 : cue.i]):
        end = subj.right_edge.i + 1  # "Ruiz, noting the size of the crowd, said": no aside
        if cue.doc[end].text == ")" and "(" in cue.doc[subj.left_edge.i : end].text:
            end += 1
    tokens = list(cue.doc[subj.left_edge.i : end])
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return (subj, tokens) if tokens else None


def _of_whom(head: Token) -> Token:
    """ "Majorities of voters", "half of them": the people a share is of (else ``head``)."""
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), head) if of is not None else head
