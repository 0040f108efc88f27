"""Event coding on newsgraph's own gold sentences (tests/data/events_gold.yaml).

    python benchmarks/events_gold.py [--misses] [--model NAME]

Prints the share of required events found (root + source), found with their target too, the
precision (events coded that the item neither requires nor allows), events coded per required
event, the same per style (wire, state media, government statements, page furniture) and, with
--misses, each required event not found and each event in excess. The pinned minimums are in
tests/test_events_gold.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_events_gold import score  # noqa: E402


def _event(e) -> str:
    src = e.source.code if e.source else "-"
    tgt = e.target.code if e.target else "-"
    return (
        f"{e.cameo}:{src}→{tgt}[{e.trigger.text}]{'' if e.modality == 'asserted' else e.modality}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()

    from newsgraph.reader import Reader

    scored = score(Reader(args.model))
    s = scored.scores()
    print(
        f"own gold: {scored.required} required events   found {s['found']:.3f}   "
        f"with target {s['full']:.3f}   precision {s['precision']:.3f}   "
        f"{s['per_event']:.2f} events per required event"
    )
    print("   ".join(f"{k} {f}/{n}" for k, (n, f) in sorted(scored.styles.items())))
    if args.misses:
        print("\nmisses")
        for text, want, events in scored.misses:
            print(f"  {want}  in: {' '.join(text.split())[:110]}")
            print(f"      coded: {', '.join(map(_event, events)) or '(none)'}")
        print("\nin excess")
        for text, e in scored.extra:
            print(f"  {_event(e)}  in: {' '.join(text.split())[:100]}")


if __name__ == "__main__":
    main()
