"""Families of attribution errors found on text the rules were not written on, one test each,
on sentences written for these tests in the styles of news (wire copy, state media, statements,
transcripts, live blogs, analysis)."""

from __future__ import annotations

import pytest

from test_attribution_util import full_reader  # noqa: F401  (an autouse fixture)
from test_attribution_util import read_statements as statements_of


def one(text: str, words: str):
    """The one statement whose content holds ``words``."""
    found = [s for s in statements_of(text) if words in s.content.text]
    assert len(found) == 1, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    return found[0]


# -- people: names, not descriptions ------------------------------------------------------------
def test_a_description_tagged_as_a_name_is_no_name():
    text = (
        "Chile's Foreign Minister Paula Ortiz rejected the claims on Monday.\n\n"
        "The Chilean top diplomat stressed that the treaty had expired. "
        "She said no country could extend it alone."
    )
    s = one(text, "no country could extend it")
    assert s.speaker.name == "Paula Ortiz"


def test_a_pronoun_refers_back_to_an_office_named_without_a_person():
    s = one(
        "Peru's health minister visited the clinic on Friday. "
        "The vaccine stocks would last a month, she added.",
        "vaccine stocks",
    )
    assert s.speaker.type == "person" and "health minister" in s.speaker.name


def test_a_singular_pronoun_never_refers_back_to_a_plural_office():
    s = one("The ministers left early. The talks had failed, he said.", "talks had failed")
    assert "minister" not in s.speaker.name


# -- the clause a cue reports -------------------------------------------------------------------
def test_a_clause_cut_off_by_a_colon_is_not_what_was_said():
    text = "Organisers were relieved: Ruiz said she had raised $40,000 in two days."
    s = one(text, "raised $40,000")
    assert s.speaker.name == "Ruiz"
    assert "relieved" not in s.content.text


def test_two_reports_joined_by_a_semicolon():
    text = (
        "Almost half said they were worried about prices; 46 percent said they were "
        "unhappy with the council."
    )
    s = one(text, "unhappy with the council")
    assert s.speaker.span.text == "46 percent"
    assert s.content.text == "they were unhappy with the council"


def test_inverted_source_between_commas():
    text = "Part of the difficulty, say engineers like Tomas Berg, is the soft clay under the dam."
    s = one(text, "soft clay")
    assert "engineers" in s.speaker.span.text and "Berg" in s.speaker.span.text


def test_connective_before_the_cue_is_not_content():
    text = "Instead, Ruiz told the radio station, the levy would simply be dropped."
    s = one(text, "levy would")
    assert s.content.text == "the levy would simply be dropped"


def test_cue_set_off_inside_its_clause_keeps_both_sides():
    text = "It is her duty, she said, to warn the council about the flood risk."
    s = one(text, "flood risk")
    assert [p.text for p in s.content_parts] == [
        "It is her duty",
        "to warn the council about the flood risk",
    ]


@pytest.mark.parametrize(
    "text, content, source",
    [
        (
            "As the minister arrived in Lagos on Monday, two reporters outside the hotel "
            "were detained by soldiers, police said.",
            "two reporters outside the hotel were detained by soldiers",
            "police",
        ),
        (
            'The vote marks "the start of a long winter" for the coalition, said Greta Olsen, '
            "leader of the Green bloc.",
            "The vote marks",
            "Greta Olsen",
        ),
        ("Regrettably, nothing can be done, the agency said.", "nothing can be done", "agency"),
    ],
)
def test_report_closing_its_sentence_after_a_comma(text, content, source):
    s = one(text, content)
    assert source in s.speaker.span.text and s.cue.text == "said"


def test_subordinate_clause_before_a_closing_cue_is_not_content():
    text = "When the talks ended on Friday, the envoy said. Nobody expected more."
    assert not any("talks ended" in s.content.text for s in statements_of(text))


def test_said_yes_or_no():
    s = one("Asked whether he would run again, the mayor said no.", "no")
    assert s.content.text == "no" and "mayor" in s.speaker.span.text


def test_said_for_the_first_time_that():
    text = "The ministry also said for the first time that two ships had been damaged."
    s = one(text, "two ships")
    assert s.content.text.startswith("that two ships")


