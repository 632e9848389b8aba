"""Child process for the crash-consistency harness: real work until it is killed.

It opens the workspace named on the command line and loops: record an incident, edit it, ingest a
file of random size into it (sometimes the same bytes again). After each operation returns (that
is, after its transaction committed), it appends one line to the journal and fsyncs it, so the
parent knows what must survive the SIGKILL it is about to receive at a random moment.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from evidence_app.services import incidents, ingest
from evidence_app.services.workspace import open_workspace


def journal(handle, entry: dict) -> None:  # type: ignore[no-untyped-def]
    handle.write(json.dumps(entry) + "\n")
    handle.flush()
    os.fsync(handle.fileno())


def main() -> None:
    root, passphrase, journal_path, seed = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
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
