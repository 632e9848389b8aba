"""Fixtures for bundle tests: two workspaces on two "laptops", one populated with a case, and
a signed bundle of that case to damage (shared by the tests of one module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.crypto.signing import SigningKey
from evidence_app.services import bundle
from evidence_app.services.workspace import Workspace, create_workspace
from tests.bundle.helpers import Populated, Source, populate
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


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    tmp = tmp_path_factory.mktemp("source")
    ws = create_workspace(tmp / "a", PASSPHRASE, "alice", kdf=fast_kdf())
    populated = populate(ws, tmp)
    path = tmp / "good.zip"
    bundle.export_bundle(ws, case=populated.case_id, output=path)
    signer = SigningKey(ws.signer.private_raw())
    ws.lock()
    return Source(path, signer, populated.case_id, populated.item_ids, populated.incident_ids)
