"""Fonts: register the bundled Noto fonts and make Burmese render shaped everywhere.

Without a Myanmar font Qt draws boxes (NOTES.md), and a laptop in the field may have none or only
a Zawgyi-encoded one. The app therefore registers its own Noto Sans and Noto Sans Myanmar
(``resources/fonts``, SIL OFL) at start-up and sets the application font to a family list, so
every widget falls back to Noto Sans Myanmar for Myanmar script and HarfBuzz shapes it.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from evidence_app.paths import resources_dir

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
              "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf")
LATIN_FAMILY = "Noto Sans"
MYANMAR_FAMILY = "Noto Sans Myanmar"


def register_fonts(app: QApplication, *, point_size: float | None = None) -> list[str]:
    """Register the bundled fonts and set the app font; return the families registered."""
    folder = resources_dir() / "fonts"
    families: list[str] = []
    for name in FONT_FILES:
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("font not registered: %s", name)
            continue
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id)
                        if f not in families)
    font = QFont(app.font())
    order = [f for f in (LATIN_FAMILY, MYANMAR_FAMILY) if f in families]
    if order:
        font.setFamilies(order)
    if point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    return families


def burmese_font(base: QFont | None = None) -> QFont:
    """A font whose first choice is the Myanmar family (for text known to be Burmese)."""
    font = QFont(base) if base is not None else QFont()
    font.setFamilies([MYANMAR_FAMILY, LATIN_FAMILY])
    return font


def monospace_font() -> QFont:
    """The system's fixed-width font, for hashes and fingerprints."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
