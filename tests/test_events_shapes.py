"""Shapes of daily news that coded no event (found by counting uncoded verbs of actors over a
large general set, and from the lead's probes), on sentences of our own: a phrase of time is
no word of a pattern ("seized the tanker on Sunday" is no "seize on"); crowds named by their
size protest as civilians; "declared X persona non grata"; leaving a body or a treaty is reduced
relations, not a military retreat; talks by phone with a counterpart; "…, where X met Y";
ramming a vessel; sanctions slapped on; prison terms handed; a plane "loaded with" aid; the
headline "X to visit Y"; "is in Moscow for talks with". Each case: sentence, the code (or code prefix)
expected, its source; a code that must NOT be coded is given as "!prefix"."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import assert_coded

PUBLISHED = dt.date(2025, 6, 2)

CASES = [
    # a preposition of time is not part of the verb's pattern
    ("Iranian forces seized the tanker in the Strait of Hormuz on Sunday.", "171", "IRNMIL"),
    ("The Philippine coast guard seized two Chinese fishing boats on Thursday.", "171", "PHL"),
    ("In 2019 the Saudi fund gave $40 million to the Yemeni central bank.", "!08", "SAU"),
    ("On Monday, the Iraqi premier insisted that the vote would go ahead.", "!10", "IRQ"),
    ("Turkish lawmakers seized the floor from the ruling party on Tuesday.", "!17", "TUR"),
    ("The Chinese minister seized on the remarks of his Japanese counterpart.", "!17", "CHN"),
    # crowds named by their size protest as civilians of the place
    ("Thousands marched in Tbilisi against the new law.", "141", "GEOCVL"),
    ("Tens of thousands rallied in Belgrade on Saturday against the government.", "141", "SRB"),
    ("Hundreds took to the streets of Dhaka to demand new elections.", "14", "BGDCVL"),
    ("Thousands of people demonstrated in Tel Aviv against the judicial overhaul.", "141", "ISR"),
    ("Dozens protested outside the Russian embassy in Vilnius on Sunday.", "14", "LTUCVL"),
    ("Thousands of Hamas supporters marched in Gaza City.", "14", "HAMAS"),
    ("Thousands gathered in Tbilisi to protest the foreign agents law.", "14", "GEOCVL"),
    # an envoy declared unwelcome is expelled
    ("Moscow declared two German diplomats persona non grata.", "161", "RUS"),
    ("Russia declared the Estonian ambassador persona non grata on Friday.", "161", "RUS"),
    ("Beijing declared a Canadian diplomat persona non grata in retaliation.", "161", "CHN"),
    ("Niger's junta declared the French ambassador persona non grata.", "161", "NER"),
    # leaving a body, a bloc or a treaty reduces relations; leaving ground is a retreat
    ("Mali announced its withdrawal from ECOWAS on Sunday.", "160", "MLI"),
    ("Burundi completed its withdrawal from the International Criminal Court.", "160", "BDI"),
    ("Russia pulled out of the Council of Europe in March.", "160", "RUS"),
    ("Armenia froze its participation in the Russian-led security alliance.", "160", "ARM"),
    ("Mali suspended its participation in the regional force.", "160", "MLI"),
    ("Russian troops completed their withdrawal from Kherson.", "0874", "RUSMIL"),
    ("Mali announced its withdrawal from ECOWAS on Sunday.", "!087", "MLI"),
    # talks with a counterpart, by phone or not
    ("Poland's foreign minister talked to his Ukrainian counterpart on Monday.", "040", "POL"),
    ("Erdogan talked to Zelensky by phone on Thursday.", "041", "TURGOV"),
    ("Sisi spoke with the Jordanian king by telephone.", "041", "EGYGOV"),
    ("The Saudi crown prince talked to the Iranian president about Gaza.", "040", "SAUGOV"),
    # "…, where X did Y": the story goes on in the place
    ("Blinken flew on to Beijing, where he met Chinese Foreign Minister Wang Yi.", "040", "USA"),
    ("The talks moved to Doha, where Qatari mediators met Hamas officials.", "040", "QAT"),
    ("Macron went on to Algiers, where he signed a gas deal with Algeria.", "057", "FRA"),
    # ships rammed, curbs slapped on
    ("Chinese coast guard vessels rammed a Philippine supply boat.", "190", "CHN"),
    ("A Chinese warship rammed a Philippine patrol boat, Manila said.", "190", "CHN"),
    ("Russian border guards rammed a Ukrainian navy tugboat in the Kerch Strait.", "190", "RUS"),
    ("Washington slapped export controls on Chinese chipmakers.", "163", "USA"),
    ("Washington slapped export controls on Chinese chipmakers.", "!18", "USA"),
    ("Poland shut its border with Belarus to trucks.", "191", "POL"),
    ("Pakistan shut down the Torkham border crossing with Afghanistan.", "191", "PAK"),
    # prison terms handed out
    ("Russia handed a Ukrainian journalist a 15-year sentence.", "173", "RUS"),
    ("A Moscow court handed the American reporter 16 years in a penal colony.", "173", "RUS"),
    ("Iran gave the French tourist a five-year sentence for espionage.", "173", "IRN"),
    # a vehicle sent with its load named: the load decides
    ("The UAE sent a plane loaded with medical supplies to Gaza.", "07", "ARE"),
    ("Jordan sent a convoy of trucks carrying food to Gaza on Sunday.", "07", "JOR"),
    ("Turkey dispatched a ship carrying 2,000 tonnes of flour to Sudan.", "07", "TUR"),
    ("Russia sent a plane carrying troops to Niger.", "!073", "RUS"),
    # a headline's subject with its infinitive is what the headline tells
    ("Macron to visit China next month.", "042", "FRA"),
    ("EU to impose new sanctions on Iran over drone supplies.", "163", "EU"),
    ("Germany to deliver more Patriot systems to Ukraine.", "07", "DEU"),
    ("Hungary to block EU aid package for Kyiv.", "12", "HUN"),
    # someone somewhere for talks
    ("The Indian prime minister is in Moscow for talks with Putin.", "040", "IND"),
    ("Hamas negotiators are in Cairo for talks with Egyptian mediators.", "040", "HAMAS"),
    ("The Ukrainian delegation is in Riyadh for negotiations.", "040", "UKR"),
    ("The Iranian minister is in favour of talks with the Taliban.", "!04", "IRN"),
]


@pytest.mark.parametrize(("text", "prefix", "source"), CASES, ids=[c[0][:40] for c in CASES])
def test_shape(code, text, prefix, source):
    found = [(e.cameo, e.source.code if e.source else None) for e in code(text)]
    assert_coded(found, prefix, source)


def test_crowd_of_no_place_is_the_article_country(code):
    text = (
        "Georgia's parliament passed the foreign agents bill on Tuesday in Georgia. "
        "Thousands marched in the capital against the new law."
    )
    found = [(e.cameo, e.source.code if e.source else None) for e in code(text)]
    assert ("141", "GEOCVL") in found, found


def test_a_where_clause_of_kind_is_no_act(code):
    found = [e.cameo for e in code("France has cases where the courts jailed Algerian imams.")]
    assert not any(c.startswith("17") for c in found), found
