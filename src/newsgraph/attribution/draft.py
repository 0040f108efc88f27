"""A `Draft`: one attribution as found in the tree, before it becomes a `Statement`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Draft:
    """An attribution found in the tree, before it becomes a `Statement`."""

    cue: Token
    cue_start: int
    cue_end: int
    cue_class: str
    source: Token | None = None  # head token of the source mention
    source_tokens: list[Token] = field(default_factory=list)
    content: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    negated: bool = False
    inherited: Draft | None = None
    relays: list[tuple[Token, list[Token], tuple[int, int]]] = field(default_factory=list)
    kind: str = "indirect"
    quote: tuple[int, int] | None = None
    according: bool = False
    sourceless: bool = False
    phrase: tuple[int, int] | None = None
    by: str = ""  # the sieve that found the source
    reason: str = ""  # why there is no source, when there is none
    same_as: Draft | None = None  # a draft whose speaker this one shares (a sieve's choice)
    cueless: bool = False  # a quote given to a speaker with no cue of its own

    def region(self) -> tuple[int, int]:
        """Characters of the attribution itself: source mention and cue."""
        start, end = self.cue_start, self.cue_end
        if self.source_tokens and self.inherited is None:
            s = self.source_tokens[0].idx
            e = self.source_tokens[-1].idx + len(self.source_tokens[-1].text)
            if abs(s - start) < 200:
                start, end = min(start, s), max(end, e)
        return start, end
