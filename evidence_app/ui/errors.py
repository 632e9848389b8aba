"""What the user sees when something goes wrong: the one place core errors become UI.

The core raises typed errors (``evidence_app.errors``) that carry a factual message. This module
decides, by error class (looked up along the class's MRO in one table, not an if-chain), how each
is presented and adds a title and what to do next, in the user's language:

- a non-blocking :class:`MessageBar` for what the user can fix (a wrong passphrase, a bad field,
  a file that could not be read);
- a dialog for what needs a decision or must not be missed (damaged evidence, a workspace made by
  a newer version);
- nothing at all for :class:`~evidence_app.errors.Cancelled` (the user asked for it);
- a crash dialog with copyable details for bugs (any other exception), also installed as
  ``sys.excepthook``. Nothing is ever sent over the network.
"""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType
from typing import ClassVar, Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import errors as core
from evidence_app.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Kind = Literal["silent", "bar", "dialog", "crash"]

# Qt's lupdate finds calls named translate(context, text); it cannot see through a helper.
translate = QCoreApplication.translate



@dataclass(frozen=True)
class Presentation:
    """How one error is shown: ``kind``, a short title, what happened, what to do next."""

    kind: Kind
    title: str
    text: str
    next_step: str

    @property
    def full_text(self) -> str:
        return f"{self.text}\n{self.next_step}" if self.next_step else self.text


# (kind, title, next step), marked for translation and translated when shown, in the language
# installed then. The core's own message says what happened.
_Rule = tuple[Kind, str, str]
_N = ""  # no title or next step: nothing is shown
_RULES: dict[type[BaseException], _Rule] = {
    core.Cancelled: ("silent", _N, _N),
    core.WrongPassphrase: (
        "bar", QT_TRANSLATE_NOOP("errors", "Wrong passphrase"),
        QT_TRANSLATE_NOOP("errors", "Check Caps Lock and the keyboard language, then try "
                                    "again.")),
    core.WorkspaceNotFound: (
        "bar", QT_TRANSLATE_NOOP("errors", "No workspace in this folder"),
        QT_TRANSLATE_NOOP("errors", "Choose the folder that holds your workspace, or create "
                                    "a new one.")),
    core.WorkspaceTooNew: (
        "dialog", QT_TRANSLATE_NOOP("errors", "Made by a newer version"),
        QT_TRANSLATE_NOOP("errors", "Install the newer version of Evidence App to open this "
                                    "workspace. Nothing was changed.")),
    core.WorkspaceCorrupt: (
        "dialog", QT_TRANSLATE_NOOP("errors", "The workspace is damaged"),
        QT_TRANSLATE_NOOP("errors", "Do not add anything to this folder. Restore it from a "
                                    "backup copy and ask your team's technical contact for "
                                    "help.")),
    core.UnlockError: (
        "bar", QT_TRANSLATE_NOOP("errors", "The workspace could not be opened"),
        QT_TRANSLATE_NOOP("errors", "Check the folder and the passphrase, then try again.")),
    core.WorkspaceExists: (
        "bar", QT_TRANSLATE_NOOP("errors", "This folder is already in use"),
        QT_TRANSLATE_NOOP("errors", "Choose an empty folder, or open the workspace that is "
                                    "there.")),
    core.ValidationError: (
        "bar", QT_TRANSLATE_NOOP("errors", "Some fields need attention"),
        # Said wherever a core ValidationError lands (a wizard, a dialog, the evidence panel),
        # where nothing is marked in red: the incident editor marks fields with its own words.
        QT_TRANSLATE_NOOP("errors", "Correct what the message above says, then try again.")),
    core.UsageError: (
        "bar", QT_TRANSLATE_NOOP("errors", "That did not work"),
        QT_TRANSLATE_NOOP("errors", "Check what you entered and try again.")),
    core.WorkspaceLocked: (
        "bar", QT_TRANSLATE_NOOP("errors", "The workspace is locked"),
        QT_TRANSLATE_NOOP("errors", "Unlock it with your passphrase to continue.")),
    core.NotFound: (
        "bar", QT_TRANSLATE_NOOP("errors", "Not found"),
        QT_TRANSLATE_NOOP("errors", "It may have been removed. Refresh the list and try "
                                    "again.")),
    core.IntegrityError: (
        "dialog", QT_TRANSLATE_NOOP("errors", "Evidence does not match its record"),
        QT_TRANSLATE_NOOP("errors", "Do not delete anything. Run Verify to see which items "
                                    "are affected, and restore the workspace from a "
                                    "backup.")),
    core.KeyError_: (
        "bar", QT_TRANSLATE_NOOP("errors", "This key cannot be used"),
        QT_TRANSLATE_NOOP("errors", "Ask your teammate for the public key file exported by "
                                    "Evidence App.")),
    core.IngestError: (
        "bar", QT_TRANSLATE_NOOP("errors", "A file could not be added"),
        QT_TRANSLATE_NOOP("errors", "Check that the file opens on this computer, then add it "
                                    "again. Nothing partial was kept.")),
    core.BundleRejected: (
        "dialog", QT_TRANSLATE_NOOP("errors", "The bundle was refused"),
        QT_TRANSLATE_NOOP("errors", "Nothing from it was imported. Ask the sender for a new "
                                    "copy.")),
    core.EvidenceAppError: (
        "bar", QT_TRANSLATE_NOOP("errors", "That did not work"),
        QT_TRANSLATE_NOOP("errors", "Read the message above and try again.")),
    OSError: (
        "bar", QT_TRANSLATE_NOOP("errors", "The computer refused to read or write a file"),
        QT_TRANSLATE_NOOP("errors", "Check the free disk space and that you may use the "
                                    "folder, then try again.")),
}


