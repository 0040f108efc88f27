"""Naming markers on sentences written for these tests, and the term list itself."""

from __future__ import annotations

import pytest

from newsgraph.errors import DataFileError
from newsgraph.markers.terms import find, load, parse
from newsgraph.markers.voice import parse as parse_voice
from newsgraph.markers.voice import voice_of
from newsgraph.model import Span, Speaker, Statement


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


# --------------------------------------------------------------------------- voice rules


def _voice(reader, text: str, term: str, statements=()):
    """The voice of the first `term` in `text`, from the parse alone (and given statements)."""
    doc = reader.nlp(text)
    start = text.index(term)
    return voice_of(doc, start, start + len(term), list(statements))[0]


def _statement(text: str, cue: str, content: str, kind: str = "indirect") -> Statement:
    c0, k0 = text.index(content), text.index(cue)
    return Statement(
        id="s1",
        kind=kind,
        speaker=Speaker(name="someone", type="person"),
        cue=Span.of(text, k0, k0 + len(cue)),
        content=Span.of(text, c0, c0 + len(content)),
    )


def test_quotation_marks_nested_unclosed_titles_and_scare_quotes(reader):
    nested = '"We reject the so-called “referendum” and all it stands for," the envoy said.'
    assert _voice(reader, nested, "so-called") == "quote"
    unclosed = '"The regime has shelled our streets every night since May\nNext paragraph.'
    assert _voice(reader, unclosed, "regime") == "quote"
    title = "A report titled “Shelling hits homes in Kharkiv overnight” ran on Monday."
    assert _voice(reader, title, "Kharkiv") == "narration"
    scare = "The “regime” cut the power again on Monday."
    assert _voice(reader, scare, "regime") == "narration"


def test_a_word_quoted_inside_reported_speech_is_a_quote(reader):
    text = "Kovac said the “regime” had lied to the town for years."
    st = _statement(text, "said", "the “regime” had lied to the town for years")
    assert _voice(reader, text, "regime", [st]) == "quote"


def test_reported_clauses_the_parse_shows_are_attributed(reader):
    assert _voice(reader, "The envoy restated that the regime had failed.", "regime") == (
        "attributed"
    )
    told = "The minister told the partners about the regime's new attacks on ports."
    assert _voice(reader, told, "regime") == "attributed"
    claims = "Officials in Kyiv rejected claims that the referendum in Crimea was fair."
    assert _voice(reader, claims, "Crimea") == "attributed"
    frame = "The envoy said on Monday in Kyiv that talks would resume."
    assert _voice(reader, frame, "Kyiv") == "narration"  # where it was said is narration


def test_headlines_that_end_says_x_are_attributed(reader):
    text = "Regime will fall within a year, says opposition leader\n\nThe story begins here."
    assert _voice(reader, text, "Regime") == "attributed"


def test_statements_of_things_and_stances_are_not_reported_words(reader):
    stance = "The minister reiterated his country's stance on the Kiev talks on Friday."
    st = _statement(stance, "reiterated", "his country's stance on the Kiev talks")
    assert _voice(reader, stance, "Kiev", [st]) == "narration"
    wish = "The rebels want the army to leave Kharkiv before the winter."
    st = _statement(wish, "want", "the army to leave Kharkiv before the winter")
    assert _voice(reader, wish, "Kharkiv", [st]) == "narration"
    charge = "The government accused the rebels of shelling the market."
    st = _statement(charge, "accused", "the rebels of shelling the market")
    assert _voice(reader, charge, "rebels", [st]) == "attributed"


def test_an_editors_bracket_inside_a_name_is_matched():
    text = '"[Ukrainian President Volodymyr] Zelensky must step back," he said.'
    (hit,) = [h for h in find(text) if h[2].group == "Volodymyr Zelensky"]
    assert text[hit[0] : hit[1]] == "Volodymyr] Zelensky" and hit[2].variant == "Volodymyr Zelensky"


def test_the_voice_word_lists_are_validated():
    with pytest.raises(DataFileError, match="non-empty list"):
        parse_voice({"reporting_verbs": []})
