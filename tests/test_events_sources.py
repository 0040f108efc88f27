"""Who the source is, on our own sentences: every state of a list acts ("Mali, Burkina Faso
and Niger …", "along with", "together with"), "the three juntas" and "the two countries"
point back to the states listed before, "the North" / "the South" to one of two states so
named, "the bloc" / "the alliance" to the international body named before, and "the
militants" to the one armed body the article names."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import event_pairs as _pairs

PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def read(reader):
    def run(text: str):
        return reader.read(text, published=PUBLISHED).events

    return run


@pytest.mark.parametrize(
    ("text", "root", "sources"),
    [
        (
            "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday.",
            "16",
            {"MLI", "BFA", "NER"},
        ),
        (
            "Mali, Burkina Faso and Niger expelled French troops last year.",
            "17",
            {"MLI", "BFA", "NER"},
        ),
        (
            "Egypt and Qatar, along with the United States, urged Israel to accept the truce.",
            "02",
            {"EGY", "QAT", "USA"},
        ),
        (
            "Poland together with Lithuania accused Belarus of sending migrants across the border.",
            "11",
            {"POL", "LTU"},
        ),
        (
            "Saudi Arabia as well as the United Arab Emirates criticised the decision.",
            "11",
            {"SAU", "ARE"},
        ),
    ],
)
def test_every_state_of_a_list_is_a_source(read, text, root, sources):
    assert {s for s, _ in _pairs(read(text), root)} == sources


@pytest.mark.parametrize(
    ("text", "root", "sources"),
    [
        (
            "Mali, Niger and Burkina Faso have cut ties with France. "
            "The three countries accused Paris of backing jihadists.",
            "11",
            {"MLI", "NER", "BFA"},
        ),
        (
            "Mali, Burkina Faso and Niger said on Sunday they were leaving the bloc. "
            "The three juntas accused Nigeria of serving foreign interests.",
            "11",
            {"MLI", "BFA", "NER"},
        ),
        (
            "Kenya and Ethiopia held talks in Nairobi. The two countries agreed to reopen the border.",
            "03",
            {"KEN", "ETH"},
        ),
    ],
)
def test_a_counted_group_is_the_states_listed_before(read, text, root, sources):
    found = _pairs(read(text), root)
    assert {s for s, _ in found} == sources
    assert all(s != t for s, t in found)


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Seoul said the North had fired artillery shells near the border island.", "19", "PRK"),
        (
            "North Korea launched a satellite on Tuesday, and the South condemned it.",
            "11",
            "KOR",
        ),
    ],
)
def test_the_north_and_the_south_are_the_two_halves_of_a_pair(read, text, root, pair):
    sources = {s for s, _ in _pairs(read(text), root)}
    assert pair in sources


def test_the_north_is_no_target_of_its_own_act(read):
    found = _pairs(
        read("North Korea held a parade. The North has fired dozens of missiles this year."), "19"
    )
    assert all(t != "PRK" for _, t in found)


def test_the_north_of_a_sea_or_a_name_is_no_state(read):
    events = read("The ships sailed through the South China Sea, and Manila protested.")
    assert all(e.source is None or e.source.code != "KOR" for e in events)


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "Mali said on Sunday it was leaving ECOWAS. Its junta accused the bloc of serving "
            "foreign interests.",
            "11",
            "ECOWAS",
        ),
        (
            "NATO leaders met in Vilnius. Russia accused the alliance of preparing for war.",
            "11",
            "NATO",
        ),
        (
            "The African Union suspended Niger after the coup. Niger's junta criticised the "
            "organisation.",
            "11",
            "AU",
        ),
    ],
)
def test_the_bloc_is_the_international_body_named_before(read, text, root, pair):
    assert pair in {t for _, t in _pairs(read(text), root)}


def test_the_militants_are_the_one_armed_body_named(read):
    events = read(
        "The Houthis attacked two tankers in the Red Sea. The militants also seized a ship."
    )
    seized = [e for e in events if e.root == "17"]
    assert seized and all(e.source.code == "HOUTHIS" for e in seized)


@pytest.mark.parametrize(
    ("text", "root", "not_source"),
    [
        (
            "Asked on state television who would lead the talks, the Egyptian minister said "
            "Cairo would.",
            "02",
            "EGYGOV",
        ),
        (
            'Asked what Ankara wanted from Stockholm, the Turkish minister said: "Action."',
            "02",
            "TURGOV",
        ),
        ("Accused of spying for Iran, the Swedish engineer denied the charges.", "11", "SWE"),
        ("When asked to leave the summit, the Hungarian delegate refused.", "02", "HUN"),
    ],
)
def test_who_underwent_a_passive_is_not_its_source(read, text, root, not_source):
    sources = {s for s, _ in _pairs(read(text), root)}
    assert not_source not in sources


def test_the_subject_of_a_planned_passive_still_acts(read):
    found = _pairs(
        read("The Turkish president was scheduled to meet Putin in Sochi on Monday."), "04"
    )
    assert ("TURGOV", "RUSGOV") in found


def test_an_official_of_no_known_country_does_not_take_the_recipients(read):
    found = _pairs(read("Aid Minister Andrew Mitchell announced new funding for Sudan."), "07")
    assert found and all(s is None or not s.startswith("SDN") for s, _ in found)


def test_every_state_of_a_list_after_of_is_a_source(read):
    text = (
        "The defence ministers of Japan, Australia and the Philippines condemned China's "
        "drills near Taiwan."
    )
    sources = {s for s, _ in _pairs(read(text), "11")}
    assert {s[:3] for s in sources} == {"JPN", "AUS", "PHL"}


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("The Serbian president was invited to attend the summit in Brussels.", "SRB"),
        ("Hungary was urged to lift its veto on aid to Ukraine.", "HUN"),
        ("Chilean diplomats were asked to leave the meeting in Lima.", "CHL"),
    ],
)
def test_who_is_asked_or_invited_is_no_source_of_the_asking(read, text, not_source):
    assert all(not (s or "").startswith(not_source) for s, _ in _pairs(read(text), "02"))


def test_a_state_committed_or_prepared_to_act_still_acts(read):
    assert ("IRN", "IAEA") in _pairs(read("Iran is prepared to resume talks with the IAEA."), "03")


def test_a_passive_whose_doer_names_no_actor_takes_no_speaker(read):
    text = "Ukraine said it had been promised more air defence systems by its allies."
    assert all(not (s or "").startswith("UKR") for s, _ in _pairs(read(text), "03"))
