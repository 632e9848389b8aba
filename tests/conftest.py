"""Shared fixtures: real workspaces in temp folders, with cheap Argon2 parameters for speed.

Cheap KDF parameters are only used where a test makes many workspaces; the default parameters
are exercised by the unlock tests and the CLI tests.
"""

from __future__ import annotations

import os
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


def report_count(line: str) -> None:
    """Record a line for the end-of-run summary (kills survived, tamper cases, fuzz runs...)."""
    HOSTILE_SUMMARY.append(line)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if HOSTILE_SUMMARY:
        terminalreporter.section("hostile conditions")
        for line in HOSTILE_SUMMARY:
            terminalreporter.write_line(line)
