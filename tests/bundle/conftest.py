"""Fixtures for bundle tests: two workspaces on two "laptops", one populated with a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.services.workspace import Workspace, create_workspace
from tests.bundle.helpers import Populated, populate
from tests.conftest import PASSPHRASE, fast_kdf


@pytest.fixture
def ws_a(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "a", PASSPHRASE, "alice", team="Team A", kdf=fast_kdf())
    yield ws
    ws.lock()


@pytest.fixture
def ws_b(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "b", PASSPHRASE, "bob", team="Legal", kdf=fast_kdf())
    yield ws
    ws.lock()


@pytest.fixture
def populated(ws_a: Workspace, tmp_path: Path) -> Populated:
    return populate(ws_a, tmp_path)
