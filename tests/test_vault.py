"""The blob store and the key file: crash-safe, deduplicated, keyed names, slots."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from evidence_app.crypto.stream import StreamEncryptor, padded_encrypted_size
from evidence_app.errors import Cancelled, IngestError, WorkspaceTooNew, WrongPassphrase
from evidence_app.progress import CancelToken
from evidence_app.vault.blobs import BlobStore
from evidence_app.vault.files import TEMP_PREFIX, durable_sync, sweep_temp_files
from evidence_app.vault.keyfile import KeyFile, SlotSecrets
from tests.conftest import fast_kdf


def test_put_file_round_trip_and_dedupe(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, os.urandom(32), chunk_size=4096)
    src = tmp_path / "video.bin"
    data = os.urandom(10_000)
    src.write_bytes(data)
    first = store.put_file(src)
    assert first.sha256 == hashlib.sha256(data).hexdigest()
    assert first.created and first.size == len(data)
    assert first.name != first.sha256  # the name does not reveal the content hash
    second = store.put_file(src)
    assert second.name == first.name and not second.created
    assert store.read_bytes(first.name) == data
    assert store.check(first.name).status == "intact"
    assert list(store.names_on_disk()) == [first.name]
    assert not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.rglob("*"))
    raw = store.path_for(first.name).read_bytes()
    assert data[:64] not in raw


def test_blob_size_on_disk_hides_the_exact_file_size(tmp_path: Path) -> None:
    """Stored blobs are padded (EAB2): files a few bytes apart give blobs of the same size."""
    store = BlobStore(tmp_path, os.urandom(32), chunk_size=4096)
    on_disk = set()
    for size in (71_700, 71_701, 72_500, 73_728):  # one Padmé bucket (2 KiB wide here)
        src = tmp_path / f"clip-{size}.mp4"
        data = os.urandom(size)
        src.write_bytes(data)
        blob = store.put_file(src)
        assert blob.size == size and store.read_bytes(blob.name) == data
        on_disk.add(store.path_for(blob.name).stat().st_size)
        assert store.path_for(blob.name).stat().st_size == padded_encrypted_size(size, 4096)
    assert len(on_disk) == 1


def test_blobs_of_the_unpadded_format_still_read(tmp_path: Path) -> None:
    """Workspaces made before padding (EAB1 blobs) keep opening and verifying."""
    key = os.urandom(32)
    store = BlobStore(tmp_path, key, chunk_size=4096)
    data = os.urandom(9000)
    encryptor = StreamEncryptor(key, 4096)
    parts = [data[i:i + 4096] for i in range(0, len(data), 4096)]
    name = store.name_for(hashlib.sha256(data).hexdigest())
    store.path_for(name).parent.mkdir(parents=True, exist_ok=True)
    store.path_for(name).write_bytes(encryptor.header + b"".join(
        encryptor.chunk(part, last=i == len(parts) - 1) for i, part in enumerate(parts)))
    check = store.check(name)
    assert (check.status, check.sha256, check.size) == (
        "intact", hashlib.sha256(data).hexdigest(), len(data))


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, os.urandom(32), chunk_size=4096)
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(50_000))
    token = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if done > 8000:
            token.cancel()

    with pytest.raises(Cancelled):
        store.put_file(src, progress=progress, cancel=token)
    assert list(store.names_on_disk()) == []
    assert not list((store.root / "incoming").iterdir())


def test_unreadable_and_missing_files_are_clear_errors(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, os.urandom(32))
    with pytest.raises(IngestError, match="Cannot read"):
        store.put_file(tmp_path / "nope.jpg")
    with pytest.raises(IngestError, match="not a regular file"):
        store.put_file(tmp_path)


def test_modified_and_missing_blobs_are_reported(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, os.urandom(32), chunk_size=4096)
    src = tmp_path / "a.bin"
    src.write_bytes(os.urandom(9000))
    blob = store.put_file(src)
    path = store.path_for(blob.name)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 1
    path.write_bytes(bytes(raw))
    assert store.check(blob.name).status == "modified"
    path.unlink()
    assert store.check(blob.name).status == "missing"


def test_sweep_removes_leftover_temp_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / f"{TEMP_PREFIX}abc").write_bytes(b"x")
    assert sweep_temp_files(tmp_path) == 1


def _secrets() -> SlotSecrets:
    return SlotSecrets(bytearray(os.urandom(32)), bytearray(os.urandom(32)), "u1",
                       bytearray(os.urandom(32)))


def test_keyfile_slots_wrong_passphrase_and_rewrap(tmp_path: Path) -> None:
    kf = KeyFile(workspace_id="w1")
    secrets = _secrets()
    slot = kf.add_slot("first passphrase", secrets, fast_kdf())
    kf.save(tmp_path)
    loaded = KeyFile.load(tmp_path)
    with pytest.raises(WrongPassphrase):
        loaded.unlock("wrong passphrase")
    slot_id, got = loaded.unlock("first passphrase")
    assert slot_id == slot and got.db_key == secrets.db_key
    loaded.replace_slot(slot_id, "second passphrase", got)
    with pytest.raises(WrongPassphrase):
        loaded.unlock("first passphrase")
    assert loaded.unlock("second passphrase")[1].blob_key == secrets.blob_key


def test_keyfile_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    kf = KeyFile(workspace_id="w1")
    kf.add_slot("first passphrase", _secrets(), fast_kdf())
    kf.save(tmp_path)
    path = KeyFile.path(tmp_path)
    data = json.loads(path.read_text())
    data["format_version"] = 99
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew):
        KeyFile.load(tmp_path)
    assert path.read_bytes() == before


def test_durable_sync_flushes_a_real_file_and_reports_a_bad_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "f"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"kept")
    durable_sync(fd)
    os.close(fd)
    assert path.read_bytes() == b"kept"
    with pytest.raises(OSError):  # a failed flush is never taken for a durable write
        durable_sync(fd)
