"""The hedge lexicon: the packaged file loads, carries its header, and broken files are refused."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.hedges import lexicon
from newsgraph.hedges.lexicon import HedgeLexiconError

GOOD = """# h
version: 1
families:
  f:
    kind: epistemic
    rule: word
    scope: clause
    effect: possible
    phrases: [perhaps, far from sure|clear]
context: {CONTEXT}
"""
CONTEXT = "{" + ", ".join(f"{k}: [x]" for k in lexicon.CONTEXT_LISTS) + "}"


def build(text: str):
    return lexicon.build(lexicon.parse(text.replace("{CONTEXT}", CONTEXT)))


def test_packaged_file_has_header_with_source_and_review_date():
    text = resources.files("newsgraph.hedges").joinpath("data", "hedges.yaml").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines()[:8] if line.startswith("#"))
    assert "newsgraph authors" in header and "Last reviewed" in header


def test_packaged_lexicon_has_every_kind_and_indexes_by_first_word():
    lex = lexicon.load()
    assert {f.kind for f in lex.families.values()} == set(lexicon.KINDS)
    assert any(p.family.kind == "evidential" for p in lex.index["reportedly"])
    for first, patterns in lex.index.items():
        assert all(first in p.items[0][0] for p in patterns)
        lengths = [len(p.items) for p in patterns]
        assert lengths == sorted(lengths, reverse=True)


def test_evidential_adverbs_for_attribution():
    assert {"reportedly", "allegedly"} <= lexicon.load().evidential_adverbs()


def test_alternatives_and_pos():
    lex = build(GOOD)
    (pat,) = lex.index["far"]
    assert pat.items[2] == (frozenset({"sure", "clear"}), None)


@pytest.mark.parametrize(
    "broken,message",
    [
        ("kind: epistemic", "kind: spooky"),
        ("rule: word", "rule: magic"),
        ("effect: possible", "effect: huge"),
        ("phrases: [perhaps, far from sure|clear]", "phrases: [Perhaps]"),
        ("phrases: [perhaps, far from sure|clear]", "phrases: []"),
    ],
)
def test_bad_entries_are_refused(broken, message):
    with pytest.raises(HedgeLexiconError, match=r"families\.f"):
        build(GOOD.replace(broken, message))


def test_duplicate_phrase_is_refused():
    text = GOOD.replace("[perhaps, far from sure|clear]", "[perhaps, perhaps]")
    with pytest.raises(HedgeLexiconError, match="in both"):
        build(text)


def test_missing_header_or_context_is_refused():
    with pytest.raises(HedgeLexiconError, match="header"):
        lexicon.parse("version: 1\n")
    with pytest.raises(HedgeLexiconError, match="context"):
        build(GOOD.replace("context: {CONTEXT}", "context: {}"))


def test_error_has_its_code():
    with pytest.raises(HedgeLexiconError) as err:
        lexicon.parse("version: 1\n")
    assert "[NG330]" in str(err.value)
