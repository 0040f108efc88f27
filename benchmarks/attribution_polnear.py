"""Score newsgraph's attribution on PolNeAR (train split) and compare with textacy.

    python benchmarks/attribution_polnear.py [--data DIR] [--half study|check|all] [--limit N]
                                             [--show N] [--no-textacy]

For each article the first annotation file by sorted name is gold. Prints precision, recall and
F1 of Source, Cue and Content spans: (a) exact after trimming whitespace, quote marks and
punctuation at both ends of every piece (pieces that only such characters keep apart are merged), (b) overlap (token Jaccard >= 0.5, one-to-one). Then,
on gold direct quotes only (content in quote marks, with a source), the speaker accuracy of
newsgraph and of textacy's ``direct_quotations``, with both tools' articles per second.
PolNeAR text is read at run time and never stored; mismatches go to the terminal only.

Halves: ``--half study`` or ``--half check`` keeps the articles whose file name falls in that
half: the first byte of sha1("polnear-half-1:" + file stem) even -> study, odd -> check (the
salt is fixed, so the split never moves; about 420 articles each). Read mismatches (``--show``)
on the study half only; a rule change is kept when it helps, or does not hurt, the check half
too. ``--limit N`` takes the first N articles of the chosen half.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polnear_speakers  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-train"
TYPES = ("Source", "Cue", "Content")
_TRIM = " \t\r\n\"'“”‘’«»`.,;:!?()[]{}-–—…"
_WORD = re.compile(r"\w+")
_QUOTE_OPEN = "\"“«`'"
_QUOTE_CLOSE = "\"”»'"

Pieces = tuple[tuple[int, int], ...]


# -- gold ------------------------------------------------------------------------------------
HALF_SALT = "polnear-half-1"
HALVES = ("study", "check", "all")


def half_of(stem: str) -> str:
    """'study' or 'check': a fixed hash of the article's file name (see the module text)."""
    return "study" if hashlib.sha1(f"{HALF_SALT}:{stem}".encode()).digest()[0] % 2 == 0 else "check"


def articles(data: Path, limit: int | None, half: str = "all") -> list[tuple[str, Path, Path]]:
    anns: dict[str, Path] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)
    out = []
    for txt in sorted((data / "text").glob("*.txt")):
        if txt.stem in anns and (half == "all" or half_of(txt.stem) == half):
            out.append((txt.stem, txt, anns[txt.stem]))
    return out[:limit] if limit else out


