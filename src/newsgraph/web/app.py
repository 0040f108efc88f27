"""The web app: FastAPI routes over one read-only store, each page also as JSON and CSV.

This module builds the app: its store, templates, guard (security.py), error handlers and
static files; the routes live in pages.py (core pages), provenance.py (stories, copies,
compare, claims, markers) and sql_routes.py (/sql), registered through site.py.
Every list page takes its filters from the query string (its URL is its permalink) and answers
HTML, JSON (``/statements.json`` or ``Accept: application/json``) or CSV (``/statements.csv``,
one page, or every row with ``all=1``). ``/openapi.json`` describes the JSON API.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from newsgraph import html
from newsgraph.errors import NewsgraphError
from newsgraph.web import charts, pages, provenance, sql_routes
from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter, InternalError, NotFound, WebError
from newsgraph.web.pages import actor_href
from newsgraph.web.respond import Renderer
from newsgraph.web.security import Guard, allowed_hosts
from newsgraph.web.site import Site

STATIC = Path(__file__).parent / "static"


def create_app(
    db_path: str,
    *,
    host: str = "127.0.0.1",
    extra_hosts: Iterable[str] = (),
    sql: bool = False,
    timeout: float = 10.0,
) -> FastAPI:
    """The app for the store at `db_path`, answering to the names `host` is bound to."""
    db = Db(db_path, timeout=timeout)
    render = Renderer(actor_href=actor_href, sql_enabled=sql, quad_names=charts.QUAD_NAMES)
    app = FastAPI(
        title="newsgraph",
        summary="Read-only JSON API of a newsgraph corpus store.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = db
    app.state.sql = sql

    def on_error(request: Request, err: NewsgraphError) -> Response:
        status = getattr(err, "status", None) or _status(err)
        response = render.error(request, err, status)
        if status == 405:
            response.headers["allow"] = "GET, HEAD"
        return response

    app.add_middleware(Guard, hosts=allowed_hosts(host, extra_hosts), render_error=on_error)

    @app.exception_handler(NewsgraphError)
    async def _newsgraph_error(request: Request, err: NewsgraphError):
        return on_error(request, err)

    @app.exception_handler(RequestValidationError)
    async def _bad_params(request: Request, err: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', [])[1:]) or 'parameter'}: {e.get('msg')}"
            for e in err.errors()
        )
        return on_error(request, BadParameter(problems or "bad parameter"))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, err: HTTPException):
        if err.status_code == 404:
            return on_error(request, NotFound(f"no page at {request.url.path}", hint="see /"))
        return on_error(request, WebError(str(err.detail)))

    @app.exception_handler(Exception)
    async def _internal(request: Request, err: Exception):
        return on_error(request, InternalError(f"internal error ({type(err).__name__})"))

    site = Site(app, db, render)
    pages.add_routes(site)
    provenance.add_routes(site)
    sql_routes.add_routes(site, enabled=sql)

    @app.get("/api", include_in_schema=False)
    def api(request: Request):
        return render.html(request, "api.html", {"spec": app.openapi()})

    @app.get("/static/reading.css", include_in_schema=False)
    def reading_css():
        return Response(html.CSS, media_type="text/css")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response((STATIC / "icon.svg").read_bytes(), media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


def _status(err: NewsgraphError) -> int:
    """HTTP status of an error raised below the web layer (the store's NG4xx)."""
    return {"NG401": 503, "NG404": 504}.get(err.code, 400)
