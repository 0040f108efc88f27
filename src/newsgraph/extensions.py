"""Doc extensions used by newsgraph components, installed in one place.

`install()` is safe to call any number of times and never overrides an attribute that
someone else registered with another default.

- ``doc._.article_meta``: dict of article context set before the pipeline runs: ``published``
  (datetime.date | None), ``title`` ((start, end) | None), ``body`` ((start, end)),
  ``cited_outlet`` (str | None), ``cited_outlet_span`` ((start, end) | None).
- ``doc._.actors``: list[newsgraph.model.Actor] found by ``newsgraph_actors``.
- ``doc._.actor_mentions``: list[ActorMention], sorted by token start.
- ``doc._.statements``: list[newsgraph.model.Statement] from ``newsgraph_attribution``.
- ``doc._.events``: list[newsgraph.model.Event] from ``newsgraph_events``.
- ``doc._.markers``: list[newsgraph.model.Marker] from ``newsgraph_markers``.
- ``doc._.hedges``: list[newsgraph.model.Hedge] from ``newsgraph_hedges``.

:func:`text_of` is ``doc.text`` read once per Doc: spaCy rebuilds ``Doc.text`` from every token
on each access, and several stages need the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc

DOC_EXTENSIONS = (
    "article_meta",
    "actors",
    "actor_mentions",
    "statements",
    "events",
    "markers",
    "hedges",
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor: tokens ``start:end`` (and characters) of the Doc."""

    start: int
    end: int
    start_char: int
    end_char: int
    actor_id: str


_TEXT_KEY = "newsgraph.text"  # a str key: spaCy copies only ("._.", …) keys to other Docs


def text_of(doc: Doc) -> str:
    """``doc.text``, built on the first call and kept in ``doc.user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None or len(text) != _length(doc):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, the string `doc` was just tokenized from, as its text: the tokenizer keeps
    every character, so it is ``doc.text`` without rebuilding it from the tokens."""
    doc.user_data[_TEXT_KEY] = text


def tokens_with(doc: Doc, wanted: dict[int, Iterable[str]]) -> list[int]:
    """Indices, in order, of the tokens whose value of each spaCy attribute in `wanted` (POS,
    DEP, LOWER …) is one of the strings given for it: one vectorised look-up, no Token made per
    word. (Compared as string ids: a label or word that is a spaCy symbol, such as "nsubj" or
    "PROPN", has the symbol's id, not its hash.)"""
    if not len(doc):
        return []
    attrs = list(wanted)
    values = doc.to_array(attrs).reshape(len(doc), len(attrs))
    hit = np.ones(len(doc), dtype=bool)
    for k, attr in enumerate(attrs):
        hit &= isin(values[:, k], ids_of(wanted[attr]))
    return np.flatnonzero(hit).tolist()


_IDS: dict[tuple | frozenset, np.ndarray] = {}  # word lists given as constants → their ids


def ids_of(words: Iterable[str]) -> np.ndarray:
    """The string ids of `words` (spaCy symbols or hashes) for :func:`isin`, kept for a tuple or
    frozenset (the same constant list is asked for on every Doc)."""
    if not isinstance(words, tuple | frozenset):
        return id_array(get_string_id(v) for v in words)
    ids = _IDS.get(words)
    if ids is None:
        ids = _IDS[words] = id_array(get_string_id(v) for v in words)
    return ids


def id_array(ids: Iterable[int]) -> np.ndarray:
    """String ids (hashes, symbols) as the sorted array of unique uint64 that :func:`isin`
    looks values up in."""
    return np.fromiter(sorted(set(ids)), dtype=np.uint64)  # np.unique costs more on a few


def isin(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(values, ids)`` for `ids` made by :func:`id_array`: one binary search per value
    (``np.isin`` sorts both arrays again on each call, a large share of a stage's time when it
    is called per Doc)."""
    if not len(ids):
        return np.zeros(values.shape, dtype=bool)
    at = ids.searchsorted(values)  # the method: np.searchsorted's dispatch costs as much
    np.minimum(at, len(ids) - 1, out=at)
    return ids[at] == values


def _length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def install() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


install()
