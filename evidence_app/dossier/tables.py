"""The two table shapes the dossier uses: label/value sheets and ruled grids.

Every cell holding user text is a :func:`text.para` paragraph (through :meth:`Styles.p`), so
Burmese in a cell is shaped, wraps between syllables at any column width, and extracts as
logical text. Text the app itself makes (labels, headers, numbers, dates, hashes, ERNs) is
marked :class:`Fixed`; when it is plain ASCII and fits its column it is drawn as a table
string, which costs a tenth of a paragraph: a 2,000-page dossier has some 100,000 such cells.
Tables split between rows across pages and repeat their header row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from evidence_app.dossier.late import INK
from evidence_app.dossier.layout import FRAME_WIDTH, MUTED, RULE, SHADE, Styles
from evidence_app.dossier.text import longest_phrase

PAD = 3.0


class Fixed(str):
    """Text made by the app, never by a user: may be drawn without the text engine."""

    __slots__ = ()


Cell: TypeAlias = str | Flowable | None


class WrapOnce(Flowable):  # type: ignore[misc]
    """A cell's paragraph, wrapped once per width.

    reportlab's Table wraps every cell flowable when it measures the rows and again when it
    draws them; for a paragraph that is a second line-breaking pass for nothing.
    """

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self._inner = inner
        self._width: float | None = None
        self._size = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._width != avail_width:
            self._size = self._inner.wrap(avail_width, avail_height)
            self._width = avail_width
        self.width, self.height = self._size
        return self._size

    def draw(self) -> None:
        # The table has already saved the state and moved to the cell: drawOn would do both
        # again (a q/cm/Q per cell for nothing). Only the inner flowable's own drawing is left.
        self._inner._drawOn(self.canv)

    def getSpaceBefore(self) -> float:
        return float(self._inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._inner.getSpaceAfter())


class OnceTable(Table):  # type: ignore[misc]
    """A reportlab Table that measures its rows once per width when it fits.

    Everything kept with the next flowable is wrapped twice (to measure the group, then to
    place each part): a table measured whole at a width is, at that width, the same table in
    any height that holds it. A table taller than the height offered is measured again, as
    reportlab stops measuring rows at the bottom of the frame (``longTableOptimize``).
    """

    _ev_wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._ev_wrapped
        if (memo is not None and memo[0] == availWidth and memo[1][1] <= availHeight
                and (self._width, self._height) == memo[1]):
            self.availWidth = availWidth
            return memo[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        whole = getattr(self, "_hmax", -1) == len(self._cellvalues)
        self._ev_wrapped = (availWidth, size) if whole else None
        return size


def _fits(value: str, style: ParagraphStyle, width: float) -> bool:
    return (value.isascii() and value.isprintable()
            and stringWidth(value, style.fontName, style.fontSize) <= width - 2 * PAD)


def _cell(styles: Styles, value: Cell, style: ParagraphStyle,
          width: float) -> Flowable | str | list[Flowable]:
    if value is None:
        return ""
    if isinstance(value, Fixed):
        return str(value) if _fits(value, style, width) else WrapOnce(styles.fixed(value, style))
    if isinstance(value, str):
        return WrapOnce(styles.p(value, style))
    return value


def _base_style(styles: Styles) -> list[tuple[object, ...]]:
    cell = styles.cell
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]


def sheet(styles: Styles, rows: Sequence[tuple[str, Cell | Sequence[Flowable]]], *,
          label_width: float = 118, width: float = FRAME_WIDTH) -> Table:
    """A two-column sheet: a muted label (the app's own text), then the value."""
    value_width = width - label_width
    data = []
    for label, value in rows:
        shown: Flowable | str | list[Flowable]
        if isinstance(value, list | tuple):
            shown = list(value)
        else:
            shown = _cell(styles, value, styles.cell, value_width)
        data.append([_cell(styles, Fixed(label), styles.label, label_width), shown])
    table = OnceTable(data, colWidths=[label_width, value_width], splitByRow=1, hAlign="LEFT")
    label = styles.label
    table.setStyle(TableStyle([
        *_base_style(styles),
        ("FONT", (0, 0), (0, -1), label.fontName, label.fontSize, label.leading),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    return table


MIN_DONOR_WIDTH = 40.0


def _phrase_width(styles: Styles, text: str, style: ParagraphStyle) -> float:
    return longest_phrase(styles.p(text, style)) + 2 * PAD


def fit_columns(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Cell]],
                widths: Sequence[float], *, bold_first: bool = False) -> list[float]:
    """Widen columns whose header or app-made text holds a word they would cut.

    Widths are chosen for English. A translated header or label can hold a longer word (the
    Burmese for "Age" or "Kind" is wider than those columns), which the text engine would
    then break between syllables, one or two to a line. Such a column gets the width of its
    widest word between spaces; the room is taken from the other columns in proportion to what
    they have beyond their own needs (at least 40 pt each), never from a column holding a
    flowable sized for it (a late ERN). Only text outside ASCII is measured: English tables
    keep their widths, and pay one type check per cell.
    """
    needs = [0.0] * len(widths)
    for i, text in enumerate(header):
        if not text.isascii():
            needs[i] = _phrase_width(styles, text, styles.cell_bold)
    sized: set[int] = set()  # columns holding a flowable of its own width (a late ERN)
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, Fixed):
                if not value.isascii():
                    style = styles.cell_bold if bold_first and i == 0 else styles.cell
                    needs[i] = max(needs[i], _phrase_width(styles, value, style))
            elif value is not None and not isinstance(value, str):
                sized.add(i)
    short = {i: need - w for i, (need, w) in enumerate(zip(needs, widths, strict=True))
             if need > w}
    if not short:
        return list(widths)
    spare = {i: max(0.0, w - max(needs[i], MIN_DONOR_WIDTH))
             for i, w in enumerate(widths) if i not in short and i not in sized}
    room = sum(spare.values())
    if room <= 0:
        return list(widths)
    given = min(1.0, room / sum(short.values()))  # share of each shortfall that can be met
    taken = sum(short.values()) * given / room  # share of each column's spare that is taken
    return [w + short[i] * given if i in short else w - spare.get(i, 0.0) * taken
            for i, w in enumerate(widths)]


def grid(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Cell]],
         widths: Sequence[float], *, bold_first: bool = False) -> Table:
    """A ruled grid with a shaded header row that repeats on every page it spans.

    ``widths`` are for English; :func:`fit_columns` widens what a translation needs.
    """
    scale = FRAME_WIDTH / sum(widths) if sum(widths) > FRAME_WIDTH else 1.0
    widths = fit_columns(styles, header, rows, [w * scale for w in widths],
                         bold_first=bold_first)
    bold = styles.cell_bold
    data: list[list[Flowable | str | list[Flowable]]] = [
        [_cell(styles, Fixed(h), bold, w) for h, w in zip(header, widths, strict=True)]]
    for row in rows:
        data.append([_cell(styles, value, bold if bold_first and i == 0 else styles.cell,
                           widths[i]) for i, value in enumerate(row)])
    table = OnceTable(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
    commands = [
        *_base_style(styles),
        ("FONT", (0, 0), (-1, 0), bold.fontName, bold.fontSize, bold.leading),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if bold_first:
        commands.append(("FONT", (0, 1), (0, -1), bold.fontName, bold.fontSize, bold.leading))
    table.setStyle(TableStyle(commands))
    return table
