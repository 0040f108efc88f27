"""Word-list data files (``events/data/words.yaml``, ``attribution/data/words.yaml``): one loader
that reads and checks them, raising the error class of the package that owns the file.

A words file is a YAML mapping with ``version: 1`` and one section per module; each section maps
a list name to a list of words or to a mapping (word → word or list of words; where the owner
allows it, also → a whole number or nothing). At load every entry is checked: words are
non-empty lowercase strings (the code compares lowercase), lists and mappings are not empty, and
no list names a word twice, nor a mapping a key (PyYAML would keep the last one silently). A bad
file raises the owner's error (`fail`) naming the entry; the caller checks the file's header,
whose rules differ by package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

Fail = Callable[[str], Exception]

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(yaml.constructor.ConstructorError):
    """A mapping key written twice in one YAML mapping."""


class UniqueKeyLoader(_BASE):  # type: ignore[misc, valid-type]
    """Safe YAML that refuses a key written twice in one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKey(
                    None, None, f"line {key_node.start_mark.line + 1}: key {key!r} is written twice"
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str, fail: Fail) -> Any:
    """The YAML of `text` read with :class:`UniqueKeyLoader`; a key written twice or text that is
    not YAML raises ``fail(message)``."""
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 (a safe loader)
    except DuplicateKey as err:
        raise fail(str(err.problem)) from None
    except yaml.YAMLError as err:
        raise fail(f"not valid YAML: {err}") from None


def parse(text: str, fail: Fail, *, numbers_and_null: bool = False) -> dict[str, dict[str, Any]]:
    """The checked sections of a words file's text: section → list name → tuple of words or
    dict. With `numbers_and_null` a mapping may also send a word to a whole number or to nothing
    (null)."""
    return sections(load_yaml(text, fail), fail, numbers_and_null=numbers_and_null)


def sections(data: Any, fail: Fail, *, numbers_and_null: bool = False) -> dict[str, dict[str, Any]]:
    """The checked sections of a words file already read as YAML (see :func:`parse`)."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise fail("expected a mapping with version: 1")
    checker = _Checker(fail, numbers_and_null)
    out: dict[str, dict[str, Any]] = {}
    for section, entries in data.items():
        if section == "version":
            continue
        if not isinstance(entries, dict) or not entries:
            raise fail(f"{section}: expected a mapping of word lists")
        out[section] = {
            name: checker.entry(value, f"{section}.{name}") for name, value in entries.items()
        }
    return out


class _Checker:
    def __init__(self, fail: Fail, numbers_and_null: bool):
        self.fail = fail
        self.numbers_and_null = numbers_and_null

    def word(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}: {value!r} must be a non-empty string")
        if value != value.lower():
            raise self.fail(f"{where}: {value!r} must be lowercase (the code compares lowercase)")
        return value

    def words(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(f"{where}: expected a non-empty list of words")
        words = tuple(self.word(v, where) for v in value)
        twice = sorted({w for w in words if words.count(w) > 1})
        if twice:
            raise self.fail(f"{where}: {', '.join(map(repr, twice))} listed twice")
        return words

    def value(self, value: Any, where: str) -> Any:
        if isinstance(value, list):
            return self.words(value, where)
        if self.numbers_and_null and (
            value is None or (isinstance(value, int) and not isinstance(value, bool))
        ):
            return value  # "side": no kind of its own; a count
        return self.word(value, where)

    def entry(self, value: Any, where: str) -> tuple[str, ...] | dict[str, Any]:
        if isinstance(value, dict):
            if not value:
                raise self.fail(f"{where}: expected a non-empty mapping")
            return {self.word(k, where): self.value(v, f"{where}.{k}") for k, v in value.items()}
        return self.words(value, where)
