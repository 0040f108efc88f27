"""The hedge lexicon (``data/hedges.yaml``): families of phrases with their kind, rule, scope
and effect, indexed by the first word of each phrase.

The file is validated when it loads; a broken file raises `HedgeLexiconError` ([NG330]) naming
the family and the entry. `load()` reads the packaged file once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml
from spacy.strings import hash_string

from newsgraph.errors import DataFileError
from newsgraph.extensions import id_array

KINDS = ("evidential", "epistemic", "distancing", "non-committal")
RULES = (
    "word",
    "negated",
    "modal",
    "predicative",
    "negative",
    "seem",
    "passive",
    "claim_verb",
    "claim_noun",
    "report_noun",
    "insist",
    "inference",
)
SCOPES = ("clause", "complement", "noun", "host", "question")
EFFECTS = ("probable", "possible", "unknown", "none")
CONTEXT_LISTS = (
    "fear",
    "free_choice",
    "ability",
    "condition",
    "territory",
    "claim_not_assertion",
    "report_not_source",
    "time_words",
)
FILE = "hedges.yaml"


class HedgeLexiconError(DataFileError):
    """The packaged hedge lexicon is broken."""

    code = "NG330"


# one word of a phrase: the lemmas (or lowercase forms) it may be, and a required POS or None
Item = tuple[frozenset[str], str | None]


@dataclass(frozen=True)
class Family:
    name: str
    kind: str
    rule: str
    scope: str
    effect: str
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pattern:
    items: tuple[Item, ...]
    family: Family


@dataclass
class HedgeLexicon:
    index: dict[str, list[Pattern]] = field(default_factory=dict)  # first word -> patterns
    families: dict[str, Family] = field(default_factory=dict)
    context: dict[str, frozenset[str]] = field(default_factory=dict)
    # spaCy string hashes of the index's first words, sorted: tokens are picked by lemma/lower id
    first_word_hashes: np.ndarray = field(default_factory=lambda: np.array([], dtype=np.uint64))
    _evidential: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def words(self, name: str) -> frozenset[str]:
        return self.context[name]

    def evidential_adverbs(self) -> frozenset[str]:
        """One-word evidential adverbs ("reportedly"): attribution makes statements of them
        (read from the index once; attribution asks for them on every article)."""
        if self._evidential is None:
            fam = self.families.get("evidential_adverbs")
            self._evidential = frozenset(
                w
                for pats in self.index.values()
                for p in pats
                if p.family is fam and len(p.items) == 1
                for w in p.items[0][0]
            )
        return self._evidential


def _fail(message: str) -> HedgeLexiconError:
    return HedgeLexiconError(
        message, input=f"newsgraph/hedges/data/{FILE}", hint="fix the file and reload"
    )


def parse(text: str) -> dict[str, Any]:
    """Parse the file's text and check its header and version."""
    if not text.lstrip().startswith("#"):
        raise _fail("must begin with a comment header saying what it is and its source")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise _fail(f"is not valid YAML: {err}") from err
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail("must be a mapping with 'version: 1'")
    if not isinstance(data.get("families"), dict) or not data["families"]:
        raise _fail("needs a 'families' mapping")
    if not isinstance(data.get("context"), dict):
        raise _fail("needs a 'context' mapping")
    return data


def _words(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise _fail(f"{where} must be a non-empty list of words")
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise _fail(f"{where}: {v!r} is not a word")
    return value


def _item(word: str, where: str) -> Item:
    lemmas, _, pos = word.partition("/")
    options = lemmas.split("|")
    if not all(options) or lemmas != lemmas.lower() or (pos and pos != pos.upper()):
        raise _fail(f"{where}: bad word {word!r} (lowercase lemmas, 'a|b', 'word/POS')")
    return frozenset(options), pos or None


def _family(name: str, spec: Any) -> Family:
    where = f"families.{name}"
    if not isinstance(spec, dict):
        raise _fail(f"{where} must be a mapping")
    for key, allowed in (("kind", KINDS), ("rule", RULES), ("scope", SCOPES), ("effect", EFFECTS)):
        if spec.get(key) not in allowed:
            raise _fail(f"{where}.{key} must be one of {', '.join(allowed)}")
    unknown = set(spec) - {"kind", "rule", "scope", "effect", "phrases", "objects"}
    if unknown:
        raise _fail(f"{where}: unknown keys {sorted(unknown)}")
    objects = frozenset(_words(spec["objects"], f"{where}.objects")) if "objects" in spec else ()
    return Family(
        name, spec["kind"], spec["rule"], spec["scope"], spec["effect"], frozenset(objects)
    )


def build(data: dict[str, Any]) -> HedgeLexicon:
    """A `HedgeLexicon` from the parsed file (validated entry by entry)."""
    lex = HedgeLexicon()
    seen: dict[tuple, str] = {}
    for name, spec in data["families"].items():
        fam = _family(name, spec)
        lex.families[name] = fam
        for phrase in _words(spec.get("phrases"), f"families.{name}.phrases"):
            items = tuple(_item(w, f"families.{name}") for w in phrase.split())
            if items in seen:
                raise _fail(f"phrase {phrase!r} is in both {seen[items]} and {name}")
            seen[items] = name
            for first in items[0][0]:
                lex.index.setdefault(first, []).append(Pattern(items, fam))
    for patterns in lex.index.values():
        patterns.sort(key=lambda p: -len(p.items))  # longest first
    lex.first_word_hashes = id_array(hash_string(w) for w in lex.index)
    for key in CONTEXT_LISTS:
        words = _words(data["context"].get(key), f"context.{key}")
        lex.context[key] = frozenset(w.lower() for w in words)
    return lex


@lru_cache(maxsize=1)
def load() -> HedgeLexicon:
    """The packaged lexicon, loaded and validated once per process."""
    text = resources.files("newsgraph.hedges").joinpath("data", FILE).read_text("utf-8")
    return build(parse(text))
