"""The shared loader of word-list files (newsgraph.wordlists): one set of checks, each owner's
error class, and a clear error (never a traceback of PyYAML) for a bad file."""

from __future__ import annotations

import pytest

from newsgraph import wordlists
from newsgraph.errors import DataFileError, EventPatternError, NewsgraphError


class OwnError(NewsgraphError):
    code = "NG999"


def _fail(message: str) -> OwnError:
    return OwnError(message, input="words.yaml")


def test_a_good_file_gives_tuples_and_mappings():
    text = "version: 1\nm:\n  a: [say, tell]\n  b: {he: m, they: [p, q]}\n"
    assert wordlists.parse(text, _fail) == {
        "m": {"a": ("say", "tell"), "b": {"he": "m", "they": ("p", "q")}}
    }


def test_numbers_and_null_only_where_the_owner_allows_them():
    text = "version: 1\nm:\n  a: {side: null, pair: 2}\n"
    assert wordlists.parse(text, _fail, numbers_and_null=True) == {
        "m": {"a": {"side": None, "pair": 2}}
    }
    with pytest.raises(OwnError, match=r"m\.a\.side: None must be a non-empty string"):
        wordlists.parse(text, _fail)
    with pytest.raises(OwnError, match=r"m\.a\.ok: True must be a non-empty string"):
        wordlists.parse("version: 1\nm:\n  a: {ok: yes}\n", _fail, numbers_and_null=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("m:\n  a: [x]\n", "expected a mapping with version: 1"),
        ("version: 2\nm:\n  a: [x]\n", "expected a mapping with version: 1"),
        ("- just\n- a list\n", "expected a mapping with version: 1"),
        ("version: 1\nm:\n  a: [x\n", "not valid YAML"),
        ("version: 1\nm:\n  a: [x, '  ']\n", r"m\.a: '  ' must be a non-empty string"),
        ("version: 1\nm:\n  a: [x, X]\n", r"m\.a: 'X' must be lowercase"),
        ("version: 1\nm:\n  a: [x, y, x, y]\n", r"m\.a: 'x', 'y' listed twice"),
        ("version: 1\nm:\n  a: {}\n", r"m\.a: expected a non-empty mapping"),
        ("version: 1\nm:\n  a: {X: y}\n", r"m\.a: 'X' must be lowercase"),
        ("version: 1\nm: {}\n", "m: expected a mapping of word lists"),
        ("version: 1\nm:\n  a: [x]\nm:\n  b: [y]\n", "line 4: key 'm' is written twice"),
    ],
)
def test_a_bad_file_raises_the_owners_error(text, message):
    with pytest.raises(OwnError, match=message) as err:
        wordlists.parse(text, _fail)
    assert "words.yaml" in str(err.value) and "[NG999]" in str(err.value)


def test_each_package_gets_its_own_error_class():
    from newsgraph.attribution import lexicon
    from newsgraph.events import lexis

    head = "# What: w\n# Source: s\n# Reviewed: 2026-12\nversion: 1\n"
    with pytest.raises(EventPatternError, match=r"m\.a: 'x' listed twice"):
        lexis.parse(head + "m:\n  a: [x, x]\n")
    with pytest.raises(DataFileError, match=r"m\.a: 'x' listed twice") as err:
        lexicon.load_words(
            lexicon.parse("words.yaml", head + "m:\n  a: [x, x]\n", lexicon._UniqueKeys)
        )
    assert not isinstance(err.value, EventPatternError)
    assert "newsgraph/attribution/data/words.yaml" in str(err.value)
    with pytest.raises(DataFileError, match="line 7: key 'a' is written twice"):
        lexicon.parse("words.yaml", head + "m:\n  a: [x]\n  a: [y]\n", lexicon._UniqueKeys)


def test_the_packaged_files_load_through_it():
    from newsgraph.attribution import lexicon
    from newsgraph.events import lexis

    assert lexis.words()["modality"] and lexicon.words("people")
