"""`newsgraph serve`: a read-only web page and JSON API over a corpus store.

>>> from newsgraph.web import create_app
>>> app = create_app("newsgraph.duckdb")   # an ASGI app; `newsgraph serve` runs it with uvicorn
"""

from newsgraph.web.app import create_app

__all__ = ["create_app"]
