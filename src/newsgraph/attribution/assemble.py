"""Turn cues, quotes and speakers of one Doc into `Statement`s (see component.py)."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left

from spacy.tokens import Doc

from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.quotes import Quote, find_quotes
from newsgraph.attribution.reported import CueFinder, Draft, Paragraphs, trim
from newsgraph.attribution.speakers import SpeakerIndex, mention_tokens, np_tokens
from newsgraph.model import Relay, Span, Speaker, Statement

_NEGATIVE_CLASSES = {"deny", "refuse-comment"}
# cue classes that still make their own statement inside another statement's content
_EMBEDDABLE = {
    "assert",
    "claim",
    "deny",
    "confirm",
    "warn",
    "accuse",
    "promise",
    "report",
    "refuse-comment",
}
_GAP_MAX = 120
_SENT_END = re.compile(r"[.!?]")
_HEADLINE_SUFFIX = re.compile(r"\s[–—-]\s*([A-Z][\w.&'’ ]{1,40}?)\s*$")


# -- quotes ----------------------------------------------------------------------------------
class QuoteIndex:
    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self.claimed: set[int] = set()

    def overlapping(self, start: int, end: int) -> list[int]:
        i = bisect_left(self.starts, end)
        out = []
        for j in range(i - 1, -1, -1):
            q = self.quotes[j]
            if q.end <= start:
                if q.end < start - 5000:
                    break
                continue
            out.append(j)
        return sorted(out)

    def inside(self, pos: int) -> bool:
        """Is ``pos`` within the words of a closed quote (a cue the quoted speaker used)?"""
        i = bisect_left(self.starts, pos + 1) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        return q.closed and q.inner_start <= pos < q.inner_end

    def before(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        for j in range(i - 1, max(i - 3, -1), -1):
            if self.quotes[j].end <= pos:
                return j
        return None

    def after(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        return i if i < len(self.quotes) else None


def _region(d: Draft) -> tuple[int, int]:
    """Characters of the attribution itself: source mention and cue."""
    start, end = d.cue_start, d.cue_end
    if d.source_tokens and d.inherited is None:
        s = d.source_tokens[0].idx
        e = d.source_tokens[-1].idx + len(d.source_tokens[-1].text)
        if abs(s - start) < 200:
            start, end = min(start, s), max(end, e)
    return start, end


def _only_punct(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _inner(text: str, q: Quote) -> tuple[int, int]:
    return trim(text, q.inner_start, q.inner_end)


def attach_quotes(
    drafts: list[Draft], qi: QuoteIndex, text: str, paras: Paragraphs, cue_starts: list[int]
) -> None:
    # pass 1: a content that is (or holds) a quote
    for d in drafts:
        if d.according or d.content is None:
            continue
        s, e = d.content
        for j in qi.overlapping(s, e):
            q = qi.quotes[j]
            overlap = min(e, q.end) - max(s, q.start)
            if s >= q.start - 1 and overlap >= 0.8 * (e - s):
                _set_direct(d, j, qi, text)
                break
            if d.quote is None and q.start >= s - 1 and q.start < e:
                d.kind = "partial"
                d.quote = (q.start, q.end)
                if q.closed and e < q.inner_end and paras.index(q.end) == paras.index(s):
                    # a quote runs on past the clause: it is quoted whole (“… late. Then …”)
                    d.content = (s, trim(text, q.inner_start, q.inner_end)[1])
                    e = d.content[1]
    # pass 2: cues without content take the quote right before or after them
    for d in drafts:
        if d.according or d.content is not None:
            continue
        r_start, r_end = _region(d)
        j = qi.before(r_start)
        if j is not None and j not in qi.claimed:
            q = qi.quotes[j]
            gap = text[q.end : r_start]
            if _only_punct(gap) and len(gap) < 10 and "\n" not in gap:
                _set_direct(d, j, qi, text)
        if d.content is None:
            j = qi.after(r_end)
            if j is not None and j not in qi.claimed:
                q = qi.quotes[j]
                gap = text[r_end : q.start]
                if _only_punct(gap) and len(gap) < 6 and ("\n" not in gap or ":" in gap):
                    _set_direct(d, j, qi, text)
                elif _addressee_then_mark(d, gap, r_end, q.start):
                    _set_direct(d, j, qi, text)  # "told the crowd: “…”"
    # pass 3: split quotes and quotes that run on into the next ones
    # a participle or conjunct cue of the same speaker ("…,” he said, adding that …) owns the
    # quotes after it
    own_next = {id(d.inherited): d.cue_start for d in drafts if d.inherited is not None}
    for d in drafts:
        # a partial quote before its cue joins too: Yet the levy is a “fair price,” the mayor
        # said. “Nobody likes it.”
        if d.kind == "direct" or (d.kind == "partial" and d.content[1] <= d.cue_start):
            _join_split(d, qi, text, paras, cue_starts, own_next.get(id(d)))
            _chain(d, qi, text, cue_starts)


def _addressee_then_mark(d: Draft, gap: str, start: int, end: int) -> bool:
    """Is ``gap`` the cue's object and a colon or comma ("told the crowd: “…”",
    "telling aides, “…”")?"""
    if not gap.rstrip().endswith((":", ",")) or "\n" in gap or len(gap) > 60:
        return False
    obj = next((c for c in d.cue.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return False
    obj_end = obj.right_edge.idx + len(obj.right_edge.text)
    return obj.left_edge.idx >= start and _only_punct(gap[obj_end - start :])


def _set_direct(d: Draft, j: int, qi: QuoteIndex, text: str) -> None:
    q = qi.quotes[j]
    d.kind = "direct"
    d.content = _inner(text, q)
    d.parts = [d.content]
    d.quote = (q.start, q.end)
    qi.claimed.add(j)


def _cue_between(cue_starts: list[int], start: int, end: int, own: Draft | None = None) -> bool:
    """Is there a cue in ``start:end`` that is not part of ``own``'s clause ("said in a
    documentary that showed …")?"""
    k = bisect_left(cue_starts, start)
    if own is None:
        return k < len(cue_starts) and cue_starts[k] < end
    lo, hi = own.cue.left_edge.idx, own.cue.right_edge.idx
    while k < len(cue_starts) and cue_starts[k] < end:
        if not lo <= cue_starts[k] <= hi:
            return True
        k += 1
    return False


