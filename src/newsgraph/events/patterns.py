"""Event patterns (`data/verbs.yaml`), parsed and validated once into lookup tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from newsgraph.errors import DataFileError
from newsgraph.events.codebook import Codebook, codebook

CONTROL_KINDS = frozenset(
    {"intend", "propose", "prepare", "threaten", "refuse", "demand", "allow", "transparent"}
)
SOURCE = "verbs.yaml"


@dataclass(frozen=True, slots=True)
class Pattern:
    word: str | None  # particle, preposition, object lemma or "prep object" the verb must have
    objects: frozenset[str] | None  # lemmas the object must have
    code: str

    @property
    def rank(self) -> int:
        return 2 * (self.objects is not None) + (self.word is not None)


def _fail(message: str) -> DataFileError:
    return DataFileError(message, input=SOURCE)


def _code(value, where: str, book: Codebook) -> str:
    if not isinstance(value, str):
        raise _fail(f"{where}: code {value!r} must be a quoted string")
    if value not in book:
        raise _fail(f"{where}: {value!r} is not in the CAMEO codebook")
    return value


def _words(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"{where}: expected a list of words")
    return [v.lower() for v in value]


class Patterns:
    """Lookup tables for the coder: everything keyed by lemma."""

    def __init__(self, data: dict, book: Codebook):
        if not isinstance(data, dict) or data.get("version") != 1:
            raise _fail("expected a mapping with version: 1")
        self.book = book
        classes = data.get("classes") or {}
        self.classes = {
            name: frozenset(_words(v, f"classes.{name}")) for name, v in classes.items()
        }
        self.verbs: dict[str, list[Pattern]] = {}
        for key, value in (data.get("verbs") or {}).items():
            code = _code(value, f"verbs.{key}", book)
            head, _, objs = str(key).partition("/obj=")
            parts = head.split()
            if not parts:
                raise _fail(f"verbs.{key}: empty pattern")
            objects = None
            if objs:
                items: set[str] = set()
                for item in objs.split("|"):
                    item = item.strip().lower()
                    if item.startswith("@"):
                        if item[1:] not in self.classes:
                            raise _fail(f"verbs.{key}: unknown class {item}")
                        items |= self.classes[item[1:]]
                    elif item:
                        items.add(item)
                objects = frozenset(items)
            word = " ".join(parts[1:]).lower() or None
            self.verbs.setdefault(parts[0].lower(), []).append(Pattern(word, objects, code))
        for plist in self.verbs.values():
            plist.sort(key=lambda p: -p.rank)
        self.nouns: dict[str, str] = {}
        self.noun_compounds: dict[tuple[str, str], str] = {}
        for key, value in (data.get("nouns") or {}).items():
            code = _code(value, f"nouns.{key}", book)
            parts = str(key).lower().split()
            if len(parts) == 1:
                self.nouns[parts[0]] = code
            elif len(parts) == 2:
                self.noun_compounds[(parts[0], parts[1])] = code
            else:
                raise _fail(f"nouns.{key}: one or two words")
        self.light = frozenset(_words(data.get("light_verbs") or [], "light_verbs"))
        self.control: dict[str, str] = {}
        for key, kind in (data.get("control") or {}).items():
            if kind not in CONTROL_KINDS:
                raise _fail(f"control.{key}: unknown kind {kind!r}")
            self.control[str(key).lower()] = kind
        self.maps: dict[str, dict[str, str]] = {}
        for name in ("intent", "threat", "refusal", "demand"):
            table = data.get(name) or {}
            self.maps[name] = {
                str(root): _code(code, f"{name}.{root}", book) for root, code in table.items()
            }
        self.subcodes: dict[str, dict[str, str]] = {}
        for code, table in (data.get("subcodes") or {}).items():
            _code(code, f"subcodes.{code}", book)
            self.subcodes[code] = {
                str(k).lower(): _code(v, f"subcodes.{code}.{k}", book) for k, v in table.items()
            }
        self.comment_verbs = frozenset(_words(data.get("comment_verbs") or [], "comment_verbs"))
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, value in (data.get("statement_phrases") or {}).items():
            parts = tuple(str(key).lower().split())
            self.phrases.setdefault(parts[0], []).append(
                (parts, _code(value, f"statement_phrases.{key}", book))
            )
        self.statement_nouns = frozenset(
            _words(data.get("statement_nouns") or [], "statement_nouns")
        )
        self.topic_nouns = frozenset(_words(data.get("topic_nouns") or [], "topic_nouns"))
        fixes = data.get("lemma_fixes") or {}
        if not isinstance(fixes, dict):
            raise _fail("lemma_fixes: expected a mapping")
        self.lemma_fixes = {str(k).lower(): str(v).lower() for k, v in fixes.items()}
        self.future_aux = frozenset(_words(data.get("future_aux") or [], "future_aux"))
        self.hypothetical_aux = frozenset(
            _words(data.get("hypothetical_aux") or [], "hypothetical_aux")
        )
        self.obligation_aux = frozenset(_words(data.get("obligation_aux") or [], "obligation_aux"))
        self.theme_object = frozenset(_words(data.get("theme_object") or [], "theme_object"))
        self.speech_verbs = frozenset(_words(data.get("speech_verbs") or [], "speech_verbs"))
        self.plan_nouns = self.classes.get("plan", frozenset())

    def refine(self, code: str, roots) -> str:
        """A subcode of `code` named by a lemma in the subtrees of `roots` (spaCy tokens):
        "threatened sanctions" → 1312. At most 40 tokens are looked at."""
        table = self.subcodes.get(code)
        if not table:
            return code
        seen = 0
        for root in roots:
            for t in root.subtree:
                found = table.get(t.lemma_.lower())
                if found is not None:
                    return found
                seen += 1
                if seen > 40:
                    return code
        return code

    def noun_code(self, lemma: str, modifiers: list[str]) -> str | None:
        for mod in modifiers:
            code = self.noun_compounds.get((mod, lemma))
            if code is not None:
                return code
        return self.nouns.get(lemma)


def load(text: str, book: Codebook | None = None) -> Patterns:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise _fail(f"not valid YAML: {err}") from err
    return Patterns(data, book or codebook())


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    return load((files("newsgraph.events") / "data" / "verbs.yaml").read_text(encoding="utf-8"))
