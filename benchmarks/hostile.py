"""Hostile input at scale: fuzzing, 1 MB adversarial articles, a folder with bad files mixed in.

    python benchmarks/hostile.py fuzz [--n 10000] [--runs 10] [--seed 9]
    python benchmarks/hostile.py megabyte [--case NAME]
    python benchmarks/hostile.py folder [--good 200]

* ``fuzz``: N fuzzed files (tests/hostile_inputs.py: text, JSON, JSONL and HTML made of every
  quote mark, bracket, emoji, direction mark, control character, line break and lone
  surrogate, runs of them, deep nesting and broken encodings) ingested in RUNS runs. Prints
  the inputs accounted for, tracebacks (an exception escaping a run, or an internal error
  [NG900] caught on one input), stopped runs and span mismatches in the stored Readings: all
  must be 0 but the first.
* ``megabyte``: each 1 MB adversarial case read in a fresh process (model loaded first): the
  seconds it takes and the peak memory (RSS, and over the loaded model), with its outcome.
  Goal: each under 10 s and 500 MB.
* ``folder``: GOOD good articles with the hostile files of issue 9 mixed in, ingested twice
  into a new store: what the first run adds and records, and that the rerun adds nothing and
  finishes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import hostile_inputs as hi  # noqa: E402


def _bad_spans(reading) -> int:
    from newsgraph.pipeline import _spans

    text = reading.article.text
    return sum(text[s.start : s.end] != s.text for s in _spans(reading))


def fuzz(n: int, runs: int, seed: int) -> None:
    from newsgraph.corpus import Corpus, ingest
    from newsgraph.model import Reading
    from newsgraph.reader import Reader

    rng = random.Random(seed)
    reader = Reader()
    totals = dict(files=0, inputs=0, results=0, added=0, errors=0, internal=0, tracebacks=0,
                  stopped=0, readings=0, spans=0, mismatches=0)  # fmt: skip
    codes: dict[str, int] = {}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsgraph-fuzz-") as tmp:
        db = Path(tmp) / "fuzz.duckdb"
        per_run = -(-n // runs)
        for run in range(runs):
            folder = Path(tmp) / f"run{run}"
            folder.mkdir()
            expected = 0
            for i in range(min(per_run, n - run * per_run)):
                suffix, data = hi.random_file(rng, rng.choice([200, 1000, 3000]))
                (folder / f"f{i:05d}{suffix}").write_bytes(data)
                totals["files"] += 1
            from newsgraph.corpus.ingest import estimate_total

            expected = estimate_total([str(folder)])
            try:
                summary = ingest([folder], db, reader=reader, batch_size=32)
            except Exception as exc:  # noqa: BLE001 - counted: a run that stopped
                totals["stopped"] += 1
                totals["tracebacks"] += 1
                print(f"run {run} stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            totals["inputs"] += expected
            totals["results"] += summary.read
            totals["added"] += summary.added
            totals["errors"] += summary.failed
            for line in summary.errors:
                code = line.rsplit("[", 1)[-1].rstrip("]")
                codes[code] = codes.get(code, 0) + 1
                if code in ("NG900", "NG901"):
                    totals["internal"] += 1
                    totals["tracebacks"] += 1
                    print(f"internal error: {line[:300]}", file=sys.stderr)
            print(f"run {run + 1}/{runs}: {summary.line()}", file=sys.stderr, flush=True)
        with Corpus(db) as corpus:
            for (text,) in corpus.rows("SELECT reading FROM articles", timeout=None)[1]:
                reading = Reading.model_validate_json(text)
                from newsgraph.pipeline import _spans

                totals["readings"] += 1
                totals["spans"] += sum(1 for _ in _spans(reading))
                totals["mismatches"] += _bad_spans(reading)
    seconds = time.monotonic() - started
    print(
        f"fuzzed files             {totals['files']:,} ({totals['inputs']:,} inputs counted "
        f"ahead; {totals['results']:,} read or refused, one by one)"
    )
    print(
        f"articles stored          {totals['added']:,} ({totals['readings']:,} Readings, {totals['spans']:,} spans checked)"
    )
    print(f"inputs refused           {totals['errors']:,} {dict(sorted(codes.items()))}")
    print(
        f"tracebacks               {totals['tracebacks']} (internal errors caught: {totals['internal']})"
    )
    print(f"stopped runs             {totals['stopped']} of {runs}")
    print(f"span mismatches          {totals['mismatches']}")
    print(f"time                     {seconds:.0f} s ({totals['results'] / seconds:.1f} inputs/s)")


# --------------------------------------------------------------------------- 1 MB


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one(path: str) -> None:
    """(in a fresh process) read one file; print JSON: seconds, peak MB, model MB, outcome."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.reader import Reader

    reader = Reader()
    reader.read("Warm-up: Paris said on Monday that talks would go on.")
    model_mb = _peak_mb()
    started, cpu = time.monotonic(), _cpu()
    outcome = []
    for item in reader.read_paths([path]):
        if isinstance(item, NewsgraphError):
            outcome.append(f"{item.code}: {item.message[:70]}")
        else:
            outcome.append(
                f"read: {len(item.article.text):,} chars, {len(item.statements)} statements, "
                f"spans off {_bad_spans(item)}"
                + (f", {item.article.warnings[0][-7:]}" if item.article.warnings else "")
            )
    seconds, cpu = time.monotonic() - started, _cpu() - cpu
    result = {"seconds": seconds, "cpu": cpu, "peak": _peak_mb(), "model": model_mb}
    print(json.dumps(result | {"outcome": outcome}))


