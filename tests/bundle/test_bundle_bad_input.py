"""Bad bundles are refused with a reason a person understands, and NOTHING is written: each
test hashes every file under the receiving workspace before and after (tests/bundle/helpers.py,
``Frozen``)."""

from __future__ import annotations

import json
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from evidence_app.crypto.signing import SigningKey
from evidence_app.errors import BundleRejected
from evidence_app.model.tables import EvidenceItem
from evidence_app.services import bundle, incidents
from evidence_app.services.bundle.reader import Limits, open_bundle
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Frozen, Source, read_bundle, record, reseal, write_bundle


@pytest.fixture
def frozen(ws_b: Workspace) -> Iterator[Frozen]:
    state = Frozen(ws_b)
    yield state
    state.ws.lock()


def refused(frozen: Frozen, path: Path, match: str) -> None:
    with pytest.raises(BundleRejected, match=match):
        bundle.import_bundle(frozen.ws, path, accept_signers=True)
    frozen.assert_unchanged()


def rewrite(source: Source, tmp_path: Path, change: Callable[[dict[str, bytes]], None],
            *, resign: SigningKey | None = None, reseal_manifests: bool = False) -> Path:
    root, members = read_bundle(source.path)
    change(members)
    if resign is not None or reseal_manifests:
        reseal(members, resign)
    return write_bundle(tmp_path / "bad.zip", root, members)


def _index(members: dict[str, bytes]) -> dict[str, object]:
    data: dict[str, object] = json.loads(members["data/bundle.json"])
    return data


def _first_file(members: dict[str, bytes]) -> str:
    return sorted(n for n in members if n.startswith("data/files/"))[0]


def test_good_bundle_is_accepted(source: Source, ws_b: Workspace) -> None:
    assert bundle.verify_bundle(source.path).ok


def test_truncated_zip(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    raw = source.path.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 30):
        (tmp_path / "cut.zip").write_bytes(raw[:cut])
        refused(frozen, tmp_path / "cut.zip", "not a readable zip|truncated|damaged")


def test_not_a_zip_or_empty(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"")
    refused(frozen, tmp_path / "x.zip", "not an Evidence App bundle")
    (tmp_path / "x.zip").write_bytes(b"%PDF-1.7 not a bundle" * 100)
    refused(frozen, tmp_path / "x.zip", "not an Evidence App bundle")


