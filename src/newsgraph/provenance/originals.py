"""Which of two related articles is the likely original, and why.

Each clue votes for one side and is kept as evidence:

* publication dates — the earlier article is the original;
* credits — a copy names where it comes from: an agency dateline ("(Reuters) -", "(AP)"), a
  headline ending "– Politico", "originally appeared on …", "republished from …"; an article
  whose own outlet is the credited one is the original;
* an AMP or print twin of a page (its URL says so) is the copy;
* containment — for a verbatim pair, the text that holds the other plus page furniture is the
  copy of the shorter one when the shorter one carries no credit (padding), and a text that is
  a truncation of the other is its copy.

``direction`` is "known" when the clues that speak agree, "uncertain" when none speaks or
they disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_CREDIT = re.compile(
    r"\((?P<agency>Reuters|AP|AFP|Xinhua|TASS|IANS|PTI|ANI|Kyodo|Yonhap|Bloomberg|UNI|dpa|EFE|Anadolu)\)\s*[-–—]?"
    r"|(?:originally (?:appeared|published) (?:on|in|at)|republished (?:from|with permission of)|"
    r"this (?:article|story) (?:first|originally) appeared (?:on|in))\s+(?P<site>[\w .'-]{2,40})",
    re.IGNORECASE,
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


def credits(side: Side) -> list[str]:
    """Who the article credits as its source (agencies, sites, a headline's outlet)."""
    found = [m.group("agency") or m.group("site").strip(" .") for m in _CREDIT.finditer(side.text)]
    if side.cited_outlet:
        found.append(side.cited_outlet)
    return list(dict.fromkeys(f for f in found if f))


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
    for this, other in ((a, b), (b, a)):
        for credit in credits(this):
            if _names(this.outlet, credit) and not _names(other.outlet, credit):
                votes.append((this.id, f"{this.id} is {credit}'s own page"))
            elif not _names(this.outlet, credit):
                votes.append((other.id, f"{this.id} credits {credit}"))
                break
        if (
            this.url
            and _TWIN.search(this.url.split("://", 1)[-1])
            and not (other.url and _TWIN.search(other.url.split("://", 1)[-1]))
        ):
            votes.append((other.id, f"{this.id} is an AMP/print/mobile twin"))
    if contained and verbatim:
        other = b.id if contained == a.id else a.id
        votes.append((other, f"{contained} is a truncation of {other}"))
    sides = {v for v, _ in votes}
    evidence = [reason for _, reason in votes]
    if len(sides) == 1:
        original = sides.pop()
        return Direction(original, b.id if original == a.id else a.id, "known", evidence)
    if not votes:
        evidence = ["no dates, credits or containment tell them apart"]
    else:
        evidence.append("the clues disagree")
    # uncertain: keep the one seen first as the copy's likely original
    return Direction(b.id, a.id, "uncertain", evidence)
