"""Incidents an import found edited on both sides: both versions, and a person's decision.

Lists the open record conflicts (``bundle.list_conflicts``); for the one selected, shows this
workspace's version and the bundle's side by side (``bundle.conflict_versions``), one field per
line with the fields that differ marked, as plain text (the bundle's version is untrusted). The
user keeps one (``bundle.resolve_conflict``: keeping the bundle's is a signed edit, keeping ours a
signed decision, both in the incident's custody) and the list refreshes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors
from evidence_app.ui.fit import fit_header_labels

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace

DIFF_MARK = "≠ "
SAME_MARK = "  "


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """A record as ``{"place.township": "Kanbalu", "acts[0].violation": "AIR", ...}``."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key in sorted(value):
            out.update(flatten(value[key], f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list):
        if not value:
            out[prefix] = "—"
        for n, element in enumerate(value):
            out.update(flatten(element, f"{prefix}[{n}]"))
    elif value not in (None, ""):
        out[prefix] = str(value)
    return out


def side_by_side(local: dict[str, Any], remote: dict[str, Any]) -> tuple[str, str, int]:
    """Both versions as lines, the fields that differ first (marked), then the others in the
    same order on both sides; and how many differ."""
    a, b = flatten(local), flatten(remote)
    keys = sorted(set(a) | set(b))
    differing = [k for k in keys if a.get(k) != b.get(k)]
    same = [k for k in keys if a.get(k) == b.get(k)]
    lines_a = [f"{DIFF_MARK}{k}: {a.get(k, '—')}" for k in differing]
    lines_b = [f"{DIFF_MARK}{k}: {b.get(k, '—')}" for k in differing]
    lines_a += [f"{SAME_MARK}{k}: {a[k]}" for k in same]
    lines_b += [f"{SAME_MARK}{k}: {b[k]}" for k in same]
    return "\n".join(lines_a), "\n".join(lines_b), len(differing)


class ConflictsView(QWidget):
    """The open conflicts; ``resolved`` is emitted with the incident id after a decision."""

    resolved = Signal(str)

    def __init__(self, ws: Workspace, bar: errors.MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._bar = bar
        self.conflicts: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Incident"), self.tr("Received from"),
                                              self.tr("Received"), self.tr("Bundle")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(130)
        for column, width in ((0, 320), (1, 240), (2, 150)):
            self.table.setColumnWidth(column, width)
        fit_header_labels(self.table)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        layout.addWidget(self.table)
        panes = QGridLayout()
        panes.addWidget(QLabel(self.tr("This workspace's version")), 0, 0)
        panes.addWidget(QLabel(self.tr("The bundle's version")), 0, 1)
        self.local_text = QPlainTextEdit()
        self.remote_text = QPlainTextEdit()
        for n, pane in enumerate((self.local_text, self.remote_text)):
            pane.setReadOnly(True)  # a QPlainTextEdit never renders rich text
            pane.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            panes.addWidget(pane, 1, n)
        self.local_text.verticalScrollBar().valueChanged.connect(
            self.remote_text.verticalScrollBar().setValue)
        self.remote_text.verticalScrollBar().valueChanged.connect(
            self.local_text.verticalScrollBar().setValue)
        layout.addLayout(panes, 1)
        self.diff_label = QLabel()
        layout.addWidget(self.diff_label)
        buttons = QHBoxLayout()
        self.keep_local_button = QPushButton(self.tr("Keep this workspace's version"))
        self.keep_local_button.clicked.connect(self._on_keep_local_button_clicked)
        self.keep_remote_button = QPushButton(self.tr("Keep the bundle's version"))
        self.keep_remote_button.clicked.connect(self._on_keep_remote_button_clicked)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.keep_remote_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from evidence_app.crypto.signing import short_fingerprint
        from evidence_app.services import incidents, keys
        from evidence_app.services.bundle import list_conflicts

        self.conflicts = [c for c in list_conflicts(self._ws) if c.kind == "record"]
        aliases = {i.fingerprint: i.alias for i in keys.list_identities(self._ws)}
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            try:
                title = incidents.get_incident(self._ws, conflict.subject_id).title
            except Exception:  # a conflict on an incident deleted since: show its id
                title = conflict.subject_id
            when = conflict.received_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if hasattr(conflict.received_at, "astimezone") else str(conflict.received_at)
            sender = short_fingerprint(conflict.received_from)[:19]
            alias = aliases.get(conflict.received_from)
            cells = (title, f"{alias} ({sender}…)" if alias else sender + "…", when,
                     conflict.bundle_id[:8])
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # plain text
                cell.setToolTip(conflict.subject_id if col == 0 else "")
                self.table.setItem(row, col, cell)
        self.count_label.setText(self.tr(
            "{n} incident(s) were edited both here and in a bundle you imported. Compare the "
            "two versions and keep one.").format(n=len(self.conflicts))
            if self.conflicts else self.tr("No open conflicts."))
        if self.conflicts:
            self.table.selectRow(0)
        self._on_table_selection_changed()

    def selected(self) -> Any:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.conflicts[rows.pop()] if len(rows) == 1 else None

    def _on_table_selection_changed(self) -> None:
        from evidence_app.services.bundle import conflict_versions

        conflict = self.selected()
        for button in (self.keep_local_button, self.keep_remote_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.local_text.clear()
            self.remote_text.clear()
            self.diff_label.clear()
            return
        try:
            local, remote = conflict_versions(self._ws, conflict.id)
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return
        left, right, differ = side_by_side(local, remote)
        self.local_text.setPlainText(left)
        self.remote_text.setPlainText(right)
        self.diff_label.setText(self.tr("{n} field(s) differ, marked {mark}").format(
            n=differ, mark=DIFF_MARK.strip()))

    def resolve(self, keep: str) -> bool:
        """Keep ``"local"`` or ``"remote"`` for the selected conflict, after asking."""
        from evidence_app.services.bundle import resolve_conflict

        conflict = self.selected()
        if conflict is None:
            return False
        question = (self.tr("Keep this workspace's version and close the conflict? The "
                            "bundle's version stays recorded in the custody history.")
                    if keep == "local" else
                    self.tr("Replace this workspace's version with the bundle's? The change "
                            "is recorded as your signed edit."))
        if not ask.confirm(self, self.tr("Resolve the conflict"), question):
            return False
        try:
            resolve_conflict(self._ws, conflict.id, "local" if keep == "local" else "remote")
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return False
        self.refresh()
        self._bar.show_message(self.tr("Conflict resolved"), self.tr(
            "The decision is recorded in the incident's custody."), "info", timeout_ms=6000)
        self.resolved.emit(conflict.subject_id)
        return True

    def _on_keep_local_button_clicked(self) -> None:
        self.resolve("local")

    def _on_keep_remote_button_clicked(self) -> None:
        self.resolve("remote")
