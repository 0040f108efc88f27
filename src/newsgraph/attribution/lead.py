"""The headline and the lead: a cited outlet ("… – Politico") and attributions with no
named source ("X reportedly did Y").

- `Lead` finds the outlet a headline cites and the body's lead paragraphs, where an
  unattributed claim is the outlet's;
- `evidential_drafts` turns "X reportedly did Y" with no cue in its sentence into an
  attribution without a named source.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import Lexicon
from newsgraph.attribution.spans import Paragraphs, trim
from newsgraph.extensions import tokens_with

_HEADLINE_SUFFIX = re.compile(r"\s[–—-]\s*([A-Z][\w.&'’ ]{1,40}?)\s*$")


def evidential_words(lex: Lexicon) -> set[str]:
    from newsgraph.hedges.lexicon import load  # the hedge lexicon's evidential adverbs

    return load().evidential_adverbs()


def evidential_drafts(
    doc: Doc, drafts: list[Draft], words: set[str], paras: Paragraphs
) -> list[Draft]:
    """ "X reportedly did Y" with no cue in the sentence: an attribution without a named source."""
    busy = {(doc[d.cue.i].sent.start, paras.index(d.cue_start)) for d in drafts}
    out = []
    for i in tokens_with(doc, {LOWER: words, POS: ("ADV",)}):  # no Token for other words
        tok = doc[i]
        sent = tok.sent
        key = (sent.start, paras.index(tok.idx))
        if key in busy:
            continue
        head = tok.head
        para = paras.bounds(tok.idx)
        start = max(head.left_edge.idx, para[0], sent.start_char)
        end = min(head.right_edge.idx + len(head.right_edge.text), para[1], sent.end_char)
        content = trim(paras.text, start, end)
        if content[1] <= content[0]:
            continue
        d = Draft(cue=tok, cue_start=tok.idx, cue_end=tok.idx + len(tok.text), cue_class="report")
        d.by, d.reason = "evidential", f"{tok.text!r} names no source"
        d.content = content
        out.append(d)
        busy.add(key)
    return out


class Lead:
    """The headline's cited outlet ("… – Politico") and where the body's lead is."""

    def __init__(self, doc: Doc, lex: Lexicon, paras: Paragraphs, text: str):
        self.outlet: str | None = None
        self.outlet_span: tuple[int, int] | None = None
        self.title: tuple[int, int] | None = None
        self.lead_paras: set[int] = set()
        meta = doc._.article_meta if isinstance(doc._.article_meta, dict) else {}
        title = meta.get("title")
        if meta.get("cited_outlet") and meta.get("cited_outlet_span"):
            self.outlet = meta["cited_outlet"]
            self.outlet_span = tuple(meta["cited_outlet_span"])
            if title:
                self.title = tuple(title)
        elif not meta:
            first_end = text.find("\n")
            line_end = first_end if first_end >= 0 else len(text)
            line = text[:line_end]
            m = _HEADLINE_SUFFIX.search(line)
            if m and m.group(1).strip().lower() in lex.outlet_names and len(line) < 250:
                self.outlet = m.group(1).strip()
                self.outlet_span = (m.start(1), m.start(1) + len(self.outlet))
                self.title = (len(line) - len(line.lstrip()), line_end)
        if self.outlet is None:
            return
        body = meta.get("body")
        body_start = body[0] if body else (self.title[1] if self.title else 0)
        title_text = text[self.title[0] : self.title[1]].strip() if self.title else None
        seen = 0
        for i, start in enumerate(paras.starts):
            if start < body_start:
                continue
            end = paras.starts[i + 1] - 1 if i + 1 < len(paras.starts) else len(text)
            para = text[start:end].strip()
            if len(para.split()) < 6 or para == title_text:
                continue
            self.lead_paras.add(i)
            seen += 1
            if seen == 2:
                break

    def title_draft(self, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if self.title is None or self.outlet_span is None:
            return None
        content = trim(text, self.title[0], min(self.title[1], self.outlet_span[0]))
        return (content, self.outlet_span) if content[1] > content[0] else None
