"""An incident's evidence: add files (drag and drop or a file dialog), watch the ingest, and
inspect and open each item.

Ingest runs ``ingest.ingest_files`` on the worker with a progress bar and a Cancel button (files
finished before cancelling are kept; the one in progress is discarded by the core). Thumbnails
are made in memory from decrypted bytes (``media.thumbnail.make_thumbnail``), never written, and
forgotten when the workspace locks; each preview is recorded in the item's custody chain as an
"open" for the purpose "preview", like every other decryption.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors, labels
from evidence_app.ui.fields import plain_tooltip
from evidence_app.ui.fit import keep_example_whole
from evidence_app.ui.item_detail import ItemDetail, blurred
from evidence_app.ui.item_viewer import ExternalCopies, ItemViewer, shows_inside
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.worker import Task, TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.items import ItemRead
    from evidence_app.services.workspace import Workspace

MAX_DROPPED_FILES = 10_000
PREVIEW_LIMIT = 64 << 20


def make_preview(ws: Workspace, item_id: str) -> bytes | None:
    """Decrypt an image item and return a small PNG of it (runs on the worker)."""
    from evidence_app.media.thumbnail import make_thumbnail
    from evidence_app.services import items

    data = items.open_item(ws, item_id, purpose="preview", limit=PREVIEW_LIMIT)
    return make_thumbnail(data, 256)


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files named by dropped URLs; folders are walked (hidden files skipped)."""
    found: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(path)
                                        .parts))
        elif path.exists():
            found.append(path)
    return found[:MAX_DROPPED_FILES]