def test_extra_file(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def add(members: dict[str, bytes]) -> None:
        members["data/files/planted.jpg"] = b"planted"

    refused(frozen, rewrite(source, tmp_path, add), "extra file not in the manifest")
    # a forger with the exporter's key who also fixes the manifests is caught by the index
    refused(frozen, rewrite(source, tmp_path, add, resign=source.signer),
            "extra file that bundle.json does not name")


def test_missing_file(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def drop(members: dict[str, bytes]) -> None:
        del members[_first_file(members)]

    refused(frozen, rewrite(source, tmp_path, drop), "missing file listed in the manifest")
    refused(frozen, rewrite(source, tmp_path, drop, resign=source.signer),
            "which the bag does not hold")


def test_altered_evidence_file(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def flip(members: dict[str, bytes]) -> None:
        name = _first_file(members)
        members[name] = bytes([members[name][0] ^ 1]) + members[name][1:]

    refused(frozen, rewrite(source, tmp_path, flip), "does not match its SHA-256")
    # even re-hashed and re-signed, the file no longer matches the ingest attestation
    refused(frozen, rewrite(source, tmp_path, flip, resign=source.signer),
            "differs from|SHA-256")


def test_wrong_or_missing_signature(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def flip_sig(members: dict[str, bytes]) -> None:
        sig = members["tagmanifest-sha256.txt.sig"]
        members["tagmanifest-sha256.txt.sig"] = bytes([sig[0] ^ 1]) + sig[1:]

    refused(frozen, rewrite(source, tmp_path, flip_sig), "signature .* not valid")

    def drop_sig(members: dict[str, bytes]) -> None:
        del members["tagmanifest-sha256.txt.sig"]

    refused(frozen, rewrite(source, tmp_path, drop_sig), "no tagmanifest-sha256.txt.sig")

    def change_record(members: dict[str, bytes]) -> None:
        name = f"data/records/{source.incident_ids[0]}.json"
        members[name] = members[name].replace(b"Airstrike", b"Nothing happened")

    # re-hashed but not re-signed: the exporter's signature fails
    refused(frozen, rewrite(source, tmp_path, change_record, reseal_manifests=True),
            "signature .* not valid")
    # re-signed by someone else's key: not the exporter named inside
    refused(frozen, rewrite(source, tmp_path, change_record, resign=SigningKey.generate()),
            "another exporter")


def test_unknown_schema_version(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def bump(members: dict[str, bytes]) -> None:
        index = _index(members)
        index["schema"] = "evidence-app/bundle@2"
        members["data/bundle.json"] = json.dumps(index).encode()

    refused(frozen, rewrite(source, tmp_path, bump, resign=source.signer),
            "unknown bundle format 'evidence-app/bundle@2'")


def test_duplicate_ids_with_different_content(source: Source, frozen: Frozen,
                                              tmp_path: Path) -> None:
    def duplicate(members: dict[str, bytes]) -> None:
        index = _index(members)
        entries = index["incidents"]
        assert isinstance(entries, list)
        copy = dict(entries[0])
        copy["record"] = "data/records/copy.json"
        entries.append(copy)
        original = members[entries[0]["record"]]
        members["data/records/copy.json"] = original.replace(b"Airstrike", b"Other story")
        members["data/bundle.json"] = json.dumps(index).encode()

    refused(frozen, rewrite(source, tmp_path, duplicate, resign=source.signer),
            "duplicate incident ids")


def test_altered_custody_chain(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    chain_name = f"data/custody/{source.item_ids[0]}.jsonl"

    def backdate(members: dict[str, bytes]) -> None:
        lines = members[chain_name].decode().splitlines()
        event = json.loads(lines[0])
        event["body"]["at"] = "2020-01-01T00:00:00.000000Z"
        lines[0] = json.dumps(event)
        members[chain_name] = ("\n".join(lines) + "\n").encode()

    refused(frozen, rewrite(source, tmp_path, backdate, resign=source.signer),
            "hash does not match its content")

    def drop_event(members: dict[str, bytes]) -> None:
        longest = max((n for n in members if n.startswith("data/custody/")),
                      key=lambda n: members[n].count(b"\n"))
        lines = members[longest].decode().splitlines()
        assert len(lines) >= 3
        members[longest] = ("\n".join(lines[:1] + lines[2:]) + "\n").encode()

    refused(frozen, rewrite(source, tmp_path, drop_event, resign=source.signer),
            "chain is broken")


def test_invalid_record(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    def bad_date(members: dict[str, bytes]) -> None:
        name = f"data/records/{source.incident_ids[0]}.json"
        members[name] = members[name].replace(b'"2023-04-11"', b'"2023-13-45"')

    refused(frozen, rewrite(source, tmp_path, bad_date, resign=source.signer), "date")


def _raw_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _with_entry(source: Source, tmp_path: Path, info: zipfile.ZipInfo | str,
                data: bytes = b"x") -> Path:
    root, members = read_bundle(source.path)
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (f"{root}/{n}", d) for n, d in members.items()]
    entries.append((info, data))
    return _raw_zip(tmp_path / "evil.zip", entries)


@pytest.mark.parametrize("name", ["../../evil.sh", "/etc/cron.d/evil", "bag/../../../evil",
                                  "bag\\..\\evil.bat", "C:/evil.bat", "bag//x", "bag/./x"])
def test_paths_that_escape(source: Source, frozen: Frozen, tmp_path: Path, name: str) -> None:
    refused(frozen, _with_entry(source, tmp_path, name), "unsafe entry")


# (A NUL cannot be tested here: zipfile cuts a name read back at the NUL.)
@pytest.mark.parametrize("name", ["bag/data/\x1b[2Jclear", "bag/data/x\x7f", "bag/new\nline"])
def test_names_with_control_characters(source: Source, frozen: Frozen, tmp_path: Path,
                                       name: str) -> None:
    refused(frozen, _with_entry(source, tmp_path, name), "control characters")


def test_symlink_entry(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    root, _ = read_bundle(source.path)
    link = zipfile.ZipInfo(f"{root}/data/files/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(frozen, _with_entry(source, tmp_path, link, b"/etc/passwd"), "symbolic link")
    fifo = zipfile.ZipInfo(f"{root}/data/files/fifo")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    refused(frozen, _with_entry(source, tmp_path, fifo), "special file")


def test_zip_bomb_ratio(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    root, _ = read_bundle(source.path)
    refused(frozen, _with_entry(source, tmp_path, f"{root}/data/files/zeros",
                                bytes(30 << 20)), "compression ratio")


def test_entry_count_and_size_limits(source: Source, frozen: Frozen) -> None:
    with pytest.raises(BundleRejected, match="entries, more than"), \
            open_bundle(source.path, limits=Limits(max_entries=10)):
        pass
    with pytest.raises(BundleRejected, match="more data than allowed"), \
            open_bundle(source.path, limits=Limits(max_total_bytes=1000)):
        pass
    frozen.assert_unchanged()


def _central_entries(raw: bytes) -> list[int]:
    out, at = [], raw.find(b"PK\x01\x02")
    while at != -1:
        out.append(at)
        at = raw.find(b"PK\x01\x02", at + 4)
    return out


def test_overlapping_entries_bomb(source: Source, frozen: Frozen, tmp_path: Path) -> None:
    path = _raw_zip(tmp_path / "overlap.zip", [("bag/data/a", b"A" * 5000),
                                               ("bag/data/b", b"B" * 5000)])
    raw = bytearray(path.read_bytes())
    first, second = _central_entries(bytes(raw))[:2]
    raw[second + 42:second + 46] = raw[first + 42:first + 46]  # b's data is a's
    path.write_bytes(bytes(raw))
    refused(frozen, path, "overlaps another entry")


def test_encrypted_zip_entry_and_duplicate_names(source: Source, frozen: Frozen,
                                                 tmp_path: Path) -> None:
    path = _raw_zip(tmp_path / "enc.zip", [("bag/data/a", b"A" * 100)])
    raw = bytearray(path.read_bytes())
    entry = _central_entries(bytes(raw))[0]
    flags = struct.unpack("<H", raw[entry + 8:entry + 10])[0] | 1
    raw[entry + 8:entry + 10] = struct.pack("<H", flags)
    path.write_bytes(bytes(raw))
    refused(frozen, path, "password-encrypted")
    with pytest.warns(UserWarning):
        path = _raw_zip(tmp_path / "dup.zip", [("bag/data/a", b"1"), ("bag/data/a", b"2")])
    refused(frozen, path, "same name appears twice")


def test_item_with_same_id_but_other_content(source: Source, ws_b: Workspace,
                                             tmp_path: Path) -> None:
    bundle.import_bundle(ws_b, source.path, accept_signers=True)
    with ws_b.session() as session:
        row = session.exec(select(EvidenceItem)
                           .where(EvidenceItem.id == source.item_ids[0])).one()
        row.attestation = row.attestation.replace(b"photo.jpg", b"other.jpg")
        session.add(row)
    incidents.update_incident(ws_b, source.incident_ids[0], record("B's edit"))
    frozen = Frozen(ws_b)
    try:
        with pytest.raises(BundleRejected, match="other content or another attestation"):
            bundle.import_bundle(frozen.ws, source.path, accept_signers=True)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


def test_pseudonym_naming_another_person(source: Source, ws_b: Workspace) -> None:
    incidents.create_incident(ws_b, record("B's own incident", people=[
        {"pseudonym": "W-0007", "role": "victim", "real_name": "Someone Else"}]))
    frozen = Frozen(ws_b)
    try:
        plan = bundle.inspect_bundle(source.path, frozen.ws)
        assert any("W-0007" in p and "real_name" in p for p in plan.problems)
        assert not any("Someone Else" in p or "Daw Example" in p for p in plan.problems)
        with pytest.raises(BundleRejected, match="pseudonym W-0007"):
            bundle.import_bundle(frozen.ws, plan, accept_signers=True)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()
