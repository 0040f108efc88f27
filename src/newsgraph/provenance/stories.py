"""Which articles tell the same story: weighted term overlap within a time window.

An article's terms are its content words and names (a capitalised word counts as a name and
weighs more: who and where tell events apart better than what). Weights are TF-IDF with the
document frequencies of the corpus as it stands when the article arrives, so stories are
assigned incrementally and a rebuild in the same order gives the same stories. Two articles
belong to one story when their cosine similarity reaches ``SAME_STORY`` and their dates lie
within ``WINDOW_DAYS``; when a date is missing the bar is higher by ``UNDATED_EXTRA``. A copy
is always in its original's story. Stories are the connected groups of such pairs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.provenance.words import Words

SAME_STORY = 0.30
UNDATED_EXTRA = 0.10
WINDOW_DAYS = 4
MIN_SHARED_TERMS = 6  # fewer shared weighted terms is chance, however high the cosine
NAME_WEIGHT = 1.5
NAME_PREFIX = "N:"


def terms(text: str, w: Words) -> Counter[str]:
    """Term counts of a body: names as ``N:word``, other content words as they are."""
    counts: Counter[str] = Counter()
    for norm, start in zip(w.norms, w.starts, strict=True):
        if norm in STOP_WORDS or len(norm) < 3:
            continue
        name = text[start].isupper()
        counts[(NAME_PREFIX + norm) if name else norm] += 1
    return counts


def idf(df: int, n: int) -> float:
    return math.log((n + 1) / (df + 0.5))


def vector(tf: Mapping[str, int], df: Mapping[str, int], n: int) -> dict[str, float]:
    """Unit-length TF-IDF vector; terms seen in only this article carry nothing."""
    v = {}
    for term, count in tf.items():
        seen = df.get(term, 1)
        if seen <= 1:
            continue
        weight = (1 + math.log(count)) * idf(seen, n)
        if term.startswith(NAME_PREFIX):
            weight *= NAME_WEIGHT
        if weight > 0:
            v[term] = weight
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def within_window(a: dt.date | None, b: dt.date | None, days: int = WINDOW_DAYS) -> bool | None:
    """True/False when both dates are known, None when one is missing."""
    if a is None or b is None:
        return None
    return abs((a - b).days) <= days


def same_story(similarity: float, day_a: dt.date | None, day_b: dt.date | None) -> bool:
    window = within_window(day_a, day_b)
    if window is False:
        return False
    bar = SAME_STORY if window else SAME_STORY + UNDATED_EXTRA
    return similarity >= bar


def label(tf_sum: Mapping[str, float], k: int = 4) -> str:
    """A short label from the heaviest terms of a story, names first."""
    ranked = sorted(tf_sum.items(), key=lambda kv: (-kv[1], kv[0]))
    names = [t[len(NAME_PREFIX) :].title() for t, _ in ranked if t.startswith(NAME_PREFIX)]
    words = [t for t, _ in ranked if not t.startswith(NAME_PREFIX)]
    picked = list(dict.fromkeys(names[:3] + words[: max(1, k - 3)]))
    return " · ".join(picked[:k])
