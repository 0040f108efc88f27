"""The guard in front of every request: known Host names, GET/HEAD only, strict headers.

* **Host** — a page on some web site can point its own name at 127.0.0.1 (DNS rebinding) and
  then read this server as "same origin". Requests whose Host header names none of the names
  the server was bound to are refused, so such a page gets nothing.
* **Methods** — the app only reads; anything but GET and HEAD is refused with 405.
* **Headers** — a Content-Security-Policy that allows only this server's own scripts, styles
  and images (no inline script, no plugin, no framing), no MIME sniffing, no referrer.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.web.errors import HostNotAllowed, MethodNotAllowed, WebError

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::", "")


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> set[str]:
    """The Host names a server bound to `bound` answers to."""
    names = {*LOOPBACK_NAMES, *(e.lower() for e in extra)}
    if bound in WILDCARDS:  # every address: this machine's name and its addresses
        host = socket.gethostname().lower()
        names.add(host)
        try:
            names.update(socket.gethostbyname_ex(host)[2])
        except OSError:
            pass
    else:
        names.add(bound.lower().strip("[]"))
    return names


def host_name(header: str) -> str:
    """'Example.org:8765' → 'example.org'; '[::1]:8765' → '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    if header.count(":") > 1:
        try:
            return str(ipaddress.IPv6Address(header))
        except ValueError:
            return header
    return header.split(":", 1)[0]


class Guard:
    """ASGI middleware: refuse unknown hosts and non-GET methods; add security headers."""

    def __init__(
        self,
        app: ASGIApp,
        hosts: set[str],
        render_error: Callable[[Request, WebError], Response],
    ):
        self.app = app
        self.hosts = hosts
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        head = scope["method"] == "HEAD"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in dict(HEADERS)]
                message["headers"] = headers + HEADERS
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}  # HEAD: GET's headers, no body
            await send(message)

        request = Request(scope)
        error = self.check(request)
        if error is not None:
            response = self.render_error(request, error)
            await response(scope, receive, send_with_headers)
            return
        if head:
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send_with_headers)

    def check(self, request: Request) -> WebError | None:
        host = host_name(request.headers.get("host", ""))
        if host not in self.hosts:
            return HostNotAllowed(
                f"this server does not answer to the host name {host!r}",
                hint="open it as http://127.0.0.1:PORT/, or start it with --host NAME",
            )
        if request.method not in ("GET", "HEAD"):
            return MethodNotAllowed(
                f"{request.method} is not served: the web page only reads the store",
                hint="use GET",
            )
        return None
