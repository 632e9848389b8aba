"""Fuzz target: content detection, claimed-metadata extraction and thumbnails (EXIF etc.)."""

from __future__ import annotations

import contextlib
import sys
import tempfile
import warnings
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from evidence_app.media import MediaError
    from evidence_app.media.detect import detect_media_type
    from evidence_app.media.metadata import extract_metadata
    from evidence_app.media.thumbnail import make_thumbnail

FILE = Path(tempfile.mkdtemp(prefix="fuzz-media-")) / "input"
warnings.simplefilter("ignore")


def test_one_input(data: bytes) -> None:
    media_type = detect_media_type(data[:8192], "input.jpg")
    FILE.write_bytes(data)
    with contextlib.suppress(MediaError):
        extract_metadata(FILE, media_type)
    make_thumbnail(data, 64)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
