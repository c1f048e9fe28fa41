"""Charts as inline SVG made on the server: readable without JavaScript, and accessible."""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


def mastery_colour(value) -> str:
    """Red (0) through amber to green (1); grey when there is no evidence."""
    if value is None:
        return "hsl(0 0% 88%)"
    return f"hsl({round(120 * max(0.0, min(1.0, value)))} 65% 78%)"


def line_chart(points, *, title, width=560, height=180, y_max=1.0, percent=True):
    """Points (label, value) as a line with dots; the title is the chart's accessible name."""
    if not points:
        return ""
    left, right, top, bottom = 36, 10, 10, 26
    inner_w, inner_h = width - left - right, height - top - bottom
    step = inner_w / max(1, len(points) - 1)

    def xy(index, value):
        return left + index * step, top + inner_h * (1 - value / y_max)

    coords = [tuple(round(c, 1) for c in xy(i, v)) for i, (_label, v) in enumerate(points)]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(coords))
    grid = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" class="grid"/>'
        '<text x="{}" y="{}" class="axis">{}</text>',
        (
            (
                left,
                width - right,
                top + inner_h * (1 - f),
                top + inner_h * (1 - f),
                4,
                top + inner_h * (1 - f) + 4,
                f"{round(f * 100)}%" if percent else f"{f * y_max:g}",
            )
            for f in (0, 0.5, 1)
        ),
    )
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="3"><title>{}: {}</title></circle>',
        (
            (x, y, label, f"{round(v * 100)}%" if percent else v)
            for (x, y), (label, v) in zip(coords, points, strict=True)
        ),
    )
    every = max(1, math.ceil(len(points) / 8))  # at most eight labels under the axis
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" class="axis" text-anchor="middle">{}</text>',
        (
            (x, height - 6, label)
            for i, ((x, _y), (label, _v)) in enumerate(zip(coords, points, strict=True))
            if i % every == 0
        ),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}"><title>{}</title>'
        '{}<path d="{}" class="line"/>{}{}</svg>',
        width,
        height,
        title,
        title,
        grid,
        path,
        dots,
        labels,
    )


def bar_chart(bars, *, title, width=560, bar_height=22):
    """Horizontal bars (label, value 0..1 or None) with the value written beside each."""
    if not bars:
        return ""
    label_w, gap = 200, 6
    height = len(bars) * (bar_height + gap) + gap
    inner = width - label_w - 50
    rows = []
    for i, (label, value) in enumerate(bars):
        y = gap + i * (bar_height + gap)
        shown = "–" if value is None else f"{round(value * 100)}%"
        rows.append(
            format_html(
                '<g><text x="{}" y="{}" class="axis" text-anchor="end">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>'
                '<text x="{}" y="{}" class="axis">{}</text></g>',
                label_w - 6,
                y + bar_height * 0.7,
                label if len(label) <= 30 else label[:29] + "…",  # in full in the title
                label_w,
                y,
                round(inner * (value or 0), 1),
                bar_height,
                mastery_colour(value),
                label,
                shown,
                round(label_w + inner * (value or 0) + 4, 1),
                y + bar_height * 0.7,
                shown,
            )
        )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        title,
        title,
        mark_safe("".join(rows)),
    )  # noqa: S308 - each row built by format_html
