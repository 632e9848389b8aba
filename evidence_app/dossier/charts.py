"""The summary's charts: counts by violation type, by state/region and by month.

Drawn with ``reportlab.graphics`` as vector drawings. Labels are taxonomy names and dates (the
app's own English text, not user text), so the plain Latin font is used; the same counts are
printed as tables beside each chart, so nothing is only in a picture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from evidence_app.dossier.fonts import register_fonts

BAR = colors.HexColor("#40607f")
GRID = colors.HexColor("#d8d8d8")


def _nice_max(value: int) -> tuple[int, int]:
    """An axis maximum and step for counts up to ``value``, with room for the bar labels."""
    value += max(1, value // 10)
    if value <= 6:
        return max(value, 1), 1
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value / step <= 8:
            return ((value + step - 1) // step) * step, step
    step = 10 ** len(str(value))
    return ((value + step - 1) // step) * step, step // 10


def horizontal_bars(title: str, counts: Sequence[tuple[str, int]], width: float) -> Drawing:
    """A horizontal bar chart, one bar per ``(label, count)``, top to bottom as given."""
    fonts = register_fonts()
    rows = list(counts) or [("none", 0)]
    bar_height = 12 if len(rows) <= 16 else 8
    plot_height = bar_height * len(rows) * 1.4
    label_width = min(215.0, width * 0.45)
    height = plot_height + 38
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=fonts.latin_bold, fontSize=9.5))
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 24, plot_height
    # reportlab draws the first category at the bottom: reverse so the list reads downwards.
    chart.data = [[count for _, count in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_clip(label, 48) for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = fonts.latin
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.black
    top, step = _nice_max(max(c for _, c in rows))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.latin
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def month_bars(title: str, months: Sequence[tuple[str, int]], width: float) -> Drawing:
    """A vertical bar chart of counts per month (``("2023-11", 4)``), oldest first."""
    fonts = register_fonts()
    rows = list(months) or [("none", 0)]
    height = 150.0
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=fonts.latin_bold, fontSize=9.5))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 34
    chart.width, chart.height = width - 40, height - 58
    chart.data = [[count for _, count in rows]]
    every = max(1, len(rows) // 18)  # label every n-th month when there are many
    chart.categoryAxis.categoryNames = [label if i % every == 0 else ""
                                        for i, (label, _) in enumerate(rows)]
    chart.categoryAxis.labels.fontName = fonts.latin
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(rows) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 8 else "n"
    top, step = _nice_max(max(c for _, c in rows))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    if len(rows) <= 24:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fonts.latin
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def month_series(dates: Sequence[date | None]) -> list[tuple[str, int]]:
    """Counts per calendar month from the first to the last dated incident, gaps as zero."""
    known = [d for d in dates if d is not None]
    if not known:
        return []
    counts = Counter(f"{d.year:04d}-{d.month:02d}" for d in known)
    first, last = min(known), max(known)
    series = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        key = f"{year:04d}-{month:02d}"
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
