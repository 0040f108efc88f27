"""Every CAMEO code family on sentences of our own: the lexicons' verbs, phrases and nominal
triggers, in past, present and gerund forms (the lexicons hold lemmas), with the source the
sentence names. Each case: sentence, the code (or code prefix) expected, its source."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events.codebook import ROOTS, codebook
from newsgraph.events.patterns import patterns

PUBLISHED = dt.date(2024, 3, 13)

CASES = [
    # 01 make public statement
    ("Norway voiced concern over the growing number of refugees.", "012", "NOR"),
    ("Chile expressed optimism about the talks with Bolivia.", "013", "CHL"),
    ("Austria is mulling new rules for foreign investors.", "014", "AUT"),
    ("Malian rebels claimed responsibility for the power cut.", "015", "MLIREB"),
    ("Serbia denied any involvement in the riots in Kosovo.", "016", "SRB"),
    ("Peru expressed condolences to Ecuador after the earthquake.", "018", "PER"),
    ("Ireland laid a wreath at the memorial in Paris.", "017", "IRL"),
    # 02 appeal
    ("Kenya appealed for food aid from donors.", "023", "KEN"),
    ("Ukraine asked Germany for more air defence systems.", "02", "UKR"),
    ("Jordan called for a ceasefire in Gaza.", "025", "JOR"),
    ("Egypt urged Israel and Hamas to resume talks.", "026", "EGY"),
    ("Lebanon sought mediation from Qatar.", "028", "LBN"),
    ("Tunisian unions called for early elections.", "024", "TUNLAB"),
    ("Libya requested the extradition of a suspect from Italy.", "0213", "LBY"),
    # 03 intent to cooperate
    ("Japan pledged $500 million in aid to Sri Lanka.", "033", "JPN"),
    ("Vietnam offered to mediate between Cambodia and Thailand.", "039", "VNM"),
    ("Ghana proposed talks with Togo on the border.", "036", "GHA"),
    ("Canada promised to send wheat to Yemen.", "033", "CAN"),
    ("Sweden vowed to release the detained fishermen.", "035", "SWE"),
    ("Oman put forward a peace plan for Yemen.", "030", "OMN"),
    # 04 consult
    ("The Greek prime minister met his Turkish counterpart in Athens.", "040", "GRCGOV"),
    ("Macron telephoned Scholz on Tuesday.", "041", "FRAGOV"),
    ("The Indian foreign minister visited Dhaka last week.", "042", "INDGOV"),
    ("Senegal hosted a delegation from Mali.", "043", "SEN"),
    ("Qatar is mediating between Israel and Hamas.", "045", "QAT"),
    ("Armenia and Azerbaijan negotiated a border deal.", "046", "ARM"),
    # 05 diplomatic cooperation
    ("Brazil praised Argentina for its restraint.", "051", "BRA"),
    ("Hungary defended Serbia at the summit.", "052", "HUN"),
    ("Spain recognised Palestine as a state.", "054", "ESP"),
    ("Japan apologized to South Korea.", "055", "JPN"),
    ("Kenya and Tanzania signed a trade agreement.", "057", "KEN"),
    ("Saudi Arabia and Iran restored diplomatic relations.", "050", "SAU"),
    # 06 material cooperation
    ("Poland and Ukraine are cooperating on grain exports.", "06", "POL"),
    ("Germany is training Ukrainian soldiers.", "062", "DEU"),
    ("Spain extradited a suspect to Morocco.", "063", "ESP"),
    ("Estonia shared intelligence with Finland.", "064", "EST"),
    ("China invested in Kenyan ports.", "061", "CHN"),
    # 07 aid
    ("The United States sent weapons to Ukraine.", "072", "USA"),
    ("Norway donated medicine to Sudan.", "07", "NOR"),
    ("Turkey granted asylum to the Syrian dissident.", "075", "TUR"),
    ("The EU airlifted food to Gaza.", "073", "EU"),
    ("Italy deployed peacekeepers to Lebanon.", "074", "ITA"),
    # 08 yield
    ("Egypt eased restrictions on the press.", "081", "EGY"),
    ("Thailand lifted the curfew in Bangkok.", "0813", "THA"),
    ("The Sri Lankan president resigned on Friday.", "0831", "LKAGOV"),
    ("Iran released two French nationals.", "0841", "IRN"),
    ("The United States lifted sanctions on Venezuela.", "085", "USA"),
    ("Russia withdrew its troops from the border.", "0874", "RUS"),
    ("Ethiopia declared a ceasefire in Tigray.", "0871", "ETH"),
    ("Colombian rebels laid down their arms.", "0873", "COLREB"),
    # 09 investigate
    ("Brazilian police investigated the killing of the journalist.", "091", "BRACOP"),
    ("The UN is probing the airstrike on the hospital.", "093", "UN"),
    ("Dutch prosecutors launched an inquiry into the crash.", "09", "NLDJUD"),
    # 10 demand
    ("Morocco demanded the withdrawal of Algerian troops.", "105", "MAR"),
    ("Kenyan opposition parties demanded the resignation of the prime minister.", "1041", "KENOPP"),
    ("Pakistan demanded an apology from India.", "102", "PAK"),
    ("Greece insisted on talks with Turkey.", "108", "GRC"),
    # 11 disapprove
    ("Turkey condemned the attack on its embassy in Kabul.", "111", "TUR"),
    ("Colombia slammed Venezuela's decision to close the border.", "111", "COL"),
    ("Israel accused Iran of arming the militia.", "112", "ISR"),
    ("Ukraine accused Russian forces of war crimes.", "1124", "UKR"),
    ("China lodged a protest with Japan.", "114", "CHN"),
    ("Mexico sued American gun makers.", "115", "MEX"),
    ("A Russian court convicted the journalist.", "116", "RUSJUD"),
    ("Poland pushed back against the plan.", "12", "POL"),
    ("Lithuania poured cold water on the proposal.", "111", "LTU"),
    # 12 reject
    ("Israel rejected the ceasefire proposal.", "12", "ISR"),
    ("Hungary vetoed the EU sanctions package.", "129", "HUN"),
    ("North Korea ruled out talks with the United States.", "125", "PRK"),
    ("Georgia defied international law.", "128", "GEO"),
    ("Iran refused to release the tanker.", "1243", "IRN"),
    # 13 threaten
    ("Russia threatened to cut gas supplies to Moldova.", "13", "RUS"),
    ("The United States threatened Iran with new sanctions.", "1312", "USA"),
    ("China warned of a military response.", "138", "CHN"),
    ("ECOWAS issued an ultimatum to the junta in Niger.", "139", "ECOWAS"),
    ("North Korea threatened a nuclear strike.", "1385", "PRK"),
    # 14 protest
    ("Thousands of Kenyans demonstrated in Nairobi.", "141", "KEN"),
    ("French workers went on strike over pensions.", "143", "FRALAB"),
    ("Turkish prisoners began a hunger strike.", "142", "TURCVL"),
    ("Farmers blocked roads in Belgium.", "144", "BELAGR"),
    ("Protesters rioted in Dakar after the verdict.", "145", "SENCVL"),
    # 15 force posture
    ("China staged military drills around Taiwan.", "150", "CHN"),
    ("Russia massed troops on the border with Ukraine.", "154", "RUS"),
    ("South Korea put its army on high alert.", "152", "KOR"),
    ("Indian police stepped up patrols in Kashmir.", "153", "INDCOP"),
    # 16 reduce relations
    ("Niger cut diplomatic ties with France.", "161", "NER"),
    ("Algeria recalled its ambassador from Spain.", "161", "DZA"),
    ("Sweden suspended aid to Somalia.", "162", "SWE"),
    ("Canada slapped sanctions on Russian oligarchs.", "163", "CAN"),
    ("Venezuela suspended talks with the opposition.", "164", "VEN"),
    ("Mali expelled the UN peacekeepers.", "1661", "MLI"),
    # 17 coerce
    ("Iran seized a British tanker in the Gulf.", "171", "IRN"),
    ("Israeli forces demolished homes in Hebron.", "1712", "ISRMIL"),
    ("Myanmar imposed martial law on Yangon.", "1724", "MMR"),
    ("Belarusian police detained dozens of protesters.", "173", "BLRCOP"),
    ("Hong Kong police cracked down on the protesters.", "175", "HKGCOP"),
    ("Russia deported two Estonian diplomats.", "174", "RUS"),
    ("Hackers linked to Pyongyang hacked into Japanese banks.", "176", "CRM"),
    # 18 assault
    ("Gunmen kidnapped twenty students in Nigeria.", "181", "NGAUAF"),
    ("The militants beheaded a hostage in Syria.", "1823", "SYRREB"),
    ("An Iraqi suicide bomber blew himself up in Baghdad.", "1831", "IRQ"),
    ("Rebels killed ten civilians in Mali.", "18", "MLIREB"),
    ("The militia used civilians as human shields in Iraq.", "184", "IRQUAF"),
    # 19 fight
    ("Sudanese forces clashed with the RSF in Khartoum.", "190", "SDNMIL"),
    ("Russian troops shelled Kharkiv on Sunday.", "194", "RUSMIL"),
    ("Israeli jets carried out airstrikes on Gaza.", "195", "ISR"),
    ("Azerbaijan captured the town of Shusha.", "192", "AZE"),
    ("Israel blockaded the Gaza Strip.", "191", "ISR"),
    ("Houthi rebels violated the truce.", "196", "HOUTHIS"),
    # 20 mass violence
    ("The Sudanese army massacred villagers.", "202", "SDNMIL"),
    ("Syria used chemical weapons in Douma.", "204", "SYR"),
    ("Sudanese militias drove out the villagers.", "201", "SDNUAF"),
]


@pytest.mark.parametrize(("text", "prefix", "source"), CASES, ids=[c[1] for c in CASES])
def test_code_family(code, text, prefix, source):
    events = code(text)
    found = [(e.cameo, e.source.code if e.source else None) for e in events]
    assert any(
        c.startswith(prefix) and (source is None or s == source or s and s.endswith(source))
        for c, s in found
    ), found


def test_every_root_has_sentences_of_its_own():
    assert {prefix[:2] for _t, prefix, _s in CASES} == set(ROOTS)


def test_every_root_and_code_family_has_patterns():
    p = patterns()
    codes = {pat.code for plist in p.verbs.values() for pat in plist} | set(p.nouns.values())
    codes |= set(p.noun_compounds.values())
    codes.discard("")  # idioms (rules.yaml) code nothing
    roots = {c[:2] for c in codes}
    assert roots == set(ROOTS)
    codes |= {code for plist in p.phrases.values() for _seq, code in plist}
    families = {c[:3] for c in codes if len(c) >= 3}
    assert families == {c for c in codebook().entries if len(c) == 3}  # all 149
    assert sum(p.counts.values()) >= 2000 and min(p.counts.values()) >= 50
