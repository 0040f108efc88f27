"""Quote spans, and the component's robustness on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.attribution.quotes import find_quotes
from test_attribution_util import pipeline


def texts(text):
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_curly_and_straight_quotes():
    assert texts('He said “yes” and she said "no".') == ["yes", "no"]


def test_ptb_style_marks():
    assert texts("He said ``maybe'' twice.") == ["maybe"]


def test_nested_single_quotes_stay_inside():
    assert texts("“He told me ‘never’ twice,” she said.") == ["He told me ‘never’ twice,"]


def test_unclosed_quote_capped_at_paragraph_end():
    text = "“We will win, he said.\n\nThe next paragraph is not a quote."
    (q,) = find_quotes(text)
    assert not q.closed and text[q.start : q.end] == "“We will win, he said."


def test_quote_continues_when_next_paragraph_opens_with_a_mark():
    text = "“First part.\n\n“Second part,” she said.\n\nAfter."
    (q,) = find_quotes(text)
    assert q.closed and text[q.inner_start : q.inner_end] == "First part.\n\n“Second part,"


def test_opening_mark_inside_open_quote_starts_a_new_quote():
    text = "“One “two” three."
    qs = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in qs] == ["One", "two"]


def test_stray_closing_mark_is_ignored():
    assert texts("Nothing ” here “but this”.") == ["but this"]


ALPHABET = st.sampled_from(
    list("abcdefgh XYZ.,;:!?'\n\"“”‘’«»")
    + [" said ", " he ", " She ", " according to ", "``", "''"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_quotes_never_crash_and_stay_in_bounds(text):
    for q in find_quotes(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)


WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "said",
        "that",
        "“",
        "”",
        '"',
        "\n\n",
        ",",
        ".",
        "he",
        "added",
        "Anna",
        "Berg",
        "according",
        "to",
        "Reuters",
        "reportedly",
        "two",
        "people",
        "familiar",
        "with",
        "denied",
        "it",
        "citing",
        "sources",
        "'",
        "(",
        ")",
        ":",
        "not",
        "confirm",
        "or",
        "deny",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_component_never_crashes_and_spans_match_text(text):
    doc = pipeline()(text)
    for s in doc._.statements:
        spans = [s.content, s.cue, s.cue_phrase, s.quote, s.sentence, s.speaker.span]
        spans += list(s.content_parts) + [h.span for h in s.hedges]
        spans += [r.span for r in s.relayed_by] + [r.cue for r in s.relayed_by]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text
                assert span.start <= span.end
