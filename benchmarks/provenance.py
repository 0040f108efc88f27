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


def minhash(args) -> None:
    """datasketch vs rensa: time to sign news-dev bodies, and how well the estimated Jaccard
    of every pair follows the exact Jaccard of the shingle sets (mean absolute error)."""
    from newsgraph.load import load_text
    from newsgraph.provenance.signals import body_words
    from newsgraph.provenance.signatures import jaccard, minhash, shingles

    sets = [shingles(body_words(load_text(a.text))) for a in articles("all")] * args.repeat
    for engine in ("datasketch", "rensa"):
        started = time.perf_counter()
        sigs = [minhash(s, engine) for s in sets]
        took = time.perf_counter() - started
        n = len(sets) // args.repeat
        err = [
            abs(
                jaccard(sigs[i], sigs[j])
                - len(set(sets[i]) & set(sets[j])) / max(1, len(set(sets[i]) | set(sets[j])))
            )
            for i, j in itertools.combinations(range(n), 2)
        ]
        related = [
            e
            for (i, j), e in zip(itertools.combinations(range(n), 2), err, strict=True)
            if len(set(sets[i]) & set(sets[j])) > 0
        ]
        print(
            f"{engine:10s} {len(sets) / took:9.0f} signatures/s; mean |error| all pairs {sum(err) / len(err):.4f}, "
            f"pairs sharing shingles {sum(related) / max(1, len(related)):.4f} ({len(related)})"
        )


def _variants(text: str, k: int, rng) -> str:
    """A generated copy of a real text: truncated, paragraph dropped, furniture, word edits."""
    paras = [p for p in text.split("\n") if p.strip()]
    kind = k % 4
    if kind == 0 and len(paras) > 2:
        paras = paras[: max(1, len(paras) * rng.randint(4, 9) // 10)]
    elif kind == 1 and len(paras) > 2:
        del paras[rng.randrange(len(paras))]
    elif kind == 2:
        paras = [
            f"Share this story | {rng.randint(1, 99)} comments",
            *paras,
            "Read more: latest news",
        ]
    else:
        words = " ".join(paras).split()
        for _ in range(max(1, len(words) // 40)):
            i = rng.randrange(len(words))
            words[i] = rng.choice(["the", "new", "said", "report", "officials"])
        paras = [" ".join(words)]
    return f"Copy {k}: " + "\n\n".join(paras)


def scale(args) -> None:
    """Time and peak memory of the provenance stage alone on a generated corpus.

    Measured: (1) signals (body words, shingles, MinHash, band keys, terms) per article, the
    part that runs inside the per-batch reading function; (2) the store stage — band-table and
    term joins in DuckDB, alignment and relation of the candidates, families, stories — on
    text-only Readings (an Article with no statements: claims and markers need parsed text and
    are left out here). Peak memory is the process's max RSS growth over the stage.
    """
    import random
    import resource

    from newsgraph.corpus import Store
    from newsgraph.corpus import provenance as stage
    from newsgraph.load import load_text
    from newsgraph.provenance.signals import article_signals

    rng = random.Random(7)
    bases = [a.text for a in articles("all")]
    polnear = SHARED / "polnear-train" / "text"
    if polnear.exists():
        bases += [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(polnear.iterdir())
            if p.is_file()
        ]
    per_base = max(1, args.articles // len(bases))

    def corpus(n: int, offset: int = 0):
        k = 0
        for b in range(len(bases)):
            for v in range(per_base):
                if k >= n:
                    return
                text = bases[b] if v == 0 and offset == 0 else _variants(bases[b], v + offset, rng)
                yield load_text(
                    text, outlet=f"site{(v + offset) % 97}", published=f"2024-0{1 + v % 9}-1{b % 9}"
                )
                k += 1

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "scale.duckdb")
        for label, n, offset in (
            ("corpus", args.articles, 0),
            ("incremental", args.new, per_base + 1),
        ):
            arts = list(corpus(n, offset))
            t0 = time.perf_counter()
            sigs = {a.id: article_signals(a) for a in arts}
            t_sig = time.perf_counter() - t0
            _write_articles(store, arts, args.batch)
            rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            t0 = time.perf_counter()
            stage.update(store, sigs, max_batch=args.batch)
            t_stage = time.perf_counter() - t0
            rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            c = store.counts()
            print(
                f"{label}: {len(arts):,} articles; signals {t_sig:.1f}s ({len(arts) / t_sig * 60:,.0f}/min, one core); "
                f"store stage {t_stage:.1f}s ({len(arts) / t_stage * 60:,.0f}/min); total {len(arts) / (t_sig + t_stage) * 60:,.0f}/min; "
                f"max RSS {rss1 / 1024:.0f} MB (+{(rss1 - rss0) / 1024:.0f} MB in the stage); "
                f"store: {c['prov_articles']:,} matched, {c['reuse_pairs']:,} copy pairs, {c['stories']:,} stories"
            )
        store.close()


def _write_articles(store, arts, batch: int) -> None:
    import datetime as dt

    for i in range(0, len(arts), batch):
        part = arts[i : i + batch]
        at = dt.datetime(2026, 1, 1) + dt.timedelta(seconds=i + len(store.known_ids([])))
        at = dt.datetime.now()
        rows = [
            (
                a.id,
                a.text,
                a.outlet,
                a.published,
                at,
                json.dumps({"article": a.model_dump(mode="json")}),
            )
            for a in part
        ]
        store.con.execute("BEGIN TRANSACTION")
        store.con.executemany(
            "INSERT INTO articles (id, text, outlet, published, ingested_at, reading) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            rows,
        )
        store.con.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("newsdev")
    p.add_argument("--processes", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("-v", action="store_true")
    p.set_defaults(run=newsdev)
    p = sub.add_parser("minhash")
    p.add_argument("--repeat", type=int, default=20)
    p.set_defaults(run=minhash)
    p = sub.add_parser("scale")
    p.add_argument("--articles", type=int, default=50_000)
    p.add_argument("--new", type=int, default=1_000)
    p.add_argument("--batch", type=int, default=2_000)
    p.set_defaults(run=scale)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
