"""The attribution modules' word lists (data/words.yaml): the packaged file loads and validates,
broken files are refused with a clear error, and a few readings depend on the lists."""

from __future__ import annotations

import importlib
from importlib import resources

import pytest

from newsgraph.attribution import lexicon
from newsgraph.errors import DataFileError

HEADER = "# Word lists, written by the newsgraph authors. Last reviewed 2026-12.\nversion: 1\n"


def _load(body: str):
    return lexicon.load_words(lexicon.parse("words.yaml", HEADER + body, lexicon._UniqueKeys))


def test_packaged_file_has_header_with_source_and_review_date():
    text = resources.files("newsgraph.attribution").joinpath("data", "words.yaml").read_text()
    header = "\n".join(line for line in text.splitlines()[:8] if line.startswith("#"))
    assert "newsgraph authors" in header and "Last reviewed 2026-12" in header


def test_packaged_lists_are_non_empty_lowercase_and_distinct():
    modules = lexicon._all_words()
    assert {"verb_cues", "entities", "people", "cues", "nesting", "content"} <= set(modules)
    for lists in modules.values():
        for words in lists.values():
            assert words and all(w == w.lower() for w in words)
            if not isinstance(words, dict):
                assert len(set(words)) == len(words)


def test_loaded_once():
    assert lexicon.words("people") is lexicon.words("people")


@pytest.mark.parametrize("module", sorted(set(lexicon._all_words()) - {"lexicon", "spans"}))
def test_every_list_is_the_constant_its_module_uses(module):
    mod = importlib.import_module(f"newsgraph.attribution.{module}")
    for key, words in lexicon.words(module).items():
        name = next(n for n in (f"_{key.upper()}", key.upper()) if hasattr(mod, n))
        value = getattr(mod, name)
        if isinstance(words, dict):
            assert value == words
        else:  # mentions' skip list keeps its comma in code
            assert set(value) - {","} == set(words), name


def test_every_connective_opens_a_sentence():
    from newsgraph.attribution import spans

    for w in lexicon.words("spans")["connectives"]:
        assert spans._CONNECTIVE.fullmatch(f"{w.capitalize()}, "), w


def test_irregular_forms_reach_the_inflections():
    assert {"wrote", "written"} <= lexicon.inflections("write")
    assert "sought" in lexicon.inflections("seek")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("m:\n  a: [say, say]\n", r"m\.a: 'say' listed twice"),
        ("m:\n  a: say\n", r"m\.a: expected a non-empty list of words"),
        ("m:\n  a: [say, 3]\n", r"m\.a: 3 must be a non-empty string"),
        ("m:\n  a: [yes, no]\n", r"m\.a: True must be a non-empty string"),  # YAML booleans
        ("m:\n  a: []\n", r"m\.a: expected a non-empty list of words"),
        ("m:\n  a: [Say]\n", r"'Say' must be lowercase"),
        ("m:\n  a: {he: 3}\n", r"m\.a\.he: 3 must be a non-empty string"),  # no numbers here
        ("m:\n  a: {he: null}\n", r"m\.a\.he: None must be a non-empty string"),
        ("m: [say]\n", "m: expected a mapping of word lists"),
        ("m:\n  a: [say]\n  a: [tell]\n", "line 5: key 'a' is written twice"),
    ],
)
def test_malformed_entry_is_refused(body, message):
    with pytest.raises(DataFileError, match=message):
        _load(body)


def test_file_without_header_is_refused():
    with pytest.raises(DataFileError, match="comment header"):
        lexicon.parse("words.yaml", "version: 1\nm:\n  a: [say]\n", lexicon._UniqueKeys)


def _statements(reader, text):
    return [
        (s.speaker.name, s.cue.text if s.cue else None, s.content.text)
        for s in reader.read(text).statements
    ]


def test_said_nothing_is_a_statement(reader):
    # verb_cues.said_words: "nothing" stands for what was said
    got = _statements(reader, "Pressed on the merger, the chief executive said nothing.")
    assert ("chief executive", "said", "nothing") in got


def test_a_foretold_cue_inside_content_is_no_statement(reader):
    # nesting.modals: "would deny" inside the mayor's words is part of them
    got = _statements(reader, "The mayor said the governor would deny the report.")
    assert [cue for _, cue, _ in got] == ["said"]


def test_concessive_tail_is_the_writers(reader):
    # content.concessive: ", even as ..." ends the content
    text = "The minister said the economy was recovering, even as unemployment rose in the north."
    assert _statements(reader, text) == [("minister", "said", "the economy was recovering")]


def test_in_a_poll_is_a_source(reader):
    # phrase_cues.polls: the poll says what its respondents said
    text = "In a poll published on Sunday, 60 percent said they backed the plan."
    assert "poll" in [name for name, _, _ in _statements(reader, text)]


def test_in_someones_view_names_the_viewer(reader):
    # entities.view_nouns: "in the minister's view" is the minister's statement
    got = _statements(reader, "In the minister's view, the sanctions have failed to change much.")
    assert [name for name, _, _ in got] == ["minister"]


def test_she_is_not_the_man_named_last(reader):
    # people.pronoun_gender: "she" does not go to a man
    text = "Mayor Ana Ruiz spoke after Governor Paul Dent left. She said the budget was balanced."
    assert [name for name, _, _ in _statements(reader, text)] != ["Paul Dent"]
