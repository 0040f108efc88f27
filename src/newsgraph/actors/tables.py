"""Actor knowledge tables shipped as package data (``newsgraph/actors/data/*.csv``).

Each table is read once, validated row by row, and returned as a tuple of frozen
dataclasses. A bad row raises :class:`newsgraph.errors.DataFileError` naming the file and
the line, so a broken data file fails loudly at load time instead of silently resolving
actors wrongly.

CSV conventions: UTF-8, leading ``# `` comment lines (provenance, review date), one header
row, then data. Multi-valued cells use ``|``. Dates are ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsgraph.errors import DataFileError

#: CAMEO sector (role) codes allowed in the tables.
SECTORS: frozenset[str] = frozenset(
    {
        "GOV",  # government, executive
        "MIL",  # military
        "LEG",  # legislature
        "JUD",  # judiciary
        "COP",  # police
        "SPY",  # intelligence
        "OPP",  # opposition
        "PTY",  # political party
        "REB",  # rebels, armed groups
        "INS",  # insurgents
        "SEP",  # separatists
        "IGO",  # intergovernmental organisation
        "NGO",  # non-governmental organisation
        "BUS",  # business
        "MED",  # media
        "EDU",  # education
        "CVL",  # civilians
        "REF",  # refugees
        "ELI",  # elites
        "LAB",  # labour
        "AGR",  # agriculture
        "HLH",  # health
        "REL",  # religion
        "CRM",  # criminals
        "ENV",  # environment
        "HRI",  # human rights
        "UAF",  # unaffiliated armed forces
    }
)

ORGANISATION_KINDS: frozenset[str] = frozenset({"igo", "ngo", "party", "armed_group", "company"})
ROLE_KINDS: frozenset[str] = frozenset({"person", "group"})
GENDERS: frozenset[str] = frozenset({"", "f", "m"})

_ISO3 = re.compile(r"[A-Z]{3}")
_ISO2 = re.compile(r"[A-Z]{2}")
_CODE = re.compile(r"[A-Z0-9][A-Za-z0-9_]*")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Metonym:
    term: str
    country: str
    sector: str
    name: str


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    sector: str
    country: str  # ISO3 or "" for international bodies


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    country: str
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Role:
    term: str
    sector: str
    kind: str  # "person" or "group"
    rank: int  # 1 (head of state/government) .. 5


@dataclass(frozen=True, slots=True)
class Office:
    """One office held by one person. ``end`` is the first day out of office (often the
    successor's first day); ``None`` means still in office as far as the table knows."""

    name: str
    aliases: tuple[str, ...]
    country: str  # ISO3 or "" (e.g. EU offices)
    sector: str
    role: str
    start: date | None
    end: date | None
    gender: str

    def active_on(self, day: date) -> bool:
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day < self.end

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# --------------------------------------------------------------------------- parsing


class _Row:
    """One data row with helpers that raise DataFileError pointing at the line."""

    def __init__(self, source: str, line: int, cells: dict[str, str]):
        self.source = source
        self.line = line
        self.cells = cells

    def fail(self, message: str) -> DataFileError:
        return DataFileError(
            f"line {self.line}: {message}",
            input=self.source,
            hint="fix the row in the packaged data file",
        )

    def text(self, column: str, *, required: bool = True) -> str:
        value = self.cells.get(column, "").strip()
        if required and not value:
            raise self.fail(f"column {column!r} is empty")
        return value

    def multi(self, column: str) -> tuple[str, ...]:
        raw = self.cells.get(column, "")
        parts = tuple(p.strip() for p in raw.split("|")) if raw.strip() else ()
        if any(not p for p in parts):
            raise self.fail(f"column {column!r} has an empty '|' item")
        return parts

    def iso3(self, column: str, *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if value and not _ISO3.fullmatch(value):
            raise self.fail(f"column {column!r}: {value!r} is not an ISO3 code")
        return value

    def sector(self, column: str = "sector") -> str:
        value = self.text(column)
        if value not in SECTORS:
            raise self.fail(f"column {column!r}: unknown sector {value!r}")
        return value

    def choice(self, column: str, allowed: frozenset[str]) -> str:
        value = self.text(column, required="" not in allowed)
        if value not in allowed:
            raise self.fail(f"column {column!r}: {value!r} not in {sorted(allowed)}")
        return value

    def day(self, column: str) -> date | None:
        value = self.text(column, required=False)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"column {column!r}: {value!r} is not a YYYY-MM-DD date") from None


def read_rows(text: str, source: str, columns: Iterable[str]) -> list[_Row]:
    """Split CSV text into rows, skipping ``#`` comment lines and blank lines.

    Checks that the header holds every required column and that each row has exactly as
    many cells as the header. Line numbers are 1-based lines of the file.
    """
    lines = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise DataFileError("no header row", input=source)
    header_line, header_text = lines[0]
    header = [h.strip() for h in next(csv.reader([header_text]))]
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataFileError(
            f"line {header_line}: header lacks column(s) {', '.join(missing)}", input=source
        )
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            raise DataFileError(
                f"line {number}: expected {len(header)} cells, found {len(cells)}",
                input=source,
            )
        rows.append(_Row(source, number, dict(zip(header, cells, strict=True))))
    return rows


def _unique(rows: list[_Row], key: Callable[[_Row], str], what: str) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        k = key(row)
        if k in seen:
            raise row.fail(f"duplicate {what} {k!r} (first on line {seen[k]})")
        seen[k] = row.line


def _country(row: _Row) -> Country:
    iso2 = row.text("iso2")
    if not _ISO2.fullmatch(iso2):
        raise row.fail(f"column 'iso2': {iso2!r} is not an ISO2 code")
    return Country(
        iso3=row.iso3("iso3"),
        iso2=iso2,
        name=row.text("name"),
        aliases=row.multi("aliases"),
        demonyms=row.multi("demonyms"),
        capitals=row.multi("capitals"),
    )


def _metonym(row: _Row) -> Metonym:
    return Metonym(
        term=row.text("term"),
        country=row.iso3("country"),
        sector=row.sector(),
        name=row.text("name"),
    )


def _organisation(row: _Row) -> Organisation:
    code = row.text("code")
    if not _CODE.fullmatch(code):
        raise row.fail(f"column 'code': {code!r} is not a code (letters, digits, _)")
    return Organisation(
        code=code,
        name=row.text("name"),
        aliases=row.multi("aliases"),
        kind=row.choice("kind", ORGANISATION_KINDS),
        sector=row.sector(),
        country=row.iso3("country", required=False),
    )


def _outlet(row: _Row) -> Outlet:
    return Outlet(
        name=row.text("name"),
        aliases=row.multi("aliases"),
        country=row.iso3("country"),
        domains=row.multi("domains"),
    )


def _role(row: _Row) -> Role:
    term = row.text("term")
    if term != term.lower():
        raise row.fail(f"role term {term!r} must be lower-case")
    raw_rank = row.text("rank")
    try:
        rank = int(raw_rank)
    except ValueError:
        raise row.fail(f"column 'rank': {raw_rank!r} is not an integer") from None
    if not 1 <= rank <= 5:
        raise row.fail(f"column 'rank': {rank} is outside 1..5")
    return Role(term=term, sector=row.sector(), kind=row.choice("kind", ROLE_KINDS), rank=rank)


def _office(row: _Row) -> Office:
    start, end = row.day("start"), row.day("end")
    if start is not None and end is not None and end < start:
        raise row.fail(f"end {end} is before start {start}")
    return Office(
        name=row.text("name"),
        aliases=row.multi("aliases"),
        country=row.iso3("country", required=False),
        sector=row.sector(),
        role=row.text("role"),
        start=start,
        end=end,
        gender=row.choice("gender", GENDERS),
    )


# name -> (file, columns, row builder, uniqueness key)
_TABLES: dict[str, tuple[str, tuple[str, ...], Callable[[_Row], Any], str | None]] = {
    "countries": (
        "countries.csv",
        ("iso3", "iso2", "name", "aliases", "demonyms", "capitals"),
        _country,
        "iso3",
    ),
    "metonyms": ("metonyms.csv", ("term", "country", "sector", "name"), _metonym, "term"),
    "organisations": (
        "organisations.csv",
        ("code", "name", "aliases", "kind", "sector", "country"),
        _organisation,
        "code",
    ),
    "outlets": ("outlets.csv", ("name", "aliases", "country", "domains"), _outlet, "name"),
    "roles": ("roles.csv", ("term", "sector", "kind", "rank"), _role, "term"),
    "people": (
        "people.csv",
        ("name", "aliases", "country", "sector", "role", "start", "end", "gender"),
        _office,
        None,
    ),
}


def parse_table(table: str, text: str, source: str) -> tuple[Any, ...]:
    """Parse and validate the CSV ``text`` of ``table`` (a key such as ``"people"``)."""
    try:
        _file, columns, build, key = _TABLES[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(_TABLES)}") from None
    rows = read_rows(text, source, columns)
    if key is not None:
        _unique(rows, lambda r: r.text(key), key)
    return tuple(build(row) for row in rows)


def load_path(table: str, path: str | Path) -> tuple[Any, ...]:
    """Parse a table from a file on disk (used by tests and for local overrides)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read: {exc}", input=str(path)) from exc
    return parse_table(table, text, str(path))


@cache
def _packaged(table: str) -> tuple[Any, ...]:
    name = _TABLES[table][0]
    resource = files("newsgraph.actors") / "data" / name
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read packaged data: {exc}", input=name) from exc
    return parse_table(table, text, f"newsgraph/actors/data/{name}")


# --------------------------------------------------------------------------- public API


def countries() -> tuple[Country, ...]:
    return _packaged("countries")


def metonyms() -> tuple[Metonym, ...]:
    return _packaged("metonyms")


def organisations() -> tuple[Organisation, ...]:
    return _packaged("organisations")


def outlets() -> tuple[Outlet, ...]:
    return _packaged("outlets")


def roles() -> tuple[Role, ...]:
    return _packaged("roles")


def offices() -> tuple[Office, ...]:
    return _packaged("people")


@cache
def people_by_name() -> dict[str, tuple[Office, ...]]:
    """Every name and alias (exact case) -> the offices held under it, in file order."""
    index: dict[str, list[Office]] = {}
    for office in offices():
        for name in dict.fromkeys(office.names):
            index.setdefault(name, []).append(office)
    return {name: tuple(found) for name, found in index.items()}


def offices_on(day: date, *, country: str | None = None) -> tuple[Office, ...]:
    """Offices active on ``day``, optionally only those of one ISO3 ``country``."""
    return tuple(
        o for o in offices() if o.active_on(day) and (country is None or o.country == country)
    )


__all__ = [
    "SECTORS",
    "Country",
    "Metonym",
    "Office",
    "Organisation",
    "Outlet",
    "Role",
    "countries",
    "load_path",
    "metonyms",
    "offices",
    "offices_on",
    "organisations",
    "outlets",
    "parse_table",
    "people_by_name",
    "read_rows",
    "roles",
]
