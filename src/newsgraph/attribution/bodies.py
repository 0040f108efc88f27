"""Descriptions that refer back to a body: "the group", "the ministry", "the army" → the
organisation or outlet the article named just before (``data/descriptions.yaml``).

News names a body once and then describes it ("Hamas said … The group said …", "Russia's
Foreign Ministry said … The ministry added …"). A definite, singular description whose head is
listed refers back to the last body that spoke, or was the subject of a sentence just before,
when that body fits: any organisation or outlet for the heads listed under ``any``; one that is
no state body for ``non_state`` ("the group", "the company"); else one whose name holds one of
the words listed for the head under ``named`` (or, for ``acronym`` heads, one named by an acronym,
an outlet or an intergovernmental body: "the agency"). A country or people word that qualifies
the description ("the Russian army") must fit the body as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from newsgraph.attribution.lexicon import parse
from newsgraph.errors import DataFileError
from newsgraph.model import Speaker

FILE = "descriptions.yaml"
_QUALIFIER_DEPS = ("compound", "amod", "nmod", "poss")


@dataclass(frozen=True)
class Bodies:
    """Head nouns of descriptions of bodies: those that fit any body, and those that fit a
    body whose name holds one of some words."""

    any: frozenset[str]
    non_state: frozenset[str]
    acronym: frozenset[str]
    named: dict[str, tuple[str, ...]]
    state_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wanted:
    """What a description asks of the body it refers back to."""

    words: tuple[str, ...] | None  # a word the body's name must hold; None: any body
    qualifiers: tuple[str, ...]  # country or people words that must fit the body too
    non_state: bool = False  # no government, state body or intergovernmental organisation
    state_words: tuple[str, ...] = ()  # words of a state body's name (for non_state)
    acronym: bool = False  # also a body named by an acronym, or an outlet
    kinds: tuple[str, ...] = ()  # nouns that say which body ("space agency"): in its name


def _fail(message: str) -> DataFileError:
    return DataFileError(
        message, input=f"newsgraph/attribution/data/{FILE}", hint="fix the file and reload"
    )


def _word_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(f"{where} must be a list of non-empty strings")
    if any(v != v.lower() for v in value):
        raise _fail(f"{where}: every word must be lowercase")
    return value


def validate(data: dict[str, Any]) -> Bodies:
    """Check the file's parts and build `Bodies`; a bad file raises DataFileError [NG300]."""
    named = data.get("named")
    if not isinstance(named, dict) or not named:
        raise _fail("needs a 'named' mapping of head nouns to word lists")
    any_heads = frozenset(_word_list(data.get("any"), "any"))
    non_state = frozenset(_word_list(data.get("non_state"), "non_state"))
    acronym = frozenset(_word_list(data.get("acronym"), "acronym"))
    table = {head: tuple(_word_list(words, f"named.{head}")) for head, words in named.items()}
    if acronym - set(table):
        raise _fail(f"acronym head {sorted(acronym - set(table))[0]!r} needs a 'named' entry")
    for a, b, where in (
        (any_heads, non_state, "non_state"),
        (any_heads | non_state, table, "named"),
    ):
        both = a & set(b)
        if both:
            raise _fail(f"{sorted(both)[0]!r} is listed twice (again under {where!r})")
    state = tuple(_word_list(data.get("state_words"), "state_words"))
    return Bodies(any_heads, non_state, acronym, table, state)


@cache
def load() -> Bodies:
    text = resources.files("newsgraph.attribution").joinpath("data", FILE).read_text("utf-8")
    return validate(parse(FILE, text))


def wanted(tokens: list[Token], head: Token, bodies: Bodies) -> Wanted | None:
    """What body a mention describes, when it is a definite singular description of one
    ("the group", "the Russian army"); None for anything else ("a group", "Hamas")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not tokens or tokens[0].lower_ != "the":
        return None
    lemma = head.lemma_.lower()
    if lemma in bodies.any or lemma in bodies.non_state:
        words = None
    elif lemma in bodies.named:
        words = bodies.named[lemma]
    else:
        return None
    if any(t.ent_type_ == "PERSON" or t.dep_ in ("relcl", "acl", "appos") for t in tokens):
        return None
    if any(t.pos_ == "PROPN" for t in head.subtree if t.i > head.i):
        return None  # "the technology company NGP VAN": a name of its own
    qualifiers = tuple(
        t.lower_
        for t in head.children
        if t.dep_ in _QUALIFIER_DEPS
        and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG"))
        and not (t.i + 1 < len(t.doc) and t.nbor(1).text in ("-", "‐"))  # "Iran-backed"
    )
    non_state = lemma in bodies.non_state
    state = bodies.state_words if non_state else ()
    kinds = tuple(  # "the space agency", "the news agency": a noun that says which body
        t.lower_ for t in head.children if t.dep_ == "compound" and t.pos_ == "NOUN"
    )
    return Wanted(
        words,
        qualifiers,
        non_state=non_state,
        acronym=lemma in bodies.acronym,
        state_words=state,
        kinds=kinds,
    )


#: CAMEO sectors of state bodies, intergovernmental organisations and parties: never "the
#: group" or "the company"
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "IGO", "PTY"})


def fits(sp: Speaker, want: Wanted, country_of, sector: str | None) -> bool:
    """Can ``sp`` (of CAMEO ``sector``) be the body the description asks for? ``country_of``
    maps a country or people word to its ISO3 code (or None)."""
    if sp.type not in ("organisation", "outlet") or " and " in (sp.name or ""):
        return False  # not "Clinton and Sanders", who speak together
    mention = sp.span.text.split(",")[0] if sp.span else ""
    names = f"{sp.name or ''} {mention}".lower()
    if want.non_state and (
        sp.type != "organisation"
        or sector in STATE_SECTORS
        or (sector is None and any(w in names for w in want.state_words))
    ):
        return False
    if want.words is not None and not any(w in names for w in want.words):
        if not (want.acronym and (_acronym(sp.name or "") or sector in ("MED", "IGO"))):
            return False
    words = set(names.split())
    if any(k not in names for k in want.kinds) and not _acronym(sp.name or ""):
        return False  # "the space agency" is not the refugee agency that spoke before
    for q in want.qualifiers:
        code = country_of(q)
        if q not in words and (code is None or (sp.actor or "")[:3] != code):
            return False
    return True


def _acronym(name: str) -> bool:
    """ "FBI", "IAEA", "KCNA": a name of capitals only."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
