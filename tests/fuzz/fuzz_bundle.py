"""Fuzz target: the bundle reader and standalone verification (hostile zips from strangers).

Inputs are raw bytes taken as a bundle file, and also a valid small bundle (made once) with
bytes flipped and spliced in by the fuzzer's mutations of the seed corpus when one is given.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from evidence_app.errors import BundleRejected
    from evidence_app.services.bundle.verify import verify_bundle

FILE = Path(tempfile.mkdtemp(prefix="fuzz-bundle-")) / "input.zip"


def test_one_input(data: bytes) -> None:
    FILE.write_bytes(data)
    with contextlib.suppress(BundleRejected):
        verify_bundle(FILE)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
