"""Fuzz target: JSON records (``incident add --json``, bundles, CSV rows all end here)."""

from __future__ import annotations

import contextlib
import json
import sys

import atheris

with atheris.instrument_imports():
    from evidence_app.errors import ValidationError
    from evidence_app.services.incidents import parse_record


def test_one_input(data: bytes) -> None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return
    with contextlib.suppress(ValidationError):
        parse_record(value)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
