"""Cue readers added with the sieve design (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_attribution_util import spans_ok


@pytest.fixture(scope="module")
def read(reader):
    def statements(text: str):
        found = reader.read(text).statements
        spans_ok(text, found)
        return found

    return statements


def by_cue(statements, cue: str):
    found = [s for s in statements if s.cue and s.cue.text == cue]
    assert found, [(s.cue.text if s.cue else None, s.content.text) for s in statements]
    return found[0]


def test_held_responsible_is_an_accusation(read):
    s = by_cue(read("The mayor held the utility responsible for the blackout."), "held")
    assert s.cue_class == "accuse" and s.content.text.startswith("the utility responsible")


def test_held_talks_is_no_cue(read):
    assert not [s for s in read("The two mayors held talks on Monday.") if s.cue]


def test_claims_by_a_group(read):
    statements = read("The minister dismissed claims by critics that the plan had failed.")
    s = by_cue(statements, "claims")
    assert s.speaker.span.text == "critics" and s.content.text == "that the plan had failed"


def test_what_was_urged_is_one_content(read):
    statements = read("The envoy urged both sides to reject violence and return to talks.")
    s = by_cue(statements, "urged")
    assert "to reject violence" in s.content.text
    assert not [t for t in statements if t.cue and t.cue.text == "reject"]


def test_words_before_a_parenthetical_cue_with_a_quote(read):
    text = "Farmers have “waited long enough,” she said, as the rain kept falling."
    s = by_cue(read(text), "said")
    assert s.kind == "partial" and "waited long enough" in s.content.text


def test_dateline_is_no_speaker(read):
    text = (
        "OSLO, May 2 (Wire) - Norway's Foreign Minister Lars Eid said on Friday that talks failed."
    )
    s = by_cue(read(text), "said")
    assert "Eid" in s.speaker.span.text and "OSLO" not in s.speaker.span.text


def test_wrapped_line_does_not_cut_the_content(read):
    text = (
        "The spokesperson said that the U.S.\nhas taken wrong steps on trade.\nTalks resume today."
    )
    s = by_cue(read(text), "said")
    assert s.content.text.endswith("wrong steps on trade")


def test_the_statement_read(read):
    text = "“We will not give up the valley,” the statement read."
    s = by_cue(read(text), "read")
    assert s.kind == "direct" and s.speaker.type == "document"


def test_continued_with_a_quote(read):
    s = by_cue(read("Most people “can see what is going on,” she continued."), "continued")
    assert s.kind == "partial"


@pytest.mark.parametrize(
    "text,cue,quoted",
    [
        ("The mayor accused the council of running a “closed shop.”", "accused", "closed shop"),
        ("She described the port as the “busiest in decades.”", "described", "busiest"),
        ("He called the new tariff “a tax on bread.”", "called", "a tax on bread"),
        ("The union labelled the offer “an insult.”", "labelled", "an insult"),
        ("Critics branded the plan a “land grab.”", "branded", "land grab"),
        ("The minister dismissed the leak as “pure fiction.”", "dismissed", "pure fiction"),
        ("He later called her “second-rate” and left.", "called", "second-rate"),
    ],
)
def test_partial_quote_inside_a_characterising_verb(read, text, cue, quoted):
    s = by_cue(read(text), cue)
    assert s.kind == "partial" and quoted in s.content.text and s.quote is not None


def test_calling_a_meeting_is_no_statement(read):
    assert not [s for s in read("The governor called a meeting for noon.") if s.cue]


def test_said_with_a_misread_object(read):
    text = "The senator says the movement sweeping the country appeals to fear, not hope."
    s = by_cue(read(text), "says")
    assert s.content.text.startswith("the movement sweeping the country")


def test_participle_after_a_reported_claim_is_the_rejecters(read):
    text = (
        "The minister rejected claims by the opposition that the vote had been rigged, "
        "calling them “baseless and absurd.”"
    )
    statements = read(text)
    s = by_cue(statements, "calling")
    assert s.speaker.span.text == "The minister" and s.kind == "partial"


def test_words_before_a_cue_and_a_quote_after_it(read):
    text = "Farmers have “waited long enough,” she said, as the rain fell. “We need help now.”"
    s = by_cue(read(text), "said")
    assert s.content.text.startswith("Farmers have") and "We need help now" in s.content.text


def test_gerund_after_a_preposition_speaks_for_the_subject(read):
    s = by_cue(read("The mayor began her speech by saying that the bridge would reopen."), "saying")
    assert s.speaker.span.text == "The mayor"


def test_gerund_inside_what_a_cue_says_is_its_content(read):
    statements = read("The senator criticized the governor for answering no questions.")
    s = by_cue(statements, "criticized")
    assert s.content.text == "the governor for answering no questions"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The harbour will close, as the port director noted.", "noted", "the port director",
         "The harbour will close"),
        ("As the senator put it, the budget is a moral document.", "put it", "the senator",
         "the budget is a moral document"),
        ("Wages fell in March, as most analysts had expected.", "expected", "most analysts",
         "Wages fell in March"),
    ],
)  # fmt: skip
def test_as_x_put_it_attributes_the_clause_it_is_set_into(read, text, cue, speaker, content):
    s = by_cue(read(text), cue)
    assert s.speaker.span.text == speaker and s.content.text == content


def test_as_x_put_it_after_a_quote(read):
    s = by_cue(read("“We will not back down,” as the union leader put it."), "put it")
    assert s.kind == "direct" and s.speaker.span.text == "the union leader"
    assert s.content.text == "We will not back down"


@pytest.mark.parametrize(
    "text", ["He put it on the shelf.", "The council put it to a vote on Monday."]
)
def test_putting_a_thing_somewhere_is_no_cue(read, text):
    assert not [s for s in read(text) if s.cue and s.cue.text.startswith("put")]


def test_told_someone_at_an_occasion_about_a_topic(read):
    text = "The envoy told her Danish colleague during a dinner in Bergen about the risk of delay."
    s = by_cue(read(text), "told")
    assert s.speaker.span.text == "The envoy" and s.content.text == "the risk of delay"


def test_told_a_longer_addressee_about_a_topic(read):
    s = by_cue(read("He told his old teammates about the new contract."), "told")
    assert s.content.text == "the new contract"


def test_restated_is_a_cue(read):
    s = by_cue(
        read("The envoy restated that the island was at the core of its interests."), "restated"
    )
    assert s.content.text.startswith("that the island")


def test_of_on_a_noun_addressee_is_no_topic(read):
    s = by_cue(read("He told the head of the agency about the fine."), "told")
    assert s.content.text == "the fine"


def test_a_lead_in_the_latest_poll_is_what_the_poll_shows(read):
    statements = read("The governor holds a narrow lead among young voters in the latest poll.")
    s = by_cue(statements, "in")
    assert s.speaker.span.text == "the latest poll"
    assert s.content.text == "The governor holds a narrow lead among young voters"


@pytest.mark.parametrize(
    "text",
    [
        "Herders in the north will keep their flocks, the provincial governor, Lina Osei, said.",
        "Herders in the north have refused to sell their flocks despite the drought, the "
        "provincial governor, Lina Osei, said on Monday.",
    ],
)
def test_closing_reporting_clause_the_parser_joined_as_a_conjunct(read, text):
    statements = read(text)
    s = by_cue(statements, "said")
    assert s.speaker.span.text == "the provincial governor, Lina Osei"
    assert s.content.text.startswith("Herders in the north")
    assert "governor" not in s.content.text
    for other in statements:  # no other statement swallows the closing clause
        assert "governor" not in other.content.text


def test_coordinated_clauses_are_no_closing_reporting_clause(read):
    statements = read("The rain stopped, the river fell and the town said it was safe.")
    s = by_cue(statements, "said")
    assert s.speaker.span.text == "the town" and s.content.text == "it was safe"


def test_warned_on_a_day_of_a_danger(read):
    s = by_cue(read('The minister warned on Thursday of a "dark winter" for Europe.'), "warned")
    assert s.speaker.span.text == "The minister" and s.content.text.startswith('a "dark winter"')


def test_a_sentence_read_as_one_noun_phrase_keeps_its_subject(read):
    text = "The statement, issued by the trade ministry on Sunday, called the tariffs unlawful."
    s = by_cue(read(text), "called")
    assert s.speaker.span is not None and s.speaker.span.text.startswith("The statement")
    assert s.content.text == "the tariffs unlawful"


def test_an_owned_claim_keeps_its_clause_past_an_aside(read):
    text = (
        "The council rejected the mayor's claim, which she repeated on Monday, "
        "that the budget was balanced."
    )
    statements = read(text)
    claim = by_cue(statements, "claim")
    assert claim.speaker.span.text.startswith("the mayor")
    assert claim.content.text == "that the budget was balanced"
    rejected = by_cue(statements, "rejected")
    assert rejected.content.text.startswith("the mayor's claim")
    repeated = by_cue(statements, "repeated")
    assert "which" not in repeated.content.text


def test_what_a_relative_cue_calls_its_antecedent_stays_its_content(read):
    s = by_cue(read("The bill, which the senator called a disaster, passed."), "called")
    assert "disaster" in s.content.text


def test_told_someone_on_a_day_to_do_something(read):
    s = by_cue(read("The general told his troops on Monday to prepare for a long winter."), "told")
    assert s.speaker.span.text == "The general" and "to prepare for a long winter" in s.content.text


def test_closing_speaker_the_parser_hung_on_the_object(read):
    text = (
        "The foreign ministry has summoned the ambassador, the ministry's spokeswoman, "
        "Irina Volkova, told reporters."
    )
    s = by_cue(read(text), "told")
    assert s.speaker.span.text == "the ministry's spokeswoman, Irina Volkova"
    assert s.content.text == "The foreign ministry has summoned the ambassador"
