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
