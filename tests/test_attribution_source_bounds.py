"""Where a source mention ends, by the convention of news corpora (PolNeAR's majority). Every
sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import one, spans_ok, statements_of


# -- a restrictive relative clause says who the source is; a clause set off by commas does not --
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Voters who backed the president in 2020 said they were disappointed.",
            "said",
            "Voters who backed the president in 2020",
        ),
        (
            "A majority of those who voted on Sunday said the economy was their main worry.",
            "said",
            "A majority of those who voted on Sunday",
        ),
        (
            '"We are tired," said one farmer who declined to give his name.',
            "said",
            "one farmer who declined to give his name",
        ),
        (
            "Lena Ortiz, an economist who advised the last government, said inflation would fall.",
            "said",
            "Lena Ortiz, an economist who advised the last government",
        ),
        (
            "Ana Ruiz, a delegate supporting the senator, said she would not switch.",
            "said",
            "Ana Ruiz, a delegate supporting the senator",
        ),
        (
            "Mark Hale, a pollster working for a group backing the mayor, said the race was tight.",
            "said",
            "Mark Hale, a pollster working for a group backing the mayor",
        ),
        (
            "Residents who fled the fighting told reporters the town was empty.",
            "told",
            "Residents who fled the fighting",
        ),
    ],
)
def test_a_restrictive_relative_clause_stays_in_the_source(text, cue, source):
    s = one(text, cue)
    assert s.speaker.span.text == source
    spans_ok(text, statements_of(text))


def test_a_relative_clause_after_a_comma_with_its_own_cue_ends_the_source():
    text = "Mark Hale, who warned last year that the dam was weak, said the town must move."
    s = one(text, "said")
    assert s.speaker.span.text == "Mark Hale"
    assert s.speaker.name == "Mark Hale"


# -- "NOUN saying …" where the noun is a thing someone did or made: the doer speaks --------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The senator opened a rally in Leeds blasting the government.", "blasting", "The senator"),
        (
            "The president delivered a speech outlining his plans for the economy.",
            "outlining",
            "The president",
        ),
        (
            "On Sunday the governor made a third attempt to end the row, writing on Facebook that "
            "the plan was on hold.",
            "writing",
            "the governor",
        ),
    ],
)
def test_a_participle_on_a_thing_done_is_the_doer_s(text, cue, source):
    assert one(text, cue).speaker.span.text == source


def test_a_participle_on_what_a_cue_tells_stays_in_that_content():
    s = one("Leaked emails showed officials favoring the northern route.", "showed")
    assert s.content.text == "officials favoring the northern route"


def test_people_standing_somewhere_still_speak_for_themselves():
    text = (
        "Two men standing outside the court, shouting that the verdict was a disgrace, were held."
    )
    assert one(text, "shouting").speaker.name == "Two men"


# -- "X appeared to blame Y": X speaks, the seeming is part of the cue phrase ---------------------
@pytest.mark.parametrize(
    ("text", "source", "phrase", "content"),
    [
        (
            "The minister appeared to blame the opposition for the delay.",
            "The minister",
            "appeared to blame",
            "the opposition for the delay",
        ),
        (
            "The senator seemed to confirm that the talks had failed.",
            "The senator",
            "seemed to confirm",
            "that the talks had failed",
        ),
    ],
)
def test_a_cue_under_a_verb_of_seeming_is_its_subject_s(text, source, phrase, content):
    [s] = statements_of(text)
    assert s.speaker.span.text == source
    assert s.cue_phrase.text == phrase
    assert s.content.text == content
    spans_ok(text, [s])


def test_seeming_with_no_cue_under_it_still_names_no_source():
    [s] = statements_of("The new bridge seems to be sinking.")
    assert s.speaker.span is None


# -- a finite cue the parser hung on a participle it read as the main verb ------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Majorities of voters in five states going to the polls on Tuesday say they would "
            "accept either candidate.",
            "Majorities of voters in five states going to the polls on Tuesday",
        ),
    ],
)
def test_the_subject_of_a_misread_participle_speaks(text, source):
    s = one(text, "say")
    assert s.speaker.span.text == source
    assert s.content.text == "they would accept either candidate"
