"""Quote marks typed with no space before or after them, split off by the tokenizer.

Hurried copy often glues a quote mark to its neighbours: ``said,"We will`` or
``give up,"the minister said``. spaCy's English tokenizer keeps ``said,"We`` as one token, so
no quote is found there and the cue is lost. Two extra infixes split such runs:

- a comma, colon or semicolon between a word and a double quote mark (``said,"``);
- a double quote mark between sentence punctuation and a word (``,"We``, ``."The``).

Only double marks (``"`` ``“`` ``”``) are split: a single mark inside a word is an apostrophe
("don't", "don’t"), and a mark after a digit is inches (``5'10"``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

_MARKS = '"“”'
GLUED_INFIXES = (
    rf"(?<=[^\W\d_])[,:;](?=[{_MARKS}])",  # said,"We
    rf"(?<=[,:;.!?])[{_MARKS}](?=[^\W_])",  # ,"We  ."The  ,"the
)


def split_glued_quotes(nlp: Language) -> None:
    """Add the infixes to ``nlp``'s tokenizer (safe to call twice)."""
    current = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", "")
    if GLUED_INFIXES[0] in pattern:
        return
    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *GLUED_INFIXES]).finditer
