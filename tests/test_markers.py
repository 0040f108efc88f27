"""Naming markers on sentences written for these tests, and the term list itself."""

from __future__ import annotations

import pytest

from newsgraph.errors import DataFileError
from newsgraph.markers.terms import find, load, parse


def test_the_term_list_is_large_and_sourced():
    terms = load()
    assert len(terms.groups) >= 50
    assert {"Kyiv", "Kharkiv", "Donbas", "invasion", "so-called", "regime"} <= set(terms.groups)


def test_find_names_the_group_and_the_variant():
    hits = find("Trains from Kiev to Kharkov ran late, and the so-called referendum went ahead.")
    assert [(h[2].group, h[2].variant) for h in hits] == [
        ("Kyiv", "Kiev"),
        ("Kharkiv", "Kharkov"),
        ("so-called", "so-called"),
    ]


def test_names_match_only_as_written_and_whole():
    assert find("a kievan chronicle; Kyivstar shares") == []


def test_a_bad_entry_is_refused_with_its_code():
    with pytest.raises(DataFileError, match="no 'source'"):
        parse({"entries": [{"group": "X", "kind": "place", "variants": {"X": "a"}}]})
    with pytest.raises(DataFileError, match="listed twice"):
        parse(
            {
                "entries": [
                    {"group": "A", "kind": "place", "variants": {"Kiev": "r"}, "source": "s"},
                    {"group": "B", "kind": "place", "variants": {"Kiev": "r"}, "source": "s"},
                ]
            }
        )


def test_voice_narration_quote_and_attributed(reader):
    text = (
        "The regime in the capital cut the power again on Monday. "
        '"The regime has lied to us for years," said Maria Kovac, a teacher. '
        "Officials in Kyiv said the invasion had damaged two substations."
    )
    reading = reader.read(text)
    voices = {(m.span.text, m.voice) for m in reading.markers}
    assert ("regime", "narration") in voices
    assert ("regime", "quote") in voices
    assert ("invasion", "attributed") in voices
    quoted = next(m for m in reading.markers if m.voice == "quote")
    assert quoted.speaker == "Maria Kovac"
    for m in reading.markers:
        assert text[m.span.start : m.span.end] == m.span.text
