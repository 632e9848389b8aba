"""Property: whatever bytes arrive, reading a bundle either succeeds or raises BundleRejected,
never anything else (no crash, no hang, no stray exception from zipfile or zlib)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_app.crypto.signing import SigningKey
from evidence_app.errors import BundleRejected
from evidence_app.services import bundle
from evidence_app.services.bundle.crypt import BundleIdentity
from evidence_app.services.workspace import create_workspace
from tests.bundle.helpers import populate
from tests.conftest import PASSPHRASE, fast_kdf

FUZZ = settings(max_examples=int(os.environ.get("EVIDENCE_APP_FUZZ_EXAMPLES", "150")),
                deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, BundleIdentity]:
    """A small valid bundle, and the same encrypted (with the recipient's identity)."""
    tmp = tmp_path_factory.mktemp("fuzz")
    ws = create_workspace(tmp / "a", PASSPHRASE, "alice", kdf=fast_kdf())
    populated = populate(ws, tmp)
    plain = tmp / "plain.zip"
    bundle.export_bundle(ws, incident_ids=[populated.incident_ids[0]], output=plain)
    from evidence_app.services import keys

    keys.export_public_key(ws, tmp / "me.pem")
    enc = tmp / "enc.eab"
    bundle.export_bundle(ws, incident_ids=[populated.incident_ids[0]], output=enc,
                         recipient_pem=tmp / "me.pem")
    identity = BundleIdentity.from_signer(SigningKey(ws.signer.private_raw()))
    ws.lock()
    return plain.read_bytes(), enc.read_bytes(), identity


def _read(data: bytes, identity: BundleIdentity | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.zip"
        path.write_bytes(data)
        with contextlib.suppress(BundleRejected):
            bundle.verify_bundle(path, identity=identity)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.integers(0, 255)),
    st.tuples(st.just("zero"), st.integers(0, 10**9), st.integers(1, 64)),
)


def _mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, value in steps:
        if not out:
            break
        at = where % len(out)
        if kind == "flip":
            out[at] ^= value
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = bytes([value])
        else:
            out[at:at + value] = bytes(len(out[at:at + value]))
    return bytes(out)


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_plain_bundles_only_raise_bundle_rejected(
        good: tuple[bytes, bytes, BundleIdentity], steps: list[tuple[str, int, int]]) -> None:
    _read(_mutate(good[0], steps))


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_encrypted_bundles_only_raise_bundle_rejected(
        good: tuple[bytes, bytes, BundleIdentity], steps: list[tuple[str, int, int]]) -> None:
    _read(_mutate(good[1], steps), good[2])


# Mutating the central directory mostly breaks CRCs; these build zips whose structure itself is
# hostile: odd names, types, compression, flags, sizes.
names = st.one_of(
    st.sampled_from(["bag/bagit.txt", "bag/data/bundle.json", "bag/manifest-sha256.txt",
                     "bag/tagmanifest-sha256.txt", "bag/exporter.pem", "../x", "/abs",
                     "bag/../../x", "bag/data/files/a", "BAG/data/a", "bag/data/", "bag",
                     "bag/data/\u1000\u103b", "bag\\x", "bag/data/a\x00b"]),
    st.text(min_size=1, max_size=20).map(lambda t: "bag/" + t))
entries = st.lists(st.tuples(
    names, st.binary(max_size=300),
    st.sampled_from([0, stat.S_IFREG | 0o644, stat.S_IFLNK | 0o777, stat.S_IFDIR | 0o755,
                     stat.S_IFCHR | 0o600]),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])), min_size=1, max_size=8)


@FUZZ
@given(entries=entries, patch=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                       max_size=3))
def test_hostile_zip_structures_only_raise_bundle_rejected(
        entries: list[tuple[str, bytes, int, int]], patch: list[tuple[int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "z.zip"
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with zipfile.ZipFile(path, "w") as zf:
                for name, data, mode, method in entries:
                    info = zipfile.ZipInfo(name)
                    info.external_attr = mode << 16
                    info.compress_type = method
                    zf.writestr(info, data)
        raw = bytearray(path.read_bytes())
        for where, value in patch:
            raw[where % len(raw)] = value
        path.write_bytes(bytes(raw))
        with contextlib.suppress(BundleRejected):
            bundle.verify_bundle(path)
