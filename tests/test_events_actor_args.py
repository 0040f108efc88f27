"""Who acts, on our own sentences, where the text does not name the doer in the verb's own
subject: an arrest told in the passive with no agent is made by the state where it happened."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def read(reader):
    def run(text: str):
        return reader.read(text, published=PUBLISHED).events

    return run


def _of_root(events, root: str):
    return [e for e in events if e.root == root]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        (
            "Kenya's opposition has called for fresh protests. Opposition leader Peter Mwangi "
            "was arrested at his home on Tuesday, his party said.",
            "KEN",
            "COP",
        ),
        (
            "Tunisia has tightened its grip on dissent. Two prominent critics of President "
            "Kais Saied were detained overnight, their lawyers said.",
            "TUN",
            "COP",
        ),
        (
            "Georgia's ruling party faces mounting anger over the vote. Student leader Nino "
            "Beridze, who organised the rallies, has been arrested on charges of inciting unrest.",
            "GEO",
            "COP",
        ),
        (
            "Pakistan's former prime minister faces several cases. He was sentenced on "
            "Saturday to ten years in prison for leaking state secrets.",
            "PAK",
            "JUD",
        ),
        (
            "Belarus and Poland have traded accusations for months. A Polish activist was "
            "detained at the airport in Minsk on Monday.",
            "BLR",
            "COP",
        ),
    ],
)
def test_an_arrest_with_no_agent_is_by_the_police_of_the_state(read, text, country, sector):
    found = [e for e in _of_root(read(text), "17") if e.source.country == country]
    assert found, text
    assert found[-1].source.sector == sector, found[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army says talks were held in Jeddah on Monday.",
        "Kenya's police arrested the opposition leader Peter Mwangi on Tuesday.",
        "Two Congolese journalists were arrested by soldiers in Goma, their union said.",
    ],
)
def test_no_doer_is_made_up_where_one_is_named_or_nothing_is_arrested(read, text):
    for e in _of_root(read(text), "17"):
        assert e.source is not None and e.source.span != e.trigger, (text, e)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "Hamas released a statement on Sunday. The group accused Israel of stalling the "
            "talks in Cairo.",
            "11",
            "HAMAS",
        ),
        (
            "Human Rights Watch published a report on Monday. The group urged Egypt to free "
            "the detained journalists.",
            "02",
            "HRW",
        ),
        (
            "Hezbollah buried three of its fighters on Friday. In a statement, the group vowed "
            "to retaliate against Israel.",
            "13",
            "HEZBOLLAH",
        ),
        (
            "The Houthis claimed the attack on Tuesday. Their spokesman said the group had "
            "fired missiles at a British ship.",
            "19",
            "HOUTHIS",
        ),
    ],
)
def test_the_group_is_the_movement_named_before(read, text, root, source):
    found = _of_root(read(text), root)
    assert any(e.source is not None and e.source.code == source for e in found), (text, found)


def test_the_group_accused_of_an_act_is_the_movement_named_before(read):
    text = "Hamas released a statement on Sunday. Israel accused the group of violating the truce."
    (event,) = _of_root(read(text), "11")
    assert event.source.code == "ISR" and event.target.code == "HAMAS", event


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported the deal on Monday. The group accused Israel of stalling the talks.",
        "The European Union met in Brussels. The group accused Russia of stalling the talks.",
    ],
)
def test_the_group_is_no_outlet_nor_international_body(read, text):
    assert not _of_root(read(text), "11"), text


@pytest.mark.parametrize(
    ("text", "sources", "target"),
    [
        (
            "Separatist leaders announced the outcome of a poll condemned as unlawful by Kyiv and "
            "the West.",
            {"UKR", "WST"},
            None,
        ),
        ("The referendum, condemned by Kyiv as illegal, was held on Sunday.", {"UKR"}, None),
        (
            "Israel's strike on the convoy, denounced by Jordan as a crime, killed five people.",
            {"JOR"},
            "ISR",
        ),
        (
            "The election, criticised by the European Union as neither free nor fair, returned "
            "the president to office.",
            {"EU"},
            None,
        ),
    ],
)
def test_a_participle_with_by_names_its_doer(read, text, sources, target):
    found = _of_root(read(text), "11")
    assert {e.source.code for e in found} == sources, (text, found)
    if target is not None:
        assert {e.target.code for e in found if e.target} == {target}, found


def test_parties_named_by_a_participle_do_not_act_on_each_other(read):
    found = _of_root(read("The resolution, backed by France and Germany, passed on Monday."), "05")
    assert {e.source.code for e in found} == {"FRA", "DEU"}, found
    assert all(e.target is None for e in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.", "ICRC"),
        ("UN officials urged Sudan to protect hospitals in Khartoum.", "UN"),
        ("NATO diplomats criticised Russia for the naval drills.", "NATO"),
        ("A European Union delegation met Serbian officials in Belgrade on Monday.", "EU"),
    ],
)
def test_officials_of_an_international_body_are_that_body(read, text, code):
    (event,) = read(text)
    assert event.source.code == code and event.source.country is None, event


def test_troops_of_an_international_body_keep_their_sector(read):
    (event,) = read("NATO troops arrived in Kosovo on Monday.")
    assert event.source.code == "NATOMIL", event


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Petro accused Washington of treating deported migrants badly.", "2025-01-27", "COLGOV"),
        ("Mitsotakis urged Turkey to respect the 2016 deal on migrants.", "2024-03-13", "GRCGOV"),
        ("Kais Saied criticised the IMF over its loan conditions.", "2023-04-06", "TUNGOV"),
        ("Kadhimi called on the protesters to leave the parliament.", "2021-06-01", "IRQGOV"),
        ("Ariel Henry urged the UN to send an armed force to Haiti.", "2022-10-09", "HTIGOV"),
    ],
)
def test_heads_of_government_named_alone_are_of_their_state(reader, text, day, code):
    events = reader.read(text, published=dt.date.fromisoformat(day)).events
    assert events and events[0].source.code == code, events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russian missiles struck an apartment block in Dnipro on Saturday and at least 20 "
            "people were killed.",
            "RUS",
        ),
        (
            "Myanmar's army shelled a village in Sagaing on Sunday, and eight civilians were "
            "killed.",
            "MMR",
        ),
        (
            "Houthi drones attacked a tanker off Yemen, and two sailors were wounded.",
            "HOUTHIS",
        ),
    ],
)
def test_a_killing_in_the_passive_after_an_attack_is_by_the_attacker(read, text, source):
    found = _of_root(read(text), "18")
    assert found and all(e.source.code.startswith(source) for e in found), (text, found)


def test_the_attackers_own_dead_are_not_their_victims(read):
    text = "Hamas fighters attacked an Israeli post and three of them were killed."
    assert not _of_root(read(text), "18")
