"""Event patterns, parsed and validated once into lookup tables keyed by lemma.

Two kinds of data file (package data, `events/data/`):
- `rules.yaml`: how the coder combines words: object classes, light verbs, control verbs and
  what they make of their infinitive, subcodes, auxiliaries, speech-act classes …;
- `lexicon_NN_name.yaml`, one per CAMEO root: the words that trigger each code of that root,
  as `code: [pattern, …]` under `verbs:` and `nouns:`.

A verb pattern is ``lemma [word …] [/obj=a|b|@class]``: the verb's lemma; words the verb must
have among its particles, prepositions, objects, prepositional objects and the modifiers and
prepositions of its object ("push back against", "pour cold water on", "slap sanctions on");
and lemmas (or classes) one of which the object must have. The most specific pattern that
fits wins. A noun pattern is a lemma or "modifier lemma" ("phone call"). Every lexicon file
starts with a header (What:, Source:, Reviewed:) and is checked at load: codes in the
codebook and of the file's root, classes known, no pattern listed twice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from newsgraph.errors import EventPatternError
from newsgraph.events.codebook import ROOTS, Codebook, codebook

CONTROL_KINDS = frozenset(
    {
        "intend",
        "propose",
        "prepare",
        "threaten",
        "refuse",
        "demand",
        "appeal",
        "allow",
        "transparent",
        "scheduled",
        "unreal",
        "halt",
    }
)
RULES = "rules.yaml"
HEADER_FIELDS = ("what:", "source:", "reviewed:")
WORD = re.compile(r"[a-z][a-z'.-]*")
PHRASE_SKIP = frozenset({"a", "an", "the", "any", "some"})  # left out of statement phrases


@dataclass(frozen=True, slots=True)
class Pattern:
    words: frozenset[str]  # words the verb must have besides its lemma
    objects: frozenset[str] | None  # lemmas one of which its object must have
    code: str
    text: str  # the pattern as written

    @property
    def rank(self) -> int:
        return 2 * (self.objects is not None) + len(self.words)


def _fail(message: str, source: str = RULES) -> EventPatternError:
    return EventPatternError(message, input=source)


def _code(value, where: str, book: Codebook, source: str = RULES) -> str:
    if not isinstance(value, str):
        raise _fail(f"{where}: code {value!r} must be a quoted string", source)
    if value not in book:
        raise _fail(f"{where}: {value!r} is not in the CAMEO codebook", source)
    return value


def _words(value, where: str, source: str = RULES) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"{where}: expected a list of words", source)
    return [v.lower() for v in value]


def check_header(text: str, source: str) -> None:
    """A lexicon file opens with comment lines naming what it is, its source and its review."""
    head = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        head.append(line.lstrip("# ").lower())
    for name in HEADER_FIELDS:
        if not any(line.startswith(name) and line[len(name) :].strip() for line in head):
            raise _fail(f"header line '# {name[:-1].title()}: …' is missing", source)


class Patterns:
    """Lookup tables for the coder: everything keyed by lemma."""

    def __init__(self, rules: dict, book: Codebook, lexicons=()):
        if not isinstance(rules, dict) or rules.get("version") != 2:
            raise _fail("expected a mapping with version: 2")
        self.book = book
        self._rules(rules)
        self.verbs: dict[str, list[Pattern]] = {}
        self.nouns: dict[str, str] = {}
        self.noun_compounds: dict[tuple[str, str], str] = {}
        self.counts: Counter[str] = Counter()  # patterns per root
        self._seen: dict[tuple, str] = {}
        for source, data in lexicons:
            self._lexicon(data, source)
        self._idioms(rules.get("idioms") or {})
        for plist in self.verbs.values():
            plist.sort(key=lambda p: (-p.rank, len(p.objects or ())))  # narrowest first
        del self._seen
        # every noun lemma `nominals.noun` may code: a coded noun, a compound's head, a noun coded
        # by what it is of, a noun of ending or of control (the others are passed over at once)
        self.noun_triggers = frozenset(
            {*self.nouns, *(k[-1] for k in self.noun_compounds), *self.noun_objects}
            | self.halt_nouns
            | set(self.control)
        )

    # -- rules.yaml ------------------------------------------------------------------------
    def _rules(self, data: dict) -> None:
        book = self.book
        self.classes = {
            name: frozenset(_words(v, f"classes.{name}"))
            for name, v in (data.get("classes") or {}).items()
        }
        self.light = frozenset(_words(data.get("light_verbs") or [], "light_verbs"))
        self.control: dict[str, str] = {}
        for key, kind in (data.get("control") or {}).items():
            if kind not in CONTROL_KINDS:
                raise _fail(f"control.{key}: unknown kind {kind!r}")
            self.control[str(key).lower()] = kind
        self.maps: dict[str, dict[str, str]] = {}
        for name in ("intent", "threat", "refusal", "demand", "appeal", "halt"):
            table = data.get(name) or {}
            for key in table:
                if not (isinstance(key, str) and key[:2] in ROOTS and key.isdigit()):
                    raise _fail(f"{name}.{key}: expected a quoted CAMEO code or root")
            self.maps[name] = {
                key: _code(code, f"{name}.{key}", book) for key, code in table.items()
            }
        self.subcodes: dict[str, dict[str, str]] = {}
        for code, table in (data.get("subcodes") or {}).items():
            _code(code, f"subcodes.{code}", book)
            self.subcodes[code] = {
                str(k).lower(): _code(v, f"subcodes.{code}.{k}", book) for k, v in table.items()
            }
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        fixes = data.get("lemma_fixes") or {}
        if not isinstance(fixes, dict):
            raise _fail("lemma_fixes: expected a mapping")
        self.lemma_fixes = {str(k).lower(): str(v).lower() for k, v in fixes.items()}
        for name in (
            "comment_verbs",
            "statement_nouns",
            "topic_nouns",
            "future_aux",
            "hypothetical_aux",
            "obligation_aux",
            "theme_object",
            "speech_verbs",
            "by_means",
            "adjunct_acts",
            "mandative_only",
            "receive_verbs",
            "place_nouns",
            "scheduled_passive",
            "copulas",
            "answer_verbs",
            "request_nouns",
            "plan_words",
            "decision_words",
            "defence_verbs",
            "halt_verbs",
            "possibility_nouns",
            "open_to",
            "halt_nouns",
            "crowd_nouns",
            "accuse_verbs",
        ):
            setattr(self, name, frozenset(_words(data.get(name) or [], name)))
        self.plan_nouns = self.classes.get("plan", frozenset())
        self.theme_nouns = frozenset().union(
            *(self.classes.get(c, frozenset()) for c in ("troops", "peacekeepers", "arms", "aid"))
        )
        codes = data.get("reciprocal_codes") or []
        for code in codes:
            if not (isinstance(code, str) and code.isdigit() and code[:2] in ROOTS):
                raise _fail(f"reciprocal_codes: {code!r} is not a quoted CAMEO code or root")
        self.reciprocal_codes = tuple(codes)
        self.speech_acts = {
            str(cls): _code(code, f"speech_acts.{cls}", book)
            for cls, code in (data.get("speech_acts") or {}).items()
        }
        self.together = {
            str(k): _code(v, f"together.{k}", book) for k, v in (data.get("together") or {}).items()
        }
        self.purpose_roots = tuple(str(r) for r in data.get("purpose_roots") or [])
        self.refusal_negated = _roots(data, "refusal_negated")
        self.claimed_roots = _roots(data, "claimed_roots")
        self.planned_roots = frozenset(_roots(data, "planned_roots"))
        passive = data.get("state_passive") or {}
        self.state_passive_codes = tuple(
            _code(c, "state_passive.codes", book) for c in passive.get("codes") or []
        )
        self.state_passive_sectors = frozenset(passive.get("sectors") or [])
        legal = data.get("legal_charge") or {}
        self.legal_charge = {
            "verbs": frozenset(_words(legal.get("verbs") or [], "legal_charge.verbs")),
            "agents": frozenset(_words(legal.get("agents") or [], "legal_charge.agents")),
            "code": _code(legal.get("code") or "173", "legal_charge.code", book),
        }
        self.military_visit = {
            str(k): _code(v, f"military_visit.{k}", book)
            for k, v in (data.get("military_visit") or {}).items()
        }
        for cls in self.military_visit:
            if cls not in self.classes:
                raise _fail(f"military_visit.{cls}: unknown class")
        self.noun_objects: dict[str, dict[str, str]] = {}
        for noun, table in (data.get("noun_objects") or {}).items():
            if not isinstance(table, dict):
                raise _fail(f"noun_objects.{noun}: expected object: code")
            refined: dict[str, str] = {}
            for obj, code in table.items():
                code = _code(code, f"noun_objects.{noun}.{obj}", book)
                obj = str(obj).lower()
                if obj.startswith("@") and obj[1:] not in self.classes:
                    raise _fail(f"noun_objects.{noun}: unknown class {obj}")
                for lemma in self.classes[obj[1:]] if obj.startswith("@") else [obj]:
                    refined.setdefault(lemma, code)
            self.noun_objects[str(noun).lower()] = refined
        order_out = data.get("order_out") or {}
        self.order_out = {
            "verbs": frozenset(_words(order_out.get("verbs") or [], "order_out.verbs")),
            "give": frozenset(_words(order_out.get("give") or [], "order_out.give")),
            "objects": {
                str(cls): _code(code, f"order_out.objects.{cls}", book)
                for cls, code in (order_out.get("objects") or {}).items()
            },
        }
        for cls in self.order_out["objects"]:
            if cls not in self.classes:
                raise _fail(f"order_out.objects.{cls}: unknown class")
        walkout = data.get("walkout") or {}
        self.walkout = {
            "words": frozenset(_words(walkout.get("words") or [], "walkout.words")),
            "sectors": frozenset(
                w.upper() for w in _words(walkout.get("sectors") or [], "walkout.sectors")
            ),
            "code": _code(walkout.get("code", "143"), "walkout.code", book),
            "threat": _code(walkout.get("threat", "133"), "walkout.threat", book),
        }
        instruments = data.get("instruments") or {}
        self.instruments = {
            key: frozenset(_words(instruments.get(key) or [], f"instruments.{key}"))
            for key in ("words", "enact", "propose")
        }
        block = data.get("state_block") or {}
        self.state_block = {
            "sectors": frozenset(str(s).upper() for s in block.get("sectors") or []),
            "code": _code(block.get("code", "191"), "state_block.code", book),
            "objects": frozenset(_words(block.get("objects") or [], "state_block.objects")),
        }
        official = data.get("state_protest") or {}
        self.state_protest = {
            "words": frozenset(_words(official.get("words") or [], "state_protest.words")),
            "sectors": frozenset(str(s).upper() for s in official.get("sectors") or []),
            "code": _code(official.get("code", "114"), "state_protest.code", book),
        }
        self.reciprocal_verbs = frozenset(
            _words(data.get("reciprocal_verbs") or [], "reciprocal_verbs")
        )
        self.reciprocal_words = frozenset(
            _words(data.get("reciprocal_words") or [], "reciprocal_words")
        )

    # -- lexicon_NN_*.yaml -----------------------------------------------------------------
    def _lexicon(self, data, source: str) -> None:
        if not isinstance(data, dict) or str(data.get("root")) not in ROOTS:
            raise _fail("expected a mapping with root: a CAMEO root in quotes", source)
        root = str(data["root"])
        unknown = set(data) - {"root", "verbs", "nouns", "statements"}
        if unknown:
            raise _fail(f"unknown sections: {', '.join(sorted(unknown))}", source)
        for section in ("verbs", "nouns", "statements"):
            table = data.get(section) or {}
            if not isinstance(table, dict):
                raise _fail(f"{section}: expected code: [patterns]", source)
            for code, items in table.items():
                where = f"{section}.{code}"
                code = _code(code, where, self.book, source)
                if code[:2] != root:
                    raise _fail(f"{where}: code of root {code[:2]} in the file of {root}", source)
                for text in _words(items, where, source):
                    if section == "verbs":
                        self._verb(text, code, f"{where}: {text!r}", source)
                    elif section == "nouns":
                        self._noun(text, code, f"{where}: {text!r}", source)
                    else:
                        self._phrase(text, code, f"{where}: {text!r}", source)
                    self.counts[root] += 1

    def _idioms(self, data) -> None:
        """Words of an event's lemma that name no event ("struck a populist tone", "occupied
        a third place", "a Twitter attack"): verb patterns and nouns coded with no code, so
        that they win over the bare lemma and the coder emits nothing."""
        if not isinstance(data, dict) or set(data) - {"verbs", "nouns"}:
            raise _fail("idioms: expected verbs: [patterns] and nouns: [nouns]")
        for text in _words(data.get("verbs") or [], "idioms.verbs"):
            self._verb(text, "", f"idioms.verbs: {text!r}", RULES)
        for text in _words(data.get("nouns") or [], "idioms.nouns"):
            self._noun(text, "", f"idioms.nouns: {text!r}", RULES)

    def _once(self, key: tuple, code: str, where: str, source: str) -> None:
        if key in self._seen:
            raise _fail(f"{where}: already listed for {self._seen[key]}", source)
        self._seen[key] = code

    def _verb(self, text: str, code: str, where: str, source: str) -> None:
        head, _, objs = text.partition("/obj=")
        parts = head.split()
        if not parts or not all(WORD.fullmatch(w) for w in parts):
            raise _fail(f"{where}: expected 'lemma [word …] [/obj=a|b]'", source)
        objects = None
        if objs:
            items: set[str] = set()
            for item in objs.split("|"):
                item = item.strip()
                if item.startswith("@"):
                    if item[1:] not in self.classes:
                        raise _fail(f"{where}: unknown class {item}", source)
                    items |= self.classes[item[1:]]
                elif item:
                    items.update(_modifier_forms(item))
            objects = frozenset(items)
        words = frozenset(parts[1:])
        self._once(("v", parts[0], words, objects), code, where, source)
        pattern = Pattern(words, objects, code, text)
        self.verbs.setdefault(parts[0], []).append(pattern)

    def _phrase(self, text: str, code: str, where: str, source: str = RULES) -> None:
        """A statement phrase: lemmas, or @class for any lemma of an object class."""
        words = tuple(w for w in text.split() if w not in PHRASE_SKIP)
        parts: list[str | frozenset[str]] = []
        for w in words:
            if w.startswith("@"):
                if w[1:] not in self.classes:
                    raise _fail(f"{where}: unknown class {w}", source)
                parts.append(self.classes[w[1:]])
            elif WORD.fullmatch(w):
                parts.append(w)
            else:
                raise _fail(f"{where}: expected lemmas or @class", source)
        if not parts:
            raise _fail(f"{where}: empty phrase", source)
        self._once(("s", *words), code, where, source)
        first = parts[0]
        for lemma in [first] if isinstance(first, str) else sorted(first):
            self.phrases.setdefault(lemma, []).append((tuple(parts), code))

    def _noun(self, text: str, code: str, where: str, source: str) -> None:
        parts = text.split()
        if not 1 <= len(parts) <= 2 or not all(WORD.fullmatch(w) for w in parts):
            raise _fail(f"{where}: expected 'lemma' or 'modifier lemma'", source)
        self._once(("n", *parts), code, where, source)
        if len(parts) == 1:
            self.nouns[parts[0]] = code
        else:
            for form in _modifier_forms(text):
                self.noun_compounds.setdefault(tuple(form.split()), code)

    # -- lookups ---------------------------------------------------------------------------
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

    def combine(self, name: str, code: str | None) -> str | None:
        """What `name` ("intent", "threat", "refusal", "demand", "appeal") makes of an embedded
        action coded `code`: the entry of its longest listed prefix ("1723" → "172" → "17")."""
        table = self.maps[name]
        for n in range(len(code or ""), 1, -1):
            found = table.get(code[:n])
            if found is not None:
                return found
        return None

    def noun_object_code(self, lemma: str, objects) -> str | None:
        """The code of a nominal trigger by what it is of, on or to ("the expulsion of the
        ambassador" 161, "a ban on imports" 163); `objects` are those nouns (spaCy tokens)."""
        table = self.noun_objects.get(lemma)
        if not table:
            return None
        for g in objects:
            code = table.get(g.lemma_.lower())
            if code is None and g.ent_type_ == "ORG":
                code = table.get("organization")  # "the withdrawal from ECOWAS"
            if code is not None:
                return code
        return None

    def noun_code(self, lemma: str, modifiers: list[str]) -> str | None:
        for mod in modifiers:
            code = self.noun_compounds.get((mod, lemma))
            if code is not None:
                return code
        return self.nouns.get(lemma)


def _roots(data: dict, name: str) -> tuple[str, ...]:
    """A rules.yaml list of CAMEO roots, each checked."""
    roots = tuple(str(r) for r in data.get(name) or [])
    for root in roots:
        if root not in ROOTS:
            raise _fail(f"{name}: {root!r} is not a quoted CAMEO root")
    return roots


def _modifier_forms(item: str) -> set[str]:
    """ "arms sale" as written and as the parser's lemmas give it ("arm sale"): a plural
    modifier is lemmatised to its singular ("weapons", "sanctions", "talks")."""
    mod, _, head = item.partition(" ")
    if head and " " not in head and mod.endswith("s") and not mod.endswith("ss"):
        return {item, f"{mod[:-1]} {head}"}
    return {item}


def _yaml(text: str, source: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise _fail(f"not valid YAML: {err}", source) from err


def load(rules: str, book: Codebook | None = None, lexicons: dict[str, str] | None = None):
    """Patterns from the text of a rules file and of lexicon files (name → text)."""
    parsed = []
    for source, text in sorted((lexicons or {}).items()):
        check_header(text, source)
        parsed.append((source, _yaml(text, source)))
    return Patterns(_yaml(rules, RULES), book or codebook(), parsed)


def lexicon_files() -> dict[str, str]:
    """The packaged lexicon files, name → text."""
    data = files("newsgraph.events") / "data"
    return {
        p.name: p.read_text(encoding="utf-8")
        for p in data.iterdir()
        if p.name.startswith("lexicon_") and p.name.endswith(".yaml")
    }


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    rules = (files("newsgraph.events") / "data" / RULES).read_text(encoding="utf-8")
    return load(rules, lexicons=lexicon_files())
