"""Forward references in one layout pass: anchors, late values, deferred sections.

The table of contents and each exhibit sheet print page numbers and ERN ranges that are only
known once later pages are laid out, and every page prints the page count. Instead of laying
a 2,000-page dossier out two or three times (reportlab's ``multiBuild``), such values are PDF
form XObjects *used* where they appear and *defined* when the canvas is saved, once every page
number is known. They hold only numbers and ERNs, never user text, so the plain Latin font is
enough.

:class:`Registry` collects what the pass learns (the page of each anchor, the page count);
:class:`Anchor` records a page, a PDF destination and an outline entry, and reports progress
(and honours cancellation) as the layout goes; :class:`LateText` is a box whose text is
resolved at the end; :class:`DossierCanvas` defines those boxes on save; :class:`Deferred`
holds a section that is made only when the layout reaches it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from evidence_app.dossier.fonts import register_fonts
from evidence_app.progress import CancelToken

INK = colors.HexColor("#1a1a1a")


class Registry:
    """What one layout pass learns, and the late values it must define at the end."""

    def __init__(self, *, on_tick: Callable[[str], None] | None = None,
                 cancel: CancelToken | None = None) -> None:
        self.anchors: dict[str, int] = {}
        self.pages = 0
        self._late: dict[str, tuple[Callable[[Registry], str], float, float, str, str]] = {}
        self._on_tick = on_tick
        self._cancel = cancel

    def tick(self, label: str) -> None:
        if self._cancel is not None:
            self._cancel.check()
        if self._on_tick is not None:
            self._on_tick(label)

    def late(self, resolve: Callable[[Registry], str], width: float, size: float,
             font: str, align: str) -> str:
        """Register a late value; return the form name to draw where it belongs."""
        name = f"Late{len(self._late)}"
        self._late[name] = (resolve, width, size, font, align)
        return name

    def page_of(self, key: str) -> int | None:
        return self.anchors.get(key)

    def define_late_forms(self, canvas: Canvas) -> None:
        for name, (resolve, width, size, font, align) in self._late.items():
            text = resolve(self)
            text_width = stringWidth(text, font, size)
            if text_width > width > 0:  # shrink rather than overflow a table cell
                size = size * width / text_width
                text_width = width
            canvas.beginForm(name, 0, -size, max(width, text_width) + 1, size * 1.5)
            canvas.setFont(font, size)
            canvas.setFillColor(INK)
            x = {"right": width - text_width, "center": (width - text_width) / 2}.get(align, 0)
            canvas.drawString(x, 0, text)
            canvas.endForm()


class DossierCanvas(Canvas):  # type: ignore[misc]
    """A canvas that defines the registry's late values just before the file is written."""

    def __init__(self, *args: Any, registry: Registry, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._registry = registry

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._registry.define_late_forms(self)
        super().save()


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size mark: records its page, and optionally a destination, outline entry, tick."""

    def __init__(self, registry: Registry, key: str, *, outline: str | None = None,
                 level: int = 0, closed: bool = False, tick: str | None = None) -> None:
        super().__init__()
        self.registry, self.key, self.outline = registry, key, outline
        self.level, self.closed, self.tick = level, closed, tick
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        self.registry.anchors.setdefault(self.key, canv.getPageNumber())
        canv.bookmarkHorizontal(self.key, 0, 12)
        if self.outline is not None:
            canv.addOutlineEntry(self.outline, self.key, self.level, self.closed)
        if self.tick is not None:
            self.registry.tick(self.tick)


class Deferred(Flowable):  # type: ignore[misc]
    """A placeholder for a section's flowables, made only when the layout reaches it.

    A 2,500-page dossier holds some 50,000 paragraphs; made up front they would all sit in
    memory at once (900 MiB measured). :class:`DossierDoc` expands a placeholder when it is
    next in line, and drawn flowables are dropped, so memory follows the page, not the book.
    """

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        raise RuntimeError("a Deferred flowable must be expanded by DossierDoc")


class LateText(Flowable):  # type: ignore[misc]
    """A one-line box whose text (a number, an ERN) is known only after the layout pass."""

    def __init__(self, registry: Registry, resolve: Callable[[Registry], str], width: float,
                 *, size: float = 8.5, font: str | None = None, align: str = "left",
                 link: str | None = None) -> None:
        super().__init__()
        font = font or register_fonts().latin
        self.width, self.height = width, size * 1.35
        self._form = registry.late(resolve, width, size, font, align)
        self._size, self._link = size, link

    @property
    def baseline_offset(self) -> float:
        """How far above the box's bottom the text's baseline is."""
        return self._size * 0.3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(0, self.baseline_offset)
        self.canv.doForm(self._form)
        self.canv.restoreState()
        if self._link:
            self.canv.linkRect("", self._link, (0, 0, self.width, self.height), relative=1,
                               thickness=0)
