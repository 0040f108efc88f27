"""One bad article never stops a run: the reproducers of issue 9, isolation per article in
one process and many, and a hostile-input suite (hypothesis; bounded in CI, longer with
NEWSGRAPH_HOSTILE_EXAMPLES=N)."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import threading
import time
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from tests import hostile_inputs as hi

import newsgraph
from newsgraph import bounds, pipeline
from newsgraph.corpus import Corpus, ingest
from newsgraph.errors import (
    ArticleTimeout,
    InputError,
    InternalError,
    NewsgraphError,
    SpecialFile,
    TooDeep,
    TooLargeInput,
)
from newsgraph.load import load_path, load_text
from newsgraph.model import Article, Reading, Span

EXAMPLES = int(os.environ.get("NEWSGRAPH_HOSTILE_EXAMPLES", "0"))


def bad_spans(reading: Reading) -> list[Span]:
    """Every span of the Reading whose text is not the article's text at its offsets."""
    text = reading.article.text
    return [s for s in pipeline._spans(reading) if text[s.start : s.end] != s.text]


def surrogate_article(n: int) -> Article:
    """An Article built by hand around a lone surrogate (what load_text now cleans): the
    tokenizer cannot encode it, a real failure inside the pipeline."""
    text = f"Spain said on Monday \ud800 that talks would go on (item {n})."
    return Article(
        id=f"bad{n:013d}", path=f"bad-{n}.txt", text=text, body=Span.of(text, 0, len(text))
    )


# --------------------------------------------------------------------------- reproducers


def test_a_lone_surrogate_in_a_json_record_is_replaced_and_counted(tmp_path, reader):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Paris said on Monday \\udfff\\ud800 that talks would go on."}\n')
    (article,) = load_path(path)
    assert article.text == "Paris said on Monday \ufffd\ufffd that talks would go on."
    assert article.record == 1 and "[NG120]" in article.warnings[0]
    assert not bad_spans(reader.read(article))


def test_a_failure_inside_the_pipeline_is_that_articles_error_only(reader):
    good = [load_text(hi.good_article(i), path=f"g{i}.txt") for i in range(4)]
    items = [good[0], surrogate_article(1), good[1], good[2], surrogate_article(2), good[3]]
    out = list(reader.read_articles(items))
    assert [type(x).__name__ for x in out] == [
        "Reading", "InternalError", "Reading", "Reading", "InternalError", "Reading",
    ]  # fmt: skip
    err = out[1]
    assert (
        err.code == "NG900" and err.input == "bad-1.txt" and err.content_hash == "bad0000000000001"
    )
    assert "UnicodeEncodeError" in err.message
    assert [r.article.path for r in out if isinstance(r, Reading)] == [
        "g0.txt",
        "g1.txt",
        "g2.txt",
        "g3.txt",
    ]


def test_deeply_nested_json_is_a_clear_error_and_the_folder_goes_on(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"text": "Rome said so."}\n' + "[" * 50_000 + "\n")
    (tmp_path / "ok.txt").write_text("Madrid said on Monday that talks would go on.")
    items = list(load_path(tmp_path))
    kinds = [(type(i).__name__, getattr(i, "input", None) or i.path) for i in items]
    assert kinds == [
        ("TooDeep", str(tmp_path / "deep.json")),
        ("Article", str(tmp_path / "deep.jsonl:1")),
        ("TooDeep", str(tmp_path / "deep.jsonl:2")),
        ("Article", str(tmp_path / "ok.txt")),
    ]
    assert items[2].record == 2 and items[2].path == str(tmp_path / "deep.jsonl")


def test_a_dash_and_no_break_space_tagged_as_a_person_is_no_speaker():
    from spacy.tokens import Doc

    from newsgraph.attribution import lexicon
    from newsgraph.attribution.entities import SpeakerIndex

    words = ["Officials", "–", "\u00a0", "said", "talks", "resumed", "."]
    spaces = [True, False, True, True, True, False, False]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    index = SpeakerIndex(doc, lexicon.load())
    assert index.people.persons == []


