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
    _score_direction(devs, dev_of, relations)
    _margins(devs)
    _score_markers(devs, dev_of, markers)


def _score_direction(devs, dev_of, relations) -> None:
    """For gold copy pairs stored as a pair: is the stored original the gold one?"""
    stored = {frozenset((a, b)): (b, way) for a, b, _rel, way in relations}
    counts = {"known, right": 0, "known, wrong": 0, "uncertain, right": 0, "uncertain, wrong": 0}
    for i, d in devs.items():
        original = d.gold["copy_of"]
        pair = stored.get(frozenset((dev_of[i], dev_of.get(original)))) if original else None
        if pair is not None:
            right = pair[0] == dev_of[original]
            counts[f"{pair[1]}, {'right' if right else 'wrong'}"] += 1
    print(f"direction of gold copy pairs stored as a pair: {counts}")


def _margins(devs) -> None:
    """The scores that decide a copy, for gold copy pairs and for gold same-story pairs that
    are not copies: containment (shared passages) and the rewrite score (retelling)."""
    from newsgraph.load import load_text
    from newsgraph.provenance.relations import NEAR_VERBATIM, REWRITE, compare
    from newsgraph.provenance.retelling import retelling, tokens
    from newsgraph.provenance.signals import body_words

    arts = {i: load_text(d.text) for i, d in devs.items()}
    w = {i: body_words(a) for i, a in arts.items()}
    t = {i: tokens(arts[i].text, w[i]) for i in arts}
    fam = {
        i: d.gold["copy_of"] or (i if d.gold["relation"] == "original" else None)
        for i, d in devs.items()
    }
    copies, others = [], []
    for x, y in itertools.combinations(sorted(devs), 2):
        gx, gy = devs[x].gold, devs[y].gold
        direct = gx["copy_of"] == y or gy["copy_of"] == x
        if not direct and not (
            gx["story"] and gx["story"] == gy["story"] and not (fam[x] and fam[x] == fam[y])
        ):
            continue
        cmp = compare(arts[x].text, w[x], arts[y].text, w[y])
        told = retelling(t[x], t[y])
        (copies if direct else others).append(
            (min(told.anchors, told.content), cmp.containment, x, y)
        )
    for name, col, bar in (("rewrite score", 0, REWRITE), ("containment", 1, NEAR_VERBATIM)):
        c = sorted(r[col] for r in copies)
        o = sorted(r[col] for r in others)
        print(
            f"{name} (bar {bar}): gold copy pairs ({len(c)}) "
            + " ".join(f"{v:.2f}" for v in c)
            + f"\n    same-story non-copies ({len(o)}) "
            + " ".join(f"{v:.2f}" for v in o)
        )
    need = [r for r in copies if r[1] < NEAR_VERBATIM]
    print(
        "copies that only a rewrite score can find (containment below its bar): "
        + ", ".join(f"{x}–{y} {r:.3f}" for r, _, x, y in sorted(need))
        + f"; highest non-copy rewrite score {max(r[0] for r in others):.3f} "
        + f"({', '.join(f'{x}–{y}' for r, _, x, y in sorted(others)[-2:])}); bar {REWRITE}"
    )


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


# --------------------------------------------------------------------------- scale


FAMILY_MEAN = 55  # generated family sizes: 1 + exponential with this mean (fixed per base text)
DAYS_PER_BASE = 0.8  # base texts are spread over time (~2 years for 904 of them)


def _bases() -> list[str]:
    """The real texts the generated corpus is made of: news-dev and polnear-train bodies."""
    texts = [a.text for a in articles("all")]
    polnear = SHARED / "polnear-train" / "text"
    if polnear.exists():
        texts += [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(polnear.iterdir())
            if p.is_file()
        ]
    return texts


