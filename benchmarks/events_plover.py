"""Event coding against the PLOVER gold standard records (dev split).

    python benchmarks/events_plover.py [--data PATH] [--misses] [--model NAME]

Each record is one sentence with its gold event type, source and target actors (country code and
sector). Every sentence is read by the full newsgraph pipeline; its events (not negated, not
denied, not hypothetical, with a PLOVER type) are compared with the gold record as sets:
  (a) event type;
  (b) type + source country + target country (compound gold actors give one tuple each);
  (c) as (b) with sectors (GOV, MIL, REB …; gold sectors are cut to their first three letters).
Prints precision, recall and F1 of each, and the confusion of gold type → predicted types.
Actors without a country count by their sector (IGO, NGO, IMG …); IGO and NGO are one class, as
the gold records use them interchangeably; legacy gold codes JAP, ITL, VTN read as JPN, ITA, VNM.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "plover-gsr" / "dev.json"


# Gold records use a few legacy country codes; international bodies are coded IGO or NGO
# inconsistently (the Red Cross and Amnesty International are "IGO"), so both count as one class.
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
INTERNATIONAL = {"IGO": "INT", "NGO": "INT"}


def norm(code: str | None) -> str | None:
    code = LEGACY.get(code, code)
    return INTERNATIONAL.get(code, code)


def gold_actors(value) -> list[tuple[str | None, str | None]]:
    if not value or not isinstance(value, list):
        return [(None, None)]
    out = []
    for a in value:
        if not isinstance(a, dict):
            continue
        code = (a.get("code") or "").strip().upper() or None
        sector = (a.get("sector") or "").strip()[:3].upper() or None
        if sector and not sector.isalpha():
            sector = None
        out.append((norm(code), sector))
    return out or [(None, None)]


def event_actor(actor) -> tuple[str | None, str | None]:
    if actor is None:
        return None, None
    sector = actor.sector
    if actor.country:
        return actor.country, sector
    if sector:  # an international or non-state body: IGO, NGO, IMG …
        return norm(sector), None
    return (actor.code or None), sector


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", default=None)
    parser.add_argument("--misses", action="store_true", help="print the records we got wrong")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data} not found")
    records = json.loads(args.data.read_text(encoding="utf-8"))

    from newsgraph.reader import Reader

    reader = Reader(args.model)
    counts = {k: Counter() for k in ("type", "actors", "sectors")}
    confusion: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        gold_type = rec["event"]
        srcs, tgts = gold_actors(rec.get("source")), gold_actors(rec.get("target"))
        gold = {
            "type": {gold_type},
            "actors": {(gold_type, s[0], t[0]) for s in srcs for t in tgts},
            "sectors": {(gold_type, s, t) for s in srcs for t in tgts},
        }
        published = None
        if rec.get("date"):  # a placeholder in these records, but what an article would give
            published = dt.date.fromisoformat(rec["date"][:10])
        events = [
            e
            for e in reader.read(rec["text"], published=published).events
            if e.plover and not e.negated and e.modality not in ("denied", "hypothetical")
        ]
        pred = {"type": set(), "actors": set(), "sectors": set()}
        triggers = sorted({f"{e.plover}:{e.trigger.text}" for e in events})
        for e in events:
            s, t = event_actor(e.source), event_actor(e.target)
            pred["type"].add(e.plover)
            pred["actors"].add((e.plover, s[0], t[0]))
            pred["sectors"].add((e.plover, s, t))
        for k in counts:
            counts[k]["tp"] += len(pred[k] & gold[k])
            counts[k]["fp"] += len(pred[k] - gold[k])
            counts[k]["fn"] += len(gold[k] - pred[k])
        if gold_type in pred["type"]:
            confusion[gold_type][gold_type] += 1
        for other in pred["type"] - {gold_type}:
            confusion[gold_type][other] += 1
        if not pred["type"]:
            confusion[gold_type]["-"] += 1
        if args.misses and pred["actors"] != gold["actors"]:
            print(
                f"{rec['id']}\n  {rec['text'][:200]}\n  gold {sorted(gold['actors'], key=str)}"
                f"\n  pred {sorted(pred['actors'], key=str)}\n  triggers {triggers}"
            )

    print(f"PLOVER dev: {len(records)} records, {args.data}")
    names = {
        "type": "(a) event type",
        "actors": "(b) type + source + target country",
        "sectors": "(c) (b) + sectors",
    }
    for k, label in names.items():
        p, r, f = prf(counts[k]["tp"], counts[k]["fp"], counts[k]["fn"])
        print(
            f"{label:<40} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
            f"(tp {counts[k]['tp']}, fp {counts[k]['fp']}, fn {counts[k]['fn']})"
        )
    print('\nconfusion: gold type → predicted types ("-" = no event)')
    for gold_type in sorted(confusion):
        row = confusion[gold_type]
        cells = ", ".join(f"{t} {n}" for t, n in row.most_common())
        print(f"  {gold_type:<12} {cells}")


if __name__ == "__main__":
    main()
