"""Resolve relative date expressions ("on Friday", "last month") against a published date."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
MONTHS = {
    name: i
    for i, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "a": 1,
    "an": 1,
}

_WORD = re.compile(r"[a-z]+|\d+")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month_start(day: dt.date, back: int) -> dt.date:
    year, month = day.year, day.month - back
    while month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, 1)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(text: str, published: dt.date | None) -> dt.date | None:
    """The date `text` names, relative to `published`; None when it names none we can place.

    Week- and month-level expressions resolve to their first day ("last month" → the 1st of
    the previous month; "earlier this week" → the Monday of the published week).
    """
    low = text.lower()
    iso = _ISO.search(low)
    if iso:
        return _safe(int(iso[1]), int(iso[2]), int(iso[3]))
    if published is None:
        return None
    words = _WORD.findall(low)
    if not words:
        return None
    ws = set(words)
    if ws & {"today", "tonight"} or ("this" in ws and ws & {"morning", "afternoon", "evening"}):
        return published
    if "yesterday" in ws or ("last" in ws and "night" in ws):
        return published - dt.timedelta(days=1)
    if "ago" in ws:
        for i, w in enumerate(words[:-1]):
            n = int(w) if w.isdigit() else NUMBERS.get(w)
            if n is not None and words[i + 1].startswith("day"):
                return published - dt.timedelta(days=n)
            if n is not None and words[i + 1].startswith("week"):
                return published - dt.timedelta(weeks=n)
    for w in words:
        if w.rstrip("s") in WEEKDAYS:
            wd = WEEKDAYS[w.rstrip("s")]
            back = (published.weekday() - wd) % 7
            if "last" in ws and back == 0:
                back = 7
            if "next" in ws or "coming" in ws:
                return published + dt.timedelta(days=(wd - published.weekday()) % 7 or 7)
            return published - dt.timedelta(days=back)
    if "week" in ws:
        monday = published - dt.timedelta(days=published.weekday())
        if "last" in ws or "previous" in ws:
            return monday - dt.timedelta(days=7)
        if "this" in ws:
            return monday
    if "month" in ws:
        if "last" in ws or "previous" in ws:
            return _month_start(published, 1)
        if "this" in ws:
            return _month_start(published, 0)
    if "year" in ws:
        if "last" in ws or "previous" in ws:
            return dt.date(published.year - 1, 1, 1)
        if "this" in ws:
            return dt.date(published.year, 1, 1)
    for i, w in enumerate(words):
        month = MONTHS.get(w)
        if month is None or (w == "may" and len(words) == 1):
            continue
        day = None
        for near in (words[i + 1] if i + 1 < len(words) else "", words[i - 1] if i else ""):
            if near.isdigit() and 1 <= int(near) <= 31:
                day = int(near)
                break
        years = [int(x) for x in words if x.isdigit() and len(x) == 4]
        year = years[0] if years else published.year
        found = _safe(year, month, day or 1)
        if found is not None and not years and found > published:
            found = _safe(year - 1, month, day or 1)
        return found
    return None
