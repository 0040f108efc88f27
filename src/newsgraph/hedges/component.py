"""The ``newsgraph_hedges`` spaCy component: sets ``doc._.hedges`` and the certainty of statements.

Runs after ``newsgraph_attribution`` (it reads ``doc._.statements``) and before
``newsgraph_events``. Steps: find the hedges (`find.find`), give each its scope, ``in_quote``,
holder and statements (`scope`), add it to those statements' ``hedges``, fold a non-answer
read as a confirmation and a denial into one non-answer (`certainty.fold_non_answers`), then
set every statement's certainty (`certainty.set_statement_certainty`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.hedges import lexicon as lexicon_mod
from newsgraph.hedges.certainty import fold_non_answers, set_statement_certainty
from newsgraph.hedges.find import find
from newsgraph.hedges.scope import QuoteSpans, scope, tie
from newsgraph.model import Hedge, Span

extensions.install()


class HedgeFinder:
    """Finds hedges and sets certainty; the lexicon is loaded and indexed once, at construction."""

    def __init__(self, nlp: Language, name: str = "newsgraph_hedges"):
        self.name = name
        self.lexicon = lexicon_mod.load()

    def __call__(self, doc: Doc) -> Doc:
        statements = doc._.statements or []
        doc._.hedges = hedges = self.hedges(doc, statements)
        doc._.statements = statements = fold_non_answers(statements, hedges)
        set_statement_certainty(doc, statements)
        return doc

    def hedges(self, doc: Doc, statements) -> list[Hedge]:
        found = find(doc, self.lexicon)
        if not found:
            return []
        text = extensions.text_of(doc)
        quotes = QuoteSpans(text)
        out = []
        for n, f in enumerate(found, 1):
            start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1].text)
            where = scope(doc, f)
            tied, in_content = tie(doc, f, (start, end), statements)
            in_quote = quotes.inside(start)
            speaker = in_quote or in_content or (f.family.kind == "non-committal" and bool(tied))
            hedge = Hedge(
                id=f"h{n}",
                span=Span.of(text, start, end),
                kind=f.family.kind,
                scope=Span.of(text, *where) if where else None,
                in_quote=in_quote,
                holder="speaker" if speaker else "writer",
                statements=[s.id for s in tied],
                effect=None if f.family.effect == "none" else f.family.effect,
            )
            for s in tied:
                s.hedges.append(hedge)
            out.append(hedge)
        return out

    # The lexicon is packaged data, not trained state: nothing to save.
    def to_disk(self, path, *, exclude=()) -> None:  # noqa: D102
        return None

    def from_disk(self, path, *, exclude=()):  # noqa: D102
        return self


@Language.factory(
    "newsgraph_hedges",
    assigns=["doc._.hedges"],
    requires=["token.dep", "token.head", "token.lemma", "doc.sents"],
)
def make_hedges(nlp: Language, name: str) -> HedgeFinder:
    return HedgeFinder(nlp, name)
