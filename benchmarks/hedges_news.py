"""Hedges on news-dev: how many of the annotated hedges newsgraph finds, and how many it invents.

    python benchmarks/hedges_news.py [--half tune|held|all] [--list | --no-list] [--model NAME]

Gold: ``../shared/data/news-dev/hedges.jsonl`` (each hedge a span with its kind, whether it
stands inside quotation marks, and the first words of the claim it qualifies). Every article is
read by the full newsgraph pipeline; its predicted hedges are ``Reading.hedges``.

A predicted hedge matches a gold one when their character spans overlap. Printed:
- recall (gold hedges matched) and precision (predicted hedges matching some gold hedge);
- recall per kind, by span alone and by span with the same kind;
- ``in_quote`` accuracy and claim accuracy (the predicted scope starts where the gold
  ``claim_first_words`` do, give or take the opening quote mark) over matched hedges;
- with ``--list`` (the default on the tune half only: never look at held-out misses), every
  miss and every false alarm with its context.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass

from newsdev import add_half_argument, articles

KINDS = ("evidential", "epistemic", "distancing", "non-committal")


@dataclass
class Scored:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[{text[start:end]}]{right}")


def _claim_ok(text: str, gold: dict, pred) -> bool:
    """Does the predicted scope start where the gold claim's first words do?"""
    if pred.scope is None or not gold["claim_first_words"]:
        return False
    words = gold["claim_first_words"].split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    starts = [m.start() for m in re.finditer(pattern, text)]
    if not starts:
        return False
    anchor = min(starts, key=lambda s: abs(s - gold["start"]))
    return abs(pred.scope.start - anchor) <= 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_half_argument(parser)
    parser.add_argument("--list", dest="show", action="store_true", default=None)
    parser.add_argument("--no-list", dest="show", action="store_false")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    show = args.half == "tune" if args.show is None else args.show

    from newsgraph.load import load_text
    from newsgraph.reader import Reader

    reader = Reader(args.model)
    total = Scored()
    by_kind = {k: Scored() for k in KINDS}
    kind_found: Counter = Counter()
    in_quote = claim = matched = 0
    misses, alarms = [], []
    for art in articles(args.half):
        reading = reader.read(load_text(art.text, path=str(art.path)))
        preds = list(reading.hedges)
        used = set()
        for g in art.hedges:
            span = (g["start"], g["start"] + len(g["text"]))
            hits = [p for p in preds if _overlaps(span, (p.span.start, p.span.end))]
            total.gold += 1
            by_kind[g["kind"]].gold += 1
            if not hits:
                misses.append((art.id, g["kind"], _context(art.text, *span)))
                continue
            best = next((p for p in hits if p.kind == g["kind"]), hits[0])
            used.update(id(p) for p in hits)
            total.found += 1
            by_kind[g["kind"]].found += 1
            kind_found[g["kind"]] += best.kind == g["kind"]
            matched += 1
            in_quote += best.in_quote == g["in_quote"]
            claim += _claim_ok(art.text, g, best)
        for p in preds:
            total.predicted += 1
            if id(p) in used:
                total.correct += 1
            else:
                alarms.append((art.id, p.kind, _context(art.text, p.span.start, p.span.end)))

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "n/a"

    print(f"news-dev half={args.half}: {total.gold} gold hedges, {total.predicted} predicted")
    print(f"recall    {ratio(total.found, total.gold)} ({total.found}/{total.gold})")
    print(f"precision {ratio(total.correct, total.predicted)} ({total.correct}/{total.predicted})")
    print(
        f"in_quote accuracy {ratio(in_quote, matched)}   claim start accuracy {ratio(claim, matched)}"
    )
    print(f"{'kind':<14} {'gold':>4} {'recall':>7} {'recall+kind':>12}")
    for k in KINDS:
        s = by_kind[k]
        print(f"{k:<14} {s.gold:>4} {ratio(s.found, s.gold):>7} {ratio(kind_found[k], s.gold):>12}")
    if show:
        print(f"\nmisses ({len(misses)})")
        for aid, kind, ctx in misses:
            print(f"  {aid} {kind:<13} {ctx}")
        print(f"\nfalse alarms ({len(alarms)})")
        for aid, kind, ctx in alarms:
            print(f"  {aid} {kind or '-':<13} {ctx}")


if __name__ == "__main__":
    main()
