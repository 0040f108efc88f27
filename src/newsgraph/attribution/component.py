"""The ``newsgraph_attribution`` spaCy component: sets ``doc._.statements``.

Stages, in order (each one cheap, linear in the tokens):
1. quotes (`quotes.find_quotes`) and cues with their source and content (`reported.CueFinder`:
   verbs, verb + object and verb + preposition phrases, owned nouns, adjectives of stance,
   verbs of seeming without a source, "according to X", "in the poll");
2. quotes joined to cues: direct (the content is a quote, split quotes joined), partial (a quote
   inside the content), indirect (no quote);
3. evidential adverbs without a cue ("X reportedly did Y") become statements of an unnamed or,
   in the lead, the headline's cited outlet; the headline claim itself when a cited outlet is known;
4. content trimmed where a later cue of the same source starts; beliefs and wishes inside
   another statement's content are folded into it;
5. speakers resolved (`speakers.SpeakerIndex`), relay chains built outermost first (a statement
   inside another's content is relayed by that statement's speaker).
Hedges are found and tied to these statements by the next stage, ``newsgraph_hedges``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.attribution import lexicon as lexicon_mod
from newsgraph.attribution.assemble import build_statements

extensions.install()


class AttributionComponent:
    """Finds statements; the lexicon is loaded and compiled once, at construction."""

    def __init__(self, nlp: Language, name: str = "newsgraph_attribution"):
        self.name = name
        self.lexicon = lexicon_mod.load()
        from newsgraph.attribution.reported import CueFinder

        self.finder = CueFinder(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = build_statements(doc, self.lexicon, self.finder)
        return doc

    # The lexicon is packaged data, not trained state: nothing to save.
    def to_disk(self, path, *, exclude=()) -> None:  # noqa: D102
        return None

    def from_disk(self, path, *, exclude=()):  # noqa: D102
        return self


@Language.factory(
    "newsgraph_attribution",
    assigns=["doc._.statements"],
    requires=["token.dep", "token.head", "token.lemma", "doc.sents"],
)
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent(nlp, name)
