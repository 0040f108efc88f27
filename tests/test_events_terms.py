"""Terms a speaker sets another party (events/terms.py), and refusals and ultimatums told in a
statement's clauses: what one's own side needs from another is an appeal; an act of one's own
side made to hang on another's act ("only if", "before") is a demand on that party; what a
party is to face if it does not comply is the demand's ultimatum, not a threat of its own; aid
one "will not" give is that aid not given. Each family on our own sentences, with what must
stay as it is."""

from __future__ import annotations

import pytest
from tests.conftest import events_by_root


@pytest.fixture(scope="module")
def read(reader):
    return reader.read


_by_root = events_by_root


# -- what one's own side needs from another: an appeal -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Zelensky said Ukraine needed more weapons from the United States to hold the line.",
            ("UKR", "USA"),
        ),
        ("Taiwan's president said the island needs more arms from Washington.", ("TWN", "USA")),
        (
            '"We urgently need more ammunition," Ukraine\'s defence minister Rustem Umerov said.',
            ("UKR", None),
        ),
        (
            "Lebanon's prime minister said the country needed financial help from the Gulf states.",
            ("LBN", None),
        ),
    ],
)
def test_what_ones_own_side_needs_is_an_appeal(read, text, pair):
    assert pair in _by_root(text, read).get("02", [])


@pytest.mark.parametrize(
    "text",
    [
        "Russia said Ukraine needed more weapons from the West only to prolong the war.",
        "Lagarde said the economy needs more investment from abroad.",
        "The analyst said Ukraine needs more time.",
    ],
)
def test_a_need_of_another_or_of_nothing_asked_is_no_appeal(read, text):
    assert "02" not in _by_root(text, read)


# -- an act of one's own side on another's condition: a demand on the other ------------------


@pytest.mark.parametrize(
    ("text", "pair", "gone"),
    [
        (
            "The Kremlin said peace talks were possible only if Ukraine recognised the new "
            "borders.",
            ("RUS", "UKR"),
            None,
        ),
        (
            "Beijing said it would resume the dialogue only if Washington lifted the tariffs.",
            ("CHN", "USA"),
            "03",
        ),
        (
            "Erdogan said Sweden needs to do more against militants before Ankara backs its bid.",
            ("TUR", "SWE"),
            "05",
        ),
        (
            "Hungary's foreign minister said Ukraine has to do more for its minorities before "
            "Budapest supports the talks.",
            ("HUN", "UKR"),
            "05",
        ),
    ],
)
def test_an_act_on_anothers_condition_is_a_demand_on_the_other(read, text, pair, gone):
    coded = _by_root(text, read)
    assert pair in coded.get("10", [])
    assert gone is None or gone not in coded  # the conditioned act is not coded on its own


@pytest.mark.parametrize(
    "text",
    [
        "Biden said he would run only if his party asked him.",
        "Macron said the talks can only succeed if both sides are flexible.",
    ],
)
def test_a_condition_set_by_no_other_party_is_no_demand(read, text):
    assert "10" not in _by_root(text, read)


# -- ultimatums and refusals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Biden said Hamas must free the hostages or face the consequences.", ("USA", None)),
        (
            "Niger's junta must release the president within a week or face consequences, "
            "ECOWAS said.",
            (None, "NER"),
        ),
        (
            "Washington said Moscow must withdraw its troops or face severe sanctions.",
            ("USA", "RUS"),
        ),
        ("Israel said Hezbollah must pull back from the border or it would strike.", ("ISR", None)),
        (
            "Netanyahu said Hamas must release the hostages or Israel will resume the war.",
            ("ISR", None),
        ),
    ],
)
def test_an_ultimatum_is_a_demand_and_the_threat_of_what_follows(read, text, pair):
    coded = _by_root(text, read)
    source, target = pair
    for root in ("10", "13"):
        assert any(source in (None, s) and target in (None, t) for s, t in coded.get(root, []))


