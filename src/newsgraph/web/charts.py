"""Charts as SVG made on the server: no script, no library, nothing fetched by the browser.

A chart is a list of bars; each bar has a label, counts per series and an optional link (a bar
of the events timeline opens the events of that month). Labels are escaped; colours are SVG
attributes, not style, so the page's Content-Security-Policy needs no inline styles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

QUAD_COLOURS = {
    1: "#6aa84f",  # verbal cooperation
    2: "#274e13",  # material cooperation
    3: "#e69138",  # verbal conflict
    4: "#990000",  # material conflict
    None: "#999999",
}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
    None: "no quad class",
}


@dataclass
class Bar:
    label: str
    counts: dict = field(default_factory=dict)  # series -> count
    href: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def stacked_bars(
    bars: list[Bar],
    series: dict,  # series key -> (name, colour)
    *,
    title: str,
    width: int = 720,
    height: int = 180,
) -> str:
    """A stacked bar chart; each bar's tooltip gives its label and counts."""
    if not bars:
        return f'<p class="empty">{escape(title)}: nothing to chart.</p>'
    top = max(b.total for b in bars) or 1
    pad_left, pad_bottom, pad_top = 36, 22, 8
    plot_w, plot_h = width - pad_left - 4, height - pad_bottom - pad_top
    step = plot_w / len(bars)
    bar_w = max(1.0, step * 0.8)
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{pad_left}" y1="{pad_top + plot_h}" x2="{width - 4}" '
        f'y2="{pad_top + plot_h}" stroke="#888"/>',
        f'<text x="{pad_left - 4}" y="{pad_top + 10}" text-anchor="end" font-size="11" '
        f'fill="#555">{top}</text>',
        f'<text x="{pad_left - 4}" y="{pad_top + plot_h}" text-anchor="end" font-size="11" '
        f'fill="#555">0</text>',
    ]
    label_every = max(1, -(-len(bars) // 6))  # at most six labels: they stay readable on a phone
    for i, bar in enumerate(bars):
        x = pad_left + i * step + (step - bar_w) / 2
        y = pad_top + plot_h
        parts = []
        for key, (_name, colour) in series.items():
            n = bar.counts.get(key, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colour}"/>'
            )
        detail = ", ".join(
            f"{series[k][0]} {n}" for k, n in bar.counts.items() if n and k in series
        )
        tip = f"<title>{escape(bar.label)}: {bar.total} ({escape(detail)})</title>"
        group = f"<g>{tip}{''.join(parts)}</g>"
        if bar.href and bar.total:
            group = f'<a href="{escape(bar.href)}">{group}</a>'
        out.append(group)
        if i % label_every == 0:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
                f'font-size="11" fill="#555">{escape(bar.label)}</text>'
            )
    out.append("</svg>")
    keys = "".join(
        f'<span class="key"><svg width="10" height="10" aria-hidden="true">'
        f'<rect width="10" height="10" fill="{colour}"/></svg> {escape(name)}</span>'
        for name, colour in series.values()
    )
    return f'<figure class="chart">{"".join(out)}<figcaption>{keys}</figcaption></figure>'


def quad_series() -> dict:
    return {q: (QUAD_NAMES[q], QUAD_COLOURS[q]) for q in (1, 2, 3, 4, None)}
