"""The Python API and the Reading: every span holds, arbitrary text never crashes."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.model import Reading, json_schema
from newsgraph.pipeline import masked_text


def all_spans(reading: Reading):
    """Every Span object anywhere in the reading."""

    def walk(obj):
        if isinstance(obj, dict):
            if {"start", "end", "text"} <= set(obj) and isinstance(obj["start"], int):
                yield obj
            for value in obj.values():
                yield from walk(value)
        elif isinstance(obj, list):
            for value in obj:
                yield from walk(value)

    data = reading.to_dict()
    data["article"].pop("text")
    return list(walk(data))


def test_read_text_with_metadata(reader):
    r = reader.read("Moscow condemned the move, the Kremlin said.", published=dt.date(2024, 1, 2))
    assert r.article.published == dt.date(2024, 1, 2)
    assert r.article.id and len(r.article.id) == 16


def test_module_level_read_accepts_a_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Poland and Lithuania signed a defence pact, officials said.", encoding="utf-8")
    r = newsgraph.read(path)
    assert r.article.path == str(path)
    assert {a.code for a in r.actors} >= {"POL", "LTU"}


def test_masking_keeps_offsets(seed_reading):
    masked = masked_text(seed_reading.article)
    assert len(masked) == len(seed_reading.article.text)
    for b in seed_reading.article.boilerplate:
        assert masked[b.start : b.end].strip() == ""


def test_every_span_of_the_seed_holds(seed_reading):
    text = seed_reading.article.text
    spans = all_spans(seed_reading)
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_reading_validates_against_its_schema(seed_reading):
    import jsonschema

    jsonschema.validate(seed_reading.to_dict(), json_schema())


news_like = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(
        [
            "Russia",
            "said",
            "“",
            "”",
            '"',
            "Kiev",
            "the",
            "Kremlin",
            "\n\n",
            ",",
            "Biden",
            "0",
            "Comments are closed.",
            "according to",
            "French",
            "troops",
            "–",
            "Politico",
            "he",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=news_like)
def test_arbitrary_text_never_crashes_and_spans_hold(reader, text):
    from newsgraph.errors import NewsgraphError

    try:
        r = reader.read(text)
    except NewsgraphError:
        return  # empty input is a clear error, not a crash
    for span in all_spans(r):
        assert r.article.text[span["start"] : span["end"]] == span["text"]


def test_gigantic_article_is_a_clear_error(reader):
    import pytest

    from newsgraph.errors import TooLargeInput

    with pytest.raises(TooLargeInput) as info:
        reader.read("Troops moved. " * 80_000)
    assert "characters" in str(info.value)


def test_many_processes_give_the_same_readings(tmp_path):
    from newsgraph.reader import Reader

    texts = [
        "Latvia said on Monday it would expel two Russian diplomats.",
        "The Kremlin rejected the claim, Peskov told reporters.",
        "Finnish President Alexander Stubb met NATO officials in Helsinki.",
    ]
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    one = [r for r in Reader().read_paths([tmp_path])]
    two = [r for r in Reader(processes=2, batch_size=1).read_paths([tmp_path])]

    def key(items):
        return sorted(r.to_json() if isinstance(r, Reading) else type(r).__name__ for r in items)

    assert key(one) == key(two)
    assert sum(not isinstance(r, Reading) for r in two) == 1


def test_blank_line_ends_a_sentence(reader):
    doc = reader.nlp("Estonia expels envoy\n\nEstonia expelled a Russian diplomat on Monday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Estonia expels envoy"
    assert sents[-1].startswith("Estonia expelled")
