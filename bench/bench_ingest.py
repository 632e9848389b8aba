"""Benchmark: ingest of one large file against ``openssl dgst -sha256`` on the same file.

Ingest reads, hashes (SHA-256), encrypts (AES-256-GCM) and writes the file, fsyncs it, and
records the item, its signed attestation and a custody event; openssl only reads and hashes.
``dd conv=fsync`` (a plain copy to disk) is printed for context: it is the disk's share. Each
run ingests in a fresh child process (so its peak RSS is the ingest's own, measured with
``getrusage`` in the child and cross-checked with ``RUSAGE_CHILDREN`` here), interleaved with
an openssl run on the same file, so both see the same page cache and the same machine load.
Goals (issue 3): throughput >= 0.7x openssl's, fsync included; peak RSS <= 150 MiB.

    python bench/bench_ingest.py [--size-mib 1024] [--runs 5] [--dir DIR]

The workspace uses cheap Argon2id parameters: unlocking with the defaults allocates 64 MiB for
~0.2 s, which would count in the peak RSS without being part of ingest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MIB = 1 << 20
GOAL_RATIO = 0.7
GOAL_RSS_MIB = 150


def make_file(path: Path, size_mib: int) -> None:
    with path.open("wb") as out:
        for _ in range(size_mib):
            out.write(os.urandom(MIB))
        out.flush()
        os.fsync(out.fileno())


def child(source: Path, workdir: Path) -> None:
    """Create a workspace, ingest ``source`` once, print timings and memory as JSON."""
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services import incidents, ingest
    from evidence_app.services.workspace import create_workspace

    ws = create_workspace(workdir / "ws", "benchmark passphrase", "bench",
                          kdf=KdfParams.new(memory_kib=1024, iterations=1, lanes=1))
    incident = incidents.create_incident(ws, incidents.parse_record(
        {"title": "Benchmark", "acts": [{"violation": "AIR"}]})).id
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = ingest.ingest_files(ws, incident, [source])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ws.lock()
    if result.failures:
        raise SystemExit(f"ingest failed: {result.failures[0].reason}")
    print(json.dumps({"seconds": seconds, "rss_before_kib": before, "rss_peak_kib": peak,
                      "sha256": result.items[0].sha256}))


def run_ours(source: Path, base: Path) -> dict[str, float]:
    workdir = Path(tempfile.mkdtemp(dir=base, prefix="ws-"))
    try:
        done = subprocess.run([sys.executable, __file__, "--child", str(source), str(workdir)],
                              capture_output=True, text=True, check=True)
    finally:
        subprocess.run(["rm", "-rf", str(workdir)], check=False)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_dd(source: Path, base: Path) -> float:
    """A plain copy to disk with fsync: the disk's share of ingest's work, for context."""
    dest = base / "dd-copy.bin"
    start = time.perf_counter()
    subprocess.run(["dd", f"if={source}", f"of={dest}", "bs=1M", "conv=fsync", "status=none"],
                   check=True)
    seconds = time.perf_counter() - start
    dest.unlink()
    return seconds


def run_openssl(source: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(["openssl", "dgst", "-sha256", "-r", str(source)],
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout.split()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to put the test file and workspaces (default: temp dir)")
    parser.add_argument("--child", nargs=2, metavar=("FILE", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-ingest-") as tmp:
        base = Path(tmp)
        source = base / "evidence.bin"
        make_file(source, args.size_mib)
        size = source.stat().st_size
        load_before = os.getloadavg()[0]
        ours: list[dict[str, float]] = []
        peer: list[float] = []
        copy: list[float] = []
        for _ in range(args.runs):  # interleaved: all see the same cache and load
            seconds, peer_sha = run_openssl(source)
            peer.append(seconds)
            ours.append(run_ours(source, base))
            copy.append(run_dd(source, base))
            assert ours[-1]["sha256"] == peer_sha, "ingest and openssl disagree on the hash"
        children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        load_after = os.getloadavg()[0]
    our_times = [r["seconds"] for r in ours]
    peak_mib = max(r["rss_peak_kib"] for r in ours) / 1024
    base_mib = max(r["rss_before_kib"] for r in ours) / 1024
    ratio = statistics.median(peer) / statistics.median(our_times)
    best_ratio = min(peer) / min(our_times)

    def rate(seconds: float) -> str:
        return f"{size / MIB / seconds:7.0f} MiB/s ({seconds:.2f} s)"

    print(f"Ingest of one {size / MIB:.0f} MiB file, {args.runs} interleaved runs, "
          f"{os.cpu_count()} CPUs, load average {load_before:.1f} -> {load_after:.1f}")
    ours_med, peer_med = statistics.median(our_times), statistics.median(peer)
    print(f"  evidence-app ingest (hash+encrypt+write+fsync+DB)  median {rate(ours_med)}"
          f"   best {rate(min(our_times))}")
    print(f"  openssl dgst -sha256 (read+hash)                   median {rate(peer_med)}"
          f"   best {rate(min(peer))}")
    print(f"  dd conv=fsync (plain copy to disk, context)        median "
          f"{rate(statistics.median(copy))}   best {rate(min(copy))}")
    print(f"  ratio ours/openssl: median {ratio:.2f}x, best {best_ratio:.2f}x "
          f"(goal >= {GOAL_RATIO}x): {'met' if ratio >= GOAL_RATIO else 'MISSED'}")
    rss_ok = "met" if peak_mib <= GOAL_RSS_MIB else "MISSED"
    print(f"  peak RSS of the ingesting process: {peak_mib:.0f} MiB (of which {base_mib:.0f} MiB "
          "before ingest: interpreter, SQLAlchemy, SQLCipher); largest child "
          f"{children_peak / 1024:.0f} MiB (goal <= {GOAL_RSS_MIB} MiB): {rss_ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
