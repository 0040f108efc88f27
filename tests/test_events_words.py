"""The word lists of the event stages (`events/data/words.yaml`): loaded, checked, used.

Sentences are our own. Each list test reads a sentence whose coding depends on one moved
list, then reads it again with that list emptied: the code must change, so losing the list
from the data file cannot go unnoticed.
"""

import datetime as dt

import pytest

from newsgraph.errors import EventPatternError
from newsgraph.events import lexis

PUBLISHED = dt.date(2026, 3, 2)
HEADER = "# What: test words\n# Source: the tests\n# Reviewed: 2026-12\nversion: 1\n"


def test_words_file_loads_and_is_checked():
    words = lexis.words()
    assert words is lexis.words()  # loaded once
    assert {"modality"} <= set(words)
    for section, entries in words.items():
        for name, value in entries.items():
            assert value, f"{section}.{name} is empty"
            items = value if isinstance(value, tuple) else tuple(value)
            assert len(set(items)) == len(items)
            assert all(w == w.lower() for w in items)


def test_loaders_keep_the_module_names():
    from newsgraph.events import modality

    assert modality.HOME_NOUNS == lexis.word_set("modality", "home_nouns")
    assert "airspace" in modality.HOME_NOUNS
    assert isinstance(modality.MOVE_HEADS, frozenset)


def test_mappings_keep_their_values():
    from newsgraph.events import participants

    assert participants.ROLE_KIN["spokesman"] == ("spokesperson", "spokeswoman")
    assert participants.PAIR_NOUNS["leader"] == "person"
    assert "side" in participants.PAIR_NOUNS and participants.PAIR_NOUNS["side"] is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("m:\n  a: [x, y, x]\n", "'x' listed twice"),
        ("m:\n  a: [x, 3]\n", "must be a non-empty string"),
        ("m:\n  a: [x, Y]\n", "must be lowercase"),
        ("m:\n  a: []\n", "non-empty list"),
        ("m:\n  a: word\n", "non-empty list"),
        ("m:\n  a: [x]\n  a: [y]\n", "written twice"),
        ("m:\n  a: {x: [p, p]}\n", "'p' listed twice"),
        ("m: [x]\n", "expected a mapping of word lists"),
    ],
)
def test_malformed_entries_are_rejected(body, message):
    with pytest.raises(EventPatternError, match=message) as err:
        lexis.parse(HEADER + body)
    assert "words.yaml" in str(err.value) and "[NG320]" in str(err.value)


def test_header_and_version_are_required():
    with pytest.raises(EventPatternError, match="Source"):
        lexis.parse("# What: words\nversion: 1\nm:\n  a: [x]\n")
    with pytest.raises(EventPatternError, match="version: 1"):
        lexis.parse(HEADER.replace("version: 1", "version: 7") + "m:\n  a: [x]\n")


def test_a_missing_list_is_named():
    with pytest.raises(EventPatternError, match="modality.no_such_list is missing"):
        lexis.word_set("modality", "no_such_list")


def _codes(code, text):
    return [
        (e.cameo, e.source and e.source.country, e.target and e.target.country) for e in code(text)
    ]


@pytest.mark.parametrize(
    ("module", "name", "text", "expected"),
    [
        (
            "modality",
            "READY_WORDS",
            "Pyongyang said it was poised to strike the United States.",
            ("1384", "PRK", "USA"),
        ),
        (
            "modality",
            "OWED_HEADS",
            "Turkey said Sweden had to extradite the suspects before it would approve the bid.",
            ("101", "TUR", "SWE"),
        ),
        (
            "modality",
            "NECESSARY_WORDS",
            "Iran's foreign minister said it was necessary for Israel to withdraw from Lebanon.",
            ("105", "IRN", "ISR"),
        ),
        (
            "assembly",
            "AGREEING",
            "Japan and South Korea agreed to resume security talks, officials in Tokyo said.",
            ("036", "JPN", "KOR"),
        ),
        (
            "assembly",
            "APART",
            "Both China and the Philippines conducted patrols near the shoal on Friday.",
            ("150", "CHN", None),
        ),
        (
            "speech",
            "HARM_VERBS",
            "Any further provocation will only isolate Pyongyang, the South Korean foreign "
            "minister said.",
            ("130", "KOR", "PRK"),
        ),
        (
            "speech",
            "SUFFERED_VERBS",
            "Iran will pay a heavy price for its attack, the Israeli defence minister said.",
            ("130", "ISR", "IRN"),
        ),
        (
            "speech",
            "FORCE_NOUNS",
            "The coup leaders must restore the president within a week or face military "
            "intervention, Nigeria's foreign minister said.",
            ("138", "NGA", None),
        ),
        (
            "participants",
            "STATELESS",
            "Foreign troops must leave Mali by the end of the year, the junta said.",
            ("100", "MLI", None),
        ),
        (
            "terms",
            "DEADLINE_VERBS",
            "ECOWAS gave Niger's junta a week to restore the president or face military action.",
            ("100", None, "NER"),
        ),
        (
            "terms",
            "OWN_NOUNS",
            "Our country needs more air defence systems, the Ukrainian president told Germany.",
            ("0232", "UKR", "DEU"),
        ),
        (
            "triggers",
            "SAYING_VERBS",
            "The Kremlin would not say that Russia had fired the missile at Poland.",
            ("194", "RUS", "POL"),
        ),
        (
            "matching",
            "CARRY_VERBS",
            "Turkey sent a plane loaded with tents to Syria on Monday.",
            ("073", "TUR", "SYR"),
        ),
    ],
)
def test_coding_depends_on_the_moved_list(code, monkeypatch, module, name, text, expected):
    import importlib

    assert expected in _codes(code, text)
    monkeypatch.setattr(importlib.import_module(f"newsgraph.events.{module}"), name, frozenset())
    assert expected not in _codes(code, text)


def test_background_heads_keep_a_background_act_out(code, monkeypatch):
    from newsgraph.events import nominals

    text = "In the aftermath of the Israeli strike on Iran, Tehran recalled its envoy."
    assert ("161", "IRN", "ISR") in _codes(code, text)
    assert ("190", "ISR", "IRN") not in _codes(code, text)
    monkeypatch.setattr(nominals, "BACKGROUND_HEADS", frozenset())
    assert ("190", "ISR", "IRN") in _codes(code, text)


def test_a_backing_country_is_not_the_actor(code, monkeypatch):
    from newsgraph.events import countries

    text = "Iran-backed militias attacked a US base in Syria on Sunday."
    assert not any(source == "IRN" for _, source, _ in _codes(code, text))
    monkeypatch.setattr(countries, "BACKING", frozenset())
    assert any(source == "IRN" for _, source, _ in _codes(code, text))


def test_a_party_acting_along_with_the_subject_is_no_target(code, monkeypatch):
    from newsgraph.events import arguments

    text = "Finland applied to join NATO together with Sweden in May."
    assert ("022", "FIN", None) in _codes(code, text)
    monkeypatch.setattr(arguments, "ALONG_WORDS", frozenset())
    assert ("022", "FIN", "SWE") in _codes(code, text)
