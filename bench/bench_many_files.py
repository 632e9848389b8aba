"""Benchmark: adding and importing many small files, beside `cp` + `sync` and `unzip` + `sync`.

Writes N files (default 1,000 x 100 KiB, random bytes), then, interleaved run by run so all
see the same machine load:

* ``cp -r`` of the folder followed by ``sync`` (the peer: a plain copy made durable);
* ``ingest_files`` of the N files into a fresh workspace (our figure: hash, encrypt, blobs made
  durable in batches, one transaction per batch);
* ``unzip`` of a bundle holding the same N items followed by ``sync`` (the peer of an import);
* ``inspect_bundle`` (verify) + ``import_bundle`` of that bundle into a fresh workspace.

Each of ours runs in a fresh child process. ``--old REV`` also runs the same children on the
code of git revision REV (extracted with ``git archive`` into a temp folder), e.g. the
per-file path before batching: ``--old f204dde``.

    python bench/bench_many_files.py [--files 1000] [--file-kib 100] [--runs 2] [--old REV]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PASS = "benchmark passphrase"


def child(mode: str, src: Path, work: Path) -> None:
    """Run in a fresh interpreter whose ``evidence_app`` is the tree under test."""
    sys.path.insert(0, os.environ["BENCH_TREE"])
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services import bundle, incidents, ingest
    from evidence_app.services.workspace import create_workspace

    ws = create_workspace(work, PASS, "bench",
                          kdf=KdfParams.new(memory_kib=1024, iterations=1, lanes=1))
    out: dict[str, float] = {}
    if mode == "ingest":
        incident = incidents.create_incident(ws, incidents.parse_record(
            {"title": "Benchmark", "acts": [{"violation": "AIR"}]})).id
        paths = sorted(src.iterdir())
        start = time.perf_counter()
        result = ingest.ingest_files(ws, incident, paths)
        out["seconds"] = time.perf_counter() - start
        assert len(result.items) == len(paths), result.failures[:1]
    else:
        start = time.perf_counter()
        plan = bundle.inspect_bundle(src, ws)
        out["inspect"] = time.perf_counter() - start
        start = time.perf_counter()
        result = bundle.import_bundle(ws, plan, accept_signers=True)
        out["seconds"] = time.perf_counter() - start
        assert result.files_stored > 0
    ws.lock()
    print(json.dumps(out))


def run_child(tree: Path, mode: str, src: Path, work: Path) -> dict[str, float]:
    shutil.rmtree(work, ignore_errors=True)
    env = {**os.environ, "BENCH_TREE": str(tree)}
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(src), str(work)],
                          env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{mode} child on {tree} failed:\n{done.stderr}")
    shutil.rmtree(work, ignore_errors=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def peer(cmd: list[str], cwd: Path, target: Path) -> float:
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(["sync"], check=True)  # start from a clean slate, like our children
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["sync"], check=True)
    seconds = time.perf_counter() - start
    shutil.rmtree(target, ignore_errors=True)
    return seconds


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def build_bundle(tmp: Path, src: Path) -> Path:
    """Export a plain bundle of one incident holding every file of ``src`` (current code)."""
    sys.path.insert(0, str(HERE))
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services import bundle, incidents, ingest
    from evidence_app.services.workspace import create_workspace

    ws = create_workspace(tmp / "field", PASS, "field",
                          kdf=KdfParams.new(memory_kib=1024, iterations=1, lanes=1))
    incident = incidents.create_incident(ws, incidents.parse_record(
        {"title": "Benchmark", "acts": [{"violation": "AIR"}]})).id
    ingest.ingest_files(ws, incident, sorted(src.iterdir()))
    output = tmp / "bundle.zip"
    bundle.export_bundle(ws, incident_ids=[incident], output=output)
    ws.lock()
    shutil.rmtree(tmp / "field")
    return output


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--file-kib", type=int, default=100)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--old", help="also time the code of this git revision")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    base = Path(os.environ.get("TMPDIR") or HERE.parent)
    with tempfile.TemporaryDirectory(prefix="bench-many-", dir=base) as t:
        tmp = Path(t)
        src = tmp / "src"
        src.mkdir()
        for n in range(args.files):
            (src / f"photo-{n:05d}.jpg").write_bytes(os.urandom(args.file_kib << 10))
        trees = {"ours": HERE}
        if args.old:
            old = tmp / "old"
            old.mkdir()
            archive = subprocess.run(["git", "-C", str(HERE), "archive", args.old,
                                      "evidence_app", "db", "resources"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            trees[f"old {args.old}"] = old
        bundle_path = build_bundle(tmp, src)
        print(f"{args.files} files x {args.file_kib} KiB in {tmp}; bundle "
              f"{bundle_path.stat().st_size >> 20} MiB; {os.cpu_count()} CPUs")
        times: dict[str, list[float]] = {}
        for run in range(args.runs):
            figures = {"cp -r + sync": peer(["cp", "-r", "src", "copy"], tmp, tmp / "copy"),
                       "unzip + sync": peer(["unzip", "-q", "-d", "unzipped", str(bundle_path)],
                                            tmp, tmp / "unzipped")}
            for label, tree in trees.items():
                figures[f"ingest, {label}"] = run_child(tree, "ingest", src,
                                                        tmp / "ws")["seconds"]
                got = run_child(tree, "import", bundle_path, tmp / "ws")
                figures[f"import, {label}"] = got["seconds"]
                figures[f"inspect (verify), {label}"] = got["inspect"]
            print(f"run {run + 1} (load {load()}): " + "; ".join(
                f"{k} {v:.2f} s" for k, v in figures.items()), flush=True)
            for key, value in figures.items():
                times.setdefault(key, []).append(value)
        print(f"\nmedians of {args.runs} runs ({args.files} files), load now {load()}:")
        for key, values in times.items():
            median = statistics.median(values)
            print(f"  {key:<32} {median:7.2f} s  {args.files / median:8.0f} files/s  "
                  f"(best {min(values):.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
