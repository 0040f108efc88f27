"""Cue and content spans by the news attribution corpora's convention (PolNeAR): where a
content starts and ends, which words a cue holds. Own sentences, one behaviour per test."""

from __future__ import annotations

import pytest

from test_attribution_util import one, spans_ok, statements_of


# -- where reported speech ends ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        (
            "He said the talks had stalled. ''We are not close,'' he added.",
            "the talks had stalled",
        ),
        (
            "The skipper said the catch was poor. ''It was the worst week in years,'' she added.",
            "the catch was poor",
        ),
    ],
)
def test_reported_speech_ends_at_its_full_stop(text, content):
    """The parser may run a sentence on into the quote after it; the content stops at the
    full stop."""
    s = one(text, "said")
    assert s.content.text == content
    spans_ok(text, statements_of(text))


@pytest.mark.parametrize(
    "text,cue,content",
    [
        (
            "The lawyer argued that the rule was clear: Nobody could fish in the bay after dark.",
            "argued",
            "that the rule was clear: Nobody could fish in the bay after dark",
        ),
        (
            "The pilot warned that one thing worried her most: Fog could close the airport.",
            "warned",
            "that one thing worried her most: Fog could close the airport",
        ),
    ],
)
def test_what_follows_a_colon_spells_the_content_out(text, cue, content):
    s = one(text, cue)
    assert s.content.text == content


def test_a_hyphenated_word_does_not_end_the_content():
    s = one("The governor said it had been a relatively trouble-free year for the port.", "said")
    assert s.content.text == "it had been a relatively trouble-free year for the port"


# -- passives that attribute without naming the source -----------------------------------------
@pytest.mark.parametrize(
    "text,cue,subject",
    [
        ("The new toll was widely viewed as a gamble.", "viewed", "The new toll"),
        ("The harbour master was accused of hiding the report.", "accused", "The harbour master"),
        (
            "The ferry captain was criticized for the long delays.",
            "criticized",
            "The ferry captain",
        ),
        ("The old quarry was deemed unsafe for swimmers.", "deemed", "The old quarry"),
    ],
)
def test_passive_stance_verbs_attribute_without_a_source(text, cue, subject):
    sts = [s for s in statements_of(text) if s.cue is not None and s.cue.text == cue]
    assert len(sts) == 1
    s = sts[0]
    assert s.speaker.span is None
    assert s.content.text.startswith(subject)
    spans_ok(text, statements_of(text))


def test_it_was_revealed_that_takes_the_clause():
    s = one("It was revealed that the port had closed in March.", "revealed")
    assert s.speaker.span is None
    assert s.content.text == "that the port had closed in March"


def test_a_passive_of_showing_something_physical_is_still_no_speaker():
    # "shown" attributes ("was shown to be false"); a passive with no complement says nothing
    sts = statements_of("The film was shown in the town hall.")
    assert not [s for s in sts if s.cue is not None and s.cue.text == "shown"]


# -- adjectives after their noun, documents issued --------------------------
@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        (
            "Republicans, concerned about the party's image, stayed away from the rally.",
            "concerned about",
            "Republicans",
            "the party's image",
        ),
        (
            "The town has many donors eager to fund the new school.",
            "eager",
            "many donors",
            "to fund the new school",
        ),
    ],
)
def test_an_adjective_of_stance_after_its_noun_is_a_cue(text, cue, source, content):
    s = one(text, cue)
    assert (s.cue_phrase or s.cue).text == cue
    assert s.speaker.span.text == source
    assert s.content.text == content


@pytest.mark.parametrize(
    "text,phrase,source,content",
    [
        (
            "The ministry issued a statement saying the port would close.",
            "issued a statement saying",
            "The ministry",
            "the port would close",
        ),
        (
            "The dockers' union released a statement on Tuesday condemning the new rules.",
            "released a statement on Tuesday condemning",
            "The dockers' union",
            "the new rules",
        ),
        (
            "The campaign put out a memo calling the poll a fluke.",
            "put out a memo calling",
            "The campaign",
            "the poll a fluke",
        ),
    ],
)
def test_a_document_issued_and_what_it_says_is_one_cue_phrase(text, phrase, source, content):
    sts = [s for s in statements_of(text) if s.cue is not None]
    assert len(sts) == 1  # the issuing makes no statement of its own
    s = sts[0]
    assert s.cue_phrase.text == phrase
    assert s.speaker.span.text == source
    assert s.content.text == content
    spans_ok(text, sts)


# -- cue phrases the corpora mark as one ------------------------------------------------------
@pytest.mark.parametrize(
    "text,cue,phrase",
    [
        (
            "Older voters were far more likely to say the economy was poor.",
            "say",
            "were far more likely to say",
        ),
        ("The minister was quick to deny the report.", "deny", "was quick to deny"),
        ("The senator went on to endorse the mayor in May.", "endorse", "went on to endorse"),
        ("The harbour master then went on to name a new pilot.", "name", "then went on to name"),
    ],
)
def test_raising_and_aspect_words_join_the_cue_phrase(text, cue, phrase):
    s = one(text, cue)
    assert s.cue_phrase.text == phrase


@pytest.mark.parametrize(
    "text,phrase,content",
    [
        (
            "The senator drew a sharp contrast with her rival on taxes.",
            "drew a sharp contrast with",
            "her rival on taxes",
        ),
        (
            "The mayor offered his thoughts on the new bridge.",
            "offered his thoughts on",
            "the new bridge",
        ),
        (
            "She delivered a stinging rebuke of the council.",
            "delivered a stinging rebuke of",
            "the council",
        ),
        ("The council took credit for the new school.", "took credit for", "the new school"),
    ],
)
def test_verb_and_object_cue_phrases(text, phrase, content):
    sts = [s for s in statements_of(text) if s.cue is not None]
    assert len(sts) == 1
    assert sts[0].cue.text == phrase
    assert sts[0].content.text == content


@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        (
            "The council voted to close the old pier.",
            "voted",
            "The council",
            "to close the old pier",
        ),
        (
            "The mayor credited the volunteers with saving the pier.",
            "credited",
            "The mayor",
            "the volunteers with saving the pier",
        ),
        (
            "Officials attributed the delay to the storm.",
            "attributed",
            "Officials",
            "the delay to the storm",
        ),
    ],
)
def test_voting_crediting_and_attributing_are_cues(text, cue, source, content):
    s = one(text, cue)
    assert s.speaker.span.text == source
    assert s.content.text == content


def test_voting_with_no_choice_named_is_no_cue():
    assert not [s for s in statements_of("The council voted in March.") if s.cue is not None]
