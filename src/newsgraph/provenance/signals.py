"""The per-article signals the corpus needs to find copies and stories, from text alone.

Computed in the per-batch function that the process pool and Ray both run
(``newsgraph.reader.read_batch``), so the cost scales out with the parsing: the LSH band keys
of the body's MinHash signature and the body's term counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.provenance.signatures import band_keys, minhash, shingles
from newsgraph.provenance.stories import terms
from newsgraph.provenance.words import Words, words


@dataclass
class Signals:
    n_words: int
    bands: list[int]
    terms: dict[str, int]
    words: Words | None = None  # the body words themselves, so the writer need not redo them

    def to_dict(self, words: bool = False) -> dict:
        """As plain data; with ``words``, the body words too (for the process pool: the
        writer compares the article with what these words give; Ray shards leave them out)."""
        out = {"n_words": self.n_words, "bands": self.bands, "terms": self.terms}
        if words and self.words is not None:
            w = self.words
            out["words"] = [list(w.norms), list(w.starts), list(w.ends), list(w.quoted)]
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Signals:
        w = data.get("words")
        words = Words(*(tuple(part) for part in w)) if w else None
        return cls(data["n_words"], list(data["bands"]), dict(data["terms"]), words)


def body_words(article) -> Words:
    """Words of an Article's body (an Article or its dict), headline and boilerplate left out."""
    get = article.get if isinstance(article, dict) else lambda k: getattr(article, k)

    def pair(span):
        if span is None:
            return None
        return (span["start"], span["end"]) if isinstance(span, dict) else (span.start, span.end)

    text = get("text")
    body = pair(get("body")) or (0, len(text))
    skip = [pair(b) for b in get("boilerplate") or []]
    title = pair(get("title_span"))
    if title is not None:
        skip.append(title)
    return words(text, skip, body[0], body[1])


def signals_of(text: str, w: Words, engine: str = "rensa") -> Signals:
    """Band keys and term counts of one body (and its words)."""
    tokens = shingles(w)
    bands = band_keys(minhash(tokens, engine)) if tokens else []
    return Signals(len(w), bands, dict(terms(text, w)), w)


def article_signals(article, engine: str = "rensa") -> Signals:
    text = article["text"] if isinstance(article, dict) else article.text
    return signals_of(text, body_words(article), engine)
