"""A truce agreed or reached as the verb's object ("agreed a ceasefire", "reached a truce deal")
is the truce declared (0871), not an agreement of no kind (030): our own sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Armenia and Azerbaijan agreed a ceasefire agreement on Tuesday.", "ARM"),
        ("Sudan's army reached a truce deal with the rebels in Jeddah.", "SDN"),
        ("After days of shelling, Thailand and Cambodia agreed a truce.", "THA"),
        ("Ethiopia, under pressure from the AU, reached a ceasefire with Tigray forces.", "ETH"),
    ],
)
def test_a_truce_agreed_or_reached_is_declared(read, text, country):
    assert country in [e.source.country for e in read(text).events if e.cameo == "0871"]


def test_another_deal_agreed_is_no_truce(read):
    assert "0871" not in [e.cameo for e in read("Chile and Peru agreed a trade deal.").events]
