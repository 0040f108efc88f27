"""Load news articles from text, HTML, JSON/JSONL files, folders and stdin.

Every span of a loaded :class:`~newsgraph.model.Article` indexes ``article.text`` — the text
as decoded (a UTF-8 byte-order mark is dropped; line endings are kept as they are).

* :func:`load_text` — analyse one article's plain text (title, boilerplate, body).
* :func:`load_path` — articles from a file, folder or ``"-"``; errors are yielded as values.
* :func:`iter_inputs` — :func:`load_path` over many paths.
"""

from newsgraph.load.dates import parse_date
from newsgraph.load.files import MAX_BYTES, SUPPORTED, iter_inputs, load_path
from newsgraph.load.text import load_text

__all__ = ["MAX_BYTES", "SUPPORTED", "iter_inputs", "load_path", "load_text", "parse_date"]
