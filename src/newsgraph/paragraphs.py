"""The `newsgraph_paragraphs` component: a blank line always ends a sentence.

Runs before the parser, which respects sentence starts set before it. Headlines, standfirsts,
datelines and masked boilerplate are separated from the body by blank lines in news text, but
carry no final period; without this, the parser can glue a headline to the first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if token.is_space and token.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc
