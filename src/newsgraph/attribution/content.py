"""The content span of a verb cue: which characters of the sentence were said.

The content is the subtree of what the cue governs (clause, object, infinitive, preposition
object), then adjusted by the conventions of news attribution corpora:
- "accused X of Y", "called X a Y", "described X as Y": the complement belongs in;
- "what she calls a tax grab": the relative and the rest of the phrase belong in;
- "X said Y, but Z": reported speech after its cue runs to the sentence end;
- "said — on Twitter — that …": the content starts at "that";
- a trailing concessive clause (", even as …") or ", which …" aside is the writer's;
- "…, which an inquiry said was careless": the relative and the rest, around the cue;
- a source after the verb ("…, said X") and the cue itself are never inside.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.lexicon import load, words
from newsgraph.attribution.spans import DASHES, spaced_dash, tok_end, trim

_WORDS = words("content")
_CONCESSIVE = set(_WORDS["concessive"])


def content_span(text: str, v: Token, c: Token, kind: str, para, d) -> tuple[int, int]:
    """Characters of the content governed by cue ``v`` through token ``c`` (``kind`` says how:
    ccomp, object, xcomp, prep, for-clause, clear)."""
    start, end = c.left_edge.idx, tok_end(c.right_edge)
    if kind == "passive":  # "the plan was rejected by the council", "X is seen as a win"
        subject = trim(text, max(start, para[0]), min(tok_end(c.right_edge), para[1]))
        extra = next((x for x in v.rights if x.dep_ not in ("agent", "punct")), None)
        if extra is None or extra.dep_ not in ("prep", "oprd", "attr", "acomp", "xcomp"):
            return subject
        if extra.dep_ == "prep" and extra.lower_ not in ("as", "for", "of", "over"):
            return subject
        first = extra.left_edge.idx
        if extra.dep_ == "prep" and extra.i == v.i + 1 and extra.i + 1 < len(v.doc):
            first = v.doc[extra.i + 1].idx  # "seen as": the preposition is the cue phrase's
        rest = trim(text, first, min(tok_end(extra.right_edge), para[1]))
        d.parts = [subject, rest]  # "the senator … for his remarks"
        return subject[0], rest[1]
    if kind == "that":  # the parser took "that" for an object: the rest of the sentence
        last = c.sent[-1]
        return trim(text, max(c.idx, para[0]), min(tok_end(last), para[1]))
    if kind == "antecedent":  # "the plan she supported": the noun phrase, up to its clause
        end = min(end, v.left_edge.idx)
        return trim(text, max(start, para[0]), min(end, para[1]))
    if kind == "for-clause":
        start = tok_end(c.left_edge)  # after the "for" that joined the cue
    if kind == "object" and c.dep_ == "dobj":
        end = _with_complement(v, c, end)
    if kind == "object" and c.i > v.i and v.dep_ == "acl" and v.head.dep_ == "ROOT":
        if d.source is not None and d.source.i == v.head.i:  # a sentence read as a noun phrase
            end = max(end, _sentence_stop(c))  # "Ruiz, an ally, called the plan "weak.""
    wh = kind == "object" and c.tag_ in ("WP", "WDT") and c.i < v.i
    if wh:
        # "what she calls a tax grab": the relative names what is called; it all belongs in
        end = max(end, tok_end(v.right_edge))
    if kind == "ccomp":
        start, end = _clause_edges(v, c, start, end)
        subject = _subject_read_as_object(v, c)
        if subject is not None:
            start = min(start, subject.left_edge.idx)
    if kind == "prep":
        # "referred to him as a reformer", "called on them to resign": the complement belongs in
        for child in v.rights:
            if child.i > c.i and (
                (child.dep_ == "prep" and child.lower_ == "as")
                or _what_appealed_for(c, child)
                or (
                    child.dep_ in ("xcomp", "ccomp", "advcl")  # "called on Iran to halt …"
                    and any(a.lower_ == "to" for a in child.children if a.dep_ == "aux")
                    and not any(m.dep_ == "mark" for m in child.children)
                )
            ):
                end = max(end, tok_end(child.right_edge))
    if kind == "prep" and end == tok_end(c.right_edge):
        end = _infinitive_hung_higher(v, c, end)
    if kind in ("object", "prep"):
        end = _before_relative(c, start, end)
    end = _before_closing_aside(c, start, end)
    if kind in ("object", "xcomp", "prep"):
        end = _rest_of_list(v, c, end)
    if kind in ("ccomp", "object", "xcomp", "prep") and c.i > v.i:
        end = _past_colon(c, end, para)
    if kind == "xcomp":
        # "asked supporters to run": the object before the infinitive belongs in
        dobj = next((x for x in v.children if x.dep_ == "dobj" and x.i < c.i), None)
        if dobj is not None and dobj.i > v.i:
            start = min(start, dobj.left_edge.idx)
    around = _around_cue(text, v, c, kind, para, d, start, end)
    if around is not None:
        return around
    # a source after the verb inside the content range ("…, said X") is cut off
    if d.source is not None and start < d.source.idx < end and not wh:
        end = min(end, d.source.left_edge.idx)
    if start < v.idx < end and not wh:
        if v.idx - start >= end - tok_end(v):
            end = v.idx
        else:
            start = tok_end(v)
    start, end = max(start, para[0]), min(end, para[1])
    end = _past_dangling_conjunction(v, c, start, end, para)
    return trim(text, start, end)


def _subject_read_as_object(v: Token, c: Token) -> Token | None:
    """ "insisted the move to scrap the deal is legal": a clause with no subject of its own
    after an object of the cue, which is that clause's subject the parser took for an object."""
    if c.i < v.i or any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children):
        return None
    if any(x.dep_ == "mark" for x in c.children) or c.tag_ in ("VB", "VBG", "VBN", "TO"):
        return None  # "told them that …", "asked them to …": an addressee and its own clause
    obj = next((x for x in v.children if x.dep_ == "dobj" and v.i < x.i < c.i), None)
    if obj is None or obj.right_edge.i >= c.left_edge.i or obj.pos_ == "PRON":
        return None
    between = c.doc[obj.right_edge.i + 1 : c.left_edge.i]
    return obj if not any(t.is_punct for t in between) else None


