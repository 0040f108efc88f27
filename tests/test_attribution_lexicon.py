"""The attribution lexicons: packaged files load, carry headers, and broken files are refused."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.attribution import lexicon
from newsgraph.errors import DataFileError

FILES = ("cues.yaml", "sources.yaml", "given_names.yaml")


@pytest.mark.parametrize("name", FILES)
def test_packaged_file_has_header_with_source_and_review_date(name):
    text = resources.files("newsgraph.attribution").joinpath("data", name).read_text("utf-8")
    header = "\n".join(line for line in text.splitlines()[:8] if line.startswith("#"))
    assert "newsgraph authors" in header and "Last reviewed" in header


def test_packaged_lexicon_loads_every_cue_class():
    lex = lexicon.load()
    assert set(lex.cue_class.values()) == set(lexicon.CUE_CLASSES)
    assert lex.cue_class["say"] == "assert" and lex.cue_class["deny"] == "deny"
    assert "deny" in lex.object_cues
    assert lex.prep_cues["call"][1] == frozenset({"for", "on"})
    assert lex.phrasal_cues["shoot"] == {"back": "assert"} and "maintain" in lex.clause_only


def test_inflected_forms_map_back_to_the_verb():
    lex = lexicon.load()
    assert lex.verb_forms["hopes"] == "hope"
    assert lex.verb_forms["said"] == "say"
    assert lex.verb_forms["denied"] == "deny"


def test_sources_lexicon():
    lex = lexicon.load()
    assert "politico" in lex.outlet_names
    assert lex.numbers["two"] == 2
    assert ("familiar", "with") in lex.anon_qualifiers["familiar"]


def test_file_without_header_is_refused():
    with pytest.raises(DataFileError, match="comment header"):
        lexicon.parse("cues.yaml", "version: 1\n")


def test_file_without_version_is_refused():
    with pytest.raises(DataFileError, match="version"):
        lexicon.parse("cues.yaml", "# header\nclasses: {}\n")


def test_unknown_cue_class_is_refused():
    data = lexicon.parse("cues.yaml", "# h\nversion: 1\nclasses:\n  gossip:\n    clause: [say]\n")
    with pytest.raises(DataFileError, match="unknown cue class 'gossip'"):
        lexicon.load_cues(lexicon.Lexicon(), data)


def test_duplicate_verb_is_refused():
    text = "# h\nversion: 1\nclasses:\n  assert:\n    clause: [say]\n  claim:\n    clause: [say]\n"
    with pytest.raises(DataFileError, match="listed twice"):
        lexicon.load_cues(lexicon.Lexicon(), lexicon.parse("cues.yaml", text))


def test_prepositions_of_a_noun_that_is_no_cue_are_refused():
    text = (
        "# h\nversion: 1\nclasses:\n  assert:\n    clause: [say]\ncomment_verbs: []\n"
        "statement_nouns: []\naccording_to: []\nnoun_cues:\n  claim: [claim]\n"
        "noun_preps:\n  call: [for]\n"
    )
    with pytest.raises(DataFileError, match="noun_preps.call: not a cue noun"):
        lexicon.load_cues(lexicon.Lexicon(), lexicon.parse("cues.yaml", text))


def test_cue_nouns_with_their_own_prepositions():
    lex = lexicon.load()
    assert lex.noun_preps["call"] == frozenset({"for", "on"})
    assert all(noun in lex.noun_cues for noun in lex.noun_preps)


def test_uppercase_word_is_refused():
    text = (
        "# h\nversion: 1\nclasses:\n  assert:\n    clause: [Say]\ncomment_verbs: []\n"
        "statement_nouns: []\naccording_to: []\n"
    )
    with pytest.raises(DataFileError, match="lowercase"):
        lexicon.load_cues(lexicon.Lexicon(), lexicon.parse("cues.yaml", text))


def test_invalid_yaml_is_refused():
    with pytest.raises(DataFileError, match="not valid YAML"):
        lexicon.parse("cues.yaml", "# h\nversion: [1\n")


def test_adjective_cues_need_a_known_class_and_lowercase_words():
    base = "# h\nversion: 1\nclasses:\n  assert:\n    clause: [say]\ncomment_verbs: [say]\n"
    base += "statement_nouns: [statement]\naccording_to: [[according, to]]\n"
    ok = lexicon.Lexicon()
    lexicon.load_cues(ok, lexicon.parse("cues.yaml", base + "adjective_cues:\n  believe: [wary]\n"))
    assert ok.adjective_cues == {"wary": "believe"}
    bad = lexicon.parse("cues.yaml", base + "adjective_cues:\n  gossip: [wary]\n")
    with pytest.raises(DataFileError, match="adjective_cues: unknown cue class 'gossip'"):
        lexicon.load_cues(lexicon.Lexicon(), bad)


def test_packaged_lexicon_has_this_sessions_lists():
    lex = lexicon.load()
    assert lex.sourceless == {"appear", "seem"}
    assert lex.adjective_cues["adamant"] == "believe"
    assert {"poll", "survey"} <= lex.in_sources
    assert "attack" in lex.verbal_only and "go" in lex.aspect_verbs


def test_given_names_and_gendered_roles():
    lex = lexicon.load()
    assert lex.given_names["maria"] == "f" and lex.given_names["sergei"] == "m"
    assert "andrea" not in lex.given_names  # used for both: left out
    assert "zakharova".endswith(lex.female_endings)
    assert lex.person_gender["spokeswoman"] == "f" and lex.person_gender["father"] == "m"
    assert "telegram" in lex.platforms
    assert "foreign minister" in lex.role_synonyms["diplomat"]
    assert "trader" in lex.anon_with_article and "trader" in lex.anon_heads


def test_a_name_listed_for_both_genders_is_refused():
    lex = lexicon.Lexicon()
    with pytest.raises(DataFileError, match="both"):
        lexicon.load_given_names(lex, {"version": 1, "f": ["maria"], "m": ["maria"]})
