"""The Python API: `read()` for one article, `Reader` for many."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from newsgraph import pipeline
from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Reading


class Reader:
    """A loaded pipeline that turns articles into Readings.

    >>> reader = Reader()                       # loads the spaCy model once
    >>> reading = reader.read("Paris said on Monday ...")
    >>> for item in reader.read_paths(["news/"]):   # Reading, or the error of a bad input
    ...     ...
    """

    def __init__(self, model: str | None = None, *, processes: int = 1, batch_size: int = 16):
        self.model = pipeline.model_name(model)
        self.processes = max(1, processes)
        self.batch_size = batch_size
        self.nlp = pipeline.build(self.model)

    def read(self, source: str | os.PathLike | Article, **meta) -> Reading:
        """Read one article: an Article, a path to a file, or the text itself.

        `meta` (title, url, outlet, published) applies to text given directly.
        Raises an InputError subclass when the input cannot be read.
        """
        article = _one_article(source, **meta)
        (result,) = list(pipeline.run(self.nlp, [article], self.batch_size))
        if isinstance(result, NewsgraphError):
            raise result
        return result

    def read_articles(
        self, articles: Iterable[Article | NewsgraphError]
    ) -> Iterator[Reading | NewsgraphError]:
        if self.processes == 1:
            yield from pipeline.run(self.nlp, articles, self.batch_size)
        else:
            yield from _read_parallel(self.model, articles, self.processes, self.batch_size)

    def read_paths(
        self, paths: Iterable[str | os.PathLike], *, text_field: str | None = None
    ) -> Iterator[Reading | NewsgraphError]:
        """Read files, folders, JSON/JSONL dumps or "-" (stdin); bad inputs come out as errors."""
        from newsgraph.load import iter_inputs

        yield from self.read_articles(iter_inputs([str(p) for p in paths], text_field=text_field))


_READER: Reader | None = None


def read(source: str | os.PathLike | Article, *, model: str | None = None, **meta) -> Reading:
    """Read one article (text, path or Article) with a Reader kept for the next call."""
    global _READER
    if _READER is None or _READER.model != pipeline.model_name(model):
        _READER = Reader(model)
    return _READER.read(source, **meta)


def _one_article(source: str | os.PathLike | Article, **meta) -> Article:
    from newsgraph import load

    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike) or _looks_like_path(source):
        items = list(load.load_path(str(source)))
        for item in items:
            if isinstance(item, NewsgraphError):
                raise item
        if len(items) != 1:
            raise NewsgraphError(
                f"holds {len(items)} articles", input=str(source), hint="use Reader.read_paths"
            )
        return items[0]
    return load.load_text(source, **meta)


def _looks_like_path(text: str) -> bool:
    if not text or "\n" in text or len(text) > 4096:
        return False
    try:
        return Path(text).exists()
    except OSError:
        return False


# --- many processes: each worker loads the pipeline once and reads whole batches ---------

_WORKER_NLP = None


def _init_worker(model: str) -> None:
    global _WORKER_NLP
    _WORKER_NLP = pipeline.build(model)


def read_batch(articles: list[Article], batch_size: int = 16) -> list[Reading | NewsgraphError]:
    """The per-batch function shared by the process pool (and by distributed engines)."""
    global _WORKER_NLP
    if _WORKER_NLP is None:
        _WORKER_NLP = pipeline.build()
    return with_signals(pipeline.run(_WORKER_NLP, articles, batch_size))


def with_signals(results) -> list[Reading | NewsgraphError]:
    """Attach each Reading's provenance signals (band keys, terms), computed here so that the
    stage scales out with the batch wherever it runs (process pool or Ray)."""
    from newsgraph.provenance.signals import article_signals

    out = list(results)
    for item in out:
        if isinstance(item, Reading):
            item._signals = article_signals(item.article).to_dict()
    return out


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _read_parallel(
    model: str, articles: Iterable[Article | NewsgraphError], processes: int, batch_size: int
) -> Iterator[Reading | NewsgraphError]:
    # spawn, not fork: forking a process that holds a loaded model (or a Ray client) can crash.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        processes, mp_context=context, initializer=_init_worker, initargs=(model,)
    ) as pool:
        in_flight = []
        for chunk in _batches(articles, batch_size):
            errors = [a for a in chunk if isinstance(a, NewsgraphError)]
            yield from errors
            good = [a for a in chunk if not isinstance(a, NewsgraphError)]
            if good:
                in_flight.append(pool.submit(read_batch, good, batch_size))
            while len(in_flight) > processes * 2:
                yield from in_flight.pop(0).result()
        for future in in_flight:
            yield from future.result()
