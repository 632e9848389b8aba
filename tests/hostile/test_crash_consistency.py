"""Crash consistency: SIGKILL a child doing real work at random moments, many times.

After each kill: the workspace opens, temp files are gone, verification passes, no record
references a missing blob, the custody chains are intact, and everything the child saw committed
(its fsynced journal) is still there. 20 kills in the default suite, 200 with EVIDENCE_APP_SLOW=1;
then 10 (100) more during batched ingests of many small files and imports of bundles of many
small items (``BlobBatch``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import select

from evidence_app.model.tables import Blob, EvidenceItem, Incident
from evidence_app.services import incidents, ingest, verify
from evidence_app.services.bundle.export import export_bundle
from evidence_app.services.workspace import create_workspace, open_workspace
from evidence_app.vault.files import TEMP_PREFIX
from tests.conftest import PASSPHRASE, fast_kdf, report_count

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 200 if os.environ.get("EVIDENCE_APP_SLOW") else 20
BATCH_KILLS = 100 if os.environ.get("EVIDENCE_APP_SLOW") else 10


def _run_and_kill(root: Path, journal: Path, seed: int, rng: random.Random,
                  extra: tuple[str, ...] = (), window: float = 1.2) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, str(CHILD), str(root), PASSPHRASE, str(journal),
                              str(seed), *extra], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    # Wait until the child has the workspace open, then let it work for a random moment.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text().count('"opened"') > seed:
            break
        if child.poll() is not None:
            raise AssertionError(f"child died on its own: {child.stderr.read().decode()}")
        time.sleep(0.01)
    time.sleep(rng.uniform(0.0, window))
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read().decode()


def _check(root: Path, journal: Path,
           bundle_items: dict[str, list[str]] | None = None) -> dict[str, int]:
    entries = [json.loads(line) for line in journal.read_text().splitlines() if line.strip()]
    ws = open_workspace(root, PASSPHRASE)
    try:
        leftovers = list(root.rglob(f"{TEMP_PREFIX}*"))
        assert leftovers == [], f"temp files left after open: {leftovers}"
        with ws.session(write=False) as session:
            items = {i.id: i for i in session.exec(select(EvidenceItem))}
            blobs = {b.name: b for b in session.exec(select(Blob))}
            incident_rows = {i.id: i for i in session.exec(select(Incident))}
        for item in items.values():
            assert item.blob_name in blobs, f"item {item.id} references a missing blob row"
            assert ws.blobs.exists(item.blob_name), f"item {item.id}: blob file missing"
        for entry in entries:
            if entry["op"] == "item":
                assert entry["id"] in items, f"committed item {entry['id']} lost"
                assert items[entry["id"]].sha256 == entry["sha256"]
            elif entry["op"] == "bundle":
                lost = [i for i in (bundle_items or {})[entry["path"]] if i not in items]
                assert not lost, f"{len(lost)} items of an imported bundle lost"
            elif entry["op"] in ("incident", "edit"):
                assert entry["id"] in incident_rows, f"committed incident {entry['id']} lost"
                assert incident_rows[entry["id"]].revision >= entry["revision"]
        report = verify.verify_workspace(ws, record=False)
        assert report.ok, verify.report_to_text(report)
        return {"items": len(items), "incidents": len(incident_rows)}
    finally:
        ws.lock()


def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    create_workspace(root, PASSPHRASE, "crash", kdf=fast_kdf()).lock()
    journal = tmp_path / "journal.jsonl"
    rng = random.Random(int(os.environ.get("EVIDENCE_APP_CRASH_SEED", "1027")))
    survived = 0
    for seed in range(KILLS):
        _run_and_kill(root, journal, seed, rng)
        counts = _check(root, journal)
        survived += 1
    print(f"\ncrash consistency: {survived} kills survived of {KILLS}; "
          f"{counts['incidents']} incidents and {counts['items']} items intact")
    report_count(f"crash consistency: {survived} SIGKILLs survived of {KILLS}")
    assert survived == KILLS


def _bundle_of_small_files(tmp_path: Path, name: str, count: int) -> tuple[Path, list[str]]:
    """A signed bundle of one incident with ``count`` small items, made on another laptop."""
    field = create_workspace(tmp_path / f"field-{name}", PASSPHRASE, f"field {name}",
                             kdf=fast_kdf())
    try:
        incident = incidents.create_incident(field, incidents.parse_record(
            {"title": f"Bundle {name}", "acts": [{"violation": "AIR"}]})).id
        folder = tmp_path / f"files-{name}"
        folder.mkdir()
        paths = []
        for n in range(count):
            paths.append(folder / f"photo-{n}.bin")
            paths[-1].write_bytes(os.urandom(random.Random(n).randint(1, 20_000)))
        items = [i.item_id for i in ingest.ingest_files(field, incident, paths).items]
        bundle = tmp_path / f"{name}.zip"
        export_bundle(field, incident_ids=[incident], output=bundle)
        return bundle, items
    finally:
        field.lock()


def test_sigkill_during_batched_ingest_and_import_loses_nothing_committed(
        tmp_path: Path) -> None:
    """Kills land in batched ingests of 40-250 small files and imports of 150-item bundles."""
    root = tmp_path / "ws"
    create_workspace(root, PASSPHRASE, "crash", kdf=fast_kdf()).lock()
    journal = tmp_path / "journal.jsonl"
    bundles = dict(_bundle_of_small_files(tmp_path, name, 150) for name in ("one", "two"))
    bundle_items = {str(path): items for path, items in bundles.items()}
    rng = random.Random(int(os.environ.get("EVIDENCE_APP_CRASH_SEED", "2203")))
    for seed in range(BATCH_KILLS):
        _run_and_kill(root, journal, seed, rng, ("batched", *bundle_items), window=4.0)
        counts = _check(root, journal, bundle_items)
    imported = journal.read_text().count('"bundle"')
    print(f"\nbatched crash consistency: {BATCH_KILLS} kills survived; {counts['items']} "
          f"items intact; bundles imported {imported} times")
    report_count(f"crash consistency, batched ingest/import: {BATCH_KILLS} SIGKILLs survived")
