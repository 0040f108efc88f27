"""Word lists of the event stages (`events/data/words.yaml`), checked and loaded once.

The stages (modality, assembly, speech, participants, …) compare lemmas and lowercased words
with these lists. The file has one section per module; each entry is a list of words or a
mapping (word → word, list of words, number or null). At load every entry is checked: the header
names what the file is, its source and its review; lists and mappings are not empty, hold
lowercase strings, and list no word or key twice. A bad file raises `EventPatternError`
(NG320) naming the entry.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

from newsgraph.errors import EventPatternError
from newsgraph.events.patterns import check_header

WORDS = "words.yaml"
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """Safe YAML that refuses a key written twice in one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise EventPatternError(
                    f"line {key_node.start_mark.line + 1}: key {key!r} is written twice",
                    input=WORDS,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _fail(message: str) -> EventPatternError:
    return EventPatternError(message, input=WORDS)


def _word(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{where}: {value!r} must be a non-empty string")
    if value != value.lower():
        raise _fail(f"{where}: {value!r} must be lowercase (the code compares lowercase)")
    return value


def _list(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(f"{where}: expected a non-empty list of words")
    words = tuple(_word(v, where) for v in value)
    twice = sorted({w for w in words if words.count(w) > 1})
    if twice:
        raise _fail(f"{where}: {', '.join(twice)} listed twice")
    return words


def _value(value, where: str):
    if value is None:  # a mapping may send a word to nothing ("side": no kind of its own)
        return None
    if isinstance(value, list):
        return _list(value, where)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _word(value, where)


def _entry(value, where: str):
    if isinstance(value, dict):
        if not value:
            raise _fail(f"{where}: expected a non-empty mapping")
        return {_word(k, where): _value(v, f"{where}.{k}") for k, v in value.items()}
    return _list(value, where)


def parse(text: str) -> dict[str, dict]:
    """The checked sections of a words file's text: section → name → tuple or dict."""
    check_header(text, WORDS)
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as err:
        raise _fail(f"not valid YAML: {err}") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail("expected a mapping with version: 1")
    sections = {}
    for section, entries in data.items():
        if section == "version":
            continue
        if not isinstance(entries, dict) or not entries:
            raise _fail(f"{section}: expected a mapping of word lists")
        sections[section] = {
            name: _entry(value, f"{section}.{name}") for name, value in entries.items()
        }
    return sections


@lru_cache(maxsize=1)
def words() -> dict[str, dict]:
    return parse((files("newsgraph.events") / "data" / WORDS).read_text(encoding="utf-8"))


def _get(section: str, name: str):
    try:
        return words()[section][name]
    except KeyError:
        raise _fail(f"{section}.{name} is missing") from None


def word_set(section: str, name: str) -> frozenset[str]:
    return frozenset(_get(section, name))


def word_tuple(section: str, name: str) -> tuple[str, ...]:
    value = _get(section, name)
    if not isinstance(value, tuple):
        raise _fail(f"{section}.{name}: expected a list of words")
    return value


def word_map(section: str, name: str) -> dict:
    value = _get(section, name)
    if not isinstance(value, dict):
        raise _fail(f"{section}.{name}: expected a mapping")
    return dict(value)
