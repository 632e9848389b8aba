"""Benchmark: verify against ``openssl dgst -sha256`` and ``hashdeep`` on the same plaintext.

Two workspaces are built with the real ingest: many small files (default 10,000 x 100 KiB) and
one large file (default 1 GiB). Each is then verified, interleaved with the peers hashing the
same plaintext files, after one untimed warm-up pass of each, so all read from the page cache
and see the same machine load. Our figures:

* ``verify`` -- :func:`verify_workspace` with ``record=False``: decrypt and re-hash every blob,
  compare every attestation field, check every signature and custody chain;
* ``content stage`` -- only the decrypt-and-re-hash of the blobs (what the peers do, plus
  decryption), the part that runs on both cores;
* ``verify + record`` -- one run as the CLI does it, appending a signed ``verify`` event per item.

Goals (issue 3): verify >= 1.0x ``openssl dgst`` (one process, as a reviewer would run it) and
>= 4x ``hashdeep`` (its default: one thread per CPU).

    python bench/bench_verify.py [--files 10000] [--file-kib 100] [--big-mib 1024] [--runs 3]
    python bench/bench_verify.py --small      # 1,000 x 100 KiB and 128 MiB, for a quick look
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Verification's helper processes run this file's top level again (multiprocessing does that
# with the main script; on Python 3.11 the fork server's preloading of it never happens), as they
# run the evidence-app command's, which imports next to nothing. Importing the core here for
# them would add about a second of imports to each helper and to the figures; they skip it.
if __name__ == "__main__" or TYPE_CHECKING:
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.progress import no_progress
    from evidence_app.services import incidents, ingest, verify
    from evidence_app.services.verify_blobs import check_blobs
    from evidence_app.services.workspace import Workspace, create_workspace

MIB = 1 << 20
GOAL_OPENSSL = 1.0
GOAL_HASHDEEP = 4.0


def build(root: Path, sources: list[Path]) -> tuple[Workspace, float]:
    """A workspace holding ``sources`` ingested the normal way; returns it and the ingest time."""
    ws = create_workspace(root, "benchmark passphrase", "bench",
                          kdf=KdfParams.new(memory_kib=1024, iterations=1, lanes=1))
    incident = incidents.create_incident(ws, incidents.parse_record(
        {"title": "Benchmark", "acts": [{"violation": "AIR"}]})).id
    start = time.perf_counter()
    result = ingest.ingest_files(ws, incident, sources)
    if result.failures:
        raise SystemExit(f"ingest failed: {result.failures[0].reason}")
    return ws, time.perf_counter() - start


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def tool(args: list[str], cwd: Path) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return run


def content_stage(ws: Workspace) -> Callable[[], None]:
    with ws.session(write=False) as session:
        from sqlmodel import select

        from evidence_app.model.tables import Blob
        sizes = {b.name: b.size for b in session.exec(select(Blob))}

    def run() -> None:
        results = check_blobs(ws.blobs, sizes, no_progress, None)
        assert all(r.state == "read" for r in results.values())
    return run


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def signature_floor(ws: Workspace) -> tuple[int, float, float] | None:
    """(signature checks a full verification makes, openssl's Ed25519 verifications per second
    on all cores at once now, the time those checks alone take at that rate), or None without
    openssl. Each item's attestation and each custody event is signed and checked. ``openssl
    speed -multi`` runs one process per core: on the 2-vCPU test machine two at once each run
    ~1.4x slower than one alone, so the rate of one process times the cores would flatter."""
    with ws.session(write=False) as session:
        from sqlmodel import func, select

        from evidence_app.model.tables import CustodyEvent, EvidenceItem
        checks = (session.exec(select(func.count()).select_from(EvidenceItem)).one()
                  + session.exec(select(func.count()).select_from(CustodyEvent)).one())
    args = ["openssl", "speed", "-mr", "-seconds", "2"]
    args += ["-multi", str(cores())] if cores() > 1 else []
    try:
        out = subprocess.run([*args, "ed25519"], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    totals = [ln for ln in out.splitlines() if ln.startswith("+F6:") and ":Ed25519:" in ln]
    if not totals:
        return None
    per_second = float(totals[-1].rsplit(":", 1)[1])  # with -multi, the last line is the sum
    return checks, per_second, checks / per_second


def full_verify(ws: Workspace) -> Callable[[], None]:
    def run() -> None:
        assert verify.verify_workspace(ws, record=False).ok
    return run


def compare(title: str, ws: Workspace, plain_dir: Path, names: list[str], nbytes: int,
            runs: int) -> None:
    have_hashdeep = shutil.which("hashdeep") is not None
    candidates: dict[str, Callable[[], None]] = {
        "verify (check only)": full_verify(ws),
        "  of which content stage": content_stage(ws),
        "openssl dgst -sha256": tool(["openssl", "dgst", "-sha256", "-r", *names], plain_dir),
    }
    if have_hashdeep:
        candidates["hashdeep -c sha256"] = tool(["hashdeep", "-c", "sha256", *names], plain_dir)
    # Warm-up, untimed: ingest's early writeback drops blob pages from the page cache, while
    # the peers' plaintext files were just written and are cached. Both are then warm.
    for fn in candidates.values():
        fn()
    times: dict[str, list[float]] = {k: [] for k in candidates}
    for _ in range(runs):
        for name, fn in candidates.items():
            times[name].append(timed(fn))
    floor = signature_floor(ws)
    record = timed(lambda: verify.verify_workspace(ws, record=True))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\n{title}: {len(names):,} files, {nbytes / MIB:,.0f} MiB, {runs} interleaved runs, "
          f"load average {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        print(f"  {name:<28} median {med[name]:6.2f} s  best {min(values):6.2f} s  "
              f"{nbytes / MIB / med[name]:7.0f} MiB/s")
    print(f"  {'verify + record (CLI)':<28} one run {record:6.2f} s")
    ours = "verify (check only)"
    vs_openssl = med["openssl dgst -sha256"] / med[ours]
    print(f"  verify vs openssl: {vs_openssl:.2f}x (goal >= {GOAL_OPENSSL}x): "
          f"{'met' if vs_openssl >= GOAL_OPENSSL else 'MISSED'}; content stage vs openssl: "
          f"{med['openssl dgst -sha256'] / med['  of which content stage']:.2f}x")
    if have_hashdeep:
        vs_hashdeep = med["hashdeep -c sha256"] / med[ours]
        print(f"  verify vs hashdeep: {vs_hashdeep:.2f}x (goal >= {GOAL_HASHDEEP}x): "
              f"{'met' if vs_hashdeep >= GOAL_HASHDEEP else 'MISSED'}")
    else:
        print("  hashdeep not installed (apt-get install hashdeep): no comparison")
    if floor is not None:
        checks, per_second, seconds = floor
        print(f"  lower bound for any full verification here: {checks:,} Ed25519 checks at "
              f"{per_second:,.0f}/s (openssl speed on {cores()} cores at once, this run) = "
              f"{seconds:.2f} s before any decrypting or hashing; openssl dgst took "
              f"{med['openssl dgst -sha256']:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--file-kib", type=int, default=100)
    parser.add_argument("--big-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true",
                        help="1,000 small files and a 128 MiB file: a quick look")
    parser.add_argument("--dir", type=Path, default=None, help="where to work (default: temp)")
    args = parser.parse_args()
    if args.small:
        args.files, args.big_mib = min(args.files, 1000), min(args.big_mib, 128)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-verify-") as tmp:
        base = Path(tmp)
        small_dir, big_dir = base / "small", base / "big"
        small_dir.mkdir()
        big_dir.mkdir()
        names = [f"f{i:05d}.bin" for i in range(args.files)]
        for name in names:
            (small_dir / name).write_bytes(os.urandom(args.file_kib * 1024))
        with (big_dir / "video.mp4").open("wb") as out:
            for _ in range(args.big_mib):
                out.write(os.urandom(MIB))
        small_ws, small_ingest = build(base / "ws-small", [small_dir / n for n in names])
        big_ws, big_ingest = build(base / "ws-big", [big_dir / "video.mp4"])
        print(f"Built in {small_ingest:.1f} s ({args.files / small_ingest:.0f} files/s) and "
              f"{big_ingest:.1f} s; {os.cpu_count()} CPUs")
        compare(f"{args.files:,} x {args.file_kib} KiB", small_ws, small_dir, names,
                args.files * args.file_kib * 1024, args.runs)
        compare(f"one {args.big_mib} MiB file", big_ws, big_dir, ["video.mp4"],
                args.big_mib * MIB, args.runs)
        small_ws.lock()
        big_ws.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
