"""Bodies and offices placed in the right country (or in none) from the text itself."""

import pytest


def _source(reader, text):
    rd = reader.read(text)
    assert rd.events, text
    return rd.events[0].source


@pytest.mark.parametrize(
    "text, code",
    [
        ("The IDF said it had struck rocket launchers in southern Lebanon.", "ISRMIL"),
        ("The Israel Defense Forces warned residents of the town to leave.", "ISRMIL"),
        ("The FSB accused Ukrainian saboteurs of plotting an attack.", "RUSSPY"),
        ("The People's Liberation Army warned Taiwan against provocations.", "CHNMIL"),
        ("The Tatmadaw bombed three villages in the north on Friday.", "MMRMIL"),
        ("Congo accused Rwanda of arming the rebels in the east.", "COD"),
        ("The Congolese army accused Rwandan troops of shelling Goma.", "CODMIL"),
        ("Russia's Security Council accused Kyiv of planning sabotage.", "RUSGOV"),
        ("The Iranian Security Council rejected the demand of the agency.", "IRNGOV"),
    ],
)
def test_state_bodies_by_their_own_names(reader, text, code):
    assert _source(reader, text).code == code


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Norwegian Refugee Council criticised the blockade of the port.", "Norwegian"),
        ("The Danish Refugee Council condemned the attack on the convoy.", "Danish"),
        ("The Russian Orthodox Church condemned the decision of the court.", "Russian"),
    ],
)
def test_a_body_of_civil_society_named_after_a_country_is_not_the_state(reader, text, name):
    source = _source(reader, text)
    assert source.country is None
    assert source.name.startswith(name) and source.sector == "NGO"


def test_the_national_security_council_is_not_the_un_security_council(reader):
    rd = reader.read("The National Security Council said the president would respond.")
    assert all(a.code != "UNSC" for a in rd.actors)
    rd = reader.read("The Security Council condemned the attack on the peacekeepers.")
    assert rd.events[0].source.code == "UNSC"


@pytest.mark.parametrize(
    "text",
    [
        "The Russian ambassador said Moscow would respond to any attack.",
        "The Russian envoy accused the West of hypocrisy at the meeting.",
    ],
)
def test_an_office_a_state_fills_many_times_names_no_one(reader, text):
    source = _source(reader, text)
    assert source.country == "RUS"
    assert "Nebenzia" not in (source.name or "")


def test_the_ambassador_named_in_the_article_is_still_found(reader):
    rd = reader.read(
        "Vassily Nebenzia, Russia's ambassador to the UN, criticised the vote. "
        "The Russian ambassador said Moscow would respond."
    )
    assert all(e.source.country == "RUS" for e in rd.events)
