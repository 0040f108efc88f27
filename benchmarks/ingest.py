"""Ingest throughput against the raw spaCy parse, on the same texts, in one run.

    python benchmarks/ingest.py [--limit N] [--processes N] [--model NAME] [--batch-size N]

Each measurement runs in its own subprocess so that its peak memory (max RSS of the process
and its workers) is its own:

* raw:    the spaCy model alone, ``nlp.pipe(texts, n_process=N)``
* read:   ``Reader.read_paths`` over the same files, nothing stored (the newsgraph pipeline)
* ray:    the same ingest with ``engine="ray"`` on a local Ray (N actors), start-up included
* ingest: ``newsgraph.corpus.ingest`` of the same files into a fresh store with N processes
  (loading, hashing, the full newsgraph pipeline, and the DuckDB writes, one batch per
  transaction)

The goal of issue 5: ingest >= 0.8 of raw, and peak memory < 1.5 GB for 10,000 articles.
Texts: ../shared/data/polnear-train/text (falls back to examples/ when absent).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "polnear-train" / "text"


def files(limit: int) -> list[Path]:
    found = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    found = found or sorted((ROOT / "examples").glob("*.txt"))
    return found[:limit]


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # Linux reports KiB


def phase_raw(args) -> dict:
    import spacy

    from newsgraph import pipeline

    texts = [p.read_text(encoding="utf-8") for p in files(args.limit)]
    nlp = spacy.load(pipeline.model_name(args.model))
    tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=args.processes):
        pass
    seconds = time.perf_counter() - start
    return {"articles": len(texts), "tokens": tokens, "seconds": seconds}


def phase_read(args) -> dict:
    from newsgraph.reader import Reader

    paths = [str(p) for p in files(args.limit)]
    reader = Reader(args.model, processes=args.processes)
    start = time.perf_counter()
    n = sum(1 for _ in reader.read_paths(paths))
    return {"articles": n, "seconds": time.perf_counter() - start}


def phase_ingest(args) -> dict:
    from newsgraph.corpus import Store, ingest
    from newsgraph.reader import Reader

    paths = [str(p) for p in files(args.limit)]
    reader = Reader(args.model, processes=args.processes)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        summary = ingest(paths, db, reader=reader, batch_size=args.batch_size)
        seconds = time.perf_counter() - start
        with Store(db, read_only=True) as store:
            counts = store.counts()
        size = db.stat().st_size
    return {
        "articles": summary.read,
        "added": summary.added,
        "failed": summary.failed,
        "seconds": seconds,
        "rows": {k: v for k, v in counts.items() if k not in ("runs",)},
        "store_mb": size / 1e6,
    }


def phase_ray(args) -> dict:
    from newsgraph.corpus import ingest

    paths = [str(p) for p in files(args.limit)]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()  # includes starting Ray and loading a pipeline per actor
        summary = ingest(
            paths, Path(tmp) / "bench.duckdb", engine="ray", processes=args.processes,
            batch_size=args.batch_size, model=args.model,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    return {"articles": summary.read, "seconds": seconds}


def run_phase(name: str, args) -> dict:
    cmd = [
        sys.executable, __file__, "--phase", name, "--limit", str(args.limit),
        "--processes", str(args.processes), "--batch-size", str(args.batch_size),
    ]  # fmt: skip
    if args.model:
        cmd += ["--model", args.model]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None)
    parser.add_argument("--phase", choices=["raw", "read", "ingest", "ray"], help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        phases = {"raw": phase_raw, "read": phase_read, "ingest": phase_ingest, "ray": phase_ray}
        result = phases[args.phase](args)
        result["peak_mb"] = peak_mb()
        print(json.dumps(result))
        return

    raw = run_phase("raw", args)
    read = run_phase("read", args)
    ing = run_phase("ingest", args)
    try:
        import ray  # noqa: F401

        ray_result = run_phase("ray", args)
    except ImportError:
        ray_result = None
    n = raw["articles"]
    print(f"{n} articles, {raw['tokens']:,} tokens, {args.processes} process(es)")
    for name, r in (("raw spaCy", raw), ("read", read), ("ingest", ing)):
        print(
            f"{name:>10}: {r['articles'] / r['seconds']:7.2f} articles/s "
            f"{raw['tokens'] / r['seconds']:9.0f} tokens/s  ({r['seconds']:.1f} s, "
            f"peak {r['peak_mb']:.0f} MB)"
        )
    if ray_result is None:
        print("       ray: not measured (pip install 'ray[data]')")
    else:
        r = ray_result
        print(
            f"{'ray':>10}: {r['articles'] / r['seconds']:7.2f} articles/s "
            f"{raw['tokens'] / r['seconds']:9.0f} tokens/s  ({r['seconds']:.1f} s incl. Ray start, "
            f"peak {r['peak_mb']:.0f} MB in the driver)"
        )
    print(
        f"store: {ing['store_mb']:.1f} MB, rows {ing['rows']}; added {ing['added']}, "
        f"failed {ing['failed']}"
    )
    ratio = (ing["articles"] / ing["seconds"]) / (raw["articles"] / raw["seconds"])
    print(f"ratio ingest/raw: {ratio:.3f} (goal >= 0.8)")
    store = (ing["articles"] / ing["seconds"]) / (read["articles"] / read["seconds"])
    print(f"ratio ingest/read (the cost of the store alone): {store:.3f}")


if __name__ == "__main__":
    main()
