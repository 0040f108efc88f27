"""Throughput of `newsgraph read` against the raw spaCy parse, on the same texts, in one run.

    python benchmarks/throughput.py [--limit N] [--processes N] [--model NAME] [--repeat K]
                                    [--component newsgraph_markers]

Prints articles/s and tokens/s for (a) the spaCy model alone (`nlp.pipe` over the texts) and
(b) the full newsgraph pipeline (loading from text, boilerplate masking, actors, attribution,
events and building the Reading objects), and their ratio. The goal is a ratio >= 0.85.
Texts: ../shared/data/polnear-train/text (falls back to examples/ when absent).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "polnear-train" / "text"


def texts(limit: int) -> list[str]:
    files = (
        sorted(CORPUS.glob("*.txt"))
        if CORPUS.is_dir()
        else sorted((ROOT / "examples").glob("*.txt"))
    )
    return [p.read_text(encoding="utf-8") for p in files[:limit]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=2, help="alternate runs of each, best kept")
    parser.add_argument(
        "--component",
        action="append",
        default=[],
        help="also time this newsgraph component alone (e.g. newsgraph_markers), as a share of "
        "the raw parse: it runs on Docs the rest of the pipeline made",
    )
    args = parser.parse_args()

    import spacy

    from newsgraph import pipeline
    from newsgraph.load import load_text

    docs = texts(args.limit)
    raw_nlp = spacy.load(pipeline.model_name(args.model))
    nlp = pipeline.build(args.model)
    n_tokens = sum(len(d) for d in raw_nlp.tokenizer.pipe(docs))
    print(f"{len(docs)} articles, {n_tokens:,} tokens, model {pipeline.model_name(args.model)}")
    print(f"newsgraph components: {[p for p in nlp.pipe_names if p.startswith('newsgraph')]}")

    def raw() -> None:
        for _ in raw_nlp.pipe(docs, batch_size=16):
            pass

    def full() -> None:
        for _ in pipeline.run(nlp, (load_text(t) for t in docs), batch_size=16):
            pass

    best = {"raw": float("inf"), "newsgraph": float("inf")}
    cpu = {"raw": float("inf"), "newsgraph": float("inf")}
    full()  # warm up caches (gazetteer, lexicons) outside the timing
    for _ in range(args.repeat):
        for name, fn in (("raw", raw), ("newsgraph", full)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
    for name, seconds in best.items():
        print(
            f"{name:>10}: {len(docs) / seconds:7.2f} articles/s  {n_tokens / seconds:9.0f} tokens/s"
            f"  ({seconds:.2f} s wall, {cpu[name]:.2f} s CPU)"
        )
    # Wall time swings with whatever else the machine runs; CPU time of this one process
    # does much less, so both ratios are printed.
    print(f"ratio newsgraph/raw: {best['raw'] / best['newsgraph']:.3f} wall (goal >= 0.85)")
    print(f"ratio newsgraph/raw: {cpu['raw'] / cpu['newsgraph']:.3f} CPU")
    for name in args.component:
        with nlp.select_pipes(disable=[name]):
            prepared = list(nlp.pipe(docs, batch_size=16))
        component = nlp.get_pipe(name)
        alone = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            for doc in prepared:
                component(doc)
            alone = min(alone, time.perf_counter() - start)
        print(
            f"{name}: {alone:.2f} s alone = {alone / best['raw'] * 100:.2f} % of the raw parse time"
        )


if __name__ == "__main__":
    main()
