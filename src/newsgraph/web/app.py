"""The web app: FastAPI routes over one read-only store, each page also as JSON and CSV.

Every list page takes its filters from the query string (its URL is its permalink) and answers
HTML, JSON (``/statements.json`` or ``Accept: application/json``) or CSV (``/statements.csv``,
one page, or every row with ``all=1``). ``/openapi.json`` describes the JSON API.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from newsgraph import html
from newsgraph.errors import NewsgraphError
from newsgraph.web import charts, provenance, queries, sql_routes
from newsgraph.web.db import Db
from newsgraph.web.errors import BadParameter, InternalError, NotFound, WebError
from newsgraph.web.filters import ActorPage, ActorQuery, ArticleQuery, EventQuery, StatementQuery
from newsgraph.web.listing import Page, every_row
from newsgraph.web.respond import (
    Renderer,
    csv_response,
    dict_rows,
    json_response,
    link,
    wanted,
)
from newsgraph.web.security import Guard, allowed_hosts

STATIC = Path(__file__).parent / "static"
NO_CODE = "_"


def actor_href(code: str | None, name: str | None) -> str | None:
    """The actor page of `code` (narrowed to `name` for a person), or of a name with no code."""
    if not code and not name:
        return None
    path = f"/actors/{quote(code or NO_CODE, safe='')}"
    return path + (f"?name={quote(name, safe='')}" if name else "")


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

    def route(path: str, name: str, summary: str, formats: tuple[str, ...] = ("json",)):
        """Register an endpoint at `path` and at `path.json` (in the OpenAPI doc), `path.csv`."""

        def register(endpoint: Callable) -> Callable:
            base = "/index" if path == "/" else path
            for fmt in formats:
                app.add_api_route(
                    base + "." + fmt,
                    endpoint,
                    methods=["GET"],
                    name=f"{name}.{fmt}",
                    summary=summary + (" (CSV)" if fmt == "csv" else ""),
                    include_in_schema=fmt == "json",
                )
            app.add_api_route(path, endpoint, methods=["GET"], name=name, include_in_schema=False)
            return endpoint

        return register

    def answer(request: Request, template: str, data: dict, csv_rows=None) -> Response:
        fmt = wanted(request)
        if fmt == "json":
            return json_response(data)
        if fmt == "csv":
            if csv_rows is None:
                raise NotFound("this page has no CSV form", hint="use .json")
            return csv_rows()
        return render.html(request, template, data)

    def list_page(
        request: Request, name: str, listing_def, query, result: Page, extra: dict | None = None
    ) -> Response:
        """A list page (`name`.html) in the form asked for; its CSV is this page's rows, or
        with ``all=1`` every matching row, streamed."""
        data = {
            "filters": query.filters(),
            "total": result.total,
            "page": result.page,
            "size": result.size,
            "pages": result.pages,
            "rows": result.rows,
            "facets": result.facets,
            "next": link(request, page=result.page + 1) if result.page < result.pages else None,
            "previous": link(request, page=result.page - 1) if result.page > 1 else None,
            **(extra or {}),
        }
        if query.all_rows:
            rows = every_row(db, listing_def, query.where())
        else:
            rows = dict_rows(result.rows)
        return answer(request, f"{name}.html", data, lambda: csv_response(rows, f"{name}.csv"))

    # ------------------------------------------------------------------ pages

    @route("/", "home", "Corpus at a glance")
    def home(request: Request):
        data = queries.home(db)
        grain, periods = queries.event_timeline(db, EventQuery().where())
        data["events_over_time"] = {"period": grain, "counts": periods}
        data["stories"] = provenance.latest_stories(db)
        chart = _timeline_chart(periods, grain, "Events over time")
        return answer(request, "home.html", {**data, "chart": chart})

    @route("/statements", "statements", "Statements: search and facets", ("json", "csv"))
    def statements(request: Request, query: Annotated[StatementQuery, Query()]):
        result = queries.statements(db, query)
        return list_page(request, "statements", queries.statements_listing(db), query, result)

    @route("/events", "events", "Events: facets and timeline", ("json", "csv"))
    def events(request: Request, query: Annotated[EventQuery, Query()]):
        result = queries.events(db, query)
        grain, periods = queries.event_timeline(db, query.where())
        extra = {"timeline": {"period": grain, "counts": periods}}
        if wanted(request) == "html":
            extra["chart"] = _timeline_chart(periods, grain, "Events over time", request)
        return list_page(request, "events", queries.events_listing(db), query, result, extra)

    @route("/articles", "articles", "Articles", ("json", "csv"))
    def articles(request: Request, query: Annotated[ArticleQuery, Query()]):
        result = queries.articles(db, query)
        return list_page(request, "articles", queries.ARTICLES, query, result)

    @route("/articles/{article_id}", "article", "One article's Reading")
    def article(request: Request, article_id: str):
        reading = queries.reading(db, article_id)
        if wanted(request) == "json":
            return json_response(reading.to_dict())
        return render.html(
            request,
            "article.html",
            {
                "article_id": article_id,
                "reading": reading,
                "marked": html.render_reading(reading, actor_href=actor_href),
                "provenance": provenance.of_article(db, article_id),
            },
        )

    @route("/actors", "actors", "Actors", ("json", "csv"))
    def actors(request: Request, query: Annotated[ActorQuery, Query()]):
        result = queries.actors(db, query)
        return list_page(request, "actors", queries.ACTORS, query, result)

    @route("/actors/{code}", "actor", "One actor: said, said of, events, over time")
    def actor(request: Request, code: str, query: Annotated[ActorPage, Query()]):
        real_code = None if code == NO_CODE else code
        if real_code is None and not query.name:
            raise BadParameter("an actor with no code needs ?name=", hint="see /actors")
        data = queries.actor(db, real_code, query.name)
        data["title"] = query.name or data["names"][0]["name"] or code
        grain, periods = data.pop("timeline")
        data["over_time"] = {"period": grain, "counts": periods}
        if wanted(request) == "html":
            data["chart"] = charts.stacked_bars(
                [charts.Bar(label, counts) for label, counts in periods.items()],
                ACTOR_SERIES,
                title=f"By {grain}",
            )
        return answer(request, "actor.html", data)

    @route("/errors", "errors", "Inputs that could not be read", ("json", "csv"))
    def input_errors(request: Request):
        rows = queries.errors(db)
        return answer(
            request,
            "errors.html",
            {"rows": rows},
            lambda: csv_response(dict_rows(rows), "errors.csv"),
        )

    provenance.add_routes(route, answer, db)
    sql_routes.add_routes(route, answer, db, enabled=sql)

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


ACTOR_SERIES = {
    "said": ("said", "#0b5394"),
    "said_of": ("said of them", "#8e7cc3"),
    "source": ("events as source", "#2e7d32"),
    "target": ("events as target", "#e69138"),
}


def _timeline_chart(periods: dict, grain: str, title: str, request: Request | None = None) -> str:
    """Stacked quad-class bars; each bar opens the events of its day or month."""
    bars = []
    for label, counts in periods.items():
        if grain == "day":
            since, until = label, label
        elif grain == "month":
            since, until = f"{label}-01", _month_end(label)
        else:
            since, until = f"{label}-01-01", f"{label}-12-31"
        if request is not None:
            href = link(request, "/events", since=since, until=until)
        else:
            href = f"/events?since={since}&until={until}"
        bars.append(charts.Bar(label, counts, href))
    return charts.stacked_bars(bars, charts.quad_series(), title=title)


def _month_end(month: str) -> str:
    import calendar

    year, mon = (int(x) for x in month.split("-"))
    return f"{month}-{calendar.monthrange(year, mon)[1]:02d}"


def _status(err: NewsgraphError) -> int:
    """HTTP status of an error raised below the web layer (the store's NG4xx)."""
    return {"NG401": 503, "NG404": 504}.get(err.code, 400)
