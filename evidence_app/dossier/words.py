"""The dossier's fixed texts in the reader's language: a Qt-free reader of ``.ts`` catalogues.

The dossier's own headings, labels and notes are written in English in the code as
``words.translate("dossier", "Summary")``: ``pyside6-lupdate`` finds such calls (it matches the
name ``translate``), so translators keep one tool and one file format, Qt Linguist and
``resources/translations/dossier_<lang>.ts`` (see resources/translations/README.md). This
module reads that XML with ``xml.etree`` at export time; the core never imports Qt. Only
finished translations are used; anything else stays English, as in the desktop client.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from evidence_app.paths import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "my": "Burmese"}

Translate = Callable[[str, str], str]
"""``translate(context, text)``: a parameter named ``translate`` keeps calls visible to lupdate."""


def untranslated(context: str, text: str) -> str:
    """The identity :data:`Translate`: English, as written in the code."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue without translating it here (tables of labels); it is
    translated where shown, with ``translate(context, text)``."""
    return text


def catalogue_path(language: str) -> Path:
    return resources_dir() / "translations" / f"dossier_{language}.ts"


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if node is None or source is None or node.get("type") is not None:
                continue
            if node.text and node.text.strip():
                table[(name, source)] = node.text
    return table


class Words:
    """Translates the dossier's fixed English texts into ``language`` ("en" or "my")."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown dossier language {language!r}")
        self.language = language
        path = catalogue_path(language)
        self._table = _load(path) if language != "en" and path.is_file() else {}

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language, or ``text`` itself when no finished translation exists."""
        return self._table.get((context, text), text)

    @property
    def burmese(self) -> bool:
        return self.language == "my"


__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Translate", "Words", "catalogue_path",
           "untranslated"]