def _extend(d: Draft, j: int, qi: QuoteIndex, text: str) -> None:
    q = qi.quotes[j]
    piece = _inner(text, q)
    d.parts = [*d.parts, piece] if d.parts else [d.content, piece]
    d.content = (d.content[0], piece[1])
    d.quote = (d.quote[0], q.end) if d.quote else (q.start, q.end)
    qi.claimed.add(j)


def _join_split(
    d: Draft,
    qi: QuoteIndex,
    text: str,
    paras: Paragraphs,
    cue_starts: list[int],
    own_next: int | None = None,
) -> None:
    """“A,” she said, “B.” — the quote after the cue continues the one before it; not when a
    cue of the same speaker stands in between (“A,” she said, adding that “B”): B is that cue's."""
    r_start, r_end = _region(d)
    if d.quote is None or d.quote[1] > r_start:
        return
    j = qi.after(r_end)
    if j is None or j in qi.claimed:
        return
    q = qi.quotes[j]
    gap = text[r_end : q.start]
    if not _only_punct(gap):
        # the rest of the cue's sentence may stand in between: "… she said at a rally. “B”"
        if len(gap) > _GAP_MAX or any(m in gap for m in '"“”«»'):
            return
        ends = list(_SENT_END.finditer(gap))
        if len(ends) > 1 or (ends and gap[ends[0].end() :].strip()):
            return
        if gap.count("\n") > 2:
            return
    if _cue_between(cue_starts, r_end, q.start, d):
        return  # another cue stands in between
    if own_next is not None and r_end <= own_next < q.start:
        return
    _extend(d, j, qi, text)


def _chain(d: Draft, qi: QuoteIndex, text: str, cue_starts: list[int]) -> None:
    """A quote that follows with nothing but punctuation in between is the same speaker's."""
    for _ in range(20):
        if d.quote is None:
            return
        j = qi.after(d.quote[1])
        if j is None or j in qi.claimed:
            return
        q = qi.quotes[j]
        gap = text[d.quote[1] : q.start]
        if not _only_punct(gap) or gap.count("\n") > 2:
            return
        if _cue_between(cue_starts, q.start, q.end + 1):
            return
        _extend(d, j, qi, text)


