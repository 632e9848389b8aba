"""Questions that need a decision (a dialog, never a silent default).

Every yes/no or save/discard question of the UI goes through :func:`ask`, so there is one place
that decides how such a question looks, and tests can answer it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: Button,
        default: Button, *, icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> Button:
    """Show a modal question; return the button chosen."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.setTextFormat(Qt.TextFormat.PlainText)  # questions may quote titles or file names
    return Button(box.exec())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose safe answer (No) is the default."""
    return ask(parent, title, text, Button.Yes | Button.No, Button.No) == Button.Yes
