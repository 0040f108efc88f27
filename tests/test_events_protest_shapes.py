"""Acts the parser hides: a sentence whose verb was read as a participle on its first noun
("Anger flared last week after X …"), and "in protest" hung on a participle of what a measure
of the object holds ("sent hundreds of letters bearing … in protest"). Our own sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        (
            "Tension flared last month after Belarus sent dozens of balloons carrying leaflets "
            "into Lithuania in protest against the border closure.",
            "14",
            "BLR",
        ),
        (
            "Lebanese activists sent hundreds of letters bearing photos of the missing to the UN "
            "in protest against the delays.",
            "14",
            "LBN",
        ),
        (
            "Anger grew last week after Serbia expelled the Croatian ambassador over the remarks.",
            "16",
            "SRB",
        ),
        (
            "Fighting erupted overnight when Azerbaijani forces shelled Armenian positions.",
            "19",
            "AZE",
        ),
    ],
)
def test_hidden_acts_are_coded(read, text, root, country):
    assert country in [e.source.country for e in read(text).events if e.root == root]


def test_a_cargo_without_protest_is_no_protest(read):
    text = "Turkey sent hundreds of trucks carrying tents to Syria after the earthquake."
    assert "14" not in [e.root for e in read(text).events]
