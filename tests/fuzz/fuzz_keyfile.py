"""Fuzz target: the workspace key file and the unlock path (hostile or damaged workspace.json)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from evidence_app.errors import UnlockError
    from evidence_app.vault.keyfile import KeyFile

ROOT = Path(tempfile.mkdtemp(prefix="fuzz-keyfile-"))


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    passphrase = fdp.ConsumeUnicodeNoSurrogates(40)
    (ROOT / "workspace.json").write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    try:
        keyfile = KeyFile.load(ROOT)
        for slot in keyfile.slots:  # keep each run cheap: skip costly (but valid) parameters
            kdf = slot.get("kdf") if isinstance(slot, dict) else None
            if isinstance(kdf, dict) and str(kdf.get("memory_kib", "")).isdigit() \
                    and int(kdf["memory_kib"]) > 4096:
                return
        keyfile.unlock(passphrase)
    except UnlockError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
