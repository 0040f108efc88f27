"""The ``newsgraph_markers`` spaCy component: contested names and loaded terms with their voice.

Runs after attribution (it reads ``doc._.statements``); sets ``doc._.markers`` to a list of
:class:`newsgraph.model.Marker`. Finding the terms is one regex pass over the text; the voice
comes from quotation marks, the statement spans and the parse (see ``voice``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.markers.terms import find, load
from newsgraph.markers.voice import load as load_voice_words
from newsgraph.markers.voice import quotations, voice_of
from newsgraph.model import Marker, Span


def markers_of(doc: Doc) -> list[Marker]:
    text = extensions.text_of(doc)
    statements = doc._.statements or []
    out = []
    marks = None
    for start, end, term in find(text):
        if text[start:end].isspace():
            continue
        marks = quotations(text) if marks is None else marks
        voice, st = voice_of(doc, start, end, statements, marks, text)
        out.append(
            Marker(
                span=Span.of(text, start, end),
                term_group=term.group,
                variant=term.variant,
                kind=term.kind,
                voice=voice,
                speaker=st.speaker.name if st is not None else None,
                statement=st.id if st is not None else None,
            )
        )
    return out


class MarkersComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        extensions.install()
        load()  # validate the data files when the pipeline is built
        load_voice_words()

    def __call__(self, doc: Doc) -> Doc:
        doc._.markers = markers_of(doc)
        return doc


@Language.factory(
    "newsgraph_markers",
    assigns=["doc._.markers"],
    requires=["doc._.statements"],
)
def make_markers(nlp: Language, name: str) -> MarkersComponent:
    return MarkersComponent(nlp, name)