def _past_dangling_conjunction(v: Token, c: Token, start: int, end: int, para) -> int:
    """A content that ends on "and" / "or" ("pointed to a big win in Ohio and …") lost the
    conjunct the parser hung elsewhere: it belongs in ("… and the fact that she leads"),
    unless it is the cue's own ("noted that …, and suggesting …": cut before the "and")."""
    doc = c.doc
    last = _last_token_ending_by(doc, c.i, min(len(doc), c.i + 400), end)
    while (
        last is not None and last.i > 0 and (last.is_punct or last.is_space) and last.idx >= start
    ):
        last = doc[last.i - 1]
    if (
        last is None
        or last.dep_ != "cc"
        or last.lower_ not in ("and", "or")
        or last.i + 1 >= len(doc)
    ):
        return end
    x = doc[last.i + 1]
    r = x
    while r.head.i != r.i and r.head.left_edge.i == x.i and r.head.i > last.i:
        r = r.head
    if r.dep_ == "conj" and r.head.i == v.i or r.i == v.i or x.is_punct:
        k = last.i - 1
        while k > 0 and doc[k].is_punct and doc[k].idx >= start:
            k -= 1
        return min(end, tok_end(doc[k]))
    if r.sent.start != c.sent.start:
        return end
    return min(max(end, tok_end(r.right_edge)), para[1])


def _last_token_ending_by(doc, lo: int, hi: int, end: int) -> Token | None:
    """The last token of doc[lo:hi] that ends at or before `end` (token ends only grow with
    the index, so a binary search finds it)."""
    if lo >= hi or tok_end(doc[lo]) > end:
        return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if tok_end(doc[mid]) <= end:
            lo = mid
        else:
            hi = mid
    return doc[lo]


def _infinitive_hung_higher(v: Token, c: Token, end: int) -> int:
    """ "calling on the UN and its agencies, especially, the council to act" with "to act"
    hung on the sentence's verb: the infinitive right after the ones called on belongs in."""
    doc = c.doc
    k = c.right_edge.i + 1
    if c.head.lower_ not in ("on", "upon", "to") or k >= len(doc) or doc[k].text != ",":
        return end
    x = doc[k + 1] if k + 1 < len(doc) else None
    while x is not None and x.head.i != x.i and x.dep_ not in ("advcl", "xcomp", "ccomp"):
        x = x.head
    if x is None or x.dep_ not in ("advcl", "xcomp", "ccomp") or x.left_edge.i != k + 1:
        return end
    if x.head.i not in (v.i, v.head.i) or any(m.dep_ == "mark" for m in x.children):
        return end
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
        return end
    return max(end, tok_end(x.right_edge))


