"""Import a bundle: verify it, show what it would change, ask about new signers, merge.

``bundle.inspect_bundle`` runs on the worker (progress, Cancel) and writes nothing. If the bundle
fails verification the dialog shows the verification report and there is nothing to import.
Otherwise it shows the pre-import summary (:class:`~evidence_app.ui.bundle_summary.BundleSummary`)
with the signers not in the keyring and their fingerprints: the user accepts them (they are added
as not yet trusted) or refuses, which imports nothing. ``bundle.import_bundle`` then merges on the
worker, in one transaction, and the dialog shows what was added, updated and flagged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors
from evidence_app.ui.bundle_summary import WARNING_STYLE, BundleSummary
from evidence_app.ui.fields import dialog_buttons, plain_label, push_button
from evidence_app.ui.task_panel import TaskPanel
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.bundle import BundlePlan, BundleReport, ImportResult
    from evidence_app.services.workspace import Workspace

PICK, WORKING, REPORT, SUMMARY, RESULT = range(5)


def report_lines(report: BundleReport) -> list[str]:
    """The verification report as lines of plain text (what failed first)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    fail, ok = translate("bundle", "FAIL"), translate("bundle", "OK")
    lines = [f"{fail}  {p}" for p in report.problems]
    if not report.signature_ok:
        lines.append(f"{fail}  " + translate("bundle", "the exporter's signature is not valid"))
    for item in report.items:
        lines.append(f"{ok if item.ok else fail}  {item.exhibit_number}  {item.sha256[:16]}  "
                     f"{item.untrusted_filename}")
        lines += [f"        - {p}" for p in item.problems]
    return lines


