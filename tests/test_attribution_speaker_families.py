"""Speakers on news shapes where the right one is easy to confuse with another in the same
sentence or paragraph: a body of a state against the state, a pronoun against a party the
statement names. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    read_statements,
    speaker_of,
)


# -- a body of a state ("Turkey's central bank") is that body, coded by its country -------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Turkey's central bank raised rates again on Thursday. It said inflation remained "
            "far above its target.",
            "inflation remained far above",
            "Turkey's central bank",
        ),
        (
            "Nigeria's electoral commission postponed the vote by a week. It cited problems with "
            "the delivery of ballot papers.",
            "problems with the delivery",
            "Nigeria's electoral commission",
        ),
        (
            "Germany's foreign office summoned the Russian envoy on Friday. It said the attack on "
            "the consulate was unacceptable.",
            "the attack on the consulate",
            "Germany's foreign office",
        ),
        (
            "The Turkish central bank said inflation would ease by the summer.",
            "inflation would ease",
            "Turkish central bank",
        ),
    ],
)
def test_a_body_of_a_state_is_the_body_not_the_state(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")
    assert sp.actor is not None and sp.actor[:3] in ("TUR", "NGA", "DEU")


def test_the_state_itself_stays_the_state():
    sp = speaker_of("Turkey said on Monday it would reopen the crossing.", "reopen the crossing")
    assert (sp.name, sp.type) == ("Turkey", "country")


# -- a pronoun never means a party its own statement names ------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Vietnam's foreign ministry said the Chinese survey ship had left its waters. Beijing "
            "has claimed most of the sea. It called on China to respect its sovereignty.",
            "China to respect",
            "Vietnam's foreign ministry",
        ),
        (
            "Prime Minister Maria Lopez met President Kai Berg on Monday. Berg has long opposed "
            "the pipeline. She urged Berg to reconsider.",
            "Berg to reconsider",
            "Maria Lopez",
        ),
        (
            "The European Union said it would send observers. Russia has rejected the mission. "
            "It called on Moscow to allow the observers in.",
            "Moscow to allow",
            "European Union",
        ),
    ],
)
def test_a_pronoun_is_not_the_party_its_statement_names(text, words, name):
    assert speaker_of(text, words).name == name


def test_a_pronoun_may_still_mean_a_state_its_statement_names_as_a_modifier():
    text = (
        "China said on Monday that the drills near the islands were routine. It said China's "
        "sovereignty was not up for discussion."
    )
    assert speaker_of(text, "sovereignty was not up").name == "China"


# -- "“…,” the agency quoted X as saying": X speaks, the agency relays ---------------------------
@pytest.mark.parametrize(
    ("text", "name", "relay"),
    [
        (
            '"The sanctions will fail," state news agency Xinhua quoted Foreign Minister Wang Yi '
            "as saying.",
            "Wang Yi",
            "Xinhua",
        ),
        (
            '"We will respond in kind," Foreign Minister Jan Novak quoted President Kai Berg as '
            "saying after the meeting.",
            "Kai Berg",
            "Jan Novak",
        ),
        (
            '"There is no crisis," RIA Novosti quoted Deputy Foreign Minister Sergei Ryabkov as '
            "telling reporters.",
            "Sergei Ryabkov",
            "RIA Novosti",
        ),
        (
            '"We will not be intimidated," state television cited President Kai Berg as telling '
            "his cabinet.",
            "Kai Berg",
            "state television",
        ),
    ],
)
def test_the_one_quoted_as_saying_speaks_and_the_quoter_relays(text, name, relay):
    (st,) = read_statements(text)
    assert st.speaker.name == name
    assert [r.name for r in st.relayed_by][-1:] == [relay]


def test_quoted_as_saying_with_the_words_after_keeps_both_statements():
    text = "The foreign ministry quoted Minister Jan Novak as saying the embassy would stay open."
    sts = read_statements(text)
    assert {s.speaker.name for s in sts} == {"foreign ministry", "Jan Novak"}


# -- "X was forced into a retreat and said …": the passive's subject speaks ---------------------
@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "Union leaders were angered by the deal and predicted it would cost thousands of jobs.",
            "it would cost thousands",
            "Union leaders",
        ),
        (
            "By evening, the mayor was forced into a rare retreat and said his words had been "
            "misunderstood.",
            "his words had been",
            "the mayor",
        ),
        (
            "The senator has been criticised for the remark, and argued on Tuesday that it was "
            "taken out of context.",
            "taken out of context",
            "The senator",
        ),
    ],
)
def test_a_cue_joined_to_a_passive_shares_its_subject(text, words, span):
    sp = speaker_of(text, words)
    assert sp.span is not None and sp.span.text == span


# -- a source mention ends before a day or a "both" after its head ------------------------------
@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "Governor Ana Ruiz on Tuesday called the plan a disaster.",
            "the plan a disaster",
            "Governor Ana Ruiz",
        ),
        (
            "The city's new mayor on Monday said the budget would be cut.",
            "the budget would be cut",
            "The city's new mayor",
        ),
        (
            "The opposition party on Wednesday night accused the government of hiding the figures.",
            "the government of hiding",
            "The opposition party",
        ),
        (
            "Finance Minister Paulo Reis and central bank chief Lena Ortiz both warned that "
            "inflation would rise.",
            "inflation would rise",
            "Finance Minister Paulo Reis and central bank chief Lena Ortiz",
        ),
        ("Ruiz and Berg both said the talks had failed.", "the talks had failed", "Ruiz and Berg"),
    ],
)
def test_a_source_mention_ends_before_a_day_or_a_both(text, words, span):
    sp = speaker_of(text, words)
    assert sp.span is not None and sp.span.text == span


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        ("The prime minister herself said the plan had failed.", "the plan had", "herself"),
        ("A survey in March found that most voters backed the plan.", "most voters", "in March"),
    ],
)
def test_a_reflexive_or_a_documents_date_stays_in_the_mention(text, words, span):
    sp = speaker_of(text, words)
    assert sp.span is not None and sp.span.text.endswith(span)


# -- "the UN's cultural agency, UNESCO,": the body's own name speaks ---------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The UN's cultural agency, UNESCO, said the site had been damaged.", "the site", "UNESCO"),
        (
            "The country's nuclear watchdog, the Atomic Energy Organization of Iran, said the "
            "plant was safe. It said inspectors would be allowed in.",
            "inspectors would be allowed",
            "Atomic Energy Organization of Iran",
        ),
    ],
)
def test_a_description_of_a_body_beside_its_name_is_that_name(text, words, name):
    assert speaker_of(text, words).name == name


# -- a name after a title that the tagger read as a body is a person -----------------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'Chancellor Klaus Bauer said on Friday that Berlin would do more. "We will not leave '
            'our allies alone," he said.',
            "We will not leave our allies",
            "Klaus Bauer",
        ),
        (
            "Chancellor Klaus Bauer met the union leaders on Monday. He said the plant would stay "
            "open.",
            "the plant would stay open",
            "Klaus Bauer",
        ),
    ],
)
def test_a_titled_name_read_as_a_body_is_a_person_a_pronoun_can_mean(text, words, name):
    sp = speaker_of(text, words)
    assert sp.name == name
    assert sp.type == "person"


# -- "he said" after a quote: a person the sentence before names for the first time -------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Mayor Tom Hale said the budget was balanced. The cuts angered union leader Karl "
            'Weber. "This is a betrayal of our members," he said.',
            "This is a betrayal",
            "Karl Weber",
        ),
        (
            "Officials said the plan would go ahead. The announcement surprised opposition leader "
            'Ana Lopez. "We were never consulted," she told reporters.',
            "We were never consulted",
            "Ana Lopez",
        ),
        (
            "The ministry said the road would reopen in May. Residents of the village remain "
            'sceptical, among them the farmer Jorge Pinto. "We have heard that before," he said.',
            "We have heard that before",
            "Jorge Pinto",
        ),
        # the sentence before is still about the speaker ("He thanked …"); a name with the cue
        (
            "Senator Mark Dunn said the bill would pass. He thanked Governor Lisa Grant for her "
            'support. "We could not have done it alone," he said.',
            "We could not have done it",
            "Mark Dunn",
        ),
        (
            'Tom Hale said the budget was balanced. The cuts angered Karl Weber. "We will fight '
            'them," Hale added.',
            "We will fight them",
            "Tom Hale",
        ),
    ],
)
def test_a_quote_after_a_sentence_introducing_a_person_is_theirs(text, words, name):
    assert speaker_of(text, words).name == name


# -- "he" or "she" with no person before: a name the tagger read as a body ----------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Novak said the plan would fail. Later he said he would vote against it.",
            "he would vote against",
            "Novak",
        ),
        (
            "Kowalczyk told the committee the figures were wrong. On Tuesday she said the report "
            "should be withdrawn.",
            "the report should be withdrawn",
            "Kowalczyk",
        ),
        (
            'Carly Fiorina endorsed the senator on Wednesday. "He has fought for our rights," she '
            "said.",
            "He has fought",
            "Carly Fiorina",
        ),
    ],
)
def test_a_pronoun_with_no_person_before_is_a_name_read_as_a_body(text, words, name):
    sp = speaker_of(text, words)
    assert sp.name == name
    assert sp.type == "person"


def test_an_acronym_body_is_no_person_a_pronoun_means():
    """Not a person named NATO: the body's unnamed voice (see test_attribution_speaker_bodies)."""
    text = "NATO said the exercise would go ahead. He said nothing more."
    assert speaker_of(text, "nothing more").type == "organisation"
    assert speaker_of(text, "the exercise would go").type == "organisation"


