"""Event structures on our own sentences: parties acting together, nominal events with their
participants, speech acts, pronouns, groups named by their role, targets that are never the
source, and meanings the old coder inverted."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def read(reader):
    def run(text: str):
        return reader.read(text, published=PUBLISHED)

    return run


def _codes(events):
    return sorted(
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
    )


def test_the_two_sides_are_the_two_parties_named_before(read):
    events = read(
        "Serbian and Kosovan negotiators spent a week in Brussels. "
        "On Friday the two sides agreed to reopen the crossing."
    ).events
    agreed = [e for e in events if e.trigger.text.startswith("agreed")]
    assert {(e.source.country, e.target.country) for e in agreed} == {
        ("SRB", "XKX"),
        ("XKX", "SRB"),
    }


def test_nominal_events_take_their_participants(read):
    (talks,) = read("Egypt's talks with Sudan ended without a deal.").events
    assert (talks.cameo, talks.source.code, talks.target.code) == ("046", "EGY", "SDN")
    (detention,) = read("The detention of two reporters by Iranian police drew protests.").events
    assert (detention.root, detention.source.code) == ("17", "IRNCOP")
    (meeting,) = read("A meeting between Ghana and Togo took place in Lome.").events
    assert (meeting.root, meeting.source.code, meeting.target.code) == ("04", "GHA", "TGO")


def test_a_meeting_set_in_a_clause_is_had_by_its_subject(read):
    events = read(
        "Portugal's foreign minister repeated the demand at a meeting with Spanish officials."
    ).events
    meeting = next(e for e in events if e.root == "04")
    assert (meeting.source.code, meeting.target.code) == ("PRTGOV", "ESPGOV")


def test_a_speech_act_by_a_pronoun_takes_the_statements_speaker(read):
    reading = read("She urged Chile to lift the ban, the Peruvian president said.")
    if not reading.statements:
        pytest.skip("no attribution component installed")
    (event,) = [e for e in reading.events if e.root == "02"]
    assert (event.source.country, event.target.code) == ("PER", "CHL")


def test_he_inside_a_quote_is_not_the_speaker(read):
    reading = read(
        'Austrian envoy Peter Hahn met the Croatian minister. "He promised to open the border,"'
        " Hungarian Prime Minister Viktor Orban said."
    )
    promised = next(e for e in reading.events if e.root in ("03", "08"))
    assert promised.source.country != "HUN"


def test_he_after_a_named_person_is_that_person(read):
    events = read("Viktor Orban arrived in Vienna. He met Austrian officials on Monday.").events
    met = next(e for e in events if e.root == "04" and e.trigger.text == "met")
    assert met.source.name == "Viktor Orbán" or met.source.span.text == "Viktor Orban"


def test_groups_named_by_their_role_get_country_and_sector(read):
    (event,) = read("Protesters blocked roads in Lima on Sunday.").events
    assert (event.source.code, event.source.sector) == ("PERCVL", "CVL")
    events = read("The junta detained two ministers, Malian state television said.").events
    detained = next(e for e in events if e.root == "17")
    assert (detained.source.country, detained.source.sector) == ("MLI", "MIL")


def test_no_target_is_the_source_itself(read):
    (event,) = read("Germany defended Germany's record.").events
    assert event.source.code == "DEU" and event.target is None
    (event,) = read("China arrested dozens of people overnight.").events
    assert event.source.code == "CHN" and event.target is None
    (event,) = read("Chinese police arrested dozens of people overnight.").events
    assert (event.source.code, event.target.code) == ("CHNCOP", "CHN")  # at home
    (event,) = read("China arrested dozens of activists.").events
    assert (event.source.code, event.target.code) == ("CHN", "CHNCVL")


def test_sending_air_defence_to_an_ally_is_support_not_a_threat(read):
    (event,) = read("Poland said it will deploy air defence batteries to Lithuania.").events
    assert (event.source.code, event.target.code) == ("POL", "LTU")
    assert event.quad == 1 and event.plover == "AGREE" and event.modality == "proposed"
    (event,) = read("Poland will deploy air defence batteries to Lithuania.").events
    assert event.quad == 2 and event.plover == "AID" and event.modality == "hypothetical"
    (event,) = read("Poland deployed air defence batteries to Lithuania.").events
    assert event.cameo == "074" and event.plover == "AID"


def test_denied_content_is_not_a_fact_and_the_denial_is(read):
    reading = read("Russia denied that its soldiers had shelled the village.")
    if not reading.statements:
        pytest.skip("no attribution component installed")
    shelling = next(e for e in reading.events if e.root == "19")
    assert shelling.modality == "denied" and shelling.statement
    denial = next(e for e in reading.events if e.root == "01")
    assert denial.modality == "asserted" and denial.source.code == "RUS"


def test_a_conditional_is_not_a_fact(read):
    # the condition is no act of its own; what would follow it is at most hypothetical
    events = read("If Serbia attacks, Croatia would respond.").events
    assert all(e.modality == "hypothetical" for e in events)
    assert not [e for e in events if e.root == "19" and e.source.code == "SRB"]


def test_an_event_needs_someone_who_did_it(read):
    assert read("The village was shelled overnight.").events == []


def test_a_verb_coordinated_with_a_negated_one_is_negated(read):
    events = read("Paris has not confirmed or denied the plans.").events
    assert events and all(e.negated for e in events)


def test_a_statement_calling_something_illegal_is_a_criticism_by_its_speaker(read):
    reading = read(
        'Armenia\'s foreign minister said the vote in the enclave was "illegal and a sham".'
    )
    if not reading.statements:
        pytest.skip("no attribution component installed")
    (event,) = [e for e in reading.events if e.root == "11"]
    assert event.source.code == "ARMGOV" and event.statement and event.modality == "asserted"


def test_a_statement_promising_a_heavy_price_is_a_threat(read):
    reading = read('"They will pay a heavy price," the Iranian defence minister said of Israel.')
    if not reading.statements:
        pytest.skip("no attribution component installed")
    threats = [e for e in reading.events if e.root == "13"]
    assert threats and threats[0].source.code == "IRNGOV"


def test_the_same_act_told_twice_is_one_event(read):
    events = read(
        "Peru condemns Chilean strike\n\nPeru condemned the Chilean strike on Monday."
    ).events
    assert len([e for e in events if e.root == "11"]) == 1


def test_drills_held_together_are_cooperation(read):
    events = read("Greek and Cypriot warships began five days of naval drills on Monday.").events
    assert events and {e.cameo for e in events} == {"062"}
    (event,) = read("Turkish warships began five days of naval drills on Monday.").events
    assert event.cameo == "150"


def test_a_visit_by_troops_is_a_deployment(read):
    (event,) = read("Indian peacekeeping troops arrived in South Sudan on Monday.").events
    assert (event.cameo, event.source.country, event.target.code) == ("074", "IND", "SSD")


def test_the_purpose_of_a_dispatch_is_the_event(read):
    events = read("Qatar sent envoys to Kabul to discuss the prisoner exchange.").events
    assert [(e.root, e.source.code, e.target.code) for e in events] == [("04", "QAT", "AFG")]


def test_until_makes_a_condition(read):
    events = read("The rebels said they would fight until their demands were met.").events
    assert all(e.modality == "hypothetical" for e in events if e.root == "08")


def test_announcing_it_would_act_is_the_act(read):
    events = read("Canada announced it would suspend aid to Mali.").events
    assert [e.root for e in events] == ["16"]
    events = read("Canada said it would suspend aid to Mali.").events
    assert [e.root for e in events] == ["13"]  # a warning of what it will do


def test_an_adjectival_passive_takes_its_subject_as_source(read):
    (event,) = read("Kenya is committed to opening up its economy.").events
    assert event.root == "03" and event.source.code == "KEN"


def test_an_act_in_protest_is_a_protest(read):
    (event,) = read("Ghana lowered its flags in protest at the Togolese decision.").events
    assert (event.cameo, event.source.code) == ("140", "GHA")


def test_a_coded_act_in_protest_keeps_its_code(read):
    (event,) = read("Ghana recalled its envoy in protest at the Togolese decision.").events
    assert (event.cameo, event.source.code) == ("161", "GHA")


def test_proposing_that_another_acts_is_an_appeal(read):
    events = read("Bolivia proposed that Chile hold talks on sea access.").events
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("026", "BOL", "CHL")]


def test_we_in_a_quote_is_its_speaker(read):
    reading = read('"We lodged a protest with Vietnam," the Cambodian foreign minister said.')
    if not reading.statements:
        pytest.skip("no attribution component installed")
    (event,) = [e for e in reading.events if e.root == "11"]
    assert (event.source.code, event.target.code) == ("KHMGOV", "VNM")


def test_the_role_named_again_is_the_person(read):
    events = read(
        "Spokeswoman Hua Chunying of the Chinese foreign ministry spoke on Monday. "
        "The spokeswoman urged Japan to release the fishermen."
    ).events
    urged = next(e for e in events if e.root == "02")
    assert "Hua" in urged.source.name and urged.target.code == "JPN"


def test_a_relative_clause_that_names_its_actor_may_tell_a_rejection(read):
    events = read("The tribunal issued a ruling that Turkey continues to reject.").events
    assert [(e.root, e.source.code) for e in events] == [("12", "TUR")]
    assert read("Chile praised Peru, which had attacked Bolivia.").events[0].root == "05"


def test_backers_are_not_the_actor(read):
    events = read("Iran-backed rebels attacked a Saudi oil depot.").events
    (attack,) = [e for e in events if e.root == "19"]
    assert attack.source.country != "IRN" and attack.target.code == "SAU"
    # "Iran-backed" describes the rebels: no act of Iran's is told (gold coders leave it out)
    assert all(e.source.country != "IRN" for e in events)


def test_an_ethnic_group_belongs_to_the_country_it_lives_in(read):
    (event,) = read("Ethnic Hungarians demonstrated in Slovakia on Sunday.").events
    assert event.root == "14" and event.source.country == "SVK"


def test_force_used_in_a_named_place_is_used_against_its_country(read):
    (event,) = read("Turkish jets bombed targets near Kirkuk on Sunday.").events
    assert (event.root, event.source.country, event.target.code) == ("19", "TUR", "IRQ")  # 195


def test_ordering_coercion_is_coercion(read):
    (event,) = read("The Egyptian government ordered the newspaper to suspend publication.").events
    assert (event.cameo, event.source.code) == ("1721", "EGYGOV")


def test_people_of_a_country_acting_at_home_target_it(read):
    (event,) = read("Thousands of Algerians blocked roads on Sunday.").events
    assert (event.source.code, event.target.code) == ("DZA", "DZA")


def test_a_leader_of_unknown_country_does_not_take_the_target_country(read):
    (event,) = read("President Jovan Markovic threatened action against Hungary.").events
    assert event.source.country != "HUN" and event.target.code == "HUN"


def test_a_must_added_by_a_pronoun_is_the_speakers_demand(read):
    reading = read(
        "Ghana's foreign minister spoke on Monday. Togo must reopen the border, she added."
    )
    if not reading.statements:
        pytest.skip("no attribution component installed")
    demand = next(e for e in reading.events if e.root == "10")
    assert (demand.source.code, demand.target.code) == ("GHAGOV", "TGO")


def test_it_is_hoped_in_a_quote_is_the_speakers_appeal(read):
    reading = read('"It is hoped Serbia will open the border," the Croatian minister said.')
    if not reading.statements:
        pytest.skip("no attribution component installed")
    appeal = next(e for e in reading.events if e.root == "02")
    assert (appeal.source.code, appeal.target.code) == ("HRVGOV", "SRB")


def test_after_doing_something_the_subject_did_it(read):
    events = read("After signing the accord, Italy and Libya held a joint news conference.").events
    assert ("057", "ITA", "LBY") in {(e.cameo, e.source.code, e.target.code) for e in events}


def test_a_proposal_without_a_proposer_tells_no_act(read):
    assert read("There is no serious proposal to negotiate with Sudan.").events == []


def test_a_meeting_with_no_counterpart_is_no_event(read):
    assert read("The Kenyan president arrived on Monday.").events == []


def test_a_pledge_of_friendship_in_a_statement_is_an_intent(read):
    reading = read('"Japan will remain a friend of Ukraine," the Japanese prime minister said.')
    if not reading.statements:
        pytest.skip("no attribution component installed")
    assert ("03", "JPNGOV") in {(e.root, e.source.code) for e in reading.events}


def test_the_side_urged_to_act_is_the_one_that_acts(read):
    events = read("Norway and Qatar urged both parties to engage in the talks in Doha.").events
    assert not [e for e in events if e.root == "04" and e.source.code in ("NOR", "QAT")]
    events = read("Kenya asked Uganda to hold talks with Tanzania.").events
    assert _codes(events) == [("026", "KEN", "UGA")]  # the talks are asked for, not held


def test_talks_offered_are_not_talks_held(read):
    events = read(
        "Oman offered to host a new round of talks between Armenia and Azerbaijan."
    ).events
    assert [e.root for e in events] == ["03"]
    events = read("A round of talks between Armenia and Azerbaijan ended in Muscat.").events
    assert [(e.source.code, e.target.code) for e in events if e.root == "04"] == [("ARM", "AZE")]


def test_a_strike_by_workers_is_a_stoppage_not_an_attack(read):
    assert _codes(read("Dockers in Chile walked off the job on Monday.").events) == [
        ("143", "CHLLAB", "CHL")
    ]
    assert [e.cameo for e in read("Chilean nurses threatened to strike.").events] == ["133"]
    (strike,) = read("Russian forces launched a strike on Ukraine.").events
    assert (strike.root, strike.source.code, strike.target.code) == ("19", "RUSMIL", "UKR")


def test_a_denial_in_a_while_clause_does_not_take_the_accusations_object(read):
    events = read(
        "Peru accused Chilean troops of crossing the border, while Chile denied the claim."
    ).events
    (denial,) = [e for e in events if e.root == "01"]
    assert denial.source.code == "CHL" and (denial.target is None or denial.target.code == "PER")


def test_an_act_told_again_with_its_target_is_one_event(read):
    events = read(
        "Peru sends aid\n\nPeru sent food aid to Ecuador on Sunday after the quake."
    ).events
    sent = [e for e in events if e.root == "07"]
    assert [(e.source.code, e.target.code) for e in sent] == [("PER", "ECU")]
    assert [e.id for e in events] == [f"e{k}" for k in range(1, len(events) + 1)]


def test_an_act_told_twice_between_the_same_parties_is_one_event(read):
    events = read(
        "Chile lodged a protest with Peru on Monday over two seized fishing boats. "
        "Chile also made a formal protest to Peru about the crews."
    ).events
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("114", "CHL", "PER")]
    events = read(
        "Norway warns of consequences\n\n"
        "Norway warned Sweden on Tuesday of consequences if the border stayed closed."
    ).events
    assert [(e.root, e.source.code, e.target.code) for e in events] == [("13", "NOR", "SWE")]


def test_an_office_named_by_its_title_speaks_for_the_country_near_it(read):
    events = read(
        "The foreign minister accused Israel of war crimes on Monday, Turkish state media reported."
    ).events
    assert ("TURGOV", "ISR") in {(e.source.code, e.target.code) for e in events if e.root == "11"}
    events = read("Chilean radio said the defence minister had warned Bolivia.").events
    assert [(e.root, e.source.code) for e in events if e.root == "13"] == [("13", "CHLGOV")]


def test_the_government_is_the_one_named_before_with_that_noun(read):
    events = read(
        "The Government of Ghana condemns the shelling of its embassy in Niamey. "
        "The authorities of Niger have not commented. The Government urges Niger to protect "
        "diplomats."
    ).events
    assert {(e.root, e.source.code) for e in events} >= {("11", "GHAGOV"), ("02", "GHAGOV")}
    assert all(e.target is None or e.target.code != "GHAGOV" for e in events)
    events = read(
        "The prime minister of Iraq condemned the strike, and the government demanded that "
        "Turkey withdraw its troops."
    ).events
    assert ("10", "IRQGOV", "TUR") in {
        (e.root, e.source.code, e.target.code if e.target else None) for e in events
    }


def test_we_outside_quotes_is_the_body_that_issues_the_statement(read):
    events = read(
        "The Ministry of Foreign Affairs of Peru issues the following statement.\n\n"
        "We demand that Chile respect the maritime treaty."
    ).events
    assert [(e.root, e.source.code, e.target.code) for e in events] == [("10", "PERGOV", "CHL")]
    events = read(
        "President Ruto of Kenya flew to Mogadishu on Monday. We asked residents whether they "
        "expected an agreement."
    ).events
    assert all(e.source.code.startswith("KEN") for e in events)  # the reporter's "we": no act


def test_the_two_alone_are_the_last_two_parties(read):
    events = read(
        "Oman's foreign minister met Iran's president on Sunday and the two discussed the "
        "shipping dispute."
    ).events
    pairs = {(e.source.code, e.target.code) for e in events if e.root == "04"}
    assert pairs == {("OMNGOV", "IRNGOV"), ("IRNGOV", "OMNGOV")}
    events = read("Laos and Thailand held border talks. Both agreed to reopen the bridge.").events
    agreed = {(e.source.code, e.target.code) for e in events if e.root == "03"}
    assert agreed == {("LAO", "THA"), ("THA", "LAO")}


def test_a_joined_act_is_aimed_where_the_first_was(read):
    events = read("Spain's king visited Morocco and pledged closer trade ties.").events
    assert {e.target.code for e in events} == {"MAR"}
    events = read("Ecuador expelled Colombia's ambassador and closed its border.").events
    assert all(e.target is not None and e.target.code.startswith("COL") for e in events)


def test_an_international_bodys_forces_keep_its_code(read):
    (event,) = read("UN peacekeepers arrived in Haiti on Monday.").events
    assert event.source.code == "UNMIL" and event.target.code == "HTI"


def test_a_participle_read_as_the_subject_clause_leaves_its_subject(read):
    events = read(
        "The Red Cross working in Libya said Egyptian and Turkish forces must let aid through."
    ).events
    assert events and all(e.source.code == "ICRC" for e in events)


def test_a_group_takes_the_country_of_the_place_it_is_in(read):
    (event,) = read(
        "Police in Lagos arrested dozens of protesters, Ghana's foreign ministry said."
    ).events
    assert (event.source.code, event.target.code) == ("NGACOP", "NGACVL")
    (event,) = read("Protesters in Mombasa clashed with police, Uganda's ministry said.").events
    assert (event.source.code, event.target.code) == ("KENCVL", "KENCOP")


def test_an_international_court_is_no_countrys(read):
    (event,) = read("China rejected the ruling of an international court on Tuesday.").events
    assert event.source.code == "CHN" and event.target.country is None


def test_words_inside_anothers_statement_are_not_the_reporters_act(read):
    events = read(
        "The foreign minister accused Israel of war crimes on Monday, Turkish state media reported."
    ).events
    assert [(e.root, e.source.code) for e in events] == [("11", "TURGOV")]


def test_troops_in_what_an_army_says_are_its_countrys(read):
    events = read(
        "A spokeswoman for the Israeli army said troops had struck targets in Gaza."
    ).events
    assert [(e.root, e.source.code) for e in events] == [("19", "ISRMIL")]
    events = read("Kyiv said on Monday that troops had shot down two drones over Kharkiv.").events
    assert {e.source.code for e in events} == {"UKRMIL"}


def test_an_act_received_from_a_party_is_that_partys(read):
    (event,) = read("Israel faced criticism from France over the settlements.").events
    assert (event.root, event.source.code, event.target.code) == ("11", "FRA", "ISR")
    events = read("The decision drew sharp condemnation from Egypt on Sunday.").events
    assert [(e.root, e.source.code) for e in events] == [("11", "EGY")]


def test_a_speech_act_carries_its_statement(read):
    reading = read("Japan praised South Korea's decision on Monday.")
    if not reading.statements:
        pytest.skip("no attribution component installed")
    praise = next(e for e in reading.events if e.root == "05")
    assert praise.statement == reading.statements[0].id


def test_force_on_no_named_target_is_against_whoever_tells_of_it(read):
    (event,) = read("According to Kyiv, Russian forces shelled the city overnight.").events
    assert (event.root, event.source.code, event.target.code) == ("19", "RUSMIL", "UKR")
    (event,) = read("Sudan's army shelled the city overnight.").events
    assert event.target.code == "SDN"  # at home, told by no one else


def test_it_is_not_a_subject_of_what_someone_else_said(read):
    events = read(
        "Iran's foreign ministry condemned the raid on Monday. The ministry said Washington "
        "would bear responsibility for any escalation. It also warned Baghdad against "
        "hosting foreign troops."
    ).events
    warned = [e for e in events if e.trigger.text.startswith("warned")]
    assert warned and all(e.source.country == "IRN" for e in warned)


def test_a_demand_joined_to_the_reported_clause_is_the_speakers(read):
    events = read(
        "Thailand's foreign minister said Cambodia had provoked the clash and demanded that it "
        "pull back its troops."
    ).events
    (demand,) = [e for e in events if e.root == "10"]
    assert (demand.source.code, demand.target.code) == ("THAGOV", "KHM")
    assert demand.modality == "asserted" and demand.statement
    events = read(
        "State media said the president had inspected a border unit and ordered the army to "
        "stay alert."
    ).events
    assert all(e.source is None or e.source.sector != "MED" for e in events if e.root == "10")


def test_a_group_joined_to_a_countrys_party_is_of_that_country(read):
    events = read(
        "Britain said the Sudanese government and the rebels must agree a ceasefire."
    ).events
    assert {e.target.code for e in events if e.root == "10"} == {"SDNGOV", "SDNREB"}


def test_a_nouns_own_words_give_its_modality(read):
    events = read("Iran said it would retaliate against any Israeli strike.").events
    (strike,) = [e for e in events if e.trigger.text.endswith("strike")]
    assert strike.modality == "hypothetical"
    events = read("There were no talks between Serbia and Kosovo this year.").events
    assert events and all(e.negated for e in events)
    (meeting,) = read("A possible meeting between Chad and Niger was discussed.").events
    assert meeting.modality == "hypothetical"


def test_with_names_the_party_before_on_names_the_topic(read):
    (talks,) = read("Turkey's talks with Sweden on NATO membership stalled.").events
    assert (talks.source.code, talks.target.code) == ("TUR", "SWE")
    events = read("Qatar mediated between Israel and Hamas on Monday.").events
    assert {e.target.code for e in events} == {"ISR", "HAMAS"}


def test_a_person_named_again_in_part_keeps_their_country(read):
    events = read(
        "Kenya's foreign minister Juma Odhiambo Otieno warned Somalia on Monday. "
        "Juma Odhiambo later denounced the blockade."
    ).events
    assert [e.source.country for e in events] == ["KEN", "KEN"]


def test_forces_in_what_a_third_country_says_are_not_its(read):
    events = read(
        "Fighting between Sudan's army and the RSF spread to Darfur. The United States said "
        "the army and the RSF would hold talks in Jeddah."
    ).events
    talks = [e for e in events if e.root == "03" or e.trigger.text.startswith("hold")]
    assert talks and all(not e.source.code.startswith("USA") for e in talks)
