"""Peak memory of `newsgraph ingest` over many articles (issue 5: < 1.5 GB for 10,000).

    python benchmarks/ingest_memory.py [--articles 10000] [--processes 1]

Writes N short synthetic news articles (built from template sentences written for this
benchmark, with varied names, places and numbers, so that every text is unique) to a JSONL
file, ingests it into a fresh store in a subprocess, and prints the ingest's articles/s and
its peak resident memory (max RSS of the largest process: the ingest, or its largest worker).
The texts are short (about 120 words) so that 10,000 articles take minutes, not hours:
memory growth with the number of articles is what is measured, not parse speed.
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

COUNTRIES = [
    "Estonia",
    "Latvia",
    "Lithuania",
    "Poland",
    "Finland",
    "Norway",
    "Turkey",
    "Japan",
    "Brazil",
    "Kenya",
    "India",
    "Canada",
    "France",
    "Germany",
    "Ukraine",
    "Russia",
]
ROLES = ["foreign minister", "defence minister", "prime minister", "president", "spokesman"]
NAMES = [
    "Anna Berg",
    "Tomas Ilves",
    "Marta Kovac",
    "Jonas Petras",
    "Lena Ortiz",
    "Ivo Tamm",
    "Sara Lind",
    "Pavel Novak",
    "Eva Holm",
    "Karl Saar",
    "Nina Rossi",
    "Omar Haddad",
]
TEMPLATES = [
    "{c1} and {c2} signed an agreement on border security on {day}, officials said.",
    'The {d1} {role} {name} said the talks had been "constructive and frank".',
    "According to two diplomats familiar with the meeting, {c2} asked for more time.",
    "{name} warned that {c1} would respond if {n} more troops were sent to the region.",
    "Several news outlets reported that {c2} had rejected the proposal, which {c1} denied.",
    "{c1} reportedly offered {n} million euros in aid to help rebuild damaged schools.",
    '"We will not accept pressure from anyone," {name} told reporters, adding that the '
    'deal was "a first step".',
]
DEMONYM = {c: c[:-1] + "n" if c.endswith("a") else c + "ese" for c in COUNTRIES}


def article(i: int, rng: random.Random) -> dict:
    c1, c2 = rng.sample(COUNTRIES, 2)
    fill = dict(
        c1=c1,
        c2=c2,
        d1=DEMONYM[c1],
        role=rng.choice(ROLES),
        name=rng.choice(NAMES),
        n=rng.randint(2, 900),
        day=rng.choice(["Monday", "Friday", "Sunday"]),
    )
    sentences = [t.format(**fill) for t in rng.sample(TEMPLATES, 5)]
    body = " ".join(sentences[:3]) + "\n\n" + " ".join(sentences[3:]) + f" (Report {i}.)"
    return {
        "title": f"{c1} and {c2} talk security ({i})",
        "date": f"2025-{rng.randint(1, 12):02d}-10",
        "outlet": "Benchmark Wire",
        "text": body,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "articles.jsonl"
        with dump.open("w", encoding="utf-8") as fh:
            for i in range(args.articles):
                fh.write(json.dumps(article(i, rng)) + "\n")
        db = Path(tmp) / "bench.duckdb"
        cmd = [
            sys.executable,
            "-m",
            "newsgraph.cli",
            "ingest",
            str(dump),
            "--db",
            str(db),
            "--processes",
            str(args.processes),
        ]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:])
        print(
            f"{args.articles} articles, {args.processes} process(es): {args.articles / seconds:.1f} "
            f"articles/s, peak RSS of the largest process {peak:.0f} MB, store "
            f"{db.stat().st_size / 1e6:.1f} MB (goal: < 1500 MB)"
        )


if __name__ == "__main__":
    main()
