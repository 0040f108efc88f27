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


def test_single_quotes_outside_double_quotes():
    text = "She called them 'traitors' and ‘liars’ on Monday."
    assert texts(text) == ["traitors", "liars"]


def test_apostrophes_are_not_quotes():
    text = "The ministers' meeting didn't end; it's the region's '90s rule, O'Neill said."
    assert texts(text) == []


def test_nested_quotes_on_request():
    text = "“The order said ‘hold the line’ until dawn,” he said."
    outer, inner = find_quotes(text, nested=True)
    assert (outer.level, inner.level) == (0, 1)
    assert text[inner.inner_start : inner.inner_end] == "hold the line"
    assert [q.level for q in find_quotes(text)] == [0]


def test_multi_paragraph_quote_whose_paragraphs_do_not_reopen():
    text = "“We asked twice.\n\nWe were refused twice,” the envoy said.\n\nThen talks began."
    (q,) = find_quotes(text)
    assert q.closed and text[q.inner_start : q.inner_end].endswith("refused twice,")


def test_run_on_stops_at_an_opening_mark():
    text = "“We asked twice.\n\nThe envoy left. “Later,” she said."
    assert texts(text) == ["We asked twice.", "Later,"]


def test_closing_mark_without_opening_mark():
    text = "Intro.\n\nWe will not leave the table,” said Ana Ruiz, a spokeswoman."
    (q,) = find_quotes(text)
    assert text[q.inner_start : q.inner_end] == "We will not leave the table,"
    assert not q.closed


def test_stray_closing_mark_after_a_quote_is_no_quote():
    assert texts("“Yes,” ” he said, not done.”") == ["Yes,"]


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


MARKS = st.sampled_from(['"', "“", "”", "«", "»", "‘", "’", "'", "``", "''"])
PLAIN = st.lists(
    st.sampled_from(["the", "envoy", "said", "talks", "will", "go", "on", ",", ".", "O'Hara's"]),
    min_size=1,
    max_size=12,
).map(" ".join)


def _paragraphs_not_reopened(quoted: str) -> int:
    """The longest run of paragraphs inside a quote that do not reopen its mark."""
    run = longest = 0
    for piece in quoted.split("\n\n")[1:]:
        run = 0 if piece.lstrip()[:1] in ('"', "“", "«", "`", "'") else run + 1
        longest = max(longest, run)
    return longest


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(PLAIN, MARKS), max_size=10).map(" ".join), max_size=12))
def test_quotes_stay_within_a_few_paragraphs(paragraphs):
    text = "\n\n".join(paragraphs)
    quotes = find_quotes(text, nested=True)
    for q in quotes:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        assert _paragraphs_not_reopened(text[q.start : q.end]) <= 4  # not the rest of the text
    tops = [q for q in quotes if q.level == 0]
    assert all(a.end <= b.start for a, b in zip(tops, tops[1:], strict=False))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(PLAIN, min_size=2, max_size=8),
    st.integers(min_value=0),
    st.sampled_from(['"', "“", "«", "‘"]),
)
def test_an_unclosed_mark_never_swallows_the_paragraphs_after_it(paragraphs, k, mark):
    k %= len(paragraphs)
    paragraphs[k] = f"{mark}{paragraphs[k]}"
    text = "\n\n".join(paragraphs)
    start = text.index(mark)
    end_of_paragraph = text.find("\n", start)
    end_of_paragraph = len(text) if end_of_paragraph < 0 else end_of_paragraph
    for q in find_quotes(text, nested=True):
        assert q.end <= end_of_paragraph
