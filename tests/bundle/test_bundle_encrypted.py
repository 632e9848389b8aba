"""Bundles encrypted to a recipient's key: round trip, nothing visible, wrong key refused,
recipient key files bound by a signature, truncation and tampering detected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evidence_app.crypto import stream
from evidence_app.errors import BundleRejected, KeyError_
from evidence_app.services import bundle, incidents, keys
from evidence_app.services.bundle.crypt import (
    HEADER_LEN,
    BundleIdentity,
    parse_recipient,
    read_recipient_file,
)
from evidence_app.services.workspace import Workspace, create_workspace
from tests.bundle.helpers import Frozen, Populated
from tests.conftest import PASSPHRASE, fast_kdf


def _encrypted(populated: Populated, recipient: Workspace, tmp_path: Path) -> Path:
    keys.export_public_key(recipient, tmp_path / "recipient.pem")
    out = tmp_path / "case.eab"
    result = bundle.export_bundle(populated.ws, case=populated.case_id, output=out,
                                  recipient_pem=tmp_path / "recipient.pem")
    assert result.encrypted and result.recipient_fingerprint == recipient.fingerprint
    return out


def test_round_trip_encrypted(populated: Populated, ws_b: Workspace, tmp_path: Path) -> None:
    path = _encrypted(populated, ws_b, tmp_path)
    report = bundle.verify_bundle(path, identity=BundleIdentity.from_signer(ws_b.signer))
    assert report.ok and report.encrypted and len(report.items) == 5
    result = bundle.import_bundle(ws_b, path, accept_signers=True)
    assert result.added == {"case": 1, "incident": 2, "item": 5}
    for incident_id in populated.incident_ids:
        assert incidents.get_record(ws_b, incident_id) == \
            incidents.get_record(populated.ws, incident_id)


def test_contents_are_not_visible(populated: Populated, ws_b: Workspace,
                                  tmp_path: Path) -> None:
    raw = _encrypted(populated, ws_b, tmp_path).read_bytes()
    assert not raw.startswith(b"PK")
    for marker in (b"PK\x03\x04", b"PK\x01\x02", b"bagit.txt", b"BagIt-Version", b"manifest",
                   b"bundle.json", b"W-0007", b"Pazigyi", "ရွာ".encode(),
                   populated.files["photo.jpg"][100:164],
                   populated.files["video.mp4"][5000:5064],
                   populated.files["statement.txt"][:40], populated.ws.fingerprint.encode(),
                   ws_b.fingerprint.encode(), bytes.fromhex(ws_b.fingerprint)):
        assert marker not in raw
    assert len(raw) > 2_500_000  # the video is in there, spanning several chunks


def test_wrong_recipient_is_refused_and_nothing_written(populated: Populated, ws_b: Workspace,
                                                        tmp_path: Path) -> None:
    path = _encrypted(populated, ws_b, tmp_path)
    other = create_workspace(tmp_path / "c", PASSPHRASE, "carol", kdf=fast_kdf())
    frozen = Frozen(other)
    try:
        with pytest.raises(BundleRejected, match="encrypted for someone else"):
            bundle.inspect_bundle(path, frozen.ws)
        with pytest.raises(BundleRejected, match="encrypted for someone else"):
            bundle.import_bundle(frozen.ws, path, accept_signers=True)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()
    with pytest.raises(BundleRejected, match="encrypted"):
        bundle.verify_bundle(path)  # no identity at all


@pytest.mark.parametrize("damage", ["cut_at_chunk", "cut_mid_chunk", "flip_last", "flip_header",
                                    "flip_first_chunk", "append", "swap_chunks"])
def test_damaged_encrypted_bundle_is_refused(populated: Populated, ws_b: Workspace,
                                             tmp_path: Path, damage: str) -> None:
    path = _encrypted(populated, ws_b, tmp_path)
    raw = bytearray(path.read_bytes())
    frame = stream.DEFAULT_CHUNK + stream.TAG_LEN
    if damage == "cut_at_chunk":
        raw = raw[:HEADER_LEN + frame]
    elif damage == "cut_mid_chunk":
        raw = raw[:HEADER_LEN + frame + 1000]
    elif damage == "flip_last":
        raw[-5] ^= 1
    elif damage == "flip_header":
        raw[10] ^= 1
    elif damage == "flip_first_chunk":
        raw[HEADER_LEN + 50] ^= 1
    elif damage == "append":
        raw += b"\x00" * 16
    else:
        first = raw[HEADER_LEN:HEADER_LEN + frame]
        second = raw[HEADER_LEN + frame:HEADER_LEN + 2 * frame]
        raw[HEADER_LEN:HEADER_LEN + 2 * frame] = second + first
    path.write_bytes(bytes(raw))
    frozen = Frozen(ws_b)
    try:
        with pytest.raises(BundleRejected):
            bundle.import_bundle(frozen.ws, path, accept_signers=True)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


def test_key_file_holds_a_bound_encryption_key(ws_a: Workspace, ws_b: Workspace,
                                               tmp_path: Path) -> None:
    keys.export_public_key(ws_b, tmp_path / "one.pem")
    keys.export_public_key(ws_b, tmp_path / "two.pem")
    text = (tmp_path / "one.pem").read_text()
    assert text == (tmp_path / "two.pem").read_text()  # derived deterministically
    recipient = read_recipient_file(tmp_path / "one.pem")
    assert recipient.fingerprint == ws_b.fingerprint and recipient.alias == "bob"
    assert recipient.x25519_public == BundleIdentity.from_signer(ws_b.signer).x25519_public
    # the old single-key import still reads the file (first block = signing key)
    imported = keys.import_public_key(ws_a, tmp_path / "one.pem")
    assert imported.fingerprint == ws_b.fingerprint

    # someone swaps in their own encryption key: the binding signature no longer matches
    keys.export_public_key(ws_a, tmp_path / "mallory.pem")
    blocks = re.findall(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----\n", text,
                        re.DOTALL)
    theirs = re.findall(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----\n",
                        (tmp_path / "mallory.pem").read_text(), re.DOTALL)
    with pytest.raises(KeyError_, match="not signed by the signing key"):
        parse_recipient(text.replace(blocks[1], theirs[1]))
    # a key file without an encryption key (older export) says what to do
    with pytest.raises(KeyError_, match="no encryption key"):
        parse_recipient(text[:text.index("# encryption key")])
    with pytest.raises(KeyError_):
        parse_recipient("not a key at all")
