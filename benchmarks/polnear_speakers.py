"""Speaker accuracy on PolNeAR, scored like news-dev: is our speaker the gold source?

For each gold attribution with a source and a content, the statement whose content overlaps
the gold content most (word Jaccard, among statements sharing at least half the words of the
shorter of the two) is *its* statement. The speaker is right when the gold source's head word
(the root of its span in our parse) lies inside our speaker's span, or is a name word of our
resolved speaker name ("she" resolved to "Ana Ruiz" for a gold "Ruiz"). A gold attribution
with no overlapping statement is counted apart (missing), not as a wrong speaker.

Figures are split by our statement's ``speaker.by`` and by whether it holds a quote. Used by
``attribution_polnear.py``; PolNeAR text is read at run time and printed to the terminal only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+")


def _words(text: str, pieces) -> frozenset[int]:
    return frozenset(a + m.start() for a, b in pieces for m in _WORD.finditer(text[a:b]))


@dataclass
class SpeakerScore:
    by_sieve: dict[str, Counter] = field(default_factory=dict)
    by_quote: dict[str, Counter] = field(default_factory=dict)
    missing: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, sieve: str, quoted: bool, ok: bool) -> None:
        for table, key in (
            (self.by_sieve, sieve),
            (self.by_quote, "quote" if quoted else "no quote"),
        ):
            c = table.setdefault(key, Counter())
            c["n"] += 1
            c["ok"] += ok

    def total(self) -> Counter:
        return sum(self.by_sieve.values(), Counter())


def _gold_head(doc, pieces):
    """The head token of a gold source mention (the root of its first piece in our parse)."""
    for a, b in pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span):
            return span.root
    return None


def _speaker_right(head, statement) -> bool:
    sp = statement.speaker
    if sp.span is not None and sp.span.start <= head.idx < sp.span.end:
        return True
    if head.pos_ == "PRON" or not sp.name:
        return False
    return head.lower_ in {w.lower() for w in _WORD.findall(sp.name)}


def score_article(score: SpeakerScore, name: str, text: str, doc, relations, show: int) -> None:
    ours = []
    for s in doc._.statements:
        parts = s.content_parts or [s.content]
        ours.append((_words(text, [(p.start, p.end) for p in parts]), s))
    for rel in relations:
        if "Source" not in rel or "Content" not in rel:
            continue
        head = _gold_head(doc, rel["Source"])
        gw = _words(text, rel["Content"])
        if head is None or not gw:
            continue
        score.gold += 1
        best, best_j = None, 0.0
        for pw, s in ours:
            inter = len(pw & gw)
            if not inter or inter < 0.5 * min(len(pw), len(gw)):
                continue
            j = inter / len(pw | gw)
            if j > best_j:
                best, best_j = s, j
        if best is None:
            score.missing += 1
            continue
        ok = _speaker_right(head, best)
        sieve = best.speaker.by or "-"
        score.add(sieve, best.quote is not None, ok)
        if not ok and len(score.errors) < show:
            src = " … ".join(text[a:b] for a, b in rel["Source"])
            got = best.speaker.span.text if best.speaker.span else None
            cue = best.cue.text if best.cue else None
            score.errors.append(
                f"{name} by={sieve} gold={src!r} got={got!r} ({best.speaker.name!r}) "
                f"cue={cue!r}\n      {best.content.text[:110]!r}"
            )


def _ratio(c: Counter) -> str:
    return f"{c['ok']:5d}/{c['n']:<5d} {c['ok'] / c['n'] if c['n'] else 0:.3f}"


def report(score: SpeakerScore) -> None:
    total = score.total()
    print(
        f"speaker accuracy (gold attributions with a source: {score.gold}; "
        f"with an overlapping statement: {total['n']}; missing: {score.missing})"
    )
    print(f"  right speaker      {_ratio(total)}")
    for key, c in sorted(score.by_quote.items()):
        print(f"    {key:16} {_ratio(c)}")
    print("  per sieve (speaker.by of our statement):")
    for key, c in sorted(score.by_sieve.items(), key=lambda kv: -kv[1]["n"]):
        print(f"    {key:16} {_ratio(c)}")
    if score.errors:
        print(f"\nspeaker errors (first {len(score.errors)}):")
        for line in score.errors:
            print("  " + line)
