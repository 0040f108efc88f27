"""Read articles from files, folders and stdin.

``load_path`` yields an :class:`Article` per article and an :class:`InputError` *value* per
input that cannot be read, so one bad file never stops the others. Offsets always index the
decoded text: a UTF-8 byte-order mark is dropped before analysis, line endings are kept as
they are (CRLF stays CRLF).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import sys
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import (
    WARN_ENCODING,
    BadRecord,
    BinaryInput,
    EmptyInput,
    InputError,
    MissingInput,
    SpecialFile,
    TooDeep,
    TooLargeInput,
    UnreadableInput,
    UnsupportedInput,
    internal,
)
from newsgraph.load.headline import split_headline
from newsgraph.load.text import load_text
from newsgraph.model import Article

MAX_BYTES = 10 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
SUPPORTED_HINT = "newsgraph reads .txt, .html, .json, .jsonl and folders"

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("date", "published", "publish_date", "date_publish")
OUTLET_FIELDS = ("outlet", "source", "site", "publisher")

#: Legacy encodings preferred when charset-normalizer rates them as good as its best guess.
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")

STDIN = "-"
STDIN_NAME = "<stdin>"

Loaded = Article | InputError


# --------------------------------------------------------------------------- bytes → text


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _special(mode: int) -> str | None:
    """What a file that is not a regular file is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _special_file(name: str, what: str) -> SpecialFile:
    return SpecialFile(
        f"{what}, not a file: refused before opening (reading it could block)",
        input=name,
        hint="give regular files, or - to read standard input",
    )


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes | InputError:
    try:
        what = _special(path.stat().st_mode)  # by type, before opening: a FIFO would block
        if what:
            return _special_file(name, what)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            what = _special(st.st_mode)  # replaced between the two looks
            if what:
                return _special_file(name, what)
            if st.st_size > max_bytes:
                return _too_large(name, st.st_size, max_bytes)
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        return MissingInput("no such file", input=name, hint="check the path")
    except PermissionError:
        return UnreadableInput("permission denied", input=name, hint="check the file's permissions")
    except OSError as exc:
        return UnreadableInput(f"cannot read: {exc.strerror or exc}", input=name)
    if len(data) > max_bytes:
        return _too_large(name, len(data), max_bytes)
    return data


def _too_large(name: str, size: int, max_bytes: int) -> TooLargeInput:
    return TooLargeInput(
        f"too large ({size:,} bytes; the limit is {max_bytes:,})",
        input=name,
        hint="split the file or raise max_bytes",
    )


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return bad / max(len(sample), 1)


#: A valid UTF-8 sequence of two to four bytes.
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a truncated or spliced page) → the text with each bad
    byte replaced, and how many; None when the bytes look like a legacy encoding instead."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_UTF8_MULTI.findall(data))
    return (text, bad) if good > bad else None


def decode(data: bytes, name: str) -> tuple[str, str, list[str]] | InputError:
    """Decode file bytes to ``(text, encoding, warnings)``.

    UTF-8 first (a BOM is dropped, reported as ``utf-8-sig``), UTF-16/32 with a BOM. Bytes
    that are UTF-8 but for a few broken sequences are read as UTF-8 with each broken byte
    replaced by U+FFFD; others get the best guess of charset-normalizer. Either way a warning
    [NG121] says so. NUL bytes or no fitting encoding → BinaryInput. Line endings are not
    translated here (``load_text`` does it).
    """
    if not data.strip():
        return EmptyInput("empty file" if not data else "only whitespace", input=name)
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        return BinaryInput("binary data (NUL bytes), not text", input=name, hint=SUPPORTED_HINT)
    body, encoding = (
        (data[3:], "utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else (data, "utf-8")
    )
    try:
        return body.decode("utf-8"), encoding, []
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(body)
    if mostly is not None:
        text, bad = mostly
        note = f"not valid UTF-8: {bad:,} broken byte(s) replaced with U+FFFD [{WARN_ENCODING}]"
        return text, encoding, [note]
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is not None:
        # Ties are common between single-byte code pages (cp1250/cp1252 read "é" alike but
        # not "è"); Western news sites overwhelmingly used cp1252/latin-1, so prefer them.
        for match in results:
            if (
                match.encoding in _PREFERRED_LEGACY
                and match.chaos <= best.chaos
                and match.coherence >= best.coherence - 0.01
            ):
                best = match
                break
    if best is None:
        return BinaryInput("binary data: no text encoding fits", input=name, hint=SUPPORTED_HINT)
    text = str(best)
    if _control_ratio(text) > 0.05:
        return BinaryInput("binary data: mostly control characters", input=name)
    note = f"not UTF-8: decoded as {best.encoding} (detected) [{WARN_ENCODING}]"
    return text, best.encoding, [note]


# --------------------------------------------------------------------------- formats


def _text_article(data: bytes, name: str) -> Loaded:
    decoded = decode(data, name)
    if isinstance(decoded, InputError):
        return decoded
    text, encoding, warnings = decoded
    if not text.strip():
        return EmptyInput("only whitespace", input=name)
    article = load_text(text, path=name, encoding=encoding, warnings=warnings)
    if article.published is None:
        published = date_in_name(name)
        if published is not None:
            article = article.model_copy(update={"published": published})
    return article


_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_in_name(name: str) -> dt.date | None:
    """A date written in a file name ("reuters_2016-03-08_vote.txt"), as corpora often do."""
    match = _NAME_DATE.search(Path(name).name)
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _page_titles(data: bytes) -> list[str]:
    """The raw ``og:title``/``twitter:title``/``<title>`` strings of a page (suffixes kept)."""
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return []
    found = tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
        " | //head/title/text()"
    )
    return [str(t).strip() for t in found if str(t).strip()]


