"""Event precision, sources and targets on our own sentences: one act told twice is one event;
people and bodies take their country from the text; targets are never the source's own
country for an act aimed abroad; no event from background, hypotheses or third parties."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def read(reader):
    def run(text: str):
        return reader.read(text, published=PUBLISHED).events

    return run


def _of_root(events, root):
    return [e for e in events if e.root == root]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemns Togo over border raid\n\nGhana's foreign minister Ama Mensah on "
        "Monday condemned the raid by Togolese troops. Mensah denounced the attack as reckless.",
        "Chile criticised Peru on Tuesday over the fishing dispute. The Chilean foreign "
        "ministry also slammed Lima for its silence.",
        "Norway warned Russia of consequences. The Norwegian defence minister later gave "
        "Moscow a stern warning.",
    ],
)
def test_one_act_told_twice_is_one_event(read, text):
    events = read(text)
    roots = [e.root for e in events if e.root in ("11", "13")]
    assert len(roots) == 1, [(e.cameo, e.trigger.text) for e in events]


def test_acts_of_one_state_on_its_government_and_its_rebels_stay_apart(read):
    events = read("Kenya urged the Somali government and the rebels to sign the truce.")
    assert {e.target.code for e in _of_root(events, "02")} == {"SOMGOV", "SOMREB"}


def test_a_visit_and_a_meeting_are_two_acts(read):
    events = read("Lula arrived in Madrid on Monday. He met Spanish officials on Tuesday.")
    assert {e.cameo for e in _of_root(events, "04")} >= {"040", "042"}
