"""Quote → speaker sieves: quotes are found first, then given to speakers by ordered sieves.

The design of Muzny et al. (2017) and CoreNLP's QuoteAttributionAnnotator: each sieve is
precise and only looks at quotes no earlier sieve has claimed, so the order (`ORDER`, one list)
runs from the surest evidence to the loosest. A sieve either joins a quote to an attribution
found in the tree (a `Draft`) or makes a new draft whose speaker it borrows; either way the
draft records the sieve's name in ``by``, and the statement carries it as ``speaker.by``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.quotes import Quote
from newsgraph.attribution.spans import Paragraphs


class QuoteIndex:
    """The quotes of one text, in order, and which ones a sieve has claimed."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self.claimed: set[int] = set()

    def overlapping(self, start: int, end: int) -> list[int]:
        i = bisect_left(self.starts, end)
        out = []
        for j in range(i - 1, -1, -1):
            q = self.quotes[j]
            if q.end <= start:
                if q.end < start - 5000:
                    break
                continue
            out.append(j)
        return sorted(out)

    def inside(self, pos: int) -> bool:
        """Is ``pos`` within the words of a quote with a closing mark (a cue the quoted
        speaker used), also one whose opening mark was left out ("… the figures.” said X")?"""
        i = bisect_left(self.starts, pos + 1) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        return (q.closed or q.inner_end < q.end) and q.inner_start <= pos < q.inner_end

    def before(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        for j in range(i - 1, max(i - 3, -1), -1):
            if self.quotes[j].end <= pos:
                return j
        return None

    def after(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        return i if i < len(self.quotes) else None


@dataclass
class Context:
    """What every sieve reads: the Doc, its text and paragraphs, quotes and drafts so far."""

    doc: Doc
    text: str
    paras: Paragraphs
    quotes: QuoteIndex
    drafts: list[Draft]
    lex: Lexicon
    cue_starts: list[int] = field(default_factory=list)
    _tok_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)

    def token_at(self, char: int):
        """The token that holds (or first follows) character ``char``."""
        if not self._tok_starts:
            self._tok_starts = self.doc.to_array(IDX).tolist()  # no Token made per word
        i = max(bisect_left(self._tok_starts, char + 1) - 1, 0)
        return self.doc[i]

    def sentence(self, char: int) -> tuple[int, int]:
        """Characters of the sentence that holds ``char``, clipped to its paragraph."""
        if not self._sent_starts:
            self._sent_starts = [s.start_char for s in self.doc.sents]
        sent = self.token_at(char).sent
        para = self.paras.bounds(char)
        return max(sent.start_char, para[0]), min(sent.end_char, para[1])

    def open_quotes(self) -> list[int]:
        """Quotes no sieve has claimed and no statement's content holds, in text order."""
        spans = sorted(
            (d.quote or d.content) for d in self.drafts if (d.quote or d.content) is not None
        )
        out, k, reach = [], 0, -1
        for j, q in enumerate(self.quotes.quotes):
            while k < len(spans) and spans[k][0] <= q.inner_start:
                reach = max(reach, spans[k][1])
                k += 1
            if j not in self.quotes.claimed and q.level == 0 and reach < q.inner_end:
                out.append(j)
        return out


Sieve = Callable[[Context], None]


def _sieves() -> dict[str, Sieve]:
    from newsgraph.attribution import sieves_context as c
    from newsgraph.attribution import sieves_cue, sieves_headline, sieves_intro, sieves_turns

    return {
        "quote-in-content": sieves_cue.quote_in_content,
        "quote-beside-cue": sieves_cue.quote_beside_cue,
        "quote-split": sieves_cue.split_and_chained,
        "speaker-after": sieves_cue.speaker_after,
        "dash": c.dash,
        "colon": c.colon,
        "headline-verb": sieves_headline.headline,
        "intro": sieves_intro.intro,
        "conversation": sieves_turns.conversation,
        "byline": sieves_turns.byline,
        "same-words": c.same_words,
        "continuation": c.continuation,
        "paragraph-speaker": c.paragraph_speaker,
        "section": c.section,
    }


#: The order sieves run in: surest first. The names of the sieves that make statements of
#: their own are also values of ``speaker.by``; the cue sieves keep the cue's own ``by``
#: ("cue-subject", "according-to" …) or set "said-x" / "colon" for a quote beside its cue.
ORDER: tuple[str, ...] = (
    "quote-in-content",
    "quote-beside-cue",
    "quote-split",
    "speaker-after",
    "dash",
    "colon",
    "headline-verb",
    "intro",
    "conversation",
    "byline",
    "same-words",
    "continuation",
    "paragraph-speaker",
    "section",
)


def run(ctx: Context, order: tuple[str, ...] = ORDER) -> None:
    sieves = _sieves()
    for name in order:
        sieves[name](ctx)