def _html_title(doc_title: str | None, candidates: list[str], sitename: str | None) -> str | None:
    """Prefer a raw page title that carries a cited-outlet suffix trafilatura dropped."""
    doc_claim = None
    if doc_title:
        split = split_headline(doc_title, own_outlet=sitename, pipe_is_site=True)
        if split.cited_outlet:
            return doc_title
        doc_claim = " ".join(doc_title[split.claim_start : split.claim_end].split()).casefold()
    for raw in candidates:
        split = split_headline(raw, own_outlet=sitename, pipe_is_site=True)
        claim = " ".join(raw[split.claim_start : split.claim_end].split()).casefold()
        if split.cited_outlet and (doc_claim is None or claim == doc_claim):
            return raw
    return doc_title or (candidates[0] if candidates else None)


def _html_article(data: bytes, name: str) -> Loaded:
    if not data.strip():
        return EmptyInput("empty file", input=name)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return BinaryInput("binary data (NUL bytes), not HTML", input=name)
    try:
        from trafilatura import bare_extraction

        titles = _page_titles(data)
        doc = bare_extraction(
            data,
            include_comments=False,
            with_metadata=True,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as exc:  # noqa: BLE001 - a parser crash is one unreadable input
        return UnreadableInput(f"cannot parse HTML: {exc}", input=name)
    no_text = EmptyInput(
        "no article text found in the page",
        input=name,
        hint="the page may be an index, a login wall or need JavaScript to render",
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        return _too_deep_html(data, name) or no_text
    sitename = getattr(doc, "sitename", None) or None
    article = load_text(
        text,
        path=name,
        title=_html_title(getattr(doc, "title", None) or None, titles, sitename),
        url=getattr(doc, "url", None) or None,
        outlet=sitename,
        published=getattr(doc, "date", None) or None,
    )
    if article.body.start == article.body.end:
        return no_text  # only navigation or furniture was left
    return article


def _too_deep_html(data: bytes, name: str) -> TooDeep | None:
    """A page whose elements nest deeper than the HTML parser follows (libxml2 stops at 256
    levels and drops what is below): say so rather than guess at a login wall."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - unparsable is not "too deep"
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        return TooDeep(
            "HTML nested deeper than the parser follows (256 elements): the text below was dropped",
            input=name,
            hint="the page is malformed or hostile; save its text as .txt to read it",
        )
    return None


def _field(record: dict[str, Any], names: Iterable[str]) -> Any:
    for key in names:
        value = record.get(key)
        if isinstance(value, dict):  # e.g. NewsAPI: "source": {"id": …, "name": …}
            value = value.get("name") or value.get("title")
        if value not in (None, "", [], {}):
            return value
    return None


def _record_article(
    record: Any,
    where: str,
    text_field: str | None,
    number: int | None = None,
    warnings: list[str] | None = None,
) -> Loaded:
    if not isinstance(record, dict):
        return BadRecord(
            f"expected a JSON object, got {type(record).__name__}",
            input=where,
            hint="each record must be an object with a text field",
        )
    fields = (text_field,) if text_field else TEXT_FIELDS
    key = next((f for f in fields if f in record), None)
    if key is None:
        return BadRecord(
            f"record has no text field (looked for {', '.join(fields)})",
            input=where,
            hint="name the field with text_field= / --text-field",
        )
    text = record[key]
    if not isinstance(text, str):
        return BadRecord(f"field {key!r} is {type(text).__name__}, not a string", input=where)
    if not text.strip():
        return EmptyInput(f"field {key!r} is empty", input=where)
    title = _field(record, TITLE_FIELDS)
    url = _field(record, URL_FIELDS)
    outlet = _field(record, OUTLET_FIELDS)
    return load_text(
        text,
        path=where,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        outlet=outlet if isinstance(outlet, str) else None,
        published=_field(record, DATE_FIELDS),
        record=number,
        warnings=warnings,
    )


def _too_deep(where: str) -> TooDeep:
    return TooDeep(
        f"JSON nested deeper than the {sys.getrecursionlimit():,} levels newsgraph follows",
        input=where,
        hint="an article record is an object with a text field; flatten the data",
    )


def _json_articles(data: bytes, name: str, text_field: str | None) -> Iterator[Loaded]:
    decoded = decode(data, name)
    if isinstance(decoded, InputError):
        yield decoded
        return
    text, _, warnings = decoded
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield BadRecord(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            input=name,
            hint="a .json file holds one object or a list of objects; use .jsonl for one per line",
        )
        return
    except RecursionError:  # the C parser stops cleanly at the interpreter's recursion limit
        yield _too_deep(name)
        return
    if isinstance(value, list):
        if not value:
            yield EmptyInput("empty JSON list", input=name)
        for index, record in enumerate(value):
            where = f"{name}[{index}]"
            yield _one_record(
                lambda: _record_article(record, where, text_field, index, warnings),  # noqa: B023
                where,
                name,
                index,
                lambda: json.dumps(record, sort_keys=True).encode(),  # noqa: B023
            )
    else:
        yield _record_article(value, name, text_field, None, warnings)


def _jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield number, line


def _jsonl_articles(data: bytes, name: str, text_field: str | None) -> Iterator[Loaded]:
    decoded = decode(data, name)
    if isinstance(decoded, InputError):
        yield decoded
        return
    text, _, warnings = decoded
    for number, line in _jsonl_lines(text):
        where = f"{name}:{number}"
        yield _one_record(
            lambda: _jsonl_record(line, where, text_field, number, warnings),  # noqa: B023
            where,
            name,
            number,
            lambda: line.encode("utf-8", "surrogatepass"),  # noqa: B023
        )


def _jsonl_record(
    line: str, where: str, text_field: str | None, number: int, warnings: list[str]
) -> Loaded:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRecord(
            f"invalid JSON at column {exc.colno}: {exc.msg}",
            input=where,
            hint="each line of a .jsonl file must be one complete JSON object",
        )
    except RecursionError:
        return _too_deep(where)
    return _record_article(record, where, text_field, number, warnings)


def _one_record(load, where: str, path: str, record: int, raw) -> Loaded:
    """One record of a JSON/JSONL file; its error names the file and the record and hashes
    ``raw()``, so that a rerun knows it."""
    item = _guarded(load, where)
    if isinstance(item, InputError):
        item.path, item.record = path, record
        item.content_hash = item.content_hash or _hash(raw())
    return item


def _guarded(load, where: str) -> Loaded:
    """``load()``, with any unexpected exception turned into an error for this input."""
    try:
        return load()
    except Exception as exc:  # noqa: BLE001 - one input's failure never stops the others
        if os.environ.get("NEWSGRAPH_DEBUG"):
            traceback.print_exc()
        return internal(exc, input=where)


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _stdin_articles(text_field: str | None, max_bytes: int) -> Iterator[Loaded]:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, AttributeError, ValueError) as exc:
        yield UnreadableInput(f"cannot read stdin: {exc}", input=STDIN_NAME)
        return
    if len(data) > max_bytes:
        yield _too_large(STDIN_NAME, len(data), max_bytes)
        return
    decoded = decode(data, STDIN_NAME)
    if isinstance(decoded, InputError):
        yield decoded
        return
    text, encoding, warnings = decoded
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        yield _html_article(data, STDIN_NAME)
    elif _is_jsonl(text, text_field):
        yield from _jsonl_articles(data, STDIN_NAME, text_field)
    else:
        yield load_text(text, path=STDIN_NAME, encoding=encoding, warnings=warnings)


def _is_jsonl(text: str, text_field: str | None) -> bool:
    fields = (text_field,) if text_field else TEXT_FIELDS
    seen = False
    for _, line in _jsonl_lines(text):
        if not line.lstrip().startswith("{"):
            return False
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            return False
        if not isinstance(record, dict) or not any(f in record for f in fields):
            return False
        seen = True
    return seen


# --------------------------------------------------------------------------- paths


def _hidden(part: str) -> bool:
    return part.startswith(".") and part not in (".", "..")


def _walk(root: Path) -> Iterator[Path | InputError]:
    errors: list[InputError] = []

    def onerror(exc: OSError) -> None:
        errors.append(
            UnreadableInput(
                f"cannot list folder: {exc.strerror or exc}", input=str(exc.filename or root)
            )
        )

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for file in files:
            path = Path(folder) / file
            if not _hidden(file) and _suffix(path) in SUPPORTED:
                found.append(path)
    yield from errors
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


def _load_file(
    path: Path, text_field: str | None, max_bytes: int, *, walking: bool
) -> Iterator[Loaded]:
    """The articles of one file; every error names the file (and record) it is about, and
    an unexpected failure becomes an error for this file instead of stopping the run."""
    name = str(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        yield UnsupportedInput(
            f"unsupported type {suffix}", input=name, hint=SUPPORTED_HINT, path=name
        )
        return
    data = _read_bytes(path, name, max_bytes)
    if isinstance(data, InputError):
        data.path = name
        yield data
        return
    digest = _hash(data)
    try:
        for item in _parse_file(data, name, suffix, text_field, walking=walking):
            if isinstance(item, InputError):
                item.path = item.path or name
                if item.content_hash is None and item.record is None:
                    item.content_hash = digest
            yield item
    except Exception as exc:  # noqa: BLE001 - one file's failure never stops the others
        if os.environ.get("NEWSGRAPH_DEBUG"):
            traceback.print_exc()
        err = internal(exc, input=name)
        err.path, err.content_hash = name, digest
        yield err


def _parse_file(
    data: bytes, name: str, suffix: str, text_field: str | None, *, walking: bool
) -> Iterator[Loaded]:
    if suffix in HTML_SUFFIXES:
        yield _html_article(data, name)
    elif suffix in JSON_SUFFIXES:
        yield from _json_articles(data, name, text_field)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(data, name, text_field)
    else:
        loaded = _text_article(data, name)
        if walking and suffix == "" and isinstance(loaded, BinaryInput):
            return  # an extension-less binary in a folder is not an input: skip silently
        yield loaded


def load_path(
    path: str | os.PathLike[str],
    *,
    text_field: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Articles from one file, folder (recursive, sorted) or ``"-"`` (stdin).

    Yields an InputError value for each input that cannot be read and goes on with the rest.
    ``text_field`` names the text field of JSON/JSONL records (default: the first of
    text, body, content, article, maintext). Files larger than ``max_bytes`` → TooLargeInput.
    """
    if str(path) == STDIN:
        yield from _stdin_articles(text_field, max_bytes)
        return
    p = Path(path)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as exc:
        yield UnreadableInput(f"cannot access: {exc.strerror or exc}", input=str(path))
        return
    if not exists:
        yield MissingInput("no such file or folder", input=str(path), hint="check the path")
        return
    if not is_dir:
        yield from _load_file(p, text_field, max_bytes, walking=False)
        return
    found = 0
    for item in _walk(p):
        if isinstance(item, InputError):
            yield item
        else:
            found += 1
            yield from _load_file(item, text_field, max_bytes, walking=True)
    if not found:
        yield EmptyInput(
            "folder holds no article files",
            input=str(path),
            hint="newsgraph reads .txt, .html, .htm, .json, .jsonl and .ndjson files",
        )


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    text_field: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """``load_path`` over many paths, in order."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for path in paths:
        yield from load_path(path, text_field=text_field, max_bytes=max_bytes)
