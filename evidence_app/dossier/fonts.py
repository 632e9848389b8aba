"""The fonts dossier PDFs are set in, and their registration with reportlab.

reportlab has no font fallback: a character missing from the current font is drawn as a box.
We therefore ship two families (``resources/fonts/``, SIL Open Font License 1.1, see the README
there): Noto Sans Myanmar for Burmese and Noto Sans for everything else (Latin, digits, en
dash, bullets, quotes). :func:`register_fonts` registers both, once per process, as reportlab
TrueType fonts that HarfBuzz can shape (``uharfbuzz`` must be installed), and returns their
names in a :class:`FontSet`. :mod:`evidence_app.dossier.text` picks the right one for every run
of text. Fonts are located with :func:`resources_dir`, which works from a source checkout and
from a PyInstaller bundle.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import ps2tt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# One implementation of "where are the resources" for the whole app; re-exported here so the
# dossier code and its tests need only this module.
from evidence_app.paths import resources_dir

__all__ = ["FontSet", "register_fonts", "resources_dir"]

LATIN_FAMILY = "NotoSans"
MYANMAR_FAMILY = "NotoSansMyanmar"

# reportlab font name -> file in resources/fonts/. The names are the fonts' PostScript names.
_FONT_FILES = {
    "NotoSans-Regular": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSansMyanmar-Regular": "NotoSansMyanmar-Regular.ttf",
    "NotoSansMyanmar-Bold": "NotoSansMyanmar-Bold.ttf",
}


@dataclass(frozen=True, slots=True)
class FontSet:
    """Names of the registered fonts, to use as ``fontName`` in reportlab styles."""

    latin: str
    latin_bold: str
    myanmar: str
    myanmar_bold: str

    def pair(self, *, bold: bool) -> tuple[str, str]:
        """Return ``(latin, myanmar)`` font names for regular or bold text."""
        if bold:
            return self.latin_bold, self.myanmar_bold
        return self.latin, self.myanmar

    def is_bold(self, font_name: str) -> bool:
        """Whether ``font_name`` (any registered reportlab font) is a bold face.

        Used to give Burmese runs the weight of the style's font: a style set in
        ``NotoSans-Bold`` or ``Helvetica-Bold`` gets ``NotoSansMyanmar-Bold`` for Burmese.
        """
        if font_name in (self.latin_bold, self.myanmar_bold):
            return True
        if font_name in (self.latin, self.myanmar):
            return False
        try:
            return bool(ps2tt(font_name)[1])
        except ValueError:  # not part of a registered family
            return "bold" in font_name.lower()


_FONTS = FontSet(
    latin="NotoSans-Regular",
    latin_bold="NotoSans-Bold",
    myanmar="NotoSansMyanmar-Regular",
    myanmar_bold="NotoSansMyanmar-Bold",
)
_lock = threading.Lock()
_registered = False


def _fonts_dir() -> Path:
    """Return ``resources/fonts``; raise ``FileNotFoundError`` if the app is incomplete."""
    folder = resources_dir() / "fonts"
    missing = [name for name in _FONT_FILES.values() if not (folder / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"Fonts missing from {folder}: {', '.join(missing)}; reinstall the app."
        )
    return folder


def register_fonts() -> FontSet:
    """Register the dossier fonts with reportlab (once per process) and return their names.

    Safe to call from any thread and any number of times. Also registers the two families
    (``NotoSans``, ``NotoSansMyanmar``) so that ``<b>`` in reportlab markup selects the bold
    face. Raises ``FileNotFoundError`` if a font file is missing from the resources folder and
    ``RuntimeError`` if ``uharfbuzz`` (needed to shape Burmese) cannot be imported.
    """
    global _registered
    with _lock:
        if _registered:
            return _FONTS
        folder = _fonts_dir()
        for name, filename in _FONT_FILES.items():
            # shapable=True: reportlab shapes these fonts with HarfBuzz when a paragraph
            # style asks for it (ParagraphStyle.shaping=1).
            pdfmetrics.registerFont(TTFont(name, str(folder / filename), shapable=True))
        for family in (LATIN_FAMILY, MYANMAR_FAMILY):
            regular, bold = f"{family}-Regular", f"{family}-Bold"
            # There are no italic faces: italic maps to upright rather than failing.
            pdfmetrics.registerFontFamily(
                family, normal=regular, bold=bold, italic=regular, boldItalic=bold
            )
        if not pdfmetrics.getFont(_FONTS.myanmar).shapable:
            # Without HarfBuzz, Burmese comes out as unordered, unstacked glyphs: refuse
            # rather than print a dossier that misquotes a witness.
            raise RuntimeError("uharfbuzz is not installed; Burmese text cannot be shaped.")
        _registered = True
        return _FONTS
