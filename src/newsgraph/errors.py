"""One exception family for newsgraph. Only the CLI and HTTP layers turn these into exit codes.

Every message names the input it is about and, where there is one, the fix. Codes like
``[NG101]`` are stable so that users can search for them.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    code = "NG000"

    def __init__(self, message: str, *, input: str | None = None, hint: str | None = None):
        self.message = message
        self.input = input
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{self.input}: " if self.input else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint} [{self.code}]"


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


class ModelNotFound(NewsgraphError):
    code = "NG200"


class DataFileError(NewsgraphError):
    """A packaged knowledge file (YAML/CSV) failed validation at load time."""

    code = "NG300"
