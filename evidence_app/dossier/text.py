"""Untrusted plain text, Burmese and English mixed, as reportlab paragraphs done right.

:func:`para` is the one way dossier code should put text on a page. It never interprets the
text as markup, sets Burmese in Noto Sans Myanmar and everything else in Noto Sans (reportlab
has no font fallback), shapes every run with HarfBuzz, lets lines break between Burmese
syllables as well as at spaces (Burmese has no spaces between words), and marks every drawn line
with its logical text so that copy-paste and ``pdftotext`` give back what the witness said,
not glyphs in visual order.

How, since reportlab offers none of this as such (reportlab 5.1; details in the comments):

* Line breaking. reportlab breaks lines only between "frag words", which it makes by
  splitting text on whitespace; a zero-width space is not whitespace to it, and markup cannot
  express a break point that takes no room. But a Paragraph also accepts pre-built frag words
  (``frags=[[width, (frag, text), ...], ...]``, the form it uses itself for the second half of
  a split paragraph), where a word that is an ``_HSFrag`` is followed by a space and any other
  word is glued to the next one *but may still end a line there*. :class:`DossierParagraph`
  builds one frag word per unbreakable unit: a Burmese syllable (with a following ``၊``/``။``),
  an English word, a number. Words too wide for the column (a SHA-256 in a narrow cell) are cut
  into characters at wrap time, like reportlab's ``splitLongWords`` would, but never inside a
  Burmese syllable.
* Shaping. Each single-font run of a word is shaped with ``reportlab.pdfbase.ttfonts.
  shapeFragWord`` (HarfBuzz) when the paragraph is built. We do it ourselves because reportlab
  shapes a whole frag word with the font of its first run: in a word such as ``(မြန်မာ)``,
  whose brackets are in the Latin font, the Burmese comes out as boxes.
* Extraction. Shaped glyphs carry no Unicode order, so ``DossierParagraph`` draws through a text
  object that wraps every line in ``/Span <</ActualText <FEFF...>>> BDC ... EMC`` (PDF 32000-1,
  14.9.4) holding the line's logical text, hex-encoded (no escaping of user text needed).

Speed (bench/bench_dossier.py, docs/dossier.md): a 2,435-page dossier builds ~9,000
paragraphs and ~125,000 words. Shaping is cached per (font, size, run), and runs of hash, id,
date and time characters that the font leaves unshaped skip HarfBuzz (``_INERT``); units and
font runs are cached per text; ASCII text with zero-width break points skips the Burmese
segmenter. Each shortcut is property-tested equal to the full path
(tests/dossier/test_text_fast_paths.py).

Whitespace runs (including newlines) collapse to one space, as in any reportlab paragraph;
split paragraphs yourself. Zero-width spaces become break points and are not drawn; other
control characters are dropped; no-break spaces do not break. For Burmese set the style's
``leading`` to about 1.9 x ``fontSize``: stacked consonants and medials reach well above and
below the Latin line. ``TA_JUSTIFY`` spreads a line's slack over its real spaces only, so
Burmese lines, which have few, stay close to ragged-right.

Public API: :func:`para`, :class:`DossierParagraph`, :func:`plain_text_for_extraction` (the
text a paragraph carries), :func:`escape_and_runs` (markup with font runs, for places that
need a markup string; it cannot carry Burmese break points).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord, shapeFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import Paragraph, _HSFrag
from reportlab.platypus.paraparser import ParaParser

from evidence_app.dossier.burmese import (
    NO_BREAK_SPACES,
    ZWSP,
    break_opportunities,
    has_burmese,
    is_burmese,
    joins_previous,
)
from evidence_app.dossier.fonts import FontSet, register_fonts

__all__ = ["DossierParagraph", "escape_and_runs", "longest_phrase", "one_line_width", "para",
           "plain_text_for_extraction"]


# --- plain text -> units ----------------------------------------------------------------------


# ASCII control characters that are not whitespace (str.isspace), dropped by _clean.
_ASCII_CONTROLS = {i: None for i in (*range(32), 127) if not chr(i).isspace()}


def _clean(text: str) -> str:
    """Drop control characters (they would print as boxes) and replace lone surrogates."""
    if text.isascii():  # fast path: most hashes, labels and English text
        return text.translate(_ASCII_CONTROLS)
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" and not ch.isspace():
            continue
        out.append("\ufffd" if category == "Cs" else ch)
    return "".join(out)


def _is_breaking_space(ch: str) -> bool:
    return ch == ZWSP or (ch.isspace() and ch not in NO_BREAK_SPACES)


@lru_cache(maxsize=4096)
def _units(text: str) -> tuple[tuple[str, bool], ...]:
    """Split text into unbreakable units: ``(text, followed_by_a_space)``.

    Cached: a dossier repeats many texts (labels, places, names, fixed Burmese texts), and
    segmenting a Burmese paragraph costs ~1 ms.
    """
    text = _clean(text).strip()  # str.strip() also strips no-break spaces at the ends
    if text.isascii():
        # No Burmese, no no-break or zero-width spaces: lines break at whitespace only, which
        # is what break_opportunities would find (tested), at a fraction of the cost.
        words = text.split()
        return tuple((word, i < len(words) - 1) for i, word in enumerate(words))
    if ZWSP in text and text.replace(ZWSP, "").isascii():
        # ASCII with zero-width spaces offered as break points (hashes in custody rows,
        # describe.breakable): the same rule with those as breaks that print no space (tested).
        return tuple(_units_ascii_zwsp(text))
    return tuple(_units_general(text))


_ASCII_SEPARATORS = re.compile("([\\s\u200b]+)")


def _units_ascii_zwsp(text: str) -> list[tuple[str, bool]]:
    """:func:`_units` for stripped ASCII text with zero-width spaces in it."""
    parts = _ASCII_SEPARATORS.split(text)  # word, separator, word, ..., word
    units = [(word, any(ch != ZWSP for ch in separator))
             for word, separator in zip(parts[::2], [*parts[1::2], ""], strict=True) if word]
    if units:
        units[-1] = (units[-1][0], False)
    return units


def _units_general(text: str) -> list[tuple[str, bool]]:
    """:func:`_units` for any cleaned, stripped text, from the Burmese break rules."""
    bounds = [0, *break_opportunities(text), len(text)]
    units: list[tuple[str, bool]] = []
    for start, end in pairwise(bounds):
        piece = text[start:end]
        body_end = len(piece)
        while body_end and _is_breaking_space(piece[body_end - 1]):
            body_end -= 1
        if body_end:
            trailing = piece[body_end:]
            units.append((_collapse_spaces(piece[:body_end]),
                          any(ch != ZWSP for ch in trailing)))
    if units:
        units[-1] = (units[-1][0], False)
    return units


# Any whitespace (re's \s is str.isspace()) or a zero-width space: a superset of what
# _is_breaking_space accepts, so a unit without a match has nothing to fold.
_BREAKING_SPACE = re.compile("[\\s\u200b]")


def _collapse_spaces(unit: str) -> str:
    """Fold whitespace runs left inside a unit into one space.

    A unit holds inner whitespace only in degenerate text, e.g. a combining mark typed after a
    space ("a  ိ"): the mark keeps the space in its unit, and the run must still print once.
    """
    if _BREAKING_SPACE.search(unit) is None:  # the usual unit: nothing to fold
        return unit
    out: list[str] = []
    for ch in unit:
        if _is_breaking_space(ch) and out and _is_breaking_space(out[-1]):
            continue
        out.append(" " if _is_breaking_space(ch) and ch != ZWSP else ch)
    return "".join(out)


@lru_cache(maxsize=32768)
def _runs(text: str) -> tuple[tuple[str, bool], ...]:
    """Split text into font runs: ``(text, is_burmese)``. Marks and joiners stay put.

    Cached: it is called per unit (a syllable, a word), and units repeat a lot.
    """
    runs: list[tuple[str, bool]] = []
    for ch in text:
        burmese = is_burmese(ch)
        if runs and (joins_previous(ch) or runs[-1][1] == burmese):
            runs[-1] = (runs[-1][0] + ch, runs[-1][1])
        else:
            runs.append((ch, burmese))
    return tuple(runs)


def plain_text_for_extraction(text: str) -> str:
    """Return the logical text that :func:`para` puts in the PDF for ``text``.

    Whitespace collapsed to single spaces, leading and trailing whitespace, zero-width spaces
    and control characters removed. This is what ``pdftotext`` returns for the paragraph,
    give or take line ends, and what :meth:`DossierParagraph.getPlainText` returns.
    """
    return "".join(unit + (" " if space else "") for unit, space in _units(text))


def escape_and_runs(text: str, fonts: FontSet | None = None, *, bold: bool = False) -> str:
    """Return reportlab paragraph markup that prints untrusted ``text`` literally.

    The text is XML-escaped (``<b>`` prints as ``<b>``) and cut into ``<font name=...>`` runs:
    Burmese in the Myanmar font, the rest in the Latin font. Markup has no way to offer a line
    break between Burmese syllables, so a long Burmese run in such a paragraph is cut
    anywhere: use it only for text that fits on one line, and use :func:`para` for the rest.
    """
    fonts = fonts or register_fonts()
    latin, myanmar = fonts.pair(bold=bold)
    return "".join(
        f'<font name="{myanmar if burmese else latin}">{escape(run)}</font>'
        for run, burmese in _runs(_clean(text))
    )


# --- units -> shaped frag words -----------------------------------------------------------------


class _HSShapedFragWord(_HSFrag, ShapedFragWord):  # type: ignore[misc]
    """A shaped frag word followed by a space (reportlab's ``_HSFrag`` marks the space)."""


# A frag word is reportlab's ``[width, (frag, text), (frag, text), ...]`` list.
_FragWord = list[Any]


@lru_cache(maxsize=32768)
def _shape(font_name: str, font_size: float, font_id: int, run: str) -> tuple[float, str]:
    """Shape one single-font run; return its advance width and glyph string.

    ``font_id`` (the registered font object's id) keeps a re-registered font from reusing
    stale glyph strings. Burmese syllables repeat a lot, so the cache saves most HarfBuzz calls.
    """
    del font_id
    frag = _ShapingFrag(font_name, font_size)
    width = pdfmetrics.stringWidth(run, font_name, font_size)
    shaped = shapeFragWord([width, (frag, run)])
    return float(shaped[0]), shaped[1][1]


# Hashes, ids, dates and times are the commonest runs in a dossier and are almost all unique
# (a SHA-256 per exhibit, a UUID per custody event), so the cache above cannot help them. In
# Noto Sans none of these characters kerns with or ligates into another, except "ff" (checked
# for every pair by _inert_in, once per font): HarfBuzz leaves such a run unchanged and
# ``shapeFragWord`` hands back the word as it was, so its width and text are used directly.
_INERT = frozenset("0123456789abcdef-:")


@lru_cache(maxsize=16)
def _inert_in(font_name: str, font_id: int) -> bool:
    """Whether shaping leaves every run of :data:`_INERT` characters without "ff" unchanged.

    Shapes every ordered pair of them (but "ff"), each followed by an inert "0", in one run.
    """
    del font_id  # part of the cache key only, as for _shape
    chars = sorted(_INERT)
    probe = "".join(a + b + "0" for a in chars for b in chars if a + b != "ff")
    width = pdfmetrics.stringWidth(probe, font_name, 10)
    shaped = shapeFragWord([width, (_ShapingFrag(font_name, 10), probe)])
    return len(shaped) == 2 and shaped[1][1] == probe and shaped[0] == width


def _is_inert(run: str, font_name: str, font_id: int) -> bool:
    return _INERT.issuperset(run) and "ff" not in run and _inert_in(font_name, font_id)


class _ShapingFrag:
    """The two attributes ``shapeFragWord`` reads from a frag."""

    __slots__ = ("fontName", "fontSize")

    def __init__(self, font_name: str, font_size: float) -> None:
        self.fontName = font_name
        self.fontSize = font_size


def _make_word(pieces: Sequence[tuple[Any, str]], space_after: bool) -> _FragWord:
    """Build a shaped frag word from ``(template frag, logical run text)`` pieces."""
    word: _FragWord = [0.0]
    for template, run in pieces:
        frag = template.clone(text=run)
        frag._ev_text = run  # the logical text, for ActualText and getPlainText
        font = pdfmetrics.getFont(frag.fontName)
        if _is_inert(run, frag.fontName, id(font)):  # what shaping would give, without it
            width, glyphs = pdfmetrics.stringWidth(run, frag.fontName, frag.fontSize), run
        else:
            width, glyphs = _shape(frag.fontName, frag.fontSize, id(font), run)
        word[0] += width
        word.append((frag, glyphs))
    return (_HSShapedFragWord if space_after else ShapedFragWord)(word)


def _word_text(word: _FragWord) -> str:
    return "".join(frag._ev_text for frag, _ in word[1:])


def _words_text(words: Sequence[_FragWord]) -> str:
    """The logical text of consecutive words, without a trailing space."""
    return "".join(
        _word_text(word) + (" " if isinstance(word, _HSFrag) else "") for word in words
    ).rstrip(" ")


_HYPHENS = frozenset("-\u2010")


def _graphemes(run: str) -> list[str]:
    """Cut a non-Burmese run into characters, keeping combining marks on their base.

    A hyphen is kept with the character after it, so that a cut line never ends in one:
    ``pdftotext`` (poppler) takes a line-final hyphen for hyphenation and drops it, which
    would turn a case number such as ``EA-2023-0142`` into ``EA-20230142``.
    """
    out: list[str] = []
    for ch in run:
        if out and (joins_previous(ch) or out[-1][-1] in _HYPHENS):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _cut_word(word: _FragWord) -> list[_FragWord]:
    """Cut a word too wide for the column into one word per character (or Burmese syllable)."""
    pieces: list[tuple[Any, str]] = []
    for frag, _ in word[1:]:
        run = frag._ev_text
        # A Burmese run inside a unit is one syllable (plus ၊/။): it is never cut.
        parts = [run] if has_burmese(run) else _graphemes(run)
        pieces.extend((frag, part) for part in parts)
    last = len(pieces) - 1
    space_after = isinstance(word, _HSFrag)
    return [_make_word([piece], space_after and i == last) for i, piece in enumerate(pieces)]


def _fit_words(words: Sequence[_FragWord], max_width: float) -> list[_FragWord]:
    fitted: list[_FragWord] = []
    for word in words:
        if word[0] > max_width and (len(word) > 2 or len(word[1][0]._ev_text) > 1):
            fitted.extend(_cut_word(word))
        else:
            fitted.append(word)
    return fitted


# --- the paragraph ------------------------------------------------------------------------------


def _span_operator(text: str) -> str:
    """``BDC`` operator opening a span whose ActualText is ``text`` (UTF-16BE with BOM, hex)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class _ActualTextObject(PDFTextObject):  # type: ignore[misc]
    """A text object that wraps each paragraph line in an ActualText marked-content span.

    reportlab's ``Paragraph.drawPara`` draws every line of a multi-fragment paragraph through
    ``_putFragLine``, which calls ``_textOut`` once per fragment and passes ``TStar=1`` for the
    line's last one (the ``T*`` that moves to the next line). So a span opens before a line's
    first ``_textOut`` and closes after the one with ``TStar``. Marked content nested inside
    ``BT``/``ET`` is allowed as long as it closes inside the same text object.
    """

    def __init__(self, canvas: Any, x: float, y: float, lines: Sequence[str]) -> None:
        super().__init__(canvas, x, y)
        self._ev_lines: Iterator[str] = iter(lines)
        self._ev_open = False

    def _textOut(self, text: Any, TStar: int = 0) -> None:
        if not self._ev_open:
            line = next(self._ev_lines, None)
            if line:
                self._code.append(_span_operator(line))
                self._ev_open = True
        super()._textOut(text, TStar)
        if TStar and self._ev_open:
            self._code.append("EMC")
            self._ev_open = False

    def getCode(self) -> str:
        if self._ev_open:
            self._code.append("EMC")
            self._ev_open = False
        return str(super().getCode())


def _derive_style(style: ParagraphStyle, fonts: FontSet) -> ParagraphStyle:
    """Copy ``style`` with what this module relies on switched on or off."""
    derived = copy.copy(style)
    derived.fontName = fonts.pair(bold=fonts.is_bold(style.fontName))[0]
    derived.shaping = 1
    # We cut over-wide words ourselves (never inside a syllable); reportlab's own cutting,
    # hyphenation and leader dots would add fragments our line texts do not know about.
    derived.splitLongWords = 0
    derived.hyphenationLang = ""
    derived.embeddedHyphenation = 0
    derived.uriWasteReduce = 0
    derived.endDots = None
    derived.wordWrap = None
    derived.textTransform = None
    return derived


def _build_words(text: str, style: ParagraphStyle, fonts: FontSet) -> list[_FragWord]:
    # Let reportlab's own parser make the template frag, so it has every attribute the line
    # breaker and drawer read (colour, rise, links, underlines...). "x" is never shown.
    _, parsed, _ = ParaParser().parse("x", style)
    template = parsed[0]
    template._fkind = 0  # reportlab's _FK_TEXT
    latin_name, myanmar_name = fonts.pair(bold=fonts.is_bold(style.fontName))
    latin = template.clone(fontName=latin_name)
    myanmar = template.clone(fontName=myanmar_name)
    return [
        _make_word([(myanmar if burmese else latin, run) for run, burmese in _runs(unit)], space)
        for unit, space in _units(text)
    ]


class WrapOnceParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph that breaks its lines once per width.

    A paragraph's wrap depends on the width alone, but reportlab asks twice for everything
    kept with the next flowable (a heading and its table, ``KeepTogether``): once to measure
    the group, once to place each part. The second answer is the first.
    """

    _ev_wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._ev_wrapped
        # (split() drops blPara when the paragraph moves on whole: then break again.)
        if (memo is not None and memo[0] == availWidth and "blPara" in self.__dict__
                and (self.width, self.height) == memo[1]):
            return memo[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._ev_wrapped = (availWidth, size)
        return size


class DossierParagraph(WrapOnceParagraph):
    """A reportlab Paragraph of plain text: shaped, wrapped at syllables, extractable.

    Make one with :func:`para`. The constructor keeps reportlab's signature because
    ``Paragraph.split`` calls it with ``frags=`` to make the two halves of a paragraph that
    runs over a frame; with ``text`` it behaves like :func:`para`.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: Sequence[_FragWord] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        if frags is None:
            fonts = register_fonts()
            style = _derive_style(style, fonts)
            frags = _build_words(text or "", style, fonts)
        # The words as built: each wrap cuts over-wide ones afresh for its own width.
        self._ev_words = list(frags)
        super().__init__("", style, bulletText, list(self._ev_words), caseSensitive, encoding)

    def breakLines(self, width: float | Sequence[float]) -> Any:
        # reportlab passes [first line width, other lines width]; one number works too.
        widths: list[float] = [width] if isinstance(width, int | float) else list(width)
        self.frags = _fit_words(self._ev_words, min(widths))
        return super().breakLines(width)

    def getPlainText(self, identify: Any = None) -> str:
        """Return the paragraph's logical text (see :func:`plain_text_for_extraction`)."""
        return _words_text(self._ev_words)

    def line_texts(self) -> list[str]:
        """Return the logical text of each line of the last wrap (``wrap`` first).

        Lines end where reportlab ended them; a line's trailing space is not included.
        """
        bl_para = self.blPara
        lines = bl_para.lines
        if bl_para.kind != 1 or not lines:
            return []
        words = self.frags
        starts = [line.sFW for line in lines]  # index in self.frags of each line's first word
        ends = [*starts[1:], len(words)]
        return [_words_text(words[start:end]) for start, end in zip(starts, ends, strict=True)]

    def drawPara(self, debug: int = 0) -> None:
        self._ev_line_texts = self.line_texts()
        super().drawPara(debug)

    def beginText(self, x: float, y: float) -> _ActualTextObject:
        # drawPara makes exactly one text object per paragraph through this method.
        return _ActualTextObject(self.canv, x, y, self._ev_line_texts)


def para(text: str, style: ParagraphStyle) -> DossierParagraph:
    """Return a flowable that prints untrusted plain ``text`` in ``style``.

    Nothing in ``text`` is markup. Burmese is set in the Myanmar font, the rest in the Latin
    font, both in the weight of ``style.fontName`` (a bold style gives bold Burmese too);
    ``style`` itself is not changed. Lines break at spaces and between Burmese syllables.
    Registers the fonts on first use (see :func:`~evidence_app.dossier.fonts.register_fonts`
    for the errors that can raise).
    """
    return DossierParagraph(text, style)


def one_line_width(paragraph: DossierParagraph) -> float:
    """The width ``paragraph`` takes set on one line; it is left wrapped that way."""
    room = 1e6
    paragraph.wrap(room, room)
    return float(room - paragraph.blPara.lines[0].extraSpace)


def longest_phrase(paragraph: DossierParagraph) -> float:
    """The width of the widest run of ``paragraph`` between two spaces.

    Lines may also break between Burmese syllables, but a column narrower than this cuts a
    word (``အမျိုးသမီး`` as ``အမျိုးသ`` / ``မီး``): what a table header or label needs.
    """
    widest = current = 0.0
    for word in paragraph._ev_words:
        current += word[0]
        if isinstance(word, _HSFrag):
            widest, current = max(widest, current), 0.0
    return max(widest, current)
