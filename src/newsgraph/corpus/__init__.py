"""The corpus: many Readings in one embedded DuckDB file, with ingest, queries and export.

>>> from newsgraph.corpus import Corpus, ingest
>>> ingest(["news/"], "newsgraph.duckdb")
>>> Corpus("newsgraph.duckdb").top_actors(10)
"""

from newsgraph.corpus.ingest import Summary, ingest
from newsgraph.corpus.query import Corpus, check_read_only
from newsgraph.corpus.safe_sql import run_select
from newsgraph.corpus.store import (
    DEFAULT_DB,
    NotAStore,
    QueryFailed,
    QueryTimeout,
    ReadOnlyQuery,
    Store,
    StoreBusy,
    StoreError,
    StoreVersionError,
    migrate,
)

__all__ = [
    "DEFAULT_DB",
    "Corpus",
    "NotAStore",
    "QueryFailed",
    "QueryTimeout",
    "ReadOnlyQuery",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreVersionError",
    "Summary",
    "check_read_only",
    "ingest",
    "migrate",
    "run_select",
]
