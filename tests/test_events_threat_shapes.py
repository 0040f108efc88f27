"""Threats told by the shape of a speaker's words rather than by a threat verb: the speaker's
own side named by a common noun ("his forces", "the group") as the doer of a threatened act;
a threat phrase whose own clause names the party that threatens or the one threatened when
the speaker is a title alone; one's own land defended "against" another; "is going to"; acts
"treated as an attack on" the speaker; deadlines "or face …" told by the writer. Our own
sentences, each after a sentence naming other parties (as in an article); with what must stay
as it is."""

from __future__ import annotations

import pytest
from tests.conftest import from_source as _from

# -- the speaker's own side named by a common noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Our armed forces are ready to repel any attack from Azerbaijan, the Armenian "
            "defence minister said.",
            ("ARM", "AZE"),
        ),
        (
            "Pyongyang said its army was fully prepared to launch a pre-emptive strike against "
            "the United States.",
            ("PRK", "USA"),
        ),
        ("Chad's army chief said his forces were prepared to strike targets inside Sudan.", None),
    ],
)
def test_a_threat_by_the_speakers_own_forces_is_the_speakers(coded, text, pair):
    found = coded(text)
    if pair is None:  # the army chief of Chad: a threat of Chad
        assert _from(found, "13", "TCD"), found
    else:
        assert pair in found.get("13", []), found
    assert not found.get("15") and not found.get("19"), found


def test_an_onlookers_forecast_of_an_army_is_no_threat_of_the_onlooker(reader):
    text = "Talks between Sudan and Chad ended. The UN envoy said the army would attack the camps."
    events = reader.read(text).events
    assert not [e for e in events if e.root == "13" and e.source and e.source.sector == "IGO"]
    assert any(e.root == "13" for e in events)  # the army's threat, told by the envoy


# -- a threat phrase told by a title: the clause names who threatens or who is threatened ----


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Serbia will not stand idly by if Serbs in Kosovo are attacked, the president said.",
            ("SRB", "XKX"),
        ),
        (
            "Beijing will take all necessary measures if Manila continues its provocations, "
            "the spokesman said.",
            ("CHN", "PHL"),
        ),
        (
            "Russia will not sit idly by if NATO deploys troops in Finland, the foreign "
            "minister said.",
            ("RUS", None),
        ),
    ],
)
def test_a_threat_phrase_of_a_titled_speaker_is_the_named_states(coded, text, pair):
    found = coded(text)
    src, tgt = pair
    assert any(s == src and (tgt is None or t == tgt) for s, t in found["13"]), found
    assert not any(t == src for _s, t in found["13"]), found  # never aimed at its own side


def test_the_one_who_will_face_the_consequences_is_the_target(coded):
    found = coded("The minister said Manila would face the consequences if it continued.")
    assert any(t == "PHL" for _s, t in found["13"]), found


def test_a_named_speakers_threat_phrase_stays_the_speakers(coded):
    found = coded("Vucic said Serbia would respond firmly to any attack on Serbs in Kosovo.")
    assert _from(found, "13", "SRB"), found


# -- one's own land defended against another ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul vowed to defend the country against any provocation from the North.", "KOR"),
        ("The president said Venezuela would defend the Essequibo against Guyana.", "VEN"),
        ("Maduro said Venezuela would defend its rights over the Essequibo by all means.", "VEN"),
    ],
)
def test_defending_ones_own_against_another_is_a_threat(coded, text, pair):
    found = coded(text)
    assert _from(found, "13", pair), found
    assert not found.get("03"), found


@pytest.mark.parametrize(
    "text",
    [
        "Washington said it would defend its allies against any attack.",
        "Venezuelan troops defended the border against Colombian attacks.",
    ],
)
def test_defending_an_ally_or_a_defence_done_is_no_threat(coded, text):
    assert not coded(text).get("13")


# -- "is going to" ------------------------------------------------------------------------


def test_going_to_is_a_future_a_threat_of_force_or_sanctions(coded):
    found = coded('"We are going to impose tariffs on Mexico," Trump said.')
    assert ("USA", "MEX") in found.get("13", []), found
    assert not found.get("16"), found


def test_going_to_is_a_future_cooperation_an_intent(coded):
    found = coded(
        "The Kenyan president said his government is going to send police officers to Haiti."
    )
    assert any(t == "HTI" for _s, t in found.get("03", [])), found
    assert not found.get("13"), found


# -- what will be counted as an attack, paid for, faced -------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Moscow said any strike on Crimea would be treated as an attack on Russia itself.", "RUS"),
        ("Washington said Tehran would pay for any attack on US troops.", "USA"),
        ("The White House said Moscow would face severe costs if it invaded Ukraine.", "USA"),
        ('"Our response will be swift and decisive," the Israeli army spokesman said.', "ISR"),
    ],
)
def test_what_a_party_will_pay_for_or_face_is_a_threat(coded, text, source):
    assert _from(coded(text), "13", source)


def test_paying_for_a_thing_is_no_threat(coded):
    assert not coded("Washington said Tokyo would pay for the new base on Okinawa.").get("13")