def megabyte(only: str | None) -> None:
    cases = hi.megabyte_cases()
    print(
        f"{'case':33s} {'size':>9s} {'wall s':>7s} {'CPU s':>6s} {'peak MB':>8s} {'+model':>7s}  outcome"
    )
    worst = {"seconds": 0.0, "cpu": 0.0, "mb": 0.0}
    with tempfile.TemporaryDirectory(prefix="newsgraph-mb-") as tmp:
        for name, (suffix, data) in cases.items():
            if only and only != name:
                continue
            path = Path(tmp) / f"case{suffix}"
            path.write_bytes(data)
            proc = subprocess.run(
                [sys.executable, __file__, "_one", str(path)],
                capture_output=True, text=True, timeout=900, cwd=ROOT,
            )  # fmt: skip
            if proc.returncode != 0:
                print(f"{name:33s} FAILED: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            added = r["peak"] - r["model"]
            for key, value in (("seconds", r["seconds"]), ("cpu", r["cpu"]), ("mb", added)):
                worst[key] = max(worst[key], value)
            print(
                f"{name:33s} {len(data):>9,} {r['seconds']:>7.2f} {r['cpu']:>6.2f} "
                f"{r['peak']:>8.0f} {added:>+7.0f}  {'; '.join(r['outcome'])}",
                flush=True,
            )
            path.unlink()
    print(
        f"worst: {worst['seconds']:.2f} s wall, {worst['cpu']:.2f} s CPU, +{worst['mb']:.0f} MB over"
        " the loaded model (goal < 10 s, < 500 MB; wall time grows with the machine's load)"
    )


# --------------------------------------------------------------------------- folder


def folder(good: int) -> None:
    from newsgraph.corpus import Corpus, ingest
    from newsgraph.reader import Reader

    reader = Reader()
    with tempfile.TemporaryDirectory(prefix="newsgraph-folder-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i in range(good):
            (src / f"good-{i:04d}.txt").write_text(hi.good_article(i), encoding="utf-8")
        cases = hi.issue_cases(src)
        db = Path(tmp) / "store.duckdb"
        first = ingest([src], db, reader=reader)
        print(f"first run:  {first.line()}")
        second = ingest([src], db, reader=reader)
        print(f"rerun:      {second.line()}")
        with Corpus(db) as corpus:
            rows = corpus.rows("SELECT path, code, reason FROM errors ORDER BY path")[1]
            read = corpus.rows(
                "SELECT path, json_extract_string(reading, '$.article.warnings') FROM articles"
                " WHERE path NOT LIKE '%good-%' ORDER BY path"
            )[1]
            runs = corpus.rows("SELECT status FROM runs ORDER BY started")[1]
        print(f"hostile files: {len(cases)}; refused and recorded in errors: {len(rows)}")
        for path, code, reason in rows:
            print(f"  {Path(path).name:18s} {code}  {reason[:90]}")
        print(f"hostile files read safely: {len(read)}")
        for path, warnings in read:
            print(f"  {Path(path).name:18s} warnings {warnings}")
        print(f"runs: {[r[0] for r in runs]}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_one":
        one(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    f = sub.add_parser("fuzz")
    f.add_argument("--n", type=int, default=10_000)
    f.add_argument("--runs", type=int, default=10)
    f.add_argument("--seed", type=int, default=9)
    m = sub.add_parser("megabyte")
    m.add_argument("--case", default=None)
    d = sub.add_parser("folder")
    d.add_argument("--good", type=int, default=200)
    args = parser.parse_args()
    if args.mode == "fuzz":
        fuzz(args.n, args.runs, args.seed)
    elif args.mode == "megabyte":
        megabyte(args.case)
    else:
        folder(args.good)


if __name__ == "__main__":
    main()
