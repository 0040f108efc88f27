"""The one HTML renderer of a Reading (web page and notebooks): marks, escaping, links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsgraph import html
from newsgraph.model import (
    Actor,
    Article,
    BoilerplateSpan,
    Event,
    EventActor,
    Hedge,
    Reading,
    Relay,
    Span,
    Speaker,
    Statement,
)

TEXT = (
    "Port deal <b>signed</b>\n\n"
    "Mayor Anna Berg said the port would probably reopen, according to <script>x()</script> "
    "Radio North.\nShare this"
)


def at(part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return Span.of(TEXT, start, start + len(part))


def reading(**article) -> Reading:
    speaker = Speaker(span=at("Anna Berg"), name="Anna Berg", type="person", actor="NORGOV")
    st = Statement(
        id="s1",
        kind="indirect",
        speaker=speaker,
        cue=at("said"),
        cue_class="assert",
        content=at("the port would probably reopen"),
        hedges=[Hedge(span=at("probably"), kind="epistemic")],
        relayed_by=[
            Relay(span=at("Radio North"), name="Radio North", type="outlet", cue=at("according to"))
        ],
    )
    ev = Event(
        id="e1",
        source=EventActor(code="NORGOV", span=at("Anna Berg")),
        cameo="036",
        root="03",
        trigger=at("reopen"),
    )
    actor = Actor(
        id="a1", code="NORGOV", name="Anna Berg", kind="person", mentions=[at("Anna Berg")]
    )
    art = Article(
        id="x",
        text=TEXT,
        body=Span.of(TEXT, 0, len(TEXT)),
        title="Port <b>deal</b>",
        boilerplate=[BoilerplateSpan(**at("Share this").model_dump(), reason="share")],
        **article,
    )
    return Reading(article=art, actors=[actor], statements=[st], events=[ev])


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    return parser


def test_every_item_is_marked_with_its_kind_and_id():
    marked = html.marked_text(reading())
    spans = [
        (a.get("class", ""), a.get("data-i", "")) for t, a in parse(marked).tags if t == "span"
    ]
    kinds = {k for cls, _ in spans for k in cls.split()}
    assert {
        "ng-speaker",
        "ng-cue",
        "ng-content",
        "ng-hedge",
        "ng-relay",
        "ng-trigger",
        "ng-source",
        "ng-mention",
        "ng-boiler",
    } <= kinds
    hedge = next(items for cls, items in spans if "ng-hedge" in cls)
    assert hedge.split() == ["s1"]
    speaker = next(items for cls, items in spans if "ng-speaker" in cls)
    assert speaker.split() == ["s1", "e1", "a1"]  # statements first: a click picks s1
    boiler = next(items for cls, items in spans if "ng-boiler" in cls)
    assert boiler == ""


def test_the_marked_text_reads_as_the_article():
    marked = html.marked_text(reading())
    assert "".join(parse(marked).text) == TEXT  # nothing lost, nothing added
    assert "<script>" not in marked and "&lt;script&gt;x()&lt;/script&gt;" in marked
    assert "<b>" not in marked


def test_overlapping_spans_cut_into_segments():
    found = [html.Mark(0, 10, "content", "s1"), html.Mark(5, 15, "trigger", "e1")]
    pieces = html.segments("a" * 20, found)
    assert [(p.start, p.end, sorted(p.kinds)) for p in pieces] == [
        (0, 5, ["content"]),
        (5, 10, ["content", "trigger"]),
        (10, 15, ["trigger"]),
        (15, 20, []),
    ]


def test_side_lists_link_items_and_speakers():
    out = html.render_reading(reading(), actor_href=lambda code, name: f"/actors/{code}")
    assert 'href="#s1"' in out and 'id="s1"' in out and 'id="e1"' in out and 'id="a1"' in out
    assert 'href="/actors/NORGOV"' in out
    assert "via" in out and "hedged: probably" in out
    assert "Port &lt;b&gt;deal&lt;/b&gt;" in out


def test_only_web_addresses_are_linked():
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "/local", "x"):
        out = html.render_reading(reading(url=bad))
        hrefs = [a.get("href") for t, a in parse(out).tags if t == "a"]
        assert all(not (h or "").lower().strip().startswith(("javascript", "data")) for h in hrefs)
        assert bad.strip() not in hrefs
    out = html.render_reading(reading(url="https://example.org/a?b=<c>"))
    assert 'href="https://example.org/a?b=&lt;c&gt;"' in out


def test_notebook_repr_uses_the_same_renderer_with_its_style():
    r = reading()
    shown = r._repr_html_()
    assert shown.startswith("<style>") and ".ng-speaker" in shown
    assert html.render_reading(r) in shown
    assert "<script" not in shown
    assert not re.search(r"<[a-z][^>]*\son[a-z]+=", shown)


def test_compare_marks_both_texts():
    a, b = "one two three four", "one two THREE four five"
    result = {
        "passages": {
            "shared": [{"a": {"start": 0, "end": 7}, "b": {"start": 0, "end": 7}}],
            "changed": [{"a": {"start": 8, "end": 13}, "b": {"start": 8, "end": 13}}],
            "dropped": [],
            "added": [{"start": 19, "end": 23}],
        }
    }
    sides = html.render_compare(a, b, result)
    assert '<span class="ng-shared" data-i="p1">one two</span>' in sides["a"]
    assert '<span class="ng-shared" data-i="p1">one two</span>' in sides["b"]
    assert '<span class="ng-changed" data-i="c1">THREE</span>' in sides["b"]
    assert '<span class="ng-added">five</span>' in sides["b"] and "ng-added" not in sides["a"]