def _what_appealed_for(c: Token, prep: Token) -> bool:
    """ "appealed to the army for the release of X": what is asked for, after the one asked
    (not a stretch of time: "appealed to donors for weeks")."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or c.head.lower_ not in ("to", "on", "upon"):
        return False
    pobj = next((y for y in prep.children if y.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ not in ("DATE", "TIME")


def _past_colon(c: Token, end: int, para) -> int:
    """ "X said the choice was stark: either …": what follows a colon that closes the content
    spells it out; it belongs in, to the end of its sentence."""
    doc = c.doc
    k = c.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].idx < end or doc[k].text != ":":
        return end
    nxt = doc[k + 1]
    if nxt.is_space or not (para[0] <= nxt.idx < para[1]):
        return end
    root = nxt.sent.root
    if root.i > k and root.pos_ == "VERB" and nxt.text in _OPENING:
        if any(t.tag_ == "''" for t in doc[k + 2 : root.i]):  # a closing quote mark
            return end  # '…: "This is no longer our city," he claimed': the quote's own cue
    return max(end, tok_end(nxt.sent[-1]))


def _with_complement(v: Token, c: Token, end: int) -> int:
    """ "accused X of Y", "called X a Y" (also read as two objects), "described X as Y": the
    complement belongs in; so do
    the verb's other adjuncts up to a comma ("a poll showed Smith with 40 percent")."""
    adjuncts = True
    for child in v.rights:
        if child.i <= c.i:
            continue
        if child.is_punct or c.doc[child.left_edge.i - 1].text in (",", ";"):
            adjuncts = False
        if (child.dep_ == "prep" and child.lower_ in ("of", "as", "for")) or (
            child.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "dobj")
        ):
            end = max(end, tok_end(child.right_edge))
        elif adjuncts and child.dep_ in ("prep", "advmod", "npadvmod", "advcl", "dep"):
            if _setting(child):
                adjuncts = False  # "praised X at a rally on Monday": when and where, not what
                continue
            end = max(end, tok_end(child.right_edge))
    return end


_SETTING_PREPS = set(_WORDS["setting_preps"])
_TOPIC_PREPS = set(_WORDS["topic_preps"])
_MEDIA = set(_WORDS["media"])
_PLACE_OR_TIME = ("DATE", "TIME", "GPE", "LOC", "FAC")


def _setting(t: Token) -> bool:
    """Does this adjunct say when, where or in what the words were said ("at a rally", "in a
    tweet", "on Wednesday", "during a debate")? "in", "on" and "at" also say what about
    ("supported the bill in the Senate", "blamed the loss on the weather", "put the cost at
    $2 billion"): a setting only with a time, a place, an occasion or a medium after them."""
    if t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "npadvmod" and t.ent_type_):
        return True
    if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS:
        return _occasion_object(t)
    if t.dep_ == "prep" and t.lower_ in _SETTING_PREPS:
        return True
    return t.dep_ == "advcl" and t.left_edge.lower_ in _SETTING_PREPS


