"""One translation mechanism: every UI string is in the .ts catalogue, every one has a Burmese
translation with the same placeholders, the shipped .qm is compiled from the .ts, and choosing
Burmese in Settings shows Burmese at the next start."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from evidence_app.paths import resources_dir
from evidence_app.ui import labels
from evidence_app.ui.fields import OptionalDateEdit
from evidence_app.ui.i18n import install_translators
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = resources_dir() / "translations" / "evidence_app_my.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
BRACES = re.compile(r"\{[A-Za-z_0-9]*\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in tree.getroot().iter("context") for m in c.iter("message")}


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element, list[str]]]:
    """(context, source, message, translated texts) for every message of ``ts``."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in node.iter("numerusform")]
            else:
                texts = [node.text or ""]
            yield (context.findtext("name") or "", message.findtext("source") or "", message,
                   texts)


def test_catalogue_lists_every_ui_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(ROOT / "evidence_app" / "app.py"),
             *sorted(str(p) for p in (ROOT / "evidence_app" / "ui").glob("*.py"))]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = _sources(fresh) - _sources(CATALOGUE)
    assert not missing, f"run pyside6-lupdate (resources/translations/README.md): {missing}"


def test_every_string_has_a_burmese_translation() -> None:
    untranslated = []
    for context, source, message, texts in _messages(CATALOGUE):
        node = message.find("translation")
        unfinished = node is None or node.get("type") in ("unfinished", "vanished", "obsolete")
        if unfinished or not texts or not all(t.strip() for t in texts):
            untranslated.append(f"{context}: {source!r}")
    assert not untranslated, (
        f"{len(untranslated)} UI string(s) lack a finished Burmese translation in "
        f"{CATALOGUE.name} (resources/translations/README.md):\n" + "\n".join(untranslated))


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for context, source, _message, texts in _messages(CATALOGUE):
        for text in texts:
            if not text:
                continue
            if set(BRACES.findall(text)) != set(BRACES.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if "%n" in source and "%n" not in text:
                wrong.append(f"{context}: {source!r} -> {text!r} (no %n)")
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


def test_translations_are_unicode_burmese_not_zawgyi() -> None:
    myanmartools = pytest.importorskip("myanmartools")
    detector = myanmartools.ZawgyiDetector()
    # Zawgyi stores the vowel sign E (U+1031) and medial RA (U+103C) before their consonant;
    # Unicode never starts a syllable with them. The detector is unreliable on a few words
    # ("ဘာသာစကား" scores 0.95), so it judges longer texts only.
    misplaced = re.compile(r"(^|[^\u1000-\u109f])[\u1031\u103c]")
    zawgyi = [text for _c, _s, _m, texts in _messages(CATALOGUE) for text in texts
              if misplaced.search(text)
              or (len(re.findall("[\u1000-\u109f]", text)) >= 15
                  and detector.get_zawgyi_probability(text) > 0.99)]
    assert not zawgyi


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert COMPILED.is_file(), "run pyside6-lrelease (resources/translations/README.md)"
    assert COMPILED.read_bytes() == fresh.read_bytes(), (
        f"{COMPILED.name} is older than {CATALOGUE.name}: run pyside6-lrelease "
        "(resources/translations/README.md)")


def test_ts_to_qm_to_tr(tmp_path: Path, qapp: QCoreApplication) -> None:
    tree = ET.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "MainWindow":
            for message in context.iter("message"):
                if message.findtext("source") == "&Lock":
                    node = message.find("translation")
                    assert node is not None
                    node.text = "သော့ခတ်"
                    node.attrib.pop("type", None)
    ts = tmp_path / "one.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "one.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Lock") == "သော့ခတ်"
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def burmese_after_restart(qapp: QCoreApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_choosing_burmese_in_settings_shows_burmese_at_next_start(
        tmp_path: Path, qtbot: Any, qapp: QCoreApplication,
        burmese_after_restart: list[QTranslator]) -> None:
    settings = GuiSettings.load(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("my"))
    dialog._on_buttons_accepted()

    # Next start: app.build_window reads the settings file and installs the translators.
    again = GuiSettings.load(tmp_path / "settings.ini")
    assert again.language == "my"
    burmese_after_restart.extend(install_translators(qapp, again.language))
    assert burmese_after_restart, "evidence_app_my.qm was not found or did not load"
    window = MainWindow(again, tmp_path / "no-workspace-here")
    qtbot.addWidget(window)
    texts = [button.text() for button in (window.start_view.create_button,
                                          window.start_view.open_button)]
    assert texts == ["workspace ဖန်တီးရန်…", "workspace ဖွင့်ရန်…"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert "Workspace (&W)" in menus
    assert labels.language() == "my"  # taxonomy names follow the UI language


def test_date_fields_keep_latin_digits_in_burmese(
        qtbot: Any, qapp: QCoreApplication, burmese_after_restart: list[QTranslator]) -> None:
    """Dates are YYYY-MM-DD in Latin digits everywhere, as in the list, records and dossier
    (a Burmese-locale date field would show ၂၀၂၃-၁၁-၁၆)."""
    burmese_after_restart.extend(install_translators(qapp, "my"))
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.set_value("2023-11-16")
    assert field.text() == "2023-11-16"
    field.show()
    field.setFocus()
    field.setSelectedSection(OptionalDateEdit.Section.YearSection)
    qtbot.keyClicks(field, "2024")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2024, 11, 16)
    assert field.text() == "2024-11-16"


def test_qt_standard_buttons_and_edit_menus_in_burmese(
        qtbot: Any, qapp: QCoreApplication, burmese_after_restart: list[QTranslator]) -> None:
    """Qt ships no Burmese catalogue; ours carries Qt's button and edit-menu texts
    (i18n.QT_OWN_TEXTS)."""
    burmese_after_restart.extend(install_translators(qapp, "my"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["သိမ်းရန်", "မလုပ်တော့ပါ"])
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert menu is not None
    assert any(a.text().startswith("ကူးယူရန် (&C)") for a in menu.actions())
