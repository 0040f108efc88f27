"""Mentions that refer back: pronouns and role descriptions resolved to who they mean.

News writing names a speaker once and then refers back ("he said", "the spokesman added",
"the top Russian diplomat stressed"). Resolution, in order:
- ``he``/``she``: a person named earlier in the same sentence (not as a modifier, not inside a
  quote); else the later of the last person who spoke and the last person named as a subject
  (agreeing in gender when it is known);
- ``it``: the last organisation, country, outlet or document that spoke;
- ``they``: the last group that spoke (organisations, countries, unnamed groups, several
  names joined by "and");
- a definite role description ("the spokesman", "Russia's top diplomat"): the person the
  article names with that role; else the last person who spoke, when the description's
  country (if it names one) is theirs.
What spoke "last" is what `Recent` has seen, within a few paragraphs.
"""

from __future__ import annotations

from newsgraph.actors import tables
from newsgraph.attribution.people import PRONOUN_GENDER
from newsgraph.model import Speaker

_CONTENTS = 6  # recent statements whose content a pronoun's candidate may stand in
_WITHIN = 2500  # characters back a pronoun or description may reach for the last speaker
_THING = {"organisation", "country", "outlet", "document"}
_GROUP = {"organisation", "country", "anonymous", "outlet"}


class Recent:
    """Speakers already resolved, in text order, for pronouns and descriptions to refer to,
    and the content each one's statement holds."""

    def __init__(self) -> None:
        self.items: list[tuple[int, Speaker]] = []
        self.contents: list[tuple[int, int]] = []
        self._own: dict[int, set[tuple[int, int]]] = {}  # a speaker's position: its contents

    def add(self, char: int, speaker: Speaker, content: tuple[int, int] | None = None) -> None:
        if content is not None and speaker.span is not None:
            # a passive with no source ("Eid is known for …") says nothing of anyone's words
            self.contents.append(content)
            self._own.setdefault(char, set()).add(content)
        if speaker.type not in ("unknown",) and speaker.name:
            self.items.append((char, speaker))

    def said(self, char: int) -> bool:
        """Is ``char`` inside what a recent statement said ("Peskov said Putin was calm")?"""
        for start, end in reversed(self.contents[-_CONTENTS:]):
            if start <= char < end:
                return True
        return False

    def at(self, char: int) -> Speaker | None:
        """The speaker whose mention starts at ``char``, if one was remembered there."""
        for pos, sp in reversed(self.items[-_CONTENTS * 4 :]):
            if pos == char:
                return sp
        return None

    def last(
        self, char: int, kinds: set[str], accept=None, unsaid: bool = False
    ) -> tuple[int, Speaker | None]:
        """The last speaker before ``char`` of one of ``kinds`` (and its position); with
        ``unsaid``, not one named inside what an earlier statement said ("The army said
        Pyongyang had rejected talks. It said …": the army, not Pyongyang)."""
        for pos, sp in reversed(self.items):
            if pos >= char:
                continue
            if char - pos > _WITHIN:
                break
            if sp.type in kinds and (accept is None or accept(sp)):
                if unsaid and self._inside_earlier(pos):
                    continue
                return pos, sp
        return -1, None

    def _inside_earlier(self, pos: int) -> bool:
        """Is ``pos`` inside the content of another statement (not its own)?"""
        own = self._own.get(pos, set())
        return any(s <= pos < e and (s, e) not in own for s, e in self.contents[-_CONTENTS:])


def gender_of(name: str | None, known: dict[str, str]) -> str | None:
    """ "m" / "f" from the article's titles (``known``), else from the people table."""
    if not name:
        return None
    if name in known:
        return known[name]
    offices = tables.people_by_name().get(name, ())
    return offices[0].gender if offices else None


def pronoun_kinds(word: str) -> tuple[set[str], str | None] | None:
    """What a pronoun can refer to: speaker types, and the gender it asks for."""
    if word in PRONOUN_GENDER:
        return {"person"}, PRONOUN_GENDER[word]
    if word in ("it", "its"):
        return _THING, None
    if word in ("they", "them", "their"):
        return _GROUP, None
    return None


def plural(sp: Speaker) -> bool:
    if sp.type == "anonymous":
        return sp.count != 1
    return sp.type in ("organisation", "country", "outlet") or " and " in (sp.name or "")