_TRAILING_CC = re.compile(r"(?:[\s,;]+(?:and|but|or|while|as well as))+[\s,;]*$", re.I)


def cut_nested(drafts: list[Draft], text: str) -> None:
    """Content stops before a later cue of the same source ("…, adding that …") and before a
    coordinated cue ("… regretted her remarks and promised …"). ``drafts`` are in text order."""
    starts = [d.cue_start for d in drafts]
    for d in drafts:
        if d.content is None or d.kind == "direct":
            continue
        s, e = d.content
        k = bisect_left(starts, s + 1)
        while k < len(drafts) and drafts[k].cue_start < e:
            other = drafts[k]
            k += 1
            if other is d:
                continue
            same = other.inherited is d or (
                other.source is not None and d.source is not None and other.source.i == d.source.i
            )
            coordinated = (
                other.cue.dep_ == "conj"
                and other.cue.head.i != d.cue.i
                and not (s <= other.cue.head.idx < e)  # "says the crew is tired and hopes …"
            )
            left_tok = other.cue.left_edge
            participle = (
                other.cue.dep_ == "advcl"
                and other.cue.tag_ == "VBG"
                and other.cue_class in _EMBEDDABLE
                and left_tok.i > 0
                and left_tok.nbor(-1).text == ","
            )  # "she would sign it, calling the deal fair": a second statement
            if same or coordinated or participle:
                left = min(other.cue.left_edge.idx, other.cue_start)
                if left > s:
                    e = min(e, left)
        if e != d.content[1]:
            s, e = trim(text, s, e)
            m = _TRAILING_CC.search(text, s, e)
            if m and m.start() > s:
                e = m.start()
            d.content = trim(text, s, e)
            if d.quote and d.quote[0] >= d.content[1]:
                d.quote, d.kind = None, "indirect"


def drop_embedded_beliefs(drafts: list[Draft]) -> list[Draft]:
    """A belief or wish inside what someone else said ("X said they want Y") is part of that
    content, not an attribution of its own; speech cues inside content are kept."""
    spans = sorted(
        (d.content[0], d.content[1], i)
        for i, d in enumerate(drafts)
        if d.content and not d.according
    )
    starts = [a for a, _, _ in spans]
    out = []
    for i, d in enumerate(drafts):
        if d.cue_class not in _EMBEDDABLE:
            k = bisect_left(starts, d.cue_start + 1)
            if any(a < d.cue_start < b and j != i for a, b, j in spans[max(0, k - 8) : k]):
                continue
        out.append(d)
    return out


def parenthetical(d: Draft, doc: Doc, text: str, paras: Paragraphs) -> None:
    """ "Over the years, she said, email has helped": the words before the cue belong in."""
    if d.content is None or d.kind == "direct" or d.according or d.inherited or d.relays or d.parts:
        return
    r_start, r_end = _region(d)
    if d.content[0] < r_start and d.content[1] > r_end:
        # the cue stands inside its content: "In several cases, executives say, they …"
        left, right = trim(text, d.content[0], r_start), trim(text, r_end, d.content[1])
        if left[1] > left[0] and right[1] > right[0]:
            d.parts = [left, right]
        return
    if d.content[0] < r_end:
        return
    before = text[max(0, r_start - 3) : r_start].rstrip()
    after = text[d.cue_end : d.content[0]]
    if not before.endswith(",") or "," not in after or len(after) > 40:
        return
    sent = doc[d.cue.i].sent
    unit_start = max(sent.start_char, paras.bounds(d.cue_start)[0])
    left = trim(text, unit_start, r_start)
    if left[1] <= left[0] or left[1] - left[0] > 200 or '"' in text[left[0] : left[1]]:
        return
    d.parts = [left, d.content]
    d.content = (left[0], d.content[1])


# -- evidential adverbs and the headline -------------------------------------------------------
def _evidential_words(lex: Lexicon) -> set[str]:
    from newsgraph.hedges.lexicon import load  # the hedge lexicon's evidential adverbs

    return load().evidential_adverbs()


