"""The output types of newsgraph: plain data, JSON-serialisable, every item with spans.

A `Reading` is the result for one article. Every `Span` holds character offsets into
`Reading.article.text` such that ``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_ID = "newsgraph.reading/1"


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class Span(_Model):
    """Characters ``start:end`` of the article text, and the text they hold."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class BoilerplateSpan(Span):
    """A stretch of page furniture (comment counter, repeated title, share line …)."""

    reason: str


class Article(_Model):
    """One input article as loaded, before any extraction."""

    id: str = Field(description="content hash of the text (sha256, first 16 hex digits)")
    path: str | None = None
    title: str | None = None
    title_span: Span | None = None
    text: str
    body: Span
    boilerplate: list[BoilerplateSpan] = Field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    cited_outlet: str | None = None
    cited_outlet_span: Span | None = None
    published: dt.date | None = None
    encoding: str | None = None


ActorKind = Literal["person", "country", "organisation", "group"]


class Actor(_Model):
    """Someone or something that acts or speaks, with a CAMEO-style code."""

    id: str
    code: str | None = Field(
        None, description="CAMEO-style code: ISO3 country + sector, e.g. RUSGOV"
    )
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(
        None, description="GOV, MIL, LEG, JUD, OPP, REB, MED, BUS, CVL, IGO …"
    )
    name: str
    kind: ActorKind
    role: str | None = None
    resolved_by: str | None = Field(
        None, description="title | table | coref | ner: what decided the code"
    )
    mentions: list[Span] = Field(default_factory=list)


SpeakerType = Literal[
    "person", "organisation", "country", "outlet", "anonymous", "document", "unknown"
]


class Speaker(_Model):
    """Who stands behind a statement (or relays it)."""

    span: Span | None = None
    name: str | None = None
    type: SpeakerType = "unknown"
    actor: str | None = Field(None, description="actor code, e.g. RUSGOV")
    actor_id: str | None = None
    role: str | None = None
    count: int | None = Field(None, description="size of an anonymous group")


class Relay(Speaker):
    """One link of a relay chain, with the cue that introduces it ("according to", "citing")."""

    cue: Span | None = None


class Hedge(_Model):
    span: Span
    kind: str | None = Field(None, description="evidential | epistemic | non-committal | vague")


StatementKind = Literal["direct", "partial", "indirect"]


class Statement(_Model):
    id: str
    kind: StatementKind
    speaker: Speaker
    cue: Span | None = None
    cue_phrase: Span | None = Field(
        None, description="the cue with its auxiliaries and adverbs ('has repeatedly warned')"
    )
    cue_class: str | None = None
    content: Span
    content_parts: list[Span] = Field(
        default_factory=list,
        description="pieces of a content split around its cue ('“A,” she said, “B.”'), in order",
    )
    quote: Span | None = None
    relayed_by: list[Relay] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    polarity: Literal["positive", "negative"] = "positive"
    sentence: Span | None = None


class EventActor(_Model):
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    actor_id: str | None = None
    span: Span | None = None


class Location(_Model):
    country: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    span: Span | None = None


Modality = Literal["asserted", "reported", "proposed", "hypothetical", "denied"]


class Event(_Model):
    id: str
    source: EventActor | None = None
    target: EventActor | None = None
    cameo: str
    root: str
    plover: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    trigger: Span
    sentence: Span | None = None
    negated: bool = False
    modality: Modality = "asserted"
    statement: str | None = None
    date: dt.date | None = None
    date_span: Span | None = None
    location: Location | None = None
    confidence: float = 0.5


Voice = Literal["narration", "quote", "attributed"]


class Marker(_Model):
    """A contested name or loaded term, and whose voice it is in."""

    span: Span
    term_group: str = Field(description="the family of the term, named by its neutral form")
    variant: str = Field(description="the form this text uses, e.g. 'Kiev' in group 'Kyiv'")
    kind: str = Field(description="place | person | loaded | label")
    voice: Voice = Field(description="narration (the outlet's own words), quote, or attributed")
    speaker: str | None = Field(None, description="whose statement holds it (quote, attributed)")
    statement: str | None = Field(None, description="id of that statement")


class Reading(_Model):
    """Everything newsgraph read in one article."""

    schema_id: str = Field(SCHEMA_ID, alias="schema")
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    markers: list[Marker] = Field(default_factory=list)
    # provenance signals computed with the batch (newsgraph.provenance.signals); not serialised
    _signals: dict | None = PrivateAttr(default=None)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


def json_schema() -> dict:
    """The published JSON Schema of a Reading."""
    schema = Reading.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    return schema
