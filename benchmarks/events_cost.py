"""What the events component costs, as a share of the raw spaCy parse of the same texts.

    python benchmarks/events_cost.py [--limit N] [--repeat K] [--model NAME]

Parses the texts once with the full pipeline minus events (actors and attribution included),
then times (a) the raw spaCy parse of the texts and (b) the events component alone over the
parsed Docs, best of K alternating runs. The share (b)/(a) is the figure the team's budget is
written in ("events +3 % of parse time"). Texts as benchmarks/throughput.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    import spacy

    from newsgraph import pipeline
    from newsgraph.load import load_text

    raw_texts = texts(args.limit)
    raw_nlp = spacy.load(pipeline.model_name(args.model))
    nlp = pipeline.build(args.model)
    events = nlp.get_pipe("newsgraph_events")
    made = ((pipeline.make_doc(nlp, load_text(t)), None) for t in raw_texts)
    with nlp.select_pipes(disable=["newsgraph_events"]):
        docs = [doc for doc, _ in nlp.pipe(made, as_tuples=True, batch_size=16)]

    def parse() -> None:
        for _ in raw_nlp.pipe(raw_texts, batch_size=16):
            pass

    def code() -> None:
        for doc in docs:
            events(doc)

    best = {"parse": float("inf"), "events": float("inf")}
    code()  # warm up the pattern tables and the gazetteer
    for _ in range(args.repeat):
        for name, fn in (("parse", parse), ("events", code)):
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    n_events = sum(len(d._.events or []) for d in docs)
    print(f"{len(docs)} articles, {n_events} events")
    print(f"parse {best['parse']:.2f} s   events {best['events']:.3f} s")
    print(f"events cost: {100 * best['events'] / best['parse']:.2f} % of parse time")


if __name__ == "__main__":
    main()
