"""Speakers that are bodies under other words: "he" or "she" standing for a ministry in
translated copy, and a body named again by its initials. Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    speaker_of,
)


# -- "he"/"she" with no person named before: the body that spoke last -------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Interior Ministry said in a statement that police had detained 12 people near "
            'the border.\n\n"The situation is fully under control," he said.',
            "The situation is fully under control",
            "Interior Ministry",
        ),
        (
            "The Foreign Ministry of Ruritania has accused its neighbour of shelling border "
            'villages.\n\n"This is a grave breach of the truce," it said in a statement.\n\n'
            "Thus, he has called on the United Nations to send monitors to the area.",
            "the United Nations to send monitors",
            "Foreign Ministry of Ruritania",
        ),
        (
            "The Defence Ministry said on Monday that two soldiers were wounded overnight.\n\n"
            "In this way, he has accused the rebels of violating the ceasefire.",
            "the rebels of violating",
            "Defence Ministry",
        ),
        (
            "The army said on Tuesday that its units had repelled an attack near the river.\n\n"
            "He also stressed that the operation would continue until the area was secured.",
            "the operation would continue",
            "army",
        ),
    ],
)
def test_a_person_pronoun_with_no_person_before_is_the_body_that_spoke(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")
    assert sp.span is not None and sp.span.text.lower() in ("he", "she")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The ministry said the talks would resume. Its spokeswoman, Maria Gonzalez, was "
            'asked about the delay on Friday. "We are ready," she said.',
            "We are ready",
            "Maria Gonzalez",
        ),
        (
            "The army said the road was open.\n\nLocal people were sceptical.\n\nMany left.\n\n"
            'Traffic was light.\n\n"Nobody told us anything," he said.',
            "Nobody told us anything",
            "he",
        ),
    ],
)
def test_a_person_or_a_distant_body_is_not_taken(text, words, name):
    """A person named before wins; a body that spoke three paragraphs up is too far."""
    assert speaker_of(text, words).name == name


# -- a body named again by its initials is the body the initials spell ------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Joint Chiefs of Staff (JCS) said in a statement that the launch was a "
            "provocation. The JCS added that it was watching closely.",
            "it was watching closely",
            "Joint Chiefs of Staff",
        ),
        (
            "The National Electoral Council said the vote would go ahead. Later the NEC said "
            "turnout had been high.",
            "turnout had been high",
            "National Electoral Council",
        ),
        (
            "Kenya's Independent Electoral and Boundaries Commission (IEBC) said results would "
            "come on Friday. The IEBC later said it had counted half the votes.",
            "it had counted half",
            "Independent Electoral and Boundaries Commission",
        ),
        (
            "The Ministry of Foreign Affairs said it had summoned the envoy. The MFA said the "
            "envoy was told to explain the incident.",
            "the envoy was told",
            "Ministry of Foreign Affairs",
        ),
        (
            "Pakistan's Foreign Office rejected the remarks on Monday. The FO said the claims "
            "were baseless.",
            "the claims were baseless",
            "Foreign Office",
        ),
    ],
)
def test_initials_are_the_body_they_spell(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")
    assert sp.span.text.split()[-1].isupper()


def test_initials_spelled_nowhere_and_a_title_stay_themselves():
    text = "The company said profits rose. The CEO said the outlook was good."
    assert speaker_of(text, "the outlook was good").name == "CEO"
    text = "Officials said the road was closed. The NRC said aid was on its way."
    assert speaker_of(text, "aid was on its way").name == "NRC"


def test_the_country_s_is_left_out_of_a_body_s_name():
    text = (
        "South Korea will hold drills with the US next week. The country's Joint Chiefs of "
        "Staff said in a statement that the drills would start on Monday."
    )
    assert speaker_of(text, "the drills would start").name == "Joint Chiefs of Staff"


# -- "it" is the body that spoke, not one named inside what it said ---------------------------
@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "The South Korean military strongly condemned the launch, saying Pyongyang had "
            "rejected talks. It said combined forces of South Korea and the United States were "
            "monitoring the North.",
            "combined forces of",
            "The South Korean military",
        ),
        (
            "The European Commission criticised the decision, saying Hungary had ignored the "
            "court. It said it would consider further steps.",
            "it would consider further steps",
            "The European Commission",
        ),
    ],
)
def test_it_is_the_body_that_spoke_not_one_it_spoke_of(text, words, span):
    from test_attribution_util import read_statements

    first = read_statements(text)[0].speaker
    assert first.span.text == span
    sp = speaker_of(text, words)
    assert sp.span.text == "It" and sp.name == first.name


# -- a document is named by its author: "<author> statement", "<outlet> report" ---------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The US is sanctioning several firms, according to a statement on Tuesday from State "
            "Department spokesperson Matthew Miller.",
            "sanctioning several firms",
            "Matthew Miller statement",
        ),
        (
            "Serbian state TV said the negotiator was arrested. Police fired tear gas at "
            "protesters, the report said.",
            "Police fired tear gas",
            "Serbian state TV report",
        ),
        (
            "Turkey's statement said the strikes had hit only militant positions.",
            "the strikes had hit",
            "Turkey statement",
        ),
    ],
)
def test_a_document_is_named_by_its_author(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "document")


def test_a_bare_statement_or_a_letter_from_an_office_keeps_its_words():
    text = "The ministry said the border was closed. The statement said the closure was brief."
    assert speaker_of(text, "the closure was brief").name == "statement"
    text = "A letter from the chairman of the committee said the hearing would be delayed."
    assert speaker_of(text, "the hearing would be").name.startswith("letter from the chairman")


# -- a body named by a common noun is not another body of the same state ------------------------
def test_the_government_is_not_the_ministry_named_before():
    text = (
        "Iraq's Foreign Ministry summoned the Iranian envoy on Sunday. The strike drew sharp "
        'criticism from the Iraqi government, which called it a "violation of international law".'
    )
    sp = speaker_of(text, "violation of international law")
    assert sp.name == "Iraqi government" and sp.type == "organisation"
