"""The term list of ``data/terms.yaml``: loaded once, validated, compiled into one regex."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError

KINDS = ("place", "person", "loaded", "label")
_NAME = "newsgraph/markers/data/terms.yaml"


@dataclass(frozen=True)
class Term:
    group: str
    kind: str
    variant: str  # the form as listed
    style: str


@dataclass(frozen=True)
class TermList:
    by_form: dict[str, Term]  # key: the form (lower case unless case-sensitive)
    patterns: tuple[tuple[re.Pattern[str], str, str], ...]  # (regex, group, kind)
    regex: re.Pattern[str]
    groups: tuple[str, ...]
    by_first: dict[str, re.Pattern[str]]  # first word (lower case) → the forms it starts


def _bad(message: str) -> DataFileError:
    return DataFileError(message, input=_NAME, hint="fix the data file")


def _check(entry: object, i: int) -> dict:
    if not isinstance(entry, dict):
        raise _bad(f"entry {i} is not a mapping")
    for key in ("group", "kind", "variants", "source"):
        if key not in entry:
            raise _bad(f"entry {i} ({entry.get('group')!r}) has no {key!r}")
    if entry["kind"] not in KINDS:
        raise _bad(f"entry {entry['group']!r}: kind must be one of {KINDS}")
    if not isinstance(entry["variants"], dict) or not (entry["variants"] or entry.get("pattern")):
        raise _bad(f"entry {entry['group']!r}: variants must map forms to styles")
    if not str(entry["source"]).strip():
        raise _bad(f"entry {entry['group']!r}: empty source")
    return entry


def parse(data: object) -> TermList:
    """Validate the loaded YAML and build the matcher."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise _bad("expected a mapping with a list of 'entries'")
    by_form: dict[str, Term] = {}
    exact: list[str] = []
    folded: list[str] = []
    patterns = []
    groups = []
    for i, raw in enumerate(data["entries"]):
        entry = _check(raw, i)
        groups.append(entry["group"])
        case = bool(entry.get("case"))
        for form, style in entry["variants"].items():
            key = str(form) if case else str(form).lower()
            if key in by_form:
                raise _bad(
                    f"form {form!r} is listed twice ({by_form[key].group}, {entry['group']})"
                )
            by_form[key] = Term(entry["group"], entry["kind"], str(form), str(style))
            (exact if case else folded).append(str(form))
        if entry.get("pattern"):
            try:
                patterns.append((re.compile(entry["pattern"]), entry["group"], entry["kind"]))
            except re.error as err:
                raise _bad(f"entry {entry['group']!r}: bad pattern: {err}") from None
    if len(set(groups)) != len(groups):
        raise _bad("a group is listed twice")

    def alternation(forms: list[str]) -> str:
        # words of a form may be split by an editor's bracket: "[President Vladimir] Zelensky"
        escaped = [
            re.escape(f).replace(r"\ ", r"\]?\s+") for f in sorted(forms, key=len, reverse=True)
        ]
        return "|".join(escaped)

    def matcher(exact: list[str], folded: list[str]) -> re.Pattern[str]:
        body = "|".join(
            ([rf"(?P<exact>{alternation(exact)})"] if exact else [])
            + ([rf"(?i:(?P<folded>{alternation(folded)}))"] if folded else [])
        )
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|[’']\w\w)")

    by_first: dict[str, tuple[list[str], list[str]]] = {}
    for forms, k in ((exact, 0), (folded, 1)):
        for form in forms:
            by_first.setdefault(_first_word(form), ([], []))[k].append(form)
    return TermList(
        by_form,
        tuple(patterns),
        matcher(exact, folded),
        tuple(groups),
        {word: matcher(*forms) for word, forms in by_first.items()},
    )


_WORD_START = re.compile(r"(?<![\w-])\w+")


def _first_word(form: str) -> str:
    return _WORD_START.match(form).group().lower()


@cache
def load() -> TermList:
    raw = resources.files("newsgraph.markers").joinpath("data/terms.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        raise _bad(f"not valid YAML: {err}") from None
    return parse(data)


def find(text: str, terms: TermList | None = None) -> list[tuple[int, int, Term]]:
    """(start, end, term) of every listed form and pattern in `text`, left to right."""
    terms = terms or load()
    hits = []
    at = 0  # matches do not overlap, as with one pass of the whole alternation
    for word in _WORD_START.finditer(text):
        matcher = terms.by_first.get(word.group().lower())
        if matcher is None or word.start() < at:
            continue
        m = matcher.match(text, word.start())
        if m is None:
            continue
        at = m.end()
        form = " ".join(m.group().replace("]", " ").split())
        exact = m.groupdict().get("exact")
        term = terms.by_form.get(form) if exact else terms.by_form.get(form.lower())
        if term is not None:
            hits.append((m.start(), m.end(), Term(term.group, term.kind, form, term.style)))
    taken = [(s, e) for s, e, _ in hits]
    for regex, group, kind in terms.patterns:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            hits.append((m.start(), m.end(), Term(group, kind, m.group(), "pattern")))
    return sorted(hits, key=lambda h: (h[0], h[1]))
