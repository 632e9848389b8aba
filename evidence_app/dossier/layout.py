"""Page furniture and forward references: styles, the page stamp, and one-pass numbering.

Every page is stamped (DOMAIN.md, "Dossiers") with its ERN, the dossier id, the date, the
confidentiality marking and "Page n/N". The table of contents and each exhibit sheet print
page numbers and ERN ranges that are only known once later pages are laid out. Instead of
laying the whole dossier out two or three times (reportlab's ``multiBuild``), which would cost
two or three times as long for a 2,000-page dossier, such values are drawn as PDF form
XObjects that are *used* where they appear and *defined* when the canvas is saved, once every
page number is known: one layout pass. They hold only numbers and ERNs, never user text, so the
plain Latin font is enough; every piece of user text goes through :func:`text.para`.

:class:`Registry` collects what the pass learns (the page of each anchor, the page count);
:class:`Anchor` records a page, a PDF destination and an outline entry, and reports progress
(and honours cancellation) as the layout goes; :class:`LateText` is a box whose text is
resolved at the end; :class:`DossierCanvas` defines those boxes on save.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from evidence_app.dossier.burmese import has_burmese
from evidence_app.dossier.content import DossierContent, PreviewFn
from evidence_app.dossier.fonts import FontSet, register_fonts
from evidence_app.dossier.text import DossierParagraph, para
from evidence_app.progress import CancelToken

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#f1f1ee")
MARK_RED = colors.HexColor("#a10d0d")
BURMESE_LEADING = 1.9  # stacked consonants reach far above and below the Latin line
PARAGRAPH_CACHE = 4096


@dataclass
class Styles:
    """The dossier's paragraph styles. :meth:`p` picks a Burmese-leading variant as needed."""

    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    hash: ParagraphStyle
    code: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    centered: ParagraphStyle
    _burmese: dict[str, ParagraphStyle] = field(default_factory=dict)
    _made: OrderedDict[tuple[str, str], DossierParagraph] = field(default_factory=OrderedDict)

    def p(self, text: str, style: ParagraphStyle | None = None) -> DossierParagraph:
        """A paragraph of untrusted plain ``text``, with room for Burmese stacks if needed.

        A dossier prints the same strings many times (an alias on every custody line, a
        description in the index, the incident and the sheet); segmenting and shaping is most
        of a paragraph's cost, so each distinct (text, style) is made once by :func:`para` and
        later uses get a shallow copy of that never-laid-out prototype.
        """
        style = style or self.body
        key = (text, style.name)
        prototype = self._made.get(key)
        if prototype is None:
            if has_burmese(text):
                style = self._burmese_variant(style)
            prototype = para(text, style)
            self._made[key] = prototype
            if len(self._made) > PARAGRAPH_CACHE:
                self._made.popitem(last=False)
        else:
            self._made.move_to_end(key)
        return copy.copy(prototype)

    def fixed(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        """The app's own text (headings, notes, commands): a plain reportlab paragraph.

        Never for user text. English without Burmese needs no shaping, no syllable breaks and
        no ActualText, and a plain paragraph costs a fifth of :func:`para`; anything holding
        Burmese still goes through :meth:`p`.
        """
        style = style or self.body
        if has_burmese(text):
            return self.p(text, style)
        return Paragraph(escape(text), style)

    def _burmese_variant(self, style: ParagraphStyle) -> ParagraphStyle:
        variant = self._burmese.get(style.name)
        if variant is None:
            variant = copy.copy(style)
            variant.name = style.name + "-my"
            variant.leading = max(style.leading, style.fontSize * BURMESE_LEADING)
            self._burmese[style.name] = variant
        return variant


def make_styles() -> Styles:
    fonts = register_fonts()
    regular, bold = fonts.latin, fonts.latin_bold

    def style(name: str, size: float, leading: float, *, font: str = regular,
              color: Any = INK, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                              textColor=color, **extra)

    return Styles(
        fonts=fonts,
        body=style("body", 9.5, 13.5, spaceAfter=4),
        small=style("small", 8, 11, color=MUTED),
        cell=style("cell", 8.5, 11.5),
        cell_bold=style("cell-bold", 8.5, 11.5, font=bold),
        label=style("label", 8, 11.5, font=bold, color=MUTED, keepWithNext=1),
        hash=style("hash", 8, 11),
        code=style("code", 8.5, 12, backColor=SHADE, borderPadding=(3, 4, 3, 4),
                   leftIndent=4, rightIndent=4, spaceBefore=3, spaceAfter=6),
        h1=style("h1", 16, 21, font=bold, spaceBefore=2, spaceAfter=8, keepWithNext=1),
        h2=style("h2", 12.5, 17, font=bold, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=style("h3", 10.5, 14, font=bold, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        title=style("title", 22, 30, font=bold, alignment=TA_CENTER, spaceAfter=6),
        subtitle=style("subtitle", 12, 17, alignment=TA_CENTER, spaceAfter=4),
        centered=style("centered", 9.5, 13.5, alignment=TA_CENTER),
    )


@dataclass
class PageStamp:
    """What is printed on every page, besides the page's own ERN and number."""

    ern_prefix: str
    redacted: bool
    dossier_id: str
    date: str
    marking: str
    case_reference: str


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


def ern_range(registry: Registry, stamp: PageStamp, first_key: str, last_key: str) -> str:
    """``MMR-EA-0001-0042 – 0044`` for a span of anchors (resolved late): the prefix is
    written once, as registries abbreviate page ranges."""
    from evidence_app.dossier.numbering import page_ern

    first, last = registry.page_of(first_key), registry.page_of(last_key)
    if first is None:
        return "-"
    start = page_ern(stamp.ern_prefix, first, redacted=stamp.redacted)
    if last is None or last == first:
        return start
    end = page_ern(stamp.ern_prefix, last, redacted=stamp.redacted)
    return f"{start} – {end.removeprefix(stamp.ern_prefix + '-')}"


class DossierDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages, one frame, every page stamped with ERN, id, date, marking and n/N."""

    def __init__(self, stream: Any, stamp: PageStamp, registry: Registry, styles: Styles,
                 *, title: str, author: str, subject: str) -> None:
        super().__init__(stream, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                         author=author, subject=subject, creator="Evidence App",
                         producer="Evidence App (reportlab)", invariant=False,
                         pageCompression=1)
        self.stamp, self.registry, self.styles = stamp, registry, styles
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                      PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._stamp)])
        self._case_ref: DossierParagraph | None = None

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """reportlab's hook before each flowable: expand :class:`Deferred` placeholders."""
        while flowables and isinstance(flowables[0], Deferred):
            flowables[0:1] = flowables[0].make()

    def build_story(self, story: list[Flowable]) -> None:
        registry = self.registry

        def canvasmaker(*args: Any, **kwargs: Any) -> DossierCanvas:
            return DossierCanvas(*args, registry=registry, **kwargs)

        self.build(story, canvasmaker=canvasmaker)

    def _stamp(self, canv: Canvas, doc: Any) -> None:
        from evidence_app.dossier.numbering import page_ern

        stamp, fonts = self.stamp, self.styles.fonts
        page = canv.getPageNumber()
        self.registry.pages = max(self.registry.pages, page)
        top = PAGE_HEIGHT - 12 * mm
        right = PAGE_WIDTH - MARGIN_X
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(fonts.latin_bold, 11)
        canv.drawRightString(right, top, page_ern(stamp.ern_prefix, page,
                                                  redacted=stamp.redacted))
        canv.setFillColor(MARK_RED)
        canv.setFont(fonts.latin_bold, 8)
        canv.drawRightString(right, top - 11, stamp.marking)
        canv.setFillColor(MUTED)
        canv.setFont(fonts.latin, 8)
        canv.drawString(MARGIN_X, top, f"Dossier {stamp.dossier_id}")
        if self._case_ref is None:  # the case reference is user text: through para()
            self._case_ref = self.styles.p(f"Case {stamp.case_reference}", self.styles.small)
            self._case_ref.wrap(FRAME_WIDTH * 0.55, 30)
        self._case_ref.drawOn(canv, MARGIN_X, top - 13)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 17, right, top - 17)
        bottom = 11 * mm
        canv.line(MARGIN_X, bottom + 10, right, bottom + 10)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, bottom, f"{stamp.dossier_id} · {stamp.date}")
        canv.setFillColor(MARK_RED)
        canv.setFont(fonts.latin_bold, 8)
        canv.drawCentredString(PAGE_WIDTH / 2, bottom, stamp.marking)
        canv.setFillColor(INK)
        canv.setFont(fonts.latin, 8)
        total_width = stringWidth("0000", fonts.latin, 8)
        canv.drawRightString(right - total_width, bottom, f"Page {page}/")
        canv.saveState()
        canv.translate(right - total_width, bottom)
        canv.doForm(self._total_form())
        canv.restoreState()
        canv.restoreState()

    def _total_form(self) -> str:
        name = getattr(self, "_total_name", None)
        if name is None:
            name = self.registry.late(lambda r: str(r.pages), 0, 8, self.styles.fonts.latin,
                                      "left")
            self._total_name = name
        return name


@dataclass
class Ctx:
    """Everything a section builder needs: the content, styles, registry and page stamp."""

    content: DossierContent
    styles: Styles
    registry: Registry
    stamp: PageStamp
    preview: PreviewFn

    def ern_range(self, first_key: str, last_key: str) -> Callable[[Registry], str]:
        """A late resolver for the ERN span between two anchors."""
        return lambda registry: ern_range(registry, self.stamp, first_key, last_key)

    def late_ern(self, first_key: str, last_key: str, width: float, *, size: float = 8,
                 align: str = "left", link: bool = True) -> LateText:
        return LateText(self.registry, self.ern_range(first_key, last_key), width, size=size,
                        align=align, link=first_key if link else None)

    def late_page(self, key: str, width: float = 28, *, size: float = 8.5) -> LateText:
        return LateText(self.registry, lambda r: str(r.page_of(key) or "-"), width, size=size,
                        align="right", link=key)


def exhibit_keys(item_id: str) -> tuple[str, str]:
    """The anchors at the first and last page of an exhibit sheet."""
    return f"exhibit:{item_id}:start", f"exhibit:{item_id}:end"


def incident_key(incident_id: str) -> str:
    return f"incident:{incident_id}"
