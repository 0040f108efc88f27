"""Acts of force or punishment a speaker promises another party are threats (13) of the
speaker, not the acts: told in the passive with no doer, as what the party "will face", as an
act the speaker "has no choice but" to do, or as the writer's future on a condition. Each
family on our own sentences, with what must stay as it is."""

from __future__ import annotations

import pytest
from tests.conftest import events_by_root


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


_by_root = events_by_root


# -- the passive with no doer: the speaker does it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hamas said the hostages would be executed if Israel continued its bombardment.", "PSE"),
        (
            "Any ship entering the zone will be attacked, the Iranian Revolutionary Guards said.",
            "IRN",
        ),
        ("China said foreign vessels entering its waters would be detained.", "CHN"),
        (
            "Israel said Hezbollah positions near the border would be struck if the rocket fire "
            "continued.",
            "ISR",
        ),
    ],
)
def test_an_act_promised_in_the_passive_is_the_speakers_threat(read, text, source):
    coded = _by_root(text, read)
    assert source in [s for s, _ in coded.get("13", [])]
    assert not any(s == source for root in ("17", "18", "19") for s, _ in coded.get(root, []))


def test_a_passive_threat_is_aimed_at_the_subject_of_its_condition(read):
    text = "Hamas said the hostages would be executed if Israel continued its bombardment."
    assert ("PSE", "ISR") in _by_root(text, read)["13"]


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations said thousands of civilians would be killed if the offensive went "
        "ahead.",
        "Amnesty International said detainees would be tortured if they were sent back to Syria.",
        "Israel said its soldiers would be attacked if they entered the city.",
        "The senator said the protester would not get beaten up at the rally.",
    ],
)
def test_harm_feared_or_ruled_out_in_the_passive_is_no_threat(read, text):
    assert "13" not in _by_root(text, read)


# -- what a party "will face" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root_code", "pair"),
    [
        (
            "Washington said any bank that financed the pipeline would face sanctions.",
            "1312",
            "USA",
        ),
        (
            "The Israeli defence minister said Hezbollah would face military action if it did "
            "not withdraw from the border.",
            "138",
            "ISR",
        ),
        (
            "Beijing said Philippine vessels that entered the shoal would face expulsion.",
            "13",
            "CHN",
        ),
    ],
)
def test_an_act_a_party_is_told_it_will_face_is_the_speakers_threat(read, text, root_code, pair):
    events = [e for e in read(text).events if e.root == "13"]
    assert any(e.cameo.startswith(root_code) and e.source.country == pair for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations said millions of people could face famine.",
        "The minister said the attackers would not be facing gunfire in a country without guns.",
    ],
)
def test_what_a_party_may_face_without_anyone_doing_it_is_no_threat(read, text):
    assert "13" not in _by_root(text, read)


# -- "no choice but to", and a condition on the writer's future ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian foreign minister said Tehran would have no choice but to retaliate.",
        "North Korea said it would have no option but to strike first.",
    ],
)
def test_an_act_one_would_have_no_choice_but_to_do_is_a_threat(read, text):
    coded = _by_root(text, read)
    assert coded.get("13") and "19" not in coded


def test_a_future_on_a_condition_of_another_party_is_a_threat_not_a_schedule(read):
    coded = _by_root("Israel will strike Iran's nuclear sites if Tehran enriches uranium.", read)
    assert ("ISR", "IRN") in coded.get("13", [])


def test_a_future_told_by_the_writer_with_no_condition_stays_a_schedule(read):
    events = read("The EU will impose new sanctions on Russia next week.").events
    assert [(e.root, e.modality) for e in events] == [("16", "hypothetical")]


# -- readiness for force told by the side that is ready ----------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Moscow is prepared to deploy more troops to the border if NATO expands, a Kremlin "
            "spokesman said.",
            ("RUS", None),
        ),
        ("North Korea said it was poised to strike American bases.", ("PRK", "USA")),
    ],
)
def test_readiness_for_force_told_by_its_own_side_is_a_threat(read, text, pair):
    coded = _by_root(text, read)
    assert pair[0] in [s for s, _ in coded.get("13", [])]
    assert "15" not in coded and "19" not in coded


def test_preparations_others_report_stay_a_show_of_force(read):
    coded = _by_root("Russia is preparing to invade Ukraine, Western officials say.", read)
    assert ("RUS", "UKR") in coded.get("15", []) and "13" not in coded


# -- force that will not stop goes on --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Houthis vowed not to stop their attacks until Israel ends the war in Gaza.", None),
        ("Hamas said it would not halt its rocket fire until the blockade was lifted.", "PSE"),
        ("Hezbollah said it would not stop firing at Israel as long as the war continued.", None),
    ],
)
def test_force_one_will_not_stop_is_a_threat_not_a_halt(read, text, source):
    events = read(text).events
    threats = [e for e in events if e.root == "13"]
    halts = [e for e in events if "stop" in e.trigger.text or "halt" in e.trigger.text]
    assert threats and not any(e.root in ("03", "08", "19") for e in halts)
    if source:
        assert threats[0].source.country == source


def test_an_attack_not_stopped_in_the_past_is_no_threat(read):
    assert "13" not in _by_root("The police did not stop the attack on the embassy.", read)


# -- harm a next move will bring, blame for what may yet happen ---------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The US secretary of state said any escalation by Iran would only deepen its isolation.",
            "IRN",
        ),
        ("Beijing said such a move by Washington would seriously damage relations.", "USA"),
        (
            "Any further provocation will do nothing but diminish North Korea's standing, the "
            "South Korean president said.",
            "PRK",
        ),
    ],
)
def test_harm_a_partys_next_move_will_bring_is_a_warning_to_it(read, text, pair):
    assert pair in [t for _, t in _by_root(text, read).get("13", [])]


@pytest.mark.parametrize(
    "text",
    [
        "The British finance minister said any new tax would hurt British businesses.",
        "Economists said any further rate rise would hurt households in Germany.",
    ],
)
def test_harm_at_home_or_in_a_forecast_warns_no_one(read, text):
    assert "13" not in _by_root(text, read)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Washington holds Tehran accountable for any attack by its proxies on US forces.", "13"),
        (
            "Trump said he holds the Venezuelan government responsible for any harm to "
            "American diplomats.",
            "13",
        ),
        ("The Ukrainian president held Russia responsible for the attack on the dam.", "11"),
    ],
)
def test_blame_for_what_may_yet_happen_is_a_warning_blame_for_what_was_done_an_accusation(
    read, text, root
):
    coded = _by_root(text, read)
    assert root in coded and ({"11", "13"} - {root}).isdisjoint(coded)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russia said its strikes on Ukrainian energy infrastructure would continue.",
            ("RUS", "UKR"),
        ),
        ("The Houthis said their attacks on ships would go on until Israel ended the war.", None),
    ],
)
def test_ones_own_force_promised_to_go_on_is_a_threat(read, text, pair):
    threats = _by_root(text, read).get("13", [])
    assert threats and (pair is None or pair in threats)


def test_force_told_as_going_on_by_the_writer_stays_the_act(read):
    coded = _by_root("Russia's strikes on Ukrainian energy infrastructure continued.", read)
    assert ("RUS", "UKR") in coded.get("19", []) and "13" not in coded


def test_an_attack_in_the_event_of_which_one_acts_is_hypothetical(read):
    events = read(
        "Biden said US forces would defend Taiwan in the event of a Chinese attack."
    ).events
    attacks = [e for e in events if e.root == "19"]
    assert attacks and all(e.modality == "hypothetical" for e in attacks)