# -- "X's minister Ana Ruiz met Y. She said": the name beside the subject is who "she" is -------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Pakistan's prime minister Shehbaz Sharif spoke to Iranian President Ebrahim Raisi "
            'by phone. He said the two countries must "work together against terrorism".',
            "the two countries must",
            "Shehbaz Sharif",
        ),
        (
            "The country's foreign minister, Ana Ruiz, met her Chilean counterpart Maria Soto in "
            'Lima. She said the border deal was "a model for the region".',
            "the border deal was",
            "Ana Ruiz",
        ),
        (
            "Britain's defence secretary Grant Shapps visited troops in Estonia alongside the "
            "Estonian defence minister Hanno Pevkur. He said London would double its deployment.",
            "London would double",
            "Grant Shapps",
        ),
        (
            "The head of the UN nuclear watchdog, Rafael Grossi, held talks with Iranian foreign "
            'minister Hossein Amirabdollahian in Tehran. He said inspectors must return "without '
            'delay".',
            "inspectors must return",
            "Rafael Grossi",
        ),
    ],
)
def test_a_name_beside_the_subject_is_who_the_next_pronoun_means(text, words, name):
    assert speaker_of(text, words).name == name


def test_a_name_beside_an_object_is_not_the_subject():
    text = (
        "Kenya's president William Ruto hosted the Ghanaian leader, Nana Akufo-Addo, in Nairobi. "
        "He said the two states would open a new trade corridor."
    )
    assert speaker_of(text, "a new trade corridor").name == "William Ruto"


