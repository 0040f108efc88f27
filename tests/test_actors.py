"""Actor resolution: titles, tables by date, coreference, groups, metonyms, NER repair."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import actor_for

SEED_ACTORS = {
    "Biden": "USAGOV",
    "Emmanuel Macron": "FRAGOV",
    "Gabriel Attal": "FRAGOV",
    "Kaja Kallas": "ESTGOV",
    "Aleksander Syrsky": "UKRMIL",
    "Aleksey Goncharenko": "UKRLEG",
    "Dmitry Peskov": "RUSGOV",
    "Paris": "FRA",
    "Kiev": "UKR",
    "NATO": "NATO",
    "Lithuania": "LTU",
    "Estonia": "EST",
    "Russia": "RUS",
    "Ukraine": "UKR",
}


@pytest.mark.parametrize(("mention", "code"), sorted(SEED_ACTORS.items()))
def test_seed_actor_codes(seed_reading, mention, code):
    actor = actor_for(seed_reading, mention)
    assert actor is not None, f"no actor mentioned as {mention!r}"
    assert actor.code == code


def test_seed_actors_ignore_boilerplate(seed_reading):
    boiler = [(b.start, b.end) for b in seed_reading.article.boilerplate]
    for actor in seed_reading.actors:
        for m in actor.mentions:
            assert not any(s <= m.start < e for s, e in boiler), m


def _read(reader, text, day=None):
    return reader.read(text, published=day)


def test_title_in_text_beats_the_table(reader):
    r = _read(reader, "Senior Moldovan lawmaker Ion Ceban said the vote was unfair.")
    actor = actor_for(r, "Ion Ceban")
    assert actor.code == "MDALEG" and actor.role == "lawmaker" and actor.resolved_by == "title"


def test_apposition_title(reader):
    r = _read(reader, "Anna Berg, the Swedish foreign minister, said talks would go on.")
    assert actor_for(r, "Anna Berg").code == "SWEGOV"


def test_office_by_article_date(reader):
    text = "Kaja Kallas said the talks had failed."
    assert actor_for(_read(reader, text, dt.date(2024, 3, 1)), "Kaja Kallas").code == "ESTGOV"
    later = actor_for(_read(reader, text, dt.date(2025, 3, 1)), "Kaja Kallas")
    assert later.code != "ESTGOV" and later.sector == "IGO"


def test_person_out_of_office_keeps_country_only(reader):
    text = "Joe Biden spoke at a fundraiser in Delaware."
    in_office = actor_for(_read(reader, text, dt.date(2023, 5, 1)), "Joe Biden")
    retired = actor_for(_read(reader, text, dt.date(2025, 9, 1)), "Joe Biden")
    assert in_office.code == "USAGOV"
    assert retired.country == "USA" and retired.sector is None


def test_transliterations_are_one_actor(reader):
    r = _read(
        reader,
        "Oleksandr Syrskyi visited the front. Later, Aleksander Syrsky met officers.",
        dt.date(2024, 5, 1),
    )
    a, b = actor_for(r, "Oleksandr Syrskyi"), actor_for(r, "Aleksander Syrsky")
    assert a is b and a.code == "UKRMIL"


def test_surname_after_full_name_is_coreferent(reader):
    r = _read(reader, "US President Joe Biden met reporters. Biden said little.")
    actor = actor_for(r, "Joe Biden")
    assert [m.text for m in actor.mentions] == ["Joe Biden", "Biden"]


def test_unknown_person_surname_coreference(reader):
    r = _read(
        reader,
        "Colonel Marta Ilves of the Estonian army spoke first. Ilves said the unit was ready.",
    )
    actor = actor_for(r, "Marta Ilves")
    assert actor is not None and "Ilves" in [m.text for m in actor.mentions]


def test_role_without_name_resolves_to_office_holder(reader):
    r = _read(reader, "The Estonian prime minister said the border was calm.", dt.date(2023, 6, 1))
    actor = actor_for(r, "Estonian prime minister")
    assert actor is not None and actor.name == "Kaja Kallas" and actor.code == "ESTGOV"


def test_group_nouns_take_the_sector(reader):
    r = _read(
        reader, "Ukrainian troops and Russian lawmakers were mentioned, as was the Georgian police."
    )
    assert actor_for(r, "Ukrainian troops").code == "UKRMIL"
    assert actor_for(r, "Russian lawmakers").code == "RUSLEG"


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Kremlin", "RUSGOV"),
        ("Downing Street", "GBRGOV"),
        ("Pentagon", "USAMIL"),
        ("White House", "USAGOV"),
    ],
)
def test_metonyms(reader, mention, code):
    r = _read(reader, f"The {mention} said on Monday that it had no comment.")
    assert actor_for(r, mention).code == code


def test_western_capitals_are_the_west(reader):
    r = _read(reader, "Western capitals accused Moscow of stalling, and Western powers agreed.")
    assert actor_for(r, "Western capitals").code == "WST"
    assert actor_for(r, "Western capitals") is actor_for(r, "Western powers")


def test_short_forms_and_capitals(reader):
    r = _read(reader, "The U.S. and the UK sent envoys to Kyiv, while Kiev asked Beijing for help.")
    assert actor_for(r, "U.S.").code == "USA"
    assert actor_for(r, "UK").code == "GBR"
    assert actor_for(r, "Kyiv") is actor_for(r, "Kiev")
    assert actor_for(r, "Beijing").code == "CHN"


def test_place_inside_a_person_name_is_not_a_country(reader):
    r = _read(reader, "Paris Hilton attended the gala in New York.")
    assert actor_for(r, "Paris") is None


def test_ner_is_repaired(reader):
    doc = reader.nlp(reader.nlp.make_doc("Kiev has said that Politico was wrong."))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Kiev") == "GPE"
    assert labels.get("Politico") == "ORG"


def test_every_mention_span_holds(seed_reading):
    text = seed_reading.article.text
    for actor in seed_reading.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


def test_short_name_goes_to_the_nearest_full_name(reader):
    r = _read(
        reader,
        "Bill Clinton spoke first. Clinton thanked the crowd. Later Hillary Clinton arrived, "
        "and Clinton answered questions.",
    )
    bill, hillary = actor_for(r, "Bill Clinton"), actor_for(r, "Hillary Clinton")
    assert bill is not hillary
    assert len(bill.mentions) == 2 and len(hillary.mentions) == 2


def test_unique_first_name_is_coreferent(reader):
    r = _read(reader, "Wendy Marsh filed the suit on Monday. Wendy said she expected to win.")
    assert [m.text for m in actor_for(r, "Wendy Marsh").mentions] == ["Wendy Marsh", "Wendy"]


def test_title_without_country_gives_no_code(reader):
    r = _read(reader, "Senator Ada Quill said the bill would pass.")
    actor = actor_for(r, "Ada Quill")
    assert actor.sector == "LEG" and actor.code is None


def test_undated_article_claims_only_what_offices_agree_on(reader):
    # Kallas held an Estonian office and then an EU one: without a date, no code is claimed.
    r = _read(reader, "Kaja Kallas said the talks had failed.")
    assert actor_for(r, "Kaja Kallas").code is None


def test_a_following_name_is_not_an_apposition(reader):
    r = _read(reader, "Asked about Ada Quill, President Joe Biden laughed.", dt.date(2023, 1, 5))
    assert actor_for(r, "Ada Quill").code is None
    assert actor_for(r, "Joe Biden").code == "USAGOV"


def test_same_person_different_office_by_date(reader):
    text = "Marco Rubio said the deal was a mistake."
    assert actor_for(_read(reader, text, dt.date(2016, 2, 1)), "Marco Rubio").code == "USALEG"
    assert actor_for(_read(reader, text, dt.date(2025, 3, 1)), "Marco Rubio").code == "USAGOV"


def test_coordinated_demonyms_share_the_group_noun(reader):
    r = _read(reader, "Senior Hungarian and Romanian officials agreed to meet again.")
    assert actor_for(r, "Hungarian").code == "HUNGOV"
    assert actor_for(r, "Romanian officials").code == "ROUGOV"


def test_role_of_a_place(reader):
    r = _read(reader, "Rebels in the Ivory Coast and opposition groups in Zimbabwe objected.")
    assert actor_for(r, "Rebels in the Ivory Coast").code == "CIVREB"
    assert actor_for(r, "opposition groups in Zimbabwe").code == "ZWEOPP"


def test_organisation_groups(reader):
    r = _read(reader, "UN peacekeepers left the town as NATO troops arrived.")
    assert actor_for(r, "UN peacekeepers").sector == "MIL"
    assert actor_for(r, "NATO troops").code == "NATOMIL"


def test_group_noun_after_possessive_and_adjective(reader):
    r = _read(reader, "Israel's high court and Romania's new government disagreed.")
    assert actor_for(r, "Israel's high court").code == "ISRJUD"
    assert actor_for(r, "Romania's new government").code == "ROUGOV"


def test_rebel_groups_and_junior_titles(reader):
    r = _read(reader, "Afghan rebel leaders met Nigerian junior foreign minister Dubem Oniya.")
    assert actor_for(r, "Afghan rebel leaders").code == "AFGREB"
    assert actor_for(r, "Dubem Oniya").code == "NGAGOV"


def test_reporters_in_a_city_are_not_its_media(reader):
    r = _read(reader, "The minister told reporters in Ankara that talks would resume.")
    assert actor_for(r, "reporters in Ankara") is None
