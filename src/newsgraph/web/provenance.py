"""Stories, copies, compare, claims and markers pages, from the provenance layer (issue 10).

The provenance layer keeps its results in store tables (schema v3) and answers through the
methods ``Corpus`` mixes in from :class:`ProvenanceQueries` (``stories()``, ``copies()``,
``compare(a, b)``, ``claims()``, ``markers()``), which need only ``_dicts`` and ``con``: here
they run on the web app's locked connection, under its time limit. A store without those
tables (made before provenance existed) gets "not yet available in this store" — status 200 in
HTML and ``{"available": false}`` in JSON — so links to these pages never break.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from newsgraph import html
from newsgraph.corpus.store import StoreError
from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter, NotFound
from newsgraph.web.site import Site

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
    """The `n` stories of two articles or more with the latest last article (as ``stories()``
    orders them), counted in SQL: the home page does not build every story's record."""
    if not available(db, "stories") or not db.has("story_members") or not db.has("prov_articles"):
        return None
    return db.dicts(
        "SELECT s.id, s.label, count(*) AS articles, min(a.published) AS first,"
        " max(a.published) AS last, count(DISTINCT p.family_id) AS n_independent"
        " FROM stories s JOIN story_members m ON m.story_id = s.id"
        " JOIN articles a ON a.id = m.article_id JOIN prov_articles p ON p.article_id = a.id"
        " GROUP BY s.id, s.label HAVING count(*) >= 2"
        f" ORDER BY last DESC NULLS LAST, s.id DESC LIMIT {int(n)}"
    )


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


CLAIM_PAGE = """
    WITH counts AS (
        SELECT m.claim_id, count(DISTINCT m.article_id) AS n_articles,
               count(DISTINCT coalesce(a.outlet, m.article_id)) AS n_outlets,
               count(DISTINCT p.family_id) AS n_independent
        FROM claim_mentions m JOIN articles a ON a.id = m.article_id
        JOIN prov_articles p ON p.article_id = m.article_id
        GROUP BY m.claim_id HAVING n_articles >= $1 AND n_outlets >= $2
    )
    SELECT c.id, c.kind, c.key, c.text, n.n_articles, n.n_outlets, n.n_independent,
           count(*) OVER () AS _total
    FROM counts n JOIN claims c ON c.id = n.claim_id
    ORDER BY n.n_independent DESC, n.n_articles DESC, c.id
"""


def claim_page(db: Db, min_outlets: int, min_articles: int, page: int, size: int):
    """One page of claims, counted as ``Corpus.claims()`` counts them (articles, outlets,
    independent copy families) but in SQL, with the mentions of that page's claims only."""
    rows = db.dicts(
        f"{CLAIM_PAGE} LIMIT {int(size)} OFFSET {int((page - 1) * size)}",
        [min_articles, min_outlets],
    )
    total = rows[0]["_total"] if rows else 0
    for row in rows:
        del row["_total"]
    mentions = db.dicts(
        "SELECT m.claim_id, m.article_id AS article, m.item_id AS item, a.outlet,"
        " a.published, m.span_start, m.span_end, m.text FROM claim_mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE m.claim_id IN (SELECT unnest($1::VARCHAR[]))"
        " ORDER BY a.published NULLS LAST, m.article_id",
        [[r["id"] for r in rows]],
    )
    for row in rows:
        row["mentions"] = []
    by_id = {r["id"]: r for r in rows}
    for m in mentions:
        span = {"start": m.pop("span_start"), "end": m.pop("span_end"), "text": m.pop("text")}
        by_id[m.pop("claim_id")]["mentions"].append({**m, "span": span})
    return total or 0, rows


def _missing(page: str, what: str) -> dict:
    return {
        "available": False,
        "page": page,
        "message": f"{what} are not yet available in this store",
        "rows": [],
    }


def add_routes(site: Site) -> None:
    db, route, answer = site.db, site.route, site.answer

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
        min_outlets: Annotated[int, Query(ge=1, le=1000, description="fewest outlets")] = 1,
        min_articles: Annotated[int, Query(ge=1, le=1000, description="fewest articles")] = 2,
        page: Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")] = 1,
        size: Annotated[int, Query(ge=1, le=500, description="claims per page")] = 50,
    ):
        if not available(db, "claims") or not db.has("claim_mentions"):
            return answer(request, "claims.html", _missing("claims", "Claims"))
        total, rows = claim_page(db, min_outlets, min_articles, page, size)
        data = {"available": True, "page": page, "size": size, "total": total, "rows": rows}
        data["pages"] = max(1, -(-total // size))
        return answer(request, "claims.html", data)

    @route("/markers", "markers", "Naming and framing markers per outlet")
    def markers(request: Request):
        if not available(db, "markers") or not db.has("prov_articles"):
            return answer(request, "markers.html", _missing("markers", "Naming markers"))
        rows = _call(db, "markers", by="outlet")
        return answer(request, "markers.html", {"available": True, "page": "markers", "rows": rows})
