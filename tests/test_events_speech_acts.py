"""Threats, warnings, ultimatums, appeals and demands as news states them, on our own sentences:
each family in several wordings, checked for root, source country and target country."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


def _pairs(text: str, read, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in read(text).events
        if e.root == root
    ]


# -- a response promised in a statement is a threat; a condition names its target ----------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistan said it would hit back hard if India crossed the border.", ("PAK", "IND")),
        ("Tehran vowed to strike back swiftly should Israel bomb its reactors.", ("IRN", "ISR")),
        ("Seoul said it will react firmly if Pyongyang fires another missile.", ("KOR", "PRK")),
        ("Moscow warned it would respond if Helsinki hosted US bases.", ("RUS", "FIN")),
        (
            "Beijing cautioned that it would take all necessary steps unless Manila withdrew "
            "its ship.",
            ("CHN", "PHL"),
        ),
    ],
)
def test_a_response_promised_on_a_condition_is_a_threat_against_its_subject(read, text, pair):
    assert pair in _pairs(text, read, "13")


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said any Greek move on the islands would be crushed.",
        "The Iranian president said Israel would be punished for the raid.",
        "Caracas said Guyana would pay dearly for its decision.",
    ],
)
def test_harm_promised_to_another_in_a_statement_is_the_speakers_threat(read, text):
    threats = _pairs(text, read, "13")
    assert threats and threats[0][0] in ("TUR", "IRN", "VEN")


def test_reserving_the_right_to_retaliate_is_a_threat_not_a_fight(read):
    text = "Egypt said it reserved the right to retaliate against Ethiopia over the dam."
    assert ("EGY", "ETH") in _pairs(text, read, "13")
    assert not _pairs(text, read, "19")


def test_would_not_stand_idly_by_is_a_threat_not_a_refusal(read):
    text = "Serbia said it would not stand idly by if Kosovo deployed police in the north."
    assert _pairs(text, read, "13")
    assert not _pairs(text, read, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it would consider the transfer of fighter jets to Kyiv an act of war.",
        "Pyongyang said it would view any blockade as a declaration of war.",
    ],
)
def test_calling_a_future_act_an_act_of_war_is_a_military_threat(read, text):
    reading = read(text)
    assert any(e.cameo == "138" for e in reading.events)


def test_a_plain_prediction_in_a_statement_is_no_threat(read):
    text = "Brazil said it would host the summit in November."
    assert not _pairs(text, read, "13")


# -- a warning is aimed at the party warned ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan warned Greece not to test Turkish patience.", ("TUR", "GRC")),
        ("China warned Lithuania against opening a Taiwanese office.", ("CHN", "LTU")),
        ("Washington warned Caracas against any move on Essequibo.", ("USA", "VEN")),
        ("Russia warned Norway not to expect an easy winter.", ("RUS", "NOR")),
    ],
)
def test_the_party_warned_is_the_target(read, text, pair):
    assert pair in _pairs(text, read, "13")


# -- deadlines: a demand with a time limit ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Serbia gave Kosovo until Monday to reopen the crossing.", ("SRB", "XKX")),
        ("Ethiopia gave Sudan until Sunday to pull its troops out.", ("ETH", "SDN")),
    ],
)
def test_a_deadline_given_to_a_party_is_a_demand_on_it(read, text, pair):
    assert pair in _pairs(text, read, "10")
    assert not _pairs(text, read, "08")  # what is demanded did not happen


# -- appeals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway repeated its appeal to Sudan to open the aid corridors.", ("NOR", "SDN")),
        ("Chile said it was time for Peru to restore calm.", ("CHL", "PER")),
        ("Finland lobbied Hungary to approve the accession.", ("FIN", "HUN")),
    ],
)
def test_appeals_in_other_wordings(read, text, pair):
    assert pair in _pairs(text, read, "02")


def test_echoing_calls_is_an_appeal(read):
    assert _pairs("Portugal echoed calls for a truce in Sudan.", read, "02")


# -- threats told in passing, as a possibility, or by not ruling force out -----------------


def test_a_warning_told_in_passing_is_coded(read):
    text = "Aliyev, who warned on Friday that Baku could strike Armenian positions, met Putin."
    assert ("AZE", "ARM") in _pairs(text, read, "13")


def test_an_appeal_told_in_passing_is_coded(read):
    text = "Lula, who has urged Caracas to hold free elections, landed in Lisbon."
    assert ("BRA", "VEN") in _pairs(text, read, "02")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow warned that it could target Polish airfields.", ("RUS", "POL")),
        ("Ankara said it might bomb Kurdish bases in Iraq if the attacks went on.", ("TUR", "IRQ")),
    ],
)
def test_a_possible_attack_told_as_a_warning_is_a_threat(read, text, pair):
    assert pair in _pairs(text, read, "13")


def test_a_plain_possibility_is_no_threat(read):
    assert not _pairs("Paris said it could send more doctors to Chad.", read, "13")


@pytest.mark.parametrize(
    "text",
    [
        "The White House did not rule out military action against Venezuela.",
        "Israel said all options remained on the table regarding Iran.",
    ],
)
def test_not_ruling_force_out_is_a_threat(read, text):
    events = [e for e in read(text).events if e.root == "13"]
    assert events and not any(e.negated for e in events)


# -- an imperative told to a party ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ('"Pull your ships back," the Philippine minister told China.', "10", ("PHL", "CHN")),
        ('"Please open the border," the Afghan envoy told Pakistan.', "02", ("AFG", "PAK")),
    ],
)
def test_an_imperative_told_to_a_party_is_a_demand_or_an_appeal(read, text, root, pair):
    assert pair in _pairs(text, read, root)


def test_a_statement_told_to_a_party_is_no_demand(read):
    text = '"We will reopen the embassy," the Saudi minister told Iran.'
    assert not _pairs(text, read, "10")


def test_an_imperative_of_no_known_act_is_no_demand(read):
    text = '"Show me the evidence," the Iranian minister told Britain.'
    assert not _pairs(text, read, "10")


# -- a statement framed as a warning or an appeal to a party -------------------------------


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "In a pointed warning to Tehran, the Saudi minister said Riyadh would defend "
            "its waters.",
            "13",
            ("SAU", "IRN"),
        ),
        (
            "In an appeal to Athens, the Albanian president said the border rules must change.",
            "02",
            ("ALB", "GRC"),
        ),
    ],
)
def test_a_statement_framed_as_an_act_is_that_act(read, text, root, pair):
    reading = read(text)
    found = [(e.source.country, e.target.country) for e in reading.events if e.root == root]
    assert pair in found


def test_repeating_threats_is_a_threat(read):
    assert ("IRN", "ISR") in _pairs("Iran repeated its threats against Israel.", read, "13")


def test_a_threat_told_to_a_party_is_aimed_at_it_when_its_words_name_no_other(read):
    text = "The Turkish envoy told Cyprus that it would bear the consequences."
    assert ("TUR", "CYP") in _pairs(text, read, "13")


def test_what_one_vows_of_another_is_a_threat_not_an_appeal(read):
    text = "Hamas vowed that Israel would pay for its crimes in Gaza."
    assert ("HAMAS", "ISR") in [
        (e.source.code, e.target.country) for e in read(text).events if e.root == "13"
    ]
    assert not _pairs(text, read, "02")


def test_what_one_promises_another_is_aimed_at_them(read):
    text = "The Dutch premier promised Zelensky that the Netherlands would send more jets."
    reading = read(text)
    assert any(
        e.root in ("03", "07") and e.target and e.target.country == "UKR" for e in reading.events
    )


# -- threats told as the content of a statement, in the words news uses daily -----------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Iranian army said it stood ready to use force against any aggressor.", "IRN"),
        ("Caracas said its troops were ready to respond to any attack by Guyana.", "VEN"),
        ("Seoul said Pyongyang's launch would invite catastrophic consequences.", "KOR"),
        ("Pyongyang said it would take corresponding steps if the exercises went ahead.", "PRK"),
        ("Moscow said Britain was playing a very dangerous game in the Black Sea.", "RUS"),
        ("Beijing said it would 'resolutely smash' any separatist plot.", "CHN"),
        ("Minsk said any NATO jet over its airspace would be regarded as a target.", "BLR"),
        ("Tehran said it would answer with force if its tankers were seized.", "IRN"),
        ("Ankara said the Kurdish militia would regret the ambush.", "TUR"),
        ("Tehran said the naval drills were a clear warning to Washington.", "IRN"),
        ("After the expulsions, Moscow said its response would be 'severe'.", "RUS"),
        ("Beijing said it would take revenge for the sanctions on its firms.", "CHN"),
        ("Kabul said foreign troops staying on would be treated as occupiers.", "AFG"),
        ("Baku said it would restore its borders by any means necessary.", "AZE"),
        ("Ankara said it had every right to take action against the militants.", "TUR"),
    ],
)
def test_a_response_or_harm_promised_in_a_statement_is_a_threat(read, text, who):
    assert who in [src for src, _ in _pairs(text, read, "13")]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo said the storm would bring a swift response from the Nordic states.",
        "Lisbon said its hospitals stood ready to respond to the outbreak.",
        "Nairobi said the drought could have catastrophic effects on farmers.",
    ],
)
def test_a_response_to_a_disaster_is_no_threat(read, text):
    assert not _pairs(text, read, "13")


# -- a possible act of the speaker's own party is a threat; of another, a forecast ----------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia said it could strike arms depots in Poland.", ("RUS", "POL")),
        ("Tehran signalled it could strike back at Israel.", ("IRN", "ISR")),
        (
            "Russian security official Dmitry Medvedev said Russia might strike Kyiv if "
            "Ukraine shelled Belgorod.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_a_possible_act_of_the_speakers_own_party_is_a_threat(read, text, pair):
    assert pair in _pairs(text, read, "13")


def test_what_analysts_say_another_could_do_is_no_threat(read):
    text = "Analysts said Iran could strike US bases if the talks collapsed."
    assert not _pairs(text, read, "13")


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they would keep firing at ships bound for Israel.",
        "Hamas said it will keep launching rockets at Israel.",
    ],
)
def test_keeping_up_attacks_in_the_future_is_a_threat(read, text):
    threats = _pairs(text, read, "13")
    assert threats and threats[0][1] == "ISR"


# -- warnings and cautions to a party; threats of force raised or hinted at ---------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Kremlin cautioned Berlin against sending cruise missiles to Kyiv.", ("RUS", "DEU")),
        ("Beijing cautioned Manila over its patrols near the reef.", ("CHN", "PHL")),
        ("Ankara raised the prospect of military action against Syria.", ("TUR", "SYR")),
        ("Erdogan hinted at a military operation in Syria.", ("TUR", "SYR")),
    ],
)
def test_cautions_and_hints_of_force_are_threats(read, text, pair):
    assert pair in _pairs(text, read, "13")


# -- criticism told with degree adverbs and quote marks; demands told with "had to" -------


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said the move was 'completely unacceptable'.",
        "Rabat said the report was totally baseless.",
        "Brussels said the vote was neither free nor fair.",
        "Tokyo said the missile launch was a grave violation of UN resolutions.",
    ],
)
def test_criticism_in_a_statement_in_other_wordings(read, text):
    assert [e for e in read(text).events if e.root in ("11", "12")]


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Moscow said Kyiv had to pull its troops out of Kursk.", "10", ("RUS", "UKR")),
        ("Washington said Caracas has to release the detained reporters.", "10", ("USA", "VEN")),
        ("Paris said Berlin needed to send more aid to Kyiv.", "02", ("FRA", "DEU")),
    ],
)
def test_an_act_another_party_has_to_do_is_a_demand(read, text, root, pair):
    assert pair in _pairs(text, read, root)


def test_an_act_ones_own_party_has_to_do_is_no_demand(read):
    text = "Israel said it had to defend itself and Jerusalem needed to release the hostages."
    assert not [e for e in read(text).events if e.root in ("02", "10") and e.source]


# -- an appeal told as a participle after another act is an act of its own ---------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tokyo rejected the ruling, calling on Seoul to honour the 1965 treaty.", ("JPN", "KOR")),
        (
            "Beijing summoned the Canadian envoy, urging Ottawa to stop its provocations.",
            ("CHN", "CAN"),
        ),
        ("Cairo condemned the raid, appealing to Washington to rein in Israel.", ("EGY", "USA")),
    ],
)
def test_an_appeal_after_another_act_is_coded_too(read, text, pair):
    assert pair in _pairs(text, read, "02")


def test_what_a_protest_calls_for_is_part_of_the_protest(read):
    text = "Thousands of Armenians marched in Yerevan on Sunday calling for the premier to resign."
    assert not _pairs(text, read, "02") and not _pairs(text, read, "10")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign reporters were threatened with expulsion by the Chinese authorities.",
        "The opposition leaders were threatened with arrest by the Belarusian government.",
    ],
)
def test_an_act_threatened_is_not_done(read, text):
    events = read(text).events
    assert [e for e in events if e.root == "13"]
    assert not [e for e in events if e.root == "17"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland insisted that Germany pay reparations for the war.", ("POL", "DEU")),
        ("Kyiv insisted that its allies deliver the promised shells before winter.", ("UKR", None)),
    ],
)
def test_insisting_that_another_do_an_act_is_a_demand_not_the_act(read, text, pair):
    assert pair in _pairs(text, read, "10")
    assert not _pairs(text, read, "07")


def test_insisting_on_a_fact_is_no_demand(read):
    text = "American officials insist that they give no support to the militants."
    assert not _pairs(text, read, "10")
