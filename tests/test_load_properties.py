"""Property tests: load_text never raises, holds clean text (one line break, no surrogate or
control character) and every span indexes it exactly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.load import load_text
from newsgraph.load.hygiene import clean

_UNSAFE = re.compile(r"[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

# Lines built from news-like pieces, furniture and odd characters, joined by mixed newlines.
_PIECES = st.sampled_from(
    [
        "Port strike halts exports – Reuters",
        "Talks collapse: AP",
        "Floods | Valley Post",
        "0",
        "12",
        "Comments are closed.",
        "Share this:",
        "By Jane Doe",
        "Published: 3 March 2024",
        "© 2024 Example. All rights reserved.",
        "The minister said on Monday that talks would resume.",
        "",
        "   ",
        "\t",
        "\ufeff",
        "é",
        "\u2028",
        "\u2029",
        "\x85",
        "\x00",
        "\ud800",
        "\udfff\ud83d",
        "\ud83d\ude00",
        "\u200f",
    ]
)
_LINE = st.one_of(_PIECES, st.text(max_size=40))
_NEWLINE = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])
_DOC = st.lists(st.tuples(_LINE, _NEWLINE), max_size=20).map(
    lambda parts: "".join(line + nl for line, nl in parts)
)


def _check(given: str, **kwargs) -> None:
    a = load_text(given, **kwargs)
    text = a.text
    assert text == clean(given)[0]  # what is held is the cleaned text, and only that
    assert not _UNSAFE.search(text)
    text.encode("utf-8")  # storable and tokenisable
    spans = [a.body, *a.boilerplate]
    spans += [s for s in (a.title_span, a.cited_outlet_span) if s is not None]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    if a.title_span is not None:
        assert a.title_span.end <= a.body.start or a.body.start == a.body.end
    starts = [b.start for b in a.boilerplate]
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(_DOC)
def test_news_like_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(_DOC, st.one_of(st.none(), st.text(max_size=60), _PIECES), st.one_of(st.none(), _PIECES))
def test_with_metadata(text, title, outlet):
    _check(text, title=title, outlet=outlet, published=title)
