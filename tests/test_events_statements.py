"""What a statement's own words make of it, on our own sentences: a threat, a demand or a
criticism by its speaker against the first other party the words name (never the speaker's
own country)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


def _by_root(events, root):
    return [e for e in events if e.root == root]


def test_a_conditional_response_is_a_threat_against_the_other_party(read):
    events = read(
        "The Malian envoy said Bamako would take firm measures if Niamey kept up its raids."
    )
    (threat,) = _by_root(events.events, "13")
    assert (threat.source.country, threat.target.country) == ("MLI", "NER")


def test_the_speakers_own_capital_is_not_the_target(read):
    events = read("The Kenyan minister said Nairobi would retaliate if Uganda closed the border.")
    threats = _by_root(events.events, "13")
    assert threats and all(e.target is None or e.target.country != "KEN" for e in threats)


def test_must_in_a_statement_is_a_demand_on_the_party_named(read):
    events = read('"Armenia must withdraw its troops now," the Azerbaijani president said.')
    demands = _by_root(events.events, "10")
    assert [(e.source.country, e.target.country) for e in demands] == [("AZE", "ARM")]


def test_calling_a_party_a_source_of_instability_criticises_it(read):
    events = read(
        "Iran said on Monday that Israel was the main source of instability in the region."
    )
    (criticism,) = _by_root(events.events, "11")
    assert (criticism.source.country, criticism.target.country) == ("IRN", "ISR")


def test_a_plain_report_makes_no_criticism(read):
    events = read("Iran said on Monday that Israel had opened a new consulate in Baku.")
    assert not _by_root(events.events, "11")


def test_an_embassy_in_a_capital_is_its_own_countrys(read):
    reading = read(
        "The Cuban embassy in Madrid called the report false. "
        "The embassy later accused Spain of spreading lies."
    )
    accused = [e for e in reading.events if e.trigger.text == "accused"]
    assert [(e.source.country, e.target.country) for e in accused] == [("CUB", "ESP")]


def test_his_forces_are_the_speakers_countrys(read):
    reading = read(
        "Armenian Defence Minister Aram Petrosyan said his troops had shelled "
        "Azerbaijani positions overnight."
    )
    shelled = [e for e in reading.events if e.trigger.text == "shelled"]
    assert [e.source.country for e in shelled] == ["ARM"]


def test_a_wire_dateline_is_not_the_subject(read):
    reading = read(
        "HANOI, May 2 (Wire) - Vietnam fired warning shots at Cambodian boats on Friday, "
        "officials said."
    )
    fired = [e for e in reading.events if e.trigger.text.startswith("fired")]
    assert [e.source.country for e in fired] == ["VNM"]


def test_drones_launched_at_a_city_are_an_aerial_attack(read):
    reading = read("Sudan's army launched dozens of drones at Nyala overnight.")
    assert [(e.cameo, e.source.country) for e in reading.events] == [("195", "SDN")]


def test_a_person_takes_the_country_of_their_apposition(read):
    reading = read(
        "Ri Song Hui, an aide to leader Kim Jong Un, accused Japan of hostile acts on Monday."
    )
    accused = [e for e in reading.events if e.trigger.text == "accused"]
    assert [(e.source.country, e.target.country) for e in accused] == [("PRK", "JPN")]


def test_a_headline_on_its_own_line_is_its_own_sentence(reader, read):
    text = "Envoys meet in Lisbon on fishing rights\nPortugal's minister accused Morocco of delays."
    starts = [s[0].text for s in reader.nlp(text).sents]
    assert starts == ["Envoys", "Portugal"]
    accused = [e for e in read(text).events if e.trigger.text == "accused"]
    assert [e.source.country for e in accused] == ["PRT"]


def test_text_wrapped_at_a_width_is_not_cut_at_its_newlines(reader):
    text = (
        "The two governments said on Monday that the\ntalks in Lisbon had gone well, and\n"
        "that Morocco would send its\nNew Year proposals in June."
    )
    assert len(list(reader.nlp(text).sents)) == 1


def test_the_west_is_an_actor_but_the_west_bank_is_palestine(read):
    accused = read("Belarus accused the West of plotting a coup.").events
    assert [(e.source.code, e.target.code) for e in accused if e.root == "11"] == [("BLR", "WST")]
    raided = read("Israeli police raided a mosque in the West Bank on Friday.").events
    assert [e.target.country for e in raided if e.root == "17"] == ["PSE"]


def test_a_spokesperson_for_a_states_body_speaks_for_that_state(read):
    urged = read(
        "Chen Wei, a spokesman for China’s Coast Guard, urged Japan to withdraw its boats."
    )
    assert [e.source.country for e in urged.events if e.root == "02"] == ["CHN"]
    accused = read(
        "Ahmad Karimi, a spokesman for Iran’s Foreign Ministry, accused Britain of meddling."
    )
    assert [e.source.country for e in accused.events if e.root == "11"] == ["IRN"]


def test_a_party_is_never_its_own_target(read):
    reading = read("In Lima, chief cabinet secretary Jorge Salas rejected the criticism.")
    rejected = [e for e in reading.events if e.root == "12"]
    assert rejected and all(e.target is None or e.target.code != e.source.code for e in rejected)


def test_common_titles_give_their_holders_country(read):
    reading = read("Spain's chief cabinet secretary Ana Ruiz accused Morocco of intimidation.")
    assert [e.source.code for e in reading.events if e.root == "11"] == ["ESPGOV"]
    reading = read("Egypt's top diplomat Sami Adel warned Ethiopia against filling the dam.")
    assert {e.source.code for e in reading.events} == {"EGYGOV"}


def test_it_as_the_object_is_the_other_party_named_before(read):
    reading = read("Iran seized a tanker in the Gulf. Britain called on it to release the ship.")
    appeals = [e for e in reading.events if e.root == "02"]
    assert [(e.source.country, e.target.country) for e in appeals] == [("GBR", "IRN")]


def test_two_parties_joined_by_a_hyphen_hold_the_talks(read):
    events = read("Kenya-Somalia talks on the maritime border ended on Friday.").events
    assert [(e.root, e.source.country, e.target.country) for e in events] == [("04", "KEN", "SOM")]


def test_a_person_does_not_take_the_country_of_whom_they_criticise(read):
    events = read("Omar Haddad denounced Britain's policies toward Jordan.").events
    denounced = [e for e in events if e.root == "11"]
    assert denounced and all(e.source.country != "GBR" for e in denounced)
    assert [e.target.country for e in denounced] == ["GBR"]


def test_a_person_takes_the_country_of_who_they_are(read):
    reading = read(
        "Pak Chol, who is a senior official of the Workers' Party of Korea, accused Seoul "
        "of provocations."
    )
    accused = [e for e in reading.events if e.root == "11"]
    assert [(e.source.country, e.target.country) for e in accused] == [("PRK", "KOR")]


def test_a_known_spokesperson_speaks_for_their_state(read):
    reading = read("Mao Ning accused Manila of stirring up trouble at sea.")
    assert [e.source.code for e in reading.events if e.root == "11"] == ["CHNGOV"]


def test_a_pronoun_speaker_does_not_loop_on_its_own_statement(read):
    reading = read('"We will not back down," she said. "They must leave," she added.')
    assert reading.statements  # read to the end, no error


def test_an_agent_the_parser_hung_on_the_object_is_the_source(read):
    reading = read("Chile's president was invited to the summit by the Spanish government.")
    invited = [e for e in reading.events if e.trigger.text == "invited"]
    assert [(e.source.country, e.target.country) for e in invited] == [("ESP", "CHL")]


def test_an_act_done_in_protest_when_the_parser_hangs_it_on_the_object(read):
    reading = read("Serbia sent trucks carrying grain to Hungary in protest against the tariffs.")
    assert [(e.root, e.source.country) for e in reading.events if e.root == "14"] == [("14", "SRB")]


def test_a_sentence_verb_misread_as_a_participle_still_governs_its_clauses(read):
    reading = read("Tension flared after Ghana expelled two Togolese diplomats.")
    assert [(e.root, e.source.country) for e in reading.events] == [("16", "GHA")]


def test_describing_an_act_with_a_verdict_criticises_it(read):
    events = read("Peru described the new Chilean tariffs as illegal.").events
    assert [(e.root, e.source.country) for e in events if e.root == "11"] == [("11", "PER")]
    assert not read("Peru described the talks with Chile as useful.").events


def test_the_government_of_a_country_speaks_for_it(read):
    events = read("The Government of Norway lodged a protest with Russia over the flights.").events
    assert [(e.source.country, e.target.country) for e in events if e.root == "11"] == [
        ("NOR", "RUS")
    ]


def test_groups_named_by_their_role_take_the_articles_country(read):
    reading = read(
        "Bolivian opposition leader Rosa Quispe was detained by intelligence agents in La Paz."
    )
    assert [e.source.code for e in reading.events if e.root == "17"] == ["BOLSPY"]


def test_a_party_described_in_a_which_clause_says_what_it_says(read):
    reading = read("The plan was rejected by Caracas, which accused Bogota of meddling.")
    accused = [e for e in reading.events if e.root == "11"]
    assert [(e.source.country, e.target.country) for e in accused] == [("VEN", "COL")]


def test_calling_for_a_party_to_act_is_an_appeal_to_it(read):
    reading = read("Algeria called for Morocco to withdraw its troops from the border area.")
    assert [(e.root, e.source.country, e.target.country) for e in reading.events] == [
        ("02", "DZA", "MAR")
    ]


def test_delhi_stands_for_india(read):
    events = read("Delhi rejected Dhaka's request for the extradition.").events
    assert [e.source.country for e in events if e.root == "12"] == ["IND"]


def test_it_in_what_a_party_was_told_is_the_party_told(read):
    reading = read("Rabat told Madrid that it must stop the raids.")
    assert [(e.root, e.source.country, e.target.country) for e in reading.events] == [
        ("10", "MAR", "ESP")
    ]


def test_a_warning_is_about_the_subject_of_its_clause(read):
    reading = read("Caracas warned that Georgetown would regret the oil deal.")
    assert [(e.root, e.source.country, e.target.country) for e in reading.events] == [
        ("13", "VEN", "GUY")
    ]


def test_conveying_concern_is_a_pessimistic_comment(read):
    events = read("Austria conveyed its concerns to Hungary over the new law.").events
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [
        ("012", "AUT", "HUN")
    ]


def test_its_fighters_in_what_a_group_said_are_the_groups(read):
    reading = read(
        "Israel shelled Rafah on Monday. Hamas said on Tuesday that its fighters had "
        "destroyed three Israeli tanks."
    )
    destroyed = [e for e in reading.events if e.trigger.text == "destroyed"]
    assert [e.source.code for e in destroyed] == ["HAMAS"]


def test_allies_striking_together_are_not_each_others_targets(read):
    reading = read("Dutch and Belgian jets struck Houthi positions in Yemen.")
    assert reading.events
    assert all(e.target is not None and e.target.code == "HOUTHIS" for e in reading.events)


def test_the_statement_said_speaks_for_who_issued_it(read):
    reading = read(
        "Sudan's foreign ministry issued a statement on Monday. The statement said "
        "Chad would pay a heavy price for arming the rebels."
    )
    threats = [e for e in reading.events if e.root == "13"]
    assert [(e.source.country, e.target.country) for e in threats] == [("SDN", "TCD")]


def test_a_threat_to_act_is_a_threat_not_the_act(read):
    events = read("Belarus's threat to use nuclear weapons alarmed Poland.").events
    assert [e.root for e in events] == ["13"]


def test_calling_an_act_a_threat_to_peace_criticises_its_author(read):
    events = read("Cyprus said on Monday that Turkey's drilling posed a threat to regional peace.")
    assert [(e.root, e.source.country, e.target.country) for e in events.events] == [
        ("11", "CYP", "TUR")
    ]


def test_a_noun_of_talk_needs_the_party_it_is_aimed_at(read):
    assert [
        e.root for e in read("Kenya's criticism was mild, officials in Nairobi said.").events
    ] == []
    (event,) = read("Japan's criticism of China grew sharper on Tuesday.").events
    assert (event.root, event.source.code, event.target.code) == ("11", "JPN", "CHN")


def test_a_material_act_told_by_a_noun_needs_no_target(read):
    events = read("The Sudanese army's bombardment continued overnight, residents said.").events
    assert [(e.root, e.source.code, e.target) for e in events] == [("19", "SDNMIL", None)]
