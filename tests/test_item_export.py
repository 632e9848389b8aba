"""Item export: a reviewer checks an exported item with sha256sum and openssl alone (issue 3).

The commands are run exactly as the export's README gives them, so a wrong command in the README
fails here.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from evidence_app.cli import main
from evidence_app.crypto.canonical import canonical_json
from evidence_app.errors import IntegrityError, UsageError
from evidence_app.media import synth
from evidence_app.services import custody, incidents, ingest, items
from evidence_app.services.workspace import Workspace

PASSPHRASE = "correct horse battery staple"  # the one tests/conftest.py's workspace uses
BURMESE_NAME = "မြန်မာ_ဓာတ်ပုံ_၂၀၂၁.jpg"

pytestmark = pytest.mark.skipif(not (shutil.which("openssl") and shutil.which("sha256sum")),
                                reason="needs openssl and sha256sum on PATH")


@pytest.fixture
def photo_item(workspace: Workspace, tmp_path: Path) -> ingest.IngestedItem:
    incident = incidents.create_incident(workspace, incidents.parse_record({
        "title": "Burning of Kin Ma", "acts": [{"violation": "BRN"}],
        "date": {"start": "2021-06-15"}})).id
    photo = synth.make_photo(tmp_path / BURMESE_NAME, lat=21.78, lon=94.95)
    [item] = ingest.ingest_files(workspace, incident, [photo]).items
    items.open_item(workspace, item.item_id)  # a second custody event
    return item


def run(cmd: list[str] | str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False,
                          shell=isinstance(cmd, str), executable="/bin/bash"
                          if isinstance(cmd, str) else None)


def readme_command(readme: str, starts_with: str) -> str:
    """The README's command starting with ``starts_with`` (joined over backslash lines)."""
    joined = readme.replace("\\\n", " ")
    line = next(ln.strip() for ln in joined.splitlines() if ln.strip().startswith(starts_with))
    return re.sub(r"\s+", " ", line)


def test_export_verifies_with_standard_tools_as_the_readme_says(
        workspace: Workspace, photo_item: ingest.IngestedItem, tmp_path: Path) -> None:
    dest = tmp_path / "for-the-lawyer"
    written = items.export_item(workspace, photo_item.item_id, dest)
    names = {p.name for p in written}
    original = dest / f"EX-00001_{BURMESE_NAME}"
    assert original.name in names, names  # the Burmese name survives, marks and all
    assert hashlib.sha256(original.read_bytes()).hexdigest() == photo_item.sha256
    readme = (dest / "EX-00001.README.txt").read_text("utf-8")

    checked = run(readme_command(readme, "sha256sum -c"), dest)
    assert checked.returncode == 0 and ": OK" in checked.stdout, checked

    verify_sig = readme_command(readme, "openssl pkeyutl -verify")
    assert "-rawin" in verify_sig
    signed = run(verify_sig, dest)
    assert signed.returncode == 0 and "Signature Verified Successfully" in signed.stdout, signed

    attestation = json.loads((dest / "EX-00001.attestation.json").read_bytes())
    assert attestation["hash"] == {"algorithm": "SHA-256", "value": photo_item.sha256}
    fingerprint = run(readme_command(readme, "openssl pkey -pubin"), dest)
    assert fingerprint.returncode == 0, fingerprint
    assert fingerprint.stdout.split()[0] == attestation["signer"] == workspace.fingerprint

    # The custody file: each event's hash is SHA-256 of its body, and the links hold.
    lines = (dest / "EX-00001.custody.jsonl").read_text("utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["action"] for e in events] == ["ingest", "view"]
    previous = custody.GENESIS
    for event in events:
        assert hashlib.sha256(canonical_json(event["body"])).hexdigest() == event["hash"]
        assert event["prev_hash"] == previous
        previous = event["hash"]
    assert custody.history(workspace, photo_item.item_id)[-1].action == "export"

    # Every custody signature checks with openssl, as README step 5 runs it.
    loop = run(readme_command(readme, "cd EX-00001.custody"), dest)
    assert loop.returncode == 0, loop
    assert loop.stdout.count("Signature Verified Successfully") == 2, loop
    assert "FAILED" not in loop.stdout
    sums = run("sha256sum *.json", dest / "EX-00001.custody").stdout.split()[::2]
    assert sums == [e["hash"] for e in events]


def test_a_flipped_byte_in_the_export_fails_the_checks(
        workspace: Workspace, photo_item: ingest.IngestedItem, tmp_path: Path) -> None:
    dest = tmp_path / "export"
    items.export_item(workspace, photo_item.item_id, dest)
    original = dest / f"EX-00001_{BURMESE_NAME}"
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x40
    original.write_bytes(bytes(data))
    checked = run(["sha256sum", "-c", "EX-00001.sha256"], dest)
    assert checked.returncode != 0 and "FAILED" in checked.stdout
    att = dest / "EX-00001.attestation.json"
    att.write_bytes(att.read_bytes().replace(b"SHA-256", b"SHA-257"))
    signed = run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "EX-00001.signer.pem",
                  "-rawin", "-in", att.name, "-sigfile", "EX-00001.attestation.json.sig"], dest)
    assert signed.returncode != 0 and "Signature Verified Successfully" not in signed.stdout
    event = dest / "EX-00001.custody" / "0002.json"  # the "view" event, its action rewritten
    event.write_bytes(event.read_bytes().replace(b'"view"', b'"edit"'))
    readme = (dest / "EX-00001.README.txt").read_text("utf-8")
    loop = run(readme_command(readme, "cd EX-00001.custody"), dest)
    assert "EVENT 0002 FAILED" in loop.stdout and loop.stdout.count("Verified Successfully") == 1


