"""A receiver without Evidence App can verify an (unencrypted) bundle with standard tools:
the Library of Congress bagit validator (library and CLI), sha256sum and openssl."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest

from evidence_app.services import bundle
from tests.bundle.helpers import Populated


def _unzipped(populated: Populated, tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "case.zip"
    bundle.export_bundle(populated.ws, case=populated.case_id, output=path)
    with zipfile.ZipFile(path) as zf:
        roots = {n.split("/", 1)[0] for n in zf.namelist()}
        assert len(roots) == 1
        zf.extractall(tmp_path / "out")
    return path, tmp_path / "out" / roots.pop()


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which(cmd[0]) is None and not Path(cmd[0]).exists():
        pytest.skip(f"{cmd[0]} is not installed")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)


def test_bagit_library_and_cli_validate(populated: Populated, tmp_path: Path) -> None:
    _path, bag_dir = _unzipped(populated, tmp_path)
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises BagValidationError on any problem
    assert bag.is_valid()
    assert "sha256" in bag.algorithms
    assert bag.info["Payload-Oxum"].endswith(f".{len(bag.payload_entries())}")
    cli = Path(sys.executable).parent / "bagit.py"
    result = _run([str(cli) if cli.exists() else "bagit.py", "--validate", "."], bag_dir)
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stderr + result.stdout


def test_sha256sum_checks_both_manifests(populated: Populated, tmp_path: Path) -> None:
    _path, bag_dir = _unzipped(populated, tmp_path)
    for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        result = _run(["sha256sum", "-c", manifest], bag_dir)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "FAILED" not in result.stdout
    # and it notices a changed file
    victim = next((bag_dir / "data" / "files").iterdir())
    victim.write_bytes(victim.read_bytes() + b"x")
    assert _run(["sha256sum", "-c", "manifest-sha256.txt"], bag_dir).returncode != 0


def test_openssl_verifies_exporter_and_attestation_signatures(populated: Populated,
                                                              tmp_path: Path) -> None:
    _path, bag_dir = _unzipped(populated, tmp_path)
    result = _run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "exporter.pem",
                   "-rawin", "-in", "tagmanifest-sha256.txt", "-sigfile",
                   "tagmanifest-sha256.txt.sig"], bag_dir)
    assert result.returncode == 0 and "Signature Verified Successfully" in result.stdout
    item_id = populated.item_ids[0]
    attestation = json.loads((bag_dir / f"data/items/{item_id}.attestation.json").read_bytes())
    result = _run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                   f"data/keys/{attestation['signer']}.pem", "-rawin", "-in",
                   f"data/items/{item_id}.attestation.json", "-sigfile",
                   f"data/items/{item_id}.attestation.json.sig"], bag_dir)
    assert result.returncode == 0 and "Signature Verified Successfully" in result.stdout
    # the README's fingerprint command gives the exporter's fingerprint
    raw = subprocess.run(["openssl", "pkey", "-pubin", "-in", "exporter.pem", "-outform",
                          "DER"], cwd=bag_dir, capture_output=True, check=True).stdout
    assert hashlib.sha256(raw[-32:]).hexdigest() == populated.ws.fingerprint
    # a changed tag manifest no longer verifies
    (bag_dir / "tagmanifest-sha256.txt").write_text("0" * 64 + "  bagit.txt\n")
    result = _run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "exporter.pem",
                   "-rawin", "-in", "tagmanifest-sha256.txt", "-sigfile",
                   "tagmanifest-sha256.txt.sig"], bag_dir)
    assert result.returncode != 0


def test_custody_lines_check_with_a_json_canonicalizer(populated: Populated,
                                                       tmp_path: Path) -> None:
    import rfc8785

    _path, bag_dir = _unzipped(populated, tmp_path)
    for chain in (bag_dir / "data" / "custody").iterdir():
        prev = "0" * 64
        for line in chain.read_text().splitlines():
            event = json.loads(line)
            assert hashlib.sha256(rfc8785.dumps(event["body"])).hexdigest() == event["hash"]
            assert event["body"]["prev_hash"] == prev
            prev = event["hash"]


def test_readme_in_english_and_burmese(populated: Populated, tmp_path: Path) -> None:
    _path, bag_dir = _unzipped(populated, tmp_path)
    readme = (bag_dir / "README.txt").read_text("utf-8")
    assert "bagit.py --validate" in readme and "sha256sum -c manifest-sha256.txt" in readme
    assert "openssl pkeyutl -verify" in readme
    assert "စစ်ဆေး" in readme  # Burmese (Unicode, not Zawgyi)
    from myanmartools import ZawgyiDetector

    burmese = "".join(c for c in readme if "\u1000" <= c <= "\u109f" or c == " ")
    assert ZawgyiDetector().get_zawgyi_probability(burmese) < 0.01
    assert populated.ws.fingerprint in readme
