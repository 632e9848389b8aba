"""The error mapping, the crash dialog, fonts for Burmese, and a window that paints before the
core is imported."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
from PySide6.QtWidgets import QApplication

from evidence_app import errors as core
from evidence_app.ui import errors
from evidence_app.ui.fonts import MYANMAR_FAMILY, register_fonts


@pytest.mark.parametrize(("exc", "kind"), [
    (core.Cancelled("x"), "silent"),
    (core.WrongPassphrase("x"), "bar"),
    (core.ValidationError("x", field="title"), "bar"),
    (core.IngestError("x"), "bar"),
    (core.KeyError_("x"), "bar"),
    (core.NotFound("x"), "bar"),
    (core.IntegrityError("x"), "dialog"),
    (core.WorkspaceTooNew("x"), "dialog"),
    (core.WorkspaceCorrupt("x"), "dialog"),
    (core.BundleRejected("x"), "dialog"),
    (PermissionError(13, "Permission denied"), "bar"),
    (RuntimeError("bug"), "crash"),
    (KeyError("bug"), "crash"),
])
def test_every_error_has_one_presentation(exc: BaseException, kind: str) -> None:
    shown = errors.describe(exc)
    assert shown.kind == kind
    if kind != "silent":
        assert shown.title and shown.next_step


def test_a_field_error_outside_the_editor_does_not_point_at_red_marks() -> None:
    """Core ValidationErrors also reach dialogs and panels that mark nothing in red (the CSV
    export, the evidence panel); the next step must not send the user looking for marks."""
    shown = errors.describe(core.ValidationError("material downloaded from the web needs "
                                                 "its URL", field="url"))
    assert "marked in red" not in shown.next_step
    assert "message above" in shown.next_step


def test_the_cores_bad_time_message_is_said_in_the_uis_words() -> None:
    from evidence_app.services.incidents import parse_record
    from evidence_app.ui import problems

    with pytest.raises(core.ValidationError) as raised:
        parse_record({"title": "T", "acts": [{"violation": "AIR"}],
                      "date": {"start": "2023-04-11", "time": "25:00"}})
    [(path, message)] = raised.value.problems
    assert problems.friendly(message, problems.split_path(path)) == (
        "Write the time as HH:MM, e.g. 07:30.")


def test_a_tampered_blob_is_an_integrity_dialog() -> None:
    from evidence_app.crypto.stream import StreamError

    assert errors.describe(StreamError("bad tag")).kind == "dialog"


def test_message_bar_shows_untrusted_text_as_plain_text(qtbot: Any) -> None:
    bar = errors.MessageBar()
    qtbot.addWidget(bar)
    shown = errors.present(core.IngestError("<b>evil.jpg</b> could not be read"), bar=bar)
    assert shown.kind == "bar" and bar.isVisibleTo(bar.parentWidget() or bar)
    assert "<b>evil.jpg</b>" in bar.text_label.text()
    assert bar.text_label.textFormat().name == "PlainText"
    assert errors.present(core.Cancelled("x"), bar=bar).kind == "silent"


def test_crash_dialog_details_can_be_copied(qtbot: Any) -> None:
    dialog = errors.CrashDialog("Traceback: RuntimeError: boom")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: RuntimeError: boom"


def test_burmese_is_shaped_with_the_bundled_font(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    families = register_fonts(app)
    assert MYANMAR_FAMILY in families
    text = "ကြီး"  # ka + medial ra + ii + visarga: ra is drawn before (around) ka
    layout = QTextLayout(text, QFont(app.font()))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert [r.rawFont().familyName() for r in runs] == [MYANMAR_FAMILY]
    shaped = list(runs[0].glyphIndexes())
    assert 0 not in shaped  # no missing-glyph boxes
    unshaped = list(runs[0].rawFont().glyphIndexesForString(text))
    assert shaped != unshaped  # reordered / substituted by HarfBuzz, not drawn char by char


def test_the_window_module_does_not_import_the_core() -> None:
    code = ("import sys, evidence_app.app as a, inspect;"
            "assert 'sqlmodel' not in sys.modules and 'sqlalchemy' not in sys.modules,"
            " sorted(m for m in sys.modules if m.startswith(('sql', 'evidence_app')));"
            "print(inspect.signature(a.run_gui))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "workspace: 'Path | None' = None" in out.stdout


def test_pyside_reference_leaks_cannot_crash_the_app() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call and to True per
    emit (refcount_guard); thousands of both must not abort the interpreter."""
    import evidence_app.ui  # noqa: F401  (applies the guard)
    from evidence_app.ui.refcount_guard import singleton_leaks

    if sys.version_info >= (3, 12) or not any(singleton_leaks().values()):
        pytest.skip("this PySide6 keeps its references")
    assert min(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)) > 1 << 39
    code = ("import evidence_app.ui\n"
            "from evidence_app.ui.refcount_guard import _Probe\n"
            "p = _Probe()\n"
            "for _ in range(200_000):\n"
            "    p.setObjectName(''); p.emitted.emit()\n"
            "print('alive')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0 and "alive" in out.stdout, out.stderr[-300:]
