"""Provenance figures: copy families and stories on news-dev, markers, MinHash engines, scale.

    python benchmarks/provenance.py newsdev            # pair P/R of families and stories, markers
    python benchmarks/provenance.py minhash            # datasketch vs rensa on news-dev pairs
    python benchmarks/provenance.py scale --articles 50000 --new 1000

``newsdev`` ingests the 64 news-dev articles as JSONL records carrying their manifest's url,
outlet and published date (the whole set is the yardstick: provenance is scored on all of it),
then scores every pair of articles: same copy family (gold: ``copy_of`` / ``original``) and
same story (gold: ``story``), and the naming markers of ``hedges.jsonl`` (found = a marker
overlapping the gold span; voice = found with the gold voice).

``scale`` builds a corpus from real texts (polnear-train and news-dev bodies) with generated
copies and edits, in memory (nothing is written but a temporary store), and times the
provenance stage alone on text-only signals (see its docstring).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdev import DATA, articles  # noqa: E402

SHARED = DATA.parent


def _records(tmp: Path) -> Path:
    path = tmp / "newsdev.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in articles("all"):
            m = a.manifest
            fh.write(
                json.dumps(
                    {
                        "id": a.id,
                        "text": a.text,
                        "url": m["url"],
                        "outlet": m["outlet"],
                        "published": m["published"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


def _pairs(groups: dict[str, str | None]) -> set[tuple[str, str]]:
    return {
        (x, y)
        for x, y in itertools.combinations(sorted(groups), 2)
        if groups[x] is not None and groups[x] == groups[y]
    }


def _pr(pred: set, gold: set) -> str:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return f"P {p:.3f} R {r:.3f} ({tp} of {len(pred)} found pairs right, {len(gold)} gold pairs)"


def newsdev(args) -> None:
    from newsgraph.corpus import Corpus, ingest

    devs = {a.id: a for a in articles("all")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dev.duckdb"
        started = time.monotonic()
        summary = ingest(
            [str(_records(Path(tmp)))], db, processes=args.processes, batch_size=args.batch_size
        )
        print(f"ingest: {summary.line()} ({time.monotonic() - started:.0f} s)")
        with Corpus(db) as corpus:
            rows = corpus.con.execute(
                """SELECT a.id, a.text, p.family_id, m.story_id FROM articles a
                   JOIN prov_articles p ON p.article_id = a.id JOIN story_members m ON m.article_id = a.id"""
            ).fetchall()
            markers = corpus.con.execute(
                "SELECT article_id, span_start, span_end, term_group, voice FROM markers"
            ).fetchall()
            relations = corpus.con.execute(
                "SELECT article_id, copy_of, relation, direction FROM reuse_pairs"
            ).fetchall()
    stored = {text: (aid, f, s) for aid, text, f, s in rows}  # identical texts are one article
    fam = {i: stored[d.text][1] for i, d in devs.items()}
    story = {i: stored[d.text][2] for i, d in devs.items()}
    dev_of = {i: stored[d.text][0] for i, d in devs.items()}
    gold_fam = {
        i: (d.gold["copy_of"] or (i if d.gold["relation"] == "original" else None))
        for i, d in devs.items()
    }
    gold_story = {i: d.gold["story"] for i, d in devs.items()}
    pf, gf = _pairs(fam), _pairs(gold_fam)
    ps, gs = _pairs(story), _pairs(gold_story)
    print(f"copy-family pairs: {_pr(pf, gf)}")
    print(f"  missed: {sorted(gf - pf)}  wrong: {sorted(pf - gf)}")
    print(f"same-story pairs:  {_pr(ps, gs)}")
    print(f"  missed: {sorted(gs - ps)}  wrong: {sorted(ps - gs)}")
    grades = {}
    for _a, _b, rel, _way in relations:
        grades.setdefault(rel, 0)
        grades[rel] += 1
    print(f"relations stored: {grades}")
    _score_markers(devs, dev_of, markers)


def _score_markers(devs, dev_of, markers) -> None:
    found = voiced = total = 0
    by_article: dict[str, list] = {}
    for aid, s, e, group, voice in markers:
        by_article.setdefault(aid, []).append((s, e, group, voice))
    misses = []
    for i, d in devs.items():
        for g in d.markers:
            total += 1
            gs, ge = g["start"], g["start"] + len(g["text"])
            hit = [m for m in by_article.get(dev_of[i], []) if m[0] < ge and gs < m[1]]
            if hit:
                found += 1
                if any(m[3] == g["voice"] for m in hit):
                    voiced += 1
                else:
                    misses.append((i, g["text"], g["voice"], hit[0][3]))
            else:
                misses.append((i, g["text"], g["voice"], None))
    predicted = sum(len(by_article.get(dev_of[i], [])) for i in devs)
    print(
        f"markers: found {found}/{total} = {found / total:.3f}; right voice {voiced}/{total} = "
        f"{voiced / total:.3f}; {predicted} markers predicted in all"
    )
    if "-v" in sys.argv:
        for m in misses:
            print("   miss", m)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("newsdev")
    p.add_argument("--processes", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("-v", action="store_true")
    p.set_defaults(run=newsdev)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
