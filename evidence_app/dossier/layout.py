"""Page furniture: paragraph styles, the stamp on every page, the document template.

Every page is stamped (DOMAIN.md, "Dossiers") with its ERN, the dossier id, the date, the
confidentiality marking and "Page n/N" ("N" is a late value, see :mod:`.late`).
:class:`DossierDoc` lays the story out in one pass, expanding :class:`~.late.Deferred`
sections as it reaches them. :class:`Ctx` is what every section builder receives.
User text is printed with :meth:`Styles.p` (the text engine, :func:`text.para`); the app's
own headings and notes with :meth:`Styles.fixed`.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
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
from evidence_app.dossier.custody_text import CustodyText
from evidence_app.dossier.fonts import FontSet, register_fonts
from evidence_app.dossier.late import INK, Deferred, DossierCanvas, LateText, Registry
from evidence_app.dossier.qr import Matrix
from evidence_app.dossier.qr import matrix as qr_matrix
from evidence_app.dossier.text import DossierParagraph, WrapOnceParagraph, one_line_width, para
from evidence_app.dossier.words import Words

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
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
    _frags: dict[int, tuple[ParagraphStyle, Any]] = field(default_factory=dict)

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
        if text.isascii():
            # No markup, no entities: the one fragment reportlab's XML parser would make (~75
            # µs a paragraph, 100,000 of them), cloned from a parse of "x" in this style.
            words = text.split()
            if words:
                frag = self._plain_frag(style).clone(text=" ".join(words), us_lines=[], link=[])
                return WrapOnceParagraph(text, style, frags=[frag])
        elif has_burmese(text):
            return self.p(text, style)
        return WrapOnceParagraph(escape(text), style)

    def _plain_frag(self, style: ParagraphStyle) -> Any:
        made = self._frags.get(id(style))
        if made is None or made[0] is not style:
            made = (style, Paragraph("x", style).frags[0])
            self._frags[id(style)] = made
        return made[1]

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
    """What is printed on every page, besides the page's own ERN and number.

    The labels and the marking are in the dossier's language; the ERN, the dossier id, the
    date and the page numbers stay in Latin letters and digits (court identifiers, and what
    a registry's tools read).
    """

    ern_prefix: str
    redacted: bool
    dossier_id: str
    date: str
    marking: str
    case_reference: str
    case_label: str = "Case"
    dossier_label: str = "Dossier"
    page_label: str = "Page"


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


class StampLine:
    """One fixed line of the page stamp, drawn on every page.

    English is drawn as a plain string, as reportlab's ``drawString`` does; text holding
    Burmese must be shaped, which only a paragraph does (NOTES.md), so it is made into one
    (:func:`text.para`: shaped, with its logical text for ``pdftotext``) once per dossier,
    and that paragraph is drawn on every page, its first baseline on the stamp's baseline.
    """

    def __init__(self, text: str, font: str, size: float, color: Any) -> None:
        self.text, self.font, self.size, self.color = text, font, size, color
        self.paragraph: DossierParagraph | None = None
        self.width = stringWidth(text, font, size)
        if has_burmese(text):
            style = ParagraphStyle("stamp", fontName=font, fontSize=size,
                                   leading=size * BURMESE_LEADING, textColor=color)
            self.paragraph = para(text, style)
            self.width = one_line_width(self.paragraph)

    def draw(self, canv: Canvas, x: float, baseline: float, align: str) -> None:
        """Draw at ``x`` (the left, centre or right end, per ``align``) on ``baseline``."""
        if self.paragraph is None:
            canv.setFillColor(self.color)
            canv.setFont(self.font, self.size)
            draw = {"left": canv.drawString, "right": canv.drawRightString,
                    "center": canv.drawCentredString}[align]
            draw(x, baseline, self.text)
            return
        left = {"left": x, "right": x - self.width, "center": x - self.width / 2}[align]
        p = self.paragraph
        p.drawOn(canv, left, baseline - p.height + p.style.fontSize)


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
        self._stamp_lines: dict[str, StampLine] | None = None

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
        lines = self._lines()
        lines["marking"].draw(canv, right, top - 11, "right")
        lines["dossier"].draw(canv, MARGIN_X, top, "left")
        if self._case_ref is None:  # the case reference is user text: through para()
            self._case_ref = self.styles.p(f"{stamp.case_label} {stamp.case_reference}",
                                          self.styles.small)
            self._case_ref.wrap(FRAME_WIDTH * 0.55, 30)
        case_ref = self._case_ref
        # First baseline 10 pt under the top line, whatever the leading (a Burmese one is
        # taller, and reportlab sets the first baseline one font size under the top).
        case_ref.drawOn(canv, MARGIN_X, top - 10 - case_ref.height + case_ref.style.fontSize)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 17, right, top - 17)
        bottom = 11 * mm
        canv.line(MARGIN_X, bottom + 10, right, bottom + 10)
        canv.setFillColor(MUTED)
        canv.setFont(fonts.latin, 8)
        canv.drawString(MARGIN_X, bottom, f"{stamp.dossier_id} · {stamp.date}")
        lines["marking"].draw(canv, PAGE_WIDTH / 2, bottom, "center")
        canv.setFillColor(INK)
        canv.setFont(fonts.latin, 8)
        total_width = stringWidth("0000", fonts.latin, 8)
        label = lines["page"]
        if label.paragraph is None:  # "Page 3/" in one string, as before
            canv.drawRightString(right - total_width, bottom, f"{stamp.page_label} {page}/")
        else:  # a shaped label, then the number: "စာမျက်နှာ 3/"
            number = f"{page}/"
            canv.drawRightString(right - total_width, bottom, number)
            label.draw(canv, right - total_width - stringWidth(f" {number}", fonts.latin, 8),
                       bottom, "right")
        canv.saveState()
        canv.translate(right - total_width, bottom)
        canv.doForm(self._total_form())
        canv.restoreState()
        canv.restoreState()

    def _lines(self) -> dict[str, StampLine]:
        """The stamp's fixed words, made once per dossier."""
        if self._stamp_lines is None:
            stamp, fonts = self.stamp, self.styles.fonts
            self._stamp_lines = {
                "marking": StampLine(stamp.marking, fonts.latin_bold, 8, MARK_RED),
                "dossier": StampLine(f"{stamp.dossier_label} {stamp.dossier_id}", fonts.latin,
                                     8, MUTED),
                "page": StampLine(stamp.page_label, fonts.latin, 8, INK),
            }
        return self._stamp_lines

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
    words: Words = field(default_factory=Words)
    qr: Callable[[str], Matrix] = qr_matrix  # a value's QR code (made ahead: qr.QrMatrices)

    @cached_property
    def custody(self) -> CustodyText:
        """Custody events' actions and details in the dossier's language."""
        return CustodyText(self.words)

    def translate(self, context: str, text: str) -> str:
        """The dossier's fixed ``text`` in the dossier's language (:mod:`.words`)."""
        return self.words.translate(context, text)

    def label(self, table: Mapping[str, str], code: str) -> str:
        """A stored code's label from one of :mod:`.describe`'s tables, translated."""
        return self.words.translate("describe", table.get(code, code))

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
