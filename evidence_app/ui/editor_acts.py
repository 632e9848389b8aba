"""The acts of an incident: violation type, description, candidate legal characterizations,
alleged perpetrators and victim counts (HURIDOCS Event -> Act -> Involvement).

The Rome Statute articles offered first are the taxonomy's candidates for the chosen violation
type; any other article the taxonomy knows can be added. A characterization is a reviewer's
legal hypothesis, not a finding (DOMAIN.md), and the section says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import labels
from evidence_app.ui.editor_sections import Problems, Section
from evidence_app.ui.editor_tables import Column, RowTable
from evidence_app.ui.fields import SECONDARY_TEXT, FieldError, compact, select_data


def _article_text(article: str) -> str:
    from evidence_app import taxonomy

    try:
        found = taxonomy.rome_statute_article(article)
    except KeyError:
        return article
    return f"{article} – {found.title.get(labels.language())} ({found.context})"


class ActEditor(QFrame):
    """One act; ``remove_requested`` asks the section to drop it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app import taxonomy

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout(self)
        self.header_label = QLabel()
        font = self.header_label.font()
        font.setBold(True)
        self.header_label.setFont(font)
        self.remove_button = QPushButton(self.tr("Remove this act"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        head = QHBoxLayout()
        head.addWidget(self.header_label)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        form.addRow(head)
        self.errors[""] = self._error()
        form.addRow(self.errors[""])
        self.violation_combo = compact(QComboBox(), 24)
        self.violation_combo.addItem(self.tr("(choose a violation type)"), "")
        for v in taxonomy.violation_types():
            self.violation_combo.addItem(f"{v.code} – {v.names.get(labels.language())}", v.code)
            self.violation_combo.setItemData(self.violation_combo.count() - 1,
                                             v.description.get(labels.language()),
                                             Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("Violation type"), self._with_error(self.violation_combo,
                                                                "violation"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.description_edit.setFixedHeight(int(self.fontMetrics().height() * 4.5))
        form.addRow(self.tr("Description"), self._with_error(self.description_edit,
                                                             "description"))
        self.article_list = QListWidget()
        self.article_list.setFixedHeight(int(self.fontMetrics().height() * 7))
        self.more_combo = compact(QComboBox(), 24)
        self.more_combo.addItem(self.tr("Add another article…"), "")
        for article in taxonomy.rome_statute_articles():
            self.more_combo.addItem(_article_text(article.article), article.article)
        self.more_combo.activated.connect(self._on_more_combo_activated)
        articles = QWidget()
        column = QVBoxLayout(articles)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Candidate Rome Statute articles: a legal hypothesis for "
                              "reviewers, not a finding."))
        hint.setWordWrap(True)
        hint.setStyleSheet(SECONDARY_TEXT)
        column.addWidget(hint)
        column.addWidget(self.article_list)
        column.addWidget(self.more_combo)
        form.addRow(self.tr("Characterizations"), self._with_error(articles,
                                                                   "characterizations"))
        classes: dict[int | None, str] = {None: self.tr("(unknown)")}
        classes.update({n: f"{n} – {names[labels.language()]}"
                        for n, names in taxonomy.actor_classes().items()})
        self.perpetrators = RowTable([
            Column("kind", self.tr("Kind"), "choice", labels.perpetrator_kinds(), width=90),
            Column("name", self.tr("Name (unit or person)"), width=230),
            Column("actor_class", self.tr("ACLED actor class"), "choice", classes, width=190),
            Column("notes", self.tr("Notes")),
        ], self.tr("Add alleged perpetrator"))
        form.addRow(self.tr("Alleged perpetrators"), self._with_error(self.perpetrators,
                                                                      "perpetrators"))
        self.victims = RowTable([
            Column("outcome", self.tr("Outcome"), "choice", labels.outcomes(), width=130),
            Column("count", self.tr("Number of people"), "number", width=130),
            Column("notes", self.tr("Notes")),
        ], self.tr("Add victim count"))
        form.addRow(self.tr("Victims"), self._with_error(self.victims, "victims"))
        self.violation_combo.currentIndexChanged.connect(self._on_violation_combo_changed)
        self.violation_combo.currentIndexChanged.connect(self.changed)
        self.description_edit.textChanged.connect(self.changed)
        self.article_list.itemChanged.connect(self.changed)
        self.perpetrators.changed.connect(self.changed)
        self.victims.changed.connect(self.changed)

    def _error(self) -> FieldError:
        return FieldError(self)

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.errors[key] = self._error()
        column.addWidget(self.errors[key])
        return box

    def set_number(self, number: int) -> None:
        self.header_label.setText(self.tr("Act {n}").format(n=number))

    def checked_articles(self) -> list[str]:
        return [self.article_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.article_list.count())
                if self.article_list.item(i).checkState() == Qt.CheckState.Checked]

    def _set_articles(self, suggested: list[str], checked: list[str]) -> None:
        self.article_list.blockSignals(True)
        self.article_list.clear()
        for article in list(dict.fromkeys([*suggested, *checked])):
            item = QListWidgetItem(_article_text(article))
            item.setData(Qt.ItemDataRole.UserRole, article)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if article in checked
                               else Qt.CheckState.Unchecked)
            self.article_list.addItem(item)
        self.article_list.blockSignals(False)

    def _suggested(self) -> list[str]:
        from evidence_app import taxonomy

        code = self.violation_combo.currentData()
        return list(taxonomy.violation(code).articles) if code else []

    def _on_violation_combo_changed(self) -> None:
        self._set_articles(self._suggested(), self.checked_articles())

    def _on_more_combo_activated(self, index: int) -> None:
        article = self.more_combo.itemData(index)
        self.more_combo.setCurrentIndex(0)
        if article and article not in self.checked_articles():
            self._set_articles(self._suggested(), [*self.checked_articles(), article])
            self.changed.emit()

    def load(self, act: dict[str, Any]) -> None:
        select_data(self.violation_combo, act.get("violation", ""))
        self.description_edit.setPlainText(act.get("description", ""))
        self._set_articles(self._suggested(), list(act.get("characterizations") or []))
        self.perpetrators.set_rows(list(act.get("perpetrators") or []))
        self.victims.set_rows(list(act.get("victims") or []))

    def dump(self) -> dict[str, Any]:
        return {
            "violation": self.violation_combo.currentData() or "",
            "description": self.description_edit.toPlainText(),
            "characterizations": self.checked_articles(),
            "perpetrators": [p for p in self.perpetrators.rows() if p.get("name")
                             or p.get("notes")],
            "victims": self.victims.rows(),
        }

    def error_label(self, path: list[str]) -> tuple[FieldError, list[str]]:
        if path and path[0] in self.errors:
            return self.errors[path[0]], path[1:]
        return self.errors[""], path

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_problem()


