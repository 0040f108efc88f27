"""The core pages: home, articles, one article, statements, events, actors, one actor, input
errors. Each is also JSON (``.json``) and each list also CSV (``.csv``)."""

from __future__ import annotations

import calendar
from typing import Annotated
from urllib.parse import quote

from fastapi import Query, Request

from newsgraph import html
from newsgraph.web import charts, provenance, queries
from newsgraph.web.errors import BadParameter
from newsgraph.web.filters import ActorPage, ActorQuery, ArticleQuery, EventQuery, StatementQuery
from newsgraph.web.respond import csv_response, dict_rows, json_response, link, wanted
from newsgraph.web.site import Site

NO_CODE = "_"


def actor_href(code: str | None, name: str | None) -> str | None:
    """The actor page of `code` (narrowed to `name` for a person), or of a name with no code."""
    if not code and not name:
        return None
    path = f"/actors/{quote(code or NO_CODE, safe='')}"
    return path + (f"?name={quote(name, safe='')}" if name else "")


def add_routes(site: Site) -> None:
    db = site.db

    @site.route("/", "home", "Corpus at a glance")
    def home(request: Request):
        data = queries.home(db)
        grain, periods = queries.event_timeline(db, EventQuery().where())
        data["events_over_time"] = {"period": grain, "counts": periods}
        data["stories"] = provenance.latest_stories(db)
        chart = _timeline_chart(periods, grain, "Events over time")
        return site.answer(request, "home.html", {**data, "chart": chart})

    @site.route("/statements", "statements", "Statements: search and facets", ("json", "csv"))
    def statements(request: Request, query: Annotated[StatementQuery, Query()]):
        result = queries.statements(db, query)
        return site.list_page(request, "statements", queries.statements_listing(db), query, result)

    @site.route("/events", "events", "Events: facets and timeline", ("json", "csv"))
    def events(request: Request, query: Annotated[EventQuery, Query()]):
        result = queries.events(db, query)
        grain, periods = queries.event_timeline(db, query.where())
        extra = {"timeline": {"period": grain, "counts": periods}}
        if wanted(request) == "html":
            extra["chart"] = _timeline_chart(periods, grain, "Events over time", request)
        return site.list_page(request, "events", queries.events_listing(db), query, result, extra)

    @site.route("/articles", "articles", "Articles", ("json", "csv"))
    def articles(request: Request, query: Annotated[ArticleQuery, Query()]):
        result = queries.articles(db, query)
        return site.list_page(request, "articles", queries.ARTICLES, query, result)

    @site.route("/articles/{article_id}", "article", "One article's Reading")
    def article(request: Request, article_id: str):
        reading = queries.reading(db, article_id)
        if wanted(request) == "json":
            return json_response(reading.to_dict())
        return site.render.html(
            request,
            "article.html",
            {
                "article_id": article_id,
                "reading": reading,
                "marked": html.render_reading(reading, actor_href=actor_href),
                "provenance": provenance.of_article(db, article_id),
            },
        )

    @site.route("/actors", "actors", "Actors", ("json", "csv"))
    def actors(request: Request, query: Annotated[ActorQuery, Query()]):
        result = queries.actors(db, query)
        return site.list_page(request, "actors", queries.ACTORS, query, result)

    @site.route("/actors/{code}", "actor", "One actor: said, said of, events, over time")
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
        return site.answer(request, "actor.html", data)

    @site.route("/errors", "errors", "Inputs that could not be read", ("json", "csv"))
    def input_errors(request: Request):
        rows = queries.errors(db)
        return site.answer(
            request,
            "errors.html",
            {"rows": rows},
            lambda: csv_response(dict_rows(rows), "errors.csv"),
        )


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
    year, mon = (int(x) for x in month.split("-"))
    return f"{month}-{calendar.monthrange(year, mon)[1]:02d}"
