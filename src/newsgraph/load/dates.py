"""Publication dates: lenient parsing of the date strings that news metadata carries.

``parse_date`` never raises: anything it cannot read is ``None`` (an unknown date is not an
error). ``find_date`` looks for a date inside a longer line such as a dateline.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(r"\b(?P<year>\d{4})/(?P<mon>\d{2})/(?P<day>\d{2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]


def _build(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def find_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text`` (ISO, ``March 8, 2024``, ``8 March 2024``)."""
    best: tuple[int, dt.date] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("mon"):
                month = int(groups["mon"])
            else:
                month = _MONTHS[groups["month"][:3].lower()]
            day = _build(groups["year"], month, groups["day"])
            if day is not None and (best is None or match.start() < best[0]):
                best = (match.start(), day)
            break
    return best[1] if best else None


def parse_date(value: object) -> dt.date | None:
    """A date from a metadata value: ``date``/``datetime`` objects, ISO strings
    (``2024-03-08``, ``2024-03-08T10:00:00Z``), ``March 8, 2024``, ``8 March 2024``.

    The calendar date is taken as written (no time-zone conversion). Unreadable → ``None``.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 200:
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    return find_date(value)
