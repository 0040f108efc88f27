"""An object named with its two-word title before the name ("High Commissioner X") is read by
that title, and the diplomats of Commonwealth and embassy wording are diplomats: our own
sentences, other verbs, titles and word orders."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("Ghana expelled Nigeria's High Commissioner Ada Obi on Tuesday.", "161", ("GHA", "NGA")),
        (
            "Malaysia, angered by the remarks, recalled its High Commissioner Aziz Rahman from "
            "Singapore.",
            "161",
            ("MYS", None),
        ),
        ("Bangladesh summoned India's Deputy High Commissioner Meera Rao.", "114", ("BGD", None)),
        ("Sri Lanka expelled the Maldivian high commissioner.", "161", ("LKA", "MDV")),
        ("Estonia expelled twelve Russian embassy staff last week.", "161", ("EST", "RUS")),
    ],
)
def test_titled_and_commonwealth_diplomats(read, text, code, pair):
    got = [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in read(text).events
        if e.cameo == code
    ]
    assert any(s == pair[0] and (pair[1] is None or t == pair[1]) for s, t in got), got


def test_a_title_alone_does_not_make_a_diplomat(read):
    # a person with a two-word title that is no diplomat stays a person deported (174)
    events = read("Italy deported Police Commissioner Marco Vitale to Albania.").events
    assert "161" not in [e.cameo for e in events]