class ActsSection(Section):
    """The list of acts, at least one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acts (what was done, one per violation)"), parent)
        self.errors["acts"] = self.general_error
        self.form.addRow(self.general_error)
        self.acts_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.acts_box)
        self.acts_box.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(holder)
        self.add_button = QPushButton(self.tr("Add act"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.form.addRow(self.add_button)
        self.acts: list[ActEditor] = []

    def add_act(self, act: dict[str, Any] | None = None) -> ActEditor:
        editor = ActEditor()
        if act:
            editor.load(act)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self._on_act_remove_requested)
        self.acts.append(editor)
        self.acts_box.addWidget(editor)
        self._renumber()
        return editor

    def _renumber(self) -> None:
        for i, editor in enumerate(self.acts):
            editor.set_number(i + 1)

    def _on_add_button_clicked(self) -> None:
        self.add_act()
        self.changed.emit()

    def _on_act_remove_requested(self, editor: object) -> None:
        if editor in self.acts:
            assert isinstance(editor, ActEditor)
            self.acts.remove(editor)
            editor.setParent(None)
            editor.deleteLater()
            self._renumber()
            self.changed.emit()

    def load(self, record: dict[str, Any]) -> None:
        for editor in self.acts:
            editor.setParent(None)
            editor.deleteLater()
        self.acts = []
        for act in record.get("acts") or [{}]:
            self.add_act(act)

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        record["acts"] = [editor.dump() for editor in self.acts]

    def error_label(self, path: list[str]) -> tuple[FieldError, list[str]] | None:
        if len(path) >= 2 and path[0] == "acts" and path[1].isdigit():
            index = int(path[1])
            if index < len(self.acts):
                return self.acts[index].error_label(path[2:])
        return super().error_label(path)

    def clear_errors(self) -> None:
        super().clear_errors()
        for editor in self.acts:
            editor.clear_errors()
