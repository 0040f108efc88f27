"""Speakers that hold on news the rules were not written on: each family in two or more
wordings (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
)


def holding(text: str, words: str):
    """The first statement whose content holds ``words``."""
    found = [s for s in read_statements(text) if words in s.content.text]
    assert found, f"no statement holds {words!r} in {text!r}"
    return found[0]


# -- a role described before the article names its holder ----------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Kremlin spokesman said on Friday that no meeting was planned. Kremlin "
            "spokesman Dmitry Peskov later told reporters the president was busy.",
            "no meeting was planned",
            "Dmitry Peskov",
        ),
        (
            "According to Ukraine's energy minister, repairs could take weeks.\n\n"
            "Herman Halushchenko, the energy minister, later said power was back in part.",
            "repairs could take weeks",
            "Herman Halushchenko",
        ),
        (
            "The army chief warned that the offensive would go on.\n\n"
            "The chief of the army, General Omar Bashir, has led the force since 2019.",
            "the offensive would go on",
            "Omar Bashir",
        ),
    ],
)
def test_a_role_is_the_person_named_with_it_later(text, words, name):
    st = holding(text, words)
    assert st.speaker.name == name and st.speaker.type == "person"


def test_a_role_is_not_a_later_holder_of_another_office():
    text = (
        "The foreign minister said the embassy would reopen. Health Minister Ana Costa said "
        "the wards were full. Interior Minister Luis Mendes flew to Madrid."
    )
    assert holding(text, "the embassy would reopen").speaker.name not in (
        "Ana Costa",
        "Luis Mendes",
    )


def test_an_indefinite_role_is_not_a_later_holder():
    text = "A spokesman said the plant was safe. Later, spokesman Ivo Kral met the inspectors."
    assert holding(text, "the plant was safe").speaker.type == "anonymous"


# -- pronouns: only an antecedent they can mean --------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The central bank raised rates again. Governor Elena Markova met lenders "
            "afterwards. It said inflation remained too high.",
            "inflation remained",
            "central bank",
        ),
        (
            "The port authority closed two berths on Monday. It said the storm had cracked "
            "the quay.",
            "cracked the quay",
            "port authority",
        ),
    ],
)
def test_it_is_an_organisation_named_as_a_subject_not_a_person(text, words, name):
    st = holding(text, words)
    assert name in st.speaker.name and st.speaker.span.text == "It"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Union leaders met the minister of labour, Paul Dufour. They said the talks had "
            "failed.",
            "the talks had failed",
        ),
        (
            "Dock workers walked out at dawn after a meeting with Mayor Ines Moreau. They said "
            "the pay offer was an insult.",
            "the pay offer",
        ),
    ],
)
def test_they_is_a_plural_group_not_the_person_beside_it(text, words):
    sp = holding(text, words).speaker
    assert sp.name in ("Union leaders", "Dock workers") and sp.span.text == "They"


# -- "In X's view" ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("In Ruiz's view, the budget is too small to fix the roads.", "budget", "Ruiz"),
        (
            "In the view of the opposition leader, Tomas Berger, the vote was rigged.",
            "rigged",
            "Tomas Berger",
        ),
        (
            "Nora Lind chairs the audit office. In her view, the accounts are a mess.",
            "accounts",
            "Nora Lind",
        ),
    ],
)
def test_in_someones_view_is_their_statement(text, words, name):
    assert holding(text, words).speaker.name == name


# -- a quote, then its speaker and a cue the parser did not join ----------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "''If the deal had failed, I would still be in jail,'' Mr. Holt, now 70 and "
            "retired in Leeds, said by telephone.",
            "still be in jail",
            "Holt",
        ),
        (
            '"We cannot speak freely any more. #Leeds," tweeted a user from Hull going by '
            "the handle Blue.",
            "speak freely",
            "user from Hull",
        ),
    ],
)
def test_quote_ending_on_a_comma_belongs_to_the_speaker_after_it(text, words, name):
    st = holding(text, words)
    assert st.kind == "direct" and name in st.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the figures.” said Karim Nasser, a spokesperson "
        "for the Transport Ministry.",
        "Our lawyers are studying the ruling.” said Eva Lund, a spokeswoman for the airline.",
    ],
)
def test_a_stray_closing_mark_keeps_the_cue_inside_the_quote(text):
    statements = read_statements(text)
    assert len(statements) == 1 and statements[0].kind == "direct"
    assert statements[0].speaker.type == "person"


# -- quote-only paragraphs -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Farmers in the valley say the new canal has not helped them. Omar Haddad, who "
            "grows dates near the river, has watched his crop shrink for three seasons.\n\n"
            '"The water comes twice a week now. Before, it came every day."',
            "twice a week",
            "Omar Haddad",
        ),
        (
            "The strike has closed the mine for a month.\n\n"
            "Lucia Ferraro has worked underground since she was nineteen.\n\n"
            '"I have never seen the town this quiet."',
            "this quiet",
            "Lucia Ferraro",
        ),
    ],
)
def test_quote_paragraph_after_a_person_is_brought_in_is_theirs(text, words, name):
    st = holding(text, words)
    assert st.kind == "direct" and st.speaker.name == name and st.speaker.by == "continuation"


def test_quote_paragraph_goes_on_with_the_last_speaker():
    text = (
        'The harbour master, Lena Dahl, spoke on Monday. "We lost two cranes," she said.\n\n'
        '"Nobody was hurt, and that is what matters."'
    )
    assert holding(text, "Nobody was hurt").speaker.name == "Lena Dahl"


@pytest.mark.parametrize(
    "text",
    [
        "A poll by the university shows support for the plan falling to a third.\n\n"
        '"We were warned and we did not listen."',
        "Figures from the statistics office suggest prices rose again in May.\n\n"
        '"Nobody can pay these bills."',
    ],
)
def test_quote_paragraph_does_not_go_on_with_a_thing_that_shows(text):
    statements = read_statements(text)
    quoted = [s for s in statements if s.quote is not None]
    assert all(s.speaker.by != "continuation" for s in quoted), quoted


# -- a colon after a label or a clause names no speaker --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Asked about the sanctions, Mao said: "We firmly oppose them."',
        "Pressed on the date, the minister replied: “Before the summer.”",
        "Still: the results in the north were close.",
        "Another problem for the mayor: the budget is already spent.",
        "Ohio: Ana Ruiz, Tom Berg, Lena Holm and Ivo Kral.\n\nTexas: Omar Paz, Eva Lund.",
    ],
)
def test_a_label_or_clause_before_a_colon_is_no_speaker(text):
    statements = read_statements(text)
    assert not any(s.speaker.by == "colon" and s.cue.text == ":" for s in statements)
    assert all("said" not in (s.speaker.name or "") for s in statements)


# -- a headline's speaker before a colon, even one the tagger misreads -----------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbour chief to shippers: 'The quays stay open'\n\nThe storm passed at dawn.", "chief"),
        ("Port chief: “Nothing will change”\n\nThe storm passed at dawn.", "chief"),
        ("Mine boss to workers: 'Your pay is safe'\n\nThe talks ended late.", "boss"),
    ],
)
def test_a_headline_role_before_a_colon_speaks(text, name):
    statements = read_statements(text)
    colon = [s for s in statements if s.speaker.by == "colon"]
    assert colon and name in colon[0].speaker.name.lower(), statements
    assert colon[0].kind == "direct"


# -- a manner of speaking no cue list holds ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'Ana Ruiz spoke first.\n\n"This is a disgrace," Tomas Berg fumed.',
            "disgrace",
            "Tomas Berg",
        ),
        (
            'Ana Ruiz spoke first.\n\n"Nobody reads those reports," scoffed the opposition '
            "leader, Omar Paz.",
            "Nobody reads",
            "Omar Paz",
        ),
        ('"We did what we could," sighed Lena Holm, the coach.', "what we could", "Lena Holm"),
    ],
)
def test_a_quote_then_a_manner_of_speaking_and_its_speaker(text, words, name):
    st = holding(text, words)
    assert st.kind == "direct" and st.speaker.name == name and st.cue is not None


def test_a_quote_then_a_verb_of_something_else_is_not_its_cue():
    text = '"Hold the line," the poster read. Ana Ruiz walked past it every day.'
    statements = read_statements(text)
    assert not any(s.cue is not None and s.cue.text == "walked" for s in statements)


# -- a quoted fragment in the sentence after a statement, with no cue of its own --------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The press is following the government line, Lena Holm said on Monday. It is a "
            "“managed campaign” meant to scare people.",
            "managed campaign",
            "Lena Holm",
        ),
        (
            "The mayor, Omar Paz, said the budget could not stretch further. For the "
            "buses, “the money has simply run out.”",
            "the money has simply run out",
            "Omar Paz",
        ),
    ],
)
def test_a_fragment_echoing_the_last_speaker_is_theirs(text, words, name):
    st = holding(text, words)
    assert st.kind == "partial" and st.speaker.name == name and st.speaker.by == "continuation"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm said the vote was fair. The “reform” passed a week later.",
        "Lena Holm said the vote was fair.\n\nCritics call the plan “a gift to the rich.”",
    ],
)
def test_a_scare_quote_or_a_fragment_of_a_new_paragraph_is_not_the_last_speakers(text):
    statements = read_statements(text)
    assert not any(s.speaker.by == "continuation" for s in statements)


# -- a correspondent's analysis block --------------------------------------------------------
@pytest.mark.parametrize(
    "heading",
    ["Analysis by Helen Park, economics correspondent", "Helen Park, economics editor"],
)
def test_a_quote_in_a_bylined_analysis_block_is_the_correspondents(heading):
    text = (
        "Central bank holds rates\n\n"
        "The central bank kept its main rate at 5% on Thursday, Governor Elena Markova said.\n\n"
        f"{heading}\n\n"
        "The bank has little room left. Inflation is still high and growth is weak.\n\n"
        '"It is a trap with no easy exit, and the governor knows it."'
    )
    st = holding(text, "a trap with no easy exit")
    assert st.speaker.name == "Helen Park" and st.speaker.type == "person"
    assert st.speaker.by == "byline"


# -- where a source mention ends -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "Erdogan, speaking after Friday prayers, said Sweden must act first.",
            "Sweden must act",
            "Erdogan",
        ),
        (
            "The union, which represents 40,000 nurses, said the offer was too low.",
            "the offer was too low",
            "The union",
        ),
        (
            "Only a third of voters said the plan would work.",
            "the plan would work",
            "Only a third of voters",
        ),
        (
            "Tomas Berg, a lawyer for the families, said the case would go on.",
            "the case would go on",
            "Tomas Berg, a lawyer for the families",
        ),
    ],
)
def test_the_source_mention_ends_where_news_corpora_end_it(text, words, span):
    assert holding(text, words).speaker.span.text == span


# -- a cue with no subject of its own shares its clause's ------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "A spokesman for the airline, Tomas Berg, did not respond to requests to comment "
            "on the strike.",
            "the strike",
            "Tomas Berg",
        ),
        (
            "Lena Holm declined repeated requests to comment on the merger.",
            "the merger",
            "Lena Holm",
        ),
    ],
)
def test_a_subjectless_cue_shares_the_subject_of_its_clause(text, words, name):
    st = holding(text, words)
    assert st.speaker.name == name and st.speaker.type == "person"


@pytest.mark.parametrize(
    "text",
    [
        '"Northern Lights," directed by Ana Ruiz, won the main prize in Cannes.',
        'Her second novel, "The Quiet Harbour," sold well in Norway.',
    ],
)
def test_a_title_in_quote_marks_then_a_participle_is_no_statement(text):
    assert not any(s.kind == "direct" for s in read_statements(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Peskov quoted Putin as saying that "nobody wants a war in Europe."', "Putin"),
        ("State television cited Omar Paz as saying the border would stay shut.", "Omar Paz"),
    ],
)
def test_quoted_as_saying_is_the_words_of_the_one_quoted(text, name):
    (st,) = [s for s in read_statements(text) if s.cue is not None and s.cue.text == "saying"]
    assert name in st.speaker.name


# -- a participle or conjunct the parser hung inside the reported clause ----------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The minister said the ceasefire had “collapsed completely” on Monday before "
            "claiming that rebels had fired first.",
            "rebels had fired first",
            "The minister",
        ),
        (
            "Senator Okafor said the budget would reward smugglers, and called it “a gift to "
            "the cartels.”",
            "a gift to the cartels",
            "Senator Okafor",
        ),
    ],
)
def test_a_trailing_cue_is_the_reporters_not_the_reported_subjects(text, words, speaker):
    assert holding(text, words).speaker.span.text == speaker


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The minister said the ceasefire had “collapsed completely” on Monday before "
            "claiming that rebels had fired first.",
            "on Monday",
        ),
        (
            "The mayor said the bridge would reopen in May after insisting that engineers had "
            "found no cracks.",
            "in May",
        ),
    ],
)
def test_a_report_ends_before_the_preposition_of_the_next_one(text, first):
    st = holding(text, first)
    assert st.content.text.endswith(first)


# -- a subject the parser hung on the clause before the cue ------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "At the port in Durban, where ships have waited for weeks, Sipho Dlamini, the "
            "harbour's 61-year-old manager, suggested that the delays could be blamed on the "
            "strike.",
            "the delays could be blamed",
            "Sipho Dlamini",
        ),
        (
            "At the town hall in Lagos, a young woman who had studied in Ohio asked the governor "
            "what he planned to do about the floods.",
            "what he planned to do",
            "a young woman",
        ),
        (
            "“We have seen worse years than this one,” farm union delegate Piet Botha, wearing a "
            "wide straw hat, said as the rain began.",
            "worse years",
            "Piet Botha",
        ),
    ],
)
def test_a_subject_hung_on_the_clause_before_still_speaks(text, words, speaker):
    st = holding(text, words)
    assert st.speaker.span is not None and speaker in st.speaker.span.text
    assert speaker not in st.content.text


@pytest.mark.parametrize("text", ["Declared Candidates For Mayor.", "Asked Voters To Stay Home."])
def test_a_headline_cue_with_nothing_before_it_has_no_speaker(text):
    assert all(s.speaker.span is None for s in read_statements(text))


# -- an act foretold inside what someone said is no statement of its own ----------------------
@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            'Pakistan, the prime minister said, would respond "at a time of its choosing."',
            "Pakistan",
        ),
        (
            "The minister said Tokyo would protest the move and that the envoy would warn "
            "Beijing against “further provocations.”",
            "the envoy",
        ),
        ("The spokesman said the company will deny the claims in court.", "the company"),
    ],
)
def test_an_act_foretold_inside_a_report_is_not_a_statement(text, not_speaker):
    spans = [s.speaker.span.text for s in read_statements(text) if s.speaker.span is not None]
    assert spans and not_speaker not in spans


# -- the author of a document that says something: the one who issues it ------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The city council approved a resolution condemning the strikes on the port.",
            "the strikes on the port",
            "The city council",
        ),
        (
            "The opposition campaign released a new radio ad calling the governor “a fraud.”",
            "a fraud",
            "The opposition campaign",
        ),
        (
            "Farmers have launched petitions calling on the ministry to drop the levy.",
            "drop the levy",
            "Farmers",
        ),
        (
            "The mayor received a letter saying the plant would close in June.",
            "the plant would close",
            "a letter",
        ),
    ],
)
def test_a_document_speaks_for_the_one_who_issues_it(text, words, speaker):
    assert holding(text, words).speaker.span.text == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Ruiz has released a web video that accuses the governor of hiding the report.",
            "hiding the report",
            "Senator Ruiz",
        ),
        (
            "The farmers' union is running a new radio ad that urges voters to reject the levy.",
            "reject the levy",
            "The farmers' union",
        ),
    ],
)
def test_a_document_that_says_something_is_its_issuers(text, words, speaker):
    assert holding(text, words).speaker.span.text == speaker


def test_a_group_that_backed_someone_is_still_the_group():
    st = holding("A group that backed the mayor said the vote was rigged.", "the vote was rigged")
    # the restrictive clause stays in the mention (as news corpora mark it); the group speaks
    assert st.speaker.span.text == "A group that backed the mayor"


# -- "it" a paragraph after a body last spoke: the state or body just named as a subject -------
def test_it_is_the_state_named_in_its_paragraph_not_a_body_that_spoke_before():
    text = (
        "The United Nations agency for refugees said it had run out of funds for Sudan.\n\n"
        "Turkey's President Recep Tayyip Erdogan criticised Sweden again on Monday. Ankara, he "
        'said, would not approve the bid "until our demands are met." It has accused Stockholm '
        "of harbouring militants."
    )
    st = holding(text, "Stockholm of harbouring")
    assert st.speaker.span.text == "It" and st.speaker.name == "Turkey"


def test_it_still_goes_on_with_the_body_that_spoke_in_its_paragraph():
    text = "The port authority said the ship had been hit. It added that no one was hurt."
    assert holding(text, "no one was hurt").speaker.name == "port authority"


# -- an agency is an outlet only when it is one of news; "the space agency" is its own body ---
@pytest.mark.parametrize(
    ("text", "words", "name", "kind"),
    [
        (
            "The UN agency for refugees said it had run out of funds. The space agency said "
            "the launch would be delayed.",
            "the launch would be delayed",
            "space agency",
            "organisation",
        ),
        (
            "The refugee agency of the United Nations said camps were full. The state news "
            "agency said the president had arrived in Minsk.",
            "the president had arrived",
            "state news agency",
            "outlet",
        ),
    ],
)
def test_a_described_agency_is_not_another_agency_named_before(text, words, name, kind):
    st = holding(text, words)
    assert st.speaker.name == name and st.speaker.type == kind


def test_the_news_agency_is_the_agency_named_before():
    text = (
        "North Korea's KCNA said the leader had inspected a new missile. The news agency "
        "said the test was a success."
    )
    assert holding(text, "the test was a success").speaker.name == "KCNA"


# -- "it was …" (a cleft) is no speaker of a participle hung on it --------------------------
def test_a_participle_hung_on_it_was_is_the_clause_subjects():
    text = (
        "It was a sharp rebuke from the two leaders, as the governor echoed the criticism, "
        "saying the plan was “dead on arrival.”"
    )
    assert holding(text, "the plan was").speaker.span.text == "the governor"


def test_a_participle_hung_on_it_was_never_speaks_for_it():
    text = "It was during the debate that Ruiz attacked the plan, calling it a gift to landlords."
    st = holding(text, "a gift to landlords")
    assert st.speaker.span is None or st.speaker.span.text != "It"