class EvidencePanel(QWidget):
    """The items of one incident, and the way to add more."""

    items_changed = Signal()
    ingest_finished = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, settings: GuiSettings,
                 bar: errors.MessageBar, incident_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._settings = settings
        self._bar = bar
        self.incident_id = incident_id
        self._items: dict[str, ItemRead] = {}
        self._thumbs: dict[str, QImage] = {}
        self._revealed: set[str] = set()
        self._pending_thumbs: set[str] = set()
        self.ingest_task: Task | None = None
        self.viewer: ItemViewer | None = None
        self.copies = ExternalCopies()
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        drop = QFrame()
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop.setStyleSheet("QFrame { border: 2px dashed palette(mid); border-radius: 6px; }"
                           "QLabel, QCheckBox { border: none; }")
        row = QHBoxLayout(drop)
        hint = QLabel(self.tr("Drop photos, videos, audio, documents or folders here, or"))
        hint.setWordWrap(True)  # two lines rather than a row wider than the screen (Burmese)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.method_combo = QComboBox()
        for code, text in labels.acquisitions().items():
            self.method_combo.addItem(text, code)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("Source URL (for web material)"))
        self.url_edit.setEnabled(False)
        keep_example_whole(self.url_edit)  # the drop hint beside it wraps instead
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self.graphic_box = QCheckBox(self.tr("Graphic content"))
        row.addWidget(hint)
        row.addWidget(self.add_button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("How acquired:")))
        row.addWidget(self.method_combo)
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.graphic_box)
        layout.addWidget(drop)
        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are untrusted
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        progress_row.addWidget(self.progress_bar, 2)
        progress_row.addWidget(self.progress_label, 3)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)
        splitter = QSplitter()
        self.item_list = QListWidget()
        self.item_list.setIconSize(QSize(56, 56))
        self.item_list.setSpacing(2)
        self.item_list.currentItemChanged.connect(self._on_item_list_current_changed)
        self.item_list.itemActivated.connect(self._on_item_list_activated)
        self.detail = ItemDetail()
        self.detail.open_requested.connect(self.open_item)
        self.detail.preview.revealed.connect(self._on_detail_preview_revealed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter.addWidget(self.item_list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 750])
        layout.addWidget(splitter, 1)
        self.refresh()

    # --- adding files --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()

    def handle_drop(self, mime: QMimeData) -> bool:
        """The drop handler: ingest the local files (and folders) the data names."""
        paths = paths_from_mime(mime)
        if not paths:
            return False
        return self.add_paths(paths)

    def _on_add_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_paths([Path(n) for n in names])

    def _on_method_combo_changed(self) -> None:
        self.url_edit.setEnabled(self.method_combo.currentData() == "web")

    def add_paths(self, paths: list[Path]) -> bool:
        """Start ingesting ``paths`` on the worker; False if an ingest is already running."""
        from evidence_app.services.ingest import Acquisition, ingest_files

        if self.ingest_task is not None:
            self._bar.show_message(self.tr("Still adding files"), self.tr(
                "Wait until the current files are added, or cancel them first."), "warning")
            return False
        if self.method_combo.currentData() == "web" and not self.url_edit.text().strip():
            # Said here, by the field's name: the core's message names the CLI's --url.
            self._bar.show_message(self.tr("Source URL needed"), self.tr(
                "Material downloaded from the web needs the address it came from: fill in the "
                "source URL, then add the files again."), "warning")
            self.url_edit.setFocus()
            return False
        acquisition = Acquisition(method=self.method_combo.currentData(),
                                  url=self.url_edit.text().strip() or None,
                                  acquired_by=self._ws.alias,
                                  graphic=self.graphic_box.isChecked())
        task = self._runner.start("ingest", ingest_files, self._ws, self.incident_id, paths,
                                  acquisition, with_progress=True, with_cancel=True)
        task.progressed.connect(self._on_ingest_progressed)
        task.finished.connect(self._on_ingest_finished)
        task.failed.connect(self._on_ingest_failed)
        task.ended.connect(self._on_ingest_ended)
        self.ingest_task = task
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Adding {n} file(s)…").format(n=len(paths)))
        self.cancel_button.setEnabled(True)
        self.progress_box.show()
        self.add_button.setEnabled(False)
        return True

    def _on_ingest_progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setValue(int(1000 * done / total) if total else 0)
        if label:
            self.progress_label.setText(label)

    def _on_cancel_button_clicked(self) -> None:
        if self.ingest_task is not None:
            self.ingest_task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _on_ingest_finished(self, result: Any) -> None:
        self._on_ingest_ended()  # before the news goes out: the panel is ready for more
        added = len(result.items)
        again = sum(1 for i in result.items if i.deduplicated)
        lines = [self.tr("{n} file(s) added as evidence.").format(n=added)]
        if again:
            lines.append(self.tr("{n} of them were already in the workspace; they are stored "
                                 "once and linked here too.").format(n=again))
        if result.cancelled:
            lines.append(self.tr("Cancelled: the file in progress was not kept; files "
                                 "finished before were kept."))
        for failure in result.failures[:5]:
            lines.append(self.tr("Not added: {name}: {reason}").format(
                name=Path(failure.path).name, reason=failure.reason))
        if len(result.failures) > 5:
            lines.append(self.tr("…and {n} more not added.").format(
                n=len(result.failures) - 5))
        level = "error" if result.failures else ("warning" if result.cancelled else "info")
        self._bar.show_message(self.tr("Evidence"), "\n".join(lines), level,
                               timeout_ms=0 if result.failures else 8000)
        self.refresh(select=result.items[-1].item_id if result.items else None)
        self.items_changed.emit()
        self.ingest_finished.emit(result)

    def _on_ingest_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self._bar, parent=self)

    def _on_ingest_ended(self) -> None:
        self.ingest_task = None
        self.progress_box.hide()
        self.add_button.setEnabled(True)

    # --- the list and the details --------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        from evidence_app.services import items, keys

        current = select or (self.detail.item.id if self.detail.item else None)
        rows = items.list_items(self._ws, self.incident_id)
        self._items = {r.id: r for r in rows}
        self._names = {i.fingerprint: i.alias for i in keys.list_identities(self._ws)}
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in rows:
            entry = QListWidgetItem(f"{item.exhibit_number}  {item.original_filename}\n"
                                    f"{item.media_type} · {labels.format_size(item.size)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(plain_tooltip(item.original_filename))
            self.item_list.addItem(entry)
            self._set_icon(entry, item)
        self.item_list.blockSignals(False)
        self._load_thumbnails(rows)
        target = next((i for i in range(self.item_list.count())
                       if self.item_list.item(i).data(Qt.ItemDataRole.UserRole) == current), 0)
        if self.item_list.count():
            self.item_list.setCurrentRow(target)
        else:
            self.detail.clear()

    def _hide_graphic(self, item: ItemRead) -> bool:
        return self._settings.blur_graphic and item.graphic and item.id not in self._revealed

    def _set_icon(self, entry: QListWidgetItem, item: ItemRead) -> None:
        image = self._thumbs.get(item.id)
        if image is None or image.isNull():
            entry.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            return
        shown = blurred(image) if self._hide_graphic(item) else image
        entry.setIcon(QIcon(QPixmap.fromImage(shown)))

    def _load_thumbnails(self, rows: list[ItemRead]) -> None:
        for item in rows:
            if (item.media_type.startswith("image/") and item.id not in self._thumbs
                    and item.id not in self._pending_thumbs):
                self._pending_thumbs.add(item.id)
                task = self._runner.start("preview", make_preview, self._ws, item.id)
                task.finished.connect(lambda png, i=item.id: self._on_preview_finished(i, png))
                task.failed.connect(lambda _exc, i=item.id: self._pending_thumbs.discard(i))

    def _on_preview_finished(self, item_id: str, png: object) -> None:
        self._pending_thumbs.discard(item_id)
        image = QImage.fromData(QByteArray(png)) if isinstance(png, bytes) else QImage()
        self._thumbs[item_id] = image
        for i in range(self.item_list.count()):
            entry = self.item_list.item(i)
            if entry.data(Qt.ItemDataRole.UserRole) == item_id and item_id in self._items:
                self._set_icon(entry, self._items[item_id])
        if self.detail.item is not None and self.detail.item.id == item_id:
            self.detail.set_thumbnail(image, hide_graphic=self._hide_graphic(self.detail.item))

    def _on_item_list_current_changed(self, current: QListWidgetItem | None,
                                      _previous: QListWidgetItem | None) -> None:
        from evidence_app.services import items

        if current is None:
            self.detail.clear()
            return
        item = self._items.get(current.data(Qt.ItemDataRole.UserRole))
        if item is None:
            return
        exhibits = {i.id: i.exhibit_number for i in self._items.values()}
        self.detail.show_item(item, items.item_custody(self._ws, item.id), self._names,
                              exhibits)
        image = self._thumbs.get(item.id)
        if image is not None and not image.isNull():
            self.detail.set_thumbnail(image, hide_graphic=self._hide_graphic(item))
        elif item.id in self._pending_thumbs:
            self.detail.preview.show_text(self.tr("Making a preview…"))
        else:
            self.detail.preview.show_text(self.tr("No preview for this type; use Open."))

    def _on_item_list_activated(self, entry: QListWidgetItem) -> None:
        self.open_item(entry.data(Qt.ItemDataRole.UserRole))

    def _on_detail_preview_revealed(self) -> None:
        if self.detail.item is not None:
            self._revealed.add(self.detail.item.id)
            for i in range(self.item_list.count()):
                entry = self.item_list.item(i)
                if entry.data(Qt.ItemDataRole.UserRole) == self.detail.item.id:
                    self._set_icon(entry, self.detail.item)

    # --- opening -------------------------------------------------------------------------------

    def open_item(self, item_id: str) -> None:
        """Decrypt on the worker; show inside, or hand to another program if the user agrees."""
        from evidence_app.services import items

        item = self._items.get(item_id)
        if item is None:
            return
        inside = shows_inside(item.media_type)
        if not inside and not ask.confirm(self, self.tr("Open with another program?"), self.tr(
                "Evidence App cannot show this type of file ({type}) itself.\n\nTo open it "
                "with another program, a decrypted copy must be written to a temporary "
                "file. It is deleted when you say you are done, lock the workspace or quit; the "
                "other program may still keep its own copies.\n\nOpen it?").format(
                type=item.media_type)):
            return
        task = self._runner.start("open", items.open_item, self._ws, item.id,
                                  purpose="view" if inside else "open")
        task.finished.connect(lambda data: self._on_open_finished(item, data, inside))
        task.failed.connect(self._on_ingest_failed)

    def _on_open_finished(self, item: ItemRead, data: object, inside: bool) -> None:
        if not isinstance(data, bytes):
            return
        if inside:
            self.viewer = ItemViewer(item, data, blur_graphic=self._settings.blur_graphic,
                                     parent=self)
            self.viewer.show()
            return
        path = self.copies.write(item, data)
        self.copies.open(path)
        ask.ask(self, self.tr("Opened in another program"), self.tr(
            "Click OK when you have finished with {name}: the decrypted copy will then be "
            "deleted.").format(name=item.original_filename),
            QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok,
            icon=QMessageBox.Icon.Information)
        self.copies.wipe(path)

    # --- lifecycle -----------------------------------------------------------------------------

    def forget_plaintext(self) -> None:
        """Drop previews, open viewers and temporary decrypted copies (before a lock)."""
        self._thumbs.clear()
        self.detail.clear()
        self.item_list.clear()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None
        self.copies.wipe()

    def apply_settings(self) -> None:
        self.refresh()
