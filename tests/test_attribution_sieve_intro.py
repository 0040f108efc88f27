"""The ``intro`` sieve: a quote a clause without a cue introduces with a colon is the clause's
subject's, not the last speaker's. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
)


def _holding(text: str, words: str):
    found = [s for s in read_statements(text) if words in s.content.text]
    assert found, f"no statement holds {words!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Prime Minister Tomas Berg said the talks would go on. His rival Karin Holm was "
            'blunter: "The talks are dead and everyone knows it."',
            "The talks are dead",
            "Karin Holm",
        ),
        (
            "Officials said the fire was under control. But resident Omar Haddad, 61, had a "
            'warning: "It will come back when the wind turns."',
            "come back when the wind",
            "Omar Haddad",
        ),
        (
            "The minister said the plan was sound. For opposition leader Karin Holm, the answer "
            'is simple: "Scrap it and start again."',
            "Scrap it and start",
            "Karin Holm",
        ),
        (
            '"We will rebuild the bridge," Governor Ruth Adler said. Mayor Mark Stone was in no '
            'mood to celebrate: "The money came a year too late."',
            "The money came a year",
            "Mark Stone",
        ),
    ],
)
def test_the_subject_of_the_clause_before_the_colon_speaks(text, words, name):
    s = _holding(text, words)
    assert s.speaker.name == name
    assert s.speaker.by == "colon"
    assert s.kind == "direct"


def test_a_subject_that_cannot_speak_gives_no_speaker_of_its_own():
    text = 'The mayor said the bridge would reopen. The reason is simple: "The money has come."'
    s = _holding(text, "The money has come")
    assert s.speaker.by != "colon"


def test_a_subject_in_a_relative_clause_is_not_the_clause_s():
    text = (
        "The paper ran a headline which hits the council where it hurts: "
        '"Budget cuts close three libraries."'
    )
    assert not [
        s for s in read_statements(text) if s.speaker.by == "colon" and s.speaker.name == "council"
    ]


# -- the dash sieve: a name on the line under a quote paragraph ----------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'Fact check\n\n"Unemployment has never been lower in this country."\n\n'
            "- Mayor Tom Hale.\n\nHale overstates the figure.",
            "Unemployment has never been lower",
            "Tom Hale",
        ),
        (
            '"We will not raise taxes on working families. Not one penny."\n\n'
            "- Finance Minister Lena Ortiz, in a speech in Leeds.\n\nThe claim does not hold up.",
            "We will not raise taxes",
            "Lena Ortiz",
        ),
    ],
)
def test_a_name_on_a_dash_line_under_a_quote_speaks_it(text, words, name):
    s = _holding(text, words)
    assert s.speaker.name == name
    assert s.speaker.by == "dash"


def test_a_heading_between_dashes_names_no_one():
    text = (
        'The report came out on Monday.\n\n"It is a day of shame for the city."\n\n'
        "– A new start –\n\nThe council met again on Tuesday."
    )
    assert not [s for s in read_statements(text) if s.speaker.by == "dash"]
