"""Acts spoken of rather than done: no event (intents with nothing intended, pledges named as
the object of another act, acts made a topic by a noun)."""

import pytest


def _roots(reader, text):
    return [e.root for e in reader.read(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Japan urged China to honour its commitments under the agreement.",
        "Kyiv sees no serious proposals from Moscow, the Ukrainian foreign minister said.",
        "The ministers in Nairobi studied the Egyptian proposal on Monday.",
        "Iran remains committed to its pledges under the nuclear deal, its foreign minister said.",
    ],
)
def test_a_pledge_spoken_of_is_not_made(reader, text):
    assert "03" not in _roots(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's prime minister agreed. The plan was good, he said.",
        "Kenya's president agreed, according to his spokesman.",
    ],
)
def test_agreeing_with_nothing_agreed_is_a_view(reader, text):
    assert "03" not in _roots(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt put forward a new proposal for a truce in Gaza.",
        "Germany and France agreed on a common position on Tuesday.",
        "Kenya promised to send police officers to Haiti.",
    ],
)
def test_pledges_made_are_still_coded(reader, text):
    assert "03" in _roots(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Separatist leaders in the region voted in favour of being annexed by Russia.",
        "Hardliners in Moscow revived talk of invading the Baltic states, the paper said.",
    ],
)
def test_an_act_made_a_topic_is_not_done(reader, text):
    assert "19" not in _roots(reader, text)


def test_an_attack_told_as_done_is_coded(reader):
    assert "19" in _roots(reader, "Moscow invaded Ukraine in 2022, the ministry said.")


def test_a_proposal_made_is_coded(reader):
    events = reader.read("Ethiopia made a proposal to share the port with Kenya.").events
    assert any(e.root == "03" and e.source.country == "ETH" for e in events)


def test_force_at_an_unknown_place_after_force_aimed_at_a_state_is_one_act(reader):
    text = (
        "Russia attacked Ukraine's power grid on Monday. On Tuesday, Russian missiles struck "
        "Zolotonosha, killing five people."
    )
    fights = [e for e in reader.read(text).events if e.root == "19"]
    assert [(e.source.country, e.target.country) for e in fights] == [("RUS", "UKR")]


def test_force_at_home_alone_keeps_its_domestic_target(reader):
    fights = [
        e for e in reader.read("Sudan's army shelled Omdurman on Sunday.").events if e.root == "19"
    ]
    assert fights and fights[0].target is not None and fights[0].target.country == "SDN"
