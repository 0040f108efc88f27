"""Statement recall by construction: cue shapes found missing on news the rules were not
written for (PolNeAR, news-dev), each with sentences written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_cues import by_cue
from test_attribution_util import full_reader  # noqa: F401  (an autouse fixture)
from test_attribution_util import read_statements as read


# -- a second verb of saying joined to the reported clause ("said X and added that Y") ----------
@pytest.mark.parametrize(
    ("text", "outer", "said", "cue", "second", "speaker"),
    [
        (
            "The senator said the vote was rigged and added that she would appeal.",
            "said",
            "the vote was rigged",
            "added",
            "that she would appeal",
            "The senator",
        ),
        (
            "The minister said the port would reopen and added that ships would be inspected.",
            "said",
            "the port would reopen",
            "added",
            "that ships would be inspected",
            "The minister",
        ),
        (
            "Police said two men were arrested and stressed that the area was safe.",
            "said",
            "two men were arrested",
            "stressed",
            "that the area was safe",
            "Police",
        ),
        (
            "Ruiz says the bridge is safe and adds that repairs will take years.",
            "says",
            "the bridge is safe",
            "adds",
            "that repairs will take years",
            "Ruiz",
        ),
    ],
)
def test_second_report_joined_to_the_clause(text, outer, said, cue, second, speaker):
    statements = read(text)
    s = by_cue(statements, cue)
    assert s.speaker.span.text == speaker and s.content.text == second
    assert by_cue(statements, outer).content.text == said  # the second report is not in it


def test_an_act_of_the_reported_subject_stays_in_the_clause():
    # "denied the charges" may be the minister's: no verb of saying with a clause of its own
    statements = read("The senator said the minister lied and denied the charges.")
    s = by_cue(statements, "said")
    assert "denied the charges" in s.content.text


# -- cue nouns with an owner: calls, appeals, pleas, demands ------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "owner", "content"),
    [
        (
            "The senator's call on the president to resign drew sharp criticism.",
            "call on",
            "The senator's",
            "the president to resign",
        ),
        ("The mayor's appeal for calm went unheeded.", "appeal for", "The mayor's", "calm"),
        ("Her plea for more aid came as the storm hit.", "plea for", "Her", "more aid"),
        (
            "Kyiv's call to stop the shelling was ignored.",
            "call",
            "Kyiv's",
            "to stop the shelling",
        ),
    ],
)
def test_an_owned_call_or_appeal_is_a_statement(text, cue, owner, content):
    s = by_cue(read(text), cue)
    assert s.speaker.span.text == owner and s.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Her call to Putin lasted an hour.",
        "Trump's call with Putin lasted an hour.",
        "The minister's call on Tuesday was brief.",
        "The team's appeal of the ban failed.",
    ],
)
def test_a_phone_call_or_a_legal_appeal_is_no_statement(text):
    assert not [s for s in read(text) if s.cue and s.cue.text.split()[0] in ("call", "appeal")]


def test_a_claim_whose_clause_follows_an_aside():
    text = (
        "The coast guard had no immediate response to Manila's claim, which it has made "
        "before, that it had allowed the boat to pass."
    )
    s = by_cue(read(text), "claim")
    assert s.speaker.span.text == "Manila's"
    assert s.content.text == "that it had allowed the boat to pass"


# -- verbs of saying news uses daily, with their shapes -----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The army notified residents that the road would close.",
            "notified",
            "The army",
            "that the road would close",
        ),
        (
            "She reassured investors that the bank was sound.",
            "reassured",
            "She",
            "that the bank was sound",
        ),
        ("He confessed that he had taken the money.", "confessed", "He", "that he had taken"),
        (
            "The premier guaranteed that pensions would be paid.",
            "guaranteed",
            "The premier",
            "that pensions would be paid",
        ),
        (
            "The court instructed the police to release the men.",
            "instructed",
            "The court",
            "the police to release the men",
        ),
        (
            "The mother begged the soldiers to let her pass.",
            "begged",
            "The mother",
            "the soldiers to let her pass",
        ),
        (
            "The ministry pressed China to stop the drills.",
            "pressed",
            "The ministry",
            "China to stop the drills",
        ),
        (
            "The bishop deplored the violence in the north.",
            "deplored",
            "The bishop",
            "the violence",
        ),
        (
            "The president lauded the troops for their courage.",
            "lauded",
            "The president",
            "the troops",
        ),
        ("Officials briefed reporters on the talks.", "briefed", "Officials", "the talks"),
        (
            "The envoy hit out at Washington over the sanctions.",
            "hit out at",
            "The envoy",
            "Washington",
        ),
        ("The senator spoke out against the war.", "spoke out against", "The senator", "the war"),
        (
            "Beijing appealed to both sides to show restraint.",
            "appealed to",
            "Beijing",
            "both sides to show restraint",
        ),
    ],
)
def test_verbs_of_saying(text, cue, speaker, content):
    statements = read(text)
    s = by_cue(statements, cue)
    assert s.speaker.span.text == speaker and s.content.text.startswith(content)
    assert len(statements) == 1  # "to show restraint" is what was asked, no showing of its own


@pytest.mark.parametrize(
    "text",
    [
        "The guard pressed the button.",
        "The bank guaranteed the loan.",
        "The army notified the police.",
        "Rockets hit at the heart of the city.",
        "The club appealed the ban.",
        "The court instructed the jury.",
    ],
)
def test_the_same_verbs_without_words_said_are_no_statement(text):
    assert read(text) == []


# -- the passive subject of a verb of reporting speaks ("was quoted as saying") -----------------
@pytest.mark.parametrize(
    ("text", "phrase", "speaker", "content"),
    [
        (
            "The minister was quoted as saying that the talks were over.",
            "was quoted as saying",
            "The minister",
            "that the talks were over",
        ),
        (
            "The envoy was widely cited as saying the ceasefire would hold.",
            "was widely cited as saying",
            "The envoy",
            "the ceasefire would hold",
        ),
        (
            "The general is reported to have said that the offensive had stalled.",
            "is reported to have said",
            "The general",
            "that the offensive had stalled",
        ),
        (
            "The mayor is said to have warned that the dam was weak.",
            "is said to have warned",
            "The mayor",
            "that the dam was weak",
        ),
        (
            "The coach was heard telling players to calm down.",
            "was heard telling",
            "The coach",
            "players to calm down",
        ),
    ],
)
def test_the_one_quoted_is_who_speaks(text, phrase, speaker, content):
    statements = read(text)
    assert len(statements) == 1, [(s.cue.text, s.content.text) for s in statements]
    s = statements[0]
    assert s.cue_phrase.text == phrase and s.speaker.span.text == speaker
    assert s.content.text == content


def test_the_one_asked_to_comment_says_nothing():
    statements = read("The minister was asked to comment on the plan.")
    assert all(s.speaker.span is None for s in statements)


# -- a cue phrase followed by where or when the words were said --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The spokesman made the remarks at a regular press briefing on Monday.",
        "The minister made the comments in Geneva.",
        "The envoy made the statement during a summit.",
    ],
)
def test_where_the_remarks_were_made_is_no_content(text):
    assert read(text) == []


def test_what_a_concern_is_about_stays_content():
    s = by_cue(
        read("The minister voiced concern at the decision to close the port."), "voiced concern at"
    )
    assert s.content.text == "the decision to close the port"


# -- "The governor, asked whether …, said …": the one asked answers ------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The governor, asked whether he would resign, said he would not.",
            "The governor",
            "he would not",
        ),
        (
            "The governor, asked about the plan, said it would fail.",
            "The governor",
            "it would fail",
        ),
    ],
)
def test_the_one_asked_answers(text, speaker, content):
    statements = read(text)
    s = by_cue(statements, "said")
    assert s.speaker.span.text == speaker and s.content.text == content
    assert not [x for x in statements if x.cue.text.startswith("asked")]


def test_who_asks_still_asks():
    s = by_cue(read("The coach asked whether the match would go ahead."), "asked")
    assert s.speaker.span.text == "The coach"


# -- "…, said NAME, …, but …": the name the parser lent to the next clause -----------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The plan is dead, said Ruiz, the union leader, but talks will go on.",
            "Ruiz, the union leader",
        ),
        ("The plan is dead, said Ana Ruiz, but talks will go on.", "Ana Ruiz"),
    ],
)
def test_a_name_after_a_closing_cue_speaks(text, speaker):
    s = by_cue(read(text), "said")
    assert s.speaker.span.text == speaker and s.content.text.startswith("The plan is dead")


# -- "Instead, X told reporters, Y": the clause after the one addressed --------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Instead, the governor told reporters, the money would go to flood defences.",
            "the governor",
            "the money would go to flood defences",
        ),
        (
            "However, the envoy told state television, no date had been set for the talks.",
            "the envoy",
            "no date had been set for the talks",
        ),
        (
            "The governor told reporters, the money would go elsewhere.",
            "The governor",
            "the money would go elsewhere",
        ),
        (
            "In the meantime, the spokesman told a briefing, aid deliveries would continue.",
            "the spokesman",
            "aid deliveries would continue",
        ),
    ],
)
def test_the_clause_after_the_one_addressed_was_said(text, speaker, content):
    s = by_cue(read(text), "told")
    assert s.speaker.span.text == speaker and s.content.text.endswith(content)


def test_what_was_added_before_a_closing_cue_is_no_addressee_clause():
    text = "The board added two seats to the panel, the agency reported."
    s = by_cue(read(text), "reported")
    assert s.content.text == "The board added two seats to the panel"


# -- "The cuts, which the union said were unlawful, take effect …": the aside ends at its comma --
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The cuts, which the union said were unlawful, take effect in May.",
            "which the union said were unlawful",
        ),
        (
            "The deal, which officials said could be signed next month, would end the dispute.",
            "which officials said could be signed next month",
        ),
    ],
)
def test_a_relative_set_off_by_commas_ends_at_its_comma(text, content):
    assert by_cue(read(text), "said").content.text == content


# -- "Lavrov was blunt: “…”": a clause closed by a colon introduces the quote after it ---------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ('Lavrov was blunt: "Nobody will dictate terms to us."', "Lavrov", "was blunt", "Nobody"),
        (
            "The minister did not mince words: “This is a provocation.”",
            "The minister",
            "did not mince words",
            "This is a provocation",
        ),
        (
            'Zelensky struck a defiant tone: "We will not give up our land."',
            "Zelensky",
            "struck a defiant tone",
            "We will not give up",
        ),
        (
            "The spokesman went further: “Those responsible will pay.”",
            "The spokesman",
            "went further",
            "Those responsible",
        ),
    ],
)
def test_a_clause_closed_by_a_colon_introduces_the_quote(text, speaker, cue, content):
    (s,) = read(text)
    assert s.kind == "direct" and s.speaker.span.text == speaker
    assert s.cue_phrase.text == cue and s.content.text.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        'The sign on the door was simple: "Closed until further notice."',
        'The headline on Monday was stark: "Nation in mourning."',
        "The menu included: “Fish soup, bread and wine.”",
    ],
)
def test_a_colon_after_something_that_cannot_speak_gives_no_statement(text):
    assert read(text) == []


def test_the_words_before_a_parenthetical_cue_start_after_a_colon():
    text = "Officials offered a different account: the convoy, they said, had been hit by a mine."
    s = by_cue(read(text), "said")
    assert [p.text for p in s.content_parts] == ["the convoy", "had been hit by a mine"]


# -- "urged X to A, B and C": the later items the parser hung on the cue belong in ----------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister urged Western states to stop arming Kyiv, end the sanctions and "
            "return to talks.",
            "urged",
            "Western states to stop arming Kyiv, end the sanctions and return to talks",
        ),
        (
            "The UN called for an immediate ceasefire, the release of hostages and unhindered "
            "aid access.",
            "called for",
            "an immediate ceasefire, the release of hostages and unhindered aid access",
        ),
        (
            "The army warned civilians to leave the area, stay away from military sites and "
            "follow orders.",
            "warned",
            "civilians to leave the area, stay away from military sites and follow orders",
        ),
    ],
)
def test_a_list_the_content_opens_runs_to_its_last_item(text, cue, content):
    assert by_cue(read(text), cue).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council urged voters to back the plan, saying it would create jobs and homes.",
            "voters to back the plan",
        ),
        (
            "She urged the board to enact the reform, and he pledged to fund it.",
            "the board to enact the reform",
        ),
    ],
)
def test_a_participle_or_a_new_clause_after_the_content_is_no_list_item(text, content):
    assert by_cue(read(text), "urged").content.text == content


# -- "said on Telegram it had …": the occasion the parser put in the clause is the cue's -------
def test_an_occasion_right_after_the_cue_is_not_content():
    s = by_cue(read("The army said on Telegram it had repelled the attack."), "said")
    assert s.content.text == "it had repelled the attack"


# -- "Peskov told reporters:" and the quote opening the next paragraph ---------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Peskov told reporters:\n\n"There is nothing to add to that."', "Peskov"),
        ("The statement read in part:\n\n“We reject these accusations.”", "The statement"),
        ('Lavrov was blunt:\n\n"Nobody will dictate terms to us."', "Lavrov"),
    ],
)
def test_a_quote_opening_the_paragraph_after_a_colon_is_the_cues(text, speaker):
    (s,) = read(text)
    assert s.kind == "direct" and s.speaker.span.text == speaker


def test_a_quote_after_a_paragraph_ending_without_a_colon_is_not_the_cues():
    text = 'Peskov told reporters on Monday.\n\n"There is nothing to add to that," a diplomat said.'
    s = [x for x in read(text) if "nothing to add" in x.content.text]
    assert [x.speaker.span.text for x in s] == ["a diplomat"]


# -- "X said members voted to strike, noting that …": the reporter notes, not the voters ---------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The union's general secretary said members had voted overwhelmingly to strike, "
            "noting that turnout was 70 percent.",
            "The union's general secretary",
        ),
        (
            "The ministry said farmers supported the reform, adding that talks would go on.",
            "The ministry",
        ),
    ],
)
def test_a_trailing_participle_of_saying_is_the_reporters(text, speaker):
    statements = read(text)
    cue = next(s for s in statements if s.cue and s.cue.text in ("noting", "adding"))
    assert cue.speaker.span.text == speaker


def test_the_infinitive_after_the_one_called_on_belongs_in():
    text = "The statement, signed by 40 countries, called on Iran to halt enrichment."
    assert by_cue(read(text), "called on").content.text == "Iran to halt enrichment"


# -- "told reporters before the council met that …": the clause hung on a phrase of time -------
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor told reporters before the council met that the budget would be balanced.",
            "told",
            "The mayor",
            "that the budget would be balanced",
        ),
        (
            "The envoy told the Security Council after the vote that the resolution was one-sided.",
            "told",
            "The envoy",
            "that the resolution was one-sided",
        ),
        (
            "The foreign minister said after talks in Ankara that both sides wanted a ceasefire.",
            "said",
            "The foreign minister",
            "that both sides wanted a ceasefire",
        ),
        (
            "Officials told Reuters ahead of the summit that a deal was unlikely.",
            "told",
            "Officials",
            "that a deal was unlikely",
        ),
        (
            "The president told state television as the results came in that the people had "
            "spoken.",
            "told",
            "The president",
            "that the people had spoken",
        ),
    ],
)
def test_a_clause_hung_on_when_the_words_were_said_is_what_was_said(text, cue, speaker, content):
    s = by_cue(read(text), cue)
    assert s.speaker.span.text == speaker and s.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The army said after reports that troops had crossed the border that no soldier moved.",
        "The ministry said after it emerged that the files were missing that it would act.",
    ],
)
def test_a_clause_of_a_report_or_of_it_emerging_is_not_what_was_said(text):
    for s in read(text):
        assert not s.content.text.startswith(("that troops", "that the files"))


# -- "The ministry said:" closing a paragraph, the words unquoted in the next -------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a statement last week, the ministry said:\n\nThe sanctions are illegal and will "
            "be met with a firm response.",
            "the ministry",
            "The sanctions are illegal and will be met with a firm response",
        ),
        (
            "The union leader wrote on Facebook:\n\nWe will not accept any cut to pensions. Our "
            "members are ready to strike.\n\nThe talks resume on Monday.",
            "The union leader",
            "We will not accept any cut to pensions. Our members are ready to strike",
        ),
    ],
)
def test_the_paragraph_after_a_cue_and_its_colon_is_what_was_said(text, speaker, content):
    (s,) = read(text)
    assert s.speaker.span.text == speaker and s.content.text == content


def test_a_paragraph_after_a_colon_that_closes_no_cue_is_no_statement():
    assert read("Here is what we know:\n\nThe fire started on Sunday night.") == []


# -- "promised higher wages": the object of a promise is what is promised -----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In his speech, the president vowed to rebuild the army and promised higher wages "
            "for soldiers.",
            "higher wages for soldiers",
        ),
        ("The candidate promised voters a referendum on the treaty.", "a referendum on the treaty"),
        ("The minister promised the farmers that aid would come.", "that aid would come"),
        ("The premier urged restraint on all sides.", "restraint on all sides"),
        ("The envoy urged Moscow to return to the talks.", "Moscow to return to the talks"),
    ],
)
def test_what_is_promised_or_urged_is_the_content(text, content):
    s = next(s for s in read(text) if s.cue.text in ("promised", "urged"))
    assert s.content.text == content


def test_the_one_promised_to_is_no_content():
    assert all(s.content.text != "the farmers" for s in read("The mayor promised the farmers."))


# -- "told a regular briefing that …": the clause the parser hung on the briefing ---------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ministry's spokeswoman told a regular briefing that the country firmly opposes "
            "the sale.",
            "The ministry's spokeswoman",
            "that the country firmly opposes the sale",
        ),
        (
            "The minister told a press conference that talks would resume.",
            "The minister",
            "that talks would resume",
        ),
    ],
)
def test_the_clause_after_the_briefing_told_is_what_was_said(text, speaker, content):
    (s,) = read(text)
    assert s.speaker.span.text == speaker and s.content.text == content


# -- "The decision, he said, was final": the cue set into the clause, its subject before --------
@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "That, the spokesman said, was a matter for the courts.",
            ["That", "was a matter for the courts"],
        ),
        (
            "The decision, he said, was final and would not be reviewed.",
            ["The decision", "was final and would not be reviewed"],
        ),
        ("It is his job, he said, to brief Congress.", ["It is his job", "to brief Congress"]),
    ],
)
def test_a_cue_set_into_its_clause_leaves_two_parts(text, parts):
    (s,) = read(text)
    assert [p.text for p in s.content_parts] == parts


# -- the medium of the words after the cue: "said in part", "wrote on Facebook" ----------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The minister said in part that the deal was fair.", "said in part"),
        ("The mayor wrote on Facebook that schools would close.", "wrote on Facebook"),
        ("The envoy said in a statement that talks had stalled.", "said in a statement"),
        ("The mayor wrote in April that schools would close.", "wrote"),
        ("The envoy said in Geneva that talks had stalled.", "said"),
        ("The senator wrote in a letter that the bill was flawed.", "wrote"),
    ],
)
def test_the_cue_phrase_takes_in_the_medium_only(text, phrase):
    (s,) = read(text)
    assert (s.cue_phrase or s.cue).text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The senator said in a letter that the bill was flawed.",
        "The envoy said at the meeting that the talks were over.",
    ],
)
def test_a_clause_after_the_medium_read_as_a_relative_is_what_was_said(text):
    (s,) = read(text)
    assert s.content.text.startswith("that the")


def test_a_relative_on_a_letter_is_no_clause_said():
    text = "The senator referred to a letter that was sent to the governor."
    assert all(not s.content.text.startswith("that") for s in read(text))


# -- "a fact he mentions in speeches": a relative on what was said, with where it was said -----
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "One of his sons is a soldier, a fact he frequently mentions in speeches.",
            "mentions",
            "a fact",
        ),
        ("The treaty is a deal she backed at the summit.", "backed", "a deal"),
    ],
)
def test_a_relative_on_what_was_said_may_say_where(text, cue, content):
    assert by_cue(read(text), cue).content.text == content


def test_a_quote_split_around_its_cue_stays_one_direct_quote():
    text = "“The decision,” he said, “was final and will not be reviewed.”"
    (s,) = read(text)
    assert s.kind == "direct" and s.speaker.span.text == "he"


# -- ", saying …" after a quoted phrase: the participle names no speaker after it -------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'The minister gave a blunt warning about "reckless spending," saying the deficit '
            'had reached "a dangerous level."',
            "The minister",
            'the deficit had reached "a dangerous level."',
        ),
        (
            'The premier defended the "hard choices," saying the reforms would pay off.',
            "The premier",
            "the reforms would pay off",
        ),
        (
            'State television aired a report on the "border provocation," saying troops '
            "had been put on alert.",
            "State television",
            "troops had been put on alert",
        ),
    ],
)
def test_saying_after_a_quoted_phrase_keeps_its_subject(text, speaker, content):
    s = by_cue(read(text), "saying")
    assert s.speaker.span.text == speaker and s.content.text == content


# -- two clauses before the cue: the one after a colon is what was said -----------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'At the time, she seemed to hint he had lied: "He signed the deal," she told '
            "reporters.",
            "told",
            "He signed the deal",
        ),
        (
            'The mayor appeared to blame the council: "They ignored every warning," he told '
            "the local paper.",
            "told",
            "They ignored every warning",
        ),
        (
            'The envoy was blunt; "the talks are over," he said on Friday.',
            "said",
            "the talks are over",
        ),
    ],
)
def test_the_clause_after_a_colon_is_the_quote_said(text, cue, content):
    assert by_cue(read(text), cue).content.text == content


# -- a sentence the parser read as one noun phrase: "Ruiz, an ally, called X "Y."" -------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Beruff, a close ally of the governor, called Ohio\'s new standards "strong."',
            "Beruff, a close ally of the governor",
            'Ohio\'s new standards "strong."',
        ),
        (
            "Kenya's president, William Ruto, called the ruling unfair.",
            "Kenya's president, William Ruto",
            "the ruling unfair",
        ),
    ],
)
def test_a_naming_verb_after_an_apposition_is_the_sentence_verb(text, speaker, content):
    s = by_cue(read(text), "called")
    assert s.speaker.span.text == speaker and s.content.text == content


# -- "said X condemns Y and urged Z": a past cue joined to a present clause is the reporter's ---
@pytest.mark.parametrize(
    ("text", "cue", "said", "second", "speaker"),
    [
        (
            'The statement said Tehran "strongly condemns" the attack and urged the Security '
            "Council to act.",
            "urged",
            'Tehran "strongly condemns" the attack',
            "the Security Council to act",
            "The statement",
        ),
        (
            "The ministry said Russia remains open to dialogue and called on Kyiv to return to "
            "talks.",
            "called on",
            "Russia remains open to dialogue",
            "Kyiv to return to talks",
            "The ministry",
        ),
        (
            "The president said he will not resign and accused the opposition of spreading lies.",
            "accused",
            "he will not resign",
            "the opposition of spreading lies",
            "The president",
        ),
        (
            "Police said the suspect is being questioned and appealed for witnesses.",
            "appealed for",
            "the suspect is being questioned",
            "witnesses",
            "Police",
        ),
    ],
)
def test_a_past_cue_joined_to_a_present_clause_is_a_second_report(text, cue, said, second, speaker):
    statements = read(text)
    s = by_cue(statements, cue)
    assert s.speaker.span.text == speaker and s.content.text == second
    assert by_cue(statements, "said").content.text == said


@pytest.mark.parametrize(
    "text",
    [
        "The journalist said many voters did not recognise themselves and found it offensive.",
        "She said she could not back the plan but understood why others did.",
    ],
)
def test_a_past_clause_keeps_its_own_second_verb(text):
    s = by_cue(read(text), "said")
    assert any(w in s.content.text for w in ("found it", "understood"))


# -- a colon that opens a quote with its own cue: the clause before it stops at the colon ------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Soon after the attack, the minister asserted that the city had lost its soul: "
            '"This is no longer our city," he claimed.',
            "asserted",
            "that the city had lost its soul",
        ),
        (
            'The mayor insisted that the budget was balanced: "We owe nothing," she said.',
            "insisted",
            "that the budget was balanced",
        ),
    ],
)
def test_a_clause_stops_at_a_colon_before_a_quote_with_its_own_cue(text, cue, content):
    assert by_cue(read(text), cue).content.text == content


def test_a_colon_before_a_list_still_spells_out_the_content():
    text = "The minister said the choice was stark: either the talks resume or the truce ends."
    assert by_cue(read(text), "said").content.text.endswith("or the truce ends")


# -- '"…," referencing X': a participle after a quote reports what follows it ------------------
def test_a_participle_after_a_quote_leaves_the_quote_to_the_colon_cue():
    text = (
        'Ruiz fired back: "If they sue us in a court in Lima, they are going to lose," '
        "referencing the many Chilean workers in the region."
    )
    statements = read(text)
    quote = next(s for s in statements if s.content.text.startswith("If they sue"))
    assert quote.speaker.span.text == "Ruiz" and quote.cue.text == "fired back"
    assert by_cue(statements, "referencing").content.text.startswith("the many Chilean")


def test_a_perfect_clause_keeps_its_second_participle():
    text = "She noted that the senator has criticised the bank and called its chief weak."
    assert "called its chief weak" in by_cue(read(text), "noted").content.text


# -- "In a poll, 60 percent said …": the poll is the source of its finding --------------------
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In a survey released on Thursday, 79 percent of voters said they were satisfied "
            "with the government.",
            "a survey released on Thursday",
            "79 percent of voters said they were satisfied with the government",
        ),
        (
            "In a poll by the state broadcaster, most respondents said the economy was getting "
            "worse.",
            "a poll by the state broadcaster",
            "most respondents said the economy was getting worse",
        ),
        (
            "The governor has a clear lead in the polls, but many voters remain undecided.",
            "the polls",
            "The governor has a clear lead",
        ),
    ],
)
def test_a_poll_is_the_source_of_its_finding(text, source, content):
    s = next(s for s in read(text) if s.speaker.by == "in-document")
    assert s.speaker.span.text == source and s.content.text == content


def test_a_letter_before_its_writer_and_cue_is_no_source():
    statements = read("In a letter to the council, the mayor said the plan was unaffordable.")
    assert not [s for s in statements if s.speaker.by == "in-document"]
    assert by_cue(statements, "said").speaker.span.text == "the mayor"


@pytest.mark.parametrize(
    "text",
    [
        "All told, the groups spent more than $2 million on the race.",
        "The storm destroyed 300 homes; all told, 40,000 people lost power.",
    ],
)
def test_all_told_is_a_total_not_a_report(text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister cautioned against reading too much into the figures.",
            "cautioned against",
            "reading too much into the figures",
        ),
        ("The UN cautioned both sides against any escalation.", "cautioned", "any escalation"),
        ("The mayor bragged about the new stadium.", "bragged about", "the new stadium"),
        (
            "The report singled out the interior ministry for blame.",
            "singled out",
            "the interior ministry for blame",
        ),
    ],
)
def test_cautioning_bragging_and_singling_out_are_cues(text, cue, content):
    s = by_cue(read(text), cue)
    assert s.content.text == content


# -- verbs of casting someone as something ("painted the protesters as foreign agents") --------
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Critics have cast the minister as a puppet of the banks.",
            "cast",
            "Critics",
            "the minister as a puppet of the banks",
        ),
        (
            "State television painted the protesters as foreign agents.",
            "painted",
            "State television",
            "the protesters as foreign agents",
        ),
        (
            "The government framed the new law as a defence of national security.",
            "framed",
            "The government",
            "the new law as a defence of national security",
        ),
        (
            "The party billed the rally as the largest in a decade.",
            "billed",
            "The party",
            "the rally as the largest in a decade",
        ),
        (
            "The president has positioned himself as a peacemaker.",
            "positioned",
            "The president",
            "himself as a peacemaker",
        ),
        ("The minister has cast him as weak.", "cast", "The minister", "him as weak"),
    ],
)
def test_casting_someone_as_something_is_a_characterisation(text, cue, speaker, content):
    s = by_cue(read(text), cue)
    assert s.speaker.span.text == speaker and s.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Rain cast a shadow over the ceremony.",
        "The company presented its annual results on Monday.",
        "She cast her vote in the capital.",
        "Voters cast their ballots for the ruling party as rain fell across the capital.",
    ],
)
def test_casting_without_a_role_is_no_statement(text):
    assert read(text) == []


def test_cast_doubt_stays_a_cue_phrase():
    s = by_cue(read("The minister cast doubt on the figures."), "cast doubt on")
    assert s.content.text == "the figures"


# -- verbs of seeming: an adverb or "does not" is the cue phrase's, not the content's ------------
@pytest.mark.parametrize(
    ("text", "phrase", "parts"),
    [
        (
            "The ceasefire does not appear to be holding.",
            "does not appear",
            ["The ceasefire", "to be holding"],
        ),
        (
            "Both sides now seem ready to resume talks.",
            "now seem",
            ["Both sides", "ready to resume talks"],
        ),
    ],
)
def test_the_words_of_a_seeming_phrase_are_not_content(text, phrase, parts):
    (s,) = read(text)
    assert s.cue_phrase.text == phrase
    assert [p.text for p in s.content_parts] == parts


def test_a_bare_seeming_splits_around_the_verb_alone():
    (s,) = read("The plan seems to be failing.")
    assert s.cue_phrase.text == "seems"
    assert [p.text for p in s.content_parts] == ["The plan", "to be failing"]


# -- a hyphen typed with spaces is a dash: the clause before it is no lead-in to the cue -------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The mayor suggested the plan was unserious - "we need the details first," she said.',
            "said",
            "we need the details first",
        ),
        (
            "And although the minister admitted mistakes - the ports were slow - unions said "
            "they were not convinced.",
            "said",
            "they were not convinced",
        ),
        (
            "Inside the depot - which looks like a warehouse - the manager said workers were "
            "collecting food for the victims.",
            "said",
            "workers were collecting food for the victims",
        ),
    ],
)
def test_a_spaced_hyphen_cuts_off_the_clause_before_it(text, cue, content):
    s = by_cue(read(text), cue)
    assert s.content.text == content


def test_a_hyphen_inside_a_word_is_no_dash():
    s = by_cue(read("The well-known analyst said the long-term plan would fail."), "said")
    assert s.content.text == "the long-term plan would fail"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The minister dismissed the report - "it is simply wrong," he said - and called for calm.',
            "it is simply wrong",
        ),
        (
            'The mayor defended the budget - "every cent is accounted for," she said.',
            "every cent is accounted for",
        ),
        (
            'The envoy played down the clash — "a misunderstanding, nothing more," she said — '
            "and left.",
            "a misunderstanding, nothing more",
        ),
        (
            'The governor summed up the week: "hard, but we held," he said.',
            "hard, but we held",
        ),
    ],
)
def test_a_quote_after_a_spaced_dash_is_what_the_cue_after_it_said(text, content):
    s = by_cue(read(text), "said")
    assert s.kind == "direct" and s.content.text == content


def test_a_quote_broken_by_a_dashed_aside_stays_whole():
    s = by_cue(
        read(
            '"I doubt the plan" -- a costly one, critics say -- "will survive the winter," he said.'
        ),
        "said",
    )
    assert s.content.text.startswith("I doubt the plan")