# -- "Netanyahu's office said he …": a person's office is a body; "he" is its owner ------------
@pytest.mark.parametrize(
    ("text", "words", "name", "kind"),
    [
        (
            "Zelensky's office said on Sunday that three people were killed in the strike. It said "
            "rescuers were still searching the rubble.",
            "rescuers were still searching",
            "Zelensky's office",
            "organisation",
        ),
        (
            "Erdogan's government said it would hold the vote in June.",
            "it would hold the vote",
            "Erdogan's government",
            "organisation",
        ),
        (
            "Macron's office said on Friday that the president had spoken to the Lebanese prime "
            'minister. He told him France would "stand by Lebanon", it said.',
            "France would",
            "Emmanuel Macron",
            "person",
        ),
    ],
)
def test_a_persons_office_is_a_body_and_he_is_its_owner(text, words, name, kind):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, kind)


# -- a state's mission, navy or junta is a body: "it" after it is the body, not the state -------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Russia's mission to the United Nations said the vote was illegitimate. It said "
            "Moscow would not recognise the result.",
            "Moscow would not recognise",
            "Russia's mission to the United Nations",
        ),
        (
            "China's navy said it had tracked the destroyer for two days. It warned of serious "
            "consequences.",
            "serious consequences",
            "China's navy",
        ),
    ],
)
def test_a_states_mission_or_navy_is_a_body_it_refers_to(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "organisation")


# -- a quote paragraph after one that brings in a person the tagger did not know -----------------
@pytest.mark.parametrize(
    "intro",
    [
        "Economist Ana Ruiz of Banco Sur is less optimistic.",
        "The bank's chief economist, Ana Ruiz, is less optimistic.",
        "But economist Ana Ruiz disagreed.",
    ],
)
def test_a_quote_after_a_person_brought_in_by_role_is_theirs(intro):
    text = (
        '"The economy is recovering," the finance minister said on Tuesday.\n\n'
        f"{intro}\n\n"
        '"Wages are still falling in real terms, and households feel it."'
    )
    sp = speaker_of(text, "Wages are still falling")
    assert sp.name.startswith("Ana Ruiz") and sp.by == "continuation"
