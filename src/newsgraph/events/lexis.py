"""Word lists of the event stages (`events/data/words.yaml`), checked and loaded once.

The stages (modality, assembly, speech, participants, …) compare lemmas and lowercased words
with these lists. The file has one section per module; each entry is a list of words or a
mapping (word → word, list of words, number or null). At load the header is checked (it names
what the file is, its source and its review), and every entry by the shared loader
(:mod:`newsgraph.wordlists`): lists and mappings are not empty, hold lowercase strings, and list
no word or key twice. A bad file raises `EventPatternError` (NG320) naming the entry.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from newsgraph import wordlists
from newsgraph.errors import EventPatternError
from newsgraph.events.patterns import check_header

WORDS = "words.yaml"


def _fail(message: str) -> EventPatternError:
    return EventPatternError(message, input=WORDS)


def parse(text: str) -> dict[str, dict]:
    """The checked sections of a words file's text: section → name → tuple or dict (a mapping
    may send a word to a number or to nothing: see :mod:`newsgraph.wordlists`)."""
    check_header(text, WORDS)
    return wordlists.parse(text, _fail, numbers_and_null=True)


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
