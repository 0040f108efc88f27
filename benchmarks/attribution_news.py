"""Score newsgraph's quote and speaker attribution on news-dev (real news from many outlets).

    python benchmarks/attribution_news.py [--half tune|held|all] [--errors N] [--model NAME]

A gold statement counts when a statement whose content holds its first words has a speaker
whose name or span matches the gold speaker. Text is compared after collapsing whitespace and
unifying curly and straight quote marks; speakers after case-folding, dropping accents, a leading
"the", a possessive "'s" and punctuation. A name or span matches when it holds the gold
speaker as whole words ("Russian Foreign Minister Sergei Lavrov"), when the gold speaker ends
with it ("Lavrov"), or when both have two words or more, the same last word and the same
initial (a spelling variant: "Sergey Lavrov").

Prints the accuracy of direct + partial quotes and of indirect statements, per gold kind, per
sieve (the `speaker.by` of the statement that matched, or of the nearest wrong one), and the
errors. Develop on ``--half tune``; score ``held`` once, at the end (see benchmarks/newsdev.py).
The articles are read at run time and never stored; errors go to the terminal only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdev import add_half_argument, articles  # noqa: E402

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")
QUOTE_KINDS = ("direct", "partial")


def flat(text: str) -> str:
    """Whitespace collapsed, curly quote marks made straight."""
    return _WS.sub(" ", text.translate(_QUOTES)).strip()


def name_words(name: str | None) -> list[str]:
    if not name:
        return []
    s = unicodedata.normalize("NFKD", flat(name).casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("'s ", " ")
    s = re.sub(r"'s$", "", s)
    words = _PUNCT.sub(" ", s).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _holds(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def speaker_matches(gold: str, candidates: list[str | None]) -> bool:
    g = name_words(gold)
    for cand in candidates:
        c = name_words(cand)
        if not c or not g:
            continue
        if _holds(c, g) or g[-len(c) :] == c:
            return True
        if len(c) > 1 and len(g) > 1 and c[-1] == g[-1] and c[0][0] == g[0][0]:
            return True
    return False


def candidates_of(statement) -> list[str | None]:
    sp = statement.speaker
    return [sp.name, sp.span.text if sp.span else None]


def sieve_of(statement) -> str:
    return getattr(statement.speaker, "by", None) or "-"


def score(readings, arts) -> tuple[dict, list[str]]:
    per_kind: dict[str, Counter] = {}
    per_sieve: dict[str, Counter] = {}
    errors: list[str] = []
    for art, reading in zip(arts, readings, strict=True):
        contents = [(flat(s.content.text), s) for s in reading.statements]
        for q in art.gold["quotes"]:
            fw = flat(q["first_words"])
            holders = [s for c, s in contents if fw in c]
            hit = next(
                (s for s in holders if speaker_matches(q["speaker"], candidates_of(s))), None
            )
            kind = q["kind"]
            per_kind.setdefault(kind, Counter())["n"] += 1
            chosen = hit or (min(holders, key=lambda s: len(s.content.text)) if holders else None)
            sieve = sieve_of(chosen) if chosen is not None else "(no statement)"
            per_sieve.setdefault(sieve, Counter())["n"] += 1
            if hit is not None:
                per_kind[kind]["ok"] += 1
                per_sieve[sieve]["ok"] += 1
                continue
            if holders:
                got = "; ".join(
                    f"{s.speaker.name or '∅'} [{s.speaker.type}] span="
                    f"{(s.speaker.span.text if s.speaker.span else None)!r} by={sieve_of(s)}"
                    f" cue={(s.cue.text if s.cue else None)!r}"
                    for s in sorted(holders, key=lambda s: len(s.content.text))[:3]
                )
            else:
                got = "no statement holds these words"
            errors.append(
                f"{art.id} {kind:8} gold={q['speaker']!r} cue={q.get('cue')!r} "
                f"{q['first_words']!r}\n      got: {got}"
            )
    return {"kind": per_kind, "sieve": per_sieve}, errors


def _ratio(c: Counter) -> str:
    return f"{c['ok']:4d}/{c['n']:<4d} {c['ok'] / c['n'] if c['n'] else 0:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_half_argument(ap)
    ap.add_argument("--errors", type=int, default=1000, help="print at most N errors")
    ap.add_argument("--model", default=None)
    ap.add_argument("--ids", default="", help="comma-separated article ids (within the half)")
    args = ap.parse_args(argv)
    arts = articles(args.half)
    if args.ids:
        wanted = set(args.ids.split(","))
        arts = [a for a in arts if a.id in wanted]

    from newsgraph.reader import Reader

    reader = Reader(model=args.model)
    t0 = time.perf_counter()
    readings = [reader.read(a.path) for a in arts]
    seconds = time.perf_counter() - t0
    figures, errors = score(readings, arts)
    kinds = figures["kind"]
    quotes = sum((kinds.get(k, Counter()) for k in QUOTE_KINDS), Counter())
    indirect = kinds.get("indirect", Counter())
    print(f"news-dev --half {args.half}: {len(arts)} articles, read in {seconds:.1f} s")
    print(f"direct + partial  {_ratio(quotes)}   (goal >= 0.90)")
    print(f"indirect          {_ratio(indirect)}   (goal >= 0.85)")
    print("per kind:")
    for k in (*QUOTE_KINDS, "indirect"):
        if k in kinds:
            print(f"  {k:16} {_ratio(kinds[k])}")
    print("per sieve (of the statement that matched, or of the nearest wrong one):")
    for sieve, c in sorted(figures["sieve"].items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {sieve:24} {_ratio(c)}")
    if errors and args.errors:
        print(f"\nerrors ({len(errors)}):")
        for line in errors[: args.errors]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
