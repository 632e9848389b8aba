"""The two read-only parts of the dossier dialog: the readiness gaps and the export's result.

:class:`ReadinessPanel` shows what ``services.dossier.readiness`` found, grouped by incident and
exhibit, worst first (the same grouping as the CLI's ``print_gaps``). :class:`ResultPanel` shows
what ``export_dossier`` wrote: the file, its page count, its SHA-256 (monospace, selectable,
with a copy button, so it can be compared with ``sha256sum``), whether it is signed and redacted,
and which exhibits were withheld. Gap messages and titles come from records: plain text only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.dossier.words import Words
from evidence_app.ui import labels
from evidence_app.ui.fields import plain_tooltip
from evidence_app.ui.fit import fit_header_labels
from evidence_app.ui.fonts import monospace_font

if TYPE_CHECKING:
    from evidence_app.dossier.content import Gap
    from evidence_app.services.dossier import DossierResult

SEVERITY_COLOURS = {"high": "#b00020", "medium": "#8a5a00", "low": "#555555"}


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadinessPanel(QGroupBox):
    """What the selected incidents and their exhibits lack; the export is still allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Readiness (Berkeley Protocol, Leiden Guidelines)"))
        layout = QVBoxLayout(self)
        self.summary_label = _plain_label(self.tr("Checking what the records lack…"))
        layout.addWidget(self.summary_label)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What is lacking"), self.tr("Severity"),
                                   self.tr("Standard")])
        self.tree.setColumnWidth(0, 540)
        # Wide enough for the longest severity in the UI's language ("Medium" in Burmese is
        # twice as wide as in English).
        widest = max(self.tree.fontMetrics().horizontalAdvance(self.severity_label(s))
                     for s in ("high", "medium", "low"))
        self.tree.setColumnWidth(1, max(80, widest + 16))
        fit_header_labels(self.tree)
        self.tree.setWordWrap(True)
        self.tree.setMinimumHeight(150)
        self.tree.hide()
        layout.addWidget(self.tree, 1)
        self.gaps: list[Gap] = []

    def severity_label(self, severity: str) -> str:
        words = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}
        return words.get(severity, severity)

    def show_gaps(self, gaps: Sequence[Gap]) -> None:
        """Fill the tree: one branch per incident or exhibit, its gaps under it."""
        self.gaps = list(gaps)
        self.tree.clear()
        if not gaps:
            self.summary_label.setText(self.tr(
                "Nothing lacking against the Berkeley Protocol and Leiden Guidelines checks."))
            self.tree.hide()
            return
        high = sum(1 for g in gaps if g.severity == "high")
        self.summary_label.setText(self.tr(
            "{n} gap(s), {high} of high severity. They are listed in the dossier's Appendix C; "
            "you may still export.").format(n=len(gaps), high=high))
        branch = QTreeWidgetItem()
        current: tuple[str, str] | None = None
        # Gap messages come from the core; their templates are in the dossier's catalogue.
        translate = Words(labels.language()).translate
        for gap in gaps:
            if (gap.subject_type, gap.subject_id) != current:
                current = (gap.subject_type, gap.subject_id)
                if gap.subject_type == "incident":
                    title = self.tr("Incident: {title}").format(title=gap.label)
                else:
                    title = self.tr("Exhibit {number}").format(number=gap.label)
                branch = QTreeWidgetItem(self.tree, [title])  # item text is never rich text
                branch.setToolTip(0, plain_tooltip(title))
                font = branch.font(0)
                font.setBold(True)
                branch.setFont(0, font)
                branch.setExpanded(True)
            message = gap.text(translate)
            item = QTreeWidgetItem(branch, [message, self.severity_label(gap.severity),
                                            gap.standard])
            item.setToolTip(0, plain_tooltip(message))
            item.setForeground(1, QBrush(QColor(SEVERITY_COLOURS.get(gap.severity, "#000"))))
            item.setData(0, Qt.ItemDataRole.UserRole, gap.code)
        self.tree.expandAll()
        self.tree.show()

    def show_failure(self) -> None:
        self.summary_label.setText(self.tr("The readiness check did not finish; you may still "
                                           "export."))


class ResultPanel(QGroupBox):
    """What was written, for the user to note, copy and compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dossier written"))
        form = QFormLayout(self)
        self.path_label = _plain_label()
        self.folder_button = QPushButton(self.tr("Show folder"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.folder_button)
        self.pages_label = _plain_label()
        self.sha256_label = QLabel()
        self.sha256_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sha256_label.setFont(monospace_font())
        self.sha256_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the SHA-256 to compare it with sha256sum or "
                                            "to send it separately from the file"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        digest_row = QHBoxLayout()
        digest_row.addWidget(self.sha256_label, 1)
        digest_row.addWidget(self.copy_button)
        self.signed_label = _plain_label()
        self.version_label = _plain_label()
        self.withheld_label = _plain_label()
        self.exhibits_label = _plain_label()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Pages:"), self.pages_label)
        form.addRow(self.tr("SHA-256:"), digest_row)
        form.addRow(self.tr("Signature:"), self.signed_label)
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Exhibits:"), self.exhibits_label)
        form.addRow(self.tr("Withheld:"), self.withheld_label)
        self.result: DossierResult | None = None

    def show_result(self, result: DossierResult, alias: str) -> None:
        self.result = result
        self.path_label.setText(str(result.path))
        self.pages_label.setText(self.tr("{pages} (dossier {id})").format(
            pages=result.pages, id=result.dossier_id))
        self.sha256_label.setText(result.sha256)
        self.copy_button.setText(self.tr("Copy"))
        self.signed_label.setText(
            self.tr("Signed (PAdES) by {alias}; any PDF signature validator can check it.")
            .format(alias=alias) if result.signed else
            self.tr("Not signed: a draft for proofreading, not for filing."))
        self.version_label.setText(
            self.tr("Redacted for disclosure: pseudonyms only, ERNs end in -R.")
            if result.redacted else
            self.tr("Full version: real names, ages and contacts of victims and witnesses."))
        if result.exhibits:
            first, last = result.exhibits[0], result.exhibits[-1]
            self.exhibits_label.setText(self.tr(
                "{n}: {first}…{last}, ERN {ern_first}…{ern_last}").format(
                n=len(result.exhibits), first=first.exhibit_number, last=last.exhibit_number,
                ern_first=first.ern_first, ern_last=last.ern_last))
        else:
            self.exhibits_label.setText(self.tr("none"))
        self.withheld_label.setText(
            self.tr("{numbers} (confidential or under seal, left out of this version)").format(
                numbers=", ".join(result.withheld)) if result.withheld else self.tr("none"))

    def _on_folder_button_clicked(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.sha256_label.text())
        self.copy_button.setText(self.tr("Copied"))
