"""The SHA-256 of a bundle file, as the export wizard shows it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evidence_app.errors import Cancelled
from evidence_app.progress import CancelToken
from evidence_app.services.bundle.digest import bundle_sha256


def test_bundle_sha256_matches_hashlib_and_reports_progress(tmp_path: Path) -> None:
    path = tmp_path / "case.eab"
    data = bytes(range(256)) * 9000  # more than two chunks
    path.write_bytes(data)
    seen: list[tuple[int, int]] = []
    assert bundle_sha256(path, progress=lambda d, t, _l: seen.append((d, t))) == \
        hashlib.sha256(data).hexdigest()
    assert seen[-1] == (len(data), len(data))


def test_bundle_sha256_stops_when_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "case.eab"
    path.write_bytes(b"x" * 10)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        bundle_sha256(path, cancel=token)
