"""Event coding against the gold events of news-dev (real news excerpts from many outlets).

    python benchmarks/events_news.py [--half tune|held|all] [--misses] [--model NAME]

A gold event counts as found when one event newsgraph coded in the same article has the gold
CAMEO root and a source of the gold actor's country or name ("Kim Yo Jong (North Korea)" is
met by any source coded PRK, or by a source named Kim Yo Jong, Kim Yo-jong or Kim). Gold sources holding several
actors ("United States; Saudi Arabia") are met by any of them. Modality is not required to
agree (gold keeps planned and conditional events too); the share that also agrees on it is
printed beside the score.

With --excess (tune only, like --misses) it also lists the events coded that meet no gold event
(no gold event of the article has their root and source): what a change in precision is about.

Prints the score, the number of events emitted per gold event (coverage must not come from
spraying events: goal <= 1.5), found / gold per root with the events emitted per root, and
with --misses each gold event not found next to the events coded in its article. Look at
misses only on --half tune (see benchmarks/newsdev.py).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdev import add_half_argument, articles  # noqa: E402


def _norm(text: str) -> str:
    text = re.sub(r"[’'`]", "'", text.lower()).replace("-", " ")
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text)


def name_index() -> dict[str, tuple[str, str]]:
    """Country and organisation names (and aliases) → ("country", ISO3) or ("code", code)."""
    from newsgraph.actors import tables

    index: dict[str, tuple[str, str]] = {}
    for org in tables.organisations():
        for name in (org.name, *org.aliases, org.code):
            index.setdefault(_norm(name), ("code", org.code))
    for c in tables.countries():
        for name in (c.name, *c.aliases):
            index[_norm(name)] = ("country", c.iso3)
    return index


def gold_actor(value: str | None, index) -> tuple[set[str], set[str], set[str]]:
    """Countries, codes and names of a gold actor string ("A (Country); B")."""
    countries: set[str] = set()
    codes: set[str] = set()
    names: set[str] = set()
    for part in (value or "").split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", part)
        name, paren = (m.group(1), m.group(2)) if m else (part, None)
        for text in (name, paren):
            found = index.get(_norm(text)) if text else None
            if found is not None:
                (countries if found[0] == "country" else codes).add(found[1])
        names.add(_norm(name))
    return countries, codes, names


def source_matches(actor, gold: tuple[set[str], set[str], set[str]]) -> bool:
    if actor is None:
        return False
    countries, codes, names = gold
    if actor.country and actor.country in countries:
        return True
    if actor.code and (actor.code in codes or actor.code in countries):
        return True
    said = {_norm(x) for x in (actor.name, actor.span.text if actor.span else None) if x}
    for name in names:
        words = set(name.split())
        for s in said:  # the same name, or part of it ("Kim" for "Kim Yo Jong", "Lavrov")
            if s == name or (len(words) > 1 and set(s.split()) <= words):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    add_half_argument(parser)
    parser.add_argument("--model", default=None)
    parser.add_argument("--misses", action="store_true", help="print the gold events not found")
    parser.add_argument(
        "--excess", action="store_true", help="print the events coded that meet no gold event"
    )
    args = parser.parse_args()
    if (args.misses or args.excess) and args.half != "tune":
        parser.error("--misses and --excess are for --half tune only (see benchmarks/newsdev.py)")

    from newsgraph.reader import Reader

    reader = Reader(args.model)
    index = name_index()
    found = Counter()
    gold_n = Counter()
    emitted = Counter()
    sourceless = 0
    agree = 0
    misses = []
    excess = []
    for art in articles(args.half):
        published = art.manifest.get("published")
        meta = {"outlet": art.manifest.get("outlet")}
        if published and len(published) == 10:
            import datetime as dt

            meta["published"] = dt.date.fromisoformat(published)
        events = reader.read(art.text, **meta).events
        for e in events:
            emitted[e.root] += 1
            sourceless += e.source is None
        for g in art.gold["events"]:
            root = g["cameo_root"]
            gold_n[root] += 1
            who = gold_actor(g["source_actor"], index)
            hits = [e for e in events if e.root == root and source_matches(e.source, who)]
            if hits:
                found[root] += 1
                hypothetical = g.get("hypothetical") or False
                negated = g.get("negated") or False
                if any(
                    (e.modality in ("hypothetical", "proposed")) == hypothetical
                    and (e.negated or e.modality == "denied") == negated
                    for e in hits
                ):
                    agree += 1
            else:
                misses.append((art.id, g, events))
        whos = [(g["cameo_root"], gold_actor(g["source_actor"], index)) for g in art.gold["events"]]
        excess.extend(
            (art.id, e)
            for e in events
            if not any(e.root == root and source_matches(e.source, who) for root, who in whos)
        )

    total, hit = sum(gold_n.values()), sum(found.values())
    n_emitted = sum(emitted.values())
    print(f"news-dev ({args.half}): {len(articles(args.half))} articles, {total} gold events")
    print(
        f"found {hit}/{total} = {hit / total:.3f}   events emitted {n_emitted} "
        f"= {n_emitted / total:.2f} per gold event (goal <= 1.5; {sourceless} with no source)   "
        f"found with modality agreeing {agree}/{total} = {agree / total:.3f}"
    )
    print("\nroot  found/gold   emitted")
    for root in sorted(set(gold_n) | set(emitted)):
        print(f"  {root}  {found[root]:>4}/{gold_n[root]:<4}  {emitted[root]:>6}")
    if args.misses:
        print("\nmisses")
        for aid, g, events in misses:
            print(
                f"{aid} {g['cameo_root']} {g['source_actor']} → {g['target_actor']}: {g['action']}"
            )
            coded = ", ".join(
                f"{e.root}:{e.source.code if e.source else '-'}"
                f"→{e.target.code if e.target else '-'}[{e.trigger.text}]"
                for e in events
            )
            print(f"    coded: {coded or '(none)'}")
    if args.excess:
        print(f"\nevents that meet no gold event: {len(excess)}")
        for aid, e in excess:
            print(
                f"{aid} {e.cameo} {e.source.code if e.source else '-'}"
                f"→{e.target.code if e.target else '-'} [{e.trigger.text}] {e.modality}"
                f"{' negated' if e.negated else ''}  | {e.sentence.text[:150]!r}"
            )


if __name__ == "__main__":
    main()