@pytest.mark.parametrize(
    "text, words, source",
    [
        (
            "Older voters were more likely to say the economy was their main worry.",
            "economy",
            "Older voters",
        ),
        ("The ministry was quick to deny any role in the leak.", "any role", "ministry"),
    ],
)
def test_adjective_before_an_infinitive_cue_passes_its_subject(text, words, source):
    s = one(text, words)
    assert source in s.speaker.span.text and s.speaker.by == "cue-inherited"


def test_too_early_to_congratulate_is_not_a_statement_of_its_own():
    text = "The envoy said it was too early to congratulate the winners."
    s = one(text, "too early")
    assert s.content.text == "it was too early to congratulate the winners"


# -- participles: who speaks through "a statement saying …" -------------------------------------
@pytest.mark.parametrize(
    "text, words, source",
    [
        (
            "The defence ministry issued a statement on Sunday saying the border would stay shut.",
            "border would stay shut",
            "ministry",
        ),
        ("Her letter explaining the delay reached the board late.", "the delay", "Her"),
        (
            "The mayor spoke at a rally in the harbour district, blasting the governor for the "
            "cuts.",
            "the governor for the cuts",
            "mayor",
        ),
    ],
)
def test_who_speaks_through_a_participle(text, words, source):
    s = one(text, words)
    assert source in s.speaker.span.text, s.speaker


def test_a_document_filed_by_someone_else_speaks_for_itself():
    text = "She pointed to a lawsuit filed by a former aide alleging that funds were misused."
    (s,) = [s for s in statements_of(text) if s.content.text == "that funds were misused"]
    assert "lawsuit" in s.speaker.span.text


# -- quotes: cues the parser hides --------------------------------------------------------------
def test_quote_after_a_participle_of_means():
    text = "On Telegram, the governor replied to the mayor's post by saying, “Stop lying.”"
    s = one(text, "Stop lying")
    assert s.kind == "direct" and "governor" in s.speaker.span.text


def test_went_so_far_as_to_say():
    text = "The analyst went so far as to say: “The alliance as we know it is finished.”"
    s = one(text, "alliance as we know it")
    assert s.kind == "direct" and s.speaker.span.text == "The analyst"


def test_quote_then_a_noun_phrase_and_its_verb():
    text = "“What if the port had been closed?” the 43-year-old asked in a post on Friday."
    s = one(text, "What if the port")
    assert s.kind == "direct" and "43-year-old" in s.speaker.span.text


def test_a_platform_is_never_a_person():
    text = (
        "Mayor Ruiz said the port would reopen on Monday.\n\n"
        "On Twitter, she answered one critic by writing, “Read the report first.”"
    )
    s = one(text, "Read the report first")
    assert s.speaker.name == "Ruiz"


def test_quote_after_a_participle_in_the_next_sentence_is_the_speakers():
    text = (
        "“We may lose two seats,” Manchin said, referring to the Senate map. "
        "“Then the odds are good.”"
    )
    statements = statements_of(text)
    s = next(s for s in statements if "lose two seats" in s.content.text)
    assert [p.text for p in s.content_parts] == ["We may lose two seats", "Then the odds are good"]
    text = "“That is the question,” Clark said, adding that “nobody knows the answer.”"
    s = one(text, "nobody knows")
    assert s.cue.text == "adding"


@pytest.mark.parametrize(
    "text, words, source",
    [
        (
            "He left.\n\n“We never say never,” added Murphy, referring to the polls.",
            "never say",
            "Murphy",
        ),
        ("“Our movement has changed the debate,” read the email.", "Our movement", "the email"),
        ("“Watch out for the mayor,” tweeted another.", "Watch out", "another"),
        ("“She is too far behind,” added a Democrat from Ohio.", "too far behind", "Democrat"),
    ],
)
def test_who_follows_a_quote_and_its_cue(text, words, source):
    s = one(text, words)
    assert s.kind == "direct" and source in s.speaker.span.text


def test_a_woman_is_never_the_man_who_spoke_last():
    text = (
        "“The talks are over,” said Mr. Daniel Brock, a union official.\n\n"
        "“The city is safe,” said the woman, a cashier near the station."
    )
    s = one(text, "The city is safe")
    assert s.speaker.name != "Daniel Brock"


# -- pronouns: the gender a given name says ------------------------------------------------------
def test_she_skips_the_men_named_since():
    text = (
        "Energy minister Olga Petrenko met the envoy, Viktor Smirnov, in Geneva on Monday. "
        "Smirnov said the pipeline would reopen in March.\n\n"
        "She said Kyiv would not accept any conditions."
    )
    assert one(text, "Kyiv would not").speaker.name == "Olga Petrenko"