def _variant(text: str, k: int, rng) -> str:
    """A generated copy of a real text: truncated, paragraph dropped, furniture added, word
    edits, or an agency credit; every fifth one is a copy of a copy."""
    paras = [p for p in text.split("\n") if p.strip()]
    kind = k % 5
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
    elif kind == 3:
        words = " ".join(paras).split()
        for _ in range(max(1, len(words) // 40)):
            words[rng.randrange(len(words))] = rng.choice(["the", "new", "said", "report"])
        paras = [" ".join(words)]
    else:
        paras = [f"(Example Wire) - {paras[0]}", *paras[1:]]
    return f"Copy {k}: " + "\n\n".join(paras)


def _family(base: int, extra: int = 0) -> list[tuple]:
    """(day, tie-break, base, k, outlet, published) of one base text's generated family; with
    `extra`, that many further copies instead (for the incremental run). Texts are made when
    needed (``_text``), so the corpus is never all in memory."""
    import datetime as dt
    import random

    rng = random.Random(base * 100_003 + 7)
    size = min(400, 1 + int(rng.expovariate(1 / FAMILY_MEAN)))
    day0 = dt.date(2024, 1, 1) + dt.timedelta(days=int(base * DAYS_PER_BASE))
    out = []
    for k in range(size, size + extra) if extra else range(size):
        day = day0 + dt.timedelta(days=rng.randint(0, 3) if k else 0)
        published = None if rng.random() < 0.1 else day.isoformat()
        out.append((day, rng.random(), base, k, f"site{(base + k) % 97}", published))
    return out


def _text(bases: list[str], base: int, k: int) -> str:
    """Copy k of a base text (k = 0: the text itself); kind 4 copies copy k - 1."""
    import random

    if k == 0:
        return bases[base]
    source = _text(bases, base, k - 1) if k % 5 == 4 else bases[base]
    return _variant(source, k, random.Random(base * 100_003 + k))


def _generated(bases: list[str], n: int) -> tuple[list[tuple], int]:
    """The first n articles, in publication order, of the generated corpus (descriptions)."""
    out = []
    for b in range(len(bases)):
        out.extend(_family(b))
        if len(out) >= n + 2000:  # later bases start later: enough to sort the first n
            break
    out.sort(key=lambda r: (r[0], r[1]))
    return out[:n], b


class _Peak:
    """The highest resident memory of this process while the block runs (sampled, 0.1 s)."""

    def __enter__(self):
        import threading

        self.peak, self._stop = _rss(), threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, _rss())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())


def _rss() -> int:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 // (1 << 20)


def _signals_chunk(rows):
    """Signals of some articles (as the reading workers make them) and the CPU time that took,
    loading left out."""
    from newsgraph.load import load_text
    from newsgraph.provenance.signals import article_signals

    out, cpu = [], 0.0
    for text, outlet, published in rows:
        a = load_text(text, outlet=outlet, published=published)
        c0 = time.process_time()
        out.append((a.id, article_signals(a).to_dict(words=True)))
        cpu += time.process_time() - c0
    return out, cpu


