"""The output types of newsgraph: plain data, JSON-serialisable, every item with spans.

A `Reading` is the result for one article. Every `Span` holds character offsets into
`Reading.article.text` such that ``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

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
    record: int | None = Field(
        None, description="record number in a JSON/JSONL file (JSONL: line; JSON list: index)"
    )
    warnings: list[str] = Field(
        default_factory=list,
        description="what was changed to read it, one line each with its code: lone "
        "surrogates [NG120], not UTF-8 [NG121], stretches not parsed [NG123], control "
        "characters [NG124]",
    )


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
    by: str | None = Field(
        None,
        description="the sieve that attributed the statement to this speaker ('cue-subject', "
        "'said-x', 'colon', 'according-to', 'continuation' …; see attribution/sieves.py)",
    )
    reason: str | None = Field(None, description="why the speaker is unknown, when it is")


class Relay(Speaker):
    """One link of a relay chain, with the cue that introduces it ("according to", "citing")."""

    cue: Span | None = None


CertaintyLevel = Literal["certain", "probable", "possible", "unknown"]
CertaintyPolarity = Literal["positive", "negative", "unknown"]
_LEVEL_CODES = {"certain": "CT", "probable": "PR", "possible": "PS", "unknown": "U"}
_POLARITY_CODES = {"positive": "+", "negative": "-", "unknown": "u"}
#: every code a Certainty can have, surest first
CERTAINTY_CODES = ("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu")


class Hedge(_Model):
    """Words that qualify how sure the text is of a claim, and the claim they qualify.

    Kinds: ``evidential`` (hearsay or unverified: "reportedly", "according to reports"),
    ``epistemic`` (only possible, probable, expected or not known: "may", "likely", "it is
    unclear"), ``distancing`` (someone else's assertion, not endorsed: "claimed", "so-called"),
    ``non-committal`` (a point left unconfirmed: "declined to comment", "did not say").
    """

    id: str | None = Field(None, description="h1, h2 … in text order")
    span: Span
    kind: str | None = Field(
        None, description="evidential | epistemic | distancing | non-committal"
    )
    scope: Span | None = Field(None, description="the clause or noun phrase the hedge qualifies")
    in_quote: bool = Field(False, description="the hedge word stands inside quotation marks")
    holder: Literal["writer", "speaker"] = Field(
        "writer",
        description="whose hedge: the speaker's when quoted or inside the content of the "
        "statement it is tied to, else the writer's",
    )
    statements: list[str] = Field(
        default_factory=list, description="ids of statements it qualifies"
    )
    events: list[str] = Field(default_factory=list, description="ids of events in its scope")
    effect: CertaintyLevel | None = Field(
        None,
        description="the most certainty it leaves to what it qualifies (None: distancing, "
        "which shows whose claim it is without lowering it)",
    )


class Certainty(_Model):
    """How sure someone is that something is (or is not) the case — FactBank's scale.

    ``level``: certain > probable > possible > unknown. ``polarity``: positive (it is the case),
    negative (it is not), unknown (no commitment either way; always with level unknown).
    ``holder``: whose view — the ``writer`` (the article's own voice) or the ``speaker`` of the
    statement (named in ``source``). ``code`` is FactBank's short form: CT+ CT- PR+ PR- PS+ PS-
    and Uu (uncommitted). Examples: "X said Y" — the writer is certain that X said it (CT+),
    uncommitted about Y (Uu), X is certain of Y (CT+); "Y, reportedly" — the writer holds Y
    probable (PR+); "X denied Y" — X is certain that not Y (CT-); "X may do Y" — possible (PS+);
    "X has not confirmed or denied Y" — X is uncommitted (Uu), never a denial.
    """

    level: CertaintyLevel = "certain"
    polarity: CertaintyPolarity = "positive"
    holder: Literal["writer", "speaker"] = "writer"
    source: str | None = Field(None, description="the speaker's name when the holder is a speaker")
    code: str = Field("", description="FactBank code: CT+, PR+, PS+, CT-, PR-, PS-, Uu")

    @model_validator(mode="after")
    def _code(self) -> Certainty:
        if self.level == "unknown" or self.polarity == "unknown":
            self.level, self.polarity = "unknown", "unknown"
        self.code = _LEVEL_CODES[self.level] + _POLARITY_CODES[self.polarity]
        return self


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
    certainty: Certainty | None = Field(
        None, description="how sure the speaker is of the content (holder: speaker)"
    )
    writer_certainty: Certainty | None = Field(
        None, description="how sure the writer is of the content: Uu unless the writer vouches"
    )
    said_certainty: Certainty | None = Field(
        None, description="how sure the writer is that the speaker said it ('reportedly said': PR+)"
    )


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
    certainty: Certainty | None = Field(
        None,
        description="how sure the event's nearest source is that it happens: the speaker of the "
        "statement it stands in, else the writer; lowered by the hedges of its clause",
    )
    hedges: list[str] = Field(
        default_factory=list, description="ids of hedges in whose scope it is"
    )


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
    hedges: list[Hedge] = Field(default_factory=list)
    # provenance signals computed with the batch (newsgraph.provenance.signals); not serialised
    _signals: dict | None = PrivateAttr(default=None)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def _repr_html_(self) -> str:
        """The marked-up article in a notebook (the web page's renderer, reached lazily)."""
        from newsgraph.html import render_notebook

        return render_notebook(self)


def json_schema() -> dict:
    """The published JSON Schema of a Reading."""
    schema = Reading.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    return schema