# -- deadlines told by the writer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        (
            "ECOWAS gave Niger's junta one week to restore the president or face military "
            "intervention.",
            (None, "NER"),
            "138",
        ),
        (
            "The United States gave Iran two months to return to the talks or face new sanctions.",
            ("USA", "IRN"),
            "1312",
        ),
    ],
)
def test_a_deadline_or_face_is_a_threat_of_who_set_it(reader, text, pair, code):
    events = reader.read(text).events
    threats = [e for e in events if e.cameo == code]
    assert threats, [(e.cameo, e.source, e.target) for e in events]
    src, tgt = pair
    e = threats[0]
    assert e.target is not None and e.target.country == tgt
    assert src is None or (e.source is not None and e.source.country == src)


def test_a_deadline_is_a_demand_beside_the_threat(reader):
    text = "ECOWAS gave Niger's junta one week to restore the president or face intervention."
    roots = {e.root for e in reader.read(text).events}
    assert {"10", "13"} <= roots


@pytest.mark.parametrize(
    "text",
    [
        "The EU gave Belgrade a month to reply or face questions from the commission.",
        "The coach gave the Brazilian players a week to rest before the final.",
    ],
)
def test_a_deadline_with_no_punishment_faced_is_no_threat(reader, text):
    assert not [e for e in reader.read(text).events if e.root == "13"]


# -- "…, otherwise it would …" after a demand --------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Israel demanded that Hezbollah withdraw north of the river, otherwise it would "
            "launch a ground operation.",
            ("ISR", "LBN"),
        ),
        (
            "Russia said Ukraine must withdraw from the four regions, otherwise the fighting "
            "would continue.",
            ("RUS", "UKR"),
        ),
        (
            "Turkey told Sweden to crack down on Kurdish militants, otherwise it would block "
            "the bid.",
            ("TUR", "SWE"),
        ),
    ],
)
def test_what_will_be_done_otherwise_is_a_threat_of_who_demands(coded, text, pair):
    found = coded(text)
    assert _from(found, "13", pair[0]), found
    assert not any(t == pair[0] for _s, t in found.get("13", [])), found


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it needed more air defence, otherwise Russia would keep striking its cities.",
        "Otherwise, the talks would have collapsed, the Qatari minister said.",
        "The Egyptian minister said the canal would otherwise lose revenue.",
    ],
)
def test_another_partys_act_or_what_did_not_happen_otherwise_is_no_threat(coded, text):
    found = coded(text)
    assert not any(s in ("UKR", "QAT", "EGY") for s, _t in found.get("13", [])), found


# -- more threat phrases, and the future carried to the act --------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran said it was considering military action against the militants in Pakistan.", "IRN"),
        ('Russia said it would take "adequate measures" if Finland joined NATO.', "RUS"),
        ('China vowed to "resolutely counter" any provocation by Taiwan\'s new leader.', "CHN"),
        ('"We will make them pay," the Israeli defence minister said of Hamas.', "ISR"),
        ("The Sudanese army said it would push on to retake Khartoum from the RSF.", "SDN"),
    ],
)
def test_force_weighed_measures_and_acts_one_moves_to_do_are_threats(coded, text, source):
    found = coded(text)
    assert _from(found, "13", source), found
    assert not _from(found, "19", source), found


def test_a_warning_after_a_refusal_is_not_negated_with_it(reader):
    text = (
        "Venezuela said it would not renounce its claim over the Essequibo and warned Guyana "
        "against any provocation."
    )
    warnings = [e for e in reader.read(text).events if e.root == "13"]
    assert warnings and not any(e.negated for e in warnings)


def test_moving_or_trying_in_the_past_is_no_threat(coded):
    found = coded("The Sudanese army pushed on to retake Khartoum from the RSF on Friday.")
    assert not _from(found, "13", "SDN"), found


# -- terms judged unacceptable are rejected; talks ruled out --------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hamas said the Israeli demands were unacceptable.", "PSE"),
        ("Moscow said the Western proposal was absurd.", "RUS"),
        ("Tehran said Washington's conditions were unacceptable.", "IRN"),
        ("Russia said the US peace plan was unacceptable in its current form.", "RUS"),
        ("Niger's junta said there would be no negotiations with ECOWAS for now.", "NER"),
    ],
)
def test_terms_judged_unacceptable_and_talks_ruled_out_are_rejections(coded, text, source):
    found = coded(text)
    assert _from(found, "12", source), found
    assert not _from(found, "11", source), found


def test_conduct_judged_illegal_stays_a_criticism(coded):
    found = coded("Beijing said the move by Manila was illegal.")
    assert _from(found, "11", "CHN"), found
    assert not found.get("12"), found


# -- cutting supplies or ties: a threat when promised on a condition, a decision when done --


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "The Russian spokesman said the country would cut gas supplies to Europe if the "
            "price cap took effect.",
            "13",
        ),
        ("Ethiopia said it would sever relations with any state that recognised Somaliland.", "13"),
        ("Russia cut gas supplies to Bulgaria on Wednesday.", "16"),
        ("The foreign ministry of Niger said it had suspended all aid from France.", "16"),
    ],
)
def test_cutting_supplies_or_ties_is_a_threat_or_a_decision(coded, text, root):
    found = coded(text)
    assert found.get(root), found
    assert not found.get("13" if root == "16" else "16"), found
