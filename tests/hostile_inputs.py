"""Adversarial inputs: the cases of issue 9 and random mixtures of what a crawl of the web
throws at a reader. Shared by tests/test_hostile.py (hypothesis, bounded) and
benchmarks/hostile.py (10,000 fuzzed inputs; 1 MB cases).

All text here is made up for the purpose; nothing is copied from a corpus.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# Pieces a hostile article is built from: newsy words, every quote mark, brackets, emoji and
# joiners, direction marks, control characters, every line-break convention, lone
# surrogates, markup.
WORDS = [
    "Paris", "said", "the", "minister", "told", "reporters", "on", "Monday", "Kyiv",
    "Moscow", "officials", "according", "to", "Reuters", "denied", "warned", "that", "talks",
    "would", "resume", "sources", "familiar", "with", "claimed", "Ukraine", "NATO",
    "Comments are closed.", "Share this article", "By Jane Roe", "12", "0",
]  # fmt: skip
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "`", "´"]
BRACKETS = ["(", ")", "[", "]", "{", "}", "<", ">", "⟨", "⟩"]
SYMBOLS = [
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "🇺🇦",
    "★",
    "…",
    "—",
    "–",
    "-",
    "‑",
    "•",
    "§",
    "€",
    "%",
    ":",
    ";",
    "/",
]
MARKS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u0301"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x9b", "\x1f"]
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n", "\x1c"]
SURROGATES = ["\ud800", "\udfff", "\ud83d", "\ude00", "\udfff\ud83d"]
MARKUP = ["<div>", "</div>", "<p>", "</p>", "<script>", "&amp;", "&#0;", "<!--", "-->", "<![CDATA["]
SPACES = [" ", " ", " ", "\t", "\u00a0", "\u2003", "\u3000"]
RUN_CHARS = QUOTES + BRACKETS + SYMBOLS + ["a", "1", "a:", "_", "=", "*", "!?", "\u0301"]

FAMILIES = {
    "words": WORDS,
    "quotes": QUOTES,
    "brackets": BRACKETS,
    "symbols": SYMBOLS,
    "marks": MARKS,
    "controls": CONTROLS,
    "breaks": BREAKS,
    "surrogates": SURROGATES,
    "markup": MARKUP,
    "spaces": SPACES,
}


def random_text(rng: random.Random, size: int = 2000) -> str:
    """A hostile mixture of about `size` characters: mostly words, with runs and oddities."""
    parts: list[str] = []
    length = 0
    while length < size:
        roll = rng.random()
        if roll < 0.45:
            piece = rng.choice(WORDS)
        elif roll < 0.55:
            piece = rng.choice(SPACES)
        elif roll < 0.62:
            piece = rng.choice(rng.choice(list(FAMILIES.values())))
        elif roll < 0.66:
            piece = rng.choice(RUN_CHARS) * rng.randint(2, 600)
        elif roll < 0.68:
            piece = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 30)))
        else:
            piece = " "
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


def broken_bytes(rng: random.Random, text: str) -> bytes:
    """The text as a crawler may have stored it: UTF-8, UTF-8 with broken bytes spliced in,
    a legacy code page, UTF-16, or a truncated multi-byte sequence."""
    roll = rng.random()
    safe = text.encode("utf-8", "surrogatepass")
    if roll < 0.4:
        return text.encode("utf-8", "replace")
    if roll < 0.6:
        data = bytearray(safe)
        for _ in range(rng.randint(1, 20)):
            data.insert(rng.randrange(len(data) + 1), rng.choice([0xFF, 0xFE, 0xC3, 0x80, 0xE2]))
        return bytes(data)
    if roll < 0.75:
        return text.encode(rng.choice(["cp1252", "cp1251", "latin-1"]), "replace")
    if roll < 0.85:
        return text.encode("utf-16", "surrogatepass")
    return safe[: max(1, len(safe) - rng.randint(1, 3))]


def broken_utf8(rng: random.Random, text: str) -> bytes:
    """UTF-8 with a stray byte every few hundred."""
    data = bytearray(text.encode("utf-8"))
    for at in sorted(rng.sample(range(len(data)), len(data) // 300), reverse=True):
        data[at] = 0xFF
    return bytes(data)


def random_file(rng: random.Random, size: int = 2000) -> tuple[str, bytes]:
    """(suffix, bytes) of one hostile file: text, JSON, JSONL or HTML."""
    text = random_text(rng, size)
    kind = rng.choice([".txt", ".txt", ".jsonl", ".json", ".html", ""])
    if kind == ".jsonl":
        lines = [
            json.dumps({"text": random_text(rng, size // 4)}) for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.3:
            lines.append("[" * rng.randint(1, 3000) + "]" * rng.randint(0, 3000))
        if rng.random() < 0.3:
            lines.append('{"text": "' + "\\ud800" * rng.randint(1, 5) + ' Paris said so."}')
        return kind, "\n".join(lines).encode("utf-8")
    if kind == ".json":
        depth = rng.choice([0, 1, 5, 500, 5000])
        body = json.dumps([{"text": text, "title": random_text(rng, 40)}])
        return kind, ("[" * depth + body + "]" * depth).encode("utf-8")
    if kind == ".html":
        depth = rng.choice([1, 20, 300, 3000])
        html = "<html><body>" + "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth
        return kind, html.encode("utf-8", "surrogatepass")
    return kind, broken_bytes(rng, text)


# --------------------------------------------------------------------------- issue 9 cases

GOOD_COUNTRIES = ["France", "Germany", "Poland", "Italy", "Spain", "Austria", "Greece", "Norway"]


def good_article(i: int) -> str:
    """A short well-formed article, different for every i."""
    a, b = GOOD_COUNTRIES[i % 8], GOOD_COUNTRIES[(i * 3 + 1) % 8]
    if a == b:
        b = GOOD_COUNTRIES[(i + 1) % 8]
    return (
        f"{a} and {b} agree on grain talks (report {i})\n\n"
        f"The foreign minister of {a} said on Tuesday that talks with {b} would go on. "
        f'"We expect progress within weeks," the minister told reporters in item {i}.\n'
    )


def issue_cases(folder: Path, *, quotes: int = 59_000, unbalanced: int = 100_000) -> dict:
    """Write the hostile files of issue 9 into `folder`; returns {name: (path, outcome)}
    where outcome is the NG code the input must fail with, or "read" for an input that must
    be read (safely, with a warning where something was replaced)."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[Path, str]] = {}

    def write(name: str, data: bytes | str, outcome: str) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        cases[name] = (path, outcome)

    write(
        "surrogate.jsonl",
        '{"text": "Ministers met in Paris on Monday, and \\ud800 the talks went on, officials said."}\n',
        "read",
    )
    write("deep.json", "[" * 100_000 + "]" * 100_000, "NG109")
    write(
        "dash-nbsp.txt",
        "Ministers meet\n\nThe envoy –\u00a0– said on Monday that talks would go on –\u00a0soon.\n",
        "read",
    )
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    cases["pipe.txt"] = (fifo, "NG108")
    write(
        "quotes.txt", "Talks go on\n\nThe envoy said " + "“" * quotes + " nothing more.\n", "read"
    )
    write("unbalanced.txt", "“Talks " * unbalanced, "NG106")
    write(
        "cr.txt",
        "Talks go on\r\rShare this article\rThe envoy of Spain said on Monday that talks\r"
        "Share this article\rwith Italy would go on, officials said.\r",
        "read",
    )
    write(
        "u2028.txt",
        "Talks go on\n\nThe envoy of Spain said on Monday that talks\u2028Share this article"
        "\u2028with Italy would go on, officials said.\n",
        "read",
    )
    write(
        "latin.txt",
        "Le ministre français a déclaré lundi que les négociations reprendraient à Paris.".encode()
        + b" \xff\xfe caf\xe9 "
        + "Les détails suivront, a-t-il précisé.".encode(),
        "read",
    )
    write(
        "divs.html",
        "<html><body>"
        + "<div>" * 10_000
        + "<p>Spain said on Monday that talks with Italy would go on in Madrid next week.</p>"
        + "</div>" * 10_000
        + "</body></html>",
        "NG109",
    )
    return cases


