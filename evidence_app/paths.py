"""Where things live: the bundled resources and the default workspace folder.

Resources are found both from a source checkout (``<repo>/resources``), from an installed
package (``<prefix>/share/evidence-app/resources`` is not used: we ship them inside the package
data when frozen) and from a PyInstaller bundle (``sys._MEIPASS/resources``).
The default workspace comes from platformdirs; ``EVIDENCE_APP_WORKSPACE`` overrides it (for
scripts, tests and portable installs, as Electrum's ``ELECTRUMDIR`` does).
"""

from __future__ import annotations

import os
import sys
import tempfile
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "EvidenceApp"
WORKSPACE_ENV = "EVIDENCE_APP_WORKSPACE"
PORTABLE_MARKER = "evidence-app-portable"


@cache
def resources_dir() -> Path:
    """Return the folder holding fonts, taxonomy data, translations and icons."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(__file__).resolve().parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's resources folder is missing; reinstall the app. Looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def db_migrations_dir() -> Path:
    """Return the Alembic scripts folder (``db/``), from source or from a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and (Path(frozen_root) / "db").is_dir():
        return Path(frozen_root) / "db"
    return Path(__file__).resolve().parent.parent / "db"


def portable_root() -> Path | None:
    """Return the folder next to the executable when portable mode is switched on.

    Portable mode (a marker file named ``evidence-app-portable`` beside the executable) keeps the
    workspace and settings on the USB stick the app runs from, and writes nothing to the host.
    """
    exe_dir = Path(sys.executable).resolve().parent
    if (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir
    return None


def default_workspace_dir() -> Path:
    """Return the workspace folder to use when none is named on the command line."""
    override = os.environ.get(WORKSPACE_ENV)
    if override:
        return Path(override).expanduser()
    portable = portable_root()
    if portable is not None:
        return portable / "workspace"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def settings_dir() -> Path:
    """Return the folder for app settings (not secret: language, window layout)."""
    portable = portable_root()
    if portable is not None:
        return portable / "settings"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


# Where each kind of file goes in portable mode, relative to the portable folder.
_PORTABLE_ENV = {
    # Qt's QStandardPaths, QFileDialog's QtProject.conf, fontconfig's font cache, Mesa's shader
    # cache and GTK's recently-used list all follow the XDG variables on Linux and BSD.
    "XDG_CONFIG_HOME": "settings/xdg-config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "settings/xdg-data",
    "XDG_STATE_HOME": "settings/xdg-state",
    # tempfile, Qt's QTemporaryDir and child processes look here.
    "TMPDIR": "tmp", "TEMP": "tmp", "TMP": "tmp",
}


def enter_portable_mode() -> Path | None:
    """Point every per-user location this process may write to into the portable folder.

    A no-op returning None unless portable mode is on (see :func:`portable_root`). Call it
    first in the entry point, before Qt, fontconfig or ``tempfile`` read these variables: then
    temporary files (decrypted copies opened in another program included), caches and Qt's own
    settings land on the stick beside the workspace instead of the host's home and /tmp, and no
    ``__pycache__`` is written. Returns the portable folder.
    """
    root = portable_root()
    if root is None:
        return None
    sys.dont_write_bytecode = True
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    for variable, relative in _PORTABLE_ENV.items():
        folder = root / relative
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[variable] = str(folder)
    tempfile.tempdir = str(root / "tmp")
    return root
