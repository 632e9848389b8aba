"""What a verified bundle would do to this workspace, before anything is written.

Shows a :class:`~evidence_app.services.bundle.BundlePlan`: who exported it (the alias is the
bundle's claim, shown as plain text beside the fingerprint), how many incidents, cases and items
would be added, updated, are already here or conflict, the new files and bytes, warnings, what
blocks the import, and the signers not in the keyring with their full fingerprints and a consent
box. Everything that comes from the bundle is ``untrusted_*`` and shown as plain text only
(table cells never render rich text; labels are set to plain text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.crypto.signing import grouped_fingerprint
from evidence_app.ui import labels
from evidence_app.ui.fields import plain_label, plain_tooltip
from evidence_app.ui.fit import fit_header_labels
from evidence_app.ui.fonts import monospace_font
from evidence_app.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from evidence_app.services.bundle import BundlePlan

translate = QCoreApplication.translate

ACTIONS = {
    "add": QT_TRANSLATE_NOOP("bundle", "will be added"),
    "update": QT_TRANSLATE_NOOP("bundle", "will be updated"),
    "present": QT_TRANSLATE_NOOP("bundle", "already here"),
    "local_newer": QT_TRANSLATE_NOOP("bundle", "already here (yours is newer)"),
    "history": QT_TRANSLATE_NOOP("bundle", "yours kept; the other history recorded"),
    "conflict": QT_TRANSLATE_NOOP("bundle", "CONFLICT: both versions kept for a person to "
                                            "decide"),
}
KINDS = {"incident": QT_TRANSLATE_NOOP("bundle", "Incidents"),
         "case": QT_TRANSLATE_NOOP("bundle", "Cases"),
         "item": QT_TRANSLATE_NOOP("bundle", "Evidence items")}
WARNING_STYLE = "color:#b00020; font-weight:bold;"


def action_text(action: str) -> str:
    return translate("bundle", ACTIONS[action]) if action in ACTIONS else action


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], mono: int = -1) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)  # plain text: labels come from the bundle
            if text:
                cell.setToolTip(plain_tooltip(text))  # escaped: tooltips render rich text
            if c == mono:
                cell.setFont(monospace_font())
            table.setItem(r, c, cell)


class BundleSummary(QWidget):
    """The pre-import summary of one plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.origin_label = plain_label()
        layout.addWidget(self.origin_label)
        self.counts_label = plain_label()
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        layout.addWidget(self.counts_label)
        self.changes_table = _table([self.tr("What happens"), self.tr("Kind"),
                                     self.tr("Title or file (from the bundle)"),
                                     self.tr("Why")])
        for column, width in ((0, 200), (1, 90), (2, 300)):
            self.changes_table.setColumnWidth(column, width)
        fit_header_labels(self.changes_table)
        layout.addWidget(self.changes_table, 1)
        self.files_label = plain_label()
        layout.addWidget(self.files_label)
        self.warnings_label = plain_label()
        self.warnings_label.setStyleSheet("color:#8a5a00;")
        layout.addWidget(self.warnings_label)
        self.problems_label = plain_label()
        self.problems_label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problems_label)
        self.signers_box = QGroupBox(self.tr("Signers not in your keyring"))
        box = QVBoxLayout(self.signers_box)
        explain = QLabel(self.tr(
            "These keys signed records or evidence in this bundle. Compare each fingerprint "
            "with its owner (in person or over a call) before accepting. Refusing imports "
            "nothing."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.signers_table = _table([self.tr("Calls itself"), self.tr("Fingerprint")])
        self.signers_table.setColumnWidth(0, 180)
        fit_header_labels(self.signers_table)
        box.addWidget(self.signers_table)
        self.accept_signers_check = QCheckBox(self.tr(
            "I compared these fingerprints: add the keys to my keyring as not yet trusted"))
        box.addWidget(self.accept_signers_check)
        layout.addWidget(self.signers_box)

    def show_plan(self, plan: BundlePlan) -> None:
        from evidence_app.crypto.signing import short_fingerprint

        report = plan.report
        self.origin_label.setText(self.tr(
            "Verified: every hash, signature and custody chain checks out.\n"
            "Exported {when} by a key calling itself \u201c{alias}\u201d ({fp}); "
            "{encrypted}.").format(
            when=report.created_at[:16].replace("T", " "),
            alias=report.untrusted_exporter_alias or "?",
            fp=short_fingerprint(report.exporter_fingerprint),
            encrypted=self.tr("it was encrypted to you") if report.encrypted
            else self.tr("it was not encrypted")))
        parts = []
        for kind, actions in sorted(plan.counts().items()):
            counts = ", ".join(f"{n} {action_text(a)}" for a, n in sorted(actions.items()))
            parts.append(f"{translate('bundle', KINDS.get(kind, kind))}: {counts}")
        self.counts_label.setText("\n".join(parts) or self.tr("The bundle holds no records."))
        kinds = {"incident": self.tr("incident"), "case": self.tr("case"),
                 "item": self.tr("item")}
        order = {a: n for n, a in enumerate(("conflict", "add", "update", "history",
                                             "present", "local_newer"))}
        decisions = sorted(plan.decisions, key=lambda d: (order.get(d.action, 9), d.kind))
        _fill(self.changes_table, [(action_text(d.action), kinds.get(d.kind, d.kind),
                                    d.untrusted_label, d.detail) for d in decisions])
        # The kinds in words ("evidence item" is long in Burmese), never cut.
        self.changes_table.setColumnWidth(1, max(self.changes_table.columnWidth(1),
                                                 self.changes_table.sizeHintForColumn(1)))
        for row, d in enumerate(decisions):
            if d.action == "conflict":
                cell = self.changes_table.item(row, 0)
                if cell is not None:
                    cell.setForeground(Qt.GlobalColor.red)
        self.files_label.setText(self.tr("New evidence files to store: {n} ({size}).").format(
            n=plan.new_files, size=labels.format_size(plan.new_bytes)))
        warnings = [*report.warnings, *plan.warnings]
        self.warnings_label.setText("\n".join(self.tr("Warning: {w}").format(w=w)
                                              for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.problems_label.setText("\n".join(
            [self.tr("This bundle cannot be imported:"), *plan.problems])
            if plan.problems else "")
        self.problems_label.setVisible(bool(plan.problems))
        new = plan.new_signers
        _fill(self.signers_table, [(s.untrusted_alias or self.tr("(no name)"),
                                    grouped_fingerprint(s.fingerprint)) for s in new], mono=1)
        rows_shown = min(len(new), 3)
        self.signers_table.setFixedHeight(
            self.signers_table.horizontalHeader().sizeHint().height()
            + rows_shown * self.signers_table.verticalHeader().defaultSectionSize() + 4)
        self.accept_signers_check.setChecked(False)
        self.signers_box.setVisible(bool(new))
