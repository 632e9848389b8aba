"""The summary's charts: counts by violation type, by state/region and by month.

Drawn with ``reportlab.graphics`` as vector drawings; the same counts are printed as tables
beside each chart, so nothing is only in a picture. Labels are taxonomy names, place names and
months. ``reportlab.graphics`` draws plain strings, which cannot shape Burmese (NOTES.md), so
when a bar chart's labels hold Burmese the chart is drawn without them and each label is drawn
beside its bar as a shaped paragraph (:class:`LabelledChart`), which ``pdftotext`` also reads
back; English labels stay plain strings. Counts and months stay in Latin digits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evidence_app.dossier.burmese import has_burmese
from evidence_app.dossier.fonts import register_fonts
from evidence_app.dossier.text import DossierParagraph, one_line_width, para

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


LABEL_SIZE = 7.5
MIN_LABEL_SIZE = 5.5
BURMESE_LEADING = 1.9


class LabelledChart(Flowable):  # type: ignore[misc]
    """A chart drawing, then its shaped labels: ``(paragraph, width, right end, baseline)``."""

    def __init__(self, drawing: Drawing,
                 labels: Sequence[tuple[DossierParagraph, float, float, float]]) -> None:
        super().__init__()
        self.drawing, self.labels = drawing, list(labels)
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)
        for paragraph, width, right, baseline in self.labels:
            paragraph.drawOn(self.canv, right - width,
                             baseline - paragraph.height + paragraph.style.fontSize)


def _shaped_label(text: str, font: str, room: float) -> tuple[DossierParagraph, float]:
    """``text`` on one line, in a smaller size if it needs to be to fit ``room``."""
    size = LABEL_SIZE
    while True:
        style = ParagraphStyle(f"chart-{size}", fontName=font, fontSize=size,
                               leading=size * BURMESE_LEADING)
        paragraph = para(text, style)
        width = one_line_width(paragraph)
        if width <= room or size <= MIN_LABEL_SIZE:
            return paragraph, width
        size = max(MIN_LABEL_SIZE, min(size - 0.1, round(size * room / width, 1)))


def horizontal_bars(title: str, counts: Sequence[tuple[str, int]], width: float, *,
                    empty: str = "none") -> Flowable:
    """A horizontal bar chart, one bar per ``(label, count)``, top to bottom as given;
    ``empty`` labels the one empty bar shown when there is nothing to count."""
    fonts = register_fonts()
    rows = list(counts) or [(empty, 0)]
    shaped = any(has_burmese(label) for label, _ in rows)
    bar_height = 12 if len(rows) <= 16 else 8
    plot_height = bar_height * len(rows) * 1.4
    label_width = min(215.0, width * 0.45)
    shaped_labels: list[tuple[DossierParagraph, float]] = []
    if shaped:  # shaped labels are not clipped: room for the longest, up to 60% of the width
        natural = [_shaped_label(label, fonts.latin, width) for label, _ in reversed(rows)]
        label_width = max(label_width, min(width * 0.6, max(w for _, w in natural) + 8))
        shaped_labels = [pair if pair[1] <= label_width - 8
                         else _shaped_label(label, fonts.latin, label_width - 8)
                         for pair, (label, _) in zip(natural, reversed(rows), strict=True)]
    height = plot_height + 38
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=fonts.latin_bold, fontSize=9.5))
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 24, plot_height
    # reportlab draws the first category at the bottom: reverse so the list reads downwards.
    chart.data = [[count for _, count in reversed(rows)]]
    chart.categoryAxis.categoryNames = ["" if shaped else _clip(label, 48)
                                        for label, _ in reversed(rows)]
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
    if not shaped:
        return drawing
    row_height = plot_height / len(rows)
    labels = []
    for index, (paragraph, text_width) in enumerate(shaped_labels):  # bottom bar first
        middle = chart.y + (index + 0.5) * row_height
        labels.append((paragraph, text_width, chart.x - 7,  # clear of the ticks
                       middle - paragraph.style.fontSize * 0.35))
    return LabelledChart(drawing, labels)


def month_bars(title: str, months: Sequence[tuple[str, int]], width: float, *,
               empty: str = "none") -> Drawing:
    """A vertical bar chart of counts per month (``("2023-11", 4)``), oldest first; ``empty``
    labels the empty bar shown when no incident is dated (left blank if it needs shaping)."""
    fonts = register_fonts()
    rows = list(months) or [("" if has_burmese(empty) else empty, 0)]
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
