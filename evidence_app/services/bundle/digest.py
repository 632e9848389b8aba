"""The SHA-256 of a written bundle file, for the sender to give the receiver by another channel.

The bundle's own signature proves who made it; the file's hash, read aloud over a call or sent
separately, lets the receiver check that the file on the stick is the one that was written
(encrypted bundles included, which cannot be verified without the recipient's key).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from evidence_app.progress import CancelToken, ProgressFn, no_progress

_CHUNK = 1 << 20


def bundle_sha256(path: Path, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> str:
    """Return the hex SHA-256 of the file at ``path``, reading it in 1 MiB chunks.

    Raises :class:`OSError` if the file cannot be read and
    :class:`~evidence_app.errors.Cancelled` when ``cancel`` is set.
    """
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if cancel is not None:
                cancel.check()
            digest.update(chunk)
            done += len(chunk)
            progress(done, total, "SHA-256")
    return digest.hexdigest()