def evidential_drafts(
    doc: Doc, drafts: list[Draft], words: set[str], paras: Paragraphs
) -> list[Draft]:
    """ "X reportedly did Y" with no cue in the sentence: an attribution without a named source."""
    busy = {(doc[d.cue.i].sent.start, paras.index(d.cue_start)) for d in drafts}
    out = []
    for tok in doc:
        if tok.lower_ not in words or tok.pos_ != "ADV":
            continue
        sent = tok.sent
        key = (sent.start, paras.index(tok.idx))
        if key in busy:
            continue
        head = tok.head
        para = paras.bounds(tok.idx)
        start = max(head.left_edge.idx, para[0], sent.start_char)
        end = min(head.right_edge.idx + len(head.right_edge.text), para[1], sent.end_char)
        content = trim(paras.text, start, end)
        if content[1] <= content[0]:
            continue
        d = Draft(cue=tok, cue_start=tok.idx, cue_end=tok.idx + len(tok.text), cue_class="report")
        d.content = content
        out.append(d)
        busy.add(key)
    return out


class Lead:
    """The headline's cited outlet ("… – Politico") and where the body's lead is."""

    def __init__(self, doc: Doc, lex: Lexicon, paras: Paragraphs, text: str):
        self.outlet: str | None = None
        self.outlet_span: tuple[int, int] | None = None
        self.title: tuple[int, int] | None = None
        self.lead_paras: set[int] = set()
        meta = doc._.article_meta if isinstance(doc._.article_meta, dict) else {}
        title = meta.get("title")
        if meta.get("cited_outlet") and meta.get("cited_outlet_span"):
            self.outlet = meta["cited_outlet"]
            self.outlet_span = tuple(meta["cited_outlet_span"])
            if title:
                self.title = tuple(title)
        elif not meta:
            first_end = text.find("\n")
            line_end = first_end if first_end >= 0 else len(text)
            line = text[:line_end]
            m = _HEADLINE_SUFFIX.search(line)
            if m and m.group(1).strip().lower() in lex.outlet_names and len(line) < 250:
                self.outlet = m.group(1).strip()
                self.outlet_span = (m.start(1), m.start(1) + len(self.outlet))
                self.title = (len(line) - len(line.lstrip()), line_end)
        if self.outlet is None:
            return
        body = meta.get("body")
        body_start = body[0] if body else (self.title[1] if self.title else 0)
        title_text = text[self.title[0] : self.title[1]].strip() if self.title else None
        seen = 0
        for i, start in enumerate(paras.starts):
            if start < body_start:
                continue
            end = paras.starts[i + 1] - 1 if i + 1 < len(paras.starts) else len(text)
            para = text[start:end].strip()
            if len(para.split()) < 6 or para == title_text:
                continue
            self.lead_paras.add(i)
            seen += 1
            if seen == 2:
                break

    def title_draft(self, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if self.title is None or self.outlet_span is None:
            return None
        content = trim(text, self.title[0], min(self.title[1], self.outlet_span[0]))
        return (content, self.outlet_span) if content[1] > content[0] else None


# -- speakers ----------------------------------------------------------------------------------
# "WASHINGTON —", "LAS VEGAS, Nev. (AP) -", "CAMBRIDGE, Mass., Dec. 11 (UPI) —" opening a paragraph
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+)*(?:,[^\n—–()]{1,30}?)?)?"
    r"(?:\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # "Dec 29"
    r"(?P<agency>\s*\([A-Za-z .&-]{1,30}\))?"
    r"(?:\s*[—–]\s*|\s*--?\s+)"
)


# discourse connectives that open a sentence and link it to the writer's text, not the source's
_CONNECTIVE = re.compile(
    r"(?:(?:but|and|yet|so|or),|(?:still|also|indeed|instead|however|meanwhile|moreover|"
    r"furthermore|nonetheless|nevertheless|even so|in fact|at the same time|in contrast|"
    r"in addition|of course|overall|similarly|likewise|besides|ultimately|finally|first|second|"
    r"third|again|then|now|thus|therefore|additionally|separately|specifically|notably|"
    r"importantly|in short|in other words|for example|for instance|after all),)\s+",
    re.I,
)


_CONJUNCTION = re.compile(r"(?:but|and|yet|so|or)\s+", re.I)


