"""Trigger coverage on sentences of our own, family by family: phrasal verbs whose preposition
hangs on their particle ("pulled out of"), named organisations as objects, orders, ultimatums,
trade halts, aerial against non-military bombing, military against verbal attacks. Each case:
sentence, the code (or code prefix) expected, its source; a code that must NOT be coded is
given as "!prefix"."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import assert_coded

PUBLISHED = dt.date(2024, 3, 13)

CASES = [
    # leaving a deal or a body is reducing relations (16); leaving a place is a retreat (08)
    ("Russia pulled out of the grain deal.", "160", "RUS"),
    ("Niger withdrew from ECOWAS last year.", "160", "NER"),
    ("Hungary quit the International Criminal Court.", "160", "HUN"),
    ("Russian troops pulled out of Kherson.", "0874", "RUSMIL"),
    # trade halts and blacklists are sanctions (163)
    ("China halted imports of Japanese seafood.", "163", "CHN"),
    ("India suspended imports of Malaysian palm oil.", "163", "IND"),
    ("The United States blacklisted two Chinese chipmakers.", "163", "USA"),
    # force: military attacks (19) against verbal ones (11); aerial bombing (195) against
    # bombs set off by militants (183)
    ("Armenian troops attacked Azerbaijani positions overnight.", "190", "ARMMIL"),
    ("Israeli jets bombed targets in southern Lebanon.", "195", "ISR"),
    ("Somali militants bombed a busy market in Mogadishu.", "183", "SOM"),
    ("Hamas fighters stormed an Israeli army outpost.", "190", "HAMAS"),
    ("North Korea fired three ballistic missiles into the sea.", "150", "PRK"),
    ("The French navy intercepted a tanker carrying Libyan oil.", "171", "FRA"),
    # orders and ultimatums
    ("China told Japan to stop meddling in its affairs.", "10", "CHN"),
    ("Beijing told Manila to withdraw its ship from the shoal.", "10", "CHN"),
    ("Moscow gave Kyiv an ultimatum to surrender the city.", "139", "RUS"),
    # what a speaker calls another's act: "described/portrayed/sees X as <a blame noun or
    # adjective>" is criticism, whatever the verb; praise in the same frame is not
    ("Moscow described the sanctions as economic warfare.", "111", "RUS"),
    ("Tehran portrayed the strike as an act of aggression.", "111", "IRN"),
    ("Seoul sees the launch as a provocation.", "111", "KOR"),
    ("Beijing described the visit as provocative.", "111", "CHN"),
    ("Delhi described the talks as productive.", "!11", "IND"),
    # defending an actor or its decision is verbal support (052); defending sovereignty or
    # territory is none
    ("Hungary defended Serbia's decision at the summit.", "052", "HUN"),
    ("Belgrade defended the right of Serbs to vote.", "052", "SRB"),
    ("Mali said the strikes were measures to defend its territory.", "!05", "MLI"),
    # a confirmation of news is no stand; a confirmed commitment is
    ("The Kenyan army confirmed it had sent troops to Haiti.", "!01", "KENMIL"),
    ("Japan confirmed its commitment to the alliance with Australia.", "010", "JPN"),
    # a participle describing a noun is no act of its own
    ("Spain said the Moroccan measures were justified and necessary.", "!05", "MAR"),
    # a hope that another will act is an appeal to it; a hope about how things go is a comment
    ("Beijing expressed hope that Manila would honor its commitments.", "02", "CHN"),
    ("Kenya expressed the hope that Uganda would release the activists.", "025", "KEN"),
    ("China voiced hope that the talks would succeed.", "013", "CHN"),
    # "retaliated/responded by <doing>": the act done is the event, not force
    ("Moscow retaliated by expelling ten German diplomats.", "161", "RUS"),
    ("China hit back by imposing tariffs on American soybeans.", "163", "CHN"),
    ("Iran retaliated against Israel.", "19", "IRN"),
    # a press conference is no consultation unless held jointly; a conference of states is
    ("The Turkish president held a news conference in Ankara.", "!04", "TURGOV"),
    ("The leaders of Kenya and Ethiopia held a joint press conference.", "040", "KEN"),
    ("France held an international conference on Sudan.", "040", "FRA"),
    # yielding and admitting in other words
    ("Russia acknowledged heavy losses in the Kursk region.", "015", "RUS"),
    ("Hungary backtracked on its veto threat.", "080", "HUN"),
    ("Serbia dropped its objection to the Kosovo membership bid.", "080", "SRB"),
    # humanitarian aid sent as a convoy or a hospital
    ("Egypt sent a humanitarian convoy to Gaza.", "073", "EGY"),
    ("Jordan sent a field hospital to Gaza.", "073", "JOR"),
    # a participle of accusation or praise after an act is an act of its own; one of purpose
    # ("…, calling for …") or consequence ("…, killing …") is not
    ("China condemned the sanctions, accusing the United States of bullying.", "112", "CHN"),
    ("Venezuela recalled its ambassador, accusing Guyana of provocation.", "112", "VEN"),
    ("Chilean students marched in Santiago, calling for free education.", "!02", "CHL"),
    ("Israel struck Gaza, killing 20 people.", "!18", "ISR"),
    # a state that protests complains officially (114); people who protest demonstrate (14)
    ("Japan protested the incursion by Chinese ships.", "114", "JPN"),
    ("The Philippines protested the Chinese maneuvers.", "114", "PHL"),
    ("Thousands of Serbs protested in Belgrade.", "14", "SRB"),
    ("Kenyan students protested against the fee increase.", "14", "KENEDU"),
    # waivers ease sanctions (085); migrants turned away or intercepted are coerced (17)
    ("Washington extended a waiver for Iraqi electricity imports.", "085", "USA"),
    ("Italy turned away a migrant rescue ship.", "174", "ITA"),
    ("Libyan coast guards intercepted migrants at sea.", "173", "LBY"),
    # a noun of fighting or talks whose pair hangs on its verb ("… broke out between X and Y")
    ("Clashes broke out between Indian and Chinese troops.", "190", "IND"),
    ("Fighting erupted between Armenian and Azerbaijani forces on Tuesday.", "190", "ARM"),
    ("Talks were held between Serbian and Kosovar officials in Brussels.", "04", "SRB"),
    # ground retaken, fighters targeted
    ("Syrian government forces regained control of Aleppo.", "190", "SYR"),
    ("Sudan's army retook the presidential palace.", "190", "SDNMIL"),
    ("Turkish drones targeted Kurdish fighters in Syria.", "190", "TUR"),
    # charging another with the gravest crimes in one's own words is criticism of it
    ('"Israel is committing genocide in Gaza," the South African president said.', "111", "ZAF"),
    ('"Russia is an aggressor and an occupier," the Estonian prime minister said.', "111", "EST"),
    # words of war and politics: a rival beaten in a vote, a candidate attacked in a debate,
    # reviews offered or a statement released are no assault, fighting, pledge or release
    ("Ohio Democrats said Smith beat Jones in the Ohio primary.", "!18", "USA"),
    ("Police beat protesters in Tbilisi.", "182", "GEOCOP"),
    ("The Kenyan senator attacked the president over his record.", "111", "KENLEG"),
    ("Houthi fighters attacked government forces in Marib.", "190", "HOUTHIS"),
    ("The Nigerian president offered his positive reviews of the plan.", "!03", "NGAGOV"),
    ("In a statement released on Thursday, Iran denounced the US.", "!08", "IRN"),
    ("Libya offered to hand over two of its nationals to Britain.", "03", "LBY"),
    # "insisted that X pay" is a demand; "insisted that X was …" a claim
    ("Ukraine insisted that Russia pay reparations.", "10", "UKR"),
    ("Hungary insisted that the EU should release the frozen funds.", "10", "HUN"),
    ("Moscow insisted that the vote in Crimea was fair.", "!10", "RUS"),
    # an act told from its receiving end: the "from" party acts on the subject
    ("Russia faces new sanctions from the EU.", "163", "EU"),
    ("North Korea drew condemnation from Seoul after the launch.", "111", "KOR"),
    ("Ukraine received $2 billion in military aid from Germany.", "07", "DEU"),
    ("Kenya won praise from the UN for its role in Haiti.", "051", "UN"),
    ("Georgia faces a difficult election.", "!1", "GEO"),
    # trade curbs are sanctions, whatever the verb; "retaliated with <sanctions>" is them
    ("Washington expanded export controls on Chinese chipmakers.", "163", "USA"),
    ("Beijing retaliated with export curbs on gallium.", "163", "CHN"),
    ("Ottawa hit back with tariffs on American steel.", "163", "CAN"),
    # more verbs of news English: militarising, fortifying, pillaging, insulting, intervening
    ("China has militarized artificial islands in the South China Sea.", "150", "CHN"),
    ("Finland fortified its border with Russia.", "150", "FIN"),
    ("Russian soldiers pillaged Ukrainian villages.", "171", "RUSMIL"),
    ("The Kenyan president insulted the Ugandan leader.", "111", "KENGOV"),
    ("France intervened militarily in Mali in 2013.", "190", "FRA"),
    ("The Bank of Japan intervened to support the yen.", "!19", "JPN"),
    # welcoming a leader to a place hosts a visit (043); welcoming into a body is support
    ("Macron welcomed Modi to Paris for a state visit.", "043", "FRAGOV"),
    ("Putin welcomed Xi to the Kremlin on Monday.", "043", "RUSGOV"),
    ("Sweden welcomed Finland to NATO.", "!043", "SWE"),
    # arms supplied "with": military aid whatever the verb
    ("Russia supplied Iran with fighter jets.", "072", "RUS"),
    ("Turkey equipped Azerbaijan with drones.", "072", "TUR"),
    # "the Ukrainian war" says where; "Russia's war" says who
    ("Japan expressed sympathy to the victims of the Ukrainian war.", "!19", "UKR"),
    ("Russia's war in Ukraine entered its third year.", "190", "RUS"),
    # people displaced by someone named are expelled (201); "the conflict displaced millions"
    # names no one who did it
    ("Sudanese militias displaced thousands of villagers in Darfur.", "201", "SDN"),
    ("The Syrian conflict displaced millions.", "!20", "SYR"),
    # troops sent to a named country go to an ally's side: support, never a threat to it;
    # troops massed near a border or sent into a country are a show of force
    ("Germany said it will send more troops to Lithuania.", "033", "DEU"),
    ("Germany will send more troops to Lithuania.", "074", "DEU"),
    ("The US will deploy additional troops to Poland.", "!13", "USA"),
    ("Kenya sent police officers to Haiti.", "074", "KEN"),
    ("Russia massed troops near the Ukrainian border.", "154", "RUS"),
    ("Israel sent troops into Gaza.", "15", "ISR"),
    # deals revoked, delegations pulled, summits stayed away from
    ("Niger revoked a military agreement with the United States.", "160", "NER"),
    ("Iran pulled its delegation from the conference in Geneva.", "16", "IRN"),
    ("Mexico stayed away from the summit in Los Angeles.", "12", "MEX"),
    # what a spokesman told reporters is no order
    ("A Kenyan minister told reporters that the talks would resume.", "!10", "KEN"),
    # an act stopped is the act ended: cooperation ended reduces relations (16), force ended
    # is a yield (08); an act not stopped goes on; "stopped to talk" stops nothing
    ("The Netherlands stopped funding the UN agency.", "162", "NLD"),
    ("The Netherlands stopped funding the UN agency.", "!07", "NLD"),
    ("Germany has stopped supplying weapons to Israel.", "162", "DEU"),
    ("Denmark suspended sending aid to Gaza after the strike.", "162", "DNK"),
    ("Russian forces ceased shelling the city on Sunday.", "087", "RUSMIL"),
    ("The United States will not stop supporting Ukraine, Biden said.", "032", "USA"),
    ("The United States will not stop supporting Ukraine, Biden said.", "!13", "USA"),
    ("The Kenyan president stopped to talk to reporters in Nairobi.", "!16", "KENGOV"),
    ("Washington paused security cooperation with Baghdad.", "160", "USA"),
    ("Niger ended military cooperation with the United States.", "160", "NER"),
    ("The EU halted budget support to Niger.", "162", "EU"),
    # an idiom is met by the object's head, not its modifier: "struck an oil refinery" is a
    # strike, "struck oil" is not
    ("Ukraine struck an oil refinery in southern Russia overnight.", "19", "UKR"),
    ("The Russian company struck oil off the coast of Sakhalin.", "!19", "RUS"),
    # what a rejected request, offer or plan asks for is not done
    ("The Taliban turned down Pakistan's request to hand over militants.", "12", "TALIBAN"),
    ("The Taliban turned down Pakistan's request to hand over militants.", "!06", "PAK"),
    ("Hungary rejected the EU's plan to send more weapons to Kyiv.", "!07", "EU"),
    # the end, suspension or termination of cooperation is reduced relations, never the
    # cooperation; "at the end of the talks" ends nothing
    ("Chad announced the end of its defence cooperation with France.", "160", "TCD"),
    ("Chad announced the end of its defence cooperation with France.", "!06", "TCD"),
    (
        "Niger's suspension of military cooperation with Washington angered the Pentagon.",
        "16",
        "NER",
    ),
    ("Mali ordered the termination of its military agreement with France.", "160", "MLI"),
    ("The end of the talks between Israel and Hamas brought no deal.", "!16", "ISR"),
    # an act named as a threat, risk or prospect is done by no one yet
    ("Serbia faces the threat of EU sanctions over its stance.", "!16", "EU"),
    ("Tehran faces the possibility of new UN sanctions.", "!16", "UN"),
    # a readiness, willingness or commitment signalled, confirmed or reaffirmed: the act
    # it is for decides the intent (03x), not the verb of saying
    ("Vietnam signalled its willingness to negotiate with China.", "036", "VNM"),
    ("Tehran confirmed its readiness to resume talks with Washington.", "036", "IRN"),
    ("Germany reaffirmed its commitment to supporting Ukraine.", "032", "DEU"),
    # a trip by an army chief is a visit (042); troops arriving are a deployment (154)
    ("Sudan's army chief flew to Cairo for talks with Egypt's president.", "042", "SDNMIL"),
    ("The Pakistani army chief travelled to Washington on Sunday.", "!15", "PAKMIL"),
    ("A contingent of Rwandan soldiers arrived in Mozambique.", "154", "RWAMIL"),
    # arrests, jail terms and deportations told in the passive with no agent: done by the
    # state body that tells them, else by the state where they were done
    ("A French tourist was arrested in Tehran on Monday.", "173", "IRN"),
    ("Dozens of protesters were arrested in Tbilisi overnight.", "173", "GEO"),
    ("The Georgian interior ministry said 40 protesters had been detained.", "173", "GEOGOV"),
    ("Iran's judiciary said the French tourist had been sentenced to five years.", "173", "IRN"),
    ("Thousands of migrants were deported from Pakistan to Afghanistan.", "174", "PAK"),
    ("Turkey condemned the arrest of its citizen in Athens.", "173", "GRC"),
    ("The detention of two journalists in Iran drew condemnation from Paris.", "173", "IRN"),
    ("The arrest of the opposition leader in Ankara sparked protests.", "!17", "TUROPP"),
    # a charge brought by police, prosecutors or a court is legal action (173); a state's
    # charge against another state is an accusation (112)
    ("Indian police charged the journalist with sedition.", "173", "INDCOP"),
    ("A Turkish court charged the mayor with corruption.", "173", "TURJUD"),
    ("The American reporter was charged with espionage in Russia.", "173", "RUS"),
    ("Kyiv charged Moscow with violating the ceasefire.", "112", "UKR"),
    ("Kyiv charged Moscow with violating the ceasefire.", "!17", "UKR"),
    # aid or arms that arrive are delivered by their sender, not a visit; aid held back or
    # held up is aid reduced (162), never aid given
    ("The first shipment of US weapons arrived in Kyiv on Monday.", "072", "USA"),
    ("A convoy of Egyptian aid arrived in Gaza.", "07", "EGY"),
    ("A convoy of Egyptian aid arrived in Gaza.", "!04", "EGY"),
    ("Japanese aid workers arrived in Ankara.", "042", "JPN"),
    ("Washington has held back military aid to Kyiv for months.", "162", "USA"),
    ("Washington has held back military aid to Kyiv for months.", "!07", "USA"),
    # open to / ready for an act named by a noun: that act intended (03x)
    ("Tehran is open to talks with Washington, the foreign minister said.", "036", "IRN"),
    ("Kyiv is ready for negotiations with Moscow.", "036", "UKR"),
    ("Greece remains open to dialogue with Turkey.", "036", "GRC"),
    ("Hamas said it was ready for a ceasefire with Israel.", "035", "HAMAS"),
    ("Ukraine is open to criticism from its allies.", "!03", "UKR"),
]


@pytest.mark.parametrize(("text", "prefix", "source"), CASES, ids=[c[0][:40] for c in CASES])
def test_trigger_family(code, text, prefix, source):
    found = [(e.cameo, e.source.code if e.source else None) for e in code(text)]
    assert_coded(found, prefix, source, negated_from_any=True)


def test_no_plans_is_no_plan(code):
    """ "had no plans to attack" tells a plan denied: the attack planned (or a threat),
    negated; never a plain attack or threat."""
    events = [
        e
        for e in code("The Kremlin said it had no plans to attack Moldova.")
        if e.root in ("13", "19")
    ]
    assert events and all(e.negated for e in events)
