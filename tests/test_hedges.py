"""Hedges: each family of data/hedges.yaml on sentences of our own, with the uses that are not
hedges next to the ones that are (ability, conditions, feared scenarios, territory …)."""

from __future__ import annotations

import pytest


def hedges(reader, text):
    reading = reader.read(text)
    for h in reading.hedges:
        assert text[h.span.start : h.span.end] == h.span.text
        if h.scope is not None:
            assert text[h.scope.start : h.scope.end] == h.scope.text
    return reading.hedges


def found(reader, text, word, kind):
    hits = [h for h in hedges(reader, text) if word in h.span.text]
    assert hits, f"no hedge {word!r} in {text!r}: {[h.span.text for h in hedges(reader, text)]}"
    assert hits[0].kind == kind, hits[0]
    return hits[0]


EVIDENTIAL = [
    ("The mayor has reportedly resigned.", "reportedly"),
    ("The suspect allegedly stole a bus.", "allegedly"),
    ("According to reports, the convoy turned back at the border.", "According to reports"),
    ("There were no reports of casualties after the tremor.", "no reports"),
    ("Some reports said the bridge had collapsed.", "reports"),
    ("Gunfire was reported near the airport on Sunday.", "was reported"),
    ("It was reported that the envoy had left the capital.", "It was reported"),
    ("Storm hits coast, no damage reported", "reported"),
    ("The minister is said to have offered his resignation.", "said"),
    ("The footage could not be independently verified.", "verified"),
    ("The alleged bribe was paid in cash.", "alleged"),
    ("Unconfirmed reports put the toll at twelve.", "Unconfirmed"),
    ("The prince is understood to have met the envoy twice.", "understood"),
]
EPISTEMIC = [
    ("Officials said the ferry might sail on Friday.", "might"),
    ("The strike was likely carried out by a drone.", "likely"),
    ("The general is believed to have fled abroad.", "believed"),
    ("Troops could be deployed to the border as early as next week.", "could"),
    ("It was not immediately clear who fired first.", "not immediately clear"),
    ("It is unclear whether the vote will go ahead.", "unclear"),
    ("It seems likely that the merger will be delayed.", "It seems likely"),
    ("The plan appears to be failing.", "appears to"),
    ("Perhaps the most striking change is the tone.", "Perhaps"),
    ("The outcome is far from certain.", "far from certain"),
    ("Whether the truce holds remains an open question.", "open question"),
    ("A vote on the bill was expected on Thursday.", "expected"),
    ("The treaty is widely viewed as a turning point.", "viewed as"),
    ("It is believed that the ship was carrying fuel.", "believed"),
    ("It is a logical assumption that prices will rise.", "assumption"),
    ("The talks collapsed, suggesting that neither side wants a deal.", "suggesting"),
    ("The storm will probably reach the coast tonight.", "probably"),
    ("The two suspected smugglers were detained.", "suspected"),
    ("Those looked to be armed drones.", "looked to be"),
]
DISTANCING = [
    ("The lawyer claimed that the files were forged.", "claimed"),
    ("She claims the real loser of the feud is the city itself.", "claims"),
    ("As he claimed, the fleet had already left.", "claimed"),
    ("To claim otherwise is to ignore the record.", "claim"),
    ("Such claims have no basis in fact, the minister said.", "claims"),
    ("The ministry rejected claims by two rival firms that the tender was rigged.", "claims"),
    ("The council did not respond to the mayor's claim.", "claim"),
    ("The general insisted the retreat was planned.", "insisted"),
    ("The so-called peace plan was drafted in secret.", "so-called"),
    ("The purported letter was never published.", "purported"),
]
NON_COMMITTAL = [
    ("The ministry declined to comment on the report.", "declined to comment"),
    ("The embassy did not respond to a request for comment.", "did not respond"),
    ("The palace would neither confirm nor deny the visit.", "neither confirm nor deny"),
    ("The army has not officially confirmed or denied the plan.", "not officially confirmed"),
    ("The coach said changes were coming, without elaborating.", "without elaborating"),
    ("She did not say how many troops would stay.", "did not say"),
    ("The agency did not comment immediately.", "did not comment"),
    ("The regulator had no immediate response to the ruling.", "no immediate response"),
    ("The party did not give any substantive reasons for the delay.", "did not give"),
    ("The state has not officially announced the date of the vote.", "not officially announced"),
    ("The general does not rule out a second offensive.", "does not rule out"),
    ("He announced the change without giving details.", "without giving details"),
    ("Police arrested three people, withholding any other details.", "withholding"),
    ("The company could not be reached for comment.", "reached for comment"),
    ("The board has all but confirmed the sale.", "all but confirmed"),
]
NOT_HEDGES = [
    # sources and reporting verbs belong to attribution
    "Sudanese media reports said the army had taken the town.",
    "The theft was reported this week by several local papers.",
    "The incident was reported to the police.",
    "A report by the auditors found gaps in the budget.",
    "The ministry denied reports that the talks had failed.",
    "She was seen leaving the building at noon.",
    "She asserted that the vote was fair.",
    "The spokesman was adamant that the plan stands.",
    # belief of a named holder
    "We expect a written answer by Monday.",
    "The agency believed the figures were wrong.",
    "Beijing views the island as its own territory.",
    # modals: feared scenarios, ability, conditions, free choice, future, would, should
    "Officials voiced concern the two sides could deepen their military ties.",
    "The minister warned that the shipments could become a target.",
    "He spoke of the danger in which he could find himself.",
    "It is possible to avoid a war if both sides talk.",
    "The regime is responsible for any harm it may cause.",
    "No law has been passed that could overturn the ruling.",
    "The senator could not attend the hearing.",
    "The rescue teams could see the wreckage from the hill.",
    "The deal could be enforced if the council agrees.",
    "They discussed possible new sanctions.",
    "The president will travel to Paris next week.",
    "The court would rule on the case in May.",
    "Members should vote against the bill.",
    "May God protect the miners.",
    "He will leave as soon as possible.",
    # claims to territory or responsibility
    "China claims almost all of the disputed sea.",
    "The islands are held by Japan but claimed by China.",
    "Militants claim new attack on tanker",
    "The group claimed responsibility for the blast.",
    "Both states have territorial claims in the region.",
    "The union insisted on a pay rise.",
    # answers that are given, and refusals of other things
    "Russia did not respond militarily to the drone strike.",
    "The rebels did not give up their weapons.",
    "I did not say that the plan was dead.",
    "The team did not attend the ceremony.",
    "Two officials who asked not to be named said the plan stands.",
]


