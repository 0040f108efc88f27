"""Headline suffixes: "Title – Politico" names the outlet a republished article cites.

``split_headline`` looks at the last separator of a headline (`` – ``, `` - ``, `` — ``,
``: `` or `` | ``) and decides whether what follows is an outlet name:

* a known outlet behind a dash or colon is a *cited* outlet (the page republishes it),
  unless it is the page's own outlet;
* whatever follows `` | `` is the page's own site name (``<title>Title | Site</title>``).

Outlets come from ``newsgraph.actors.tables.outlets()``; while that table cannot be loaded a
small built-in list stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Stand-in outlets (name, aliases, domains) used only when the actors table is unavailable.
_FALLBACK: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Politico", ("POLITICO", "Politico Europe", "Politico EU"), ("politico.com", "politico.eu")),
    ("Reuters", ("Thomson Reuters",), ("reuters.com",)),
    ("Associated Press", ("AP", "The Associated Press", "AP News"), ("apnews.com",)),
    ("Agence France-Presse", ("AFP", "Agence France Presse"), ("afp.com",)),
    ("Bloomberg", ("Bloomberg News",), ("bloomberg.com",)),
    ("TASS", ("ITAR-TASS",), ("tass.com", "tass.ru")),
    ("RT", ("Russia Today", "RT News"), ("rt.com",)),
    ("BBC", ("BBC News", "British Broadcasting Corporation"), ("bbc.com", "bbc.co.uk")),
    ("CNN", ("CNN International",), ("cnn.com",)),
)

_SEPARATOR = re.compile(r"\s+[-–—−|]\s+|(?<=\S):\s+")

_table_index: dict[str, str] | None = None


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _build_index(entries) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, aliases, domains in entries:
        for alias in (name, *aliases, *domains):
            alias = alias.strip()
            if alias:
                # Short acronyms (AP, RT) only match as written, to avoid "ap", "rt".
                index.setdefault(alias if len(alias) <= 3 else _key(alias), name)
    return index


def outlet_index() -> dict[str, str]:
    """Alias → canonical outlet name. Uses the actors table when it loads, else the fallback."""
    global _table_index
    if _table_index is not None:
        return _table_index
    try:
        from newsgraph.actors.tables import outlets  # lazy: heavy, and written separately

        table = outlets()
        entries = [(o.name, tuple(o.aliases), tuple(o.domains)) for o in table]
        if not entries:
            raise ValueError("empty outlet table")
    except Exception:  # noqa: BLE001 - any failure of the optional table means "fallback"
        return _build_index(_FALLBACK)  # not cached: the table may become available later
    _table_index = _build_index(entries)
    return _table_index


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of a known outlet (``"Associated Press"`` → ``"AP"``), else None."""
    if not name:
        return None
    name = name.strip()
    index = outlet_index()
    if len(name) <= 3:
        return index.get(name)
    found = index.get(_key(name))
    if found is None and name.lower().startswith("www."):
        found = index.get(_key(name[4:]))
    return found


@dataclass(frozen=True)
class Headline:
    """A headline split into claim and suffix. Offsets are relative to the analysed string."""

    claim_start: int
    claim_end: int
    cited_outlet: str | None = None
    cited_start: int | None = None
    cited_end: int | None = None
    own_outlet: str | None = None


def split_headline(
    line: str, *, own_outlet: str | None = None, pipe_is_site: bool = False
) -> Headline:
    """Split ``line`` (one headline, not stripped) into claim and outlet suffix.

    ``own_outlet`` is the page's own outlet, if known: a suffix naming it is not a citation.
    ``pipe_is_site``: treat any short `` | Suffix`` as the site's name (HTML ``<title>``).
    """
    start = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    whole = Headline(start, end)
    if start >= end:
        return whole
    separators = list(_SEPARATOR.finditer(line, start, end))
    if not separators:
        return whole
    sep = separators[-1]
    suffix_start, suffix_end = sep.end(), end
    suffix = line[suffix_start:suffix_end]
    claim_end = len(line[: sep.start()].rstrip())
    if claim_end <= start or not suffix.strip() or len(suffix) > 80:
        return whole
    outlet = canonical_outlet(suffix)
    own = canonical_outlet(own_outlet) or (own_outlet.strip() if own_outlet else None)
    is_pipe = "|" in sep.group()
    if outlet is not None and not is_pipe and outlet != own and _key(suffix) != _key(own or ""):
        return Headline(start, claim_end, outlet, suffix_start, suffix_end)
    if outlet is not None or (own and _key(suffix) == _key(own)):
        return Headline(start, claim_end, own_outlet=outlet or suffix.strip())
    if is_pipe and pipe_is_site and len(suffix.split()) <= 6:
        return Headline(start, claim_end, own_outlet=suffix.strip())
    return whole