def scale(args) -> None:
    """Time and peak memory of the provenance stage alone on a generated corpus.

    The corpus: real texts (news-dev, polnear-train) each with a family of generated copies
    (truncated, a paragraph cut, furniture, word edits, agency credit, copies of copies), of
    sizes 1 + Exp(55) fixed per text, dated over two years, ingested in date order in chunks.
    Per chunk: (1) signals (body words, shingles, MinHash, band keys, terms) on a pool of
    ``--processes`` workers, as the per-batch reading function computes them at ingest — for
    the next chunk while this one goes through (2) and (3), as at ingest, where the workers
    read ahead of the writer; (2) the articles are written (not timed: that is ingest, not
    provenance); (3) the store stage (band and term joins in DuckDB, comparisons, families,
    stories, claims, labels). Stage time = the time the writer waits for signals + (3); the
    CPU time of the signals (loading left out) and of (3) are printed too. Stage memory: how far the process's resident set rises above its
    level at the start of (3) while (3) runs (DuckDB's buffers and joins included), the largest
    rise in each stretch of the corpus; the process RSS is printed too (it also grows with the
    writes of (2), which are ingest's, not this stage's). Text-only Readings: claims and
    markers need parsed text and are not exercised here.
    """
    from multiprocessing import Pool

    from newsgraph.corpus import Store
    from newsgraph.corpus import provenance as stage
    from newsgraph.load import load_text
    from newsgraph.model import Reading
    from newsgraph.provenance.signals import Signals

    bases = _bases()
    corpus, used = _generated(bases, args.articles)
    fresh = []
    for b in range(0, used + 1, max(1, (used + 1) * 40 // max(1, args.new))):
        fresh.extend(_family(b, extra=40))
    fresh = fresh[: args.new]
    marks = sorted({m for m in args.marks if m < args.articles} | {args.articles})
    with tempfile.TemporaryDirectory() as tmp, Pool(args.processes) as pool:
        store = Store(Path(tmp) / "scale.duckdb")

        def submit(rows):
            part = [(_text(bases, r[2], r[3]), r[4], r[5]) for r in rows]
            n = args.processes
            return part, pool.map_async(_signals_chunk, [part[k::n] for k in range(n)])

        def run(rows, label: str, chunk: int) -> None:
            t_wait = t_stage = cpu = sig_cpu = 0.0
            grew = 0
            parts = [rows[i : i + chunk] for i in range(0, len(rows), chunk)]
            ahead = submit(parts[0])
            done = 0
            for j in range(len(parts)):
                part, pending = ahead
                t0 = time.perf_counter()
                pieces = pending.get()
                t_wait += time.perf_counter() - t0
                if j + 1 < len(parts):  # the workers sign the next chunk while this one is matched
                    ahead = submit(parts[j + 1])
                sigs = {aid: Signals.from_dict(d) for items, _ in pieces for aid, d in items}
                sig_cpu += sum(c for _, c in pieces)
                readings = [
                    Reading(article=load_text(t, outlet=o, published=p)) for t, o, p in part
                ]
                store.write_batch(readings)  # one stored batch: one ingest time
                c0, t0, before = time.process_time(), time.perf_counter(), _rss()
                with _Peak() as mem:
                    stage.update(store, sigs, max_batch=chunk)
                t_stage += time.perf_counter() - t0
                cpu += time.process_time() - c0
                grew = max(grew, mem.peak - before)
                done += len(part)
                if done in marks_left or done == len(rows):
                    marks_left.discard(done)
                    total = t_wait + t_stage
                    c = store.counts()
                    print(
                        f"{label} {done:>6,}: {total:6.1f}s = waiting for signals {t_wait:5.1f}s "
                        f"+ store stage {t_stage:6.1f}s → {done / total * 60:,.0f} articles/min "
                        f"(CPU: signals {sig_cpu:5.1f}s on the workers, stage {cpu:6.1f}s); "
                        f"stage memory: peak {grew:,} MB above its start (process RSS {_rss():,} MB); "
                        f"{c['prov_articles']:,} matched, "
                        f"{c['reuse_pairs']:,} copy pairs, {c['stories']:,} stories",
                        flush=True,
                    )
                    grew = 0

        marks_left = set(marks)
        print(
            f"generated corpus: {len(corpus):,} articles from {used + 1} real texts; chunks of "
            f"{args.batch}; signals on {args.processes} processes",
            flush=True,
        )
        run(corpus, "corpus", args.batch)
        marks_left = {len(fresh)}
        run(fresh, "incremental", args.batch)
        store.close()


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
    p.add_argument("--batch", type=int, default=1_000)
    p.add_argument("--processes", type=int, default=2)
    p.add_argument(
        "--marks", type=int, nargs="*", default=[10_000, 25_000], help="sizes to report at"
    )
    p.set_defaults(run=scale)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
