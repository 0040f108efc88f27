"""Trigger coverage of everyday shapes, on sentences of our own: forces sent, massed or moved
named as nouns ("announced the dispatch of a frigate", "the build-up of Russian forces") are a
show of force by whose forces they are; talks held, concluded or wrapped up, a conversation
held and an exchange of views are consultations; a visit cancelled or talks put on hold
reduce relations; a coup, and a president overthrown or ousted in one, is coercion; a
barrage claimed is the claimer's attack; force the accused is accused of ("accused X of
shelling …") is X's act, told by the accuser. Each case: sentence, the code (or code prefix)
expected, its source; a code that must NOT be coded is given as "!prefix"."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import assert_coded

PUBLISHED = dt.date(2025, 6, 2)

CASES = [
    # forces sent, massed or moved, named as nouns
    ("Britain announced the dispatch of a frigate to the Gulf on Monday.", "154", "GBR"),
    ("Kyiv said the build-up of Russian forces near its eastern border was alarming.", "15", "RUS"),
    (
        "The ministry said the concentration of Russian troops and weaponry along the border "
        "was worrying.",
        "15",
        "RUS",
    ),
    (
        "The massing of Ethiopian troops on the border has raised fears of war, Sudan said.",
        "15",
        "ETH",
    ),
    ("Beijing announced the deployment of an aircraft carrier group near Taiwan.", "15", "CHN"),
    # talks held, concluded or wrapped up; a conversation held; views exchanged
    (
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held a "
        "conversation on trade.",
        "04",
        "IND",
    ),
    (
        "The Colombian government and the rebels concluded a first round of peace talks in "
        "Havana last year.",
        "04",
        "COL",
    ),
    ("Kenya and Somalia wrapped up two days of talks in Nairobi on Friday.", "04", "KEN"),
    ("Kenya and Somalia wrapped up two days of talks in Nairobi on Friday.", "04", "SOM"),
    ("Lavrov held an exchange of views with Wang Yi on the sidelines of the summit.", "04", "RUS"),
    # a visit cancelled, talks put on hold or on ice
    (
        "South Korea's foreign minister cancelled a visit to Tokyo after Japanese ministers "
        "visited the shrine.",
        "16",
        "KOR",
    ),
    (
        "South Korea's foreign minister cancelled a visit to Tokyo after Japanese ministers "
        "visited the shrine.",
        "!12",
        "KOR",
    ),
    ("The ruling Georgian party put EU accession negotiations on hold until 2028.", "16", "GEO"),
    ("The Georgian government put its EU accession talks on ice.", "16", "GEO"),
    ("South Korea postponed a planned visit by its foreign minister to Tokyo.", "16", "KOR"),
    ("South Korea postponed a planned visit by its foreign minister to Tokyo.", "!12", "KOR"),
    ("The Georgian government put its EU accession talks on ice.", "!04", "GEO"),
    # coups
    ("Gabon has been shaken by a coup mounted by its own army.", "17", "GAB"),
    ("Mutinous Malian soldiers attempted a coup in Bamako.", "17", "MLI"),
    ("The Burkinabe military overthrew the president in a coup.", "17", "BFA"),
    ("Guinea's army ousted President Conde in a coup.", "17", "GIN"),
    # a barrage or an attack claimed
    (
        "Iran claimed responsibility on Sunday for a missile barrage that struck near the US "
        "consulate in Irbil.",
        "19",
        "IRN",
    ),
    ("The Islamic State group claimed the bombing of a market in Kabul.", "18", "ISIS"),
    # ships of trade attacked; funds frozen as a sum "in funding"; a leader welcomed in a capital
    ("The Houthis targeted a Greek-owned bulk carrier in the Gulf of Aden.", "19", "HOUTHI"),
    ("Houthi rebels attacked a Liberian-flagged container ship off Yemen.", "19", "HOUTHI"),
    ("The EU froze 500 million euros in funding to Hungary.", "162", "EU"),
    ("Erdogan welcomed Hungarian Prime Minister Viktor Orban in Ankara on Monday.", "043", "TUR"),
    # force an accuser says the accused used: the accused's act, and the accusation
    (
        "Azerbaijan accused the Armenian armed forces of opening fire on its positions.",
        "19",
        "ARM",
    ),
    (
        "Azerbaijan accused the Armenian armed forces of opening fire on its positions.",
        "112",
        "AZE",
    ),
    ("Kyiv accused Russian forces of shelling a hospital in Kherson.", "19", "RUS"),
    ("Sudan's army accused the RSF of killing civilians in El Fasher.", "18", "RSF"),
    ("Beijing accused Manila of seizing a Chinese fishing boat.", "17", "PHL"),
    ("Kyiv accused Moscow of lying about the attack.", "!19", "RUS"),
    ("Kyiv accused Moscow of lying about the attack.", "!19", "UKR"),
]


@pytest.mark.parametrize("text,prefix,source", CASES)
def test_family_is_coded(code, text, prefix, source):
    found = [(e.cameo, e.source.code if e.source else None) for e in code(text)]
    assert_coded(found, prefix, source)


@pytest.mark.parametrize(
    "text",
    [
        "The first deployment of NATO peacekeeping troops arrived in Bosnia on Monday.",
        "The Iranian minister faced a barrage of questions from Israeli reporters.",
    ],
)
def test_no_second_show_of_force(code, text):
    """A deployment that is what its own verb moved is not coded twice; a barrage of words is
    no attack."""
    roots = [e.root for e in code(text)]
    assert "15" not in roots and "19" not in roots, roots


def test_force_of_the_accused_is_reported(code):
    """The accused's act is told by the accuser: reported, not asserted by the writer."""
    fights = [
        e for e in code("Israel accused Hamas of firing rockets at Tel Aviv.") if e.root == "19"
    ]
    assert [(e.source.code, e.modality) for e in fights] == [("HAMAS", "reported")], fights


@pytest.mark.parametrize(
    "text,root",
    [
        ("Serbian riot police beat protesters outside parliament.", "14"),
        ("The Russian sanctions regime was discussed by EU ministers.", "16"),
    ],
)
def test_an_act_noun_naming_a_kind_is_no_act(code, text, root):
    """An act noun before another noun says what kind it is ("riot police", "the sanctions
    regime"), unless that noun is the act's own attempt or campaign (nominals.act_heads)."""
    roots = [e.root for e in code(text)]
    assert root not in roots, roots


def test_an_attempted_act_is_still_coded(code):
    events = code("Mutinous Malian soldiers staged a coup attempt in Bamako.")
    assert any(e.root == "17" and e.source.country == "MLI" for e in events), events
