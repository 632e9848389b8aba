"""Nothing a user needs is cut off at 1366 x 768, in English or in Burmese: hints, the choices
shown in combos, the examples in empty fields, table headers and the screen names.

The window is built as the app builds it (bundled fonts, the language's translators) on a real
workspace, resized to 1366 x 768, and every visible text is measured against its widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeView,
    QWidget,
)

from evidence_app.services import incidents
from evidence_app.services.workspace import Workspace
from evidence_app.ui.fonts import register_fonts
from evidence_app.ui.i18n import install_translators
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.shell import Shell

COMBO_FRAME = 30  # arrow and frame of a combo, beyond its text


def cut_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that its widget is too small to show whole."""
    cut = []
    for w in (root, *root.findChildren(QWidget)):
        if not w.isVisible():
            continue
        metrics = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():  # 2 px of leading may go: the glyphs themselves still fit
                if w.heightForWidth(w.width()) > w.height() + 2:
                    cut.append(f"wrapped label {w.text()!r}")
            elif w.sizeHint().width() > w.width() + 1:
                cut.append(f"label {w.text()!r}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                cut.append(f"button {w.text()!r}")
        elif isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
            if metrics.horizontalAdvance(w.currentText()) + COMBO_FRAME > w.width():
                cut.append(f"combo {w.currentText()!r}")
        elif (isinstance(w, QLineEdit) and not w.text() and w.placeholderText()
              and not isinstance(w.parent(), QComboBox)):
            if metrics.horizontalAdvance(w.placeholderText()) + 10 > w.width():
                cut.append(f"example in an empty field {w.placeholderText()!r}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            cut.extend(f"header {w.model().headerData(i, Qt.Orientation.Horizontal)!r}"
                       for i in range(w.count())
                       if not w.isSectionHidden(i) and w.sectionSizeHint(i) > w.sectionSize(i))
        elif isinstance(w, QListWidget) and w.wordWrap():
            for row in range(w.count()):
                item = w.item(row)
                need = metrics.boundingRect(0, 0, w.viewport().width() - 8, 1000,
                                            int(Qt.TextFlag.TextWordWrap), item.text()).height()
                if need > w.visualItemRect(item).height():
                    cut.append(f"list item {item.text()!r}")
    return cut


@pytest.fixture(params=["en", "my"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language of the window, as the app installs it at start-up (fonts included)."""
    font = qapp.font()
    register_fonts(qapp)
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")
    qapp.setFont(font)


@pytest.fixture
def shell(language: str, make_window: Callable[..., MainWindow], ws: Workspace,
          qtbot: Any) -> Shell:
    incidents.create_incident(ws, incidents.parse_record({
        "title": "ကျွန်းပင်ဆိပ်ရွာ လေကြောင်းတိုက်ခိုက်မှု", "narrative_language": "my",
        "acts": [{"violation": "AIR", "perpetrators": [{"kind": "unit", "name": "Air Force",
                                                        "actor_class": 1}]}],
        "date": {"start": "2023-11-16"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Kyun Pin Seik",
                  "latitude": 23.2641, "longitude": 95.4738, "accuracy_m": 100}}))
    window = make_window(ws.root)
    window.open_shell(ws)
    assert window.shell is not None
    qtbot.waitUntil(lambda: not window.shell.incidents_view.model.busy)
    qtbot.wait(50)
    return window.shell


def _show(shell: Shell, page: QWidget, qtbot: Any) -> None:
    shell.nav.setCurrentRow(shell.pages.indexOf(page))
    qtbot.wait(50)


def test_incidents_list_filters_headers_and_screen_names_fit(shell: Shell, qtbot: Any) -> None:
    assert shell.window().width() == 1366
    view = shell.incidents_view
    assert cut_texts(shell) == []
    # The filters stay within the window (on a second line if need be), none shrunk.
    assert all(w.geometry().right() <= view.width() for w in
               (view.type_combo, view.state_combo, view.status_combo, view.case_combo))


def test_new_incident_hints_and_accuracy_fit(shell: Shell, qtbot: Any) -> None:
    shell.open_incident(None)
    page = shell.incident_page
    assert page is not None
    qtbot.wait(50)
    place = page.editor.place
    # The examples in the empty coordinate fields and the longest accuracy choice, whole.
    for edit in (place.lat_edit, place.lon_edit):
        assert not edit.text()
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 10 <= edit.width()
    combo = place.accuracy_combo
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                 for i in range(combo.count()))
    assert widest + COMBO_FRAME <= combo.width()
    assert cut_texts(page.editor.place) == []
    assert cut_texts(page.editor.acts) == []


def test_saved_incident_editor_fits(shell: Shell, qtbot: Any) -> None:
    shell.open_incident(shell.incidents_view.model.incident_id(0))
    page = shell.incident_page
    assert page is not None
    qtbot.wait(50)
    assert page.editor.place.accuracy_combo.currentData() == 100
    assert cut_texts(page.editor) == []


def test_verify_and_cases_headers_fit(shell: Shell, qtbot: Any) -> None:
    for view in (shell.verify_view, shell.cases_view, shell.exchange_view, shell.keys_view):
        _show(shell, view, qtbot)
        assert cut_texts(view) == [], type(view).__name__


def test_readiness_severity_column_fits_its_words(language: str, qtbot: Any) -> None:
    from evidence_app.ui.dossier_panels import ReadinessPanel

    panel = ReadinessPanel()
    qtbot.addWidget(panel)
    tree: QTreeView = panel.tree
    widest = max(tree.fontMetrics().horizontalAdvance(panel.severity_label(s))
                 for s in ("high", "medium", "low"))
    assert widest < tree.columnWidth(1)


def test_case_form_says_the_reference_rule_in_words_under_the_field(
        shell: Shell, qtbot: Any, language: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from evidence_app.ui.case_dialogs import NewCaseDialog

    _show(shell, shell.cases_view, qtbot)
    dialog = shell.cases_view.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.reference_edit.setText("MMR EA 2024")  # a space is not allowed
    dialog.title_edit.setText("Sagaing")
    dialog.ern_edit.setText("mmr-ea")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    shown = dialog.field_errors["reference"].text()
    expected = QCoreApplication.translate(
        "NewCaseDialog", "Use letters, digits, dots, hyphens and slashes only, e.g. "
                         "MMR-EA-2024-01.")
    assert shown == expected
    assert (language == "en") == (shown.startswith("Use letters"))
    assert "pattern" not in shown and "^" not in shown
    assert cut_texts(dialog) == []
    dialog.reject()
