"""The exhibits' QR codes made ahead in a helper process equal those made in place."""

from __future__ import annotations

import hashlib

import pytest

from evidence_app.dossier import qr


def _hashes(n: int) -> list[str]:
    return [hashlib.sha256(str(i).encode()).hexdigest() for i in range(n)]


@pytest.mark.parametrize("count", [3, qr.MIN_FOR_HELPER + qr.CHUNK + 1])
def test_codes_made_ahead_equal_codes_made_here(count: int) -> None:
    values = _hashes(count)
    with qr.QrMatrices(values + values[:2]) as codes:  # a repeated hash is made once
        made = [codes.get(v) for v in reversed(values)]  # any order
        again = codes.get(values[0])  # asked twice: made here the second time
    assert made == [qr.matrix(v) for v in reversed(values)]
    assert again == qr.matrix(values[0])
    size = len(made[0])
    assert size == len(made[0][0]) and (size - 8 - 17) % 4 == 0  # a QR version, 4-module border
    assert not any(made[0][0]) and not any(row[0] for row in made[0])  # the quiet zone is light


def test_a_value_not_announced_is_made_here() -> None:
    with qr.QrMatrices(_hashes(qr.MIN_FOR_HELPER)) as codes:
        other = hashlib.sha256(b"other").hexdigest()
        assert codes.get(other) == qr.matrix(other)
