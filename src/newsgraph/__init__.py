"""newsgraph: who did what to whom, who says so, how sure they are, and who copied whom.

Public API: `read()`, `read_path()`, `Reader`, and the output types in `newsgraph.model`.
"""

from newsgraph.model import SCHEMA_ID, Reading

__version__ = "0.1.0"

__all__ = ["SCHEMA_ID", "Reader", "Reading", "__version__", "read", "read_path"]


def __getattr__(name: str):
    # Keep `import newsgraph` cheap: spaCy is imported only when a Reader is needed.
    if name in ("Reader", "read", "read_path"):
        from newsgraph import reader

        return getattr(reader, name)
    raise AttributeError(name)
