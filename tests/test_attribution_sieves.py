"""Quote → speaker sieves, one behaviour each, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.attribution import sieves
from test_attribution_util import full_reader  # noqa: F401  (an autouse fixture)
from test_attribution_util import read_statements as statements_of


def holding(text: str, words: str):
    """Statements whose content holds ``words``."""
    return [s for s in statements_of(text) if words in s.content.text]


def who(s) -> str:
    return f"{s.speaker.name} / {s.speaker.span.text if s.speaker.span else ''}"


def test_order_is_one_list_of_known_sieves():
    assert len(set(sieves.ORDER)) == len(sieves.ORDER)
    assert set(sieves.ORDER) == set(sieves._sieves())


def test_dash_after_a_quote_names_the_speaker():
    text = "“We will rebuild the bridge by spring.” -- Mayor Maria Lopez\n\nWork starts soon."
    (s,) = holding(text, "We will rebuild")
    assert s.speaker.by == "dash" and "Lopez" in who(s) and s.kind == "direct"


def test_headline_name_and_colon():
    text = "Lopez to donors: ‘We will rebuild the bridge’\n\nThe mayor spoke on Monday."
    (s,) = holding(text, "We will rebuild")
    assert s.speaker.by == "colon" and "Lopez" in who(s)
    assert s.cue.text == ":"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Lavrov on sanctions: ‘Russia has learnt to live with them’\n\nHe spoke in Minsk.", "Lavrov"),
        ("EXCLUSIVE – Ukraine's Top General: We Need More Shells\n\nHe spoke on Monday.",
         "Ukraine's Top General"),
        ("Erdogan Slams Sweden Over Koran Burning: ‘It Is A Hate Crime’\n\nHe spoke in Ankara.",
         "Erdogan"),
        ("Zelensky thanks allies: ‘We will win this war together’\n\nHe spoke in Kyiv.", "Zelensky"),
        ("Gov. Ana Ruiz: ‘We Will Rebuild The Port’\n\nShe spoke on Friday.", "Gov. Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_headlines_name_before_its_colon_is_who_speaks(text, span):
    (s,) = [s for s in statements_of(text) if s.speaker.by == "colon"]
    assert s.speaker.span.text == span


@pytest.mark.parametrize(
    "text",
    [
        "Factbox: What the grain deal means for Africa\n\nShips left Odesa on Monday.",
        "Revealed: The Ministers Who Flew To The Summit\n\nSix ministers went.",
        "The One Thing Both Sides Want: Break Up Banks.\n\nTalks resume soon.",
    ],
)
def test_a_kicker_or_a_clause_before_a_headlines_colon_names_no_one(text):
    assert not [s for s in statements_of(text) if s.speaker.by == "colon"]


def test_transcript_turn_with_a_name_and_colon():
    text = "Mayor Maria Lopez: We will rebuild the bridge by spring, whatever it costs."
    (s,) = holding(text, "We will rebuild")
    assert s.speaker.by == "colon" and "Lopez" in who(s) and s.kind == "indirect"


def test_quote_paragraph_right_after_a_statement_continues_it():
    # after a quote, the next quote joins its content; after reported speech, the quote is a
    # statement of its own (the news corpora mark it so) by the same speaker
    text = (
        "“The bridge will reopen in May,” Maria Lopez said on Monday.\n\n"
        "“We owe the town that much. Nobody should wait longer.”"
    )
    (s,) = holding(text, "We owe the town")
    assert "Lopez" in who(s) and s.cue.text == "said"
    assert [p.text[:6] for p in s.content_parts] == ["The br", "We owe"]
    text = (
        "The bridge will reopen in May, Maria Lopez said on Monday.\n\n"
        "“We owe the town that much. Nobody should wait longer.”"
    )
    (s,) = holding(text, "We owe the town")
    assert "Lopez" in who(s) and s.cue is None and s.speaker.by == "continuation"
    assert s.kind == "direct" and s.content.text.startswith("We owe")


def test_standalone_quote_after_narration_is_the_last_speakers():
    text = (
        "Maria Lopez said the bridge would reopen in May. Crews worked through the night. "
        "“We owe the town that much.”"
    )
    (s,) = holding(text, "We owe the town")
    assert s.speaker.by == "continuation" and "Lopez" in who(s) and s.kind == "direct"
    assert s.cue is None


def test_quote_opening_a_paragraph_after_narration():
    text = (
        "Maria Lopez said the bridge would reopen in May. Crews worked through the night.\n\n"
        "“We owe the town that much.”\n\nThe council meets on Friday."
    )
    (s,) = holding(text, "We owe the town")
    assert s.speaker.by == "continuation" and "Lopez" in who(s)


def test_paragraphs_only_speaker():
    text = "“We owe the town that much.” The bridge will reopen in May, Maria Lopez said."
    (s,) = holding(text, "We owe the town")
    assert s.speaker.by == "paragraph-speaker" and "Lopez" in who(s)


def test_headline_quote_said_again_in_the_body():
    text = (
        "‘The bridge will be back’\n\n"
        "“The bridge will be back by May,” Maria Lopez told reporters on Monday."
    )
    found = holding(text, "The bridge will be back")
    assert "same-words" in {s.speaker.by for s in found} and len(found) == 2
    assert all("Lopez" in who(s) for s in found)


def test_quote_in_a_heading_belongs_to_its_sections_first_speaker():
    text = (
        "Intro text about the town.\n\n‘Nobody is leaving’\n\n"
        "Maria Lopez, the mayor, said the town would stay put."
    )
    (s,) = holding(text, "Nobody is leaving")
    assert s.speaker.by == "section" and "Lopez" in who(s)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez said the bridge would reopen. Critics of the “rebuild” plan stayed home.",
        "The band played “Yesterday” at the fair, and the crowd sang along.",
    ],
)
def test_quoted_fragments_out_of_a_cues_reach_are_left_alone(text):
    assert not [s for s in statements_of(text) if s.cue is None]


def test_answers_of_a_transcript_are_the_answerers():
    text = (
        "The spokesperson of the port authority answered questions from the press.\n\n"
        "Q: Some captains say the harbour is unsafe. What is your comment?\n\n"
        "A: The harbour is safe and open to every ship.\n\n"
        "Q: When will the new pier open?\n\n"
        "A: In the spring, if the weather allows."
    )
    answers = [s for s in statements_of(text) if s.speaker.by == "conversation"]
    assert [s.content.text for s in answers] == [
        "The harbour is safe and open to every ship",
        "In the spring, if the weather allows",
    ]
    assert all(s.kind == "direct" and s.cue.text == "A:" for s in answers)
    assert all("spokesperson" in s.speaker.span.text for s in answers)


def test_a_transcript_needs_questions():
    text = "Plan A: build the pier.\n\nA: the first option is cheaper."
    assert not [s for s in statements_of(text) if s.speaker.by == "conversation"]


def test_quote_in_a_bylined_analysis_block():
    text = (
        "The talks ended without a deal on Friday.\n\n"
        "Analysis by Maria Lopez\n\n"
        "The outcome was expected by most diplomats here.\n\n"
        "“Neither side came ready to give ground, and both knew it.”"
    )
    (s,) = holding(text, "Neither side came ready")
    assert s.speaker.by == "byline" and s.speaker.name == "Maria Lopez"


def test_quote_whose_opening_mark_is_missing_said_x():
    text = (
        "The strike went into a second week.\n\n"
        "We will not leave the table,” said Maria Lopez, a spokeswoman for the union."
    )
    (s,) = holding(text, "We will not leave the table")
    assert s.speaker.by in ("said-x", "cue-subject") and "Lopez" in who(s) and s.kind == "direct"
    assert s.content.text == "We will not leave the table"


def test_quote_over_paragraphs_that_reopen_the_mark():
    text = (
        "“The pier is safe,” the harbour master, Maria Lopez, said. “We checked every post.\n\n"
        "“We will check them again next week.”\n\nThe port reopened."
    )
    found = holding(text, "We will check them again")
    assert found and all("Lopez" in who(s) for s in found)


# -- a title-case headline: the name before its verb of saying ----------------------------------
_BODY = "\n\nThe talks took place on Monday in a city far from the front line."


@pytest.mark.parametrize(
    ("headline", "span", "cue"),
    [
        ("Erdogan Slams Sweden Over Koran Burning Protest", "Erdogan", "Slams"),
        (
            "Former Envoy Ana Ruiz Praises Grain Deal As Lifeline",
            "Former Envoy Ana Ruiz",
            "Praises",
        ),
        ("Zelensky Urges Allies To Speed Up Air Defence Deliveries", "Zelensky", "Urges"),
        ("Nigeria's President Promises Fuel Subsidy Relief", "Nigeria's President", "Promises"),
        ("The Kremlin Warns Europe Against Seizing Russian Assets", "The Kremlin", "Warns"),
        ("Erdogan Finally Endorses Sweden's Nato Bid", "Erdogan", "Endorses"),
    ],
)
def test_a_title_case_headline_is_the_name_before_its_verb(headline, span, cue):
    (s,) = [s for s in statements_of(headline + _BODY) if s.speaker.by == "headline-verb"]
    assert (s.speaker.span.text, s.cue.text) == (span, cue)
    assert headline.endswith(s.content.text)


@pytest.mark.parametrize(
    "headline",
    [
        "The One Thing Both Sides Wants Is A Deal Before Winter",  # no name before the verb
        "Talks resume in Geneva as envoys seek a truce",  # not title case
        "Grain Ships Leave Odesa Port",  # no verb of saying
    ],
)
def test_a_headline_without_a_name_and_a_verb_of_saying_gives_no_statement(headline):
    assert not [s for s in statements_of(headline + _BODY) if s.speaker.by == "headline-verb"]
