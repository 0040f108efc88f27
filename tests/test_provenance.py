"""Provenance on articles written for these tests: copies, rewrites, independent coverage."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from newsgraph.provenance import originals
from newsgraph.provenance.align import align, grams
from newsgraph.provenance.claims import speaker_key
from newsgraph.provenance.groups import Groups
from newsgraph.provenance.relations import REWRITE, compare
from newsgraph.provenance.retelling import anchor_overlap, retelling, tokens
from newsgraph.provenance.signatures import band_keys, minhash, shingles
from newsgraph.provenance.words import words

WIRE = (
    "The regional council of Westmark voted on Tuesday to close the old coal harbour by the end "
    "of next year, ending two centuries of shipping from the quays below the cathedral. "
    "Council leader Anna Berg said the decision had been reportedly delayed twice by legal "
    'challenges from the harbour company. "We cannot keep paying for a port that loses money '
    'every month," Berg told reporters after the vote, which passed by 31 votes to 12. '
    "The harbour company said it would study the ruling and decide within 30 days whether to "
    "appeal. About 140 workers are employed at the coal terminal, according to the local union, "
    "which has called a meeting for Thursday evening. The council plans to turn the quays into "
    "housing and a park, at a cost of 85 million euros spread over ten years. Environmental "
    "groups welcomed the vote, while shop owners in the old town warned that the loss of jobs "
    "would hurt trade in the streets near the water."
)

INDEPENDENT = (
    "Anger and relief in Westmark as harbour vote goes through. Outside the town hall on "
    'Tuesday, dock families held up banners while councillors filed in. "We cannot keep paying '
    'for a port that loses money every month," Anna Berg repeated to the waiting crowd. '
    "Inside, debate lasted nearly four hours. A retired crane driver, standing by the door, "
    "said his father and grandfather had both worked the coal berths. Several cafe owners on "
    "the quay told this newspaper they feared for their winter takings. The union has not yet "
    "said what it will do next, and the company behind the terminal was silent on the evening."
)

SPUN = (
    "On Tuesday the regional council of Westmark decided to shut the historic coal harbour by "
    "the close of the coming year, ending two hundred years of shipping from the quays beneath "
    "the cathedral. Council head Anna Berg stated the choice had been held up twice by court "
    "complaints from the harbour company. Berg informed journalists following the vote, which "
    "succeeded by 31 to 12, that the region could not continue funding a port losing money "
    "each month. The harbour company stated it would examine the verdict and determine within 30 days "
    "whether to challenge it. About 140 workers work at the coal terminal, the local union "
    "stated, which has summoned a gathering for Thursday night. The council intends to convert "
    "the quays into homes and a park, costing 85 million euros over ten years. Green groups "
    "praised the vote, while traders in the old town cautioned that the job losses would harm "
    "business in the lanes near the water."
)


def relation(a: str, b: str):
    return compare(a, words(a), b, words(b))


def test_verbatim_copy_under_a_new_headline_with_boilerplate():
    copy = (
        "Coal harbour to close, council decides\nShare this | 4 comments\n"
        + WIRE
        + "\nRead more: local news"
    )
    result = relation(WIRE, copy)
    assert result.relation == "verbatim"
    assert result.cover_a > 0.97  # all of the wire text is in the copy
    assert result.cover_b < 0.97  # the copy has more: its headline and furniture
    (p,) = result.passages
    a_span = words(WIRE).span(p.a0, p.a1)
    b_span = words(copy).span(p.b0, p.b1)
    assert WIRE[a_span[0] : a_span[1]] == copy[b_span[0] : b_span[1]]


def test_truncated_copy_is_contained_in_the_original():
    cut = WIRE[: WIRE.index("The harbour company said")]
    result = relation(cut, WIRE)
    assert result.relation == "verbatim"
    assert result.cover_a > 0.97 and result.cover_b < 0.5


def test_edited_copy_is_near_verbatim_and_keeps_running_over_small_edits():
    edited = (
        WIRE.replace("reportedly ", "")
        .replace("Council leader", "The council's leader")
        .replace(
            "The council plans to turn the quays into housing and a park, at a cost of 85 million euros spread over ten years. ",
            "",
        )
        + " In a statement sent to this site on Wednesday, the harbour company added that its lawyers"
        " had found several errors in the council's figures and that it expected the courts to agree,"
        " while the mayor of the neighbouring town offered its own quays to the coal ships."
    )
    result = relation(WIRE, edited)
    assert result.relation == "near-verbatim"
    assert result.containment > 0.8
    assert len(result.passages) <= 3  # small edits do not break the passages apart


def test_synonym_spun_rewrite_is_a_rewrite():
    result = relation(WIRE, SPUN)
    assert result.containment < 0.25  # few shared word runs …
    assert result.relation == "rewrite"  # … but the same facts in the same order
    assert result.rewrite_score > 0.25


def test_independent_coverage_quoting_the_same_person_is_not_a_copy():
    result = relation(WIRE, INDEPENDENT)
    assert result.passages  # the shared quotation is found …
    assert result.narration_words == 0  # … and it is all inside quotation marks
    assert result.relation == "none"


def test_shuffled_facts_are_not_a_rewrite():
    sentences = SPUN.split(". ")
    shuffled = ". ".join(sentences[::2][::-1] + sentences[1::2])
    assert relation(WIRE, shuffled).relation == "none"


def test_minhash_band_keys_are_shared_by_copies_not_by_strangers():
    a = band_keys(minhash(shingles(words(WIRE))))
    b = band_keys(minhash(shingles(words("Breaking: " + WIRE[: len(WIRE) * 2 // 3]))))
    c = band_keys(minhash(shingles(words(INDEPENDENT))))
    assert len(set(a) & set(b)) >= 3
    assert not set(a) & set(c)


def side(id, text, day=None, outlet=None, url=None):
    return originals.Side(id, text, dt.date.fromisoformat(day) if day else None, outlet, url)


def test_direction_from_dates_and_credits():
    way = originals.direction(
        side("copy", "LONDON (Reuters) - " + WIRE, "2025-03-02"),
        side("orig", WIRE, "2025-03-01", "Reuters"),
    )
    assert (way.original, way.copy, way.direction) == ("orig", "copy", "known")
    assert any("credits Reuters" in e for e in way.evidence)


def test_direction_is_uncertain_without_dates_or_credits():
    way = originals.direction(side("x", WIRE), side("y", WIRE))
    assert way.direction == "uncertain"
    assert way.evidence


def test_direction_is_uncertain_when_clues_disagree():
    way = originals.direction(
        side("x", WIRE, "2025-03-01", url="https://site.example/amp/story"),
        side("y", WIRE, "2025-03-02"),
    )
    assert way.direction == "uncertain"


# --------------------------------------------------------------------------- rewrites

REWRITES = Path(__file__).parent / "data" / "rewrites"


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in REWRITES.glob("*.txt")}


@pytest.mark.parametrize("kind", ["translated", "spun", "paraphrased", "summary"])
def test_reworded_copies_are_found_with_room_to_spare(kind):
    texts = _texts()
    original, copy = texts["original"], texts[kind]
    result = relation(original, copy)
    assert result.relation != "none"
    told = retelling(tokens(original, words(original)), tokens(copy, words(copy)))
    assert min(told.anchors, told.content) >= 1.2 * REWRITE  # not on a knife-edge


@pytest.mark.parametrize("kind", ["scene", "analysis"])
def test_independent_reports_of_the_same_event_are_not_copies(kind):
    texts = _texts()
    original, other = texts["original"], texts[kind]
    assert relation(original, other).relation == "none"
    told = retelling(tokens(original, words(original)), tokens(other, words(other)))
    assert min(told.anchors, told.content) <= 0.6 * REWRITE


def test_translated_copy_has_no_long_shared_runs_but_is_a_rewrite():
    texts = _texts()
    result = relation(texts["original"], texts["translated"])
    assert result.containment < 0.25 and result.relation == "rewrite"


def test_the_same_sentences_out_of_order_are_not_a_rewrite():
    texts = _texts()
    sentences = texts["paraphrased"].replace("\n", " ").split(". ")
    shuffled = ". ".join(sentences[1::2][::-1] + sentences[::2])
    told = retelling(
        tokens(texts["original"], words(texts["original"])), tokens(shuffled, words(shuffled))
    )
    assert min(told.anchors, told.content) < REWRITE


def test_anchor_overlap_bounds_the_anchor_score():
    texts = _texts()
    t = {k: tokens(v, words(v)) for k, v in texts.items()}
    for a, b in itertools.combinations(sorted(t), 2):
        assert retelling(t[a], t[b]).anchors <= anchor_overlap(t[a], t[b]) + 1e-9


def test_names_numbers_and_rare_words_are_anchors_and_quotes_leave_the_content():
    text = (
        'Officials said on Monday that Hallberg had "never accepted" three offers in Valbrek. '
        "Two officials disagreed."
    )
    t = tokens(text, words(text))
    assert {"Nhallb", "Nvalbr", "Nmonda", "#3", "accep"} <= set(t.anchors)
    assert "Noffic" not in t.anchors  # capital only where it opens a sentence: not a name
    assert "#2" in t.anchors  # number words count as numbers
    assert "never" not in t.content and "accep" not in t.content  # quoted words
    assert "offer" in t.content and "disag" in t.content


def test_alignment_with_given_keys_is_the_same():
    a, b = words(WIRE), words(SPUN + " " + WIRE[:400])
    assert align(a, b) == align(a, b, keys=(grams(a), grams(b)))


# --------------------------------------------------------------------------- groups, claims


def test_groups_keep_the_earlier_root_and_report_only_moved_roots():
    g = Groups()
    g.add("b1", "b", 5)  # stored: b1 in the group rooted at b (order 5)
    g.add("a1", "a", 2)
    g.add("c", "c", 9)
    g.union("c", "b1")
    assert g.find("c") == "b"
    g.union("b1", "a1")
    assert g.find("c") == "a" and g.find("b") == "a"
    assert g.moved() == {"b": "a", "c": "a"}  # one bulk update each, members follow their root


def test_claim_keys_name_people_in_full_and_never_by_surname_alone():
    ann = speaker_key({"name": "Berg", "type": "person"}, {"name": "Anna Berg", "kind": "person"})
    olaf = speaker_key({"name": "Berg", "type": "person"}, {"name": "Olaf Berg", "kind": "person"})
    assert ann == "person:anna berg" and olaf == "person:olaf berg"
    assert speaker_key({"name": "Berg", "type": "person"}) is None  # surname, no actor: no key
    assert speaker_key({"name": "Anna  Berg", "type": "person"}) == ann
    assert speaker_key({"name": "the ministry", "type": "organisation", "actor": "FRAGOV"}) == (
        "actor:FRAGOV"
    )
    anon = speaker_key({"name": "two people familiar with the call", "type": "anonymous"})
    assert anon == "anon:with the call"


def test_compare_keeps_a_distant_deletion_and_insertion_apart_and_joins_a_replacement():
    from newsgraph.provenance.diffs import passage_changes

    def changes(edited: str) -> list[tuple]:
        a, b = words(WIRE), words(edited)
        found = passage_changes(WIRE, a, edited, b, relation(WIRE, edited).passages)["changed"]
        return [((c["a"] or {}).get("text"), (c["b"] or {}).get("text")) for c in found]

    dropped_then_added = WIRE.replace("reportedly ", "").replace(
        "a meeting for Thursday", "a public meeting for Thursday"
    )
    assert changes(dropped_then_added) == [("reportedly", None), (None, "public")]
    replaced = WIRE.replace("Thursday evening", "Thursday night")
    assert changes(replaced) == [("evening", "night")]


def test_signals_carry_their_words_to_the_writer_only_when_asked():
    from newsgraph.load import load_text
    from newsgraph.provenance.signals import Signals, article_signals

    sig = article_signals(load_text(WIRE))
    assert "words" not in sig.to_dict()  # what Ray shards store
    back = Signals.from_dict(sig.to_dict(words=True))  # what the process pool hands back
    assert back.words == sig.words and back.bands == sig.bands and back.terms == sig.terms
