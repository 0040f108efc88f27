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