def test_export_refuses_to_overwrite_and_a_damaged_item_exports_nothing(
        workspace: Workspace, photo_item: ingest.IngestedItem, tmp_path: Path) -> None:
    dest = tmp_path / "export"
    items.export_item(workspace, photo_item.item_id, dest)
    with pytest.raises(UsageError, match="already holds"):
        items.export_item(workspace, "EX-00001", dest)
    blob = workspace.blobs.path_for(workspace.blobs.name_for(photo_item.sha256))
    data = bytearray(blob.read_bytes())
    data[-1] ^= 0x01
    blob.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="fail authentication"):
        items.export_item(workspace, photo_item.item_id, tmp_path / "second")
    assert not list((tmp_path / "second").iterdir())
    blob.unlink()
    with pytest.raises(IntegrityError, match="missing"):
        items.export_item(workspace, photo_item.item_id, tmp_path / "third")


@pytest.mark.parametrize(("original", "expected"), [
    ("မြန်မာ_ဓာတ်ပုံ.jpg", "မြန်မာ_ဓာတ်ပုံ.jpg"),
    ("ရုပ်သံ ၂၀၂၁.mp4", "ရုပ်သံ_၂၀၂၁.mp4"),
    ("e\u0301vidence cafe\u0301.jpg", "évidence_café.jpg"),  # decomposed accents: NFC
    ("../../etc/passwd", "etc_passwd"),
    ("report\x1b[2J.txt", "report_2J.txt"),
    ("..", "EX-00009"),
])
def test_export_names_are_safe_and_keep_burmese(original: str, expected: str) -> None:
    assert items.safe_export_name(original, "EX-00009") == expected


def test_a_long_burmese_name_fits_the_file_system(workspace: Workspace, tmp_path: Path) -> None:
    name = "ဗ" * 81 + ".jpeg"  # 248 bytes: a valid name, too long with the exhibit prefix
    assert len(name.encode()) < 256
    safe = items.safe_export_name(name, "EX")
    assert safe.endswith(".jpeg") and len(f"EX-00001_{safe}".encode()) <= 255
    incident = incidents.create_incident(workspace, incidents.parse_record({
        "title": "x", "acts": [{"violation": "AIR"}]})).id
    src = tmp_path / name
    src.write_bytes(os.urandom(2000))
    [item] = ingest.ingest_files(workspace, incident, [src]).items
    written = items.export_item(workspace, item.item_id, tmp_path / "out")
    assert written[0].read_bytes() == src.read_bytes()


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def cli(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    return ["--workspace", str(workspace.root)]


def test_cli_item_list_show_export(cli: list[str], photo_item: ingest.IngestedItem,
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*cli, "item", "list"]) == 0
    out = capsys.readouterr().out
    assert "EX-00001" in out and BURMESE_NAME in out and photo_item.sha256[:16] in out
    assert main([*cli, "item", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["sha256"] == photo_item.sha256 and listed["hash_algorithm"] == "SHA-256"

    assert main([*cli, "item", "show", "EX-00001"]) == 0
    out = capsys.readouterr().out
    assert "metadata claimed by the file" in out and "gps_latitude: 21.7" in out
    assert "#1" in out and "ingest" in out and "#2" in out and "view" in out
    assert main([*cli, "item", "show", photo_item.item_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["item"]["file_metadata"]["gps_longitude"] == pytest.approx(94.95, abs=1e-4)
    assert [e["action"] for e in shown["custody"]] == ["ingest", "view"]

    dest = tmp_path / "cli-export"
    assert main([*cli, "item", "export", "EX-00001", "-o", str(dest)]) == 0
    assert run(["sha256sum", "-c", "EX-00001.sha256"], dest).returncode == 0
    assert main([*cli, "item", "export", "EX-00001", "-o", str(dest)]) == 2  # would overwrite
    assert main([*cli, "item", "show", "EX-77777"]) == 2
    assert "EX-77777" in capsys.readouterr().err


def test_cli_item_show_lists_derivatives(cli: list[str], workspace: Workspace,
                                         photo_item: ingest.IngestedItem, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    blurred = synth.make_photo(tmp_path / "blurred.jpg", seed=3)
    assert main([*cli, "attach", items.get_item(workspace, "EX-00001").incident_id,
                 str(blurred), "--derived-from", "EX-00001", "--derivative", "redacted"]) == 0
    capsys.readouterr()
    assert main([*cli, "item", "show", "EX-00001"]) == 0
    assert "derivatives: EX-00002" in capsys.readouterr().out
    assert main([*cli, "item", "show", "EX-00002"]) == 0
    assert "derived (redacted) from EX-00001" in capsys.readouterr().out
