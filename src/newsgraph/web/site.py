"""The pieces every route shares: registering a page in its three forms, answering in the form
asked for, and the list page (rows, facets, paging links, CSV of one page or every row)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from starlette.responses import Response

from newsgraph.web.db import Db
from newsgraph.web.errors import NotFound
from newsgraph.web.listing import Page, every_row
from newsgraph.web.respond import Renderer, csv_response, dict_rows, json_response, link, wanted


class Site:
    """The app, its store and its templates, as the route modules use them."""

    def __init__(self, app: FastAPI, db: Db, render: Renderer):
        self.app = app
        self.db = db
        self.render = render

    def route(self, path: str, name: str, summary: str, formats: tuple[str, ...] = ("json",)):
        """Register an endpoint at `path` and at `path.json` (in the OpenAPI doc), `path.csv`."""

        def register(endpoint: Callable) -> Callable:
            base = "/index" if path == "/" else path
            for fmt in formats:
                self.app.add_api_route(
                    base + "." + fmt,
                    endpoint,
                    methods=["GET"],
                    name=f"{name}.{fmt}",
                    summary=summary + (" (CSV)" if fmt == "csv" else ""),
                    include_in_schema=fmt == "json",
                )
            self.app.add_api_route(
                path, endpoint, methods=["GET"], name=name, include_in_schema=False
            )
            return endpoint

        return register

    def answer(self, request: Request, template: str, data: dict, csv_rows=None) -> Response:
        """`data` as JSON, as CSV (`csv_rows()` makes the response) or through `template`."""
        fmt = wanted(request)
        if fmt == "json":
            return json_response(data)
        if fmt == "csv":
            if csv_rows is None:
                raise NotFound("this page has no CSV form", hint="use .json")
            return csv_rows()
        return self.render.html(request, template, data)

    def list_page(
        self, request: Request, name: str, listing, query, result: Page, extra: dict | None = None
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
            rows = every_row(self.db, listing, query.where())
        else:
            rows = dict_rows(result.rows)
        return self.answer(request, f"{name}.html", data, lambda: csv_response(rows, f"{name}.csv"))
