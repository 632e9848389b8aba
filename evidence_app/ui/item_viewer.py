"""Showing a decrypted item: images and text inside the app, other types only on request.

Decrypted bytes stay in memory. A type the app cannot show (video, audio, office documents) is
handed to another program only if the user agrees, through a temporary file in a private folder
(0700/0600) that is overwritten and deleted when the user says they are done, when the
workspace locks, or when the app quits.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui.item_detail import PreviewLabel

if TYPE_CHECKING:
    from evidence_app.services.items import ItemRead

MAX_TEXT_CHARS = 2_000_000


def shows_inside(media_type: str) -> bool:
    """Whether the app itself can show this type (images Qt decodes, and text)."""
    base = media_type.split(";", 1)[0].strip().lower()
    if base.startswith("text/") or base in ("application/json", "application/xml"):
        return True
    supported = {bytes(m.data()).decode() for m in QImageReader.supportedMimeTypes()}
    return base in supported


class ItemViewer(QDialog):
    """A window showing one item's decrypted content."""

    def __init__(self, item: ItemRead, data: bytes, *, blur_graphic: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{item.exhibit_number} – {item.original_filename}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        self.image_label: PreviewLabel | None = None
        self.text_edit: QPlainTextEdit | None = None
        image = QImage.fromData(QByteArray(data)) if item.media_type.startswith("image/") \
            else QImage()
        if not image.isNull():
            self.image_label = PreviewLabel()
            self.image_label.show_image(image, hide_graphic=blur_graphic and item.graphic)
            scroll = QScrollArea()
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
            if blur_graphic and item.graphic:
                note = QLabel(self.tr("Graphic content is blurred. Click the image to show "
                                      "it."))
                layout.addWidget(note)
        else:
            text = data[:MAX_TEXT_CHARS * 4].decode("utf-8", errors="replace")
            self.text_edit = QPlainTextEdit()
            self.text_edit.setReadOnly(True)
            self.text_edit.setPlainText(text[:MAX_TEXT_CHARS])  # plain text, never HTML
            layout.addWidget(self.text_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class ExternalCopies:
    """Temporary decrypted copies handed to other programs, and their removal."""

    def __init__(self) -> None:
        self._folders: list[Path] = []

    def write(self, item: ItemRead, data: bytes) -> Path:
        """Write ``data`` to a private temporary file named like the original; return it."""
        from evidence_app.services.items import safe_export_name

        folder = Path(tempfile.mkdtemp(prefix="evidence-app-open-"))
        folder.chmod(0o700)
        self._folders.append(folder)
        path = folder / safe_export_name(item.original_filename, item.exhibit_number)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path

    def open(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @property
    def paths(self) -> list[Path]:
        return [p for f in self._folders if f.exists() for p in f.iterdir()]

    def wipe(self, path: Path | None = None) -> None:
        """Overwrite and delete one copy (or all of them)."""
        for folder in list(self._folders):
            if path is not None and path.parent != folder:
                continue
            for file in folder.glob("*"):
                with contextlib.suppress(OSError):
                    size = file.stat().st_size
                    with file.open("r+b") as handle:
                        handle.write(b"\0" * size)
                        handle.flush()
                        os.fsync(handle.fileno())
            shutil.rmtree(folder, ignore_errors=True)
            self._folders.remove(folder)
