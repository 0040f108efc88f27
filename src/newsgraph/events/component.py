"""The `newsgraph_events` spaCy component: coded events → `doc._.events`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.hedges.certainty import set_event_certainty


@Language.factory(
    "newsgraph_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma"],
)
def make_events(nlp: Language, name: str) -> EventCoder:
    return EventCoder(nlp, name)


class EventCoder:
    """Codes CAMEO/PLOVER events from the parse, the actors and the statements (see `coder`)."""

    def __init__(self, nlp: Language, name: str = "newsgraph_events"):
        from newsgraph.events.coder import Coder

        extensions.install()
        self.name = name
        self.coder = Coder()  # patterns and codebook are loaded and validated here, once

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder.code(doc)
        set_event_certainty(doc)  # hedges stage (issue 14): certainty of each event, hedge ties
        return doc
