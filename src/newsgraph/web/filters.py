"""The filters of each list page, as query-string models, and the SQL they turn into.

Every filter is a plain query parameter, so a page's URL is its permalink. An empty value
means "no filter" (an HTML form sends empty fields). The models also describe the JSON API in
the OpenAPI document.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsgraph.web.errors import BadParameter

YesNo = Literal["yes", "no"]


class Paging(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    page: int = Field(1, ge=1, le=1_000_000, description="page number, from 1")
    size: int = Field(50, ge=1, le=1000, description="rows per page")
    all_rows: bool = Field(
        False, alias="all", description="CSV only: every matching row, not one page"
    )

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_none(cls, value):
        return None if value == "" else value

    def filters(self) -> dict:
        """The filters set, for the JSON answer and for links (paging left out)."""
        data = self.model_dump(exclude={"page", "size", "all_rows"}, exclude_none=True)
        return {k: v for k, v in data.items() if v not in ("", None)}


def day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(f"{name} must be a date like 2024-03-01, not {value!r}") from None


def like(text: str) -> str:
    """An ILIKE pattern matching `text` anywhere, its own `%`, `_` and `\\` taken literally."""
    for char in ("\\", "%", "_"):
        text = text.replace(char, "\\" + char)
    return f"%{text}%"


class Where:
    """Conditions and their parameters, numbered for DuckDB (`$1`, `$2` …)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list = []

    def add(self, condition: str, *values) -> None:
        """`condition` uses `?` for each value in order."""
        for value in values:
            self.params.append(value)
            condition = condition.replace("?", f"${len(self.params)}", 1)
        self.parts.append(condition)

    def words(self, column: str, text: str | None) -> None:
        for word in (text or "").split()[:8]:
            self.add(f"{column} ILIKE ? ESCAPE '\\'", like(word))

    def equal(self, column: str, value) -> None:
        if value not in (None, ""):
            self.add(f"{column} = ?", value)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        """`column` from `since` to `until` (both days included), each a YYYY-MM-DD or None."""
        if first := day(since, "since"):
            self.add(f"{column} >= ?", first)
        if last := day(until, "until"):
            self.add(f"{column} <= ?", last)

    def yes_no(self, condition: str, value: str | None) -> None:
        if value == "yes":
            self.parts.append(f"({condition})")
        elif value == "no":
            self.parts.append(f"NOT ({condition})")

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.parts)) if self.parts else ""


# --------------------------------------------------------------------------- statements

ANONYMOUS = (
    "s.speaker_type = 'anonymous' OR (s.n_relays > 0 AND "
    "list_contains(json_extract_string(s.relayed_by, '$[*].type'), 'anonymous'))"
)


class StatementQuery(Paging):
    q: str | None = Field(None, description="words that must all appear in the content")
    speaker: str | None = Field(None, description="speaker name (part of it) or actor code")
    speaker_type: str | None = Field(None, description="person, organisation, anonymous …")
    cue_class: str | None = Field(None, description="assert, claim, deny, warn …")
    kind: Literal["direct", "partial", "indirect"] | None = Field(
        None, description="direct, partial or indirect quotation"
    )
    hedged: YesNo | None = Field(None, description="yes: with a hedge word; no: without")
    anonymous: YesNo | None = Field(
        None, description="said by or relayed through anonymous sources"
    )
    relayed: YesNo | None = Field(None, description="passed on by someone else")
    outlet: str | None = Field(None, description="the article's outlet, exactly")
    since: str | None = Field(None, description="first publication day, YYYY-MM-DD")
    until: str | None = Field(None, description="last publication day (inclusive)")
    article: str | None = Field(None, description="one article's id")
    certainty: str | None = Field(
        None, description="certainty code, e.g. PR+ (stores with certainty columns)"
    )

    def where(self) -> Where:
        w = Where()
        w.equal("s.certainty", self.certainty)
        if self.speaker:
            w.add(
                "(s.speaker_name ILIKE ? ESCAPE '\\' OR s.speaker_actor = upper(?))",
                like(self.speaker),
                self.speaker,
            )
        for column in ("speaker_type", "cue_class", "kind"):
            w.equal(f"s.{column}", getattr(self, column))
        w.yes_no("s.n_hedges > 0", self.hedged)
        w.yes_no(ANONYMOUS, self.anonymous)
        w.yes_no("s.n_relays > 0", self.relayed)
        w.equal("a.outlet", self.outlet)
        w.dates("a.published", self.since, self.until)
        w.equal("s.article_id", self.article)
        w.words("s.content", self.q)
        return w