def _add_lazy_rules() -> None:
    """Rules for errors of modules too heavy to import before the first window is painted."""
    if _LAZY_DONE:
        return
    from evidence_app.crypto.stream import StreamError  # a blob that no longer decrypts

    _RULES[StreamError] = _RULES[core.IntegrityError]
    from evidence_app.services.bundle.schema import BundleVerificationFailed

    _RULES[BundleVerificationFailed] = (
        "dialog", QT_TRANSLATE_NOOP("errors", "The bundle failed verification"),
        QT_TRANSLATE_NOOP("errors", "Nothing from it was imported. Do not rely on this file: "
                                    "ask the sender for a new copy, sent another way."))
    _LAZY_DONE.append(True)


_LAZY_DONE: list[bool] = []


def describe(exc: BaseException) -> Presentation:
    """Decide how ``exc`` is shown (a pure function: tests call it without any widget)."""
    _add_lazy_rules()
    for cls in type(exc).__mro__:
        rule = _RULES.get(cls)
        if rule is not None:
            kind, title, next_step = rule
            if isinstance(exc, core.EvidenceAppError):
                text = exc.message
            elif isinstance(exc, OSError):
                text = exc.strerror or str(exc)
            elif kind == "dialog":  # an integrity failure below the services (StreamError)
                text = translate("errors", "The stored, encrypted copy of an item no longer "
                                           "decrypts.")
            else:
                text = str(exc)
            return Presentation(kind, translate("errors", title) if title else "", text,
                                translate("errors", next_step) if next_step else "")
    return Presentation("crash", translate("errors", "Something went wrong"),
                        f"{type(exc).__name__}: {exc}",
                        translate("errors", "Your saved work is safe. Copy the details below "
                                            "for your technical contact."))


class MessageBar(QFrame):
    """A strip above the current screen for messages that need no decision."""

    closed = Signal()

    _STYLES: ClassVar[dict[str, str]] = {
        "info": "background:#e8f1fb; border:1px solid #9cc3ea; color:#10324f;",
        "warning": "background:#fff4d6; border:1px solid #e5c15c; color:#4a3800;",
        "error": "background:#fde7e7; border:1px solid #e59a9a; color:#5a1010;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # core text may quote file names
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, title: str, text: str, level: str = "info",
                     timeout_ms: int = 0) -> None:
        self.setStyleSheet("#messageBar {" + self._STYLES.get(level, self._STYLES["info"])
                           + " border-radius:4px;} QLabel {border:none; background:transparent;}")
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.text_label.setText(text)
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def _on_close_button_clicked(self) -> None:
        self.hide()
        self.closed.emit()


class CrashDialog(QDialog):
    """A bug: say that saved work is safe, and give details to copy (no network, ever)."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Evidence App met an error it did not expect. Everything you saved is safe in the "
            "encrypted workspace; unsaved edits are kept as an encrypted draft.\n\n"
            "Nothing has been sent anywhere. If the problem comes back, copy the details below "
            "and give them to your team's technical contact."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def present(exc: BaseException, *, bar: MessageBar | None = None,
            parent: QWidget | None = None) -> Presentation:
    """Show ``exc`` the way :func:`describe` says; return the presentation (for tests)."""
    shown = describe(exc)
    if shown.kind == "silent":
        return shown
    if shown.kind == "bar" and bar is not None:
        bar.show_message(shown.title, shown.full_text, "error")
    elif shown.kind in ("bar", "dialog"):
        from evidence_app.ui.ask import ask

        ask(parent, shown.title, shown.full_text, QMessageBox.StandardButton.Ok,
            QMessageBox.StandardButton.Ok, icon=QMessageBox.Icon.Warning)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        show_crash(type(exc), exc, exc.__traceback__, parent)
    return shown


def present_inline(exc: BaseException, label: QLabel, *,
                   parent: QWidget | None = None) -> Presentation:
    """Show ``exc`` in ``label`` inside the dialog the user is working in (a wizard page, an
    import dialog), as :func:`describe` words it; a bug still opens the crash dialog."""
    shown = describe(exc)
    if shown.kind == "crash":
        return present(exc, parent=parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # core messages may quote file names
    label.setText(f"{shown.title}\n{shown.full_text}" if shown.title else shown.full_text)
    label.setVisible(shown.kind != "silent")
    return shown


_showing_crash = False


def show_crash(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None, parent: QWidget | None = None) -> None:
    """Show the crash dialog (once at a time; a crash inside it goes to stderr)."""
    global _showing_crash
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if _showing_crash or QApplication.instance() is None:
        sys.stderr.write(details)
        return
    _showing_crash = True
    try:
        CrashDialog(details, parent).exec()
    finally:
        _showing_crash = False


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, core.Cancelled):
        return
    if isinstance(exc, core.WorkspaceLocked):
        # Work started just before a lock (or an auto-lock during a question) and reached the
        # core after it: the keys are gone, which is what the user wanted. Not a crash.
        log.info("an action reached the core after the workspace was locked")
        return
    log.error("uncaught exception", exc_info=(exc_type, exc, tb))
    show_crash(exc_type, exc, tb)


def install_excepthook() -> None:
    """Route uncaught exceptions (Qt slots included) to the crash dialog."""
    sys.excepthook = _excepthook
