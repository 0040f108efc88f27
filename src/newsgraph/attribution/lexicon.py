"""Attribution lexicons: cue verbs and source words, loaded once from ``data/*.yaml``.

Every file is validated when it is loaded; a broken file raises `DataFileError` naming the file
and the entry. The loaded `Lexicon` holds plain sets and dicts so the component does only
hash lookups per token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from newsgraph import wordlists
from newsgraph.errors import DataFileError

CUE_CLASSES = (
    "assert",
    "claim",
    "deny",
    "confirm",
    "warn",
    "promise",
    "accuse",
    "report",
    "believe",
    "refuse-comment",
)


@dataclass
class Lexicon:
    cue_class: dict[str, str] = field(default_factory=dict)
    object_cues: set[str] = field(default_factory=set)
    comment_verbs: set[str] = field(default_factory=set)
    cue_objects: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    statement_nouns: set[str] = field(default_factory=set)
    occasions: set[str] = field(default_factory=set)
    prep_cues: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    complement_cues: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    phrasal_cues: dict[str, dict[str, str]] = field(default_factory=dict)  # shoot: {back: ..}
    verb_forms: dict[str, str] = field(default_factory=dict)  # "hopes" -> "hope"
    quote_only: set[str] = field(default_factory=set)
    clause_only: set[str] = field(default_factory=set)
    noun_cues: dict[str, str] = field(default_factory=dict)
    noun_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # call: {for, on}
    adjective_cues: dict[str, str] = field(default_factory=dict)
    adjective_preps: set[str] = field(default_factory=set)
    passive_cues: set[str] = field(default_factory=set)
    reported_as: set[str] = field(default_factory=set)
    sourceless: set[str] = field(default_factory=set)
    aspect_verbs: set[str] = field(default_factory=set)
    in_sources: set[str] = field(default_factory=set)
    verbal_only: set[str] = field(default_factory=set)
    according_to: list[tuple[str, ...]] = field(default_factory=list)
    anon_heads: set[str] = field(default_factory=set)
    anon_always: set[str] = field(default_factory=set)
    anon_with_article: set[str] = field(default_factory=set)
    anon_qualifiers: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    anon_determiners: set[str] = field(default_factory=set)
    numbers: dict[str, int] = field(default_factory=dict)
    outlet_nouns: set[str] = field(default_factory=set)
    outlet_phrases: set[tuple[str, ...]] = field(default_factory=set)
    outlet_names: set[str] = field(default_factory=set)
    outlet_name_words: set[str] = field(default_factory=set)
    organisation_nouns: set[str] = field(default_factory=set)
    document_nouns: set[str] = field(default_factory=set)
    issue_verbs: set[str] = field(default_factory=set)
    relay_verbs: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    person_gender: dict[str, str] = field(default_factory=dict)  # "woman" -> "f"
    given_names: dict[str, str] = field(default_factory=dict)  # "maria" -> "f"
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    female_endings: tuple[str, ...] = ()  # Slavic surnames: "zakharova"
    person_pronouns: set[str] = field(default_factory=set)
    group_pronouns: set[str] = field(default_factory=set)
    self_pronouns: set[str] = field(default_factory=set)
    relative_pronouns: set[str] = field(default_factory=set)
    line_labels: set[str] = field(default_factory=set)


def _fail(name: str, message: str) -> DataFileError:
    return DataFileError(
        message, input=f"newsgraph/attribution/data/{name}", hint="fix the file and reload"
    )


def _read(name: str, loader: type = yaml.SafeLoader) -> dict[str, Any]:
    text = resources.files("newsgraph.attribution").joinpath("data", name).read_text("utf-8")
    return parse(name, text, loader)


def parse(name: str, text: str, loader: type = yaml.SafeLoader) -> dict[str, Any]:
    """Parse one data file's text and check the parts every file shares."""
    if not text.lstrip().startswith("#"):
        raise _fail(name, "must begin with a comment header saying what it is and its source")
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader (SafeLoader or _UniqueKeys)
    except wordlists.DuplicateKey as err:
        raise _fail(name, str(err.problem)) from None
    except yaml.YAMLError as err:
        raise _fail(name, f"is not valid YAML: {err}") from err
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail(name, "must be a mapping with 'version: 1'")
    return data


def _words(name: str, value: Any, where: str, lower: bool = True) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(name, f"{where} must be a list of non-empty strings")
    for v in value if lower else ():
        if v != v.lower():
            raise _fail(name, f"{where}: {v!r} must be lowercase")
    return value


def _sequences(name: str, value: Any, where: str) -> list[tuple[str, ...]]:
    if not isinstance(value, list):
        raise _fail(name, f"{where} must be a list of word lists")
    return [tuple(_words(name, v, where)) for v in value]