def after_connective(text: str, start: int, end: int, bare: bool = False) -> int:
    """Where indirect content starts once an opening "Still," or "In fact," (and with ``bare``
    a plain "But" or "And": the sentence around "according to X") is left out."""
    for _ in range(3):
        m = _CONNECTIVE.match(text, start, end) or (bare and _CONJUNCTION.match(text, start, end))
        if not m or m.end() >= end:
            break
        start = m.end()
    return start


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a span that opens a paragraph or sentence with a news agency dateline starts."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before and before[-1] not in "\n.!?\"”’'":
        return start
    m = _DATELINE.match(text, start, end)
    if m is None or not (m.group("city") or m.group("agency")) or m.end() >= end:
        return start
    return m.end()


def _span_of(text: str, tokens) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span.of(text, after_dateline(text, start, end), end)


def _speaker(index: SpeakerIndex, text: str, tokens, head) -> Speaker:
    return index.speaker(np_tokens(head), head, _span_of(text, tokens))


def _is_bare_document(sp: Speaker, tokens) -> bool:
    return sp.type == "document" and not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in tokens)


#: Links a relay chain keeps at most (outermost first); real chains have two or three.
MAX_RELAYS = 8


def relay_embedded(statements: list[Statement]) -> None:
    """ "Officials said the firm denied it": the firm's denial reaches us through the officials,
    so the officials (with their own relays, outermost first) become its relay chain."""
    hosts = _innermost_hosts(statements)
    for i, s in enumerate(statements):
        if s.cue is None or s.relayed_by:
            continue
        host = hosts.get(i)
        if host is None or host.speaker.span is None:
            continue
        link = Relay(**host.speaker.model_dump(), cue=host.cue)
        s.relayed_by = [*(r.model_copy() for r in host.relayed_by[: MAX_RELAYS - 1]), link]


def _innermost_hosts(statements: list[Statement]) -> dict[int, Statement]:
    """For each statement with a cue, the other non-direct statement with a cue whose content
    holds that cue, the shortest (the first listed among equals): one sweep over positions
    with a heap, O(n log n), not a scan of every pair."""
    outer = [
        (s.content.end - s.content.start, i, s)
        for i, s in enumerate(statements)
        if s.cue is not None and s.kind != "direct"
    ]
    outer.sort(key=lambda o: statements[o[1]].content.start)
    queries = sorted((s.cue.start, i) for i, s in enumerate(statements) if s.cue is not None)
    heap: list[tuple[int, int, Statement]] = []
    hosts: dict[int, Statement] = {}
    k = 0
    for point, i in queries:
        while k < len(outer) and outer[k][2].content.start <= point:
            heapq.heappush(heap, outer[k])
            k += 1
        while heap and heap[0][2].content.end <= point:
            heapq.heappop(heap)
        if heap and heap[0][1] == i:  # not its own host: look past it
            own = heapq.heappop(heap)
            while heap and heap[0][2].content.end <= point:
                heapq.heappop(heap)
            if heap:
                hosts[i] = heap[0][2]
            heapq.heappush(heap, own)
        elif heap:
            hosts[i] = heap[0][2]
    return hosts