class BundleImportDialog(QDialog):
    """Pick, verify, summarise, consent, import. ``imported`` carries the core's result."""

    imported = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.plan: BundlePlan | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setMinimumSize(820, 600)
        self.resize(940, 680)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        pick = QWidget()
        column = QVBoxLayout(pick)
        column.addWidget(QLabel(self.tr(
            "Choose the bundle file (.eab or .zip). It is verified first: every hash, "
            "signature and custody chain. Nothing is written until you accept the summary.")))
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_button = QPushButton(self.tr("Choose file…"))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.file_button)
        column.addLayout(row)
        self.pick_error = plain_label()
        self.pick_error.setStyleSheet(WARNING_STYLE)
        self.pick_error.hide()
        column.addWidget(self.pick_error)
        column.addStretch(1)
        for child in pick.findChildren(QLabel):
            child.setWordWrap(True)
        self.pages.addWidget(pick)

        self.panel = TaskPanel()
        self.pages.addWidget(self.panel)

        failed = QWidget()
        column = QVBoxLayout(failed)
        self.report_title = plain_label()
        self.report_title.setStyleSheet(WARNING_STYLE)
        self.report_text = QPlainTextEdit()  # plain text only: names come from the bundle
        self.report_text.setReadOnly(True)
        column.addWidget(self.report_title)
        column.addWidget(self.report_text, 1)
        self.pages.addWidget(failed)

        self.summary = BundleSummary()
        self.summary.accept_signers_check.toggled.connect(self._update_buttons)
        self.pages.addWidget(self.summary)

        done = QWidget()
        column = QVBoxLayout(done)
        self.result_title = plain_label()
        font = self.result_title.font()
        font.setBold(True)
        self.result_title.setFont(font)
        self.result_text = plain_label()
        column.addWidget(self.result_title)
        column.addWidget(self.result_text)
        column.addStretch(1)
        self.pages.addWidget(done)

        self.verify_button = push_button(self.tr("Verify"), self._on_verify_button_clicked)
        self.refuse_button = push_button(self.tr("Refuse signers (import nothing)"),
                                         self._on_refuse_button_clicked)
        self.import_button = push_button(self.tr("Import"), self._on_import_button_clicked)
        self.close_button = push_button(self.tr("Close"), self.reject)
        layout.addLayout(dialog_buttons(self.verify_button, self.refuse_button,
                                        self.import_button, self.close_button))
        self._show(PICK)

    # --- pages ---------------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.verify_button.setVisible(page == PICK)
        self.verify_button.setDefault(page == PICK)
        self.close_button.setEnabled(page != WORKING)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan if self.pages.currentIndex() == SUMMARY else None
        self.import_button.setVisible(plan is not None)
        self.refuse_button.setVisible(plan is not None and bool(plan.new_signers))
        if plan is not None:
            consent = not plan.new_signers or self.summary.accept_signers_check.isChecked()
            self.import_button.setEnabled(consent and not plan.problems
                                          and not plan.nothing_to_do)

    # --- verifying -----------------------------------------------------------------------------

    def verify(self, path: Path) -> None:
        """Verify ``path`` on the worker and show the summary or the report."""
        from evidence_app.services.bundle import inspect_bundle

        self.file_edit.setText(str(path))
        self.pick_error.hide()
        self.plan = None
        task = self._runner.start("bundle-inspect", inspect_bundle, path, self._ws,
                                  with_progress=True, with_cancel=True)
        task.finished.connect(self._on_inspect_finished)
        task.failed.connect(self._on_inspect_failed)
        self.panel.follow(task, self.tr("Verifying the bundle: hashes, signatures, custody "
                                        "chains…"))
        self._show(WORKING)

    def _on_file_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), self.file_edit.text(),
            self.tr("Bundles (*.eab *.zip);;All files (*)"))
        if name:
            self.file_edit.setText(name)

    def _on_verify_button_clicked(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.verify(Path(text).expanduser())

    def _on_inspect_failed(self, exc: object) -> None:
        from evidence_app.errors import BundleRejected
        from evidence_app.services.bundle import BundleVerificationFailed

        if not isinstance(exc, BaseException):
            return
        if not isinstance(exc, BundleRejected):  # unreadable file, cancel, a bug
            self._show(PICK)
            errors.present_inline(exc, self.pick_error, parent=self)
            return
        errors.present_inline(exc, self.report_title, parent=self)
        lines = report_lines(exc.report) if isinstance(exc, BundleVerificationFailed) else []
        self.report_text.setPlainText("\n".join(lines))
        self.report_text.setVisible(bool(lines))
        self._show(REPORT)

    def _on_inspect_finished(self, plan: Any) -> None:
        self.plan = plan
        self.summary.show_plan(plan)
        self._show(SUMMARY)
        if plan.nothing_to_do:
            self.summary.counts_label.setText(self.summary.counts_label.text() + "\n" + self.tr(
                "Everything in this bundle is already here. Nothing to import."))

    # --- importing -----------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Merge the summarised plan on the worker (the Import button)."""
        from evidence_app.services.bundle import import_bundle

        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return False
        task = self._runner.start(
            "bundle-import", import_bundle, self._ws, plan,
            accept_signers=self.summary.accept_signers_check.isChecked(),
            signer_trust="untrusted", with_progress=True, with_cancel=True)
        task.finished.connect(self._on_import_finished)
        task.failed.connect(self._on_import_failed)
        self.panel.follow(task, self.tr("Importing: storing evidence files, then records and "
                                        "custody in one step…"))
        self._show(WORKING)
        return True

    def refuse(self) -> None:
        """Refuse the new signers: nothing is imported."""
        self.plan = None
        self.result_title.setText(self.tr("Signers refused. Nothing was imported."))
        self.result_text.setText(self.tr(
            "To import this bundle later, first compare the signers' fingerprints with them, "
            "or import their public keys under Keys and team."))
        self._show(RESULT)

    def _on_import_button_clicked(self) -> None:
        self.start_import()

    def _on_refuse_button_clicked(self) -> None:
        self.refuse()

    def _on_import_failed(self, exc: object) -> None:
        if not isinstance(exc, BaseException):
            return
        self.result_title.setText(self.tr("Nothing was imported."))
        errors.present_inline(exc, self.result_text, parent=self)
        self.result_text.show()
        self._show(RESULT)

    def _on_import_finished(self, result: Any) -> None:
        self.import_result = result
        self.plan = None
        kinds = {"incident": self.tr("incident(s)"), "case": self.tr("case(s)"),
                 "item": self.tr("evidence item(s)")}
        added = ", ".join(f"{n} {kinds.get(k, k)}" for k, n in sorted(result.added.items()))
        updated = ", ".join(f"{n} {kinds.get(k, k)}"
                            for k, n in sorted(result.updated.items()))
        self.result_title.setText(self.tr("The bundle was imported."))
        lines = [self.tr("Added: {what}").format(what=added or self.tr("nothing")),
                 self.tr("Updated: {what}").format(what=updated or self.tr("nothing")),
                 self.tr("Evidence files stored: {n}").format(n=result.files_stored),
                 self.tr("Signers added to your keyring (not yet trusted): {n}").format(
                     n=len(result.signers_added))]
        if result.conflicts:
            lines.append(self.tr("{n} incident(s) were edited on both sides: both versions "
                                 "are kept. Resolve them in the conflicts list.").format(
                n=result.conflicts))
        if result.histories:
            lines.append(self.tr("{n} other history(ies) recorded beside yours.").format(
                n=result.histories))
        self.result_text.setText("\n".join(lines))
        self._show(RESULT)
        self.imported.emit(result)

    def reject(self) -> None:
        if self.panel.task is not None:  # closing while working means Cancel
            self.panel.cancel()
            return
        super().reject()
