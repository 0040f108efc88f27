"""Event coding (`newsgraph_events`) on our own sentences and on the seed article."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def _summary(events):
    return [
        (e.root, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
    ]


ROOT_CASES = [
    ("Italy declined to comment on the report.", "01", "ITA", None),
    ("Kenya urged Uganda to reopen the border.", "02", "KEN", "UGA"),
    ("Brazil promised to send food aid to Haiti.", "03", "BRA", "HTI"),
    (
        "Canadian Prime Minister Justin Trudeau met Indian Prime Minister Narendra Modi in Ottawa.",
        "04",
        "CANGOV",
        "INDGOV",
    ),
    ("Turkey praised Azerbaijan for its restraint.", "05", "TUR", "AZE"),
    ("Hungary trained Serbian soldiers.", "06", "HUN", "SRBMIL"),
    ("Chile provided military aid to Peru.", "07", "CHL", "PER"),
    ("Israel released 40 Palestinian prisoners.", "08", "ISR", "PSECVL"),
    ("Italian prosecutors investigated the Albanian government.", "09", "ITAJUD", "ALBGOV"),
    ("Egypt demanded that Ethiopia halt the dam project.", "10", "EGY", "ETH"),
    ("Germany criticized Poland on Monday.", "11", "DEU", "POL"),
    ("Greece rejected Turkey's proposal.", "12", "GRC", "TUR"),
    ("Iran threatened to attack Israel.", "13", "IRN", "ISR"),
    (
        "Thousands of Serbian students protested against the government in Belgrade.",
        "14",
        "SRBEDU",
        "SRBGOV",
    ),
    ("Pakistan mobilized troops along the border.", "15", "PAK", None),
    ("The United States imposed sanctions on Venezuela.", "16", "USA", "VEN"),
    ("Chinese police arrested dozens of activists.", "17", "CHNCOP", "CHNCVL"),
    ("Syrian rebels bombed a market in Aleppo.", "18", "SYRREB", "SYR"),
    ("Russia attacked Ukraine.", "19", "RUS", "UKR"),
    ("Russian warplanes bombed Syrian rebel positions.", "19", "RUSMIL", "SYR"),  # aerial: 195
    ("Sudan massacred hundreds of Chadian villagers.", "20", "SDN", "TCDCVL"),
]


@pytest.mark.parametrize(
    ("text", "root", "source", "target"), ROOT_CASES, ids=[c[1] for c in ROOT_CASES]
)
def test_each_root(code, text, root, source, target):
    events = code(text)
    assert (root, source, target) in _summary(events), _summary(events)
    event = next(e for e in events if e.root == root)
    assert event.cameo.startswith(root) and event.quad in (1, 2, 3, 4)
    assert event.goldstein is not None
    assert event.trigger.text and event.sentence is not None


def test_passive_voice_takes_source_from_agent(code):
    (event,) = code("Ukraine was attacked by Russia.")
    assert (event.root, event.source.code, event.target.code) == ("19", "RUS", "UKR")


def test_coordinated_subjects_give_one_event_each(code):
    events = code("Norway and Sweden signed a trade agreement with Finland.")
    assert sorted(_summary(events)) == [("05", "NOR", "FIN"), ("05", "SWE", "FIN")]
    assert all(e.cameo == "057" and e.plover == "SUPPORT" for e in events)


def test_negation(code):
    (event,) = code("France did not send troops to Mali.")
    assert event.negated and event.source.code == "FRA"
    (event,) = code("Iran has not attacked Saudi Arabia.")
    assert event.negated and event.root == "19"


def test_control_verbs(code):
    (event,) = code("Brazil refused to meet Argentina.")
    assert event.cameo == "125" and event.plover == "REJECT"
    (event,) = code("Hungary agreed to send instructors to Serbia.")
    assert event.cameo == "0312" and event.target.code == "SRB"
    (event,) = code("Iran threatened to attack Israel.")
    assert event.root == "13" and event.cameo.startswith("138")


def test_light_verbs(code):
    (event,) = code("Germany expressed concern about the rising tension.")
    assert event.cameo == "012" and event.plover is None
    (event,) = code("Mexico launched airstrikes on the border town.")
    assert event.cameo == "195" and event.trigger.text == "launched airstrikes"


def test_modalities(code):
    (event,) = code("Poland would attack Belarus if provoked.")
    assert event.modality == "hypothetical"
    (event,) = code("The Swedish government plans to send aid to Ukraine.")
    assert (event.modality, event.root, event.source.code) == ("proposed", "03", "SWEGOV")
    (event,) = code("Egypt offered to mediate between the rivals.")
    assert event.modality == "proposed" and event.cameo == "039"  # intent to mediate
    (event,) = code("Chile provided military aid to Peru.")
    assert event.modality == "asserted" and event.statement is None


def test_reported_event_points_to_its_statement(reader):
    reading = reader.read(
        "Spanish officials said that Morocco had attacked Algeria.", published=PUBLISHED
    )
    event = next(e for e in reading.events if e.root == "19")
    if not reading.statements:
        pytest.skip("no attribution component installed")
    assert event.modality == "reported"
    assert event.statement in {s.id for s in reading.statements}


def test_future_tense_is_intent_or_threat(code):
    (event,) = code("Finland said it will give Tanzania a grant.")
    assert event.plover == "AGREE" and event.target.code == "TZA"
    (event,) = code("Finland will give Tanzania a grant.")  # told by the writer: planned aid
    assert event.plover == "AID" and event.modality == "hypothetical"
    (event,) = code("Nigeria said it would boycott talks with Ghana.")
    assert event.plover == "THREATEN" and event.source.code == "NGA"


def test_nominal_events(code):
    events = code("A proposal by Macron to send instructors to Ukraine was rejected.")
    proposal = next(e for e in events if e.root == "03")
    assert proposal.source.code == "FRAGOV" and proposal.target.country == "UKR"
    assert proposal.modality == "proposed"
    (event,) = code("The French president held a phone call with the German chancellor.")
    assert (event.cameo, event.source.code, event.target.code) == ("041", "FRAGOV", "DEUGOV")


def test_relative_dates(code):
    (event,) = code("The French president held a phone call with the German chancellor yesterday.")
    assert event.date == dt.date(2024, 3, 12) and event.date_span.text == "yesterday"
    (event,) = code("Germany criticized Poland on Friday.")
    assert event.date == dt.date(2024, 3, 8)
    (event,) = code("Russia imposed new sanctions on Georgia last month.")
    assert event.date == dt.date(2024, 2, 1)
    (event,) = code("Turkey praised Azerbaijan.")
    assert event.date == PUBLISHED and event.date_span is None
    (event,) = code("Turkey praised Azerbaijan on Friday.", published=None)
    assert event.date is None


def test_location_from_gazetteer(code):
    (event,) = code(
        "Canadian Prime Minister Justin Trudeau met Indian Prime Minister Narendra Modi in Ottawa."
    )
    assert event.location.city == "Ottawa" and event.location.country == "CAN"
    assert event.location.latitude and event.location.span.text == "Ottawa"


def test_spans_hold(code, reader):
    text = "Norway and Sweden signed a trade agreement with Finland in Oslo on Monday."
    reading = reader.read(text, published=PUBLISHED)
    for e in reading.events:
        for span in (e.trigger, e.sentence, e.source.span, e.target.span, e.date_span):
            if span is not None:
                assert text[span.start : span.end] == span.text


# -- the seed article -----------------------------------------------------------------------


def _find(events, root, source, target=None):
    for e in events:
        if e.root != root or e.source is None:
            continue
        if source not in (e.source.code, e.source.country):
            continue
        if target is not None and (
            e.target is None or target not in (e.target.code, e.target.country)
        ):
            continue
        return e
    return None


def test_seed_biden_veto(seed_reading):
    veto = [e for e in seed_reading.events if e.root == "12"]
    assert veto and all((e.source.code, e.target.code) == ("USAGOV", "FRAGOV") for e in veto)
    blocked = next(e for e in veto if e.trigger.text == "blocked")
    assert blocked.modality == "reported" and blocked.statement
    stmt = next(s for s in seed_reading.statements if s.id == blocked.statement)
    assert any(h.span.text == "reportedly" for h in stmt.hedges)


def test_seed_expected_events(seed_reading):
    events = seed_reading.events
    proposal = _find(events, "03", "FRAGOV", "UKR")
    assert proposal is not None and proposal.modality == "proposed"
    assert _find(events, "04", "USAGOV", "FRAGOV") is not None
    assert _find(events, "06", "FRA", "UKRMIL") is not None
    assert _find(events, "05", "LTU", "FRAGOV") is not None
    assert _find(events, "05", "EST", "FRAGOV") is not None
    assert _find(events, "06", "UKRMIL", "FRA") is not None
    assert _find(events, "13", "RUS") is not None
    assert _find(events, "13", "RUSGOV") is not None
    assert _find(events, "01", "FRAGOV") is not None  # Macron "would not comment"
    confirmed = next(e for e in events if e.trigger.text == "confirmed")
    assert confirmed.negated  # "Paris has not officially confirmed …"


def test_seed_nothing_from_boilerplate(seed_reading):
    article = seed_reading.article
    for e in seed_reading.events:
        for b in article.boilerplate:
            assert not (b.start <= e.trigger.start < b.end)
        assert "Comments are closed" not in e.sentence.text


def test_denied_and_reported_modalities(reader):
    reading = reader.read(
        "Moscow denied that its troops had attacked Ukraine.", published=PUBLISHED
    )
    if not reading.statements:
        pytest.skip("no attribution component installed")
    event = next(e for e in reading.events if e.root == "19")
    assert event.modality == "denied" and event.statement
    denial = next(e for e in reading.events if e.root == "01")  # the denial itself is a fact
    assert denial.cameo == "016" and denial.modality == "asserted" and not denial.negated
    reading = reader.read(
        "The Kremlin denied reports that Russia had bombed the hospital.", published=PUBLISHED
    )
    bombing = [e for e in reading.events if e.cameo == "195"]  # aerial bombing by a state
    assert bombing and all(e.modality == "denied" for e in bombing)


def test_office_holder_changes_with_the_date(code):
    before = code("The US president criticized China.", published=dt.date(2019, 6, 1))
    after = code("The US president criticized China.", published=dt.date(2023, 6, 1))
    assert before[0].source.code == after[0].source.code == "USAGOV"
    assert before[0].source.name != after[0].source.name
    assert before[0].date == dt.date(2019, 6, 1) and after[0].date == dt.date(2023, 6, 1)


def test_parties_acting_together_are_each_others_targets(code):
    events = code("Armenia and Azerbaijan agreed to a ceasefire in Geneva.")
    assert sorted(_summary(events)) == [("08", "ARM", "AZE"), ("08", "AZE", "ARM")]
    assert {e.cameo for e in events} == {"0871"}
    events = code("The Dutch and Belgian ministers met in Brussels on Monday.")
    assert sorted(_summary(events)) == [("04", "BELGOV", "NLDGOV"), ("04", "NLDGOV", "BELGOV")]
    events = code("Chad and Niger accused one another of arming rebels.")
    assert sorted(_summary(events)) == [("11", "NER", "TCD"), ("11", "TCD", "NER")]


def test_parties_acting_together_without_a_reciprocal_act_get_no_target(code):
    events = code("Spain and Portugal imposed sanctions on Monday.")
    assert sorted(_summary(events)) == [("16", "ESP", None), ("16", "PRT", None)]


def test_background_clauses_are_not_coded(code):
    events = code("Chile praised Peru, which had attacked Bolivia.")
    assert _summary(events) == [("05", "CHL", "PER")]
    events = code("Egyptian police opened fire on protesters in Cairo, killing three people.")
    assert [e.cameo for e in events] == ["175"]  # firing on protesters is violent repression


def test_demand_reported_with_must(code):
    (event,) = code("Russia said on Tuesday that Sudan must return the helicopter.")
    assert (event.root, event.source.code, event.target.code) == ("10", "RUS", "SDN")