# --------------------------------------------------------------------------- 1 MB cases

MB = 1_000_000


def megabyte_cases() -> dict[str, tuple[str, bytes]]:
    """name → (suffix, about 1 MB of bytes) for benchmarks/hostile.py."""

    def fill(unit: str, prefix: str = "Talks go on\n\nThe envoy said ", size: int = MB) -> str:
        n = max(1, (size - len(prefix.encode())) // len(unit.encode("utf-8", "surrogatepass")))
        return prefix + unit * n

    rng = random.Random(9)
    said = "The minister of Spain said on Monday that the envoy had warned that officials claimed "

    def at_budget(unit: str, tokens_per_unit: int, tokens: int = 19_000) -> str:
        """As many units as the token budget lets through, padded to 1 MB with a masked run."""
        body = "Talks go on\n\n" + unit * (tokens // tokens_per_unit)
        return body + " " + "“" * ((MB - len(body.encode())) // 3)

    mixture = random_text(rng, MB // 2).replace("\x00", "")
    cases = {
        "59k+ curly quotes": (".txt", fill("“")),
        "unbalanced quotes with words": (".txt", fill("“Talks ")),
        "brackets": (".txt", fill("([{<")),
        "emoji": (".txt", fill("😀")),
        "one 1 MB word": (".txt", fill("a")),
        "letter-colon run": (".txt", fill("a:")),
        "dashes": (".txt", fill("-")),
        "nested statements": (".txt", fill(said)),
        "nested quotes": (".txt", fill("“Officials said ")),
        "carriage returns": (".txt", fill("\r")),
        "line separators": (".txt", fill("Talks\u2028")),
        "control characters": (".txt", fill("\x01\x02 ")),
        "direction marks": (".txt", fill("\u202e\u200fParis ")),
        "combining marks": (".txt", fill("a" + "\u0301" * 30 + " ")),
        "statements at the budget": (".txt", at_budget(said, 17)),
        "nested quotes at the budget": (".txt", at_budget("“Officials said ", 3)),
        "unbalanced quotes at the budget": (".txt", at_budget("“Talks ", 2)),
        "quotes and speakers at the budget": (
            ".txt",
            at_budget('"We will not," the envoy of Spain said. ', 12),
        ),
        "random mixture": (".txt", mixture),
        "surrogates in JSON": (".jsonl", json.dumps({"text": fill("\ud800 Paris ")}).encode()),
        "deep JSON": (".json", "[" * (MB // 2) + "]" * (MB // 2)),
        "nested divs": (
            ".html",
            "<div>" * (MB // 10) + "<p>Spain said so.</p>" + "</div>" * (MB // 10),
        ),
        "invalid UTF-8": (".txt", bytes(rng.randrange(1, 256) for _ in range(MB))),
        "UTF-8 with broken bytes": (".txt", broken_utf8(rng, fill("Paris a déclaré ", size=MB))),
    }
    out = {}
    for name, (suffix, data) in cases.items():
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        out[name] = (suffix, data)
    return out
