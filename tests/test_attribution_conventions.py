"""Attribution conventions of newsgraph_attribution, one behaviour per test, own sentences."""

from __future__ import annotations

import pytest

from test_attribution_util import one, spans_ok, statements_of


# -- verbs of seeming ------------------------------------------------------------------------
def test_seem_has_no_source_and_keeps_the_subject_in_the_content():
    text = "The new bridge seems to be sinking."
    s = one(text, "seems")
    assert s.speaker.span is None
    assert s.content.text == "The new bridge seems to be sinking"
    spans_ok(text, statements_of(text))


def test_it_appears_that_has_no_source_and_the_clause_as_content():
    s = one("It appears that the ferry left early.", "appears")
    assert s.speaker.span is None
    assert s.content.text == "that the ferry left early"


def test_appear_in_a_place_is_not_a_cue():
    sts = statements_of("The mayor appeared in Dover on Monday.")
    assert not [s for s in sts if s.cue and s.cue.text == "appeared"]


# -- stance and request verbs ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("The judge ordered the release of the minutes.", "ordered", "the release of the minutes"),
        ("The council demanded an apology.", "demanded", "an apology"),
        ("The union welcomed the decision.", "welcomed", "the decision"),
        ("The senator assailed the budget.", "assailed", "the budget"),
        ("Critics view the plan as reckless.", "view", "the plan as reckless"),
    ],
)
def test_stance_and_request_verbs_take_their_object_as_content(text, cue, content):
    s = one(text, cue)
    assert s.content.text == content
    assert s.speaker.span is not None


# -- coordination inside reported speech -----------------------------------------------------
def test_coordinated_cue_inside_reported_speech_does_not_cut_the_content():
    text = "The coach says he is proud of the squad and expects to win the cup."
    s = one(text, "says")
    assert s.speaker.span.text == "The coach"
    assert s.content.text == "he is proud of the squad and expects to win the cup"


# -- blame, and "what X calls" ----------------------------------------------------------------
def test_blame_takes_the_blamed_and_the_reason_as_content():
    s = one("The mayor blamed the harbour board for the delays.", "blamed")
    assert s.speaker.span.text == "The mayor"
    assert s.content.text == "the harbour board for the delays"


def test_what_x_calls_is_a_statement_of_its_own():
    text = "Residents oppose what the mayor calls a modest levy."
    s = one(text, "calls")
    assert s.speaker.span.text == "the mayor"
    assert s.content.text == "what the mayor calls a modest levy"
    spans_ok(text, statements_of(text))


# -- relative clause around a cue ------------------------------------------------------------
def test_relative_clause_around_cue_splits_content_into_parts():
    text = "Officials criticised the ferry plan, which an audit said was badly costed."
    s = one(text, "said")
    assert s.speaker.span.text == "an audit"
    assert [p.text for p in s.content_parts] == ["which", "was badly costed"]
    spans_ok(text, statements_of(text))


# -- datelines -------------------------------------------------------------------------------
def test_dateline_is_not_part_of_the_speaker():
    text = (
        "Storms closed the coast road.\n\n"
        "DOVER, England (Wire) — Harbour master Ruth Okafor said the port would close."
    )
    s = one(text, "said")
    assert s.speaker.span.text == "Harbour master Ruth Okafor"
    spans_ok(text, statements_of(text))


# -- adjectives of stance ----------------------------------------------------------------------
def test_adjective_of_stance_with_that_clause():
    s = one("She was adamant that the levy would pass.")
    assert s.cue_phrase.text == "was adamant"
    assert s.speaker.span.text == "She"
    assert s.content.text == "that the levy would pass"


def test_adjective_of_stance_with_preposition():
    # "The fishermen are wary of …" finds nothing: see the report (subject not source-like).
    s = one("Harbour workers are wary of the new quotas.")
    assert s.cue_phrase.text == "are wary of"
    assert s.speaker.span.text == "Harbour workers"
    assert s.content.text == "the new quotas"


def test_it_is_clear_is_not_a_stance():
    sts = statements_of("It is clear that the bridge is safe.")
    assert not [s for s in sts if s.cue and s.cue.text == "clear"]
    assert not [s for s in sts if s.cue_phrase and "clear" in s.cue_phrase.text]


