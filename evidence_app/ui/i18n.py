"""The UI's one translation mechanism: Qt's ``tr()`` with ``.ts``/``.qm`` files.

Every visible string goes through ``self.tr()`` (or ``QCoreApplication.translate`` outside a
class). ``resources/translations/evidence_app_<lang>.ts`` are made with ``pyside6-lupdate``
and compiled to ``.qm`` with ``pyside6-lrelease`` (both ship with PySide6-Essentials; see
resources/translations/README.md). English is the source language; a missing ``.qm`` leaves
the English text. A change of language takes effect at the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidence_app.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "my": "မြန်မာ (Burmese)"}
_current = ["en"]


def current_language() -> str:
    """The UI language installed by :func:`install_translators` ("en" or "my")."""
    return _current[0]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language``; return them (keep them)."""
    installed: list[QTranslator] = []
    if language not in LANGUAGES:
        language = "en"
    _current[0] = language
    # Qt writes numbers, dates and times in the default locale's digits: with the Burmese
    # locale the date fields would show ၂၀၂၃-၁၁-၁၆ beside lists, records, bundles and dossiers
    # that all write YYYY-MM-DD in Latin digits (the form courts and legal teams receive). The
    # locale stays English in every UI language; the language itself is current_language().
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if language == "en":
        return installed
    app_file = resources_dir() / "translations" / f"evidence_app_{language}.qm"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((app_file.name, str(app_file.parent)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    if not installed:
        log.info("no translation files for %s; showing English", language)
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (found by lupdate); translate it when
    shown with ``QCoreApplication.translate(context, source)``. Typed, unlike Qt's own."""
    return source


# Qt's own texts that our windows show: standard buttons (QDialogButtonBox, QMessageBox) and
# the edit menus of text fields. Qt ships no Burmese catalogue (qtbase_my.qm), but a translator
# answers for any context, so listing them here puts them in evidence_app_<lang>.ts (lupdate
# finds the markers) and our catalogue translates them too.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)
