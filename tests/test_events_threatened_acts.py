"""Acts of force or punishment a speaker promises another party are threats (13) of the
speaker, not the acts: told in the passive with no doer, as what the party "will face", as an
act the speaker "has no choice but" to do, or as the writer's future on a condition. Each
family on our own sentences, with what must stay as it is."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


def _by_root(text: str, read) -> dict[str, list[tuple[str | None, str | None]]]:
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for e in read(text).events:
        pair = (e.source.country if e.source else None, e.target.country if e.target else None)
        out.setdefault(e.root, []).append(pair)
    return out


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
