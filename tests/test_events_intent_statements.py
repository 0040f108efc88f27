"""A speaker's own next act told with "will" or "would" in a reported statement is its intent
(CAMEO 03), on our own sentences: other verbs, speakers, subjects and a clause in between;
and what is no such plan (another party's act, a negated or conditional plan, a plan to speak)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


def _sources(text: str, read, root: str) -> list[str | None]:
    return [e.source.country if e.source else None for e in read(text).events if e.root == root]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkey said on Friday it would let refugees cross its borders into Europe.", "TUR"),
        (
            "Venezuela's president Nicolas Maduro said the country will go ahead with the vote "
            "on Sunday.",
            "VEN",
        ),
        (
            "The Chinese foreign ministry, which spoke after a week of silence, said Beijing "
            "will move its delegation to Geneva.",
            "CHN",
        ),
        ("Norway announced that it would double its quota of refugees next year.", "NOR"),
        (
            "Ghana's finance minister told reporters that his government would float the cedi.",
            "GHA",
        ),
    ],
)
def test_own_side_will_or_would_in_a_statement_is_intent(read, text, country):
    assert country in _sources(text, read, "03")


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Bolivia would close the pass to trucks.",  # another party's act
        "Peru said it would not accept the flights.",  # negated: a refusal, not intent
        "Germany said it would announce its decision on Monday.",  # a plan to speak
        "Austria said its answer will depend on the talks.",  # what is the case, no act
        "Spain said it would reopen the border if Morocco withdrew its troops.",  # a condition
        "The minister said it would be a long winter.",  # a person's "it": not the speaker
    ],
)
def test_no_intent_for_others_negated_conditional_or_speech_plans(read, text):
    assert "030" not in [e.cameo for e in read(text).events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Greek Prime Minister Kyriakos Mitsotakis urged Ankara to pull back its ships, "
            "warning that Greece would defend its waters.",
            "GRC",
        ),
        (
            "Polish President Andrzej Duda asked Minsk to stop the flights while warning that "
            "Poland would close the border.",
            "POL",
        ),
        (
            "Pakistan's foreign minister urged Kabul to act, warning that his government would "
            "move against the camps.",
            "PAK",
        ),
    ],
)
def test_own_plan_told_as_a_warning_is_a_threat(read, text, country):
    events = read(text).events
    assert country in [e.source.country for e in events if e.root == "13"]
    assert "030" not in [e.cameo for e in events]