BY_KIND = [
    (kind, text, word)
    for kind, cases in (
        ("evidential", EVIDENTIAL),
        ("epistemic", EPISTEMIC),
        ("distancing", DISTANCING),
        ("non-committal", NON_COMMITTAL),
    )
    for text, word in cases
]


@pytest.mark.parametrize("kind,text,word", BY_KIND)
def test_hedge_of_each_family(reader, kind, text, word):
    found(reader, text, word, kind)


@pytest.mark.parametrize("text", NOT_HEDGES)
def test_not_a_hedge(reader, text):
    assert [h.span.text for h in hedges(reader, text)] == []


def test_owned_claims_among_seas_are_territorial(reader):
    text = (
        "Both states patrol the disputed sea and its islands. "
        "A tribunal said its claims had no legal basis."
    )
    assert hedges(reader, text) == []


def test_adjacent_words_of_one_kind_make_one_hedge(reader):
    (h,) = hedges(reader, "It seems likely that the merger will be delayed.")
    assert h.span.text == "It seems likely"


@pytest.mark.parametrize(
    "text,word,scope",
    [
        ("Officials said the ferry might sail on Friday.", "might", "the ferry might sail"),
        ("It is unclear whether the vote will go ahead.", "unclear", "whether the vote will"),
        ("The lawyer claimed that the files were forged.", "claimed", "the files were forged"),
        ("The so-called peace plan was drafted in secret.", "so-called", "The so-called peace"),
        ("It is believed that the ship was carrying fuel.", "believed", "the ship was carrying"),
        ("According to reports, the convoy turned back.", "reports", "the convoy turned back"),
        ("The army has not confirmed the plan, a source said.", "not", "The army has not"),
        ("Whether the truce holds remains an open question.", "open", "Whether the truce"),
    ],
)
def test_scope_is_the_claim(reader, text, word, scope):
    hit = next(h for h in hedges(reader, text) if word in h.span.text)
    assert hit.scope is not None and hit.scope.text.startswith(scope), hit.scope


def test_clause_scope_stops_at_a_comma_after_the_verb(reader):
    text = "The army has not confirmed the plan, with its chief saying he would wait."
    hit = next(h for h in hedges(reader, text) if "not" in h.span.text)
    assert hit.scope.text == "The army has not confirmed the plan"


def test_in_quote_is_the_speakers_hedge(reader):
    text = '"The talks may fail," the envoy said. The talks may fail, the envoy said.'
    first, second = hedges(reader, text)
    assert first.in_quote and first.holder == "speaker"
    assert not second.in_quote


def test_single_curly_quotes_count_as_quotation(reader):
    text = "The envoy called it \u2018a deal that may never be signed\u2019 on Monday."
    (h,) = hedges(reader, text)
    assert h.in_quote


def test_apostrophes_are_not_quotes(reader):
    text = "The army\u2019s chief said the talks may fail."
    (h,) = hedges(reader, text)
    assert not h.in_quote


def test_hedges_get_ids_in_text_order(reader):
    found_ = hedges(reader, "The mayor reportedly left. The vote may be delayed.")
    assert [h.id for h in found_] == ["h1", "h2"]