def test_a_slavic_surname_says_she():
    text = (
        "Spokesperson Lyuba Zakharenkova said the talks were useful. Her deputy, Pavel Orlov, "
        "disagreed. She added that a second round was planned."
    )
    assert one(text, "second round").speaker.name == "Lyuba Zakharenkova"


def test_he_added_goes_on_with_the_last_speaker_not_the_man_he_spoke_of():
    text = (
        "According to Peskov, President Vladimir Putin has been briefed on the measures. "
        "The head of state “is calm about it,” he added."
    )
    assert one(text, "is calm about it").speaker.name.endswith("Peskov")


def test_a_person_named_in_what_was_said_is_not_the_next_speaker():
    text = (
        "Mayor Ana Ruiz said on Monday that Governor Tomas Berg had approved the loan.\n\n"
        "She said the bridge would open in May."
    )
    assert one(text, "bridge would open").speaker.name == "Ana Ruiz"
    text = (
        "Spokesman Paul Carter said Defence Secretary John Lee had approved the plan. "
        "He said the troops would leave in May."
    )
    assert one(text, "troops would leave").speaker.name == "Paul Carter"


def test_he_after_an_unnamed_source():
    text = (
        "“This is a pause, not a peace,” one Western diplomat told reporters. "
        "He said talks would resume in the spring."
    )
    s = one(text, "talks would resume")
    assert s.speaker.type == "anonymous" and s.speaker.count == 1


def test_a_quote_without_a_cue_has_the_class_of_what_it_goes_on_with():
    text = (
        "Maria Lopez denied the report on Monday. Crews worked through the night.\n\n"
        "“It is false from start to finish.”\n\n"
        "Ana Ruiz hopes the bridge will open. Work goes on.\n\n"
        "“We owe the town that much.”"
    )
    denial = one(text, "It is false")
    assert denial.cue is None and denial.cue_class == "deny"
    hope = one(text, "We owe the town")
    assert hope.cue is None and hope.cue_class == "assert"


def test_a_quote_after_a_dash_is_asserted():
    text = "“We will rebuild the bridge by spring.” -- Mayor Maria Lopez\n\nWork starts soon."
    assert one(text, "We will rebuild").cue_class == "assert"


# -- more cue predicates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, words, cue",
    [
        (
            "The minister maintained that the budget was balanced.",
            "budget was balanced",
            "maintained",
        ),
        ("The spokesperson advised Washington to stop interfering.", "stop interfering", "advised"),
        ("The senator likened the plan to a tax on the poor.", "a tax on the poor", "likened"),
        ("The party repudiated the remarks on Tuesday.", "the remarks", "repudiated"),
        ("The company apologized for the delays.", "the delays", "apologized for"),
        (
            "Rights groups have long lobbied for a ban on the sale.",
            "a ban on the sale",
            "lobbied for",
        ),
    ],
)
def test_more_cue_predicates(text, words, cue):
    s = one(text, words)
    assert s.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party maintained a narrow lead in the polls.",
        "The bank advises governments on debt deals.",
        "Low rates encouraged borrowing and risk-taking.",
    ],
)
def test_cues_that_need_a_clause_are_no_cue_with_a_plain_object(text):
    assert statements_of(text) == []


def test_an_owned_claim_is_a_statement_an_owned_attack_is_not():
    text = "Kyiv rejected claims by the ministry that its troops had crossed the border."
    (s,) = [s for s in statements_of(text) if s.content.text.startswith("that its troops")]
    assert s.speaker.span.text == "the ministry" and s.cue.text == "claims"
    text = "His attacks on the central bank have unsettled investors."
    assert not any(s.cue and s.cue.text.startswith("attacks") for s in statements_of(text))


def test_a_closing_aside_on_the_last_noun_is_the_writers_whatever_the_cue():
    text = (
        "The mayor urged the council to reject the port deal, which was signed in secret last year."
    )
    s = one(text, "reject the port deal")
    assert s.content.text.endswith("to reject the port deal")


def test_a_name_given_is_no_statement():
    text = "A group called Future 45 ran the ads, and a firm that calls itself Delta paid for them."
    assert not any(s.cue and s.cue.text.startswith("call") for s in statements_of(text))


