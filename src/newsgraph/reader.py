"""The Python API: `read()` for one article, `Reader` for many."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from newsgraph import pipeline
from newsgraph.errors import InputError, NewsgraphError, WorkerDied, internal
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
        """Read one article: an Article, a file given as a ``Path`` (any ``os.PathLike``),
        or the text itself — a ``str`` is always text, never a file name (use
        :meth:`read_path` for a path written as a string).

        `meta` (title, url, outlet, published) applies to text given directly.
        Raises an InputError subclass when the input cannot be read.
        """
        return self._read_one(_one_article(source, **meta))

    def read_path(self, path: str | os.PathLike) -> Reading:
        """Read the one article in the file `path` (a folder or a many-record file: see
        :meth:`read_paths`)."""
        return self._read_one(_article_at(path))

    def _read_one(self, article: Article) -> Reading:
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


def _shared_reader(model: str | None) -> Reader:
    global _READER
    if _READER is None or _READER.model != pipeline.model_name(model):
        _READER = Reader(model)
    return _READER


def read(source: str | os.PathLike | Article, *, model: str | None = None, **meta) -> Reading:
    """Read one article — its text (a ``str``), a ``Path`` or an Article — with a Reader kept
    for the next call. A ``str`` is always the text: for a file use ``read(Path(...))`` or
    :func:`read_path`."""
    return _shared_reader(model).read(source, **meta)


def read_path(path: str | os.PathLike, *, model: str | None = None) -> Reading:
    """Read the one article in the file `path` (text, HTML or a one-record JSON file)."""
    return _shared_reader(model).read_path(path)


def _one_article(source: str | os.PathLike | Article, **meta) -> Article:
    from newsgraph import load

    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return _article_at(source)
    if not isinstance(source, str):
        raise TypeError(
            f"read() takes text (str), a Path or an Article, not {type(source).__name__}"
        )
    return load.load_text(source, **meta)


def _article_at(path: str | os.PathLike) -> Article:
    """The one article in the file `path`; a folder is refused before it is walked."""
    from newsgraph import load

    name = os.fspath(path)
    if Path(name).is_dir():
        raise InputError(
            "is a folder, not one article",
            input=name,
            hint="read folders with Reader().read_paths([...]) or `newsgraph read`",
        )
    items = list(load.load_path(name))
    for item in items:
        if isinstance(item, NewsgraphError):
            raise item
    if len(items) != 1:
        raise InputError(
            f"holds {len(items)} articles", input=name, hint="use Reader().read_paths([...])"
        )
    return items[0]


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
    for i, item in enumerate(out):
        if isinstance(item, Reading):
            try:
                item._signals = article_signals(item.article).to_dict(words=True)
            except Exception as exc:  # noqa: BLE001 - one article's failure, not the batch's
                out[i] = internal(exc, item.article)
    return out


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _Pool:
    """A process pool that is started again when a worker dies (killed, out of memory,
    crashed): the batches it held are read again one article at a time, so only an article
    that kills a worker on its own gets an error (WorkerDied) and the run goes on."""

    def __init__(self, model: str, processes: int):
        self.model = model
        self.processes = processes
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: forking a process that holds a loaded model (or a Ray client) can crash.
        return ProcessPoolExecutor(
            self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.model,),
        )

    def submit(self, articles: list[Article], batch_size: int):
        return self.pool.submit(read_batch, articles, batch_size)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def alone(self, article: Article) -> Reading | NewsgraphError:
        try:
            return self.submit([article], 1).result()[0]
        except BrokenProcessPool:
            self.restart()
            return WorkerDied(
                "a worker process died while reading it (killed, out of memory or crashed)",
                input=article.path or article.id,
                hint="the run went on; read it alone to see what happens",
                path=article.path,
                record=article.record,
                content_hash=article.id,
            )
        except Exception as exc:  # noqa: BLE001 - one article's failure
            return internal(exc, article)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _read_parallel(
    model: str, articles: Iterable[Article | NewsgraphError], processes: int, batch_size: int
) -> Iterator[Reading | NewsgraphError]:
    pool = _Pool(model, processes)
    in_flight: deque[tuple[list[Article], Future]] = deque()

    def take() -> list[Reading | NewsgraphError]:
        chunk, future = in_flight.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # Every batch in flight is lost with the pool: read them again, one by one.
            lost = [chunk, *(c for c, _ in in_flight)]
            in_flight.clear()
            pool.restart()
            return [pool.alone(article) for c in lost for article in c]
        except Exception:  # noqa: BLE001 - the batch failed as a whole: read it one by one
            return [pool.alone(article) for article in chunk]

    try:
        for chunk in _batches(articles, batch_size):
            errors = [a for a in chunk if isinstance(a, NewsgraphError)]
            yield from errors
            good = [a for a in chunk if not isinstance(a, NewsgraphError)]
            if good:
                in_flight.append((good, pool.submit(good, batch_size)))
            while len(in_flight) > processes * 2:
                yield from take()
        while in_flight:
            yield from take()
    finally:
        pool.close()
