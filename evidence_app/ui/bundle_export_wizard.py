"""Export a bundle: what to export, to whom (encrypted) or unencrypted, where; then the result.

Three pages in one dialog. The first chooses the scope (a case, or the incidents selected in the
incidents list), the recipient's key file (its fingerprint is shown, with what the keyring says
about it) or no encryption, and the output file. An unencrypted bundle is plaintext: the page
says so and the wizard asks again before writing. The second page follows
``bundle.export_bundle`` on the worker (progress, Cancel: the core removes its temp file, so a
cancelled export leaves nothing), then hashes the written file. The third shows the path, size,
SHA-256 and counts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors, labels
from evidence_app.ui.fields import dialog_buttons, plain_label, push_button
from evidence_app.ui.task_panel import TaskPanel
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.progress import CancelToken, ProgressFn
    from evidence_app.services.bundle import BundleExportResult
    from evidence_app.services.workspace import Workspace

WARNING_STYLE = "color:#b00020; font-weight:bold;"


def export_and_hash(ws: Workspace, *, case: str | None, incident_ids: list[str],
                    output: Path, recipient_pem: Path | None, progress: ProgressFn,
                    cancel: CancelToken) -> tuple[BundleExportResult, str]:
    """Export, then hash the written file (runs on the worker). Cancel stops the export only:
    once the bundle is written and recorded, the hash is always computed."""
    from evidence_app.services.bundle import export_bundle
    from evidence_app.services.bundle.digest import bundle_sha256

    result = export_bundle(ws, case=case, incident_ids=incident_ids, output=output,
                           recipient_pem=recipient_pem, progress=progress, cancel=cancel)
    return result, bundle_sha256(result.path, progress=progress)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class BundleExportWizard(QDialog):
    """Choose, write, report. ``exported`` carries the core's result."""

    exported = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, *,
                 selected_incident_ids: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app.services import cases

        self._ws = ws
        self._runner = runner
        self._incident_ids = list(selected_incident_ids or [])
        self.recipient_path: Path | None = None
        self.export_result: Any = None
        self.sha256 = ""
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        setup = QWidget()
        column = QVBoxLayout(setup)
        column.setContentsMargins(0, 0, 0, 0)
        scope = QGroupBox(self.tr("What to export"))
        grid = QGridLayout(scope)
        self.case_radio = QRadioButton(self.tr("A case:"))
        self.case_combo = QComboBox()
        for case in cases.list_cases(ws):
            self.case_combo.addItem(f"{case.reference} – {case.title}", case.id)
        self.selection_radio = QRadioButton(self.tr(
            "The incident(s) selected in the incidents list: {n}").format(
            n=len(self._incident_ids)))
        self.selection_radio.setEnabled(bool(self._incident_ids))
        grid.addWidget(self.case_radio, 0, 0)
        grid.addWidget(self.case_combo, 0, 1)
        grid.addWidget(self.selection_radio, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        (self.case_radio if self.case_combo.count() or not self._incident_ids
         else self.selection_radio).setChecked(True)
        self.case_combo.setEnabled(self.case_combo.count() > 0)
        column.addWidget(scope)

        crypt = QGroupBox(self.tr("Who may read it"))
        box = QVBoxLayout(crypt)
        self.encrypt_radio = QRadioButton(self.tr(
            "Encrypt it to the person who will receive it (recommended)"))
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setReadOnly(True)
        self.key_edit.setPlaceholderText(self.tr("Their public key file (.pem), exported "
                                                 "from Evidence App"))
        self.key_button = QPushButton(self.tr("Choose key file…"))
        self.key_button.clicked.connect(self._on_key_button_clicked)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_button)
        self.recipient_label = plain_label()
        self.recipient_fingerprint_label = plain_label(mono=True)
        self.plain_radio = QRadioButton(self.tr("Do not encrypt"))
        self.plain_warning = QLabel(self.tr(
            "An unencrypted bundle is plaintext: anyone who gets the file (a lost USB stick, "
            "a border check) can read every record, name and evidence file in it."))
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setStyleSheet(WARNING_STYLE)
        box.addWidget(self.encrypt_radio)
        box.addLayout(key_row)
        box.addWidget(self.recipient_label)
        box.addWidget(self.recipient_fingerprint_label)
        box.addWidget(self.plain_radio)
        box.addWidget(self.plain_warning)
        self.encryption_group = QButtonGroup(self)
        self.encrypt_radio.setChecked(True)
        for radio in (self.encrypt_radio, self.plain_radio):
            self.encryption_group.addButton(radio)
            radio.toggled.connect(self._update_encryption)
        column.addWidget(crypt)

        where = QGroupBox(self.tr("Save as"))
        row = QHBoxLayout(where)
        self.output_edit = QLineEdit()
        self.output_button = QPushButton(self.tr("Choose…"))
        self.output_button.clicked.connect(self._on_output_button_clicked)
        row.addWidget(self.output_edit, 1)
        row.addWidget(self.output_button)
        column.addWidget(where)
        self.error_label = plain_label()
        self.error_label.setStyleSheet(WARNING_STYLE)
        self.error_label.hide()
        column.addWidget(self.error_label)
        column.addStretch(1)
        self.pages.addWidget(setup)

        self.panel = TaskPanel()
        self.pages.addWidget(self.panel)

        done = QWidget()
        form = QGridLayout(done)
        self.result_title = _bold("")
        form.addWidget(self.result_title, 0, 0, 1, 2)
        self.result_labels: dict[str, QLabel] = {}
        rows = (("path", self.tr("File")), ("size", self.tr("Size")),
                ("sha256", self.tr("SHA-256")), ("contents", self.tr("Contains")),
                ("encryption", self.tr("Encryption")))
        for n, (key, text) in enumerate(rows, start=1):
            form.addWidget(_bold(text), n, 0, Qt.AlignmentFlag.AlignTop)
            self.result_labels[key] = plain_label(mono=key == "sha256")
            form.addWidget(self.result_labels[key], n, 1)
        hint = QLabel(self.tr("Give the SHA-256 to the receiver by another channel (a call, "
                              "a message) so they can check the file they get is this one."))
        hint.setWordWrap(True)
        form.addWidget(hint, len(rows) + 1, 0, 1, 2)
        form.setColumnStretch(1, 1)
        form.setRowStretch(len(rows) + 2, 1)
        self.pages.addWidget(done)

        self.export_button = push_button(self.tr("Export"), self._on_export_button_clicked,
                                         default=True)
        self.close_button = push_button(self.tr("Close"), self.reject)
        layout.addLayout(dialog_buttons(self.export_button, self.close_button))
        self._update_encryption()

    # --- choices -------------------------------------------------------------------------------

    def set_recipient(self, path: Path) -> bool:
        """Read a recipient's key file and show whose it is; False (and why) if unusable."""
        from evidence_app.services import keys
        from evidence_app.services.bundle.crypt import read_recipient_file

        try:
            recipient = read_recipient_file(path)
        except Exception as exc:
            self.recipient_path = None
            self.recipient_label.clear()
            self.recipient_fingerprint_label.clear()
            errors.present_inline(exc, self.error_label, parent=self)
            return False
        self.error_label.hide()
        self.recipient_path = path
        self.key_edit.setText(str(path))
        known = {i.fingerprint: i for i in keys.list_identities(self._ws)}
        ident = known.get(recipient.fingerprint)
        if ident is None:
            status = self.tr("Not in your keyring: compare this fingerprint with them before "
                             "sending.")
        else:
            status = self.tr("In your keyring as {alias} ({trust}).").format(
                alias=ident.alias, trust=labels.label(labels.trust_levels(), ident.trust))
        self.recipient_label.setText(self.tr("Encrypted to: {alias}. {status}").format(
            alias=recipient.alias or self.tr("(no name in the file)"), status=status))
        from evidence_app.crypto.signing import short_fingerprint

        self.recipient_fingerprint_label.setText(short_fingerprint(recipient.fingerprint))
        self.recipient_fingerprint_label.setToolTip(recipient.fingerprint)
        self._suggest_output()
        return True

    def set_output(self, path: Path) -> None:
        self.output_edit.setText(str(path))

    def _suggest_output(self) -> None:
        if self.output_edit.text().strip():
            return
        from datetime import date

        name = "bundle"
        if self.case_radio.isChecked() and self.case_combo.count():
            name = self.case_combo.currentText().split(" – ")[0]
        ext = ".eab" if self.encrypt_radio.isChecked() else ".zip"
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
        self.output_edit.setText(str(Path.home() / f"{safe}-{date.today():%Y%m%d}{ext}"))

    def _update_encryption(self) -> None:
        encrypt = self.encrypt_radio.isChecked()
        for widget in (self.key_edit, self.key_button):
            widget.setEnabled(encrypt)
        self.recipient_label.setVisible(encrypt)
        self.recipient_fingerprint_label.setVisible(encrypt)
        self.plain_warning.setVisible(not encrypt)
        # an encrypted bundle is not a zip: keep the suggested extension honest
        text = self.output_edit.text()
        old, new = (".zip", ".eab") if encrypt else (".eab", ".zip")
        if text.endswith(old):
            self.output_edit.setText(text[:-len(old)] + new)

    def _on_key_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The receiver's public key"), "",
            self.tr("Public keys (*.pem *.pub);;All files (*)"))
        if name:
            self.set_recipient(Path(name))

    def _on_output_button_clicked(self) -> None:
        self._suggest_output()
        # No "replace it?" question: an export never replaces a file (see the CSV dialog).
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle as"), self.output_edit.text(),
            self.tr("Bundles (*.eab *.zip);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.set_output(Path(name))

    # --- running -------------------------------------------------------------------------------

    def start_export(self) -> bool:
        """Check the choices, ask about plaintext, and start the export on the worker."""
        from evidence_app.errors import UsageError

        case = self.case_combo.currentData() if self.case_radio.isChecked() else None
        incident_ids = [] if case else list(self._incident_ids)
        text = self.output_edit.text().strip()
        problem = ""
        if not case and not incident_ids:
            problem = self.tr("Choose a case, or select incidents in the incidents list.")
        elif self.encrypt_radio.isChecked() and self.recipient_path is None:
            problem = self.tr("Choose the receiver's key file, or choose not to encrypt.")
        elif not text:
            problem = self.tr("Choose where to save the bundle.")
        if problem:
            errors.present_inline(UsageError(problem), self.error_label, parent=self)
            return False
        if self.plain_radio.isChecked() and not ask.confirm(
                self, self.tr("Write an unencrypted bundle?"), self.tr(
                    "This bundle will NOT be encrypted. Anyone who gets the file can read "
                    "every record, name and evidence file in it. Write it anyway?")):
            return False
        self.error_label.hide()
        task = self._runner.start(
            "bundle-export", export_and_hash, self._ws, case=case, incident_ids=incident_ids,
            output=Path(text).expanduser(),
            recipient_pem=self.recipient_path if self.encrypt_radio.isChecked() else None,
            with_progress=True, with_cancel=True)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        self.panel.follow(task, self.tr("Writing the bundle…"))
        self.pages.setCurrentWidget(self.panel)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        return True

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_task_failed(self, exc: object) -> None:
        self.pages.setCurrentIndex(0)
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)
        if isinstance(exc, BaseException):
            errors.present_inline(exc, self.error_label, parent=self)

    def _on_task_finished(self, outcome: Any) -> None:
        result, sha256 = outcome  # export_and_hash's pair
        self.export_result = result
        self.sha256 = str(sha256)
        self.result_title.setText(self.tr("The bundle was written."))
        self.result_labels["path"].setText(str(result.path))
        self.result_labels["size"].setText(labels.format_size(result.size))
        self.result_labels["sha256"].setText(sha256)
        self.result_labels["contents"].setText(self.tr(
            "{i} incident(s), {c} case(s), {n} evidence item(s), {f} file(s)").format(
            i=result.incidents, c=result.cases, n=result.items, f=result.files))
        if result.recipient_fingerprint:
            from evidence_app.crypto.signing import short_fingerprint

            self.result_labels["encryption"].setText(self.tr("Encrypted to {fp}").format(
                fp=short_fingerprint(result.recipient_fingerprint)))
        else:
            self.result_labels["encryption"].setText(self.tr(
                "NOT encrypted: keep the file as carefully as the evidence."))
        self.pages.setCurrentIndex(2)
        self.export_button.hide()
        self.close_button.setEnabled(True)
        self.exported.emit(result)

    def reject(self) -> None:
        if self.panel.task is not None:  # closing while writing means Cancel
            self.panel.cancel()
            return
        super().reject()
