"""Answers in the form asked for: HTML, JSON (``.json`` or ``Accept``) or CSV (``.csv``).

Errors have one shape too: ``{"ok": false, "error": {"code", "message", "hint", "status"}}``
in JSON, and the same facts on an HTML page. Never a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse

from newsgraph.errors import NewsgraphError

TEMPLATES = Path(__file__).parent / "templates"


def wanted(request: Request) -> str:
    """'json', 'csv' or 'html', from the path's suffix, else the Accept header."""
    path = request.url.path
    if path.endswith(".json"):
        return "json"
    if path.endswith(".csv"):
        return "csv"
    accept = request.headers.get("accept", "")
    if "application/json" in accept and "text/html" not in accept:
        return "json"
    return "html"


def _default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    return str(value)


def json_response(data, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=_default, indent=2)
    return Response(body, status_code=status, media_type="application/json")


def csv_response(rows: Iterable[tuple], filename: str) -> Response:
    """Rows as CSV, the first row being the header; streamed."""

    def chunks():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for i, row in enumerate(rows):
            writer.writerow(["" if v is None else _cell(v) for v in row])
            if i % 500 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(
        chunks(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def _cell(value) -> str:
    text = _default(value) if not isinstance(value, str | int | float | bool) else value
    text = str(text)
    # A cell starting like a formula is quoted for spreadsheets (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def dict_rows(rows: list[dict], columns: list[str] | None = None) -> Iterable[tuple]:
    cols = columns or (list(rows[0]) if rows else [])
    yield tuple(cols)
    for row in rows:
        yield tuple(row.get(c) for c in cols)


# --------------------------------------------------------------------------- templates


def link(request: Request, path: str | None = None, **changes) -> str:
    """This page's URL (or `path`) with query parameters changed; None or '' removes one.

    Changing a filter goes back to page 1.
    """
    params = dict(request.query_params)
    if any(k != "page" for k in changes):
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    base = path if path is not None else request.url.path
    query = urlencode(params)
    return base + ("?" + query if query else "")


def suffixed(request: Request, suffix: str, **changes) -> str:
    """This page's URL with `.json`/`.csv` before the query string."""
    path = request.url.path.rstrip("/") or "/index"
    for known in (".json", ".csv"):
        if path.endswith(known):
            path = path[: -len(known)]
    return link(request, path + suffix, **changes)


def highlight(text: str | None, query: str | None) -> Markup:
    """`text` escaped, each word of `query` in it wrapped in <mark> (any case)."""
    text = text or ""
    words = [re.escape(w) for w in (query or "").split()[:8] if w]
    if not words:
        return Markup.escape(text)
    pieces = re.split("(" + "|".join(words) + ")", text, flags=re.IGNORECASE)
    return Markup("").join(
        Markup("<mark>{}</mark>").format(p) if i % 2 else Markup.escape(p)
        for i, p in enumerate(pieces)
    )


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(link=link, suffixed=suffixed)
    env.filters["highlight"] = highlight
    env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else ("" if n is None else n)
    return env


class Renderer:
    def __init__(self, **globals_):
        self.env = environment()
        self.env.globals.update(globals_)

    def html(self, request: Request, template: str, context: dict, status: int = 200) -> Response:
        page = self.env.get_template(template).render(request=request, **context)
        return HTMLResponse(page, status_code=status)

    def error(self, request: Request, err: NewsgraphError, status: int) -> Response:
        body = {
            "ok": False,
            "error": {
                "code": err.code,
                "message": err.message,
                "hint": err.hint,
                "status": status,
            },
        }
        if wanted(request) == "html":
            try:
                return self.html(request, "error.html", body, status)
            except Exception:  # noqa: BLE001 - the error page itself must never fail
                pass
        return json_response(body, status)
