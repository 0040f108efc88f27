"""The shortcuts taken for speed give what the plain spaCy calls give (no timing here)."""

from __future__ import annotations

import spacy

from newsgraph import paragraphs
from newsgraph.extensions import text_of


def test_text_of_is_the_doc_text_and_is_kept():
    nlp = spacy.blank("en")
    doc = nlp("The council met on Friday.\n\nIt  adjourned early. ")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # built once


def test_text_of_an_empty_doc():
    assert text_of(spacy.blank("en")("")) == ""


def test_text_of_a_doc_made_from_a_span_is_its_own_text():
    nlp = spacy.blank("en")
    doc = nlp("The envoy arrived in Vienna. Talks began at noon.")
    text_of(doc)
    part = doc[6:].as_doc(copy_user_data=True)
    assert text_of(part) == part.text == "Talks began at noon."


def _starts(doc):
    return [t.i for t in doc if t.is_sent_start]


def test_paragraph_breaks_at_blank_lines_and_headline_lines():
    nlp = spacy.blank("en")
    doc = paragraphs.paragraph_breaks(
        nlp("Ports reopen after storm\nThe harbour board said ships may dock.\n\nMore rain is due.")
    )
    words = [doc[i].text for i in _starts(doc)]
    assert words[:3] == ["Ports", "The", "More"]


def test_paragraph_breaks_cut_a_sentence_with_no_end():
    nlp = spacy.blank("en")
    doc = paragraphs.paragraph_breaks(nlp(" ".join(["word"] * 1000)))
    starts = _starts(doc)
    assert starts[1:] == [paragraphs.MAX_SENTENCE_TOKENS * k for k in (1, 2)]
