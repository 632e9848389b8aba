"""Benchmark: export and import of a bundle holding 1 GiB of evidence, beside zip and sha256sum.

Builds a workspace with one case, one incident and 1 GiB of incompressible evidence (8 files
of 128 MiB), then times, in the same run and on the same files:

* ``zip -0 -r`` of the plaintext files (what the unencrypted bundle's payload costs at least:
  read + CRC + write; our evidence members are stored, not deflated) and ``sha256sum``;
* ``export_bundle`` plain and encrypted to a recipient (decrypt blobs + SHA-256 + zip, + encrypt);
* ``verify_bundle`` (standalone: every hash and signature);
* ``inspect_bundle`` + ``import_bundle`` into a fresh workspace, plain and encrypted
  (verify, then hash + encrypt + fsync into the blob store, one transaction);

and the process's peak resident memory, to show that memory stays bounded by a few chunks.

    python bench/bench_bundle.py [--small]      # --small: 64 MiB instead of 1 GiB
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidence_app.crypto.kdf import KdfParams
from evidence_app.services import bundle, cases, incidents, ingest, keys
from evidence_app.services.workspace import Workspace, create_workspace

PASS = "benchmark passphrase"
T = TypeVar("T")


def fast_kdf() -> KdfParams:
    return KdfParams.new(memory_kib=1024, iterations=1, lanes=1)


def timed(label: str, fn: Callable[[], T], size: int) -> T:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"  {label:<46} {seconds:7.2f} s  {size / seconds / 2**20:8.0f} MiB/s", flush=True)
    return result


def tool(label: str, cmd: list[str], cwd: Path, size: int) -> None:
    if shutil.which(cmd[0]) is None:
        print(f"  {label:<46} (not installed: apt-get install {cmd[0]})")
        return
    timed(label, lambda: subprocess.run(cmd, cwd=cwd, check=True,
                                        stdout=subprocess.DEVNULL), size)


def make_files(folder: Path, total: int, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    each = total // count
    block = os.urandom(1 << 20)
    for index in range(count):
        path = folder / f"video-{index:02d}.mp4"
        with path.open("wb") as out:
            for chunk in range(each >> 20):
                # cheap incompressible data: a random block varied per chunk
                out.write(block[:16] + chunk.to_bytes(8, "big") + index.to_bytes(8, "big")
                          + block[32:])
        paths.append(path)
    return paths


def workspace(root: Path, alias: str) -> Workspace:
    return create_workspace(root, PASS, alias, kdf=fast_kdf())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="64 MiB instead of 1 GiB")
    args = parser.parse_args()
    total = (64 << 20) if args.small else (1 << 30)
    count = 4 if args.small else 8
    with tempfile.TemporaryDirectory(prefix="bench-bundle-", dir=os.environ.get("TMPDIR")) as t:
        tmp = Path(t)
        src = tmp / "src"
        paths = make_files(src, total, count)
        print(f"{count} files, {total >> 20} MiB of evidence in {tmp}")
        ws_a = workspace(tmp / "a", "alice")
        case = cases.create_case(ws_a, cases.parse_case({"reference": "BENCH-1",
                                                         "title": "Benchmark"}))
        incident = incidents.create_incident(ws_a, incidents.parse_record({
            "title": "Benchmark incident", "date": {"start": "2024-01-01"},
            "place": {"state_region": "Sagaing"}, "acts": [{"violation": "AIR"}],
            "cases": [case.id]}))
        print("baselines on the same plaintext files:")
        tool("sha256sum", ["sha256sum", *[p.name for p in paths]], src, total)
        tool("zip -0 -r (store, like our evidence members)",
             ["zip", "-q", "-0", "-r", str(tmp / "baseline.zip"), "."], src, total)
        (tmp / "baseline.zip").unlink(missing_ok=True)
        print("Evidence App:")
        timed("ingest (context: hash + encrypt + fsync)",
              lambda: ingest.ingest_files(ws_a, incident.id, paths), total)
        shutil.rmtree(src)
        ws_b = workspace(tmp / "b", "bob")
        keys.export_public_key(ws_b, tmp / "bob.pem")
        plain, enc = tmp / "plain.zip", tmp / "enc.eab"
        timed("export_bundle, plain", lambda: bundle.export_bundle(
            ws_a, case=case.id, output=plain), total)
        timed("export_bundle, encrypted to a recipient", lambda: bundle.export_bundle(
            ws_a, case=case.id, output=enc, recipient_pem=tmp / "bob.pem"), total)
        report = timed("verify_bundle, plain (standalone)",
                       lambda: bundle.verify_bundle(plain), total)
        assert report.ok
        ws_c = workspace(tmp / "c", "carol")
        plan = timed("inspect_bundle, plain (verify + summary)",
                     lambda: bundle.inspect_bundle(plain, ws_c), total)
        timed("import_bundle, plain (store + one transaction)",
              lambda: bundle.import_bundle(ws_c, plan, accept_signers=True), total)
        timed("inspect + import, encrypted", lambda: bundle.import_bundle(
            ws_b, enc, accept_signers=True), total)
        for ws in (ws_a, ws_b, ws_c):
            ws.lock()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"bundle sizes: plain {plain.stat().st_size >> 20} MiB, encrypted "
              f"{enc.stat().st_size >> 20} MiB; peak resident memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
