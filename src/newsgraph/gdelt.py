"""Readings as rows of the GDELT 2.0 event table, for `newsgraph read --format gdelt`.

The same columns, in the same order and with the same conventions, as the store's export
(`newsgraph export --format gdelt`, built in SQL in `corpus/export.py`); a test holds the two
to each other. Fields newsgraph does not produce are empty; country codes are ISO 3166
alpha-3 (GDELT's geo fields use FIPS 10-4).

After the 61 standard columns come newsgraph's own (`EXTRA_COLUMNS`), so that hedged and
hypothetical events are never mixed silently with facts:
- ``NGCertainty``: the event's certainty (FactBank code, see `newsgraph.model.Certainty`) in the
  view of its nearest source — the speaker of the statement it stands in, else the article:
  CT+ stated as fact; PR+/PS+ hedged (probable, possible); Uu unknown or hypothetical;
  CT-/PR-/PS- negated or denied. Empty when the store predates it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from newsgraph.model import Event, Reading

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
EXTRA_COLUMNS = ("NGCertainty",)
COLUMNS = GDELT_COLUMNS + EXTRA_COLUMNS


def _actor(actor) -> list:
    if actor is None:
        return [None] * 10
    name = actor.name.upper() if actor.name else None
    return [actor.code, name, actor.country, None, None, None, None, actor.sector, None, None]


def _first_paragraph_end(reading: Reading) -> int:
    text, body = reading.article.text, reading.article.body
    found = text.find("\n\n", body.start)
    return len(text) + 1 if found < 0 else found + 1


def event_row(reading: Reading, event: Event, number: int, added: dt.datetime) -> list:
    """One GDELT row (values, None for empty) for one event of a reading: the 61 GDELT columns,
    then `EXTRA_COLUMNS`."""
    day = event.date or reading.article.published
    when = (
        [
            day.strftime("%Y%m%d"),
            day.strftime("%Y%m"),
            day.year,
            round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4),
        ]
        if day
        else [None] * 4
    )
    loc = event.location
    city, country = (loc.city, loc.country) if loc else (None, None)
    geo_type = 4 if city else 1 if country else None
    full_name = ", ".join(x for x in (city, country) if x) if (city or country) else None
    root_event = 1 if event.trigger.start < _first_paragraph_end(reading) else 0
    return [
        number, *when,
        *_actor(event.source),
        *_actor(event.target),
        root_event, event.cameo, event.cameo[:3], event.root, event.quad, event.goldstein,
        1, 1, 1, None,
        *([None] * 16),
        geo_type, full_name, country, None, None,
        loc.latitude if loc else None, loc.longitude if loc else None, None,
        added.strftime("%Y%m%d%H%M%S"),
        reading.article.url or reading.article.path,
        event.certainty.code if event.certainty else None,
    ]  # fmt: skip


def cell(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def rows(readings: Iterable[Reading], first: int = 1) -> Iterator[list]:
    """GDELT rows for every event of every reading, numbered from `first`."""
    added = dt.datetime.now(dt.UTC)
    number = first
    for reading in readings:
        for event in sorted(reading.events, key=lambda e: (e.trigger.start, e.id)):
            yield event_row(reading, event, number, added)
            number += 1


def lines(readings: Iterable[Reading], first: int = 1) -> Iterator[str]:
    for row in rows(readings, first):
        yield "\t".join(cell(v) for v in row) + "\n"
