"""Fuzz target: CSV incident import (encodings, Zawgyi, dates, coordinates, zipped files)."""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from evidence_app.errors import EvidenceAppError
    from evidence_app.services.csv_io import read_csv_import

FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-csv-"))


def test_one_input(data: bytes) -> None:
    # Both forms the importer accepts: a bare CSV, and bytes taken as a zip with a CSV inside.
    for name in ("input.csv", "input.zip"):
        path = FOLDER / name
        path.write_bytes(data)
        with contextlib.suppress(EvidenceAppError):
            read_csv_import(path)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
