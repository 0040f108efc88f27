"""Whose voice a marker is in: the outlet's narration, a quotation, or reported words.

In order, the first that holds decides:

1. **quote** — the term stands inside quotation marks that hold a quotation: nested marks are
   followed ("… for “X” …" inside a straight-quoted sentence is still quoted), a quotation runs
   on to the end of its paragraph when it is not closed; a title ("an article titled “…”") is
   narration, and a word or three in quotation marks is a quote only inside reported speech
   (else a scare quote or a label, in the outlet's voice);
2. **attributed** — a published statement's reported content holds it, when that content is
   someone's words: not a noun phrase object ("reiterated *its stance on the issue*", "claims
   *the entire sea*") — save what an accusation charges ("accused *X of doing Y*") — and not
   the object of a wish, plan or stance ("wants *…*", "agreed *to …*");
3. **attributed** — general syntax shows reported words that attribution did not publish: the
   term sits in the clause of a reporting verb with a subject ("X restated that …", "…, X said",
   "X urged Y to …", "told them about …"), after "according to", in the "that"-clause of a
   speech noun ("claims by X that …"), or in a headline ending ", says X" or opening "X: …";
4. **narration** — anywhere else, including the frame around a quote.

The statement that holds the term (the innermost) gives the speaker. The word lists are data
(``data/voice.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc

from newsgraph.errors import DataFileError
from newsgraph.extensions import text_of
from newsgraph.model import Statement

_OPEN = "“«„"
_CLOSE = "”»"
_STRAIGHT = '"'
MIN_QUOTE_WORDS = 4  # fewer words between the marks: a scare quote or a label
_NAME = "newsgraph/markers/data/voice.yaml"
_KEYS = (
    "reporting_verbs",
    "accusation_verbs",
    "attitude_cues",
    "speech_nouns",
    "title_words",
    "headline_verbs",
)
_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}


@dataclass(frozen=True)
class VoiceWords:
    reporting_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    attitude_cues: frozenset[str]
    speech_nouns: frozenset[str]
    title_words: frozenset[str]
    headline: re.Pattern[str]


def parse(data: object) -> VoiceWords:
    if not isinstance(data, dict):
        raise DataFileError("expected a mapping", input=_NAME, hint="fix the data file")
    lists = {}
    for key in _KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise DataFileError(
                f"{key!r} must be a non-empty list of words", input=_NAME, hint="fix the data file"
            )
        lists[key] = frozenset(v.lower() for v in value)
    verbs = "|".join(sorted(lists["headline_verbs"]))
    headline = re.compile(rf"^(?P<said>.+?),\s+(?:(?:{verbs})\s+\S.*|\S.{{0,60}}\s(?:{verbs}))$")
    return VoiceWords(
        lists["reporting_verbs"],
        lists["accusation_verbs"],
        lists["attitude_cues"],
        lists["speech_nouns"],
        lists["title_words"],
        headline,
    )


@cache
def load() -> VoiceWords:
    raw = resources.files("newsgraph.markers").joinpath("data/voice.yaml").read_text("utf-8")
    try:
        return parse(yaml.safe_load(raw))
    except yaml.YAMLError as err:
        raise DataFileError(
            f"not valid YAML: {err}", input=_NAME, hint="fix the data file"
        ) from None


# --------------------------------------------------------------------------- quotations


@dataclass(frozen=True)
class Marks:
    """Character ranges inside quotation marks: quotations, short ones (a word or three: a
    scare quote, a label, or a speaker's word quoted inside reported speech) and titles."""

    quotations: tuple[tuple[int, int], ...]
    short: tuple[tuple[int, int], ...]
    titles: tuple[tuple[int, int], ...]


_MARK = re.compile(r'["“”«»„\n]')


def quotations(text: str, words: VoiceWords | None = None) -> Marks:
    """Find what quotation marks hold, paragraph by paragraph (see rule 1)."""
    words = words or load()
    found: dict[str, list[tuple[int, int]]] = {"quotations": [], "short": [], "titles": []}
    stack: list[int] = []  # offsets just inside each open mark
    for m in _MARK.finditer(text + "\n"):
        i, c = m.start(), m.group()
        if c == "\n":  # a paragraph ends: what is still open runs to here
            while stack:
                _sort(text, stack.pop(), i, found, words)
        elif c in _OPEN or (c == _STRAIGHT and not (stack and text[stack[-1] - 1] == _STRAIGHT)):
            stack.append(i + 1)
        elif stack:
            _sort(text, stack.pop(), i, found, words)
    return Marks(*(tuple(found[k]) for k in ("quotations", "short", "titles")))


def _sort(text: str, start: int, end: int, found: dict, words: VoiceWords) -> None:
    before = text[max(0, start - 30) : start - 1].split()
    if before and before[-1].lower().strip(",:") in words.title_words:
        found["titles"].append((start, end))
    elif len(text[start:end].split()) < MIN_QUOTE_WORDS:
        found["short"].append((start, end))
    else:
        found["quotations"].append((start, end))


def _inside(ranges, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


# --------------------------------------------------------------------------- statements


def _holds(span, start: int, end: int) -> bool:
    return span is not None and span.start <= start and end <= span.end


def _holding(statements: list[Statement], start: int, end: int) -> Statement | None:
    """The innermost statement whose quote, content or content part holds the span."""
    best = None
    for st in statements:
        spans = [s for s in (st.quote, st.content, *st.content_parts) if _holds(s, start, end)]
        if spans:
            size = min(s.end - s.start for s in spans)
            if best is None or size < best[0]:
                best = (size, st)
    return best[1] if best else None


def _reports_words(doc: Doc, st: Statement, words: VoiceWords) -> bool:
    """Whether a statement's content is someone's words rather than a thing or a stance."""
    if st.kind == "direct":
        return True
    cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand") if st.cue else None
    lemma = cue.root.lemma_.lower() if cue is not None else ""
    if lemma in words.attitude_cues:
        return False
    if lemma in words.accusation_verbs:
        return True  # "accused X of doing Y": the object and its "of" say what was claimed
    content = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
    if content is None:
        return True
    root = content.root
    return root.pos_ in ("VERB", "AUX") or any(
        t.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for t in root.children
    )


# --------------------------------------------------------------------------- syntax


def _reported_by_syntax(doc: Doc, start: int, end: int, words: VoiceWords) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for child, head in _climb(span.root):
        if _speaks(head, words) and (
            child.dep_ in _CLAUSE_DEPS or _after_its_clause(head, start, words)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "about":  # "told them about …"
            verb = head.head if head.dep_ in ("dobj", "dative") else head
            if _speaks(verb, words):
                return True
        if child.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
            if head.lemma_.lower() in words.speech_nouns:  # "claims by X that …"
                return True
        if any(c.dep_ == "prep" and c.lower_ == "according" for c in head.children):
            return True
        if any(c.dep_ == "parataxis" and _speaks(c, words) for c in head.children):
            return True  # "…, X said, …"
    return False


def _after_its_clause(verb, start: int, words: VoiceWords) -> bool:
    """The term comes after the start of the reporting verb's own clause ("said that …"),
    however the parser attached the words in between."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.left_edge.idx <= start and c.i > verb.i
        for c in verb.children
    )


def _climb(token):
    """(child, head) pairs from the token up to its sentence root."""
    while token.head.i != token.i:
        yield token, token.head
        token = token.head


def _speaks(verb, words: VoiceWords) -> bool:
    """A reporting verb with a subject of its own (not "the reported sanctions")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in words.reporting_verbs
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _in_headline_attribution(text: str, start: int, end: int, words: VoiceWords) -> bool:
    """A line without a closing full stop that ends ", says X" or opens "X: " (a name)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    if not line or line.endswith(".") or len(line.split()) > 25:
        return False
    m = words.headline.match(line)
    if m and end <= line_start + m.end("said"):
        return True
    head, colon, _ = line.partition(": ")
    named = colon and 0 < len(head.split()) <= 4 and all(w[:1].isupper() for w in head.split())
    return bool(named) and start >= line_start + len(head) + 2


# --------------------------------------------------------------------------- the rule


def voice_of(
    doc: Doc,
    start: int,
    end: int,
    statements: list[Statement],
    marks: Marks | None = None,
    text: str | None = None,
) -> tuple[str, Statement | None]:
    """("narration" | "quote" | "attributed", the statement that holds the term or None).

    ``marks`` (the text's ``quotations``) and ``text`` (``doc.text``, which spaCy rebuilds on
    every call) may be passed by a caller that has them."""
    words = load()
    text = text_of(doc) if text is None else text
    marks = quotations(text, words) if marks is None else marks
    if _inside(marks.titles, start, end):
        return "narration", None
    st = _holding(statements, start, end)
    if _inside(marks.quotations, start, end):
        return "quote", st
    if st is not None and _inside(marks.short, start, end):
        return "quote", st  # a speaker's word quoted inside reported speech
    if st is not None and _reports_words(doc, st, words):
        return "attributed", st
    if _reported_by_syntax(doc, start, end, words) or _in_headline_attribution(
        text, start, end, words
    ):
        return "attributed", None
    return "narration", None
