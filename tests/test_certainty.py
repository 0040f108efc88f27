"""Certainty of statements and events (FactBank's scale) on sentences of our own, and the seed."""

from __future__ import annotations

import pytest

from newsgraph.hedges.certainty import LEVELS, lower, make
from newsgraph.model import Certainty


def statement(reader, text, cue):
    reading = reader.read(text)
    hits = [s for s in reading.statements if s.cue and s.cue.text == cue]
    assert hits, [(s.cue.text if s.cue else None) for s in reading.statements]
    return hits[0]


def event(reader, text, trigger):
    reading = reader.read(text)
    hits = [e for e in reading.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in reading.events]
    return hits[0]


def test_codes_follow_factbank():
    assert Certainty().code == "CT+"
    assert Certainty(level="probable").code == "PR+"
    assert Certainty(level="possible", polarity="negative").code == "PS-"
    assert Certainty(level="unknown").code == "Uu"
    assert Certainty(polarity="unknown").level == "unknown"


def test_lower_never_raises():
    assert lower(make("possible"), "probable").level == "possible"
    assert lower(make(), "probable").level == "probable"
    assert LEVELS.index("certain") > LEVELS.index("unknown")


def test_said_is_certain_for_the_writer_and_the_content_is_not(reader):
    s = statement(reader, "The mayor said the bridge would reopen in May.", "said")
    assert s.said_certainty.code == "CT+" and s.said_certainty.holder == "writer"
    assert s.writer_certainty.code == "Uu"
    assert s.certainty.code == "CT+" and s.certainty.holder == "speaker"
    assert s.certainty.source == s.speaker.name


def test_denial_is_negative_for_the_speaker(reader):
    s = statement(reader, "The ministry denied that troops had crossed the border.", "denied")
    assert s.certainty.code == "CT-"


def test_a_hedge_in_the_content_lowers_the_speaker(reader):
    s = statement(reader, "The mayor said the bridge might reopen in May.", "said")
    assert s.certainty.code == "PS+"


def test_belief_is_probable(reader):
    s = statement(reader, "The mayor thinks the bridge will reopen in May.", "thinks")
    assert s.certainty.code == "PR+"


def test_reportedly_lowers_the_writer(reader):
    reading = reader.read("The mayor has reportedly resigned.")
    (s,) = reading.statements
    assert s.writer_certainty.code == "PR+"
    (h,) = reading.hedges
    assert h.statements == [s.id] and h.holder == "writer"


@pytest.mark.parametrize(
    "text",
    [
        "The army has not confirmed or denied the plan.",
        "The army would neither confirm nor deny the plan.",
        "The army has not denied the plan.",
    ],
)
def test_a_non_answer_is_never_a_denial(reader, text):
    reading = reader.read(text)
    assert reading.statements
    for s in reading.statements:
        assert s.cue_class != "deny", s
        assert s.certainty.code == "Uu"
    assert len(reading.statements) == 1


def test_narrated_event_is_the_writers_fact(reader):
    e = event(reader, "Russia attacked Ukraine on Monday.", "attacked")
    assert e.certainty.code == "CT+" and e.certainty.holder == "writer" and not e.hedges


def test_negated_event_is_negative(reader):
    assert event(reader, "Russia did not attack Ukraine.", "attack").certainty.code == "CT-"


def test_hedged_event_is_possible(reader):
    reading = reader.read("Russia may attack Ukraine next week.")
    (e,) = reading.events
    assert e.certainty.code == "PS+" and e.hedges == [reading.hedges[0].id]
    assert reading.hedges[0].events == [e.id]


def test_event_in_a_denial_is_negative_for_the_speaker(reader):
    text = "Officials denied that Russia had attacked Ukraine."
    e = event(reader, text, "attacked")
    assert e.certainty.code == "CT-" and e.certainty.holder == "speaker"


def test_event_in_a_claim_with_no_speaker_is_uncommitted(reader):
    text = "Western claims that Russia attacked Ukraine are false."
    assert event(reader, text, "attacked").certainty.code == "Uu"


def test_hypothetical_event_is_unknown(reader):
    reading = reader.read("Russia would attack Ukraine if the talks failed.")
    assert reading.events and all(e.certainty.code == "Uu" for e in reading.events)


# -- the seed -----------------------------------------------------------------------------------
SEED_HEDGES = [
    ("reportedly", "evidential"),
    ("has not officially confirmed or denied", "non-committal"),
    ("all but confirmed", "non-committal"),
    ("claimed", "distancing"),
    ("did not specify", "non-committal"),
]


@pytest.mark.parametrize("text,kind", SEED_HEDGES)
def test_seed_hedges_have_kind_scope_and_statement(seed_reading, text, kind):
    hits = [h for h in seed_reading.hedges if h.span.text == text]
    assert hits and hits[0].kind == kind
    assert hits[0].statements and hits[0].scope is not None


def test_seed_has_no_denial_of_the_plans(seed_reading):
    for s in seed_reading.statements:
        if s.cue_phrase and "confirmed or denied" in s.cue_phrase.text:
            assert s.cue_class == "refuse-comment" and s.certainty.code == "Uu"
    assert not [s for s in seed_reading.statements if s.cue_class == "deny"]


def test_seed_blocked_proposal_is_hedged(seed_reading):
    blocked = next(e for e in seed_reading.events if e.trigger.text == "blocked")
    assert blocked.certainty.level == "probable" and blocked.hedges


def test_seed_all_but_confirmed_is_probable(seed_reading):
    s = next(
        s
        for s in seed_reading.statements
        if any(h.span.text == "all but confirmed" for h in s.hedges)
    )
    assert s.certainty.code == "PR+"
