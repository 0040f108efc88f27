"""Which of two related articles is the likely original, and why.

Each clue votes for one side and is kept as evidence:

* publication dates — the earlier article is the original;
* credits — a text names where it comes from: an agency dateline ("(Reuters) -", "(AP)"), a
  headline ending "– Politico", "originally appeared on …", "republished from …". The
  credited outlet's own page is the original; otherwise the side that keeps the credit is
  nearer the source than a side that dropped it (spinners and summarisers drop credits), and
  two sides crediting the same source say nothing about each other;
* an AMP or print twin of a page (its URL says so) is the copy;
* containment — a weak clue, heard only when none of the above speaks, that never makes the
  direction known: a text that is a truncation of the other is taken for its copy (copies are
  cut more often than extended; furniture added around a copy is left out of the compared
  words) — an edited copy may just as well add a paragraph, so containment proves nothing.

``direction`` is "known" when the strong clues that speak agree, "uncertain" when none speaks
or they disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_AGENCIES = "Reuters|AP|AFP|Xinhua|TASS|IANS|PTI|ANI|Kyodo|Yonhap|Bloomberg|UNI|dpa|EFE|Anadolu"
_CREDIT = re.compile(
    rf"\((?P<agency>{_AGENCIES})\)\s*[-–—]?"
    rf"|^[ \t]*By[ \t]+(?P<byline>{_AGENCIES})\b"
    r"|(?:originally (?:appeared|published) (?:on|in|at)|republished (?:from|with permission of)|"
    r"this (?:article|story) (?:first|originally) appeared (?:on|in))\s+(?P<site>[\w .'-]{2,40})",
    re.IGNORECASE | re.MULTILINE,
)
_TWIN = re.compile(r"(?:^|[/.?&_-])(?:amp|print|mobile|m)(?:[/.?&=_-]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Side:
    """What is known of one article for telling originals from copies."""

    id: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    cited_outlet: str | None = None


@dataclass
class Direction:
    original: str
    copy: str
    direction: str  # "known" | "uncertain"
    evidence: list[str] = field(default_factory=list)


CREDIT_REACH = 600  # credits stand in a dateline or a closing line: characters searched at each end


def credits(side: Side) -> list[str]:
    """Who the article credits as its source (agencies, sites, a headline's outlet), from its
    first and last ``CREDIT_REACH`` characters."""
    text = side.text
    ends = (
        text if len(text) <= 2 * CREDIT_REACH else text[:CREDIT_REACH] + "\n" + text[-CREDIT_REACH:]
    )
    found = [
        m.group("agency") or m.group("byline") or m.group("site").strip(" .")
        for m in _CREDIT.finditer(ends)
    ]
    if side.cited_outlet:
        found.append(side.cited_outlet)
    return list(dict.fromkeys(f for f in found if f))


def _same(x: str, y: str) -> bool:
    return x.lower().strip() == y.lower().strip()


def _names(outlet: str | None, credit: str) -> bool:
    """Whether an outlet name is the credited one ("Reuters", "Reuters World" for Reuters)."""
    if not outlet:
        return False
    outlet, credit = outlet.lower().strip(), credit.lower().strip()
    return outlet == credit or outlet.startswith(credit + " ") and "(" not in outlet


def direction(
    a: Side, b: Side, *, contained: str | None = None, verbatim: bool = False
) -> Direction:
    """Decide which of a and b is the original. ``contained``: id of the side whose text lies
    wholly inside the other's (a truncation), if any."""
    votes: list[tuple[str, str]] = []  # (original id, reason)
    if a.published and b.published and a.published != b.published:
        first, second = (a, b) if a.published < b.published else (b, a)
        votes.append(
            (first.id, f"{first.id} published {first.published}, {second.id} {second.published}")
        )
    credited = {a.id: credits(a), b.id: credits(b)}
    for this, other in ((a, b), (b, a)):
        for credit in credited[this.id]:
            if _names(this.outlet, credit) and not _names(other.outlet, credit):
                votes.append((this.id, f"{this.id} is {credit}'s own page"))
                break
            if _names(other.outlet, credit):
                votes.append((other.id, f"{this.id} credits {credit}, the outlet of {other.id}"))
                break
            if not any(_same(credit, c) for c in credited[other.id]):
                votes.append((this.id, f"{this.id} credits {credit}, {other.id} does not"))
                break
        if (
            this.url
            and _TWIN.search(this.url.split("://", 1)[-1])
            and not (other.url and _TWIN.search(other.url.split("://", 1)[-1]))
        ):
            votes.append((other.id, f"{this.id} is an AMP/print/mobile twin"))
    sides = {v for v, _ in votes}
    evidence = [reason for _, reason in votes]
    if len(sides) == 1:
        original = sides.pop()
        return Direction(original, b.id if original == a.id else a.id, "known", evidence)
    if votes:
        evidence.append("the clues disagree")
    elif contained and verbatim:  # weak: copies are cut more often than extended
        original = b.id if contained == a.id else a.id
        evidence = [f"{contained} is a truncation of {original} (no date or credit to confirm)"]
        return Direction(original, contained, "uncertain", evidence)
    else:
        evidence = ["no dates, credits or containment tell them apart"]
    # uncertain: keep the one seen first as the copy's likely original
    return Direction(b.id, a.id, "uncertain", evidence)
