"""Stories, copies, compare, claims and markers pages, from the provenance layer (issue 10).

The provenance layer keeps its results in store tables (schema v3) and answers through the
methods ``Corpus`` mixes in from :class:`ProvenanceQueries` (``stories()``, ``copies()``,
``compare(a, b)``, ``claims()``, ``markers()``), which need only ``_dicts`` and ``con``: here
they run on the web app's locked connection, under its time limit. A store without those
tables (made before provenance existed) gets "not yet available in this store" — status 200 in
HTML and ``{"available": false}`` in JSON — so links to these pages never break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Query, Request

from newsgraph import html
from newsgraph.corpus.store import StoreError
from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter, NotFound

try:
    from newsgraph.corpus.provenance_query import ProvenanceQueries
except ImportError:  # a newsgraph without the provenance layer
    ProvenanceQueries = None  # type: ignore[assignment,misc]

#: the store table each page reads
TABLES = {
    "stories": "stories",
    "copies": "reuse_pairs",
    "compare": "reuse_pairs",
    "claims": "claims",
    "markers": "markers",
}


def available(db: Db, page: str) -> bool:
    return ProvenanceQueries is not None and db.has(TABLES[page])


def _queries(db: Db):
    class _Web(ProvenanceQueries):  # type: ignore[misc,valid-type]
        con = None

        def _dicts(self, query: str, params: list | None = None) -> list[dict]:
            return db.dicts(query, params)

    web = _Web()
    web.con = db.cursor()
    return web


def _call(db: Db, method: str, *args, **kwargs):
    web = _queries(db)
    try:
        return getattr(web, method)(*args, **kwargs)
    except StoreError as err:  # e.g. compare of an unknown article
        raise NotFound(err.message, hint=err.hint) from None
    finally:
        web.con.close()


def latest_stories(db: Db, n: int = 8) -> list | None:
    if not available(db, "stories"):
        return None
    return _call(db, "stories")[:n]


def of_article(db: Db, article_id: str) -> dict:
    """The article's copy pairs and its story, where the store has them."""
    out: dict = {"copies": None, "story": None}
    if available(db, "copies"):
        out["copies"] = [
            c
            for c in _call(db, "copies", article_id)
            if article_id in (c["article"]["id"], c["copy_of"]["id"])
        ]
    if available(db, "stories") and db.has("story_members"):
        found = db.dicts(
            "SELECT s.id, s.label, (SELECT count(*) FROM story_members x WHERE x.story_id = s.id)"
            " AS articles FROM story_members m JOIN stories s ON s.id = m.story_id"
            " WHERE m.article_id = ?",
            [article_id],
        )
        out["story"] = found[0] if found else None
    return out


def _missing(page: str, what: str) -> dict:
    return {
        "available": False,
        "page": page,
        "message": f"{what} are not yet available in this store",
        "rows": [],
    }


def add_routes(route: Callable, answer: Callable, db: Db) -> None:
    @route("/stories", "stories", "Stories: articles about the same event")
    def stories(request: Request, min_articles: Annotated[int, Query(ge=1, le=1000)] = 2):
        if not available(db, "stories"):
            return answer(request, "stories.html", _missing("stories", "Stories"))
        rows = _call(db, "stories", min_articles=min_articles)
        return answer(request, "stories.html", {"available": True, "page": "stories", "rows": rows})

    @route("/stories/{story_id}", "story", "One story: its articles and the copies among them")
    def story(request: Request, story_id: str):
        if not available(db, "stories"):
            return answer(request, "story.html", _missing("story", "Stories"))
        found = [s for s in _call(db, "stories", min_articles=1) if str(s["id"]) == story_id]
        if not found:
            raise NotFound(f"no story {story_id!r} in this store", hint="see /stories")
        members = {a["id"] for a in found[0]["articles"]}
        copies = []
        if available(db, "copies"):
            copies = [
                c
                for c in _call(db, "copies")
                if c["article"]["id"] in members and c["copy_of"]["id"] in members
            ]
        return answer(
            request, "story.html", {"available": True, "story": found[0], "copies": copies}
        )

    @route("/copies", "copies", "Copy pairs: which article copies which")
    def copies(
        request: Request,
        article: Annotated[str | None, Query(description="an article id (or its start)")] = None,
    ):
        if not available(db, "copies"):
            return answer(request, "copies.html", _missing("copies", "Copies"))
        rows = _call(db, "copies", article or None)
        return answer(request, "copies.html", {"available": True, "page": "copies", "rows": rows})

    @route("/compare", "compare", "Two articles side by side: shared passages, changes")
    def compare(
        request: Request,
        a: Annotated[str | None, Query(description="first article id")] = None,
        b: Annotated[str | None, Query(description="second article id")] = None,
    ):
        if not available(db, "compare"):
            return answer(request, "compare.html", _missing("compare", "Comparisons"))
        if not a or not b:
            raise BadParameter("compare needs two articles: ?a=ID&b=ID", hint="see /copies")
        result = _call(db, "compare", a, b)
        data = {"available": True, **result}
        if request.url.path == "/compare":
            texts = dict(
                db.rows(
                    "SELECT id, text FROM articles WHERE id IN (?, ?)",
                    [result["a"]["id"], result["b"]["id"]],
                )[1]
            )
            data["sides"] = html.render_compare(
                texts[result["a"]["id"]], texts[result["b"]["id"]], result
            )
        return answer(request, "compare.html", data)

    @route("/claims", "claims", "Claims with their independent-outlet counts")
    def claims(
        request: Request,
        min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
        min_articles: Annotated[int, Query(ge=1, le=1000)] = 2,
    ):
        if not available(db, "claims"):
            return answer(request, "claims.html", _missing("claims", "Claims"))
        rows = _call(db, "claims", min_outlets=min_outlets, min_articles=min_articles)
        return answer(request, "claims.html", {"available": True, "page": "claims", "rows": rows})

    @route("/markers", "markers", "Naming and framing markers per outlet")
    def markers(request: Request):
        if not available(db, "markers") or not db.has("prov_articles"):
            return answer(request, "markers.html", _missing("markers", "Naming markers"))
        rows = _call(db, "markers", by="outlet")
        return answer(request, "markers.html", {"available": True, "page": "markers", "rows": rows})