# --------------------------------------------------------------------------- events

EVENT_DAY = "coalesce(e.date, a.published)"


class EventQuery(Paging):
    source: str | None = Field(None, description="source actor code or prefix (RUS matches RUSGOV)")
    target: str | None = Field(None, description="target actor code or prefix")
    root: str | None = Field(None, description="CAMEO root, 01–20")
    quad: int | None = Field(None, ge=1, le=4, description="quad class 1–4")
    plover: str | None = Field(None, description="PLOVER event type, e.g. SANCTION")
    modality: str | None = Field(None, description="asserted, reported, proposed …")
    negated: YesNo | None = Field(None, description="yes: the event is said not to happen")
    outlet: str | None = Field(None, description="the article's outlet, exactly")
    since: str | None = Field(None, description="first day (event date, else publication)")
    until: str | None = Field(None, description="last day (inclusive)")
    article: str | None = Field(None, description="one article's id")
    certainty: str | None = Field(
        None, description="certainty code, e.g. PS+ (stores with certainty columns)"
    )
    hedged: YesNo | None = Field(None, description="events under a hedge (stores with hedges)")

    def where(self) -> Where:
        w = Where()
        w.equal("e.certainty", self.certainty)
        w.yes_no("coalesce(e.n_hedges, 0) > 0", self.hedged)
        for side in ("source", "target"):
            code = getattr(self, side)
            if code:
                w.add(
                    f"(e.{side}_code LIKE ? || '%' OR e.{side}_country = ?)",
                    code.upper(),
                    code.upper(),
                )
        w.equal("e.root", self.root.zfill(2) if self.root else None)
        w.equal("e.quad", self.quad)
        w.equal("e.plover", self.plover)
        w.equal("e.modality", self.modality)
        w.yes_no("e.negated", self.negated)
        w.equal("a.outlet", self.outlet)
        w.dates(EVENT_DAY, self.since, self.until)
        w.equal("e.article_id", self.article)
        return w


# --------------------------------------------------------------------------- articles, actors


class ArticleQuery(Paging):
    q: str | None = Field(None, description="words that must all appear in the title")
    outlet: str | None = Field(None, description="the outlet, exactly")
    since: str | None = Field(None, description="first publication day, YYYY-MM-DD")
    until: str | None = Field(None, description="last publication day (inclusive)")

    def where(self) -> Where:
        w = Where()
        w.equal("a.outlet", self.outlet)
        w.dates("a.published", self.since, self.until)
        w.words("coalesce(a.title, a.path, '')", self.q)
        return w


class ActorQuery(Paging):
    q: str | None = Field(None, description="part of the name or the code")
    kind: str | None = Field(None, description="person, country, organisation, group")
    country: str | None = Field(None, description="ISO 3166 alpha-3 code")

    def where(self) -> Where:
        w = Where()
        if self.q:
            w.add("(name ILIKE ? ESCAPE '\\' OR code = upper(?))", like(self.q), self.q)
        w.equal("kind", self.kind)
        w.equal("country", self.country.upper() if self.country else None)
        return w


class ActorPage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str | None = Field(None, description="narrow a code to one name (a person)")

    @field_validator("name", mode="before")
    @classmethod
    def _empty_is_none(cls, value):
        return None if value == "" else value
