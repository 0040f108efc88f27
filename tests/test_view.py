"""The terminal's pretty view: statements grouped by speaker, wrapped lines indented, --full."""

from __future__ import annotations

from rich.console import Console

from newsgraph.model import Article, Hedge, Reading, Relay, Span, Speaker, Statement
from newsgraph.view import CLIP, by_speaker, show

TEXT = (
    "Maria Lindqvist said the ferry line would reopen soon. She added that the company had "
    + ", ".join(f"hired {n} new crews for the route to harbour number {n}" for n in range(1, 7))
    + " and that prices would stay the same. A port worker, who asked not to be named, "
    "said the date might slip."
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def reading() -> Reading:
    maria = Speaker(span=span(TEXT, "Maria Lindqvist"), name="Maria Lindqvist", type="person")
    worker = Speaker(span=span(TEXT, "A port worker"), name="A port worker", type="anonymous")
    long_content = TEXT[TEXT.index("the company") : TEXT.index(" and that prices")]
    statements = [
        Statement(
            id="s1",
            kind="indirect",
            speaker=maria,
            cue=span(TEXT, "said"),
            content=span(TEXT, "the ferry line would reopen soon"),
        ),
        Statement(
            id="s2",
            kind="indirect",
            speaker=worker,
            cue=span(TEXT, "said the date").model_copy(
                update={"end": TEXT.index("said the date") + 4, "text": "said"}
            ),
            content=span(TEXT, "the date might slip"),
            hedges=[Hedge(span=span(TEXT, "might"), kind="epistemic")],
            relayed_by=[Relay(name="Coast Radio", type="outlet")],
        ),
        Statement(
            id="s3",
            kind="indirect",
            speaker=maria.model_copy(),
            cue=span(TEXT, "added"),
            content=span(TEXT, long_content),
        ),
    ]
    body = Span.of(TEXT, 0, len(TEXT))
    return Reading(
        article=Article(id="x", text=TEXT, body=body, title="Ferry line"), statements=statements
    )


def render(**options) -> str:
    out = Console(width=80, record=True, color_system=None, highlight=False)
    show(reading(), statements_only=True, out=out, **options)
    return out.export_text()


def test_statements_are_grouped_by_speaker():
    groups = by_speaker(reading().statements)
    assert [[s.id for s in g] for g in groups] == [["s1", "s3"], ["s2"]]
    text = render()
    assert text.count("Maria Lindqvist") == 1  # one heading for her two statements
    assert text.index("Maria Lindqvist") < text.index("reopen soon") < text.index("added")
    assert text.index("added") < text.index("A port worker")


def test_wrapped_lines_are_indented():
    lines = render(full=True).splitlines()
    body = lines[lines.index(next(line for line in lines if "added" in line)) :]
    wrapped = [line for line in body[1:4] if line.strip()]
    assert wrapped and all(line.startswith("    ") for line in wrapped)
    assert any(line.startswith("      via Coast Radio") for line in lines)
    assert any(line.startswith("      hedged: might") for line in lines)


def test_long_contents_are_cut_unless_full():
    content = reading().statements[2].content.text
    assert len(content) > CLIP
    short = " ".join(render().split())
    whole = " ".join(render(full=True).split())
    assert content[:60] in short and content[-40:] not in short and "…" in short
    assert " ".join(content.split()) in whole