def read_gold(ann: Path) -> tuple[dict[str, list[Pieces]], list[dict[str, Pieces]]]:
    """Spans by type, and attributions as {type: pieces}."""
    spans: dict[str, Pieces] = {}
    kinds: dict[str, str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = tuple(pieces)
            kinds[parts[0]] = kind
    by_type: dict[str, list[Pieces]] = defaultdict(list)
    for tid, pieces in spans.items():
        if kinds[tid] in TYPES:
            by_type[kinds[tid]].append(pieces)
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("E"):
            continue
        rel = {}
        for arg in line.split("\t")[1].split():
            role, _, tid = arg.partition(":")
            if role in TYPES and tid in spans:
                rel[role] = spans[tid]
        relations.append(rel)
    return by_type, relations


# -- matching --------------------------------------------------------------------------------
def norm(text: str, pieces: Pieces) -> Pieces:
    """Trim each piece, then merge pieces that only whitespace, quote marks or punctuation keep
    apart: BRAT cuts a span at every sentence break it displays, so a three-sentence quote is
    stored as three pieces; that cut carries no meaning, for gold and prediction alike."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        while a < b and (text[a] in _TRIM or text[a].isspace()):  # also no-break spaces
            a += 1
        while b > a and (text[b - 1] in _TRIM or text[b - 1].isspace()):
            b -= 1
        if b <= a:
            continue
        if out and (
            out[-1][1] >= a or all(ch in _TRIM or ch.isspace() for ch in text[out[-1][1] : a])
        ):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def words(text: str, pieces: Pieces) -> frozenset[int]:
    return frozenset(a + m.start() for a, b in pieces for m in _WORD.finditer(text[a:b]))


def jaccard(x: frozenset[int], y: frozenset[int]) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlap_matches(text: str, pred: set[Pieces], gold: set[Pieces]) -> int:
    gw = [words(text, g) for g in gold]
    pairs = []
    for i, p in enumerate(pred):
        pw = words(text, p)
        for j, g in enumerate(gw):
            s = jaccard(pw, g)
            if s >= 0.5:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, n = set(), set(), 0
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            n += 1
    return n


# -- predictions -----------------------------------------------------------------------------
def predicted(statements) -> dict[str, set[Pieces]]:
    out: dict[str, set[Pieces]] = {t: set() for t in TYPES}
    own_cues = {s.cue.start for s in statements if s.cue is not None}
    for s in statements:
        if s.speaker.span is not None:
            out["Source"].add(((s.speaker.span.start, s.speaker.span.end),))
        cue = s.cue_phrase or s.cue  # the phrase follows PolNeAR's cue convention
        if cue is not None:
            out["Cue"].add(((cue.start, cue.end),))
        parts = s.content_parts or [s.content]
        out["Content"].add(tuple((p.start, p.end) for p in parts))
        for r in s.relayed_by:  # links that are no statement of their own ("according to X")
            if r.cue is not None and r.span is not None and r.cue.start not in own_cues:
                out["Source"].add(((r.span.start, r.span.end),))
                out["Cue"].add(((r.cue.start, r.cue.end),))
    return out


def direct_gold(text: str, relations) -> list[tuple[Pieces, Pieces]]:
    out = []
    for rel in relations:
        if "Content" not in rel or "Source" not in rel:
            continue
        c = rel["Content"]
        body = text[c[0][0] : c[-1][1]].strip()
        if len(body) > 2 and body[0] in _QUOTE_OPEN and body[-1] in _QUOTE_CLOSE:
            out.append((rel["Content"], rel["Source"]))
    return out


def speaker_hits(text: str, gold_direct, pairs: list[tuple[Pieces, Pieces]]) -> int:
    """Gold direct quotes whose content a tool found (Jaccard >= .5) with the right speaker."""
    hits = 0
    pw = [(words(text, c), words(text, s)) for c, s in pairs]
    for content, source in gold_direct:
        gc, gs = words(text, content), words(text, source)
        for c, s in pw:
            if jaccard(c, gc) >= 0.5 and s and (s & gs):
                hits += 1
                break
    return hits


# -- main ------------------------------------------------------------------------------------
def parsed(nlp, texts: list[str], cache: Path | None, writable: bool = True) -> tuple[list, bool]:
    """Docs through every pipe but attribution; the spaCy parse from ``cache`` when it holds
    these texts (actors are run again: they are cheap and not serialisable). A cache of all the
    articles serves either half: its docs are picked by text."""
    from spacy.tokens import DocBin  # noqa: PLC0415

    own = [n for n in nlp.pipe_names if n.startswith("newsgraph_") and n != "newsgraph_paragraphs"]
    if cache is not None and cache.exists():
        by_text = {d.text: d for d in DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab)}
        if all(t in by_text for t in texts):  # the same texts, or some of them (--limit, --half)
            actors = nlp.get_pipe("newsgraph_actors")
            return [actors(by_text[t]) for t in texts], True
        print(f"{cache}: holds other texts; parsing again (the cache is left as it is)")
        cache = None
    if not writable:
        cache = None
    docs = list(nlp.pipe(texts, disable=own))
    if cache is not None:
        cache.write_bytes(DocBin(docs=docs).to_bytes())
    actors = nlp.get_pipe("newsgraph_actors")
    return [actors(d) for d in docs], False


def load_textacy():
    try:
        import textacy.extract.triples as triples  # noqa: PLC0415
    except Exception as err:  # noqa: BLE001 - any failure means: skip the comparison
        print(f"textacy unavailable ({type(err).__name__}: {err}); comparison skipped")
        return None
    return triples.direct_quotations


def textacy_pairs(fn, doc) -> tuple[list[tuple[Pieces, Pieces]], bool]:
    pairs = []
    try:
        for trip in fn(doc):
            if not trip.content or not trip.speaker:
                continue
            c = ((trip.content[0].idx, trip.content[-1].idx + len(trip.content[-1].text)),)
            s = tuple((t.idx, t.idx + len(t.text)) for t in trip.speaker)
            pairs.append((c, s))
    except Exception:  # noqa: BLE001 - textacy raises on unbalanced quote marks
        return pairs, False
    return pairs, True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--half",
        choices=HALVES,
        default="all",
        help="study (read mismatches here), check (confirm a change here) or all (default)",
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="print N mismatches per span type")
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--speaker-errors", type=int, default=0, help="print N speaker errors")
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep the spaCy parse in this file (a DocBin) and reuse it on the next run; "
        "for iterating on attribution rules (the speed figures then exclude the parse)",
    )
    ap.add_argument(
        "--model", default=None, help="spaCy model (default: NEWSGRAPH_MODEL or the bundled one)"
    )
    args = ap.parse_args(argv)
    if not (args.data / "text").is_dir():
        print(f"{args.data}: no PolNeAR text/ folder here (pass --data)")
        return 2
    items = articles(args.data, args.limit, args.half)
    texts = [p.read_text(encoding="utf-8") for _, p, _ in items]

    from newsgraph.pipeline import build

    # the pipeline `newsgraph read` runs (paragraph breaks, actors for the speakers), without events
    nlp = build(args.model, ["newsgraph_actors", "newsgraph_attribution"])
    component = nlp.get_pipe("newsgraph_attribution")
    t0 = time.perf_counter()
    docs, cached = parsed(nlp, texts, args.cache, writable=args.half == "all")
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        component(doc)
    ours_s = time.perf_counter() - t0

    exact = {t: Score() for t in TYPES}
    loose = {t: Score() for t in TYPES}
    misses: dict[str, list[str]] = {t: [] for t in TYPES}
    n_direct = ours_hits = 0
    gold_sets = []
    speakers = polnear_speakers.SpeakerScore()
    for (name, _, ann), text, doc in zip(items, texts, docs, strict=True):
        gold_by_type, relations = read_gold(ann)
        polnear_speakers.score_article(speakers, name, text, doc, relations, args.speaker_errors)
        pred = predicted(doc._.statements)
        for t in TYPES:
            g = {norm(text, p) for p in gold_by_type.get(t, [])} - {()}
            p = {norm(text, x) for x in pred[t]} - {()}
            exact[t].add(len(g & p), len(p), len(g))
            loose[t].add(overlap_matches(text, p, g), len(p), len(g))
            if args.show and len(misses[t]) < args.show:
                for x in sorted(p - g)[:2]:
                    misses[t].append(f"  FP {name}: {' … '.join(text[a:b] for a, b in x)[:150]!r}")
                for x in sorted(g - p)[:2]:
                    misses[t].append(f"  FN {name}: {' … '.join(text[a:b] for a, b in x)[:150]!r}")
        gd = direct_gold(text, relations)
        gold_sets.append(gd)
        n_direct += len(gd)
        ours = []
        for s in doc._.statements:
            if s.kind == "direct" and s.speaker.span is not None:
                parts = s.content_parts or [s.content]
                ours.append(
                    (
                        tuple((p.start, p.end) for p in parts),
                        ((s.speaker.span.start, s.speaker.span.end),),
                    )
                )
        ours_hits += speaker_hits(text, gd, ours)

    n = len(items)
    print(f"PolNeAR train: {n} articles, half {args.half} ({args.data})")
    print(f"{'':8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}")
    for t in TYPES:
        p, r, f = exact[t].prf()
        lp, lr, lf = loose[t].prf()
        e = exact[t]
        print(
            f"{t:8} {p:8.3f} {r:6.3f} {f:6.3f}   {lp:9.3f} {lr:6.3f} {lf:6.3f}"
            f"   exact {e.tp}/{e.tp + e.fp}/{e.tp + e.fn} (tp/pred/gold)"
        )
    print(
        "published exact F1 (test split): BERT-CRF 0.822 / 0.749 / 0.710; CRF 0.506 / 0.534 / 0.286"
    )
    if cached:
        print(f"speed: parse read from {args.cache}; attribution {n / ours_s:.1f} articles/s")
    else:
        print(
            f"speed: parse {n / parse_s:.1f} articles/s; attribution component {ours_s / parse_s:.1%} of parse time"
        )
    ours_rate = n / (parse_s + ours_s)
    print()
    print(f"direct quotes in gold (with a source): {n_direct}")
    print(
        f"  newsgraph speaker accuracy: {ours_hits / max(n_direct, 1):.3f}   {ours_rate:.1f} articles/s (parse + attribution)"
    )
    polnear_speakers.report(speakers)
    fn = None if args.no_textacy else load_textacy()
    if fn is not None:
        t0 = time.perf_counter()
        results = [textacy_pairs(fn, doc) for doc in docs]
        tx_s = time.perf_counter() - t0
        crashes = sum(1 for _, ok in results if not ok)
        tx_hits = sum(
            speaker_hits(text, gd, pairs)
            for text, gd, (pairs, _) in zip(texts, gold_sets, results, strict=True)
        )
        print(
            f"  textacy   speaker accuracy: {tx_hits / max(n_direct, 1):.3f}   {n / (parse_s + tx_s):.1f} articles/s "
            f"(parse + direct_quotations); raised on {crashes} of {n} articles"
        )
    if args.show:
        for t in TYPES:
            print(f"\n{t} mismatches:")
            print("\n".join(misses[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
