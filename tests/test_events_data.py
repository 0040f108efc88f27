"""The event knowledge files: CAMEO codebook, CAMEO → PLOVER, verb patterns; and date resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.errors import DataFileError
from newsgraph.events.codebook import ROOTS, Codebook, codebook
from newsgraph.events.dates import resolve
from newsgraph.events.patterns import load, patterns


def test_codebook_has_all_roots_with_quads():
    book = codebook()
    for root in ROOTS:
        entry = book.entry(root)
        assert entry.root == root
        assert entry.quad == (
            1 if root <= "05" else 2 if root <= "08" else 3 if root <= "13" else 4
        )
    assert book.entry("125").name.startswith("Reject proposal")
    assert book.entry("0332").plover == "AGREE"
    assert book.entry("138").goldstein == -7.0
    assert book.entry("011").plover is None


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("036", "AGREE"),
        ("041", "CONSULT"),
        ("051", "SUPPORT"),
        ("062", "COOPERATE"),
        ("073", "AID"),
        ("0813", "CONCEDE"),
        ("0874", "RETREAT"),
        ("090", "INVESTIGATE"),
        ("100", "DEMAND"),
        ("112", "DISAPPROVE"),
        ("129", "REJECT"),
        ("138", "THREATEN"),
        ("141", "PROTEST"),
        ("154", "MOBILIZE"),
        ("163", "SANCTION"),
        ("173", "COERCE"),
        ("183", "ASSAULT"),
        ("195", "FIGHT"),
        ("202", "ASSAULT"),
    ],
)
def test_plover_crosswalk(code, plover):
    assert codebook().entry(code).plover == plover


def test_unlisted_subcode_falls_back_to_parent():
    entry = codebook().entry("0252")
    assert entry.code == "0252" and entry.goldstein == codebook().entry("025").goldstein


def test_codebook_validation_rejects_bad_rows():
    header = "code,name,goldstein,quad\n"
    roots = "".join(f"{r},x,0.0,1\n" for r in ROOTS)
    cross = "cameo,plover\n01,\n"
    Codebook(header + roots, cross)  # the minimal valid book
    with pytest.raises(DataFileError):
        Codebook(header + roots + "1x5,bad,0.0,1\n", cross)
    with pytest.raises(DataFileError):
        Codebook(header + roots + "125,x,-12.0,3\n", cross)
    with pytest.raises(DataFileError):
        Codebook(header + roots.replace("07,x,0.0,1\n", ""), cross)
    with pytest.raises(DataFileError):
        Codebook(header + roots, "cameo,plover\n04,TALK\n")


def test_patterns_load_and_cover_every_root():
    p = patterns()
    roots = {pat.code[:2] for plist in p.verbs.values() for pat in plist}
    roots |= {c[:2] for c in p.nouns.values()}
    assert set(ROOTS) <= roots
    assert p.control["refuse"] == "refuse" and p.control["agree"] == "intend"
    assert p.noun_code("call", ["phone"]) == "041"
    assert "block" in p.verbs and any(pat.objects for pat in p.verbs["block"])


HEADER = "# What: test lexicon\n# Source: written for this test\n# Reviewed: 2026-12\n"


def _lexicon(body: str, header: str = HEADER) -> dict[str, str]:
    return {"lexicon_test.yaml": header + body}


def test_patterns_validation():
    rules = "version: 2\nclasses:\n  talks: [talk]\n"
    load(rules, lexicons=_lexicon('root: "04"\nverbs:\n  "040": [meet, hold talk]\n'))
    bad_lexicons = [
        'root: "04"\nverbs:\n  40: [meet]\n',  # unquoted code
        'root: "04"\nverbs:\n  "999": [meet]\n',  # not in the codebook
        'root: "04"\nverbs:\n  "111": [criticize]\n',  # code of another root
        'root: "04"\nverbs:\n  "040": [meet /obj=@nothing]\n',  # unknown class
        'root: "04"\nverbs:\n  "040": [meet]\n  "046": [meet]\n',  # listed twice
        'root: "04"\nverbs:\n  "040": ["Meet!"]\n',  # not a lemma
        'root: "04"\nnouns:\n  "040": [a big summit meeting]\n',  # nouns: one or two words
        'root: "04"\nadverbs:\n  "040": [together]\n',  # unknown section
    ]
    for body in bad_lexicons:
        with pytest.raises(DataFileError):
            load(rules, lexicons=_lexicon(body))
    with pytest.raises(DataFileError):  # no header
        load(rules, lexicons=_lexicon('root: "04"\nverbs:\n  "040": [meet]\n', header=""))
    with pytest.raises(DataFileError):
        load("version: 2\ncontrol:\n  agree: maybe\n")
    with pytest.raises(DataFileError):
        load("version: 1\n")


def test_rules_of_idioms_noun_objects_orders_and_plans_are_checked():
    rules = (
        "version: 2\nclasses:\n  diplomats: [envoy]\n  talks: [talk]\n"
        "idioms:\n  verbs: [strike /obj=tone]\n  nouns: [twitter attack]\n"
        'noun_objects:\n  expulsion: {"@diplomats": "161", import: "163"}\n'
        'order_out: {verbs: [leave], objects: {diplomats: "161"}}\n'
        'planned_roots: ["04"]\n'
    )
    p = load(rules)
    assert p.verbs["strike"][0].code == "" and p.noun_code("attack", ["twitter"]) == ""
    assert p.noun_objects["expulsion"] == {"envoy": "161", "import": "163"}
    assert p.order_out["objects"] == {"diplomats": "161"} and p.planned_roots == {"04"}
    bad = [
        "version: 2\nidioms: [strike]\n",  # not a mapping
        'version: 2\nnoun_objects:\n  ban: {"@nothing": "163"}\n',  # unknown class
        'version: 2\nnoun_objects:\n  ban: {import: "999"}\n',  # not in the codebook
        'version: 2\norder_out: {verbs: [leave], objects: {nothing: "161"}}\n',
        'version: 2\nplanned_roots: ["4"]\n',  # not a root
    ]
    for text in bad:
        with pytest.raises(DataFileError):
            load(text)


def test_patterns_match_the_most_specific_first():
    rules = "version: 2\nclasses:\n  plan: [plan, demand]\n"
    body = 'root: "08"\nverbs:\n  "080": [accept, accept /obj=demand, push back]\n'
    p = load(rules, lexicons=_lexicon(body))
    assert [pat.text for pat in p.verbs["accept"]] == ["accept /obj=demand", "accept"]
    assert p.verbs["push"][0].words == {"back"}
    assert p.counts["08"] == 3


PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", dt.date(2024, 3, 8)),
        ("Wednesday", PUBLISHED),
        ("last Wednesday", dt.date(2024, 3, 6)),
        ("yesterday", dt.date(2024, 3, 12)),
        ("today", PUBLISHED),
        ("earlier this week", dt.date(2024, 3, 11)),
        ("last week", dt.date(2024, 3, 4)),
        ("last month", dt.date(2024, 2, 1)),
        ("last year", dt.date(2023, 1, 1)),
        ("two days ago", dt.date(2024, 3, 11)),
        ("March 3", dt.date(2024, 3, 3)),
        ("September 29", dt.date(2023, 9, 29)),
        ("2022-05-01", dt.date(2022, 5, 1)),
        ("the past", None),
    ],
)
def test_relative_dates(text, expected):
    assert resolve(text, PUBLISHED) == expected


def test_relative_date_without_published_date():
    assert resolve("on Friday", None) is None
