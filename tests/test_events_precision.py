"""Event precision, sources and targets on our own sentences: one act told twice is one event;
people and bodies take their country from the text; targets are never the source's own
country for an act aimed abroad; no event from background, hypotheses or third parties."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def read(reader):
    def run(text: str):
        return reader.read(text, published=PUBLISHED).events

    return run


def _of_root(events, root):
    return [e for e in events if e.root == root]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemns Togo over border raid\n\nGhana's foreign minister Ama Mensah on "
        "Monday condemned the raid by Togolese troops. Mensah denounced the attack as reckless.",
        "Chile criticised Peru on Tuesday over the fishing dispute. The Chilean foreign "
        "ministry also slammed Lima for its silence.",
        "Norway warned Russia of consequences. The Norwegian defence minister later gave "
        "Moscow a stern warning.",
    ],
)
def test_one_act_told_twice_is_one_event(read, text):
    events = read(text)
    roots = [e.root for e in events if e.root in ("11", "13")]
    assert len(roots) == 1, [(e.cameo, e.trigger.text) for e in events]


def test_acts_of_one_state_on_its_government_and_its_rebels_stay_apart(read):
    events = read("Kenya urged the Somali government and the rebels to sign the truce.")
    assert {e.target.code for e in _of_root(events, "02")} == {"SOMGOV", "SOMREB"}


def test_a_visit_and_a_meeting_are_two_acts(read):
    events = read("Lula arrived in Madrid on Monday. He met Spanish officials on Tuesday.")
    assert {e.cameo for e in _of_root(events, "04")} >= {"040", "042"}


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Erdogan warned Sweden not to expect Turkish support.", "13", "SWE"),
        ("The Indian minister warned Nepal not to count on Indian aid.", "13", "NPL"),
        ("Beijing told Tokyo not to seek Chinese help with the dispute.", "10", "JPN"),
    ],
)
def test_whom_a_speaker_addresses_is_the_target(read, text, root, target):
    events = _of_root(read(text), root)
    assert events and {e.target.country for e in events if e.target} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov rejected Western criticism of Russia.",
        "The Iranian foreign minister dismissed the reports about Iran.",
        "Beijing's ambassador rejected the claims about China.",
    ],
)
def test_an_act_of_a_state_is_not_aimed_at_that_state(read, text):
    events = [e for e in read(text) if e.root == "12"]
    assert events
    assert all(e.target is None or e.target.country != e.source.country for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing halted military dialogue with Washington after the visit.",
        "Seoul summoned the Japanese ambassador after the visit.",
        "Following the trip, Manila recalled its envoy from Beijing.",
    ],
)
def test_a_visit_before_or_after_an_act_is_not_the_subjects(read, text):
    assert not [e for e in read(text) if e.cameo.startswith(("042", "043"))]


def test_a_meeting_spoken_of_after_it_has_the_speaker_as_party(read):
    events = read("Lavrov told Blinken after the talks in Geneva that Moscow would respond.")
    talks = _of_root(events, "04")
    assert [(e.source.country, e.target.country) for e in talks] == [("RUS", "USA")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Israel's UN envoy denounced the resolution.", "ISR"),
        ("China's EU ambassador rejected the tariffs.", "CHN"),
    ],
)
def test_a_persons_possessor_is_their_country_not_their_posting(read, text, source):
    events = [e for e in read(text) if e.root in ("11", "12")]
    assert events and all(e.source.country == source for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Putin said European leaders had rejected talks.",
        "Erdogan said the lawmakers had rejected the deal.",
    ],
)
def test_a_plural_speaker_is_not_the_person_named_before(read, text):
    events = [e for e in read(text) if e.root == "12"]
    assert all(
        e.source is None or e.source.name not in ("Vladimir Putin", "Erdogan") for e in events
    )
    assert all(e.source is None or e.source.code not in ("RUSGOV", "TURGOV") for e in events)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Manila said Chinese ships fired water cannon at its boats.", "PHL"),
        ("Kyiv said Russian troops had detained dozens of people.", "UKR"),
    ],
)
def test_force_on_no_one_named_told_by_another_country_is_against_it(read, text, victim):
    events = [e for e in read(text) if e.root in ("17", "18", "19")]
    assert events and all(e.target is not None and e.target.country == victim for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo offered no apology to Seoul.",
        "Moscow has made no concessions to Kyiv.",
        "The Kenyan minister made no apology to Uganda for the raid.",
    ],
)
def test_an_act_given_as_none_is_negated(read, text):
    events = [e for e in read(text) if e.root in ("05", "08")]
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Germany agreed that Ukraine deserved more support.",
        "The Chilean minister agreed that the border deal had been fair.",
        "Norway agreed that the fund was doing well.",
    ],
)
def test_agreeing_that_something_is_so_is_a_view_not_an_act(read, text):
    assert not [e for e in read(text) if e.root == "03"]


def test_agreeing_that_something_will_be_done_is_an_act(read):
    events = read("Israel agreed that aid trucks could enter Gaza through Kerem Shalom.")
    assert [e.source.country for e in events if e.root == "03"] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Statement of the Ministry of Foreign Affairs of Chile\n\nThe Ministry firmly "
            "condemns the raid on the consulate of Chile in Bolivia.",
            "CHL",
        ),
        (
            "The Ministry of Defence of Kenya said on Monday that troops had left Somalia. "
            "The Ministry also condemned the attack in Mogadishu.",
            "KEN",
        ),
    ],
)
def test_the_ministry_is_the_ministry_of_the_country_named_with_it(read, text, source):
    events = _of_root(read(text), "11")
    assert events and all(e.source.country == source for e in events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Chile rejected the claims on Tuesday. Foreign Minister Tomas Barrera accused "
            "Bolivia of lying.",
            "CHL",
        ),
        (
            "The Kenyan government has rejected the report. In a statement, spokesman Isaac "
            "Mwaura condemned Somalia for the raid.",
            "KEN",
        ),
        (
            "Quito hit back on Monday. Interior Minister Lucia Andrade accused Peru of "
            "harbouring the gang.",
            "ECU",
        ),
    ],
)
def test_an_official_named_without_a_country_is_of_the_state_that_acted_before(read, text, source):
    events = _of_root(read(text), "11")
    assert [e.source.country for e in events] == [source]


def test_an_official_after_two_states_acted_takes_neither(read):
    events = read(
        "Chile and Peru traded accusations on Tuesday. Foreign Minister Tomas Barrera "
        "accused Bolivia of lying."
    )
    accused = [e for e in events if e.trigger.text.startswith("accused")]
    assert accused and all(e.source.country in (None, "BOL") for e in accused)


def test_a_person_who_heads_a_countrys_body_is_of_that_country(read):
    events = read("Tomas Barrera, who heads Chile's diplomacy, condemned Bolivia for the raid.")
    assert [e.source.country for e in _of_root(events, "11")] == ["CHL"]


@pytest.mark.parametrize(
    "text",
    [
        "Experts warn of a long war in the Sahel.",
        "Analysts accused Beijing of stalling the talks.",
        "Academics criticised the new border law in Hungary.",
    ],
)
def test_onlookers_named_by_role_alone_act_for_no_party(read, text):
    assert not [e for e in read(text) if e.root in ("11", "13")]


def test_a_promise_secured_from_a_state_is_that_states(read):
    events = read("Zelensky secured a promise of more tanks from Britain.")
    assert [(e.source.country, e.target.country) for e in _of_root(events, "03")] == [
        ("GBR", "UKR")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Both Vietnam and Malaysia have been conducting naval patrols near the reef for weeks.",
        "Peru and Bolivia put forward separate proposals on the lithium tax on Tuesday.",
        "Kenya and Ethiopia each submitted a draft resolution to the council.",
    ],
)
def test_parties_acting_each_on_their_own_are_not_each_others_targets(read, text):
    events = read(text)
    assert events, text
    assert all(e.target is None for e in events), [
        (e.cameo, e.source.code, e.target.code) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chile and Argentina agreed to reopen the border crossing.", "03"),
        ("Japan and South Korea held talks in Tokyo on Monday.", "04"),
        ("Serbia and Kosovo traded accusations over the border incident.", "11"),
        ("Rwanda and Burundi each accused the other of backing the rebels.", "11"),
    ],
)
def test_parties_acting_together_are_each_others_targets(read, text, root):
    events = _of_root(read(text), root)
    assert len(events) == 2 and all(e.target is not None for e in events), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tehran said it would resume enrichment if the Europeans reimpose sanctions.", "16"),
        ("Moscow will respond if NATO deploys missiles in Finland, the Kremlin said.", "15"),
        ("Hanoi warned it would expel the envoy unless Beijing withdraws the survey ship.", "08"),
        ("The rebels said they would lay down arms if the army pulls out of the valley.", "08"),
    ],
)
def test_no_event_from_the_condition_of_another_act(read, text, absent):
    assert not _of_root(read(text), absent), text


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade sees no real proposals from Brussels on talks on Kosovo.",
        "There are no plans for talks with Pyongyang, the Japanese spokesman said.",
        "Seoul played down the prospects for a resumption of negotiations with Tokyo.",
        "The BBC spoke to the Kenyan foreign minister about the crisis.",
    ],
)
def test_talks_spoken_of_or_held_with_the_press_are_no_meeting(read, text):
    assert not _of_root(read(text), "04"), text


@pytest.mark.parametrize(
    "text",
    [
        "Will Russia attack Ukraine again this winter?",
        '"Why did NATO bomb Belgrade in 1999?" the Serbian minister asked.',
        "Did Iran seize the tanker to punish Britain?",
    ],
)
def test_a_question_asserts_no_act(read, text):
    assert not read(text), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Any effort by Washington to impose sanctions on Turkey would backfire, Ankara said.",
            "16",
        ),
        (
            "Any attempt by Tokyo to send troops to the islands will be met with force, Beijing said.",
            "15",
        ),
    ],
)
def test_what_any_attempt_would_be_is_no_act(read, text, absent):
    assert not _of_root(read(text), absent), text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A missile fired by Hezbollah struck a kibbutz in northern Israel.", "HEZBOLLAH"),
        ("Drones launched by the Houthis attacked a tanker in the Red Sea on Monday.", "HOUTHIS"),
        ("Israeli warplanes bombed a house in Rafah, Palestinian medics said.", "ISR"),
    ],
)
def test_a_weapon_acts_for_the_side_that_fired_it(read, text, source):
    (event,) = _of_root(read(text), "19")
    assert event.source.code.startswith(source)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Two French nationals were detained in Iran last year on spying charges.", "IRN", "FRA"),
        ("A US journalist was arrested in Russia in March, his newspaper said.", "RUS", "USA"),
        (
            "Three Thai fishermen were arrested in Myanmar for illegal fishing, Bangkok said.",
            "MMR",
            "THA",
        ),
    ],
)
def test_an_arrest_with_no_agent_is_by_the_state_where_it_was_made(read, text, source, target):
    (event,) = _of_root(read(text), "17")
    assert event.source.country == source and event.target.country == target


def test_kidnappers_are_not_the_state_where_they_struck(read):
    events = read("Three Chinese engineers were kidnapped in northern Nigeria, police said.")
    assert not [e for e in events if e.source is not None and e.source.country == "NGA"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Red Cross operating in Gaza said Israel must allow fuel into the territory.", "ICRC"),
        ("The Red Cross working in Yemen said the Houthis must free the detained staff.", "ICRC"),
    ],
)
def test_a_body_at_work_in_a_place_is_not_that_place(read, text, source):
    (event,) = _of_root(read(text), "10")
    assert event.source.code == source


@pytest.mark.parametrize(
    "text",
    [
        "Ankara urged Athens to respect the treaty and the maritime accords signed by both "
        "sides, and honour the pledges of its former leaders.",
        "Seoul urged Pyongyang to stop its missile launches, and honour the accords it signed.",
    ],
)
def test_what_else_is_urged_is_no_act_of_the_one_who_urges(read, text):
    events = read(text)
    assert [e.root for e in events] == ["02"], [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The ministry called on Israel to halt the offensive.", "ISR"),
        ("The foreign ministry called on Canada to drop the charges.", "CAN"),
    ],
)
def test_a_body_of_no_country_named_is_not_of_the_state_it_addresses(read, text, target):
    (event,) = _of_root(read(text), "02")
    assert event.source.country != target and event.target.country == target


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Sweden's bid to join NATO was blocked by Turkey for more than a year.", "05"),
        ("Serbia's ambition to join the European Union remains distant.", "05"),
        ("Poland's desire to deploy more troops to Lithuania alarmed Moscow.", "07"),
        ("Kyiv's efforts to win over the Global South have intensified.", "05"),
        ("Moldova's hope to sign a trade deal with Ukraine faded after the vote.", "05"),
    ],
)
def test_what_a_noun_seeks_is_no_act_done(read, text, root):
    assert not _of_root(read(text), root), [(e.cameo, e.trigger.text) for e in read(text)]


@pytest.mark.parametrize(
    ("text", "root"),
    [  # a stance told in passing stays, and so do nouns of intent, threat or appeal
        ("The minister reaffirmed Iran's determination to stand against US pressure.", "12"),
        ("Hungary's threat to veto the aid package drew anger in Brussels.", "13"),
        ("Pakistan's readiness to mediate between Iran and Saudi Arabia was welcomed.", "03"),
    ],
)
def test_a_stance_or_a_noun_of_intent_is_still_coded(read, text, root):
    assert _of_root(read(text), root), [(e.cameo, e.trigger.text) for e in read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's economic crisis forced the central bank to raise rates.",
        "India's heatwave killed dozens of people in Uttar Pradesh.",
        "China's economic slowdown has hurt exports from Germany.",
        "Nigeria's fuel shortage crippled transport across Lagos.",
    ],
)
def test_a_happening_acts_for_no_one(read, text):
    assert not read(text), [(e.cameo, e.trigger.text) for e in read(text)]


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Israel's offensive in Gaza has killed thousands of Palestinians.", "20", "ISR"),
        ("Kenya's prosecutor's office is investigating the Mombasa port police.", "09", "KEN"),
        ("Russia's foreign ministry condemned the decision.", "11", "RUS"),
    ],
)
def test_an_act_a_body_or_a_force_acts_for_its_possessor(read, text, root, source):
    found = _of_root(read(text), root)
    assert found and all(e.source.country == source for e in found)
