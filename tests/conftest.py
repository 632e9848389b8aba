"""Shared fixtures: real workspaces in temp folders, with cheap Argon2 parameters for speed.

Cheap KDF parameters are only used where a test makes many workspaces; the default parameters
are exercised by the unlock tests and the CLI tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from evidence_app.crypto.kdf import KdfParams
from evidence_app.services.workspace import Workspace, create_workspace

PASSPHRASE = "correct horse battery staple"


def fast_kdf() -> KdfParams:
    return KdfParams.new(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "ws", PASSPHRASE, "tester", team="Team A", kdf=fast_kdf())
    yield ws
    ws.lock()


# --- hostile-conditions counts, printed at the end of every run (issue 7) ---------------------

HOSTILE_SUMMARY: list[str] = []


HEAVY_MODULES = ("sqlalchemy", "sqlmodel", "reportlab", "pyhanko", "bagit", "cryptography",
                 "PySide6", "evidence_app.services")


def heavy_modules_after(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; the heavy modules (database, PDF, bundle, crypto, Qt,
    the core's services) it left imported, by top-level name (``evidence_app.services`` whole)."""
    probe = (f"{code}\nimport sys\nheavy = {HEAVY_MODULES!r}\n"
             "print(sorted({m if m.startswith('evidence_app') else m.split('.')[0]"
             " for m in sys.modules if m.startswith(heavy)}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    return list(eval(result.stdout))


def report_count(line: str) -> None:
    """Record a line for the end-of-run summary (kills survived, tamper cases, fuzz runs...)."""
    HOSTILE_SUMMARY.append(line)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if HOSTILE_SUMMARY:
        terminalreporter.section("hostile conditions")
        for line in HOSTILE_SUMMARY:
            terminalreporter.write_line(line)
