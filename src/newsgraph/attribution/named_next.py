"""A speaker described before the article names them: "A senior official said … Ana Ruiz
also said …", "Japan's top government spokesman said … “…,” Yoshihide Suga said".

News often brings a speaker in by an office and names them in the next sentence or paragraph.
When a statement's speaker is such a description (a role, no name) and the very next statement,
close after it, is by a person named there for the first time, whose title (if the text gives
one) is the same office, the description is that person. A person with another title ("Mayor
Ana Ruiz" after "a police spokesman") is someone else.
"""

from __future__ import annotations

import re

from newsgraph.attribution.lexicon import words
from newsgraph.model import Speaker, Statement

#: the end of a sentence: at most one may come between a description and the name
_ENDS = re.compile(r"[.!?][\"”’]?\s")
#: words of a description that do not say which office
_LOOSE = set(words("named_next")["loose"])
_STEM = 5  # letters an office word and a title word share ("senator" / "Senate President")


def name_described(statements: list[Statement], text: str) -> None:
    """Give each described speaker the person named right after them (in place)."""
    for i, s in enumerate(statements[:-1]):
        sp = s.speaker
        if not _is_description(sp):
            continue
        nxt = next((n for n in statements[i + 1 :] if n.speaker.span != sp.span), None)
        if nxt is None or not _introduces(nxt, sp, text, s.content.end):
            continue
        for other in statements[i:]:
            if other.speaker.span == sp.span:
                other.speaker = nxt.speaker.model_copy(
                    update={"span": sp.span, "by": other.speaker.by, "reason": None}
                )


def _is_description(sp: Speaker) -> bool:
    """An office with no name: "a top senator", "the government spokesman"."""
    if sp.span is None or not sp.role or sp.type not in ("person", "anonymous"):
        return False
    if sp.type == "anonymous" and sp.count != 1:
        return False
    return sp.role.lower() in (sp.name or "").lower()


def _introduces(named: Statement, described: Speaker, text: str, after: int) -> bool:
    """Is the speaker of ``named`` a person named in the sentence after ``after`` (or the
    first of the next paragraph), for the first time in the text, with no title other than
    the described office?"""
    sp, span = named.speaker, named.speaker.span
    if sp.type != "person" or span is None or not _looks_like_a_name(sp.name or ""):
        return False
    starts = min(span.start, named.content.start)
    if starts < after or _is_description(sp) or len(_ENDS.findall(text, after, starts)) > 1:
        return False
    if sp.name.split()[-1] in text[: described.span.end]:
        return False  # named before, or the owner of the office ("Trump's son")
    office = (described.role or "").lower().split()[-1:]
    title = f"{sp.role or ''} {span.text}".lower().replace(sp.name.lower(), " ").split()
    if not title:
        return True
    if not office or not any(w[:_STEM] == office[0][:_STEM] for w in title):
        return False
    # "the foreign minister" is not "Health Minister Ana Costa": a lower-case word that says
    # which office must be in the title too
    said = [w for w in described.span.text.split() if w.isalpha() and w.islower()]
    which = {w for w in said if w not in _LOOSE and w[:_STEM] != office[0][:_STEM]}
    return all(any(w[:_STEM] == t[:_STEM] for t in title) for w in which)


def _looks_like_a_name(name: str) -> bool:
    """Two words or more, each capitalised, no possessive ("Ana Ruiz", not "Ruiz's aides")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and "'" not in w and "’" not in w for w in words)
