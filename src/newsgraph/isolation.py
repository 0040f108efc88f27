"""One bad article never stops a run: articles go through ``nlp.pipe`` with each failure kept
to the article it belongs to.

* An input that could not be loaded (an error value in the stream) comes out as itself.
* An exception while making the Doc (tokenizer), in a component, or while building the
  Reading becomes an error for that article: an :class:`InternalError` ([NG900]) naming the
  input, or the component's own NewsgraphError. spaCy's error handler catches it per Doc
  (``nlp.set_error_handler``); a component that fails a whole batch at once (the tagger, the
  parser) loses that batch from the stream, so its articles are read again one at a time and
  only the one that fails again gets the error.
* Time: the pipe runs under :func:`bounds.time_limit`; an article that is still running when
  the budget is spent is read again alone with a fresh budget, and only then, if it runs out
  again, gets :class:`ArticleTimeout` ([NG110]).
* If anything escapes ``nlp.pipe`` all the same, the articles in flight are read alone and a
  new pipe goes on with the rest.

Results come out in input order, one per input.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import bounds
from newsgraph.errors import ArticleTimeout, NewsgraphError, internal
from newsgraph.model import Article, Reading

Result = Reading | NewsgraphError


@dataclass(eq=False, slots=True)
class _Slot:
    """One input on its way through the pipe."""

    item: Article | NewsgraphError
    result: Result | None = None
    fed: bool = False  # given to nlp.pipe
    error: BaseException | None = None  # caught by spaCy's error handler
    shared: bool = False  # the failure hit a whole batch, not only this Doc


def _on_error(name: str, proc, docs: list[Doc], exc: Exception) -> None:
    """spaCy's error handler: note the failure on each Doc's slot (then the Doc is dropped)."""
    slots = [getattr(doc, "_context", None) for doc in docs]
    if not slots or not all(isinstance(s, _Slot) for s in slots):
        raise exc  # not one of ours (someone called nlp(...) directly): spaCy's default
    for slot in slots:
        slot.error = exc
        slot.shared = len(docs) > 1 or isinstance(exc, bounds.Overtime)


def install_handler(nlp: Language) -> None:
    """Make :func:`_on_error` the error handler of `nlp` and of each component that takes one.

    (Not ``nlp.set_error_handler``: the parser and NER of spaCy 3.8 refuse the attribute; their
    failures escape ``nlp.pipe`` and are handled by reading the articles in flight alone.)"""
    nlp.default_error_handler = _on_error
    for _name, proc in nlp.pipeline:
        if hasattr(proc, "set_error_handler"):
            try:
                proc.set_error_handler(_on_error)
            except AttributeError:
                pass


def _debug(exc: BaseException) -> None:
    if os.environ.get("NEWSGRAPH_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)


def _failure(article: Article, exc: BaseException, budget: float | None) -> NewsgraphError:
    if isinstance(exc, NewsgraphError):
        return exc
    if isinstance(exc, bounds.Overtime):
        return ArticleTimeout(
            f"reading it took longer than {budget:g} s and was stopped",
            input=article.path or article.id,
            hint=f"split it, or raise ${bounds.SECONDS_ENV}",
            path=article.path,
            record=article.record,
            content_hash=article.id,
        )
    _debug(exc)
    return internal(exc, article)


class _Inputs:
    """The input stream. A failure of the stream itself (a bug in a loader) becomes one error
    value and ends it: a generator that raised cannot go on, and nothing is swallowed."""

    def __init__(self, items: Iterable[Article | NewsgraphError]):
        self.items = iter(items)
        self.done = False

    def __iter__(self) -> _Inputs:
        return self

    def __next__(self) -> Article | NewsgraphError:
        if self.done:
            raise StopIteration
        try:
            return next(self.items)
        except StopIteration:
            self.done = True
            raise
        except Exception as exc:  # noqa: BLE001 - reported, never swallowed
            self.done = True
            _debug(exc)
            err = internal(exc, input="<inputs>")
            err.message += "; the inputs after it were not loaded"
            return err


class Runner:
    """Streams articles through `nlp` (see the module docstring)."""

    def __init__(self, nlp: Language, make_doc, to_reading, batch_size: int, budget: float):
        self.nlp = nlp
        self.make_doc = make_doc
        self.to_reading = to_reading
        self.batch_size = batch_size
        self.budget = budget
        self.queue: deque[_Slot] = deque()
        self.fed = 0
        self.exhausted = False

    def run(self, items: Iterable[Article | NewsgraphError]) -> Iterator[Result]:
        install_handler(self.nlp)
        source = _Inputs(items)
        while not self.exhausted:
            fed_before = self.fed
            pipe = self.nlp.pipe(self._feed(source), as_tuples=True, batch_size=self.batch_size)
            try:
                while True:
                    with bounds.time_limit(self.budget):
                        step = next(pipe, None)
                    if step is None:
                        break
                    doc, slot = step
                    slot.result = self._reading(slot.item, doc)
                    yield from self._flush(upto=slot)
            except Exception as exc:  # noqa: BLE001 - escaped nlp.pipe: read the rest alone
                _debug(exc)
                yield from self._flush(upto=None)
                if self.fed == fed_before:  # died before taking an article: no more pipes
                    yield from self._alone(source)
                    return
                continue
            yield from self._flush(upto=None)

    # -- feeding

    def _feed(self, source: Iterator) -> Iterator[tuple[Doc, _Slot]]:
        for item in source:
            slot = _Slot(item)
            self.queue.append(slot)
            if isinstance(item, NewsgraphError):
                slot.result = item
                continue
            try:
                doc = self.make_doc(self.nlp, item)
            except bounds.Overtime as exc:  # the budget may be others' time: read it alone
                slot.fed, slot.error, slot.shared = True, exc, True
                continue
            except Exception as exc:  # noqa: BLE001 - one article's failure
                slot.result = _failure(item, exc, self.budget)
                continue
            slot.fed = True
            self.fed += 1
            yield doc, slot
        self.exhausted = True

    def _alone(self, source: Iterator) -> Iterator[Result]:
        for item in source:
            yield item if isinstance(item, NewsgraphError) else self.read_alone(item)
        self.exhausted = True

    # -- results

    def _reading(self, article: Article, doc: Doc) -> Result:
        try:
            return self.to_reading(article, doc)
        except Exception as exc:  # noqa: BLE001 - one article's failure
            return _failure(article, exc, self.budget)

    def _flush(self, upto: _Slot | None) -> Iterator[Result]:
        """Emit results in input order. `upto` is the slot nlp.pipe just gave back: fed slots
        before it without a result were dropped by the error handler; after it they are still
        in flight. With None the pipe is over (or dead): every slot left is resolved."""
        reached = upto is None
        while self.queue:
            slot = self.queue[0]
            if slot.result is None:
                if reached and upto is not None:
                    return  # in flight
                slot.result = self._resolve_dropped(slot)
            self.queue.popleft()
            yield slot.result
            if slot is upto:
                reached = True

    def _resolve_dropped(self, slot: _Slot) -> Result:
        article = slot.item
        assert isinstance(article, Article)
        if slot.error is not None and not slot.shared:
            return _failure(article, slot.error, self.budget)
        return self.read_alone(article)

    def read_alone(self, article: Article) -> Result:
        """Read one article through every component, outside nlp.pipe, with its own budget."""
        slot = _Slot(article, fed=True)
        try:
            with bounds.time_limit(self.budget):
                doc = self.make_doc(self.nlp, article)
                doc._context = slot
                for name, proc in self.nlp.pipeline:
                    doc = proc(doc)
                    if slot.error is not None:
                        raise slot.error
                    if not isinstance(doc, Doc):
                        raise TypeError(f"component {name!r} returned {type(doc).__name__}")
                doc._context = None
            return self.to_reading(article, doc)
        except Exception as exc:  # noqa: BLE001 - one article's failure
            return _failure(article, exc, self.budget)


def run(
    nlp: Language,
    items: Iterable[Article | NewsgraphError],
    make_doc,
    to_reading,
    batch_size: int = 16,
    budget: float | None = None,
) -> Iterator[Result]:
    """One Reading or error per input, in order; see the module docstring."""
    runner = Runner(nlp, make_doc, to_reading, batch_size, bounds.seconds(budget))
    yield from runner.run(items)
