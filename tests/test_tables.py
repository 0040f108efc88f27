"""Tests for the packaged actor knowledge tables (newsgraph.actors.tables)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from importlib.resources import files

import pytest

from newsgraph.actors import tables
from newsgraph.errors import DataFileError

G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
DATA_FILES = [
    "countries.csv",
    "metonyms.csv",
    "organisations.csv",
    "outlets.csv",
    "roles.csv",
    "people.csv",
]


def _country(iso3: str) -> tables.Country:
    return next(c for c in tables.countries() if c.iso3 == iso3)


def _role(term: str) -> tables.Role:
    return next(r for r in tables.roles() if r.term == term)


# --------------------------------------------------------------------------- loading


@pytest.mark.parametrize(
    ("loader", "minimum"),
    [
        (tables.countries, 195),
        (tables.metonyms, 40),
        (tables.organisations, 50),
        (tables.outlets, 70),
        (tables.roles, 60),
        (tables.offices, 300),
    ],
)
def test_each_table_loads(loader, minimum):
    rows = loader()
    assert isinstance(rows, tuple)
    assert len(rows) >= minimum
    assert loader() is rows  # cached


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_files_carry_provenance_header(name):
    text = (files("newsgraph.actors") / "data" / name).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert comments, name
    assert all(line.startswith("# ") for line in comments)
    assert any(re.search(r"last reviewed: \d{4}-\d{2}", line) for line in comments)
    assert any("Sources:" in line for line in comments)


def test_country_codes_are_well_formed_and_unique():
    countries = tables.countries()
    assert all(re.fullmatch(r"[A-Z]{3}", c.iso3) for c in countries)
    assert all(re.fullmatch(r"[A-Z]{2}", c.iso2) for c in countries)
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len({c.iso2 for c in countries}) == len(countries)
    for iso3 in ("PSE", "XKX", "TWN", "HKG"):
        _country(iso3)


def test_every_country_reference_is_known():
    known = {c.iso3 for c in tables.countries()}
    referenced = [m.country for m in tables.metonyms()]
    referenced += [o.country for o in tables.organisations() if o.country]
    referenced += [o.country for o in tables.outlets()]
    referenced += [o.country for o in tables.offices() if o.country]
    assert set(referenced) <= known


def test_sectors_are_cameo_codes():
    sectors = [m.sector for m in tables.metonyms()]
    sectors += [o.sector for o in tables.organisations()]
    sectors += [r.sector for r in tables.roles()]
    sectors += [o.sector for o in tables.offices()]
    assert set(sectors) <= tables.SECTORS
    assert all(re.fullmatch(r"[A-Z]{3}", s) for s in tables.SECTORS)


def test_every_office_role_is_a_known_role():
    terms = {r.term for r in tables.roles()}
    assert {o.role for o in tables.offices()} <= terms


def test_office_dates_are_ordered():
    for office in tables.offices():
        if office.start and office.end:
            assert office.start <= office.end, office


# --------------------------------------------------------------------------- spot facts


def test_usa_aliases_include_dotted_forms():
    usa = _country("USA")
    assert "U.S." in usa.aliases
    assert "United States of America" in usa.aliases
    assert "Washington, D.C." in usa.capitals
    assert "American" in usa.demonyms


def test_kyiv_and_kiev_are_capitals_of_ukraine():
    assert {"Kyiv", "Kiev"} <= set(_country("UKR").capitals)


def test_israel_capital_is_jerusalem_not_tel_aviv():
    assert _country("ISR").capitals == ("Jerusalem",)


def test_ambiguous_male_is_not_a_capital():
    capitals = {cap for c in tables.countries() for cap in c.capitals}
    assert "Male" not in capitals
    assert "Malé" in capitals


def test_kremlin_is_russian_government():
    kremlin = next(m for m in tables.metonyms() if m.term == "Kremlin")
    assert (kremlin.country, kremlin.sector) == ("RUS", "GOV")


def test_pentagon_is_us_military():
    pentagon = next(m for m in tables.metonyms() if m.term == "Pentagon")
    assert (pentagon.country, pentagon.sector) == ("USA", "MIL")


def test_no_duplicate_metonym_terms():
    counts = Counter(m.term for m in tables.metonyms())
    assert [term for term, n in counts.items() if n > 1] == []


def test_nato_is_an_igo():
    nato = next(o for o in tables.organisations() if o.code == "NATO")
    assert nato.kind == "igo"
    assert nato.sector == "IGO"
    assert nato.country == ""


def test_armed_groups_have_expected_codes():
    by_code = {o.code: o for o in tables.organisations()}
    assert (by_code["HAMAS"].country, by_code["HAMAS"].sector) == ("PSE", "REB")
    assert by_code["TALIBAN"].sector == "GOV"
    assert by_code["WAGNER"].sector == "MIL"


def test_politico_is_an_outlet():
    politico = next(o for o in tables.outlets() if o.name == "Politico")
    assert "politico.eu" in politico.domains


@pytest.mark.parametrize(
    ("term", "sector", "kind"),
    [
        ("troops", "MIL", "group"),
        ("lawmaker", "LEG", "person"),
        ("spokesman", "GOV", "person"),
        ("president", "GOV", "person"),
        ("police", "COP", "group"),
    ],
)
def test_role_sectors(term, sector, kind):
    role = _role(term)
    assert (role.sector, role.kind) == (sector, kind)


def test_role_terms_are_unique_and_lower_case():
    terms = [r.term for r in tables.roles()]
    assert len(set(terms)) == len(terms)
    assert all(t == t.lower() for t in terms)


# --------------------------------------------------------------------------- offices


def test_kallas_changes_office():
    kallas = tables.people_by_name()["Kaja Kallas"]
    on_2024 = [o for o in kallas if o.active_on(date(2024, 3, 1))]
    on_2025 = [o for o in kallas if o.active_on(date(2025, 3, 1))]
    assert [(o.country, o.sector) for o in on_2024] == [("EST", "GOV")]
    assert [(o.country, o.sector) for o in on_2025] == [("", "IGO")]
    assert tables.people_by_name()["Kallas"] == kallas


def test_biden_offices_by_date():
    biden = tables.people_by_name()["Biden"]
    assert [o.role for o in biden if o.active_on(date(2015, 6, 1))] == ["vice president"]
    assert [o.role for o in biden if o.active_on(date(2024, 6, 1))] == ["president"]
    assert not any(o.active_on(date(2025, 6, 1)) for o in biden)


def test_trump_has_two_terms():
    trump = tables.people_by_name()["Donald Trump"]
    assert len(trump) == 2
    assert not any(o.active_on(date(2022, 1, 1)) for o in trump)
    assert any(o.active_on(date(2025, 6, 1)) for o in trump)


def test_handover_day_has_exactly_one_holder():
    day = date(2024, 2, 8)
    chiefs = [
        o.name for o in tables.offices_on(day, country="UKR") if o.role == "commander-in-chief"
    ]
    assert chiefs == ["Oleksandr Syrskyi"]


def test_transliterated_aliases_resolve():
    index = tables.people_by_name()
    for alias in ("Zelensky", "Zelenskyy", "Zelenskiy", "Syrsky", "Honcharenko"):
        assert alias in index, alias
    (goncharenko,) = index["Goncharenko"]
    assert (goncharenko.country, goncharenko.sector, goncharenko.role) == (
        "UKR",
        "LEG",
        "lawmaker",
    )


@pytest.mark.parametrize("iso3", G20)
def test_g20_country_has_a_leader_on_2024_06_01(iso3):
    heads = {r.term for r in tables.roles() if r.rank == 1 and r.sector == "GOV"}
    leaders = [o for o in tables.offices_on(date(2024, 6, 1), country=iso3) if o.role in heads]
    assert leaders, iso3


def test_offices_on_filters_by_date():
    active = tables.offices_on(date(2024, 6, 1))
    assert all(o.active_on(date(2024, 6, 1)) for o in active)
    assert any(o.name == "Joe Biden" for o in active)
    assert not any(o.name == "Karoline Leavitt" for o in active)


# --------------------------------------------------------------------------- errors


def _write(tmp_path, body: str):
    path = tmp_path / "people.csv"
    header = "# test file\nname,aliases,country,sector,role,start,end,gender\n"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_good_file_parses_through_same_function(tmp_path):
    path = _write(tmp_path, "Jane Doe,Doe,FRA,GOV,minister,2020-01-01,,f\n")
    (office,) = tables.load_path("people", path)
    assert office.start == date(2020, 1, 1)
    assert office.end is None


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        ("Jane Doe,,FR,GOV,minister,2020-01-01,,f", "ISO3"),
        ("Jane Doe,,FRA,XXX,minister,2020-01-01,,f", "sector"),
        ("Jane Doe,,FRA,GOV,minister,2020-13-01,,f", "date"),
        ("Jane Doe,,FRA,GOV,minister,2021-01-01,2020-01-01,f", "before start"),
        ("Jane Doe,,FRA,GOV,minister,2020-01-01", "cells"),
        (",,FRA,GOV,minister,2020-01-01,,f", "empty"),
    ],
)
def test_broken_row_names_file_and_line(tmp_path, row, needle):
    good = "John Doe,,DEU,GOV,minister,2020-01-01,,m\n"
    path = _write(tmp_path, good + row + "\n")
    with pytest.raises(DataFileError) as info:
        tables.load_path("people", path)
    message = str(info.value)
    assert "line 4" in message  # comment, header, good row, then the broken row
    assert str(path) in message
    assert needle in message


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "roles.csv"
    path.write_text("term,sector,kind\npresident,GOV,person\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="rank"):
        tables.load_path("roles", path)


def test_duplicate_key_is_reported(tmp_path):
    path = tmp_path / "metonyms.csv"
    path.write_text(
        "term,country,sector,name\nKremlin,RUS,GOV,a\nKremlin,RUS,GOV,b\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError, match="line 3.*duplicate"):
        tables.load_path("metonyms", path)
