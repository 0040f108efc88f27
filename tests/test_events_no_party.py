"""Happenings that no party does, on our own sentences: a dispute, row or conflict "with X"
that threatens to derail or explode is no threat of X's (nor of a speaker named with it); a
clause joined by "as" with a subject of its own is not the act of the main clause's subject.
Acts of parties in such sentences are still coded."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The dispute with Beijing threatened to derail the talks.",
        "The row with Moscow threatened to spill over into the energy market.",
        "The Israeli military was preparing to expand its strikes as the border conflict with "
        "Hezbollah threatened to explode into a wider war.",
        "Pakistan closed the crossing as the quarrel with Kabul threatened to turn violent.",
    ],
)
def test_a_dispute_threatens_for_no_one(code, text):
    assert not [e for e in code(text) if e.root == "13"]


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Kenya recalled its ambassador as the dispute with Somalia escalated.", "16", "KEN"),
        (
            "Tensions rose as the standoff with Caracas dragged on, and Guyana asked the UN for "
            "help.",
            "02",
            "GUY",
        ),
    ],
)
def test_parties_of_such_sentences_still_act(code, text, root, source):
    assert any(e.root == root and e.source and e.source.code == source for e in code(text))


HEADLINE_PAGE = (
    "War updates: the latest\n\nRussian forces pressed on in the east.\n\n\n0\n\n"
    "At least 12 killed in Odesa region shelling: Ukrainian officials\n\n"
    "At least 12 people were killed by shelling in the Odesa region on Monday, officials said."
)


def test_who_tells_a_headline_after_its_colon_did_not_do_it(code):
    events = code(HEADLINE_PAGE)
    assert not any(e.source and e.source.code == "UKRGOV" for e in events if e.root == "19")


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        (
            "Protesters gathered outside parliament on Monday. The European Union urged "
            "restraint. They chanted slogans against the government.",
            "CVL",
        ),
        (
            "Hundreds of students were trapped in the district overnight. The British Embassy called "
            "for the students to be freed. They were heard chanting slogans against the junta.",
            "EDU",
        ),
        (
            "Police fired tear gas at hundreds of protesters in Nairobi on Thursday as they "
            "marched on parliament.",
            "CVL",
        ),
    ],
)
def test_they_who_protest_are_the_crowd(code, text, crowd):
    protests = [e for e in code(text) if e.root == "14" and e.trigger.text != "gathered"]
    assert protests
    assert all(e.source and e.source.sector == crowd for e in protests)


@pytest.mark.parametrize(
    "text",
    [
        "As well as Mr Tanaka, cabinet minister Hiro Sato visited the shrine on Sunday.",
        "Tanaka and Sato visited the shrine on Sunday.",
    ],
)
def test_who_visit_a_place_together_do_not_visit_each_other(code, text):
    assert not [e for e in code(text) if e.root == "04"]


def test_who_visit_each_other_still_do(code):
    events = code("Putin and Xi visited each other's capitals last year.")
    assert {("RUSGOV", "CHNGOV"), ("CHNGOV", "RUSGOV")} <= {
        (e.source.code, e.target.code) for e in events if e.root == "04" and e.target
    }


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        ("China on Tuesday backed the firing of water cannon at Philippine vessels.", "PHL"),
        ("Hungary backed the sanctions on Russia.", "RUS"),
        ("Belarus welcomed the strikes on Ukraine's power grid.", "UKR"),
    ],
)
def test_backing_a_hostile_act_is_no_support_to_its_target(code, text, not_target):
    support = [e for e in code(text) if e.root == "05"]
    assert support
    assert not any(e.target and e.target.country == not_target for e in support)


def test_backing_an_act_supports_its_doer(code):
    events = code("The United States supported Israel's strikes on Iran.")
    assert any(e.root == "05" and e.target and e.target.code == "ISR" for e in events)
