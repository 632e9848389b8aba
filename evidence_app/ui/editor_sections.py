"""The incident editor's sections for the incident itself: text, date, place, cases.

Each section loads its part of a JSON record (format v1), writes it back (``dump``), and owns the
error labels of its fields, found by record path (``place.latitude``). Values the UI cannot
even parse (a latitude that is not a number) are reported as problems in the same form as the
core's, so the user sees one kind of message in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import labels
from evidence_app.ui.fields import (
    FieldError,
    OptionalDateEdit,
    compact,
    editable_combo,
    select_data,
    set_suggestions,
    text_or_none,
)
from evidence_app.ui.fit import keep_example_whole

Problems = list[tuple[str, str]]
NARRATIVE_LANGUAGES = {"my": "မြန်မာ (Burmese)", "en": "English"}


class Section(QGroupBox):
    """A titled part of the editor with error labels keyed by record path."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.errors: dict[str, FieldError] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error("")

    def _error(self, key: str) -> FieldError:
        label = FieldError(self)
        self.errors[key] = label
        return label

    def add_field(self, text: str, widget: QWidget, key: str) -> None:
        """A form row with ``widget`` and, under it, the error label for ``key``."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error(key))
        self.form.addRow(text, box)

    def error_label(self, path: list[str]) -> tuple[FieldError, list[str]] | None:
        """The label for the longest known prefix of ``path``, and the rest of the path."""
        for cut in range(len(path), 0, -1):
            label = self.errors.get(".".join(path[:cut]))
            if label is not None:
                return label, path[cut:]
        return None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_problem()

    def watch(self, *widgets: QWidget) -> None:
        """Emit ``changed`` whenever one of ``widgets`` is edited."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.changed)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.changed)
                if w.isEditable():
                    w.editTextChanged.connect(self.changed)
            elif isinstance(w, OptionalDateEdit):
                w.value_changed.connect(self.changed)
            elif isinstance(w, QTimeEdit):
                w.timeChanged.connect(self.changed)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self.changed)

    def load(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        raise NotImplementedError


def _combo(items: dict[str, str]) -> QComboBox:
    combo = compact(QComboBox())
    for code, text in items.items():
        combo.addItem(text, code)
    return combo


class GeneralSection(Section):
    """Title, narrative (any language), confidentiality."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What happened"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("A short title, e.g. Airstrike on the "
                                                   "village market"))
        self.add_field(self.tr("Title"), self.title_edit, "title")
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.narrative_edit.setPlaceholderText(self.tr(
            "What happened, in the words of the sources, in Burmese or English."))
        self.narrative_edit.setMinimumHeight(150)
        self.add_field(self.tr("Narrative"), self.narrative_edit, "narrative")
        self.language_combo = compact(QComboBox())
        self.language_combo.setEditable(True)
        for code, name in NARRATIVE_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.add_field(self.tr("Language of the narrative"), self.language_combo,
                       "narrative_language")
        self.confidentiality_combo = _combo(labels.confidentiality_levels())
        self.add_field(self.tr("Confidentiality"), self.confidentiality_combo,
                       "confidentiality")
        self.watch(self.title_edit, self.narrative_edit, self.language_combo,
                   self.confidentiality_combo)

    def load(self, record: dict[str, Any]) -> None:
        self.title_edit.setText(record.get("title", ""))
        self.narrative_edit.setPlainText(record.get("narrative", ""))
        select_data(self.language_combo, record.get("narrative_language", "my"))
        select_data(self.confidentiality_combo, record.get("confidentiality", "confidential"))

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        record["title"] = self.title_edit.text()
        record["narrative"] = self.narrative_edit.toPlainText()
        language = self.language_combo.currentData()
        typed = self.language_combo.currentText().strip()
        if self.language_combo.currentText() != self.language_combo.itemText(
                self.language_combo.currentIndex()):
            language = typed  # a language code typed by hand (e.g. "shn", "ksw")
        record["narrative_language"] = language or typed or "my"
        record["confidentiality"] = self.confidentiality_combo.currentData()


class DateSection(Section):
    """When: start, end, time of day, precision and how the date was established."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("When"), parent)
        self.errors["date"] = self.general_error
        self.form.addRow(self.general_error)
        self.precision_combo = _combo(labels.date_precisions())
        self.add_field(self.tr("Precision"), self.precision_combo, "date.precision")
        self.start_edit = OptionalDateEdit()
        self.add_field(self.tr("Date (or first day)"), self.start_edit, "date.start")
        self.end_edit = OptionalDateEdit(empty_text=self.tr("single day"))
        self.add_field(self.tr("Last day"), self.end_edit, "date.end")
        time_row = QWidget()
        row = QHBoxLayout(time_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.time_box = QCheckBox(self.tr("Known, local time:"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setEnabled(False)
        self.time_box.toggled.connect(self.time_edit.setEnabled)
        row.addWidget(self.time_box)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.add_field(self.tr("Time of day"), time_row, "date.time")
        self.basis_edit = QLineEdit()
        self.basis_edit.setPlaceholderText(self.tr("e.g. two witness statements; photo "
                                                   "EXIF times"))
        self.add_field(self.tr("How the date is known"), self.basis_edit, "date.basis")
        self.precision_combo.currentIndexChanged.connect(self._on_precision_combo_changed)
        self.watch(self.precision_combo, self.start_edit, self.end_edit, self.time_box,
                   self.time_edit, self.basis_edit)
        self._on_precision_combo_changed()

    def _on_precision_combo_changed(self) -> None:
        precision = self.precision_combo.currentData()
        self.start_edit.setEnabled(precision != "unknown")
        self.end_edit.setEnabled(precision != "unknown")
        timed = precision in ("exact", "day")
        self.time_box.setEnabled(timed)
        self.time_edit.setEnabled(timed and self.time_box.isChecked())

    def load(self, record: dict[str, Any]) -> None:
        date = record.get("date") or {}
        select_data(self.precision_combo, date.get("precision", "day"))
        self.start_edit.set_value(date.get("start"))
        self.end_edit.set_value(date.get("end"))
        time = date.get("time")
        self.time_box.setChecked(bool(time))
        self.time_edit.setTime(QTime.fromString(time, "HH:mm") if time else QTime(0, 0))
        self.basis_edit.setText(date.get("basis", ""))
        self._on_precision_combo_changed()

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        precision = self.precision_combo.currentData()
        start = self.start_edit.value()
        end = self.end_edit.value()
        timed = self.time_box.isChecked() and precision in ("exact", "day")
        record["date"] = {
            "start": start.isoformat() if start and precision != "unknown" else None,
            "end": end.isoformat() if end and precision != "unknown" else None,
            "precision": precision,
            "time": self.time_edit.time().toString("HH:mm") if timed else None,
            "basis": self.basis_edit.text(),
        }


class PlaceSection(Section):
    """Where: the administrative levels, coordinates with their accuracy, and the basis."""

    ACCURACIES = (10, 50, 100, 500, 1000, 5000, 10000)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where"), parent)
        from evidence_app import taxonomy

        self.errors["place"] = self.general_error
        self.form.addRow(self.general_error)
        self.state_combo = compact(QComboBox())
        self.state_combo.addItem(self.tr("(not given)"), None)
        for s in taxonomy.states_regions():
            self.state_combo.addItem(f"{s.name.en} – {s.name.my}", s.name.en)
        self.add_field(self.tr("State/region"), self.state_combo, "place.state_region")
        self.district_combo = editable_combo([])
        self.add_field(self.tr("District"), self.district_combo, "place.district")
        self.township_combo = editable_combo([])
        self.add_field(self.tr("Township"), self.township_combo, "place.township")
        self.tract_edit = QLineEdit()
        self.add_field(self.tr("Village tract"), self.tract_edit, "place.village_tract")
        self.village_edit = QLineEdit()
        self.add_field(self.tr("Village or ward"), self.village_edit, "place.village")
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("e.g. the market ground east of the "
                                                         "monastery"))
        keep_example_whole(self.description_edit)
        self.add_field(self.tr("Description"), self.description_edit, "place.description")
        self.status_combo = _combo(labels.location_statuses())
        self.add_field(self.tr("Location"), self.status_combo, "place.status")
        # Latitude, longitude and accuracy one under the other: side by side they cut the
        # accuracy ("within about 10…") and the examples in the empty fields (the Burmese
        # example of a latitude alone is ~190 px). The column of "Where" has height to spare.
        coords = QWidget()
        stack = QVBoxLayout(coords)
        stack.setContentsMargins(0, 0, 0, 0)
        self.lat_edit = QLineEdit()
        self.lat_edit.setPlaceholderText(self.tr("latitude, e.g. 23.2641"))
        self.lon_edit = QLineEdit()
        self.lon_edit.setPlaceholderText(self.tr("longitude, e.g. 95.4738"))
        self.accuracy_combo = compact(QComboBox(), 10)
        self.accuracy_combo.addItem(self.tr("accuracy not given"), None)
        for metres in self.ACCURACIES:
            text = self.tr("within about {n} m").format(n=metres) if metres < 1000 else \
                self.tr("within about {n} km").format(n=metres // 1000)
            self.accuracy_combo.addItem(text, metres)
        stack.addWidget(keep_example_whole(self.lat_edit))
        stack.addWidget(keep_example_whole(self.lon_edit))
        stack.addWidget(self.accuracy_combo)
        self.add_field(self.tr("Coordinates"), coords, "place.coordinates")
        for key in ("place.latitude", "place.longitude", "place.accuracy_m"):
            self.errors[key] = self.errors["place.coordinates"]
        self.basis_edit = QLineEdit()
        self.basis_edit.setPlaceholderText(self.tr("e.g. photo GPS matched to a satellite "
                                                   "image"))
        keep_example_whole(self.basis_edit)  # wider than the column in Burmese: it widens
        self.add_field(self.tr("How the place is known"), self.basis_edit, "place.basis")
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.district_combo.currentTextChanged.connect(self._on_district_combo_changed)
        self.watch(self.state_combo, self.district_combo, self.township_combo, self.tract_edit,
                   self.village_edit, self.description_edit, self.status_combo, self.lat_edit,
                   self.lon_edit, self.accuracy_combo, self.basis_edit)

    def _on_state_combo_changed(self) -> None:
        from evidence_app import taxonomy

        state = self.state_combo.currentData()
        districts = [d.name.en for d in taxonomy.districts(state)] if state else []
        set_suggestions(self.district_combo, districts)
        self._on_district_combo_changed()

    def _on_district_combo_changed(self) -> None:
        from evidence_app import taxonomy

        state = self.state_combo.currentData()
        if not state:
            set_suggestions(self.township_combo, [])
            return
        district = self.district_combo.currentText().strip() or None
        try:
            towns = taxonomy.townships(state, district)
        except KeyError:  # a district typed by hand: suggest the whole state/region
            towns = taxonomy.townships(state)
        set_suggestions(self.township_combo, [t.name.en for t in towns])

    def load(self, record: dict[str, Any]) -> None:
        place = record.get("place") or {}
        select_data(self.state_combo, place.get("state_region"))
        self._on_state_combo_changed()
        self.district_combo.setEditText(place.get("district") or "")
        self.township_combo.setEditText(place.get("township") or "")
        self.tract_edit.setText(place.get("village_tract") or "")
        self.village_edit.setText(place.get("village") or "")
        self.description_edit.setText(place.get("description") or "")
        select_data(self.status_combo, place.get("status", "located"))
        for edit, key in ((self.lat_edit, "latitude"), (self.lon_edit, "longitude")):
            value = place.get(key)
            edit.setText("" if value is None else repr(float(value)))
        select_data(self.accuracy_combo, place.get("accuracy_m"))
        self.basis_edit.setText(place.get("basis") or "")

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        coords: dict[str, float | None] = {}
        for edit, key in ((self.lat_edit, "latitude"), (self.lon_edit, "longitude")):
            text = edit.text().strip().replace(",", ".")
            try:
                coords[key] = float(text) if text else None
            except ValueError:
                coords[key] = None
                problems.append((f"place.{key}", self.tr(
                    "Write the {what} as a decimal number, e.g. 23.2641.").format(
                        what=self.tr("latitude") if key == "latitude" else self.tr("longitude"))))
        record["place"] = {
            "state_region": self.state_combo.currentData(),
            "district": text_or_none(self.district_combo.currentText()),
            "township": text_or_none(self.township_combo.currentText()),
            "village_tract": text_or_none(self.tract_edit.text()),
            "village": text_or_none(self.village_edit.text()),
            "description": self.description_edit.text(),
            "latitude": coords["latitude"], "longitude": coords["longitude"],
            "accuracy_m": self.accuracy_combo.currentData(),
            "status": self.status_combo.currentData(),
            "basis": self.basis_edit.text(),
        }


class CasesSection(Section):
    """Which cases (investigations, dossiers) this incident belongs to."""

    def __init__(self, cases: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cases"), parent)
        self.case_list = QListWidget()
        self.case_list.setMaximumHeight(110)
        for case in cases:
            item = QListWidgetItem(f"{case.reference} – {case.title}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        if not cases:
            self.case_list.addItem(self.tr("No cases in this workspace yet."))
        self.add_field(self.tr("Member of"), self.case_list, "cases")
        self.case_list.itemChanged.connect(self.changed)

    def _items(self) -> list[QListWidgetItem]:
        return [self.case_list.item(i) for i in range(self.case_list.count())
                if self.case_list.item(i).data(Qt.ItemDataRole.UserRole)]

    def load(self, record: dict[str, Any]) -> None:
        chosen = set(record.get("cases") or [])
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        record["cases"] = [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                           if item.checkState() == Qt.CheckState.Checked]