# -- descriptions: which earlier speaker a role can mean ----------------------------------------
def test_a_description_never_means_a_speaker_of_another_office():
    text = (
        "A police spokesman, Major Tomas Kral, said officers had used tear gas.\n\n"
        "The interior minister praised the police. She said the protesters were paid."
    )
    minister = one(text, "the police")
    assert minister.speaker.name != "Tomas Kral"
    assert one(text, "protesters were paid").speaker.name != "Tomas Kral"


def test_a_description_means_the_speaker_whose_office_it_is_used_for():
    text = (
        "Earlier, Foreign Minister Lena Berg said the embassy would stay open. "
        "The top diplomat accused the rebels of shelling the port."
    )
    assert one(text, "the rebels").speaker.name == "Lena Berg"


# -- transcripts and quoted fragments -----------------------------------------------------------
def test_transcript_turns_and_the_paragraphs_that_follow_them():
    text = (
        "Regular press conference\n\n"
        "Reuters: The US has announced new export controls. What is your response?\n\n"
        "Chen Li: We firmly oppose the abuse of export controls. This is coercion.\n\n"
        "The US should stop politicising trade.\n\n"
        "AFP: Will the minister travel to Europe?\n\n"
        "Chen Li: I have no information to release."
    )
    turn = one(text, "We firmly oppose")
    assert turn.speaker.name == "Chen Li" and turn.kind == "direct" and turn.cue.text == ":"
    after = one(text, "stop politicising")
    assert after.speaker.name == "Chen Li" and after.cue is None
    assert one(text, "no information").speaker.name == "Chen Li"


def test_a_quoted_fragment_after_its_cue_is_partial():
    text = "Prime Minister Erik Lund promised “every krona that is needed” for the repairs."
    s = one(text, "every krona")
    assert s.kind == "partial" and s.speaker.name == "Erik Lund"
    text = "The minister said: “We will rebuild every road.”"
    assert one(text, "We will rebuild").kind == "direct"


def test_a_place_that_qualifies_an_unnamed_source_is_not_its_owner():
    text = "“It is a disaster for exporters,” one Moscow-based trader told the agency."
    s = one(text, "disaster for exporters")
    assert s.speaker.type == "anonymous" and s.speaker.count == 1 and "Russia" not in s.speaker.name


def test_told_someone_about_something():
    s = one("The minister told reporters on Monday about the new border checks.", "border checks")
    assert s.cue.text == "told" and s.content.text == "the new border checks"


def test_a_clause_cut_off_by_a_dash_is_not_what_was_said():
    text = "The minister is not worried — in fact, she said the delay helps her."
    s = one(text, "delay helps")
    assert s.content.text == "the delay helps her"


@pytest.mark.parametrize(
    "text, words, name",
    [
        (
            "Such a move could alienate voters, Clinton allies believe.",
            "alienate",
            "Clinton allies",
        ),
        (
            "The Clinton campaign said it was pleased with the result.",
            "pleased",
            "Clinton campaign",
        ),
    ],
)
def test_a_persons_group_is_not_the_person(text, words, name):
    assert one(text, words).speaker.name == name


def test_a_cue_in_a_relative_clause_on_its_object():
    text = "Her turn against the trade pact - a deal she once supported - surprised no one."
    s = one(text, "a deal")
    assert s.content.text == "a deal" and s.speaker.span.text == "she"


def test_a_headline_name_and_colon_with_a_cue_inside():
    text = "Macron camp: Le Pen’s plan threatens the euro\n\nThe campaign went on."
    s = one(text, "plan threatens the euro")
    assert s.speaker.by == "colon" and s.speaker.name == "Macron camp"
    text = "WASHINGTON: The president said the deal was done."
    assert not any(s.speaker.by == "colon" for s in statements_of(text))


# -- passives ------------------------------------------------------------------------------------
def test_a_passive_with_an_agent_is_the_agents_statement():
    s = one("The port plan was rejected by the council on Monday.", "The port plan")
    assert s.speaker.span.text == "the council" and s.speaker.by == "cue-agent"
    assert s.content.text == "The port plan" and s.cue_phrase.text == "was rejected"
    s = one("The senator was criticized by farmers for his remarks.", "The senator")
    assert [p.text for p in s.content_parts] == ["The senator", "for his remarks"]


