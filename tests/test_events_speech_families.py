"""Speech acts in wordings taken from news of many outlets (issue 13, devset2 families): an
accusation rejected or called names is a rejection (12), not a denial of responsibility (016)
nor a criticism (111). Our own sentences, each after a sentence naming other parties; with
what must stay as it is."""

from __future__ import annotations

import pytest
from tests.conftest import from_source as _from

# -- accusations rejected -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Beijing rejected the accusations as groundless.", "CHN"),
        ("The Azerbaijani foreign ministry called Armenia's accusations groundless.", "AZE"),
        (
            "Kyiv's foreign ministry rejects all accusations, which are completely groundless.",
            "UKR",
        ),
        ("Moscow dismissed the British allegations as pure fabrication.", "RUS"),
        ("Russia's foreign ministry termed the accusations absurd.", "RUS"),
        ("The Iranian foreign ministry described the charges as a smear campaign.", "IRN"),
        ("Manila on Tuesday called the Chinese claims baseless.", "PHL"),
    ],
)
def test_an_accusation_rejected_or_called_names_is_a_rejection(coded, text, source):
    found = coded(text)
    assert _from(found, "12", source), found
    assert not found.get("01"), found


def test_responsibility_denied_stays_a_denial(coded):
    found = coded("Tehran denied the accusations and rejected any responsibility for the blast.")
    assert _from(found, "01", "IRN"), found
    assert not found.get("12"), found


# -- "will have no choice but to …" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"If the United States goes on with its naval drills, we will have no choice but to '
            'strengthen our deterrence," the North Korean foreign ministry said.',
            ("PRK", "USA"),
        ),
        (
            "Chad said it would have no choice but to respond if the raids went on.",
            ("TCD", None),
        ),
        (
            '"If Kyiv keeps shelling our villages, we will have no choice but to act," the '
            "Russian defence ministry said.",
            ("RUS", "UKR"),
        ),
        (
            "Pakistan's army chief said Islamabad would be left with no choice but to respond.",
            ("PAK", None),
        ),
    ],
)
def test_a_response_the_speaker_is_left_no_choice_but_to_make_is_a_threat(coded, text, pair):
    found = coded(text)
    if pair[1] is None:
        assert _from(found, "13", pair[0]), found
    else:
        assert pair in found.get("13", []), found


@pytest.mark.parametrize(
    "text",
    [
        "The Greek finance minister said Athens would have no choice but to accept the terms.",
        "Farmers in Chad said they would have no choice but to sell their land if prices fell.",
        "Sudan's finance minister said it had no choice but to raise taxes.",
    ],
)
def test_no_choice_but_to_yield_or_a_choice_of_others_is_no_threat(coded, text):
    assert not coded(text).get("13"), coded(text)


# -- a summons to come; pushing back an invasion ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chad's foreign ministry will summon the Sudanese ambassador on Sunday.",
        "Chad will summon the Sudanese ambassador over the raid, the foreign ministry said.",
    ],
)
def test_a_summons_to_come_is_a_planned_complaint_not_a_threat(coded, text):
    found = coded(text)
    assert _from(found, "11", "TCD"), found
    assert not found.get("13"), found


def test_pushing_back_an_invasion_is_no_rejection(coded):
    found = coded("The new howitzers will help Chad push back Sudan's invasion, officials said.")
    assert not found.get("12"), found
    assert _from(coded("Chad pushed back against the Sudanese plan."), "12", "TCD")


# -- a second act joined with no auxiliary of its own -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chad said it would continue to oppose Sudan's policies and support the refugees.",
        "Chad said it would oppose the blockade and support the Sudanese people.",
    ],
)
def test_a_joined_act_carries_the_future_of_the_first(coded, text):
    assert _from(coded(text), "03", "TCD"), coded(text)


# -- a happening that "threatens to" bring something about -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The border conflict with Sudan threatened to explode into a wider war.",
        "The dispute between Sudan and Chad threatens to derail the talks.",
        "The crisis in Sudan threatens to spill over into Chad.",
    ],
)
def test_a_risk_told_by_threaten_is_no_threat(coded, text):
    assert not coded(text).get("13"), coded(text)


def test_a_party_that_threatens_still_threatens(coded):
    found = coded("Chad threatened to close its border with Sudan.")
    assert ("TCD", "SDN") in found.get("13", []) or _from(found, "13", "TCD"), found


# -- a body's quote that tells of itself or its head as "he" / "it" ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"He calls upon the army to return to the barracks," the African Union said.',
        '"It urges the army to release the detained ministers," the African Union said.',
    ],
)
def test_a_body_telling_of_itself_in_the_third_person_is_the_source(reader, text):
    events = reader.read(text).events
    assert any(e.root == "02" and e.source and e.source.code == "AU" for e in events), events


def test_a_past_act_of_he_in_a_bodys_quote_is_not_the_bodys(reader):
    text = '"He threatened to kill us all," the African Union said in a statement.'
    assert not [e for e in reader.read(text).events if e.root == "13"]
