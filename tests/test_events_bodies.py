"""Sources that are bodies, on our own sentences: a wire dateline's city before a dash is no
actor ("NAIROBI – UN envoy X urged …" is the envoy's act); an official of an international body
named with it ("UN chief X", "EU foreign policy chief X") acts for that body; an institution the
tables know by a bare name ("the Foreign Office", "the Commission") is the one the article
names as someone's ("Pakistan's Foreign Office", "the African Union Commission")."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import event_pairs as _pairs

PUBLISHED = dt.date(2024, 3, 13)


def _sources(events, root: str) -> set[str | None]:
    return {s for s, _ in _pairs(events, root)}


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "Addis Ababa – African Union chairman Moussa Faki on Wednesday condemned the attack "
            "on the aid convoy.",
            "11",
            "AU",
        ),
        (
            "Nairobi – African Union Commission chief Moussa Faki Mahamat on Tuesday expressed "
            "deep concern over the attempted coup in Guinea-Bissau.",
            "01",
            "AU",
        ),
        (
            "BAMAKO — ECOWAS on Friday condemned the arrest of the interim president by the "
            "soldiers.",
            "11",
            "ECOWAS",
        ),
    ],
)
def test_dateline_city_is_no_source(code, text, root, source):
    events = code(text)
    assert source in _sources(events, root)
    assert not any(e.source and e.source.code in ("ETH", "KEN", "MLI") for e in events)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("UN chief Antonio Guterres on Tuesday urged Israel to halt the offensive.", "02", "UN"),
        (
            "EU foreign policy chief Josep Borrell criticised Israel for the strike on the camp.",
            "11",
            "EU",
        ),
        (
            "NATO chief Jens Stoltenberg on Monday condemned Russia for the drone incursion.",
            "11",
            "NATO",
        ),
    ],
)
def test_official_of_a_body_acts_for_it(code, text, root, source):
    assert source in _sources(code(text), root)


@pytest.mark.parametrize(
    ("text", "root", "source", "not_source"),
    [
        (
            "Pakistan's Foreign Office spokesperson rejected India's remarks on Monday. In a "
            "statement, the Foreign Office accused New Delhi of twisting facts.",
            "11",
            "PAKGOV",
            "GBRGOV",
        ),
        (
            "The chairperson of the African Union Commission said the bloc was alarmed by the "
            "coup in Niger. In a statement, the Commission urged the soldiers to return to "
            "their barracks.",
            "02",
            "AU",
            "EC",
        ),
    ],
)
def test_bare_institution_is_the_one_named(code, text, root, source, not_source):
    sources = {e.source.code for e in code(text) if e.source}
    assert source in _sources(code(text), root)
    assert not_source not in sources


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (  # named in full: the tables' own
            "The British Foreign Office summoned the Russian ambassador. The Foreign Office "
            "accused Moscow of spreading lies.",
            "11",
            "GBRGOV",
        ),
        (
            "The European Commission proposed new sanctions on Iran. In a statement, the "
            "Commission urged Tehran to release the detained diplomats.",
            "02",
            "EC",
        ),
    ],
)
def test_institution_named_as_its_own_stays(code, text, root, source):
    assert source in _sources(code(text), root)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "Nine soldiers were killed on Wednesday in an attack by guerrillas of the National "
            "Liberation Army, Colombia's defence ministry said.",
            "19",
            "COLREB",
        ),
        (
            "The Kachin Independence Army attacked a military post in northern Myanmar.",
            "19",
            "MMRREB",
        ),
        ("Fighters of the Arakan Army seized a town in Myanmar's Rakhine state.", "19", "MMRREB"),
    ],
)
def test_a_force_with_a_name_of_its_own_is_an_armed_group(code, text, root, source):
    events = code(text)
    assert source in _sources(events, root)
    assert not any(e.source and e.source.sector == "MIL" for e in events if e.root == root)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "The Sudanese Army shelled positions of the paramilitary group in Khartoum.",
            "19",
            "SDNMIL",
        ),
        ("China's People's Liberation Army staged drills around Taiwan.", "15", "CHNMIL"),
    ],
)
def test_a_states_army_stays_the_states(code, text, root, source):
    assert source in _sources(code(text), root)


def test_the_other_side_of_a_border_is_no_target(code):
    events = code("Colombian rebels attacked an army post near the border with Venezuela.")
    assert "COLREB" in _sources(events, "19")
    assert not any(e.target and e.target.country == "VEN" for e in events)
