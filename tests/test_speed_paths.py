"""The shortcuts taken for speed give what the plain spaCy calls give (no timing here)."""

from __future__ import annotations

from bisect import bisect_right

import pytest
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


def test_paragraph_cuts_count_from_the_last_break():
    nlp = spacy.blank("en")
    n = paragraphs.MAX_SENTENCE_TOKENS
    doc = nlp(" ".join(["word"] * 10) + "\n\n" + " ".join(["word"] * (n + 5)))
    assert doc[10].is_space
    starts = _starts(paragraphs.paragraph_breaks(doc))
    assert starts[1:] == [11, 11 + n]  # the blank line, then a cut n tokens after it


def test_paragraph_cut_waits_for_a_word():
    nlp = spacy.blank("en")
    n = paragraphs.MAX_SENTENCE_TOKENS
    doc = nlp(" ".join(["word"] * n) + "  " + " ".join(["word"] * 5))
    assert doc[n].is_space  # the cut would open on a space token: it opens after it
    assert _starts(paragraphs.paragraph_breaks(doc))[1:] == [n + 1]


def test_paragraph_breaks_leave_other_words_unmarked():
    nlp = spacy.blank("en")
    doc = paragraphs.paragraph_breaks(nlp("Polls close at eight.\n\nCounting starts at nine."))
    assert [t.is_sent_start for t in doc] == [True] + [None] * 5 + [True] + [None] * 4


def test_paragraph_breaks_refuse_a_parsed_doc_as_spacy_does():
    nlp = spacy.blank("en")
    doc = nlp("Polls close at eight.\n\nCounting starts at nine.")
    doc[0].dep_ = "ROOT"
    with pytest.raises(ValueError, match="E043"):
        paragraphs.paragraph_breaks(doc)


def test_a_made_doc_keeps_the_text_it_was_made_from(reader):
    from newsgraph import extensions, pipeline
    from newsgraph.load import load_text

    doc = pipeline.make_doc(reader.nlp, load_text("Ports reopen\n\nThe board  said so. "))
    assert doc.user_data[extensions._TEXT_KEY] == doc.text


def test_event_walk_gives_the_parse_children_and_what_may_code(reader):
    from newsgraph.events.codebook import codebook
    from newsgraph.events.coder import Coder, _Walk
    from newsgraph.events.patterns import patterns
    from newsgraph.events.state import DocState

    doc = reader.nlp(
        "The minister, who arrived on Monday, said the talks that began in Geneva would "
        "resume.\n\nProtesters gathered outside the embassy, waving flags. Moscow-backed "
        "leaders rejected the proposal for a ceasefire."
    )
    triggers = Coder()._noun_trigger_ids(doc, DocState(doc, patterns(), codebook()))
    walk = _Walk(doc, triggers)
    kids = [walk.order[walk.lo[t.i] : walk.hi[t.i]] for t in doc]
    assert kids == [[c.i for c in t.children] for t in doc]
    words = ("VERB", "AUX", "NOUN", "PROPN")
    assert walk.may_code == [t.pos_ in words or t.dep_ in ("relcl", "acl") for t in doc]
    assert any(walk.may_code) and not all(walk.may_code)
    # what Coder._sentence asks of each token, as the Token attributes it stands for
    assert walk.verb == [t.pos_ in ("VERB", "AUX") for t in doc]
    assert walk.noun == [t.pos_ in ("NOUN", "PROPN") for t in doc]
    assert walk.clause == [t.dep_ in ("relcl", "acl") for t in doc]
    hyphenated = [
        t.dep_ in ("amod", "compound") and t.i > 0 and doc[t.i - 1].text == "-" for t in doc
    ]
    assert walk.hyphenated == hyphenated and any(hyphenated)
    noun_triggers = patterns().noun_triggers
    assert walk.noun_trigger == [t.lemma_.lower() in noun_triggers for t in doc]
    assert any(walk.noun_trigger)  # "talks", "proposal", "ceasefire"


def test_event_token_at_is_the_token_char_span_finds(reader):
    from newsgraph.events.codebook import codebook
    from newsgraph.events.patterns import patterns
    from newsgraph.events.state import DocState

    doc = reader.nlp('Kyiv  said on Friday:\n\n"We will not yield."  ')
    st = DocState(doc, patterns(), codebook())
    starts = [t.idx for t in doc]
    for c in range(-2, len(doc.text) + 3):  # the look-up it replaces: Doc.char_span, else
        span = doc.char_span(c, c + 1, alignment_mode="expand")  # the last token before
        if span is not None and span.start_char <= c:
            assert st.token_at(c) == span.start
        else:
            assert st.token_at(c) == max(0, bisect_right(starts, c) - 1)
    assert st.token_at(4) == 0  # the space after "Kyiv" is its own
    assert st.token_at(len(doc.text) + 3) == len(doc) - 1


