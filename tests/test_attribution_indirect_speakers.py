"""Speakers of indirect statements on news shapes missed on a fresh annotated set: a police or
military rank before a name ("Senior Superintendent"), "the official" for the office holder
who spoke last. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
    speaker_of,
)


# -- a rank before a name is no part of the name: "Li" later is the same person -----------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Senior Superintendent Lau Chi-keung of the force's cyber unit told reporters that four "
            "people were arrested. Lau said the four are suspected of fraud.",
            "the four are suspected",
            "Lau Chi-keung",
        ),
        (
            "Chief Inspector Tang Wing-sze said two boats were seized at dawn. Tang said the "
            "crews had been detained.",
            "the crews had been detained",
            "Tang Wing-sze",
        ),
        (
            "Colonel Ana Duarte told a briefing the convoy had been ambushed. Duarte said three "
            "soldiers were wounded.",
            "three soldiers were wounded",
            "Ana Duarte",
        ),
    ],
)
def test_a_rank_before_a_name_is_left_out_of_it(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "person")


# -- "the official": the office holder who spoke last -------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "According to Finance Minister Lena Ortiz, the deficit narrowed last year. The "
            "official said the government would cut spending further.",
            "cut spending further",
            "Lena Ortiz",
        ),
        (
            "Ambassador Carla Mendes told a briefing that the embassy would reopen next week. The "
            "official also said staff had already returned.",
            "staff had already returned",
            "Carla Mendes",
        ),
        (
            "Health Secretary Omar Diallo said the outbreak was under control. Doctors in the "
            "capital were less sure. The official added that vaccines would arrive by March.",
            "vaccines would arrive",
            "Omar Diallo",
        ),
    ],
)
def test_the_official_is_the_office_holder_who_spoke_last(text, words, name):
    assert speaker_of(text, words).name == name


def test_an_official_not_named_before_stays_anonymous():
    sp = speaker_of(
        "Finance Minister Lena Ortiz praised the budget. An official said the deficit would "
        "grow next year.",
        "the deficit would grow",
    )
    assert sp.name != "Lena Ortiz"


# -- "the Kandahar brigade": a body of a place, which "the group" refers back to ----------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Kandahar brigade said its fighters had taken the bridge. The militant group said "
            "it lost no men.",
            "it lost no men",
            "Kandahar brigade",
        ),
        (
            "The Basra battalion, a small armed group based in the old town, said its fighters had "
            "clashed with troops. Later the group said two of its men were killed.",
            "two of its men",
            "Basra battalion",
        ),
    ],
)
def test_a_body_named_after_a_place_is_an_organisation(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")


def test_a_place_itself_stays_a_country():
    sp = speaker_of("Kenya said the border would stay closed.", "the border")
    assert sp.type == "country"


# -- an initialism given in brackets stands for the name before it, spelled or not --------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "South Africa summoned the envoy, the Department of Foreign Relations and Cooperation "
            "(DEFCO) said. Thabo Mokoena, a spokesman for DEFCO, said the minister would "
            "call Washington. DEFCO said it had no record of any sale.",
            "no record of any sale",
            "Department of Foreign Relations and Cooperation",
        ),
        (
            "The Office of Border Affairs (OBRA) said the crossing would reopen. The governor, Ana "
            "Ruiz, spoke later. OBRA said trucks were waiting.",
            "trucks were waiting",
            "Office of Border Affairs",
        ),
        (
            "The Ministry of Regional Cooperation (MRC) said the talks would resume. MRC said no "
            "date had been set.",
            "no date had been set",
            "Ministry of Regional Cooperation",
        ),
    ],
)
def test_an_initialism_given_in_brackets_is_the_body(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")


# -- "another lawmaker" is someone else than the lawmaker named before --------------------------
@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        (
            "Lawmaker Amir Kazemi said the option was on the table. Another lawmaker said a draft "
            "text was ready.",
            "a draft text",
            "Amir Kazemi",
        ),
        (
            "Senator Joan Pike said the vote would be close. Another senator said she would "
            "abstain.",
            "she would abstain",
            "Joan Pike",
        ),
        (
            "Spokesman Ivan Petrov said the talks were over. Another spokesman later said they "
            "could resume.",
            "they could resume",
            "Ivan Petrov",
        ),
    ],
)
def test_another_holder_of_a_role_is_not_the_one_named_before(text, words, named):
    sp = speaker_of(text, words)
    assert sp.name != named and sp.type == "anonymous"


def test_the_lawmaker_is_still_the_one_named_before():
    text = "Lawmaker Amir Kazemi said the option was open. The lawmaker said a bill was ready."
    assert speaker_of(text, "a bill was ready").name == "Amir Kazemi"


# -- "…, he added" after a content that names someone in a clause of its own -------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'Blaming foreign powers for the tension, President Goran Vidic said: "We will fight '
            'for our position." It is clear that Prime Minister Ivo Rask wants the destruction '
            "of our villages, he added.",
            "It is clear that",
            "Goran Vidic",
        ),
        (
            'President Marta Lind spoke to reporters on Monday. "We will defend our borders," '
            "she said. It is obvious that Ivo Rask is trying to stir unrest, she added.",
            "It is obvious that",
            "Marta Lind",
        ),
        (
            "Governor Hana Ito took questions from the press. Police had warned Mayor Ivo Rask "
            "about the threat, she said.",
            "Police had warned",
            "Hana Ito",
        ),
    ],
)
def test_a_pronoun_after_the_content_is_not_a_person_it_names_in_a_clause(text, words, name):
    assert speaker_of(text, words).name == name


# -- "X said …, citing Y" closing the sentence: Y speaks, relayed by X ---------------------------
@pytest.mark.parametrize(
    ("text", "words", "name", "relay"),
    [
        (
            "A report said that police had opened fire on the crowd, citing the Doctors' Union.",
            "police had opened fire",
            "Doctors' Union",
            "A report",
        ),
        (
            "The agency said two ships were seized near the strait, citing a navy spokesman.",
            "two ships were seized",
            "navy spokesman",
            "The agency",
        ),
        (
            "State radio reported that the bridge had collapsed overnight, citing the regional "
            "governor, Ana Ruiz.",
            "the bridge had collapsed",
            "Ana Ruiz",
            "State radio",
        ),
    ],
)
def test_a_closing_citing_relays_the_one_cited(text, words, name, relay):
    s = holding(read_statements(text), words)
    assert s.speaker.name == name
    assert "citing" not in s.content.text
    assert s.relayed_by and s.relayed_by[0].span.text == relay


def test_citing_a_reason_relays_no_one():
    s = holding(
        read_statements("The minister said prices had risen, citing higher fuel costs."),
        "prices had risen",
    )
    assert s.speaker.name == "minister" and not s.relayed_by


def holding(statements, words: str):
    found = [s for s in statements if words in s.content.text]
    assert found, [(s.cue.text if s.cue else None, s.content.text) for s in statements]
    return found[0]


# -- a clause's subject the parser read as the cue's object stays in the content -----------------
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The UK has insisted the move to scrap the deal it signed with the EU is legal.",
            "the move to scrap the deal",
        ),
        (
            "The mayor said the decision to cut the budget of the schools was wrong.",
            "the decision to cut the budget",
        ),
        (
            "The court said the law passed by parliament last year is unconstitutional.",
            "the law passed by parliament",
        ),
    ],
)
def test_the_subject_of_a_clause_without_that_is_in_the_content(text, first):
    s = holding(read_statements(text), "unconstitutional" if "court" in text else first)
    assert s.content.text.startswith(first)


def test_an_addressee_is_not_in_the_content():
    s = holding(read_statements("She told reporters the plan would go ahead."), "the plan")
    assert s.content.text == "the plan would go ahead"


# -- "said at the time X had …": a clause without "that" the parser hung on "the time" ---------
@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        (
            "The spokesman, Ivan Petrov, said at the time the army was ready to strike.",
            "the army was ready",
            "Ivan Petrov",
        ),
        (
            "Foreign Minister Sara Holm said at the time the rebels had wrecked the truce.",
            "the rebels had wrecked",
            "Sara Holm",
        ),
        (
            "The envoy, Lena Ortiz, said at the time he arrived the talks were over.",
            "the talks were over",
            "Lena Ortiz",
        ),
    ],
)
def test_a_clause_after_said_at_the_time_is_what_was_said(text, first, name):
    s = holding(read_statements(text), first)
    assert s.content.text.startswith(first) and s.speaker.name == name


def test_a_relative_clause_on_the_time_with_a_gap_is_no_content():
    assert not read_statements("The minister spoke at the time the crowd gathered.")


# -- "X said Y had … and accused them of …": "them" are Y, so Y does not accuse -----------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Foreign Minister Sara Holm said on Monday the rebels had wrecked the truce and "
            "accused them of seeking war.",
            "of seeking war",
            "Sara Holm",
        ),
        (
            "Interior Minister Paul Okafor said the protesters had blocked the roads and accused "
            "them of looting shops.",
            "of looting shops",
            "Paul Okafor",
        ),
        (
            "Mayor Ana Ruiz said the suspect had fled the city and urged him to surrender.",
            "to surrender",
            "Ana Ruiz",
        ),
    ],
)
def test_an_object_pronoun_is_not_its_own_verbs_subject(text, words, name):
    assert speaker_of(text, words).name == name


# -- two joined titles before one name: one person ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Deputy Prime Minister and Foreign Minister Karim Nasser said the army was on alert. "
            "The deputy premier also revealed that the plot had been foiled.",
            "the plot had been foiled",
            "Karim Nasser",
        ),
        (
            "Prime Minister and Minister of Foreign Affairs Hamad Al-Marri said the deal would "
            "take effect on Sunday.",
            "the deal would take effect",
            "Hamad Al-Marri",
        ),
        (
            "Defence Minister and Deputy Premier Olga Berg told reporters the drills would go on.",
            "the drills would go on",
            "Olga Berg",
        ),
    ],
)
def test_joined_titles_before_a_name_are_one_person(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "person")


def test_a_role_and_a_name_joined_are_two_people():
    sp = speaker_of("The minister and Karim Nasser said the army was on alert.", "on alert")
    assert sp.name != "Karim Nasser"


# -- a subject with its own relative clause after an opening phrase with one --------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "In a message posted on Facebook, which is owned by Meta, the French lawyer Marc "
            "Dubois, who represents the mayor, said the politician had been held in a basement.",
            "the politician had been held",
            "Marc Dubois",
        ),
        (
            "In a post on a site that was sold last year, the lawyer Ana Ruiz, who acts for the "
            "family, said the trial had been delayed.",
            "the trial had been delayed",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, wearing a straw hat, said the harvest was late.",
            "the harvest was late",
            "Ana Ruiz",
        ),
    ],
)
def test_a_subject_hung_on_an_opening_phrase_is_found(text, words, name):
    assert speaker_of(text, words).name == name


# -- "So far", "So many": a degree word, not a joining "so", stays in the content ---------------
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "So far this year, more than 300 people have been killed, according to UN figures.",
            "So far this year",
        ),
        (
            "So many people fled that the town emptied, according to the mayor.",
            "So many people fled",
        ),
    ],
)
def test_a_degree_so_stays_in_the_content(text, first):
    assert holding(read_statements(text), first).content.text.startswith(first)


def test_a_joining_so_is_left_out():
    s = holding(read_statements("So the army withdrew, according to local officials."), "army")
    assert s.content.text == "the army withdrew"


# -- "X did Y, it said": a named body that is the content's own subject reports on itself -------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The council met on Monday. The Rapid Support Forces seized the airport, it said on "
            "Telegram.",
            "seized the airport",
            "Rapid Support Forces",
        ),
        (
            "The envoy arrived on Friday. The Wagner Group withdrew from the town, it said in a "
            "statement.",
            "withdrew from the town",
            "Wagner Group",
        ),
    ],
)
def test_a_named_body_reports_on_itself(text, words, name):
    assert speaker_of(text, words).name == name


def test_it_after_a_content_of_someone_else_is_still_the_body_before():
    text = "The council met on Monday. Officials said the talks failed, it said."
    s = [x for x in read_statements(text) if x.speaker.span and x.speaker.span.text == "it"]
    assert s and s[0].speaker.name == "council"


# -- "his office said": the office of the one "he" is -------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "President Ana Ruiz did not address the call, but her office announced that senior "
            "aides had offered to resign.",
            "senior aides had offered",
            "Ana Ruiz's office",
        ),
        (
            "Prime Minister Ivo Rask arrived late. His office said the meeting would go ahead.",
            "the meeting would go ahead",
            "Ivo Rask's office",
        ),
    ],
)
def test_a_body_owned_by_a_pronoun_is_named_by_its_owner(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")


def test_people_owned_by_a_pronoun_are_not_a_body():
    sp = speaker_of("Ivo Rask spoke on Monday. His lawyers said the case was weak.", "weak")
    assert sp.type != "organisation"
