"""Mention → entity on news shapes the rules were not written on: pronouns that look back past a
person named in a side clause, bodies described after they are named ("the group", "the
ministry"), names the tagger takes for organisations, people who share a surname. Every sentence
was written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.attribution import bodies
from newsgraph.errors import DataFileError
from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
    speaker_of,
)


# -- "he"/"she": the subject of the sentence before, not a person in its side clause -----------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Two days after Interior Minister Paulo Reis told mayors the curfew would end, "
            "Prime Minister Joana Neves said it would stay. She added that the army had been "
            "called in.",
            "the army had been called in",
            "Joana Neves",
        ),
        (
            "Governor Tomas Brandt, who met Senator Erik Lund on Monday, said the bridge would "
            "be rebuilt. He added that funding had been found.",
            "funding had been found",
            "Tomas Brandt",
        ),
        (
            "Coach Lena Ortiz dropped striker Nina Berg before the final. She told reporters "
            "that the squad needed fresh legs.",
            "the squad needed fresh legs",
            "Lena Ortiz",
        ),
    ],
)
def test_pronoun_is_the_main_subject_before(text, words, name):
    assert speaker_of(text, words).name == name


def test_pronoun_beside_a_name_in_a_phrase_takes_the_subject_before():
    text = (
        "Mayor Ida Holm opened the new clinic on Friday. In a call with Greta Sand, she said "
        "more nurses would be hired."
    )
    assert speaker_of(text, "more nurses would be hired").name == "Ida Holm"


def test_pronoun_does_not_take_the_person_spoken_of():
    text = (
        "Lars Vik, the union leader, said the strike would go on. The minister, Vik said, had "
        "not called back. “We are still waiting,” he said."
    )
    assert speaker_of(text, "We are still waiting").name == "Lars Vik"


# -- names the tagger reads as an organisation, and people who share a surname -------------------
def test_given_name_and_surname_beside_a_role_is_a_person():
    text = (
        "The bank's chief economist, Lars Eklund, said rates would stay high. Traders said they "
        "expected a cut. He said inflation was still too fast."
    )
    sp = speaker_of(text, "inflation was still too fast")
    assert sp.type == "person" and sp.name == "Lars Eklund"


def test_a_relative_with_the_same_surname_keeps_their_own_gender():
    text = (
        "Senator Hanna Moberg spoke in Oslo on Monday. Her husband, Peter Moberg, was also "
        "there. Moberg said the vote would be close, and she added that she expected to win."
    )
    sp = speaker_of(text, "she expected to win")
    assert sp.name == "Hanna Moberg"


# -- bodies described after they are named ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Greenpeace said on Monday that the spill had reached the coast. The group said "
            "three beaches were closed.",
            "three beaches were closed",
            "Greenpeace",
        ),
        (
            "Nordvik Energy said output fell by a fifth in the quarter. The company said a "
            "pipeline leak had forced it to shut two wells.",
            "a pipeline leak had forced",
            "Nordvik Energy",
        ),
        (
            "Chile's Foreign Ministry said it had recalled its ambassador. The ministry said the "
            "envoy would return for consultations.",
            "the envoy would return",
            "Foreign Ministry",
        ),
        (
            "The Indian army said three soldiers were wounded in the clash. The military said "
            "the post had been shelled overnight.",
            "the post had been shelled",
            "Indian army",
        ),
    ],
)
def test_a_description_of_a_body_is_the_body_named_before(text, words, name):
    sp = speaker_of(text, words)
    assert name.lower() in (sp.name or "").lower()
    assert sp.span is not None and sp.span.text.lower().startswith("the ")  # the article's words


def test_the_group_is_never_a_state_body():
    text = (
        "The Foreign Ministry said talks would resume in May. The group said its members would "
        "not attend."
    )
    sp = speaker_of(text, "its members would not attend")
    assert "Ministry" not in (sp.name or "")


def test_a_description_of_another_country_keeps_its_own_words():
    text = (
        "Peru's Defence Ministry said the border was calm. The Bolivian army said two patrols "
        "had been fired on."
    )
    sp = speaker_of(text, "two patrols had been fired on")
    assert "Peru" not in (sp.name or "") and "Defence Ministry" not in (sp.name or "")


def test_a_description_with_a_name_of_its_own_is_that_name():
    text = (
        "The Labour Party said the bill was flawed. The software company Brightline said the "
        "data had been deleted."
    )
    sp = speaker_of(text, "the data had been deleted")
    assert "Labour" not in (sp.name or "")


# -- the descriptions file --------------------------------------------------------------------------
def test_descriptions_file_has_a_header_with_source_and_review_date():
    from importlib import resources

    text = resources.files("newsgraph.attribution").joinpath("data", bodies.FILE).read_text()
    header = text.split("version:")[0]
    assert header.startswith("#") and "Compiled by" in header and "Last reviewed" in header


def test_descriptions_file_loads():
    table = bodies.load()
    assert "group" in table.non_state and "ministry" in table.named
    assert table.acronym <= set(table.named)


_OK = {
    "version": 1,
    "any": ["bloc"],
    "non_state": ["group"],
    "acronym": [],
    "named": {"ministry": ["ministry"]},
    "state_words": ["ministry"],
}


def test_a_minimal_descriptions_file_is_accepted():
    assert bodies.validate(_OK).named == {"ministry": ("ministry",)}


@pytest.mark.parametrize(
    "data",
    [
        {
            "version": 1,
            "any": ["group"],
            "non_state": ["group"],
            "acronym": [],
            "named": {"a": ["a"]},
        },
        {"version": 1, "any": [], "non_state": [], "acronym": ["agency"], "named": {"a": ["a"]}},
        {"version": 1, "any": ["Group"], "non_state": [], "acronym": [], "named": {"a": ["a"]}},
        {"version": 1, "any": [], "non_state": [], "acronym": []},
    ],
)
def test_bad_descriptions_are_refused(data):
    with pytest.raises(DataFileError) as err:
        bodies.validate(data)
    assert err.value.code == "NG300"


# -- offices a description is used for, and who a short name is ------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Finnish Prime Minister Aino Laine opened the summit in Turku. The Finnish leader said the "
            "border would stay shut.",
            "the border would stay shut",
            "Aino Laine",
        ),
        (
            "Hungarian Foreign Minister Tomas Varga flew to Vienna on Monday. The top Hungarian diplomat "
            "said a deal was within reach.",
            "a deal was within reach",
            "Tomas Varga",
        ),
    ],
)
def test_a_description_names_the_holder_of_the_office_it_is_used_for(text, words, name):
    assert speaker_of(text, words).name == name


def test_party_leaders_are_not_the_president():
    text = (
        "President Ilse Brandt signed the law on Monday. Party leaders said the vote had been "
        "rushed."
    )
    assert speaker_of(text, "the vote had been rushed").name != "Ilse Brandt"


def test_a_person_quoted_by_an_agency_speaks():
    text = "Deputy Minister Pavel Orlov was quoted by a state news agency as saying the pipeline was safe."
    st = [s for s in read_statements(text) if "the pipeline was safe" in s.content.text]
    assert any(s.speaker.name == "Pavel Orlov" for s in st)


def test_a_short_name_is_the_person_the_article_calls_so():
    text = (
        "Park Min-seo, the sister of President Park Jun-ho, said in a statement that the drills "
        "were reckless. Park said the talks were over."
    )
    assert speaker_of(text, "the talks were over").name == "Park Min-seo"


def test_a_title_picks_the_one_of_two_people_with_a_surname():
    text = (
        "Helen Marsh and her husband, Peter Marsh, ran the farm for 30 years. Mr. Marsh said "
        "the drought had cost them a harvest. Mrs. Marsh said they would not sell."
    )
    assert speaker_of(text, "the drought had cost them").name == "Peter Marsh"
    assert speaker_of(text, "they would not sell").name == "Helen Marsh"


def test_a_full_name_is_not_taken_for_a_longer_one_of_the_same_surname():
    text = (
        "Former governor George H. Lind praised the plan. His brother, Jeb Lind, said the plan "
        "would fail."
    )
    assert speaker_of(text, "the plan would fail").name == "Jeb Lind"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Asked about the tariffs, the minister, Karl Ostrom, said Oslo would respond.",
            "Oslo would respond",
            "Karl Ostrom",
        ),
        (
            "Questioned about the leaks, the envoy, Omar Haddad, said Amman knew nothing.",
            "Amman knew nothing",
            "Omar Haddad",
        ),
    ],
)
def test_a_subject_the_parser_hung_elsewhere_still_speaks(text, words, name):
    sp = speaker_of(text, words)
    assert sp.name == name and sp.span is not None and name in sp.span.text


def test_a_leaders_spokesman_is_the_spokesman_named_before():
    text = (
        "Government spokesman Jonas Berg briefed reporters on Monday. On Friday, the prime "
        "minister's spokesman said the cabinet would meet again."
    )
    assert speaker_of(text, "the cabinet would meet again").name == "Jonas Berg"


def test_a_leaders_spokesman_is_never_the_leader():
    text = (
        "President Elena Vasquez flew to Lima on Monday. Vasquez's spokesman said the trip had "
        "been planned for months."
    )
    assert speaker_of(text, "the trip had been planned").name != "Elena Vasquez"
