"""The web layer's own errors (codes NG600–NG649); each becomes one response shape."""

from __future__ import annotations

from newsgraph.errors import NewsgraphError


class WebError(NewsgraphError):
    """A request the web app answers with an error page (or JSON error body)."""

    code = "NG600"
    status = 400


class BadParameter(WebError):
    """A query parameter that cannot be used (bad date, unknown value, page out of range)."""

    code = "NG601"
    status = 400


class NotFound(WebError):
    code = "NG602"
    status = 404


class HostNotAllowed(WebError):
    """The Host header names none of the names the server was bound to (DNS rebinding)."""

    code = "NG603"
    status = 400


class MethodNotAllowed(WebError):
    """Only GET and HEAD are served: the web app never changes anything."""

    code = "NG604"
    status = 405


class SqlDisabled(WebError):
    """Free-form SQL was asked for but the server was started without --sql."""

    code = "NG605"
    status = 403


class QueryTooSlow(WebError):
    """A query ran past the server's time limit and was interrupted."""

    code = "NG606"
    status = 504


class InternalError(WebError):
    """Something failed that should not have; the response never carries a traceback."""

    code = "NG649"
    status = 500
