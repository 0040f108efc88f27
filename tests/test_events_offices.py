"""Sources and targets on our own sentences: an office named alone ("the foreign minister told
reporters") is the office of its country (the sentence's, else the wire dateline's), never the
office of another person named before ("Sweden's ambassador … the foreign minister"); the
agent of a passive hung on its complement ("declared persona non grata by Russia") is the
source; what undergoes a passive with no agent names no source ("drones were intercepted and
destroyed"); troops that repel an attack do not target their own country; what a state
mobilises ("dozens of warships") is its own, not a target."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import event_pairs as _pairs

PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def read(reader):
    return lambda text: reader.read(text, published=PUBLISHED).events


def _sources(events, root: str) -> set[str | None]:
    return {s for s, _ in _pairs(events, root)}


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (  # the office of the dateline's country, not of the state acted on
            "WARSAW, Feb 2 (Wire) - The interior minister accused Belarus of pushing migrants "
            "across the border, saying Minsk was waging a hybrid war against the European Union.",
            "11",
            "POLGOV",
        ),
        (
            "NAIROBI, Kenya (AP) - The interior minister on Wednesday accused Somalia's "
            "al-Shabab militants of staging the attack on a bus near the border.",
            "11",
            "KENGOV",
        ),
        (
            "TOKYO, Jan 5 (Kyodo) - The defence minister condemned the missile launch by North "
            "Korea, calling it a grave threat to regional peace.",
            "11",
            "JPNGOV",
        ),
        (  # not the office of the ambassador named before, nor of the state acted on
            "ANKARA, March 4 (Wire) - Turkey summoned Sweden's ambassador on Tuesday. The "
            "foreign minister told reporters in Ankara that the government would not approve "
            "Sweden's bid to join NATO.",
            "12",
            "TURGOV",
        ),
        (
            "Germany will send more air defence systems to Ukraine. The foreign minister told "
            "reporters that the government condemned the strike on Kharkiv.",
            "11",
            "DEUGOV",
        ),
        (  # "the minister" is the foreign minister named before
            "Foreign Minister Ahmed Saleh held a telephone call with his Omani counterpart in "
            "Riyadh. The minister also received the ambassador of Japan.",
            "04",
            None,  # (his country is not known: the check is that he is the source at all)
        ),
    ],
)
def test_an_office_named_alone_is_its_countrys(read, text, root, source):
    found = _sources(read(text), root)
    if source is None:
        assert found and all(s is None or s.endswith("GOV") for s in found)
        assert len(read(text)) >= 2, "the meeting of 'the minister' is coded"
    else:
        assert found == {source}


def test_a_seat_of_international_bodies_is_no_dateline(read):
    text = (
        "BRUSSELS, May 3 (Wire) - The foreign minister condemned the attack on the convoy on "
        "Friday."
    )
    assert "BELGOV" not in _sources(read(text), "11")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Two Moldovan diplomats were declared persona non grata by Russia on Friday.",
            "RUS",
            "MDAGOV",
        ),
        (
            "A Lithuanian diplomat was declared persona non grata by Belarus and given 72 hours "
            "to leave.",
            "BLR",
            "LTUGOV",
        ),
        ("The ambassador was declared persona non grata by the Polish government.", "POLGOV", None),
    ],
)
def test_the_agent_hung_on_the_complement_is_the_source(read, text, source, target):
    assert (source, target) in _pairs(read(text), "16")


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-three Ukrainian drones were intercepted and destroyed over the region, the "
        "ministry said.",
        "Six Iranian missiles were tracked and destroyed over the desert, officials said.",
    ],
)
def test_what_undergoes_a_joined_passive_is_no_source(read, text):
    assert not [
        e for e in read(text) if e.source is not None and e.source.country in ("UKR", "IRN")
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ukrainian troops repelled the assault near Bakhmut, the general staff said.", "UKR"),
        ("The attack was repelled by Ukrainian forces near Avdiivka, the military said.", "UKR"),
        (
            "Russian air defences repelled a massive drone attack on the Belgorod region "
            "overnight.",
            "RUS",
        ),
    ],
)
def test_fending_off_an_attack_is_not_aimed_at_home(read, text, country):
    events = [e for e in read(text) if e.root == "19"]
    assert events and all(e.source.country == country for e in events)
    assert not [e for e in events if e.target is not None and e.target.country == country]


def test_repelling_an_attack_by_a_named_enemy_targets_it(read):
    text = (
        "The Sudanese army said it had repelled an attack by the Rapid Support Forces on El Fasher."
    )
    assert ("SDNMIL", "RSF") in _pairs(read(text), "19")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired missiles on Monday. Seoul and Washington began joint drills on "
        "Sunday, mobilising dozens of warships and aircraft.",
        "North Korea tested a rocket. Japan mobilised scores of fighter jets on Sunday.",
    ],
)
def test_what_a_state_mobilises_is_its_own(read, text):
    events = [e for e in read(text) if e.root == "15" and e.source.country != "PRK"]
    assert not [e for e in events if e.target is not None and e.target.country == "PRK"]


@pytest.mark.parametrize(
    ("text", "root", "other"),
    [
        (
            "Finland, which applied to join the alliance together with Sweden, said it would "
            "keep waiting.",
            "02",
            "SWE",
        ),
        ("Poland condemned the attack jointly with Lithuania.", "11", "LTU"),
        ("Estonia expelled a Russian diplomat along with Latvia on Monday.", "16", "LVA"),
    ],
)
def test_who_acts_along_is_no_target(read, text, root, other):
    pairs = _pairs(read(text), root)
    assert pairs and not [t for _, t in pairs if t == other]
