"""Child process for the crash-consistency harness: real work until it is killed.

It opens the workspace named on the command line and loops: record an incident, edit it, ingest a
file of random size into it (sometimes the same bytes again). With ``batched`` (and bundle paths)
it instead imports the bundles and ingests many small files at a time, in batches. After each
operation returns (that is, after its transaction committed), it appends one line to the journal
and fsyncs it, so the parent knows what must survive the SIGKILL it is about to receive at a
random moment.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from evidence_app.services import incidents, ingest
from evidence_app.services.bundle import importer as bundle_importer
from evidence_app.services.workspace import open_workspace


def journal(handle, entry: dict) -> None:  # type: ignore[no-untyped-def]
    handle.write(json.dumps(entry) + "\n")
    handle.flush()
    os.fsync(handle.fileno())


def batched(root: Path, passphrase: str, journal_path: str, seed: str,
            bundles: list[str]) -> None:
    """Many small files at once: batched ingests of 40-250 files (batches of 16 to 256) and
    imports of bundles of many small items, until killed."""
    rng = random.Random(int(seed))
    scratch = root.parent / f"scratch-{seed}"
    scratch.mkdir(exist_ok=True)
    shared = os.urandom(3000)  # some files repeat content, within and across batches
    ws = open_workspace(root, passphrase)
    with open(journal_path, "a", encoding="utf-8") as log:
        journal(log, {"op": "opened"})
        step = 0
        while True:
            step += 1
            for bundle in bundles if rng.random() < 0.5 else []:
                bundle_importer.import_bundle(ws, Path(bundle), accept_signers=True)
                journal(log, {"op": "bundle", "path": bundle})
            created = incidents.create_incident(ws, incidents.parse_record(
                {"title": f"Batch {seed}-{step}", "acts": [{"violation": "BRN"}]}))
            journal(log, {"op": "incident", "id": created.id, "revision": 1})
            paths = []
            for n in range(rng.randint(40, 250)):
                path = scratch / f"small-{step}-{n}.bin"
                path.write_bytes(shared if rng.random() < 0.1
                                 else os.urandom(rng.randint(1, 30_000)))
                paths.append(path)
            ingest.BATCH_FILES = rng.choice([16, 64, 256])
            result = ingest.ingest_files(ws, created.id, paths)
            for item in result.items:
                journal(log, {"op": "item", "id": item.item_id, "sha256": item.sha256,
                              "incident": created.id})


def main() -> None:
    root, passphrase, journal_path, seed = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    if len(sys.argv) > 5 and sys.argv[5] == "batched":
        batched(root, passphrase, journal_path, seed, sys.argv[6:])
        return
    rng = random.Random(int(seed))
    scratch = root.parent / f"scratch-{seed}"
    scratch.mkdir(exist_ok=True)
    ws = open_workspace(root, passphrase)
    with open(journal_path, "a", encoding="utf-8") as log:
        journal(log, {"op": "opened"})
        step = 0
        while True:
            step += 1
            record = {"title": f"Crash test incident {seed}-{step}",
                      "narrative": "ကျေးရွာကို မီးရှို့ခဲ့သည်။ " * rng.randint(1, 50),
                      "date": {"start": "2024-01-02", "precision": "day"},
                      "place": {"state_region": "Sagaing", "township": "Kanbalu"},
                      "acts": [{"violation": rng.choice(["AIR", "BRN", "DET"])}]}
            created = incidents.create_incident(ws, incidents.parse_record(record))
            journal(log, {"op": "incident", "id": created.id, "revision": 1})
            record["title"] += " (edited)"
            updated = incidents.update_incident(ws, created.id, incidents.parse_record(record))
            journal(log, {"op": "edit", "id": created.id, "revision": updated.revision})
            path = scratch / f"file-{step}.bin"
            size = rng.choice([0, 1, 1000, 70_000, 2_500_000, 9_000_000])
            data = (b"same bytes every time" * 50 if rng.random() < 0.2
                    else os.urandom(size) or b"x")
            path.write_bytes(data)
            result = ingest.ingest_files(ws, created.id, [path])
            for item in result.items:
                journal(log, {"op": "item", "id": item.item_id, "sha256": item.sha256,
                              "incident": created.id})


if __name__ == "__main__":
    main()
