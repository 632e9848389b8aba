"""The desktop client's own settings (not secret): language, auto-lock, blurring, last folder.

Kept in an INI file in the per-user settings folder (``paths.settings_dir()``; the USB stick in
portable mode). Nothing here reveals records: the workspace folder's path is the only
workspace-related value, and it is needed so that later starts ask only for the passphrase.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

DEFAULT_AUTO_LOCK_MINUTES = 10


@dataclass
class GuiSettings:
    language: str = "en"
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0: never
    blur_graphic: bool = True
    last_workspace: str = ""
    path: Path | None = field(default=None, compare=False)

    @classmethod
    def load(cls, path: Path | None) -> GuiSettings:
        """Read the settings at ``path`` (None: keep them in memory only, as tests do)."""
        result = cls(path=path)
        if path is None or not path.is_file():
            return result
        store = QSettings(str(path), QSettings.Format.IniFormat)
        result.language = str(store.value("language", result.language))
        with contextlib.suppress(ValueError):
            result.auto_lock_minutes = max(0, int(str(store.value(
                "auto_lock_minutes", result.auto_lock_minutes))))
        result.blur_graphic = str(store.value("blur_graphic", "true")).lower() != "false"
        result.last_workspace = str(store.value("last_workspace", ""))
        return result

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        store = QSettings(str(self.path), QSettings.Format.IniFormat)
        store.setValue("language", self.language)
        store.setValue("auto_lock_minutes", self.auto_lock_minutes)
        store.setValue("blur_graphic", "true" if self.blur_graphic else "false")
        store.setValue("last_workspace", self.last_workspace)
        store.sync()
