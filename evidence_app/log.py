"""Logging: stdlib ``logging``, file logging off by default and size-capped.

What may be logged: operation names, record ids, counts, hashes, timings and error classes.
Never record contents, names, file names, passphrases or keys (STYLE.md). Log messages in the core
follow that rule by construction: they pass ids, never titles or paths. ``EVIDENCE_APP_LOG_DIR``
(or :func:`configure`) turns on a rotating file log of at most 3 x 1 MiB.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR_ENV = "EVIDENCE_APP_LOG_DIR"
MAX_BYTES = 1 << 20
BACKUPS = 2

logger = logging.getLogger("evidence_app")
# Without a handler, Python's last-resort handler would print warnings on stderr.
logger.addHandler(logging.NullHandler())


def configure(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Turn on file logging in ``log_dir`` (or ``$EVIDENCE_APP_LOG_DIR``); return the file."""
    folder = log_dir or (Path(os.environ[LOG_DIR_ENV]) if os.environ.get(LOG_DIR_ENV) else None)
    logger.setLevel(level)
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "evidence-app.log"
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    path.chmod(0o600)
    return path
