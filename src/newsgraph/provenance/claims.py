"""Claims across a corpus: the same statement or event met in several articles.

A statement's claim key is its speaker: a person by full name (the resolved actor's name, or
the speaker's own name when it has two words or more — a surname alone names too many people
and makes no key), an organisation or country by its actor code (else its name), an anonymous
source by its description. Two statements are one claim when their keys match and their
content words overlap by at least ``SAME_CONTENT`` (of the smaller set). An event's key is its source,
target and CAMEO root; two events are one claim when their keys match and their dates lie
within ``EVENT_WINDOW_DAYS``. Counting articles, outlets and *independent* outlets (each copy
family once) is left to the store, which knows the families.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

SAME_CONTENT = 0.5
EVENT_WINDOW_DAYS = 3
MIN_CONTENT_WORDS = 3
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Mention:
    """One statement or event of one article, as a candidate claim mention."""

    article_id: str
    item_id: str
    kind: str  # "statement" | "event"
    key: str  # speaker key, or "source|target|root"
    text: str  # the content, or the event trigger
    start: int
    end: int
    words: frozenset[str]
    day: dt.date | None = None


def content_set(text: str) -> frozenset[str]:
    return frozenset(
        w[:6]
        for w in (m.group().lower() for m in _WORD.finditer(text))
        if w not in STOP_WORDS and len(w) > 2
    )


def _name(value: str | None) -> str:
    """A name as a key: lower case, no accents or punctuation, single spaces."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKD", value)
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return " ".join(_WORD.findall(value))


def speaker_key(speaker: dict, actor: dict | None = None) -> str | None:
    """A statement's speaker as a claim key; None for speakers that name no one for sure.

    `actor`: the speaker's resolved actor (``name``, ``kind``), when the Reading has one; a
    stored speaker may carry it as ``actor_name``/``actor_kind``."""
    kind = speaker.get("type")
    name = _name(speaker.get("name"))
    if kind == "anonymous":
        return "anon:" + " ".join(name.split()[-3:]) if name else None
    actor = actor or {}
    actor_name = _name(speaker.get("actor_name") or actor.get("name"))
    actor_kind = speaker.get("actor_kind") or actor.get("kind")
    if kind == "person" or actor_kind == "person":
        full = next((n for n in (actor_name, name) if len(n.split()) >= 2), None)
        return "person:" + full if full else None
    if speaker.get("actor"):
        return "actor:" + speaker["actor"]
    if kind in ("unknown", None):
        return None
    return "name:" + (actor_name or name) if (actor_name or name) else None


def mentions(reading: dict) -> list[Mention]:
    """Claim mentions of one Reading (given as a dict, as stored)."""
    article = reading["article"]
    published = article.get("published")
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    actors = {a["id"]: a for a in reading.get("actors", [])}
    out = []
    for st in reading.get("statements", []):
        speaker = st.get("speaker") or {}
        key = speaker_key(speaker, actors.get(speaker.get("actor_id")))
        content = st["content"]
        words = content_set(content["text"])
        if key is None or len(words) < MIN_CONTENT_WORDS:
            continue
        out.append(
            Mention(
                article["id"],
                st["id"],
                "statement",
                key,
                content["text"],
                content["start"],
                content["end"],
                words,
                day,
            )
        )
    for ev in reading.get("events", []):
        source = (ev.get("source") or {}).get("code")
        target = (ev.get("target") or {}).get("code")
        if not source or not target:
            continue
        event_day = ev.get("date") or published
        if isinstance(event_day, str):
            event_day = dt.date.fromisoformat(event_day)
        trig = ev["trigger"]
        out.append(
            Mention(
                article["id"],
                ev["id"],
                "event",
                f"{source}|{target}|{ev['root']}",
                trig["text"],
                trig["start"],
                trig["end"],
                frozenset(),
                event_day,
            )
        )
    return out


def same_claim(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind or a.key != b.key:
        return False
    if a.kind == "event":
        if a.day is None or b.day is None:
            return a.article_id != b.article_id
        return abs((a.day - b.day).days) <= EVENT_WINDOW_DAYS
    small = min(len(a.words), len(b.words))
    return small > 0 and len(a.words & b.words) / small >= SAME_CONTENT


def match(mention: Mention, claims: Iterable[tuple[str, Mention]]) -> str | None:
    """The id of the first claim (given as (claim id, one of its mentions)) this mention joins."""
    for claim_id, other in claims:
        if other.article_id != mention.article_id and same_claim(mention, other):
            return claim_id
    return None
