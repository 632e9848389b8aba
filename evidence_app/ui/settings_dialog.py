"""Settings: language, auto-lock time, blurring of graphic content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from evidence_app.ui.i18n import LANGUAGES
from evidence_app.ui.settings import GuiSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            settings.language)))
        form.addRow(self.tr("Language"), self.language_combo)
        note = QLabel(self.tr("A new language is used from the next start of the app."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", note)
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(0, 240)
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setValue(settings.auto_lock_minutes)
        form.addRow(self.tr("Lock after no activity for"), self.lock_spin)
        self.blur_box = QCheckBox(self.tr("Blur graphic images until I click them"))
        self.blur_box.setChecked(settings.blur_graphic)
        form.addRow("", self.blur_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_buttons_accepted(self) -> None:
        self._settings.language = str(self.language_combo.currentData())
        self._settings.auto_lock_minutes = self.lock_spin.value()
        self._settings.blur_graphic = self.blur_box.isChecked()
        self._settings.save()
        self.accept()