# -- light-verb cues ---------------------------------------------------------------------------
def test_made_it_clear_is_a_cue_phrase():
    text = "The mayor made it clear that she would run again."
    s = one(text)
    assert s.cue_phrase.text.startswith("made") and s.cue_phrase.text.endswith("clear")
    assert s.content.text == "that she would run again"
    spans_ok(text, statements_of(text))


def test_made_a_plea_for_is_a_cue_phrase():
    s = one("The bishop made a plea for calm.")
    assert s.cue_phrase.text == "made a plea for"
    assert s.content.text == "calm"


# -- polls and surveys -------------------------------------------------------------------------
def test_poll_showed_takes_its_object_as_content():
    s = one("A new poll showed Okafor with 40 percent.", "showed")
    assert s.content.text == "Okafor with 40 percent"


# -- opening connectives -----------------------------------------------------------------------
def test_opening_connective_is_left_out_of_the_content():
    s = one("In fact, the ferry was late, according to the harbour office.")
    assert s.content.text == "the ferry was late"
    assert s.speaker.span.text == "the harbour office"


# -- quotes and paragraphs ---------------------------------------------------------------------
def test_cue_does_not_take_a_quote_from_the_paragraph_before():
    text = '"The tide is against us," he said. "We will wait."\n\nOkafor may now feel that way herself.'
    sts = statements_of(text)
    said = one(text, "said")
    assert "We will wait" in [p.text for p in said.content_parts] or (
        "We will wait" in said.content.text
    )
    assert not [
        s
        for s in sts
        if s.cue and s.cue.text == "feel" and s.content and "We will wait" in s.content.text
    ]
    spans_ok(text, sts)


def test_said_in_a_statement_keeps_the_that_clause_as_content():
    s = one("The spokeswoman said in a statement that the port would reopen.", "said")
    assert s.content.text == "that the port would reopen"


def test_stated_an_intention_takes_the_noun_phrase_as_content():
    s = one("The senator stated his intention to retire.", "stated")
    assert s.content.text == "his intention to retire"


def test_partial_quote_before_its_cue_joins_the_quote_after():
    text = 'Yet the plan is a "bold gamble," Okafor said. "Nobody knows how it ends."'
    s = one(text, "said")
    assert "Nobody knows how it ends" in [p.text for p in s.content_parts]
    spans_ok(text, statements_of(text))


def test_physical_attack_is_no_statement_but_a_verbal_one_is():
    text = "Rebels attacked the grain depot at dawn. The mayor attacked the harbour board."
    cues = [s.cue.text for s in statements_of(text) if s.cue is not None]
    assert cues == ["attacked"]
    s = one(text, "attacked")
    assert s.speaker.span.text == "The mayor" and s.content.text == "the harbour board"


def test_quote_after_a_participle_cue_is_that_cue_s():
    text = '"The pier is ready," Okafor said, adding that ferries could dock "within the week."'
    said = one(text, "said")
    assert said.content.text == "The pier is ready"
    assert not said.content_parts
    adding = one(text, "adding")
    assert adding.content.text.startswith("that ferries could dock")
    assert adding.content.text.endswith('"within the week."')
    spans_ok(text, statements_of(text))


def test_dated_agency_dateline_after_a_headline_is_not_part_of_the_speaker():
    text = (
        "Ferry strike ends. Mar 3 (Wire) - Harbour master Ruth Okafor said on Monday that the "
        "ferries would sail again."
    )
    s = one(text, "said")
    assert s.speaker.span.text == "Harbour master Ruth Okafor"
    spans_ok(text, statements_of(text))


def test_focus_word_and_percent_sign_at_the_edges_of_a_source():
    s = one("Even the harbour master said the pier was unsafe.", "said")
    assert s.speaker.span.text == "the harbour master"
    s = one("In the survey, 28% said the ferry was too slow.", "said")
    assert s.speaker.span.text == "28%"


def test_see_is_a_stance_only_as_see_x_as_y():
    s = one("Fishermen see the quota as a threat to the harbour.", "see")
    assert s.content.text == "the quota as a threat to the harbour"
    assert not [x for x in statements_of("The mayor saw the new ferry on Monday.") if x.cue]


def test_as_x_noted_attributes_the_main_clause():
    text = "As the harbour office noted, the ferry was late again."
    s = one(text, "noted")
    assert s.speaker.span.text == "the harbour office"
    assert s.content.text == "the ferry was late again"
    spans_ok(text, statements_of(text))


