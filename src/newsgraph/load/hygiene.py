"""Input hygiene at the edge: the text an Article holds is clean enough to parse and store.

:func:`clean` is applied to every article text before it is analysed (``load_text``), so
every offset newsgraph gives indexes the cleaned text, which is what ``article.text`` holds:

* every line break becomes ``\\n``: ``\\r\\n``, a lone ``\\r``, NEL (U+0085), LINE SEPARATOR
  (U+2028), vertical tab, form feed and the information separators U+001C–U+001E (what
  ``str.splitlines`` breaks on); PARAGRAPH SEPARATOR (U+2029) becomes a blank line;
* lone surrogates (``"\\ud800"`` from a JSON escape: they cannot be encoded, stored or
  tokenised) become U+FFFD REPLACEMENT CHARACTER; a valid surrogate pair becomes its
  character;
* other control characters (NUL, U+0001–U+001F but tab and newline, DEL, U+0080–U+009F)
  become U+FFFD.

Replacements are counted in warnings (``[NG120]``, ``[NG124]``); line breaks are not (CRLF
files are common and nothing is lost).
"""

from __future__ import annotations

import re

from newsgraph.errors import WARN_CONTROL, WARN_REPLACED

_NEEDS_WORK = re.compile(r"[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> tuple[str, list[str]]:
    """The text with line breaks, surrogates and control characters made safe; and warnings."""
    if not _NEEDS_WORK.search(text):
        return text, []
    warnings = []
    if _SURROGATE.search(text):
        before = text.count(REPLACEMENT)
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        replaced = text.count(REPLACEMENT) - before
        if replaced:
            warnings.append(
                f"{replaced:,} lone surrogate code point(s) replaced with U+FFFD [{WARN_REPLACED}]"
            )
    text = _BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text, controls = _CONTROL.subn(REPLACEMENT, text)
    if controls:
        warnings.append(
            f"{controls:,} control character(s) (NUL …) replaced with U+FFFD [{WARN_CONTROL}]"
        )
    return text, warnings


def clean_field(value: str | None) -> str | None:
    """A metadata string (title, url, outlet) without surrogates or control characters."""
    if value is None or not _NEEDS_WORK.search(value):
        return value
    text, _ = clean(value)
    return " ".join(text.split()) or None
