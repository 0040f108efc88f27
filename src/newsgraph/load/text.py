"""Analyse the plain text of one article: title, page furniture (boilerplate) and body.

The text is cleaned first (:mod:`newsgraph.load.hygiene`: line breaks become ``\n``, lone
surrogates and control characters U+FFFD); offsets index the cleaned text, which is what the
Article holds, so that ``text[span.start:span.end] == span.text`` holds for every span.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError
from newsgraph.load import hygiene
from newsgraph.load.dates import find_date, parse_date
from newsgraph.load.headline import split_headline
from newsgraph.model import Article, BoilerplateSpan, Span

MAX_TITLE_CHARS = 200
#: Lines longer than this are never page furniture (saves regex work on long paragraphs).
MAX_FURNITURE_CHARS = 300
#: How many non-empty lines at the top may hold furniture (counter, repeated title, byline).
HEAD_WINDOW = 8
#: How many non-empty lines at the bottom may hold a lone comment counter.
TAIL_WINDOW = 3

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on
_LONE_NUMBER = re.compile(r"\d{1,6}")
_LETTER = re.compile(r"[^\W\d_]")
_DASHES = re.compile(r"[-‐‑‒–—―−]")


@dataclass(frozen=True, slots=True)
class _Pattern:
    reason: str
    regex: re.Pattern[str]
    head_only: bool


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character (start == end: blank line)

    @property
    def blank(self) -> bool:
        return self.start == self.end


@cache
def furniture_patterns() -> tuple[_Pattern, ...]:
    """The patterns of ``boilerplate.yaml``, validated and compiled (once per process)."""
    name = "newsgraph/load/boilerplate.yaml"
    try:
        raw = resources.files("newsgraph.load").joinpath("boilerplate.yaml").read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read boilerplate patterns: {exc}", input=name) from exc
    entries = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise DataFileError("expected a non-empty 'patterns' list", input=name)
    out = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not entry.get("reason") or not entry.get("regex"):
            raise DataFileError(f"pattern {n}: needs 'reason' and 'regex'", input=name)
        where = entry.get("where", "anywhere")
        if where not in ("anywhere", "head"):
            raise DataFileError(f"pattern {n}: 'where' must be anywhere or head", input=name)
        try:
            regex = re.compile(str(entry["regex"]), re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(f"pattern {n} ({entry['reason']}): {exc}", input=name) from exc
        out.append(_Pattern(str(entry["reason"]), regex, where == "head"))
    return tuple(out)


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for chunk in text.splitlines(keepends=True):
        if chunk.endswith("\r\n"):
            content = chunk[:-2]
        elif chunk[-1] in _LINE_BREAKS:
            content = chunk[:-1]
        else:
            content = chunk
        lead = len(content) - len(content.lstrip())
        start = pos + lead
        lines.append(_Line(start, start + len(content.strip())))
        pos += len(chunk)
    return lines


def _norm(s: str) -> str:
    return " ".join(_DASHES.sub("-", s.replace("’", "'")).split()).casefold()


def _furniture(line: str, *, head: bool) -> str | None:
    """The reason ``line`` (stripped) is page furniture, or None."""
    if len(line) > MAX_FURNITURE_CHARS:
        return None
    for pattern in furniture_patterns():
        if pattern.head_only and not head:
            continue
        if pattern.regex.fullmatch(line):
            if pattern.reason == "dateline" and find_date(line) is None:
                continue
            return pattern.reason
    return None


def _looks_like_title(text: str, lines: list[_Line], i: int) -> bool:
    line = text[lines[i].start : lines[i].end]
    if len(line) > MAX_TITLE_CHARS or not _LETTER.search(line):
        return False
    if line.endswith(".") and not line.endswith(".."):
        return False  # a sentence of body text, not a headline
    if i + 1 >= len(lines) or not lines[i + 1].blank:
        return False
    return _furniture(line, head=True) is None


def _is_date_line(line: str) -> bool:
    return len(line) <= 40 and len(line.split()) <= 6 and find_date(line) is not None


def article_id(text: str) -> str:
    """First 16 hex digits of the sha256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def load_text(
    text: str,
    *,
    path: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | dt.date | None = None,
    encoding: str | None = None,
    record: int | None = None,
    warnings: list[str] | None = None,
    _detect_title: bool = True,
) -> Article:
    """Analyse one article's plain text. Never raises on odd text.

    ``text`` is first made safe (:func:`hygiene.clean`: every line break becomes ``\\n``,
    lone surrogates and control characters become U+FFFD, counted in ``warnings``); the
    Article holds that text and every span indexes it. Without ``title`` the first
    non-empty line is taken as the title when it is short, does not end like a sentence and is
    followed by a blank line. A headline suffix naming an outlet ("… – Politico") becomes
    ``cited_outlet``; ``title``/``title_span`` exclude it. Page furniture (repeated title,
    comment counter, share/subscribe/copyright lines, byline, dateline) becomes
    ``boilerplate``; ``body`` runs from the first to the last line that is neither.
    """
    if not isinstance(text, str):
        raise TypeError(f"load_text needs str, got {type(text).__name__}")
    text, cleaned = hygiene.clean(text)
    warnings = [*(warnings or []), *cleaned]
    title, url, outlet = (hygiene.clean_field(v) for v in (title, url, outlet))
    lines = _lines(text)
    nonblank = [i for i, line in enumerate(lines) if not line.blank]
    labels: dict[int, str] = {}
    published_date = parse_date(published)

    title_out: str | None = None
    title_span: Span | None = None
    cited: str | None = None
    cited_span: Span | None = None
    title_index: int | None = None
    title_forms: set[str] = set()

    first = nonblank[0] if nonblank else None
    if title is not None and title.strip():
        given = split_headline(title, own_outlet=outlet, pipe_is_site=True)
        title_out = title[given.claim_start : given.claim_end]
        cited = given.cited_outlet
        outlet = outlet or given.own_outlet
        title_forms = {_norm(title), _norm(title_out)}
        if first is not None:
            line = text[lines[first].start : lines[first].end]
            split = split_headline(line, own_outlet=outlet, pipe_is_site=True)
            claim = line[split.claim_start : split.claim_end]
            if _norm(line) in title_forms or _norm(claim) in title_forms:
                title_index = first
                base = lines[first].start
                title_span = Span.of(text, base + split.claim_start, base + split.claim_end)
                if cited and split.cited_outlet == cited and split.cited_start is not None:
                    cited_span = Span.of(text, base + split.cited_start, base + split.cited_end)
                title_forms |= {_norm(line), _norm(claim)}
    elif _detect_title and first is not None and _looks_like_title(text, lines, first):
        line = text[lines[first].start : lines[first].end]
        split = split_headline(line, own_outlet=outlet)
        base = lines[first].start
        title_index = first
        title_span = Span.of(text, base + split.claim_start, base + split.claim_end)
        title_out = title_span.text
        outlet = outlet or split.own_outlet
        if split.cited_outlet and split.cited_start is not None:
            cited = split.cited_outlet
            cited_span = Span.of(text, base + split.cited_start, base + split.cited_end)
        title_forms = {_norm(line), _norm(title_out)}

    # Head: furniture above the body (counter, repeated title, byline, dateline, share bar …)
    body_from = len(nonblank)
    for k, i in enumerate(nonblank):
        if i == title_index:
            continue
        line = text[lines[i].start : lines[i].end]
        reason = None
        if k < HEAD_WINDOW and title_forms and _norm(line) in title_forms:
            reason = "repeated-title"
        elif k < HEAD_WINDOW and _LONE_NUMBER.fullmatch(line):
            reason = "comment-counter"
        else:
            reason = _furniture(line, head=True)
            if reason is None and k < HEAD_WINDOW and _is_date_line(line):
                reason = "dateline"
        if reason is None:
            body_from = k
            break
        labels[i] = reason
        if reason in ("dateline", "byline") and published_date is None:
            published_date = find_date(line)

    # Rest: furniture anywhere below, then a comment counter among the last lines.
    for i in nonblank[body_from + 1 :]:
        reason = _furniture(text[lines[i].start : lines[i].end], head=False)
        if reason:
            labels[i] = reason
    for seen, i in enumerate(reversed(nonblank[body_from + 1 :])):
        if i in labels:
            continue
        if seen < TAIL_WINDOW and _LONE_NUMBER.fullmatch(text[lines[i].start : lines[i].end]):
            labels[i] = "comment-counter"
            continue
        break

    body_lines = [i for i in nonblank if i not in labels and i != title_index]
    if not body_lines and title_index is not None and title is None:
        # Nothing but a headline-like line: that line is the content, not a title.
        return load_text(
            text, path=path, url=url, outlet=outlet, published=published,
            encoding=encoding, record=record, warnings=warnings, _detect_title=False,
        )  # fmt: skip
    if body_lines:
        body = Span.of(text, lines[body_lines[0]].start, lines[body_lines[-1]].end)
    else:
        body = Span(start=0, end=0, text="")

    boilerplate = [
        BoilerplateSpan(start=lines[i].start, end=lines[i].end, text=text[lines[i].start : lines[i].end], reason=reason)
        for i, reason in sorted(labels.items())
    ]  # fmt: skip
    return Article(
        id=article_id(text),
        path=str(path) if path is not None else None,
        title=title_out or None,
        title_span=title_span,
        text=text,
        body=body,
        boilerplate=boilerplate,
        url=url or None,
        outlet=outlet or None,
        cited_outlet=cited,
        cited_outlet_span=cited_span,
        published=published_date,
        encoding=encoding,
        record=record,
        warnings=warnings,
    )