def load_cues(lex: Lexicon, data: dict[str, Any], name: str = "cues.yaml") -> None:
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise _fail(name, "needs a 'classes' mapping")
    for cls, groups in classes.items():
        if cls not in CUE_CLASSES:
            raise _fail(name, f"unknown cue class {cls!r}; known: {', '.join(CUE_CLASSES)}")
        if not isinstance(groups, dict) or set(groups) - {"clause", "object"}:
            raise _fail(name, f"class {cls!r} takes only 'clause' and 'object' lists")
        for group, verbs in groups.items():
            for verb in _words(name, verbs, f"classes.{cls}.{group}"):
                if verb in lex.cue_class:
                    raise _fail(name, f"verb {verb!r} is listed twice")
                lex.cue_class[verb] = cls
                if group == "object":
                    lex.object_cues.add(verb)
    lex.comment_verbs = set(_words(name, data.get("comment_verbs"), "comment_verbs"))
    for verb, spec in (data.get("object_cues") or {}).items():
        if not isinstance(spec, dict) or spec.get("class") not in CUE_CLASSES:
            raise _fail(name, f"object_cues.{verb} needs a known 'class'")
        objects = _words(name, spec.get("objects"), f"object_cues.{verb}.objects")
        lex.cue_objects[verb] = (spec["class"], frozenset(objects))
    lex.statement_nouns = set(_words(name, data.get("statement_nouns"), "statement_nouns"))
    for verb, spec in (data.get("prep_cues") or {}).items():
        if not isinstance(spec, dict) or spec.get("class") not in CUE_CLASSES:
            raise _fail(name, f"prep_cues.{verb} needs a known 'class'")
        preps = _words(name, spec.get("preps"), f"prep_cues.{verb}.preps")
        lex.prep_cues[verb] = (spec["class"], frozenset(preps))
    for verb, spec in (data.get("complement_cues") or {}).items():
        if not isinstance(spec, dict) or spec.get("class") not in CUE_CLASSES:
            raise _fail(name, f"complement_cues.{verb} needs a known 'class'")
        words = _words(name, spec.get("complements"), f"complement_cues.{verb}.complements")
        lex.complement_cues[verb] = (spec["class"], frozenset(words))
    for verb, particles in (data.get("phrasal_cues") or {}).items():
        if not isinstance(particles, dict) or not all(c in CUE_CLASSES for c in particles.values()):
            raise _fail(name, f"phrasal_cues.{verb} must map particles to known classes")
        lex.phrasal_cues[verb] = {str(p): c for p, c in particles.items()}
    lex.according_to = _sequences(name, data.get("according_to"), "according_to")
    for key in ("quote_only", "passive_cues", "verbal_only", "in_sources", "aspect_verbs",
                "sourceless", "clause_only", "reported_as", "occasions"):  # fmt: skip
        setattr(lex, key, set(_words(name, data.get(key, []), key)))
    lex.adjective_cues = _by_class(name, data, "adjective_cues")
    lex.adjective_preps = set(_words(name, data.get("adjective_preps", []), "adjective_preps"))
    lex.noun_cues = _by_class(name, data, "noun_cues")
    noun_preps = data.get("noun_preps") or {}
    if not isinstance(noun_preps, dict):
        raise _fail(name, "noun_preps must map a cue noun to a list of prepositions")
    for noun, preps in noun_preps.items():
        if noun not in lex.noun_cues:
            raise _fail(name, f"noun_preps.{noun}: not a cue noun (list it under noun_cues)")
        lex.noun_preps[noun] = frozenset(_words(name, preps, f"noun_preps.{noun}"))


def _by_class(name: str, data: dict[str, Any], key: str) -> dict[str, str]:
    """``{class: [word, ...]}`` in the file -> ``{word: class}``."""
    out: dict[str, str] = {}
    for cls, words in (data.get(key) or {}).items():
        if cls not in CUE_CLASSES:
            raise _fail(name, f"{key}: unknown cue class {cls!r}")
        for word in _words(name, words, f"{key}.{cls}"):
            out[word] = cls
    return out


