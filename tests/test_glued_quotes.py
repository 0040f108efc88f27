"""Quote marks typed with no space next to them are tokens of their own (sentences written
for these tests)."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.glued_quotes import split_glued_quotes


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    split_glued_quotes(nlp)
    split_glued_quotes(nlp)  # a second call changes nothing
    return nlp


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ('She said,"No."', ["She", "said", ",", '"', "No", ".", '"']),
        ('"No,"she said.', ['"', "No", ",", '"', "she", "said", "."]),
        ("He told them:“Wait.”", ["He", "told", "them", ":", "“", "Wait", ".", "”"]),
        (
            'It ended."Go home," he said.',
            ["It", "ended", ".", '"', "Go", "home", ",", '"', "he", "said", "."],
        ),
    ],
)
def test_a_glued_quote_mark_is_split_off(blank, text, tokens):
    assert [t.text for t in blank(text)] == tokens


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They don't know.", "n't"),  # an apostrophe stays in its word
        ("They don’t know.", "n’t"),
        ("He is 5'10\" tall.", "5'10"),  # inches after a digit
    ],
)
def test_apostrophes_and_inches_are_not_quotes(blank, text, kept):
    assert kept in [t.text for t in blank(text)]


def test_the_reader_finds_a_quote_glued_to_its_cue(reader):
    (s,) = reader.read('The minister said,"We will not give up."').statements
    assert s.kind == "direct" and s.content.text == "We will not give up"
    assert s.speaker.span.text == "minister" or s.speaker.span.text == "The minister"


def test_the_reader_keeps_a_speaker_glued_after_the_quote(reader):
    (s,) = reader.read('"We will not give up,"the minister said.').statements
    assert s.kind == "direct" and s.content.text == "We will not give up"
