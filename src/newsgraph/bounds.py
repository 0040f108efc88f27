"""Bounded work per article: what is not parsed, how long an article may be, how long it may take.

* **Masked runs.** spaCy's tokenizer splits a run of punctuation or symbols one character at a
  time and rescans the rest each time: 4,000 quote marks in a row take a second, 59,000 take
  minutes. A whitespace-free run longer than :data:`MAX_TOKEN_CHARS` ("word" of 10,000 letters,
  a base64 blob) goes the same way. Such stretches are never language: :func:`runs_to_mask`
  finds them and the pipeline turns them into spaces before parsing, as it does boilerplate,
  so every offset still points into the article text (a span over them holds the article's
  own characters; see ``isolation.fix_masked_spans``).
* **Size budget.** An article longer than :func:`max_tokens` tokens (after masking) is refused
  with a clear error before it is parsed. Parsing one Doc costs time and memory in
  proportion to its tokens (spaCy's tok2vec holds some 16 KB a token at once: 20,000 tokens,
  over 300 MB); 20,000 tokens is some 90 KB of prose, more than twice the longest article of
  the corpora newsgraph is measured on. Sentences are cut at 400 tokens
  (``paragraphs.MAX_SENTENCE_TOKENS``) so that per-sentence work stays linear too.
* **Time budget.** :func:`time_limit` interrupts Python code that runs past :func:`seconds`
  (SIGALRM, so only in a process's main thread; elsewhere the size budget is the bound).
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: A run of this many punctuation/symbol characters (no letter, digit or space) is masked.
MAX_PUNCT_RUN = 16
#: A whitespace-free stretch longer than this is masked whatever it holds.
MAX_TOKEN_CHARS = 400

TOKENS_ENV = "NEWSGRAPH_MAX_TOKENS"
SECONDS_ENV = "NEWSGRAPH_ARTICLE_SECONDS"
DEFAULT_MAX_TOKENS = 20_000
DEFAULT_SECONDS = 60.0

_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def runs_to_mask(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that are not parsed: long punctuation/symbol runs (the
    underscore counts as punctuation) and overlong whitespace-free stretches. Sorted,
    not overlapping."""
    found = [m.span() for m in _LONG_TOKEN.finditer(text)]
    found += [m.span() for m in _PUNCT_RUN.finditer(text.replace("_", "-"))]
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else default


def max_tokens(value: int | None = None) -> int:
    """Tokens one article may hold: the argument, else $NEWSGRAPH_MAX_TOKENS, else 20,000."""
    return int(value or _env_number(TOKENS_ENV, DEFAULT_MAX_TOKENS))


def seconds(value: float | None = None) -> float:
    """Seconds one article may take: the argument, else $NEWSGRAPH_ARTICLE_SECONDS, else 60."""
    return float(value or _env_number(SECONDS_ENV, DEFAULT_SECONDS))


class Overtime(Exception):  # noqa: N818 - a signal, not an error we show
    """Raised inside whatever runs when the time budget is spent (caught per article)."""


def _raise_overtime(signum, frame):
    raise Overtime()


def can_time() -> bool:
    """Whether :func:`time_limit` can interrupt here (a main thread with SIGALRM, no other
    SIGALRM handler installed by the program)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return False
    return signal.getsignal(signal.SIGALRM) in (
        signal.SIG_DFL,
        signal.SIG_IGN,
        _raise_overtime,
        None,
    )


@contextmanager
def time_limit(limit: float | None) -> Iterator[bool]:
    """Raise :class:`Overtime` every `limit` seconds inside the block (where that can be
    done; yields whether it can). Interrupts Python code; C code is interrupted when it
    returns to Python."""
    if not limit or not can_time():
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _raise_overtime)
    signal.setitimer(signal.ITIMER_REAL, limit, limit)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
