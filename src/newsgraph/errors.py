"""One exception family for newsgraph. Only the CLI and HTTP layers turn these into exit codes.

Every message names the input it is about and, where there is one, the fix. Codes like
``[NG101]`` are stable so that users can search for them.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    code = "NG000"

    def __init__(
        self,
        message: str,
        *,
        input: str | None = None,
        hint: str | None = None,
        path: str | None = None,
        record: int | None = None,
        content_hash: str | None = None,
    ):
        self.message = message
        self.input = input
        self.hint = hint
        #: Where the input is: its file (``input`` may add ``:LINE`` or ``[INDEX]``), its
        #: record number in a JSON/JSONL file (JSONL: line, JSON list: index) and a hash of
        #: its content, so that a rerun can recognise an input that failed before.
        self.path = path
        self.record = record
        self.content_hash = content_hash
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{self.input}: " if self.input else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint} [{self.code}]"

    def __reduce__(self):
        # Errors travel between processes (worker pools): keep every field, not only args.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type, args: tuple, state: dict) -> NewsgraphError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class InputError(NewsgraphError):
    """An input could not be read as an article."""

    code = "NG100"


class MissingInput(InputError):
    code = "NG101"


class UnreadableInput(InputError):
    code = "NG102"


class UnsupportedInput(InputError):
    code = "NG103"


class EmptyInput(InputError):
    code = "NG104"


class BinaryInput(InputError):
    code = "NG105"


class TooLargeInput(InputError):
    code = "NG106"


class BadRecord(InputError):
    """A JSON/JSONL record that is broken or has no text field."""

    code = "NG107"


class SpecialFile(InputError):
    """A named pipe, socket or device: refused by type before it is opened (it could block)."""

    code = "NG108"


class TooDeep(InputError):
    """JSON or HTML nested deeper than newsgraph follows."""

    code = "NG109"


class ArticleTimeout(InputError):
    """Reading one article took longer than its time budget; the run goes on."""

    code = "NG110"


class ModelNotFound(NewsgraphError):
    code = "NG200"


class DataFileError(NewsgraphError):
    """A packaged knowledge file (YAML/CSV) failed validation at load time."""

    code = "NG300"


class InternalError(NewsgraphError):
    """An unexpected failure while loading or reading one input: a bug of newsgraph (or of a
    library it uses) met on this input. It is recorded for that input and the run goes on."""

    code = "NG900"


class WorkerDied(InternalError):
    """A worker process died (killed, out of memory, crashed) while reading this input."""

    code = "NG901"


def internal(exc: BaseException, article=None, *, input: str | None = None) -> InternalError:
    """An InternalError for `exc` met while handling `article` (or the input named `input`)."""
    name = input or (getattr(article, "path", None) or getattr(article, "id", None))
    path = getattr(article, "path", None)
    record = getattr(article, "record", None)
    if path and record is not None:  # "x.jsonl:3", "x.json[2]": the file is the path
        path = path.removesuffix(f":{record}").removesuffix(f"[{record}]")
    detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    return InternalError(
        f"internal error: {type(exc).__name__}{': ' + detail if detail else ''}",
        input=name,
        hint="the run went on; please report it with this input; NEWSGRAPH_DEBUG=1 shows a traceback",
        path=path,
        record=record,
        content_hash=getattr(article, "id", None) if article is not None else None,
    )


#: Warnings an input can carry (``Article.warnings``): it was read, but something was changed.
WARN_REPLACED = "NG120"  # unencodable code points (lone surrogates) replaced with U+FFFD
WARN_ENCODING = "NG121"  # not UTF-8: decoded with a detected legacy encoding
WARN_MASKED_RUN = "NG123"  # a long run of punctuation/symbols was not parsed (masked)
WARN_CONTROL = "NG124"  # control characters (NUL …) replaced with U+FFFD


class EventPatternError(DataFileError):
    """An event pattern file (`events/data/rules.yaml`, `events/data/lexicon_*.yaml`) is invalid."""

    code = "NG320"
