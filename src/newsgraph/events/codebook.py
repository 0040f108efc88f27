"""The CAMEO codebook and the CAMEO → PLOVER crosswalk, loaded from `data/` and validated.

`codebook()` returns the one shared `Codebook`; `Codebook.entry("1383")` gives the code's name,
Goldstein weight, quad class, root and PLOVER type.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newsgraph.errors import DataFileError

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "CONCEDE",
        "RETREAT",
        "INVESTIGATE",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "FIGHT",
        "ACCUSE",
    }
)
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))


@dataclass(frozen=True, slots=True)
class CodeEntry:
    code: str
    name: str
    goldstein: float
    quad: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def _rows(text: str, source: str) -> list[tuple[int, dict[str, str]]]:
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise DataFileError("no header row", input=source)
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    rows = list(reader)
    header = [h.strip() for h in rows[0]]
    out = []
    for (number, _), cells in zip(lines[1:], rows[1:], strict=True):
        if len(cells) != len(header):
            raise DataFileError(
                f"line {number}: {len(cells)} cells, expected {len(header)}", input=source
            )
        out.append((number, dict(zip(header, (c.strip() for c in cells), strict=True))))
    return out


def _valid_code(code: str) -> bool:
    return code.isdigit() and 2 <= len(code) <= 4 and code[:2] in ROOTS


class Codebook:
    def __init__(
        self,
        cameo_text: str,
        plover_text: str,
        sources: tuple[str, str] = ("cameo.csv", "cameo_plover.csv"),
    ):
        crosswalk: dict[str, str | None] = {}
        for number, row in _rows(plover_text, sources[1]):
            code, plover = row.get("cameo", ""), row.get("plover", "") or None
            if not _valid_code(code):
                raise DataFileError(f"line {number}: bad CAMEO code {code!r}", input=sources[1])
            if plover is not None and plover not in PLOVER_TYPES:
                raise DataFileError(
                    f"line {number}: unknown PLOVER type {plover!r}", input=sources[1]
                )
            crosswalk[code] = plover
        self.crosswalk = crosswalk
        entries: dict[str, CodeEntry] = {}
        for number, row in _rows(cameo_text, sources[0]):
            code = row.get("code", "")
            if not _valid_code(code):
                raise DataFileError(f"line {number}: bad CAMEO code {code!r}", input=sources[0])
            if code in entries:
                raise DataFileError(f"line {number}: duplicate code {code}", input=sources[0])
            try:
                goldstein = float(row["goldstein"])
                quad = int(row["quad"])
            except (KeyError, ValueError) as err:
                raise DataFileError(f"line {number}: {err}", input=sources[0]) from err
            if not -10.0 <= goldstein <= 10.0 or quad not in (1, 2, 3, 4):
                raise DataFileError(
                    f"line {number}: Goldstein or quad out of range", input=sources[0]
                )
            if len(code) > 2 and code[:-1] not in entries and code[:2] not in entries:
                raise DataFileError(
                    f"line {number}: {code} listed before its parent", input=sources[0]
                )
            entries[code] = CodeEntry(
                code, row.get("name", ""), goldstein, quad, self._plover(code)
            )
        missing = [r for r in ROOTS if r not in entries]
        if missing:
            raise DataFileError(f"roots missing: {', '.join(missing)}", input=sources[0])
        unknown = [c for c in crosswalk if c not in entries]
        if unknown:
            raise DataFileError(
                f"codes not in the codebook: {', '.join(unknown)}", input=sources[1]
            )
        self.entries = entries

    def _plover(self, code: str) -> str | None:
        for n in range(len(code), 1, -1):
            if code[:n] in self.crosswalk:
                return self.crosswalk[code[:n]]
        return None

    def __contains__(self, code: str) -> bool:
        return code in self.entries

    def entry(self, code: str) -> CodeEntry:
        """The entry of `code`, or of its nearest listed parent (e.g. "0252" → "025")."""
        for n in range(len(code), 1, -1):
            found = self.entries.get(code[:n])
            if found is not None:
                if n < len(code):
                    return CodeEntry(code, found.name, found.goldstein, found.quad, found.plover)
                return found
        raise KeyError(code)


@lru_cache(maxsize=1)
def codebook() -> Codebook:
    data = files("newsgraph.events") / "data"
    return Codebook(
        (data / "cameo.csv").read_text(encoding="utf-8"),
        (data / "cameo_plover.csv").read_text(encoding="utf-8"),
    )