def load_sources(lex: Lexicon, data: dict[str, Any], name: str = "sources.yaml") -> None:
    anon = data.get("anonymous")
    outlets = data.get("outlets")
    docs = data.get("documents")
    pronouns = data.get("pronouns")
    for key, value in (
        ("anonymous", anon),
        ("outlets", outlets),
        ("documents", docs),
        ("pronouns", pronouns),
    ):
        if not isinstance(value, dict):
            raise _fail(name, f"needs an {key!r} mapping")
    lex.anon_heads = set(_words(name, anon.get("heads"), "anonymous.heads"))
    lex.anon_always = set(_words(name, anon.get("always"), "anonymous.always"))
    lex.anon_with_article = set(_words(name, anon.get("with_article"), "anonymous.with_article"))
    for q in _sequences(name, anon.get("qualifiers"), "anonymous.qualifiers"):
        lex.anon_qualifiers.setdefault(q[0], []).append(q)
    lex.anon_determiners = set(_words(name, anon.get("determiners"), "anonymous.determiners"))
    numbers = data.get("numbers")
    if not isinstance(numbers, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v > 0 for k, v in numbers.items()
    ):
        raise _fail(name, "numbers must map words to positive integers")
    lex.numbers = dict(numbers)
    lex.outlet_nouns = set(_words(name, outlets.get("nouns"), "outlets.nouns"))
    lex.outlet_phrases = set(_sequences(name, outlets.get("phrases"), "outlets.phrases"))
    lex.outlet_names = set(_words(name, outlets.get("names"), "outlets.names"))
    lex.outlet_name_words = set(_words(name, outlets.get("name_words"), "outlets.name_words"))
    orgs = data.get("organisations")
    if not isinstance(orgs, dict):
        raise _fail(name, "needs an 'organisations' mapping")
    lex.organisation_nouns = set(_words(name, orgs.get("nouns"), "organisations.nouns"))
    lex.document_nouns = set(_words(name, docs.get("nouns"), "documents.nouns"))
    lex.issue_verbs = set(_words(name, docs.get("issued_by"), "documents.issued_by"))
    lex.relay_verbs = set(_words(name, data.get("relay_verbs"), "relay_verbs"))
    lex.person_nouns = set(_words(name, data.get("person_nouns"), "person_nouns"))
    lex.platforms = set(_words(name, data.get("platforms", []), "platforms"))
    synonyms = data.get("role_synonyms") or {}
    if not isinstance(synonyms, dict):
        raise _fail(name, "role_synonyms must map a role noun to a list of offices")
    for role, offices in synonyms.items():
        lex.role_synonyms[role] = tuple(_words(name, offices, f"role_synonyms.{role}"))
    genders = data.get("person_gender") or {}
    if not isinstance(genders, dict) or set(genders) - {"f", "m"}:
        raise _fail(name, "person_gender takes only 'f' and 'm' lists")
    for g, words in genders.items():
        for word in _words(name, words, f"person_gender.{g}"):
            lex.person_gender[word] = g
    lex.person_pronouns = set(_words(name, pronouns.get("person"), "pronouns.person"))
    lex.group_pronouns = set(_words(name, pronouns.get("group"), "pronouns.group"))
    lex.self_pronouns = set(_words(name, pronouns.get("self"), "pronouns.self"))
    lex.relative_pronouns = set(_words(name, pronouns.get("relative"), "pronouns.relative"))
    lex.line_labels = set(_words(name, data.get("line_labels", []), "line_labels"))


def load_given_names(lex: Lexicon, data: dict[str, Any], name: str = "given_names.yaml") -> None:
    for gender in ("f", "m"):
        for word in _words(name, data.get(gender), gender):
            if lex.given_names.setdefault(word, gender) != gender:
                raise _fail(name, f"{word!r} is listed as both 'f' and 'm'")
    endings = data.get("female_surname_endings", [])
    lex.female_endings = tuple(_words(name, endings, "female_surname_endings"))


def inflections(verb: str) -> set[str]:
    """Regular English forms of a verb (plus a few irregular ones), to catch lemmatizer slips."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    forms.update(words("lexicon")["irregular_forms"].get(verb, ()))
    return forms


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The packaged lexicon (loaded and validated once per process)."""
    lex = Lexicon()
    load_cues(lex, _read("cues.yaml"))
    load_sources(lex, _read("sources.yaml"))
    load_given_names(lex, _read("given_names.yaml"))
    # in sorted order: a form of two verbs ("lambasted": lambast, lambaste) goes to the same one
    # in every process, whatever the string hash seed
    for verb in sorted({*lex.cue_class, *lex.cue_objects, *lex.prep_cues, *lex.complement_cues}):
        for form in inflections(verb):
            lex.verb_forms.setdefault(form, verb)
    return lex


_UniqueKeys = wordlists.UniqueKeyLoader  # a safe loader that refuses a mapping key given twice


def load_words(data: dict[str, Any], name: str = "words.yaml") -> dict[str, dict[str, Any]]:
    """``{module: {list: [word, ...] | {word: word or [word, ...]}}}`` -> the same with tuples,
    checked by the shared loader (:mod:`newsgraph.wordlists`)."""
    return wordlists.sections(data, lambda message: _fail(name, message))


@lru_cache(maxsize=1)
def _all_words() -> dict[str, dict[str, Any]]:
    return load_words(_read("words.yaml", _UniqueKeys))


def words(module: str) -> dict[str, Any]:
    """The word lists of one attribution module, from ``data/words.yaml`` (loaded once)."""
    return _all_words()[module]
