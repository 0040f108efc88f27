"""The ``newsgraph_attribution`` spaCy component: sets ``doc._.statements``.

Stages, in order (each one cheap, linear in the tokens), one module each:
1. ``quotes``: every quotation span first;
2. ``cues`` (with ``verb_cues``, ``phrase_cues``, ``content``): cues in the dependency tree with
   their source and content mentions;
3. ``sieves`` (``sieves_cue`` …): quotes given to speakers by an ordered list of sieves;
4. ``nesting``: content cut where a later cue of the same source starts; beliefs and wishes
   inside another statement's content folded into it;
5. ``lead``: "X reportedly did Y" without a cue, and the headline's cited outlet;
6. ``entities`` (with ``people``, ``mentions``): source mention → speaker entity;
7. ``assemble``: Statements with relay chains outermost first.
Hedges are found and tied to these statements by the next stage, ``newsgraph_hedges``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.attribution import lexicon as lexicon_mod
from newsgraph.attribution.assemble import build_statements
from newsgraph.attribution.cues import CueFinder

extensions.install()


class AttributionComponent:
    """Finds statements; the lexicon is loaded and compiled once, at construction."""

    def __init__(self, nlp: Language, name: str = "newsgraph_attribution"):
        self.name = name
        self.lexicon = lexicon_mod.load()
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