@pytest.mark.parametrize(
    "text",
    [
        "Macron said Europe must rearm or face Russian aggression.",
        "The German chancellor said Germany must invest more or face decline.",
    ],
)
def test_harm_a_third_party_may_do_is_no_threat_of_the_speaker(read, text):
    assert "13" not in _by_root(text, read)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Houthis said they would expand their attacks to the Mediterranean.", None),
        (
            "Iran's foreign minister said Tehran would give a crushing response to any aggression.",
            "IRN",
        ),
    ],
)
def test_force_widened_or_a_crushing_response_promised_is_a_threat(read, text, source):
    assert any(source in (None, s) for s, _ in _by_root(text, read).get("13", []))


def test_measures_asked_in_return_are_no_threat(read):
    text = (
        "Pyongyang said it would close the reactor, depending on corresponding measures by "
        "Washington."
    )
    assert "13" not in _by_root(text, read)


def test_aid_one_will_not_give_is_that_aid_not_given(read):
    events = read("Germany said it will not deliver Taurus missiles to Kyiv.").events
    assert [(e.root, e.negated) for e in events] == [("07", True)]
    events = read("Germany said it will deliver more missiles to Kyiv.").events
    assert [(e.root, e.negated) for e in events] == [("03", False)]


def test_asylum_one_will_not_grant_stays_a_rejection(read):
    assert "12" in _by_root("Poland said it would not take in any more refugees.", read)


# -- demands told as what is necessary, and terms set on one's own act -----------------------


def test_an_act_told_as_necessary_for_another_party_is_a_demand(read):
    coded = _by_root(
        "Blinken said it was essential for Russia to withdraw its troops from Ukraine.", read
    )
    assert ("USA", "RUS") in coded.get("10", [])


@pytest.mark.parametrize(
    "text",
    [
        "Putin said it was necessary for Russia to strengthen its nuclear forces.",
        "Israel said it was necessary for its army to attack Hamas in Rafah.",
    ],
)
def test_an_act_necessary_for_ones_own_side_is_no_demand(read, text):
    assert "10" not in _by_root(text, read)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Turkey made its approval contingent on Sweden's crackdown on Kurdish militants.",
            ("TUR", "SWE"),
        ),
        ("Hungary made its support conditional on the release of EU funds.", ("HUN", None)),
        ("The IMF conditioned the loan on tax reforms.", (None, None)),
    ],
)
def test_an_own_act_made_to_hang_on_anothers_is_a_demand(read, text, pair):
    source, target = pair
    coded = _by_root(text, read).get("10", [])
    assert coded and any(source in (None, s) and target in (None, t) for s, t in coded)


# -- threats and rejections told in a statement's words ----------------------------------------


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("North Korea said it would not remain silent over the drills.", "13", "PRK"),
        ("Pyongyang said its patience was running out.", "13", "PRK"),
        ("Turkey said it would review its relations with Sweden.", "13", "TUR"),
        ("Russia said it might reconsider its participation in the grain deal.", "13", "RUS"),
        ("North Korea said it had no interest in talks with Seoul.", "12", "PRK"),
        ("Russia said the referendum results are not up for negotiation.", "12", "RUS"),
        ("Tehran said the snapback mechanism had no legal basis.", "12", "IRN"),
    ],
)
def test_threats_and_rejections_told_in_words(read, text, root, source):
    events = [e for e in read(text).events if e.root == root]
    assert any(e.source and e.source.country == source and not e.negated for e in events)
    assert all(e.root not in ("01", "04") for e in read(text).events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Washington said it will no longer finance the agency.", "07"),
        ("Niger said it no longer recognises the authority of ECOWAS.", "05"),
    ],
)
def test_an_act_no_longer_done_is_not_done(read, text, root):
    events = read(text).events
    assert events and all(e.negated for e in events if e.root == root)
    assert "03" not in {e.root for e in events}  # not an intent to finance
