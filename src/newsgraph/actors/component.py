"""The `newsgraph_actors` spaCy component: actor mentions → `doc._.actors`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions


@Language.factory(
    "newsgraph_actors",
    assigns=["doc._.actors", "doc._.actor_mentions", "doc.ents"],
    requires=["token.dep", "token.head", "doc.ents"],
)
def make_actors(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(nlp, name)


class ActorResolver:
    """Finds actor mentions and resolves them to coded actors (see `resolver`)."""

    def __init__(self, nlp: Language, name: str = "newsgraph_actors"):
        extensions.install()
        self.name = name
        self.nlp = nlp
        self._gazetteer = None

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from newsgraph.actors.gazetteer import gazetteer_for

            self._gazetteer = gazetteer_for(self.nlp.vocab, self.nlp.make_doc)
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.actors.resolver import resolve

        actors, mentions = resolve(doc, self.gazetteer)
        doc._.actors = actors
        doc._.actor_mentions = mentions
        return doc