def test_called_for_with_an_infinitive_clause():
    s = one("The mayor called for the harbour board to resign.", "called for")
    assert s.speaker.span.text == "The mayor"
    assert s.content.text == "the harbour board to resign"


def test_asked_if_is_a_question_not_a_condition():
    s = one("The captain asked the crew if they planned to sail at dawn.", "asked")
    assert s.speaker.span.text == "The captain"
    assert s.content.text == "if they planned to sail at dawn"


def test_said_the_same_and_said_so_have_content():
    s = one("Half the crew praised the captain, and a third said the same of the mate.", "said")
    assert s.content.text == "the same of the mate"
    s = one("The mayor said so on Monday.", "said")
    assert s.content.text == "so"


def test_quote_after_the_addressee_and_a_colon():
    s = one("The captain told the crew: “We sail at dawn.”", "told")
    assert s.kind == "direct" and s.content.text == "We sail at dawn"


# -- what an object's prepositional phrase tells: topic or setting ----------------------------
@pytest.mark.parametrize(
    "text,cue,content",
    [
        # "in", "on", "at" before a thing said about: part of what was said
        (
            "The senator has long backed the farm bill in the Senate.",
            "backed",
            "the farm bill in the Senate",
        ),
        (
            "The mayor blamed the flooding on the drainage board.",
            "blamed",
            "the flooding on the drainage board",
        ),
        (
            "The auditor estimated the cost of the bridge at $40 million.",
            "estimated",
            "the cost of the bridge at $40 million",
        ),
        # before an occasion, a medium, a time or a place: where or when it was said
        (
            "The governor praised the volunteers in an interview on Monday.",
            "praised",
            "the volunteers",
        ),
        ("The minister defended the budget at a rally in Leeds.", "defended", "the budget"),
        ("The council backed the plan at its meeting on Tuesday.", "backed", "the plan"),
        # before a clause: how or why, not what
        (
            "The union accused the board of bad faith in trying to delay the vote.",
            "accused",
            "the board of bad faith",
        ),
    ],
)
def test_object_content_keeps_a_topic_phrase_and_leaves_out_a_setting(text, cue, content):
    s = one(text, cue)
    assert s.content.text == content
    spans_ok(text, statements_of(text))


# -- a passive cue and its preposition -------------------------------------------------------
@pytest.mark.parametrize(
    "text,phrase,parts",
    [
        (
            "The new port is widely seen as a gamble.",
            "is widely seen as",
            ["The new port", "a gamble"],
        ),
        (
            "The ferry operator was criticised for the late sailings.",
            "was criticised for",
            ["The ferry operator", "the late sailings"],
        ),
        (
            "The council was accused of negligence by residents.",
            "was accused of",
            ["The council", "negligence"],
        ),
    ],
)
def test_passive_cue_phrase_takes_the_preposition_and_the_content_its_two_sides(
    text, phrase, parts
):
    s = one(text, phrase.split()[-2])
    assert s.cue_phrase.text == phrase
    assert [p.text for p in s.content_parts] == parts
    spans_ok(text, statements_of(text))


# -- "began by saying": the verb before "by" opens the cue phrase -----------------------------
@pytest.mark.parametrize(
    "text,cue,phrase",
    [
        ("The mayor began by saying the budget was tight.", "saying", "began by saying"),
        (
            "The minister responded by accusing the union of bad faith.",
            "accusing",
            "responded by accusing",
        ),
        (
            "The coach followed up by asking about the injury list.",
            "asking about",
            "followed up by asking about",
        ),
        # "by" far from its verb: the means of another act, the cue stands alone
        ("He won the vote by promising lower fares.", "promising", "promising"),
    ],
)
def test_verb_right_before_by_opens_the_cue_phrase(text, cue, phrase):
    s = one(text, cue)
    assert s.cue_phrase.text == phrase
    spans_ok(text, statements_of(text))


# -- a content never ends on a bare "and" ----------------------------------------------------
@pytest.mark.parametrize(
    "text,cue,content",
    [
        (
            "The mayor pointed to a record harvest in the valley and the fact that exports had doubled.",
            "pointed to",
            "a record harvest in the valley and the fact that exports had doubled",
        ),
        (
            "The coach noted that the squad was young, and suggested patience.",
            "noted",
            "that the squad was young",
        ),
    ],
)
def test_content_takes_its_conjunct_and_leaves_the_cue_s_out(text, cue, content):
    s = one(text, cue)
    assert s.content.text == content
    spans_ok(text, statements_of(text))
