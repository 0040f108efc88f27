"""Shared loader for ../shared/data/news-dev and its fixed tune / held-out split.

    from newsdev import articles, half_of, add_half_argument

news-dev holds 64 real news excerpts with gold statements, events, stories, copy families,
hedges and naming markers. Rules tuned on a file flatter their figures on it, so the set is
split once, by story, into two halves:

* ``tune`` — look at these articles, debug on them, tune rules on them;
* ``held`` — do not open these articles or their misses while working; score them at the end
  and report both figures side by side.

Whole stories go to one half (a copy and its original are never split across halves, or the
held-out figure would flatter too). The split is a hash of the story id (the article id for
articles with no story) with a fixed salt, chosen once so the two halves hold about the same
number of articles, quotes, events and hedges (33/31 articles, 249/250 quotes, 139/136 events,
48/46 hedges). Never change the salt: figures across sessions stay comparable.

Another set in the same format (``articles/<id>.txt``, ``gold.jsonl``, ``manifest.jsonl``, optional
``hedges.jsonl``) is scored by pointing ``NEWSDEV_DATA`` at its folder; it is split into halves by
the same rule.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSDEV_DATA") or ROOT.parent / "shared" / "data" / "news-dev")
SALT = "newsgraph-197"
HALVES = ("tune", "held", "all")


@dataclass
class DevArticle:
    id: str
    path: Path
    text: str
    gold: dict
    manifest: dict
    hedges: list = field(default_factory=list)
    markers: list = field(default_factory=list)

    @property
    def half(self) -> str:
        return half_of(self.gold)


def half_of(gold: dict) -> str:
    """'tune' or 'held' for one gold record (its story decides, else its id)."""
    key = gold.get("story") or gold["id"]
    digest = int(hashlib.sha1(f"{SALT}:{key}".encode()).hexdigest(), 16)
    return "held" if digest % 2 else "tune"


def _jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, fh))}


def articles(half: str = "all", data: Path = DATA) -> list[DevArticle]:
    """The news-dev articles of one half ('tune', 'held' or 'all'), in id order."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    if not data.exists():
        raise SystemExit(f"news-dev not found at {data} (../shared beside the checkout)")
    gold = _jsonl(data / "gold.jsonl")
    manifest = _jsonl(data / "manifest.jsonl")
    hedges = _jsonl(data / "hedges.jsonl") if (data / "hedges.jsonl").exists() else {}
    out = []
    for aid in sorted(gold):
        if half != "all" and half_of(gold[aid]) != half:
            continue
        path = data / "articles" / f"{aid}.txt"
        out.append(
            DevArticle(
                id=aid,
                path=path,
                text=path.read_text(encoding="utf-8"),
                gold=gold[aid],
                manifest=manifest.get(aid, {}),
                hedges=hedges.get(aid, {}).get("hedges", []),
                markers=hedges.get(aid, {}).get("markers", []),
            )
        )
    return out


def add_half_argument(parser: argparse.ArgumentParser, default: str = "tune") -> None:
    parser.add_argument(
        "--half",
        choices=HALVES,
        default=default,
        help="which half of news-dev to score: tune (work on it), held (score once, at the "
        "end), all",
    )


if __name__ == "__main__":
    for half in ("tune", "held"):
        arts = articles(half)
        print(
            f"{half}: {len(arts)} articles, {sum(len(a.gold['quotes']) for a in arts)} quotes, "
            f"{sum(len(a.gold['events']) for a in arts)} events, "
            f"{sum(len(a.hedges) for a in arts)} hedges, {sum(len(a.markers) for a in arts)} markers"
        )
        print("  " + " ".join(a.id for a in arts))