def _occasion_object(prep: Token) -> bool:
    """Is the object of ``prep`` a time, a place, an occasion, a statement, a document or a
    medium ("in an interview", "on Twitter", "at a rally", "in a 2019 memo")? A clause after
    it ("in trying to block the rule") says how or why, like a setting."""
    pobj = next((y for y in prep.children if y.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in _PLACE_OR_TIME:
        return True
    lex = load()
    low = pobj.lemma_.lower()
    return (
        low in _MEDIA
        or low in lex.occasions
        or low in lex.statement_nouns
        or low in lex.document_nouns
        or pobj.lower_ in lex.platforms
    )


_STOPS = (".", "?", "!", ";", "-", "--", "—", "–", "(")


def _sentence_stop(c: Token) -> int:
    """Where the sentence holding clause ``c`` ends after it: at its last token, or before
    the first full stop, semicolon, spaced dash or bracket past the clause (the parser's
    sentence may run on into a quote that follows: "… tricky. ''We have always …'')."""
    doc = c.doc
    last = c.right_edge
    for t in doc[c.right_edge.i + 1 : c.sent.end]:
        if t.text in _STOPS and (t.text not in DASHES or spaced_dash(t)):
            break
        last = t
    return tok_end(last)


def _clause_edges(v: Token, c: Token, start: int, end: int) -> tuple[int, int]:
    doc = c.doc
    if c.i > v.i and v.dep_ in ("ROOT", "conj") and c.right_edge.i + 1 < len(doc):
        # "X said Y, but Z": reported speech after its cue runs to the sentence's end
        nxt = doc[c.right_edge.i + 1]
        if nxt.text not in _STOPS + (",",) or _quoting_conjunct(v, c):
            end = max(end, _sentence_stop(c))
    lead = _occasion_first(v, c)
    if lead is not None:  # "said on Telegram it had …" read with the place in the clause
        start = max(start, c.doc[lead.right_edge.i + 1].idx)
    if c.i < v.i:
        start = _after_lead_in(v, c, start)
    for child in c.children:
        # "said — on Twitter, as it happens — that …": the content starts at "that"
        if child.dep_ == "mark" and child.lower_ in ("that", "whether", "if") and child.i < c.i:
            start = max(start, child.idx)
    for child in c.rights:
        # "…, even as he …" trailing concessive clause is the writer's, not the source's
        if child.dep_ == "advcl" and child.left_edge.i > 0:
            prev = doc[child.left_edge.i - 1]
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
            if prev.text == "," and marks & _CONCESSIVE:
                end = min(end, prev.idx)
    return start, end


_OPENING = ('"', "“", "‘", "«", "``")


def _quoting_conjunct(v: Token, c: Token) -> bool:
    """ "He said the border was shut, and troops had orders to “shoot on sight”": a clause
    joined to the cue after its content by ", and" / ", but" that quotes the source's own
    words carries on what was said (a writer's own clause would not quote them)."""
    doc = v.doc
    for x in v.rights:
        if x.dep_ != "conj" or x.i < c.i or doc[x.left_edge.i - 1].lower_ not in ("and", "but"):
            continue
        words = doc[x.left_edge.i : x.right_edge.i + 1]
        opened = [t for t in words if t.text in _OPENING or t.tag_ == "``"]
        return bool(opened) and any(t.tag_ == "''" and t.i > opened[0].i for t in words)
    return False


def _after_lead_in(v: Token, c: Token, start: int) -> int:
    """'She seemed to blame them: "They lied," she said': the words before a colon (or a
    spaced dash) that opens the quote lead up to it; the quote alone is what was said. Past
    the clause's head too, when the quote runs up to the cue ('The envoy played down the
    clash - "a misunderstanding," she said')."""
    doc = c.doc
    for k in range(c.left_edge.i, min(c.right_edge.i, v.i - 1)):
        lead_in = (
            doc[k].text == ":"
            or (  # "… the report - “it is …”", not '“A” -- aside -- “B”'
                spaced_dash(doc[k]) and not any(t.is_quote for t in doc[c.left_edge.i : k])
            )
        )
        if not lead_in or doc[k + 1].text not in _OPENING:
            continue
        if k + 1 < c.i or _quote_runs_to(doc, k + 1, v):
            start = max(start, doc[k + 1].idx)
    return start


def _quote_runs_to(doc, opening: int, v: Token) -> bool:
    """Does the quote opened at ``opening`` close right before cue ``v`` and its subject?"""
    close = next((t for t in doc[opening + 1 : v.i] if t.tag_ == "''"), None)
    if close is None:
        return False
    between = doc[close.i + 1 : v.i]
    return len(between) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _occasion_first(v: Token, c: Token) -> Token | None:
    """The prepositional phrase right after the cue that the parser hung on the reported clause
    before its subject, with no comma after it ("said on Telegram it had …"): the cue's."""
    first = c.left_edge
    if first.i != v.i + 1 or first.dep_ != "prep" or first.head.i != c.i:
        return None
    k = first.right_edge.i + 1
    subj = next((x for x in c.lefts if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.left_edge.i != k or c.doc[k - 1].is_punct:
        return None
    return first


_ITEM_DEPS = ("conj", "xcomp", "advcl", "dep", "appos")


def _rest_of_list(v: Token, c: Token, end: int) -> int:
    """ "urged them to stop arming Kyiv, end the sanctions and return to talks", "called for a
    ceasefire, the release of hostages and aid": a list the content opens, whose later items the
    parser hung on the cue. An item of the same kind right after the content's comma, with no
    subject, that runs to an "and" or "or", belongs in."""
    doc = c.doc
    last = next((t for t in c.subtree if tok_end(t) == end), None)
    if last is None:  # the content ran on past the clause ("called on X to Y"): its last item
        last = next((t for t in doc[c.i : min(len(doc), c.i + 60)] if tok_end(t) == end), None)
    if last is None:
        return end
    item = last
    while item.i != c.i and item.head.i not in (v.i, item.i):
        item = item.head
    k = last.i + 1 if last.text != "," else last.i
    if k + 1 >= len(doc) or doc[k].text != ",":
        return end
    x = next((x for x in v.rights if x.left_edge.i == k + 1 and x.dep_ in _ITEM_DEPS), None)
    if x is None or _kind_of_item(x) != _kind_of_item(item) or _kind_of_item(x) is None:
        return end
    if any(y.dep_ in ("nsubj", "nsubjpass", "mark") for y in x.children):
        return end
    cc = next((t for t in x.subtree if t.dep_ == "cc" and t.lower_ in ("and", "or")), None)
    if cc is None or cc.i + 1 >= len(doc):
        return end
    after = doc[cc.i + 1]  # "…, fix the system and he pledged …": a clause of its own
    if after.dep_ in ("nsubj", "nsubjpass") or after.pos_ == "PRON":
        return end
    return max(end, tok_end(x.right_edge))


def _kind_of_item(t: Token) -> str | None:
    """What kind of list item a word heads: a noun phrase, or a verb of one form."""
    if t.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if t.pos_ in ("VERB", "AUX"):
        return t.tag_
    return None


def _before_relative(c: Token, start: int, end: int) -> int:
    """A noun phrase ends before ", which …" / ", a former …"."""
    for child in c.rights:
        if child.dep_ == "relcl" and child.i > 0:
            prev = c.doc[child.left_edge.i - 1]
            if prev.text in (",", "(", "—", "–") and prev.idx > start:
                return min(end, prev.idx)
    return end


def _before_closing_aside(c: Token, start: int, end: int) -> int:
    """ "…, which is …", "…, the father of …" closing what was said: the writer's aside on its
    last noun."""
    doc = c.doc
    k = c.right_edge.i  # the last word of the content, past any closing punctuation
    while k + 1 < len(doc) and doc[k + 1].idx < end:
        k += 1
    while k > c.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    end_word = tok_end(doc[k])
    for t in c.subtree:
        relative = t.dep_ == "relcl" and t.left_edge.lower_ in ("which", "who", "whose")
        described = t.dep_ == "appos" and t.pos_ == "NOUN" and t.left_edge.dep_ == "det"
        if (
            (relative or described)  # ", which …", ", the Muslim father of …" (not a name)
            and t.left_edge.i > 0
            and doc[t.left_edge.i - 1].text == ","
            and tok_end(t.right_edge) >= end_word
            and doc[t.left_edge.i - 1].idx > start
        ):
            return doc[t.left_edge.i - 1].idx
    return end


def _around_cue(text, v, c, kind, para, d, start, end) -> tuple[int, int] | None:
    """ "…, which an inquiry said was careless": the relative and the rest, around the cue."""
    src = d.source
    if not (
        kind == "ccomp"
        and src is not None
        and src.i < v.i < c.i
        and c.left_edge.i < src.left_edge.i
        and c.left_edge.tag_ in ("WDT", "WP")
    ):
        return None
    left = trim(text, max(start, para[0]), src.left_edge.idx)
    right = trim(text, tok_end(v), min(_aside_end(c, end), para[1]))
    if left[1] > left[0] and right[1] > right[0]:
        d.parts = [left, right]
        return (left[0], right[1])
    return None


def _aside_end(c: Token, end: int) -> int:
    """ "The cuts, which the union said were unlawful, take effect in May" read with "take" as
    a conjunct of "were": a relative set off by a comma ends at the comma before a verb with
    no subject and no "and" (the main clause's verb)."""
    doc = c.doc
    if c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
        return end
    for x in c.rights:
        comma = doc[x.left_edge.i - 1]
        if x.dep_ != "conj" or comma.text != ",":
            continue
        if any(y.dep_ in ("nsubj", "nsubjpass", "expl") for y in x.children):
            continue
        aux = [y for y in x.children if y.dep_ == "aux"]
        if any(y.lower_ == "to" for y in aux) or (x.tag_ not in ("VB", "VBZ", "VBP") and not aux):
            continue  # "…, especially his supporters, disenfranchised": no finite verb
        if not any(y.dep_ == "cc" and y.i < x.i for y in c.children):
            return min(end, comma.idx)
    return end
