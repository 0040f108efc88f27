"""When and where: the date and place of an event, from the entities of its sentence.

A date (or place, after "in", "at", "near" …) belongs to an event when the path from the
entity up to its governing verb meets the event's trigger; relative dates ("yesterday", "last
month") are resolved against the published date, which is also the default. A place is looked
up in the offline gazetteer; with no place tied to the trigger, the first place in the
sentence is taken.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsgraph.events.dates import resolve
from newsgraph.events.state import DocState, Hit
from newsgraph.model import Location, Span

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around"})


def path_to_verb(tok: Token) -> set[int]:
    """Token indices from ``tok`` up to the verb that governs it (at most 8 steps)."""
    path = set()
    for _ in range(8):
        path.add(tok.i)
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return path


def date_of(st: DocState, sent, hit: Hit) -> tuple[dt.date | None, Span | None]:
    if st.dates is None:
        st.dates = [
            (ent, path_to_verb(ent.root))
            for ent in st.ents_in(sent)
            if ent.label_ in ("DATE", "TIME")
        ]
    anchors = {hit.head.i, *hit.trigger}
    for ent, path in st.dates:
        if path & anchors:
            day = resolve(ent.text, st.published)
            if day is not None:
                return day, Span(start=ent.start_char, end=ent.end_char, text=ent.text)
    return st.published, None


def location_of(st: DocState, sent, hit: Hit) -> Location | None:
    if st.places_in is None:
        st.places_in = _places(st, sent)
    if not st.places_in:
        return None
    anchors = {hit.head.i, *hit.trigger}
    for path, loc in st.places_in:
        if path & anchors:
            return loc
    return st.places_in[0][1]


def _places(st: DocState, sent) -> list[tuple[set[int], Location]]:
    out = []
    for ent in st.ents_in(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        prep = ent.root.head
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        place = st.places.lookup(ent.text)
        if place is None:
            continue
        span = Span(start=ent.start_char, end=ent.end_char, text=ent.text)
        loc = Location(
            country=place.country,
            city=place.city,
            latitude=place.latitude,
            longitude=place.longitude,
            span=span,
        )
        out.append((path_to_verb(prep.head), loc))
    return out