def _within(seconds: float, work):
    """Run `work` in a thread; fail (instead of hanging the suite) if it has not returned."""
    box = {}

    def target():
        try:
            box["out"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again in the test's thread
            box["err"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    if "err" in box:
        raise box["err"]
    return box["out"]


def test_a_fifo_is_refused_by_type_given_directly_or_in_a_folder(tmp_path):
    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text("Madrid said on Monday that talks would go on.")
    (direct,) = _within(20, lambda: list(load_path(fifo)))
    assert isinstance(direct, SpecialFile) and "named pipe" in direct.message
    walked = _within(20, lambda: list(load_path(tmp_path)))
    assert [type(i).__name__ for i in walked] == ["SpecialFile", "Article"]
    from newsgraph.corpus.ingest import estimate_total

    assert _within(20, lambda: estimate_total([str(tmp_path), str(fifo)])) == 3


def test_a_long_run_of_quote_marks_is_masked_not_tokenised(reader):
    text = "Talks go on\n\nThe envoy said " + "“" * 3_000 + " nothing more, officials said."
    article = load_text(text)
    doc = pipeline.make_doc(reader.nlp, article)
    assert len(doc) < 30  # the run is one whitespace token, not 3,000 quote tokens
    assert len(doc.text) == len(text)
    reading = reader.read(article)
    assert not bad_spans(reading)
    assert any("[NG123]" in w for w in reading.article.warnings)


@pytest.mark.parametrize(
    "run", ["“" * 40, "(" * 40, "😀" * 40, "a:" * 300, "x" * 500, "_" * 40, "\u0301" * 40]
)
def test_what_is_masked(run):
    text = f"Rome said {run} today."
    ((start, end),) = bounds.runs_to_mask(text)
    assert text[start:end] == run
    assert bounds.runs_to_mask("Rome said “(this)” — with 16 marks ...!?!?!?!?!?!? today.") == []


def test_a_span_over_masked_text_holds_the_article_text(reader):
    for newline in ("\r", "\u2028", "\n"):
        text = (
            f"Talks go on\n\nThe envoy of Spain said on Monday that talks{newline}Share this article"
            f"{newline}with Italy would go on, officials said.\n"
        )
        reading = reader.read(text)
        assert reading.statements, newline
        assert not bad_spans(reading), newline
        assert "\r" not in reading.article.text and "\u2028" not in reading.article.text


def test_invalid_utf8_is_reported_not_garbled(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes(
        "Le ministre français a déclaré lundi que les négociations reprendraient.".encode()
        + b" \xff\xfe caf\xe9 "
        + "Les détails suivront.".encode()
    )
    (article,) = load_path(path)
    assert "français a déclaré" in article.text and "Les détails suivront." in article.text
    assert article.warnings == ["not valid UTF-8: 3 broken byte(s) replaced with U+FFFD [NG121]"]
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Le ministre a déclaré que la réunion était reportée.".encode("cp1252"))
    (article,) = load_path(legacy)
    assert "a déclaré que la réunion était" in article.text
    assert article.warnings and "[NG121]" in article.warnings[0]


def test_deeply_nested_html_says_so_instead_of_a_misleading_hint(tmp_path):
    path = tmp_path / "divs.html"
    path.write_text(
        "<html><body>" + "<div>" * 10_000 + "<p>Spain said on Monday that talks would go on.</p>"
        + "</div>" * 10_000 + "</body></html>"
    )  # fmt: skip
    (err,) = load_path(path)
    assert isinstance(err, TooDeep) and "nested deeper" in err.message
    assert "login wall" not in err.render()


def test_an_article_over_the_token_budget_is_refused_before_parsing(reader, monkeypatch):
    monkeypatch.setenv(bounds.TOKENS_ENV, "500")
    out = list(reader.read_articles([load_text("“Talks " * 400), load_text(hi.good_article(1))]))
    assert isinstance(out[0], TooLargeInput) and "tokens" in out[0].message
    assert isinstance(out[1], Reading)


def test_read_takes_a_str_as_text_and_a_path_only_when_asked(tmp_path):
    reading = newsgraph.read("/etc/passwd")
    assert reading.article.text == "/etc/passwd" and reading.article.path is None
    with pytest.raises(InputError, match="is a folder"):
        _within(20, lambda: newsgraph.read(Path("/")))
    path = tmp_path / "a.txt"
    path.write_text("Poland said on Monday that talks with Lithuania would go on.")
    assert newsgraph.read_path(str(path)).article.path == str(path)
    assert newsgraph.read(path).article.text == path.read_text()
    with pytest.raises(TypeError):
        newsgraph.read(b"bytes")


def test_relay_chains_are_found_in_one_sweep_and_bounded():
    from newsgraph.attribution import assemble
    from newsgraph.model import Speaker, Statement

    rng = random.Random(3)
    text = "x" * 3000

    def statement(i: int, start: int, end: int, cue: int, kind: str) -> Statement:
        speaker = Speaker(span=Span.of(text, cue - 3, cue - 1), name=f"s{i}", type="person")
        return Statement(
            id=f"s{i}", kind=kind, speaker=speaker, cue=Span.of(text, cue, cue + 2),
            content=Span.of(text, start, end),
        )  # fmt: skip

    def pairwise(statements):  # the definition: the shortest containing content, first listed
        outer = sorted(
            (s for s in statements if s.cue is not None and s.kind != "direct"),
            key=lambda s: s.content.end - s.content.start,
        )
        return {
            i: next(
                (t for t in outer if t is not s and t.content.start <= s.cue.start < t.content.end),
                None,
            )
            for i, s in enumerate(statements)
        }

    for _ in range(200):
        items = []
        for i in range(rng.randint(0, 25)):
            start = rng.randrange(5, 2900)
            end = rng.randrange(start + 1, 3000)
            cue = rng.randrange(5, 2990)
            items.append(
                statement(i, start, end, cue, rng.choice(["direct", "indirect", "partial"]))
            )
        expected = {i: h for i, h in pairwise(items).items() if h is not None}
        assert assemble._innermost_hosts(items) == expected
    # 200 statements, each cued inside the one before: chains stop at MAX_RELAYS links
    nested = [statement(i, 10 + 2 * i, 2990 - i, 9 + 2 * i, "indirect") for i in range(200)]
    assemble.relay_embedded(nested)
    assert max(len(s.relayed_by) for s in nested) == assemble.MAX_RELAYS


# --------------------------------------------------------------------------- isolation


@Language.component("hostile_test_raise")
def _raise_on_marker(doc):
    if "BOOM" in doc.text:
        raise ValueError("boom")
    return doc


class _BatchFailer:
    """Fails a whole batch when one Doc of it holds the marker (as the parser can)."""

    def __init__(self, handler: bool):
        self.handler = handler
        self.error_handler = None

    def set_error_handler(self, handler):
        if not self.handler:
            raise AttributeError("no handler here")  # as spaCy 3.8's parser
        self.error_handler = handler

    def __call__(self, doc):
        if "BATCH" in doc.text:
            raise RuntimeError("batch failed")
        return doc

    def pipe(self, docs, batch_size=128):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            try:
                if any("BATCH" in d.text for d in batch):
                    raise RuntimeError("batch failed")
                yield from batch
            except Exception as exc:
                if self.error_handler is None:
                    raise
                self.error_handler("batch", self, batch, exc)


@Language.factory("hostile_test_batch")
def _make_batch_failer(nlp, name, handler: bool):
    return _BatchFailer(handler)


@Language.component("hostile_test_slow")
def _slow_on_marker(doc):
    if "SLOW" in doc.text:
        deadline = time.monotonic() + 30  # "forever", but a broken budget fails, not hangs
        while time.monotonic() < deadline:
            pass
    return doc


def _blank(*components: tuple[str, dict]):
    nlp = spacy.blank("en")
    for name, config in components:
        nlp.add_pipe(name, config=config)
    return nlp


TEXTS = ["Rome said so.", "Paris BOOM said so.", "Oslo said so.", "Kyiv BATCH said so.",
         "Riga said so.", "Vienna said so."]  # fmt: skip


@pytest.mark.parametrize("handler", [True, False])
def test_a_component_failure_is_isolated_to_its_article(handler):
    nlp = _blank(("hostile_test_raise", {}), ("hostile_test_batch", {"handler": handler}))
    items = [load_text(t, path=f"{i}.txt") for i, t in enumerate(TEXTS)]
    items.insert(2, InputError("unreadable", input="x.txt"))
    out = list(pipeline.run(nlp, items, batch_size=3))
    assert [x.article.path if isinstance(x, Reading) else x.input for x in out] == [
        "0.txt", "1.txt", "x.txt", "2.txt", "3.txt", "4.txt", "5.txt",
    ]  # fmt: skip
    assert [type(x).__name__ for x in out] == [
        "Reading", "InternalError", "InputError", "Reading", "InternalError", "Reading", "Reading",
    ]  # fmt: skip
    assert "ValueError: boom" in out[1].message and "RuntimeError" in out[4].message


def test_an_article_over_the_time_budget_is_stopped_and_the_run_goes_on(monkeypatch):
    if not bounds.can_time():
        pytest.skip("no SIGALRM here")
    monkeypatch.setenv(bounds.SECONDS_ENV, "0.5")
    nlp = _blank(("hostile_test_slow", {}))
    items = [load_text(t) for t in ("Rome said so.", "Paris SLOW said so.", "Oslo said so.")]
    started = time.monotonic()
    out = list(pipeline.run(nlp, items, batch_size=8))
    assert time.monotonic() - started < 25  # stopped, not run to the component's end
    assert [type(x).__name__ for x in out] == ["Reading", "ArticleTimeout", "Reading"]
    assert isinstance(out[1], ArticleTimeout) and out[1].code == "NG110"


def test_a_worker_that_dies_does_not_stop_the_run(tmp_path):
    from newsgraph.reader import Reader

    reader = Reader(processes=2, batch_size=1)
    items = [load_text(hi.good_article(i), path=f"g{i}.txt") for i in range(10)]
    items.insert(3, surrogate_article(3))
    out = []
    for item in reader.read_articles(items):
        out.append(item)
        if len(out) == 1:  # as the OOM killer would
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
    kinds = sorted(type(x).__name__ for x in out)
    assert kinds == ["InternalError"] + ["Reading"] * 10
    assert {x.article.path for x in out if isinstance(x, Reading)} == {
        f"g{i}.txt" for i in range(10)
    }


# --------------------------------------------------------------------------- a hostile folder


def test_a_folder_with_hostile_files_ingests_the_good_ones_and_a_rerun_finishes(tmp_path, reader):
    good = tmp_path / "in"
    good.mkdir()
    for i in range(20):
        (good / f"good-{i:03d}.txt").write_text(hi.good_article(i), encoding="utf-8")
    clean = tmp_path / "clean.duckdb"
    ingest([good], clean, reader=reader)
    cases = hi.issue_cases(good, quotes=3_000, unbalanced=20_000)
    db = tmp_path / "c.duckdb"
    first = _within(300, lambda: ingest([good], db, reader=reader, batch_size=8))
    refused = {name: code for name, (_, code) in cases.items() if code != "read"}
    assert first.failed == len(refused) == 4
    assert first.added == 20 + len(cases) - len(refused)
    with Corpus(db) as corpus, Corpus(clean) as before:
        rows = corpus.rows("SELECT path, code, reason FROM errors ORDER BY path")[1]
        assert [(Path(p).name, c) for p, c, _ in rows] == sorted(refused.items())
        assert all(reason for *_, reason in rows)
        ids = [r[0] for r in before.rows("SELECT id FROM articles")[1]]
        for table in ("articles", "statements", "events", "actors", "mentions"):
            query = f"SELECT count(*) FROM {table} WHERE {'id' if table == 'articles' else 'article_id'} = ANY(?)"
            assert corpus.rows(query, [ids])[1] == before.rows(query, [ids])[1], table
        for (text,) in corpus.rows("SELECT reading FROM articles")[1]:
            assert not bad_spans(Reading.model_validate_json(text))

    class NoParsing:
        model, processes = "none", 1

        def read_articles(self, items):
            raise AssertionError("parsed again")

    second = _within(60, lambda: ingest([good], db, reader=NoParsing()))
    assert (second.added, second.failed, second.skipped_failed) == (0, 0, 4)
    with Corpus(db) as corpus:
        assert corpus.rows("SELECT count(*) FROM errors")[1] == [(4,)]
        assert corpus.rows("SELECT status FROM runs ORDER BY started")[1] == [("finished",)] * 2


# --------------------------------------------------------------------------- hypothesis


def _pieces():
    family = st.sampled_from(list(hi.FAMILIES.values())).flatmap(st.sampled_from)
    run = st.builds(lambda c, n: c * n, st.sampled_from(hi.RUN_CHARS), st.integers(2, 400))
    return st.one_of(family, family, run, st.text(max_size=20))


HOSTILE_TEXT = st.lists(_pieces(), max_size=60).map("".join)


@settings(
    max_examples=EXAMPLES or 25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(HOSTILE_TEXT, min_size=1, max_size=4))
def test_hostile_texts_never_stop_a_run_and_spans_hold(reader, texts):
    items = [load_text(t, path=f"{i}.txt") for i, t in enumerate(texts)]
    items.append(load_text(hi.good_article(7), path="good.txt"))
    out = list(reader.read_articles(items))
    assert len(out) == len(items)
    for item, result in zip(items, out, strict=True):
        if isinstance(result, NewsgraphError):
            assert not isinstance(result, InternalError), result.render()
            assert result.input == item.path
            continue
        assert result.article.path == item.path
        assert not bad_spans(result)
        json.loads(result.to_json())  # serialisable
    assert isinstance(out[-1], Reading)


@settings(
    max_examples=EXAMPLES or 20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1))
def test_hostile_files_load_as_articles_or_clear_errors(tmp_path_factory, seed):
    folder = tmp_path_factory.mktemp("files")
    rng = random.Random(seed)
    for i in range(4):
        suffix, data = hi.random_file(rng, 600)
        (folder / f"f{i}{suffix}").write_bytes(data)
    for item in load_path(folder):
        if isinstance(item, NewsgraphError):
            assert not isinstance(item, InternalError), item.render()
            assert item.input and item.code.startswith("NG")
            continue
        item.text.encode("utf-8")
        for span in [item.body, *item.boilerplate]:
            assert item.text[span.start : span.end] == span.text