def test_tokens_with_matches_what_the_tokens_say(reader):
    from spacy.attrs import DEP, LOWER, POS

    from newsgraph.extensions import tokens_with

    doc = reader.nlp("Lars Eid said the envoy had reportedly left. Eid, 54, declined to comment.")
    subjects = tokens_with(doc, {POS: ("PROPN",), DEP: ("nsubj", "nsubjpass")})
    assert subjects == [t.i for t in doc if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")]
    assert subjects  # "nsubj" is a spaCy symbol: matched by its id, not its hash
    adverbs = tokens_with(doc, {LOWER: {"reportedly", "allegedly"}, POS: ("ADV",)})
    assert [doc[i].text for i in adverbs] == ["reportedly"]
    assert tokens_with(reader.nlp(""), {POS: ("NOUN",)}) == []


def test_isin_gives_what_numpy_isin_gives():
    import numpy as np

    from newsgraph.extensions import id_array, isin

    rng = np.random.default_rng(7)
    values = rng.integers(0, 2**64 - 1, 500, dtype=np.uint64)
    values[:2] = [0, 2**64 - 1]  # the ends of the range
    for picked in ([], [0], values[:1], values[:40:3], [*values[5:9], 2**64 - 1, 12345]):
        ids = np.array(picked, dtype=np.uint64)
        assert isin(values, id_array(ids)).tolist() == np.isin(values, ids).tolist()


def test_tokens_with_picks_words_by_attribute_values():
    from spacy.attrs import LOWER

    from newsgraph.extensions import tokens_with

    doc = spacy.blank("en")("Officials said the vote was fair, officials SAID.")
    assert tokens_with(doc, {LOWER: ("officials", "said")}) == [0, 1, 7, 8]
    assert tokens_with(doc, {LOWER: ()}) == []


def test_evidential_adverbs_are_read_from_the_hedge_index_once():
    from newsgraph.hedges.lexicon import load

    lex = load()
    words = lex.evidential_adverbs()
    assert "reportedly" in words and words is lex.evidential_adverbs()


def test_tokens_with_gives_the_same_for_a_kept_word_list():
    from spacy.attrs import LOWER

    from newsgraph.extensions import tokens_with

    doc = spacy.blank("en")("Rebels reportedly seized the town, officials allegedly said.")
    words = frozenset({"reportedly", "allegedly"})
    assert tokens_with(doc, {LOWER: words}) == tokens_with(doc, {LOWER: set(words)}) == [1, 7]


def test_quotes_asked_for_again_are_the_same_and_a_new_list():
    from newsgraph.attribution.quotes import find_quotes

    text = 'The mayor said "we will rebuild" on Friday.\n\n"Not soon," a resident said.'
    first = find_quotes(text)
    again = find_quotes(text)
    assert again == first and again is not first and len(first) == 2
    again.clear()  # a caller's list is its own
    assert find_quotes(text) == first
    assert find_quotes('Officials "declined" to comment.')[0].start == 10
    assert find_quotes(text) == first


CUE_SENTENCES = [
    "The ministry said on Tuesday that talks would resume.",
    "According to state media, the envoy arrived in Hanoi late on Friday.",
    "Officials are confident the deal will hold, a spokesman added.",
    'The minister was blunt: "We will not pay for their mistakes."',
    "Her claim that the vote was rigged drew sharp criticism from the opposition.",
    "The agency, citing two sources, reported a delay in the shipments.",
    "Critics accused the mayor of hiding the audit, calling it a cover-up.",
    "In a statement, the group denied any role in the attack on the depot.",
    "He hopes the border will reopen soon, he told reporters in Lagos.",
    "Analysts warned of shortages, pointing out that grain stocks are low.",
    "The court's ruling, which lawyers described as unusual, is final.",
    "Residents are worried, and the council admits it has no plan.",
    "The ferry service will resume next week, the port authority's newsletter reports.",
]


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_cue_candidates_hold_every_token_a_cue_is_found_at(reader, text):
    """`CueFinder._candidates` skips tokens without making a Token for them: it must never
    skip one at which `_cue_at` would find a cue."""
    from newsgraph.attribution.spans import Paragraphs

    doc = reader.nlp(text)
    finder = reader.nlp.get_pipe("newsgraph_attribution").finder
    paras = Paragraphs(text_of(doc))
    finder.text = paras.text
    found = [t.i for t in doc if finder._cue_at(doc, t, paras) is not None]
    assert found, "each sentence has a cue"
    assert set(found) <= set(finder._candidates(doc))


def test_noun_triggers_hold_every_noun_table_key():
    """`nominals.noun` passes over a noun whose lemma is not in `Patterns.noun_triggers`."""
    from newsgraph.events.patterns import patterns

    p = patterns()
    keys = {*p.nouns, *(k[-1] for k in p.noun_compounds), *p.noun_objects}
    assert keys | p.halt_nouns | set(p.control) == p.noun_triggers
    assert "sanction" in p.noun_triggers and "the" not in p.noun_triggers


def test_settling_collects_young_objects_less_often_but_keeps_a_higher_or_off_setting(
    monkeypatch,
):
    import gc

    from newsgraph import pipeline

    before = gc.get_threshold()
    try:
        for start, expected in (
            ((700, 10, 10), (pipeline.GC_YOUNG_THRESHOLD, 10, 10)),
            ((50_000, 5, 5), (50_000, 5, 5)),  # a process's own higher setting is kept
            ((0, 10, 10), (0, 10, 10)),  # collection turned off stays off
        ):
            monkeypatch.setattr(pipeline, "_SETTLED", False)
            gc.set_threshold(*start)
            pipeline._settle()
            assert gc.get_threshold() == expected
            pipeline._settle()  # once per process: a second call changes nothing
            assert gc.get_threshold() == expected
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
