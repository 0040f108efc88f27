"""Speakers on news shapes where the right one is easy to confuse with another in the same
sentence or paragraph: a body of a state against the state, a pronoun against a party the
statement names. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
)


def speaker_of(text: str, words: str):
    found = [s for s in read_statements(text) if words in s.content.text]
    assert found, f"no statement holds {words!r} in {text!r}"
    return found[0].speaker


# -- a body of a state ("Turkey's central bank") is that body, coded by its country -------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Turkey's central bank raised rates again on Thursday. It said inflation remained "
            "far above its target.",
            "inflation remained far above",
            "Turkey's central bank",
        ),
        (
            "Nigeria's electoral commission postponed the vote by a week. It cited problems with "
            "the delivery of ballot papers.",
            "problems with the delivery",
            "Nigeria's electoral commission",
        ),
        (
            "Germany's foreign office summoned the Russian envoy on Friday. It said the attack on "
            "the consulate was unacceptable.",
            "the attack on the consulate",
            "Germany's foreign office",
        ),
        (
            "The Turkish central bank said inflation would ease by the summer.",
            "inflation would ease",
            "Turkish central bank",
        ),
    ],
)
def test_a_body_of_a_state_is_the_body_not_the_state(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")
    assert sp.actor is not None and sp.actor[:3] in ("TUR", "NGA", "DEU")


def test_the_state_itself_stays_the_state():
    sp = speaker_of("Turkey said on Monday it would reopen the crossing.", "reopen the crossing")
    assert (sp.name, sp.type) == ("Turkey", "country")
