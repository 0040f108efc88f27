"""The `newsgraph_paragraphs` component: a blank line always ends a sentence, and no sentence
runs longer than :data:`MAX_SENTENCE_TOKENS`.

Runs before the parser, which respects sentence starts set before it. Headlines, standfirsts,
datelines and masked boilerplate are separated from the body by blank lines in news text, but
carry no final period; without this, the parser can glue a headline to the first sentence.
A text with no sentence ends at all (an adversarial page, a run-on list) would make one
sentence of the whole article, and every step that looks at a token's sentence would cost
that sentence's length each time: cutting sentences at a length no real one reaches keeps
all such work linear in the article.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extensions import text_of

#: Longer than any sentence of the news corpora newsgraph is measured on (under 200 tokens).
MAX_SENTENCE_TOKENS = 400


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    n = len(doc)
    if n < 2:
        return doc
    lines = not _hard_wrapped(text_of(doc))
    is_space = doc.to_array(IS_SPACE).astype(bool)  # no Token made for the words
    spaces = np.flatnonzero(is_space[: n - 1]).tolist()
    space = is_space.tolist()
    last = -1  # the token after which a sentence was last started here
    prev = -1  # the space token looked at before
    starts: list[int] = []  # set at the end, in one write (see _start_sentences)
    for i in [*spaces, n - 1]:  # each space token, then the end
        j = max(prev + 1, last + MAX_SENTENCE_TOKENS)
        while j < i:  # words only between prev and i: cut a sentence grown too long
            if not space[j + 1]:
                starts.append(j + 1)
                last = j
                j += MAX_SENTENCE_TOKENS
            else:
                j += 1
        if i == n - 1:
            break
        if _breaks_at(doc, i, lines) or (i - last >= MAX_SENTENCE_TOKENS and not space[i + 1]):
            starts.append(i + 1)
            last = i
        prev = i
    _start_sentences(doc, starts)
    return doc


def _start_sentences(doc: Doc, starts: list[int]) -> None:
    """``doc[i].is_sent_start = True`` for each i, in one array write: spaCy's setter checks
    the whole Doc for a parse on every call (and the first call still does, raising as it would
    on a parsed Doc)."""
    if not starts:
        return
    doc[starts[0]].is_sent_start = True
    values = doc.to_array([SENT_START])
    values[starts] = 1
    doc.from_array([SENT_START], values)


def _breaks_at(doc: Doc, i: int, lines: bool) -> bool:
    """Whether the space token `i` ends a sentence: a blank line, or (in text not wrapped at
    a width) a newline before a line that starts one."""
    text = doc[i].text
    return text.count("\n") >= 2 or (lines and "\n" in text and _line_start(doc, i))


# A line that ends mid-sentence and goes on in lower case: text wrapped at a width, where a
# newline is no break. Web pages put a headline, a byline or a caption on its own line.
_WRAP = re.compile(r"[a-z,;]\n[a-z]")
_OPEN_ENDS = frozenset({",", ";", "-", "(", "the", "a", "an", "of", "and", "or", "to", "in", "by"})


def _hard_wrapped(text: str) -> bool:
    return len(_WRAP.findall(text)) >= 2


def _line_start(doc: Doc, i: int) -> bool:
    """Whether the line after the newline token `i` starts a sentence: the line before ends
    with no open word and the next starts with a capital, a digit or a quote ("Headline
    of the day\nThe ministry said …")."""
    if i == 0:
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    if prev.is_space or prev.lower_ in _OPEN_ENDS:
        return False
    first = nxt.text[:1]
    return first.isupper() or first.isdigit() or first in "\"\u201c\u2018'"