def test_a_passive_addressee_is_not_what_was_said():
    text = "She was asked by reporters whether the plan would survive."
    assert not any(s.content.text == "She" for s in statements_of(text))


def test_seen_as_without_an_agent_names_no_source():
    s = one("The deal is widely seen as a victory for the president.", "victory")
    assert s.speaker.type == "unknown" and s.content.text.startswith("The deal")


@pytest.mark.parametrize(
    "text",
    [
        "The host responded pointedly, with a smile: “It can happen at any age.”",
        "The minister told reporters in Brussels on Tuesday: “We are not leaving.”",
    ],
)
def test_a_quote_after_the_cues_own_words_and_a_colon(text):
    (s,) = [s for s in statements_of(text) if s.kind == "direct"]
    assert s.cue.text in ("responded", "told") and s.speaker.by == "cue-subject"


@pytest.mark.parametrize(
    "text, words, cue",
    [
        (
            "“Look at all these supporters,” Paradis said with a smirk. “They are here for "
            "free stuff,” Bennett shot back with a laugh.",
            "here for free stuff",
            "shot back",
        ),
        ("The party ruled out a coalition with the nationalists.", "a coalition", "ruled out"),
        ("The ministry played down the risk of a spill.", "the risk", "played down"),
    ],
)
def test_phrasal_cues(text, words, cue):
    s = one(text, words)
    assert s.cue.text == cue


def test_a_phrasal_verb_without_its_particle_is_no_cue():
    assert statements_of("The soldiers shot two men near the checkpoint.") == []


def test_a_closing_description_of_the_last_noun_is_the_writers_but_a_name_is_not():
    text = "The mayor said she would vote for Ana Ruiz, the councillor who wants to close the port."
    s = one(text, "vote for")
    assert s.content.text == "she would vote for Ana Ruiz"
    text = "The mayor said she would vote for her deputy, Ana Ruiz."
    assert one(text, "vote for").content.text.endswith("Ana Ruiz")


def test_when_and_where_the_words_were_said_are_not_what_was_said():
    s = one("The senator praised the mayor at a rally in Ohio on Monday.", "the mayor")
    assert s.content.text == "the mayor"
    s = one("A new poll showed Ruiz with 40 percent of the vote.", "Ruiz")
    assert s.content.text == "Ruiz with 40 percent of the vote"


def test_that_read_as_an_object():
    text = (
        "The envoy stressed that Resolution 2231, which endorsed the deal, terminated all "
        "prior sanctions."
    )
    s = one(text, "terminated all prior sanctions")
    assert s.content.text.startswith("that Resolution 2231")


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("The minister said the envoy had asked for a second meeting.", "asked for"),
        (
            "Residents said the council, which had criticised the plan, voted for it anyway.",
            "criticised",
        ),
        ("Witnesses told reporters that the driver had blamed the weather.", "blamed"),
    ],
)
def test_a_report_with_no_proposition_inside_reported_words_is_part_of_them(text, inner):
    sts = statements_of(text)
    assert [s.cue.text for s in sts if s.cue] == [sts[0].cue.text]
    assert inner in sts[0].content.text


@pytest.mark.parametrize(
    ("text", "inner", "content"),
    [
        (
            "The governor said the company had claimed that the plant was safe.",
            "claimed",
            "that the plant was safe",
        ),
        ("The spokesman said the firm denied any wrongdoing.", "denied", "any wrongdoing"),
    ],
)
def test_a_claim_or_denial_inside_reported_words_stays_a_statement(text, inner, content):
    (s,) = [s for s in statements_of(text) if s.cue and s.cue.text == inner]
    assert s.content.text == content and s.relayed_by


@pytest.mark.parametrize(
    "text",
    [
        "That said, the plan could still fail.",
        "But having said that, the mayor insisted the bridge would open in May.",
        "This said, the union expects a deal.",
    ],
)
def test_that_said_is_a_connective_not_a_report(text):
    sts = statements_of(text)
    assert all(s.cue.text != "said" for s in sts if s.cue)
    assert all(
        (s.speaker.span is None or s.speaker.span.text.lower() not in ("that", "this")) for s in sts
    )


def test_having_said_with_a_clause_is_still_a_report():
    sts = statements_of("Having said that he would resign, the mayor stayed on.")
    (s,) = [s for s in sts if s.cue and s.cue.text == "said"]
    assert s.content.text == "that he would resign" and s.speaker.span.text == "the mayor"
