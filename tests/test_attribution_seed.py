"""The seed article (read from ../shared beside the checkout at test time; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_attribution_util import statements_of

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not available")


@pytest.fixture(scope="module")
def statements():
    return statements_of(SEED.read_text(encoding="utf-8"))


# the anonymous group is matched on a short prefix of its description
ANON = "two people familiar with"


def _find(statements, cue, name):
    for s in statements:
        if not (s.cue and s.cue.text == cue and s.speaker.name):
            continue
        if s.speaker.name == name or (name == ANON and s.speaker.name.startswith(ANON)):
            return s
    return None


@pytest.mark.parametrize(
    "name,kind,cue",
    [
        (ANON, "indirect", "cited"),
        ("Politico", "indirect", "according to"),
        ("Several news outlets", "indirect", "reported"),
        ("Emmanuel Macron", "partial", "stating"),
        ("Gabriel Attal", "partial", "said"),
        ("Gabriel Attal", "indirect", "pointing out"),
        ("Kaja Kallas", "partial", "stated"),
        ("Aleksander Syrsky", "indirect", "stating"),
        ("Aleksey Goncharenko", "indirect", "claimed"),
        ("Russia", "indirect", "warned"),
        ("Dmitry Peskov", "direct", "said"),
        ("Dmitry Peskov", "partial", "adding"),
    ],
)
def test_seed_statements(statements, name, kind, cue):
    found = _find(statements, cue, name)
    assert found is not None, f"no statement by {name} with cue {cue!r}"
    assert found.kind == kind


def test_seed_relay_chain(statements):
    s = _find(statements, "cited", ANON)
    assert s.speaker.type == "anonymous" and s.speaker.count == 2
    assert s.relayed_by[0].name == "Politico" and s.relayed_by[0].type == "outlet"


@pytest.mark.parametrize(
    "hedge,cue",
    [
        ("reportedly", "according to"),
        ("has not officially confirmed or denied", "confirmed"),
        ("all but confirmed", "confirmed"),
        ("claimed", "claimed"),
        ("did not specify", "stated"),
    ],
)
def test_seed_hedges(statements, hedge, cue):
    tied = [s for s in statements if any(h.span.text == hedge for h in s.hedges)]
    assert any(s.cue and s.cue.text == cue for s in tied), [
        (s.cue.text if s.cue else None) for s in tied
    ]
