"""Stories, copies, compare and claims pages: filled from the provenance layer when the store has it.

The provenance layer (issue 10) keeps its results in store tables and answers through
``Corpus.stories()``, ``.copies()``, ``.compare(a, b)`` and ``.claims()``. These pages call
those methods when both the method and its table exist, and otherwise say "not yet available
in this store" (an older store, or a newsgraph without provenance), with status 200 in HTML
and ``{"available": false}`` in JSON, so links to them never break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Query, Request

from newsgraph.corpus.query import Corpus
from newsgraph.corpus.store import Store
from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter, NotFound

#: what each page needs: the Corpus method and the store table it reads
NEEDS = {
    "stories": ("stories", "stories"),
    "copies": ("copies", "copies"),
    "compare": ("compare", "copies"),
    "claims": ("claims", "claims"),
}


def available(db: Db, page: str) -> bool:
    method, table = NEEDS[page]
    return hasattr(Corpus, method) and db.has(table)


class _OpenStore(Store):
    """A Store over one cursor of the web app's locked connection (no file opened here)."""

    def __init__(self, db: Db):  # noqa: D107 - deliberately not calling Store.__init__
        self.path = db.path
        self.read_only = True
        self._closed = False
        self._column_cache = {}
        self._con = db.cursor()


def _call(db: Db, method: str, *args, **kwargs):
    store = _OpenStore(db)
    try:
        return getattr(Corpus(store), method)(*args, **kwargs)
    finally:
        store.release()


def latest_stories(db: Db, n: int = 10) -> list | None:
    if not available(db, "stories"):
        return None
    return list(_call(db, "stories"))[:n]


def of_article(db: Db, article_id: str) -> dict:
    """The article's copies and stories, where the store has them."""
    out: dict = {"copies": None, "stories": None}
    if available(db, "copies"):
        out["copies"] = list(_call(db, "copies", article_id))
    if available(db, "stories"):
        out["stories"] = [
            s
            for s in _call(db, "stories")
            if any(a.get("id") == article_id for a in (_get(s, "articles") or []))
        ]
    return out


def _get(record, key):
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


def _missing(page: str) -> dict:
    return {
        "available": False,
        "page": page,
        "message": f"{page} are not yet available in this store",
        "rows": [],
    }


def add_routes(route: Callable, answer: Callable, db: Db, render) -> None:
    @route("/stories", "stories", "Stories: articles about the same event")
    def stories(request: Request):
        if not available(db, "stories"):
            return answer(request, "provenance.html", _missing("stories"))
        rows = list(_call(db, "stories"))
        return answer(
            request, "provenance.html", {"available": True, "page": "stories", "rows": rows}
        )

    @route("/stories/{story_id}", "story", "One story")
    def story(request: Request, story_id: str):
        if not available(db, "stories"):
            return answer(request, "provenance.html", _missing("stories"))
        found = [s for s in _call(db, "stories") if str(_get(s, "id")) == story_id]
        if not found:
            raise NotFound(f"no story {story_id!r} in this store", hint="see /stories")
        return answer(
            request, "provenance.html", {"available": True, "page": "story", "rows": found}
        )

    @route("/copies", "copies", "Copy pairs: which article copies which")
    def copies(request: Request, article: Annotated[str | None, Query()] = None):
        if not available(db, "copies"):
            return answer(request, "provenance.html", _missing("copies"))
        rows = list(_call(db, "copies", article) if article else _call(db, "copies"))
        return answer(
            request, "provenance.html", {"available": True, "page": "copies", "rows": rows}
        )

    @route("/compare", "compare", "Two articles side by side")
    def compare(
        request: Request,
        a: Annotated[str | None, Query()] = None,
        b: Annotated[str | None, Query()] = None,
    ):
        if not available(db, "compare"):
            return answer(request, "provenance.html", _missing("comparisons"))
        if not a or not b:
            raise BadParameter("compare needs two articles: ?a=ID&b=ID", hint="see /copies")
        result = _call(db, "compare", a, b)
        return answer(
            request, "provenance.html", {"available": True, "page": "compare", "rows": [result]}
        )

    @route("/claims", "claims", "Claims with their independent-outlet counts")
    def claims(request: Request, min_outlets: Annotated[int | None, Query(ge=1)] = None):
        if not available(db, "claims"):
            return answer(request, "provenance.html", _missing("claims"))
        rows = list(
            _call(db, "claims", min_outlets=min_outlets) if min_outlets else _call(db, "claims")
        )
        return answer(
            request, "provenance.html", {"available": True, "page": "claims", "rows": rows}
        )
