"""Quotes whose speaker is named by a description of their office after the name ("said the
head of state", "the official added"): the description refers back to the office holder who
spoke, unless an unnamed source of the same description spoke since. Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    speaker_of,
)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "President Maria Duarte said on Friday that the talks had failed. \"The opposition "
            'walked away from a fair offer," said the head of state.',
            "The opposition walked away",
            "Maria Duarte",
        ),
        (
            "Prime Minister Olaf Brenner told parliament the budget would pass. \"Nobody will "
            'lose their pension," the head of government added.',
            "Nobody will lose their pension",
            "Olaf Brenner",
        ),
        (
            "Chancellor Greta Vogel opened the new bridge on Monday, and the crowd cheered. The "
            'head of government called it "a gift to the next generation".',
            "a gift to the next generation",
            "Greta Vogel",
        ),
    ],
)
def test_head_of_state_or_government_is_the_office_holder(text, words, name):
    assert speaker_of(text, words).name == name


def test_head_of_state_is_not_the_prime_minister_who_spoke_after():
    text = (
        "President Maria Duarte said the border would reopen. Prime Minister Olaf Brenner said "
        'trade would recover. "We will not wait any longer," the head of state added.'
    )
    assert speaker_of(text, "We will not wait any longer").name == "Maria Duarte"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "According to Transport Minister Kemal Aydin, 40 flights were cancelled on "
            'Tuesday. The official blamed the strike for "chaos at every airport".',
            "chaos at every airport",
            "Kemal Aydin",
        ),
        (
            "Health Secretary Ruth Mbeki said hospitals were full. The official warned of "
            '"a very hard winter" ahead.',
            "a very hard winter",
            "Ruth Mbeki",
        ),
        (
            "Governor Tomas Brandt, speaking after a tour of the flooded valley, said the dam "
            'had held. "We were lucky this time," the official told reporters.',
            "We were lucky this time",
            "Tomas Brandt",
        ),
    ],
)
def test_the_official_is_the_office_holder_who_spoke(text, words, name):
    assert speaker_of(text, words).name == name


def test_the_official_after_an_unnamed_official_is_that_one():
    text = (
        "Interior Minister Paulo Reis said 20 people were held. A senior official said the "
        'number was higher. The official added that "many more" arrests were expected.'
    )
    sp = speaker_of(text, "many more")
    assert sp.name != "Paulo Reis"
    assert sp.type == "anonymous"


# -- a name the tagger reads as a body, described as a person beside it -------------------------
def _as_body(text: str, name: str):
    """The statements of ``text`` read with ``name`` tagged as an organisation (as the small
    tagger does with names it does not know)."""
    from spacy.tokens import Span as DocSpan

    from test_attribution_util import pipeline

    nlp = pipeline()
    names = nlp.pipe_names
    doc = nlp(text, disable=names[names.index("ner") + 1 :])
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        DocSpan(doc, span.start, span.end, label="ORG")
    ]
    for pipe_name in names[names.index("ner") + 1 :]:
        doc = nlp.get_pipe(pipe_name)(doc)
    return doc._.statements


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "Earlier, Abdul Wasiq, a member of the movement's political office, said the strikes "
            'broke the deal. The raids were a mistake, said Wasiq. "We signed an agreement in '
            'Doha," he added.',
            "Abdul Wasiq",
            "We signed an agreement in Doha",
        ),
        (
            "Tariq Halabi, the group's spokesman, said the talks had stalled. Nobody wants "
            "another war, said Halabi.",
            "Tariq Halabi",
            "Nobody wants another war",
        ),
        (
            "On Monday, Oleg Marchenko, a senior official of the miners' union, warned that the "
            'pits would close. Marchenko called the plan "a death sentence for our towns".',
            "Oleg Marchenko",
            "a death sentence for our towns",
        ),
    ],
)
def test_name_read_as_a_body_but_described_as_a_person_is_a_person(text, name, words):
    found = [s for s in _as_body(text, name) if words in s.content.text]
    assert found, words
    sp = found[0].speaker
    assert sp.type == "person"
    assert sp.name == name


# -- one person holding two offices joined by "and" ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "then", "name"),
    [
        (
            "Taxes will not rise this year, Deputy Prime Minister and Finance Minister Anton "
            'Sirko told parliament on Tuesday. "We have the money we need," he said.',
            "Taxes will not rise this year",
            "We have the money we need",
            "Anton Sirko",
        ),
        (
            "AMMAN — The border will stay shut, Deputy Prime Minister and Interior Minister Karim "
            'Nasser said on Monday. "No one crosses without a permit," he added.',
            "The border will stay shut",
            "No one crosses without a permit",
            "Karim Nasser",
        ),
        (
            "Deputy Prime Minister and Foreign Minister Leila Haddad said in a press conference "
            "on Sunday that the plot had failed. The deputy premier also said the country would "
            '"stay the course".',
            "the plot had failed",
            "stay the course",
            "Leila Haddad",
        ),
    ],
)
def test_two_offices_joined_by_and_are_one_person(text, first, then, name):
    sp = speaker_of(text, first)
    assert (sp.type, sp.name) == ("person", name)
    assert speaker_of(text, then).name == name


def test_two_people_joined_by_and_stay_two():
    text = "President Maria Duarte and Prime Minister Olaf Brenner said the talks had failed."
    assert speaker_of(text, "the talks had failed").name not in ("Maria Duarte", "Olaf Brenner")


# -- "the country's supreme court": the body of the country named just before -------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Protests spread across Venezuela on Monday. The country's supreme court said it "
            'would sit in "permanent session" until calm returned.',
            "permanent session",
            "Venezuela's supreme court",
        ),
        (
            "Kenya's shilling fell again on Friday. The nation's central bank said it had "
            '"ample reserves" to defend the currency.',
            "ample reserves",
            "Kenya's central bank",
        ),
        (
            "Heavy rain hit southern Brazil over the weekend. The country's civil defence agency "
            'warned of "more flooding" this week.',
            "more flooding",
            "Brazil's civil defence agency",
        ),
    ],
)
def test_body_of_the_country_is_named_by_the_country(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.type, sp.name) == ("organisation", name)


# -- a bare clause the parser hangs on the noun of "at the time" --------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'Foreign Minister Ana Ruiz said at the time the rebels had "wrecked" the truce and '
            "accused them of bad faith.",
            "wrecked",
            "Ana Ruiz",
        ),
        (
            'Ana Ruiz told reporters at the time the rebels had "wrecked" the truce.',
            "wrecked",
            "Ana Ruiz",
        ),
        (
            "Mayor Tomas Brandt said at the meeting the council would \"never\" sell the park.",
            "never",
            "Tomas Brandt",
        ),
    ],
)
def test_bare_clause_after_a_phrase_of_time_is_what_was_said(text, words, name):
    assert speaker_of(text, words).name == name


def test_relative_clause_with_a_gap_is_no_content():
    from test_attribution_util import read_statements

    text = "Ana Ruiz spoke at the summit the two leaders held in Geneva."
    assert not [s for s in read_statements(text) if "leaders held" in s.content.text]


# -- a dateline before the speaker's name is no part of the speaker -----------------------------
def test_dateline_with_agency_before_the_name():
    text = (
        "ROME, Italian News Agency (INA) - Marco Bellini on Friday said the strike would go "
        'ahead. "We have no choice," he added.'
    )
    assert speaker_of(text, "the strike would go ahead").name == "Marco Bellini"
    assert speaker_of(text, "We have no choice").name == "Marco Bellini"


def test_dateline_parsed_as_the_subject_gives_way_to_the_name():
    text = (
        "Interior Minister Paulo Reis spoke first. MADRID, State News Service (SNS) - Carmen "
        "Vidal on Tuesday said the port would reopen."
    )
    assert speaker_of(text, "the port would reopen").name == "Carmen Vidal"


def test_wire_dateline_is_not_in_the_speaker_name():
    text = "LAGOS (Reuters) - Central bank governor Ada Obi said on Monday rates would rise."
    name = speaker_of(text, "rates would rise").name
    assert "Ada Obi" in name
    assert "LAGOS" not in name and "Reuters" not in name


# -- a quoted fragment in the sentence after "according to X" echoes X --------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The rebels, not the government, broke the truce, according to Defence Minister Ana "
            'Ruiz. In the north, "anyone who fires on our troops will pay a heavy price."',
            "anyone who fires on our troops",
            "Ana Ruiz",
        ),
        (
            "Prices will keep rising into the spring, according to central bank governor Tomas "
            'Brandt. For households, "the worst is not yet over."',
            "the worst is not yet over",
            "Tomas Brandt",
        ),
        (
            "According to Mayor Greta Vogel, the bridge will reopen in March. Until then, "
            '"every driver must take the ring road."',
            "every driver must take the ring road",
            "Greta Vogel",
        ),
    ],
)
def test_fragment_after_according_to_is_that_source(text, words, name):
    assert name in speaker_of(text, words).name


def test_single_word_after_according_to_stays_the_writers():
    from test_attribution_util import read_statements

    text = 'The plant will close by June, according to the company. Its "plan" is vague.'
    assert not [s for s in read_statements(text) if s.content.text == "plan"]


# -- a name closing a long description of several offices ---------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "then", "name"),
    [
        (
            "The former president and current head of the Kenyan senate, Peter Kamau, told "
            'reporters the bill was "dead". He said it would "never pass."',
            "dead",
            "never pass",
            "Peter Kamau",
        ),
        (
            "Yesterday the former foreign minister and current deputy head of the Russian "
            'Security Council, Oleg Volkov, warned of "grave consequences". He also said talks '
            'were "pointless."',
            "grave consequences",
            "pointless",
            "Oleg Volkov",
        ),
        (
            "On Tuesday the former prime minister and current speaker of the Polish parliament, "
            'Ana Nowak, said the vote was "rigged". She added that "nobody will accept it."',
            "rigged",
            "nobody will accept it",
            "Ana Nowak",
        ),
    ],
)
def test_name_closing_a_description_of_several_offices(text, first, then, name):
    assert speaker_of(text, first).name == name
    assert speaker_of(text, then).name == name


# -- a trailing participle right after a clause of time whose verb is a cue ---------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'The crowd began to leave the square after Ruiz called on them to "go home", adding '
            'their demands were "heard".',
            "their demands were",
            "Ruiz",
        ),
        (
            'Shares fell sharply after the minister warned of "hard times", saying the budget '
            'was "under strain".',
            "the budget was",
            "minister",
        ),
        (
            "Fans cheered before coach Lena Ortiz told them the team would \"fight to the end\", "
            'saying the cup was "within reach".',
            "the cup was",
            "Lena Ortiz",
        ),
    ],
)
def test_participle_after_a_clause_of_time_is_its_speakers(text, words, name):
    assert name in speaker_of(text, words).name
