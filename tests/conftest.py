"""Shared fixtures: the pipeline is loaded once per test session (loading is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article.txt"


@pytest.fixture(scope="session")
def reader():
    from newsgraph.reader import Reader

    return Reader()


@pytest.fixture(scope="session")
def seed_reading(reader):
    if not SEED.exists():
        pytest.skip("../shared/seed/article.txt is not present")
    return reader.read(SEED)


def actor_for(reading, mention_text):
    """The actor one of whose mentions reads exactly `mention_text`."""
    for actor in reading.actors:
        if any(m.text == mention_text for m in actor.mentions):
            return actor
    return None


@pytest.fixture(scope="session")
def web_store(reader, tmp_path_factory):
    """A real store of a few articles written for the web tests (two of them hostile)."""
    from tests.web_store import build_store

    return build_store(reader, tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def code(reader, request):
    """``code(text)``: the events of a text read as published on the test module's PUBLISHED."""
    default = getattr(request.module, "PUBLISHED", None)

    def run(text: str, published=default):
        return reader.read(text, published=published).events

    return run


def events_by_root(text: str, read) -> dict[str, list[tuple[str | None, str | None]]]:
    """The events of a text by CAMEO root, each as (source country, target country)."""
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for e in read(text).events:
        pair = (e.source.country if e.source else None, e.target.country if e.target else None)
        out.setdefault(e.root, []).append(pair)
    return out


@pytest.fixture(scope="module")
def coded(reader):
    """``coded(text)``: the events of `text` by root, read after a sentence naming Sudan and
    Chad (as in an article); that sentence's own pair is left out."""
    lead = "Talks between Sudan and Chad ended on Monday. "

    def by_root(text: str) -> dict[str, list[tuple[str | None, str | None]]]:
        found = events_by_root(lead + text, reader.read)
        return {r: [p for p in pairs if p != ("SDN", "TCD")] for r, pairs in found.items()}

    return by_root


def from_source(found, root: str, source: str) -> bool:
    """Whether `found` (events by root) holds one of `root` from `source`'s country."""
    return any(s == source for s, _t in found.get(root, []))


def assert_coded(found, prefix: str, source: str, *, negated_from_any: bool = False) -> None:
    """``found`` holds (CAMEO code, source code) pairs. A ``prefix`` "X" wants an event whose code
    starts with X from a source whose code starts with ``source``; "!X" wants none from that
    source (from any source with ``negated_from_any``)."""
    if prefix.startswith("!"):
        code = prefix[1:]
        assert not any(
            c.startswith(code) and (negated_from_any or (s or "").startswith(source))
            for c, s in found
        ), found
        return
    assert any(c.startswith(prefix) and s is not None and s.startswith(source) for c, s in found), (
        found
    )


def event_pairs(events, root: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one CAMEO root."""
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.root == root
    }
