"""Tests of newsgraph.load: text analysis, file formats and error paths."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import pytest

from newsgraph.errors import (
    BadRecord,
    BinaryInput,
    EmptyInput,
    InputError,
    MissingInput,
    TooLargeInput,
    UnreadableInput,
    UnsupportedInput,
)
from newsgraph.load import files, iter_inputs, load_path, load_text, parse_date
from newsgraph.load.headline import split_headline
from newsgraph.load.text import article_id, furniture_patterns
from newsgraph.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "load"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"

STORY = (
    "Port strike halts grain exports – Reuters\n"
    "\n"
    "12\n"
    "Port strike halts grain exports – Reuters\n"
    "\n"
    "Dock workers walked out on Monday in a dispute over pay.\n"
    "\n"
    "The port authority said talks would resume on Wednesday.\n"
    "\n"
    "Share this:\n"
    "Comments are closed.\n"
)


def spans_of(article: Article):
    spans = [article.body, *article.boilerplate]
    spans += [s for s in (article.title_span, article.cited_outlet_span) if s is not None]
    return spans


def assert_spans_ok(article: Article) -> None:
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start : span.end] == span.text


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# --------------------------------------------------------------------------- load_text


def test_load_text_title_suffix_boilerplate_body():
    a = load_text(STORY)
    assert a.text == STORY
    assert a.id == article_id(STORY) and len(a.id) == 16
    assert a.title == "Port strike halts grain exports"
    assert a.title_span.text == "Port strike halts grain exports"
    assert a.cited_outlet == "Reuters"
    assert a.cited_outlet_span.text == "Reuters"
    assert a.cited_outlet_span.start == STORY.index("Reuters")
    reasons = {b.text: b.reason for b in a.boilerplate}
    assert reasons == {
        "12": "comment-counter",
        "Port strike halts grain exports – Reuters": "repeated-title",
        "Share this:": "share",
        "Comments are closed.": "comments",
    }
    assert a.body.text.startswith("Dock workers walked out")
    assert a.body.text.endswith("resume on Wednesday.")
    assert_spans_ok(a)


@pytest.mark.parametrize(
    ("line", "claim", "outlet"),
    [
        ("Talks collapse – Politico", "Talks collapse", "Politico"),
        ("Talks collapse - Reuters", "Talks collapse", "Reuters"),
        ("Talks collapse: Reuters", "Talks collapse", "Reuters"),
        ("Talks collapse — AP", "Talks collapse", "Associated Press"),
        ("Talks collapse - Associated Press", "Talks collapse", "Associated Press"),
        ("Talks collapse - AFP", "Talks collapse", "Agence France-Presse"),
        ("Talks collapse – Ledger", "Talks collapse – Ledger", None),
        ("Ceasefire: what we know", "Ceasefire: what we know", None),
        ("Talks collapse - ap", "Talks collapse - ap", None),
    ],
)
def test_headline_suffix(line, claim, outlet):
    h = split_headline(line)
    assert line[h.claim_start : h.claim_end] == claim
    assert h.cited_outlet == outlet
    if outlet:
        assert line[h.cited_start : h.cited_end] == line[len(claim) :].lstrip(" -–—:")


def test_pipe_suffix_is_own_outlet_not_cited():
    a = load_text("Body text of the story.", title="Floods close schools | Valley Post")
    assert a.title == "Floods close schools"
    assert a.cited_outlet is None
    assert a.outlet == "Valley Post"


def test_suffix_naming_own_outlet_is_not_a_citation():
    a = load_text(
        "Body text of the story.", title="Floods close schools - Reuters", outlet="Reuters"
    )
    assert a.title == "Floods close schools"
    assert a.cited_outlet is None


def test_no_title_when_first_line_is_a_sentence():
    text = "The minister resigned on Friday.\n\nHer deputy takes over.\n"
    a = load_text(text)
    assert a.title is None and a.title_span is None
    assert a.body.text == "The minister resigned on Friday.\n\nHer deputy takes over."


def test_no_title_without_blank_line_after_it():
    a = load_text("Minister resigns\nHer deputy takes over.\n")
    assert a.title is None
    assert a.body.start == 0


def test_headline_only_text_is_body_not_title():
    a = load_text("Minister resigns\n\n")
    assert a.title is None
    assert a.body.text == "Minister resigns"


def test_byline_and_dateline_set_published():
    text = (
        "Bridge reopens after repairs\n\nBy Jane Doe\nPublished: 3 March 2024\n\n"
        "The bridge reopened to traffic on Sunday.\n\nAdvertisement\n\nDrivers welcomed it.\n"
        "© 2024 Valley Post. All rights reserved.\n"
    )
    a = load_text(text)
    assert a.published == dt.date(2024, 3, 3)
    reasons = {b.text: b.reason for b in a.boilerplate}
    assert reasons["By Jane Doe"] == "byline"
    assert reasons["Published: 3 March 2024"] == "dateline"
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["© 2024 Valley Post. All rights reserved."] == "copyright"
    assert a.body.text.startswith("The bridge reopened")
    assert a.body.text.endswith("Drivers welcomed it.")
    assert_spans_ok(a)


def test_furniture_lines():
    lines = [
        "Share on Facebook",
        "Related articles",
        "Related: Storm hits coast",
        "Read more",
        "Subscribe to our daily briefing",
        "Sign up for our newsletter",
        "Click here to read the full report",
        "Follow us on Telegram",
        "Leave a comment",
        "Loading…",
        "Print",
        "Email",
    ]
    text = "Rain expected.\n\n" + "\n".join(lines) + "\n\nMore rain tomorrow.\n"
    a = load_text(text)
    assert {b.text for b in a.boilerplate} == set(lines)
    assert_spans_ok(a)


def test_body_sentences_are_not_furniture():
    text = "Related to the case, police arrested two men\nOfficials said they would print more ballots.\nSubscribers to the plan were told to wait, and the count resumed on Monday after a long delay.\n"
    a = load_text(text)
    assert a.boilerplate == []


def test_explicit_metadata_passed_through():
    a = load_text(
        "Some text.", path="x.txt", url="https://e.org/a", outlet="E", published="2024-03-08"
    )
    assert (a.path, a.url, a.outlet, a.published) == (
        "x.txt",
        "https://e.org/a",
        "E",
        dt.date(2024, 3, 8),
    )


def test_patterns_load_once_and_compile():
    assert furniture_patterns() is furniture_patterns()
    assert any(p.reason == "comments" for p in furniture_patterns())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-08", dt.date(2024, 3, 8)),
        ("2024-03-08T10:00:00Z", dt.date(2024, 3, 8)),
        ("2024-03-08T23:30:00+05:00", dt.date(2024, 3, 8)),
        ("March 8, 2024", dt.date(2024, 3, 8)),
        ("8 March 2024", dt.date(2024, 3, 8)),
        ("Fri, Mar 8th, 2024", dt.date(2024, 3, 8)),
        (dt.date(2024, 3, 8), dt.date(2024, 3, 8)),
        ("yesterday", None),
        ("2024-02-30", None),
        (12345, None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- seed article


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article():
    a = only(load_path(SEED))
    assert isinstance(a, Article)
    assert a.title == "Biden overruled Macron on Ukraine troop deployment"
    assert a.cited_outlet == "Politico"
    assert a.cited_outlet_span.text == "Politico"
    assert a.body.text.startswith("The US president reportedly")
    texts = {b.text for b in a.boilerplate}
    assert "0" in texts and "Comments are closed." in texts
    assert not a.body.text.endswith("Comments are closed.")
    assert_spans_ok(a)


# --------------------------------------------------------------------------- text files


def test_bom_is_dropped_and_offsets_index_decoded_text(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffCity budget passed\n\nThe council approved the budget.\n".encode())
    a = only(load_path(f))
    assert not a.text.startswith("\ufeff")
    assert a.encoding == "utf-8-sig"
    assert a.title_span.start == 0 and a.title == "City budget passed"
    assert_spans_ok(a)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\x85"])
def test_line_breaks_become_newlines_and_spans_exact(tmp_path, newline):
    f = tmp_path / "crlf.txt"
    f.write_bytes(STORY.replace("\n", newline).encode())
    a = only(load_path(f))
    assert a.text == STORY.replace("\r", "") and newline not in a.text
    assert a.title == "Port strike halts grain exports"
    assert a.body.text == (
        "Dock workers walked out on Monday in a dispute over pay.\n\n"
        "The port authority said talks would resume on Wednesday."
    )
    assert {b.text for b in a.boilerplate} >= {"Comments are closed.", "12"}
    assert_spans_ok(a)


def test_cp1252_file_with_accented_names():
    a = only(load_path(FIXTURES / "latin.txt"))
    assert isinstance(a, Article)
    assert a.encoding in ("cp1252", "latin_1", "iso8859_15")
    for name in ("José Müller", "Saint-Étienne", "François Lefèvre", "Zoë Brontë", "€4 million"):
        assert name in a.text
    assert_spans_ok(a)


def test_text_file_without_extension(tmp_path):
    f = tmp_path / "README"
    f.write_text("Flood warning\n\nRivers are rising across the county.\n")
    assert only(load_path(f)).title == "Flood warning"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"])
def test_empty_file(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    assert isinstance(only(load_path(f)), EmptyInput)


def test_binary_file(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    err = only(load_path(f))
    assert isinstance(err, BinaryInput)
    assert str(f) in str(err)


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Lots of words. " * 100)
    err = only(load_path(f, max_bytes=100))
    assert isinstance(err, TooLargeInput)
    assert "limit" in str(err)


def test_missing():
    err = only(load_path("no/such/file.txt"))
    assert isinstance(err, MissingInput)
    assert "no/such/file.txt" in str(err)
    assert "\n" not in str(err)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions not enforced",
)
def test_unreadable(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("Some news.")
    f.chmod(0)
    try:
        err = only(load_path(f))
    finally:
        f.chmod(0o644)
    assert isinstance(err, UnreadableInput)


def test_unsupported_named_file(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.4")
    err = only(load_path(f))
    assert isinstance(err, UnsupportedInput)
    assert "unsupported type .pdf" in str(err)
    assert ".txt, .html, .json, .jsonl" in str(err)


# --------------------------------------------------------------------------- HTML


def test_html_page():
    a = only(load_path(FIXTURES / "page.html"))
    assert isinstance(a, Article), a
    assert a.title == "Harbour council approves new ferry link"
    assert a.outlet == "Coastal Ledger"
    assert a.cited_outlet is None
    assert a.published == dt.date(2024, 3, 8)
    assert a.url == "https://coastal-ledger.example/news/ferry-link"
    assert "Maria Okafor" in a.body.text
    for furniture in ("Sport", "Weather", "All rights reserved", "newsletter"):
        assert furniture not in a.text
    assert_spans_ok(a)


def test_html_title_with_cited_outlet(tmp_path):
    page = (FIXTURES / "page.html").read_text()
    page = page.replace(
        "<title>Harbour council approves new ferry link | Coastal Ledger</title>",
        "<title>Harbour council approves new ferry link – Politico</title>",
    ).replace('<meta property="og:title" content="Harbour council approves new ferry link">', "")
    f = tmp_path / "cited.htm"
    f.write_text(page)
    a = only(load_path(f))
    assert a.title == "Harbour council approves new ferry link"
    assert a.cited_outlet == "Politico"
    assert_spans_ok(a)


def test_html_without_text(tmp_path):
    f = tmp_path / "blank.html"
    f.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    err = only(load_path(f))
    assert isinstance(err, EmptyInput)
    assert "no article text" in str(err)


# --------------------------------------------------------------------------- JSON / JSONL


def test_jsonl_with_broken_line_and_missing_text():
    items = list(load_path(FIXTURES / "records.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "BadRecord", "BadRecord", "Article"]
    first, broken, notext, last = items
    assert first.path.endswith("records.jsonl:1")
    assert first.title == "Dam inspection finds cracks"
    assert first.url == "https://example.org/dam"
    assert first.outlet == "Valley Post"
    assert first.published == dt.date(2024, 3, 8)
    assert "records.jsonl:2" in str(broken) and "invalid JSON" in str(broken)
    assert "records.jsonl:4" in str(notext) and "no text field" in str(notext)
    assert last.path.endswith("records.jsonl:5")
    assert last.title == "Storm Lena: Trains cancelled"  # detected in the text
    assert last.cited_outlet == "Reuters"
    assert last.outlet == "Northern Wire"
    assert last.published == dt.date(2024, 3, 8)
    assert_spans_ok(last)


def test_json_list():
    items = list(load_path(FIXTURES / "records.json"))
    a, notext, notobj = items
    assert a.path.endswith("records.json[0]")
    assert a.title == "Farmers protest outside parliament"
    assert a.published == dt.date(2024, 2, 28)
    assert isinstance(notext, BadRecord) and "records.json[1]" in str(notext)
    assert isinstance(notobj, BadRecord) and "records.json[2]" in str(notobj)


def test_json_single_object_and_text_field(tmp_path):
    f = tmp_path / "one.json"
    f.write_text(
        json.dumps({"story": "Wind farm approved by regulators.", "headline": "Wind farm"})
    )
    assert isinstance(only(load_path(f)), BadRecord)
    a = only(load_path(f, text_field="story"))
    assert a.path == str(f) and a.title == "Wind farm" and a.title_span is None


def test_broken_json_file(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{"text": "unfinished",\n  "title": }')
    err = only(load_path(f))
    assert isinstance(err, BadRecord) and "line 2" in str(err)


def test_ndjson_suffix(tmp_path):
    f = tmp_path / "feed.ndjson"
    f.write_text('{"maintext": "Shares rose sharply."}\n')
    assert only(load_path(f)).body.text == "Shares rose sharply."


# --------------------------------------------------------------------------- folders, stdin


def test_folder_mixing_good_and_bad(tmp_path):
    (tmp_path / "b.txt").write_text("Second story\n\nIt happened later.\n")
    (tmp_path / "a.txt").write_text("First story\n\nIt happened first.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # skipped silently in a folder
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNot loaded.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Not loaded either.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "feed.jsonl").write_text('{"text": "Nested story."}\nnot json\n')
    items = list(load_path(tmp_path))
    names = [
        (type(i).__name__, Path(i.path).name if isinstance(i, Article) else i.input) for i in items
    ]
    assert names == [
        ("Article", "a.txt"),
        ("Article", "b.txt"),
        ("EmptyInput", str(tmp_path / "empty.txt")),
        ("Article", "feed.jsonl:1"),
        ("BadRecord", str(sub / "feed.jsonl") + ":2"),
    ]


def test_iter_inputs_chains_and_keeps_going(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good story.")
    items = list(iter_inputs([tmp_path / "missing.txt", good, tmp_path / "x.pdf"]))
    assert [type(i) for i in items] == [MissingInput, Article, MissingInput]
    assert all(isinstance(i, InputError) for i in (items[0], items[2]))
    assert [type(i) for i in iter_inputs(str(good))] == [Article]


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Flood alert\n\nRivers rising.\n"))
    a = only(load_path("-"))
    assert a.title == "Flood alert" and a.path == "<stdin>"


def test_stdin_jsonl(monkeypatch):
    data = b'{"text": "One."}\n\n{"body": "Two.", "title": "T"}\n'
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    items = list(load_path("-"))
    assert [i.text for i in items] == ["One.", "Two."]
    assert items[1].path == "<stdin>:3"


def test_stdin_json_lines_without_text_are_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b'{"title": "x"}\n'))
    assert only(load_path("-")).text == '{"title": "x"}\n'


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    assert isinstance(only(load_path("-")), EmptyInput)


def test_permission_error_is_unreadable(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("Some news.")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(files.os, "open", deny)
    err = only(load_path(f))
    monkeypatch.undo()
    assert isinstance(err, UnreadableInput)
    assert "permission denied" in str(err)


def test_date_in_file_name_is_the_published_date(tmp_path):
    import datetime as dt

    from newsgraph.load import load_path

    path = tmp_path / "wire_2016-03-08_vote-count.txt"
    path.write_text("Counting went on late into the night, officials said.", encoding="utf-8")
    (article,) = list(load_path(path))
    assert article.published == dt.date(2016, 3, 8)