# -- the whole ---------------------------------------------------------------------------------
def build_statements(doc: Doc, lex: Lexicon, finder: CueFinder) -> list[Statement]:
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    paras = Paragraphs(text)
    qi = QuoteIndex(find_quotes(text))
    drafts = [d for d in finder.find(doc, paras) if not qi.inside(d.cue_start)]
    drafts.sort(key=lambda d: d.cue_start)
    cue_starts = [d.cue_start for d in drafts]
    attach_quotes(drafts, qi, text, paras, cue_starts)
    drafts = [d for d in drafts if d.kind == "direct" or d.cue.lemma_ not in lex.quote_only]
    cut_nested(drafts, text)
    drafts = drop_embedded_beliefs(drafts)
    for d in drafts:
        parenthetical(d, doc, text, paras)
    drafts = [d for d in drafts if d.content is not None and d.content[1] > d.content[0]]
    drafts += evidential_drafts(doc, drafts, _evidential_words(lex), paras)
    lead = Lead(doc, lex, paras, text)
    index = SpeakerIndex(doc, lex, text)

    made: list[tuple[int, Statement]] = []
    last_outlet: list[tuple[int, Relay]] = []
    if lead.outlet_span:
        outlet_relay = Relay(span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet")
        last_outlet.append((lead.outlet_span[0], outlet_relay))
        title = lead.title_draft(text)
        if title is not None:
            (cs, ce), _ = title
            made.append(
                (
                    cs,
                    Statement(
                        id="",
                        kind="indirect",
                        speaker=Speaker(**outlet_relay.model_dump(exclude={"cue"})),
                        cue=None,
                        cue_class="report",
                        content=Span.of(text, cs, ce),
                        sentence=Span.of(text, lead.title[0], lead.title[1]),
                    ),
                )
            )
    for d in sorted(drafts, key=lambda d: d.cue_start):
        st = _statement(d, doc, text, index, paras, lead, last_outlet)
        if st is None:
            continue
        if st.speaker.type == "outlet" and st.speaker.span is not None:
            last_outlet.append((st.speaker.span.start, Relay(**st.speaker.model_dump())))
        order = min(st.content.start, st.cue.start if st.cue else st.content.start)
        if st.speaker.span is not None:
            order = min(order, st.speaker.span.start)
        made.append((order, st))
    made.sort(key=lambda p: p[0])
    statements = [s for _, s in made]
    for i, s in enumerate(statements, 1):
        s.id = f"s{i}"
    relay_embedded(statements)
    return statements


def _statement(
    d: Draft,
    doc: Doc,
    text: str,
    index: SpeakerIndex,
    paras: Paragraphs,
    lead: Lead,
    last_outlet: list,
) -> Statement | None:
    relays: list[Relay] = []
    for tok, tokens, (cs, ce) in d.relays:
        sp = _speaker(index, text, tokens, tok)
        relays.append(Relay(**sp.model_dump(), cue=Span.of(text, cs, ce)))
    if d.source is not None:
        tokens = d.source_tokens or mention_tokens(d.source)
        speaker = _speaker(index, text, tokens, d.source)
    else:
        speaker = Speaker(type="unknown")
    in_lead = paras.index(d.cue_start) in lead.lead_paras
    if speaker.type == "unknown" and speaker.span is None and in_lead and lead.outlet_span:
        speaker = Speaker(span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet")
    # a bare "the article"/"a report" belongs to the last outlet named
    outer_tokens = d.relays[0][1] if d.relays else (d.source_tokens if d.source is not None else [])
    outer = relays[0] if relays else speaker
    outer_head = d.relays[0][0] if d.relays else d.source
    if (
        outer.type == "document"
        and outer_tokens
        and _is_bare_document(outer, [t for t in outer_tokens if t.i <= outer_head.i])
    ):
        before = [r for pos, r in last_outlet if pos < d.cue_start]
        if before:
            relays.insert(0, before[-1].model_copy())
    if in_lead and lead.outlet and (speaker.name or "").lower() != lead.outlet.lower():
        if not any((r.name or "").lower() == lead.outlet.lower() for r in relays):
            relays.insert(
                0, Relay(span=Span.of(text, *lead.outlet_span), name=lead.outlet, type="outlet")
            )
    cs, ce = d.content
    if d.quote and cs <= d.quote[0] < ce < d.quote[1] <= ce + 3:
        ce = d.quote[1]  # ‘… could sail "by the end of the week."’ keeps its closing mark
    cs = after_dateline(text, cs, ce)
    if d.kind == "indirect":
        cs = after_connective(text, cs, ce, bare=d.according)
    if d.parts:
        first = after_dateline(text, *d.parts[0])
        if d.kind == "indirect":
            first = after_connective(text, first, d.parts[0][1], bare=d.according)
        d.parts[0] = (first, d.parts[0][1])
    sent = doc[d.cue.i].sent
    para = paras.bounds(d.cue_start)
    ss, se = trim(text, max(sent.start_char, para[0]), min(sent.end_char, para[1]))
    polarity = "negative" if d.cue_class in _NEGATIVE_CLASSES or d.negated else "positive"
    parts = [Span.of(text, a, b) for a, b in d.parts] if len(d.parts) > 1 else []
    return Statement(
        id="",
        kind=d.kind,
        speaker=speaker,
        cue=Span.of(text, d.cue_start, d.cue_end),
        cue_phrase=Span.of(text, *d.phrase) if d.phrase else None,
        cue_class=d.cue_class,
        content=Span.of(text, cs, ce),
        content_parts=parts,
        quote=Span.of(text, *d.quote) if d.quote else None,
        relayed_by=relays,
        polarity=polarity,
        sentence=Span.of(text, ss, se) if se > ss else None,
    )
