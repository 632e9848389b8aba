#!/usr/bin/env python3
"""Make the workspace fixture for the current schema: tests/fixtures/workspaces/<revision>/.

    .venv/bin/python scripts/make_fixture.py           # refuses to replace an existing fixture
    .venv/bin/python scripts/make_fixture.py --force   # only before that revision was released

A fixture is a small real workspace (known passphrase, cheap Argon2id parameters) made by this
version of the app through its own services: three incidents (one recorded in Burmese), a case,
evidence items (a photo with GPS, a Burmese statement, its English translation as a derivative,
a short recording, the same photo attached to a second incident), review sign-offs and a
verification, so the custody log has every common kind of event. ``fixture.json`` beside the
workspace lists what a later version must find in it. tests/test_fixture_upgrade.py opens every
fixture with the current code (migrations run, after a backup) and checks it; fixtures are kept
forever (docs/packaging.md, "At each release").
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_app import __version__  # noqa: E402
from evidence_app.crypto.kdf import KdfParams  # noqa: E402
from evidence_app.media import synth  # noqa: E402
from evidence_app.services import cases, custody, incidents, ingest, items  # noqa: E402
from evidence_app.services.workspace import create_workspace  # noqa: E402
from evidence_app.store import migrate  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "workspaces"
PASSPHRASE = "fixture passphrase - test data only"  # noqa: S105  (published on purpose)
ALIAS = "Ma Hnin (fixture)"
TEAM = "Fixture documentation team (fictional)"
# A search term that only the Burmese incident contains (FTS5 trigram: three or more characters).
BURMESE_SEARCH = "မီးရှို့"

CASE = {"reference": "MMR-FX-2024-01", "title": "Fixture case (fictional)",
        "description": "Made by scripts/make_fixture.py for upgrade tests.",
        "ern_prefix": "MMR-FX-0001"}

INCIDENTS: list[dict[str, Any]] = [
    {
        "title": "Airstrike on a market (fixture)",
        "narrative": "At about 07:30 a jet dropped two bombs near the market. Fictional.",
        "narrative_language": "en",
        "date": {"start": "2023-11-16", "precision": "exact", "time": "07:30",
                 "basis": "two witness statements"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Pazigyi",
                  "latitude": 22.9512, "longitude": 95.6031, "accuracy_m": 100},
        "acts": [{"violation": "AIR", "characterizations": ["8(2)(e)(i)"],
                  "perpetrators": [{"kind": "unit", "name": "Air force (fixture)",
                                    "actor_class": 1}],
                  "victims": [{"outcome": "killed", "count": 2},
                              {"outcome": "injured", "count": 5}]}],
        "people": [{"pseudonym": "W-0001", "role": "witness", "real_name": "Fixture Witness",
                    "sex": "female", "age": 41, "consent": "given"}],
        "confidentiality": "confidential",
    },
    {
        "title": "ရွာမီးရှို့ခံရမှု (fixture)",
        "narrative": "စစ်တပ်သည် ရွာထဲသို့ ဝင်ရောက်ပြီး အိမ်များကို မီးရှို့ခဲ့သည်။ စမ်းသပ်မှု အချက်အလက်။",
        "narrative_language": "my",
        "translations": [{"language": "en", "title": "Village burning (fixture)",
                          "narrative": "Soldiers entered the village and burned houses.",
                          "translator": "fixture"}],
        "date": {"start": "2024-02-03", "precision": "day"},
        "place": {"state_region": "Magway", "township": "Gangaw",
                  "description": "ရွာ၏ အနောက်ဘက်ခြမ်း"},
        "acts": [{"violation": "BRN", "victims": [{"outcome": "displaced", "count": 300}]}],
        "confidentiality": "confidential",
    },
    {
        "title": "Detention at a checkpoint (fixture)",
        "narrative": "Two men were taken at a checkpoint and have not been seen since.",
        "date": {"start": "2024-01-01", "end": "2024-01-31", "precision": "month"},
        "place": {"state_region": "Yangon", "township": "Hlaing"},
        "acts": [{"violation": "DET", "victims": [{"outcome": "detained", "count": 2}]}],
        "confidentiality": "public",
    },
]


def head_revision() -> str:
    return migrate.head_revision()


def source_description() -> str:
    """Which code made the fixture: ``git describe`` of this checkout, when there is one."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                             check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def build(target: Path, made_from: str) -> dict[str, Any]:
    """Create the workspace in ``target / 'workspace'`` and return the manifest."""
    root = target / "workspace"
    kdf = KdfParams.new(memory_kib=1024, iterations=1, lanes=1)
    ws = create_workspace(root, PASSPHRASE, ALIAS, team=TEAM, kdf=kdf)
    try:
        case = cases.create_case(ws, cases.parse_case(CASE))
        made = []
        for raw in INCIDENTS:
            made.append(incidents.create_incident(
                ws, incidents.parse_record({**raw, "cases": [case.id]})))
        air, burning, detention = made
        with tempfile.TemporaryDirectory(prefix="evidence-fixture-") as tmp:
            scratch = Path(tmp)
            photo = synth.make_photo(scratch / "IMG_20231116_0742.jpg", width=160, height=120,
                                     lat=22.9512, lon=95.6031, seed=7, caption="fixture",
                                     taken=datetime(2023, 11, 16, 7, 42, tzinfo=UTC))
            statement = synth.make_statement(
                scratch / "statement-W-0001.txt",
                "ကျွန်မ မြင်ခဲ့သည်မှာ လေယာဉ်တစ်စင်း ဗုံးကြဲချခဲ့သည်။ (fixture)")
            translation = synth.make_statement(
                scratch / "statement-W-0001-en.txt", "What I saw: an aircraft dropped bombs.")
            audio = synth.make_wav(scratch / "interview.wav", 0.25)
            field = ingest.Acquisition(method="field", acquired_by="FC-1",
                                       acquired_at=datetime(2023, 11, 16, 8, 0, tzinfo=UTC),
                                       description="fixture", consent="given")
            first = ingest.ingest_files(ws, air.id, [photo, statement, audio], field)
            original = first.items[1]
            derived = ingest.ingest_files(ws, air.id, [translation], field,
                                          parent_id=original.item_id,
                                          derivative_kind="translation")
            shared = ingest.ingest_files(ws, burning.id, [photo],
                                         ingest.Acquisition(method="witness", acquired_by="W"))
            for result in (first, derived, shared):
                if result.failures:
                    raise RuntimeError(f"fixture evidence refused: {result.failures}")
        incidents.set_review_status(ws, air.id, "ready_for_review")
        incidents.set_review_status(ws, air.id, "verified")
        incidents.set_review_status(ws, detention.id, "ready_for_review")
        verified = _verify(ws)
        all_items = items.list_items(ws)
        with ws.session(write=False) as session:
            events = custody.count(session)
        return {
            "revision": head_revision(),
            "app_version": __version__,
            "made_from": made_from,
            "made_at": datetime.now(UTC).strftime("%Y-%m-%d"),
            "passphrase": PASSPHRASE,
            "alias": ALIAS,
            "fingerprint": ws.fingerprint,
            "case": {"id": case.id, "reference": case.reference},
            "incidents": [{"id": i.id, "title": i.title, "narrative": i.narrative,
                           "review_status": incidents.get_incident(ws, i.id).review_status}
                          for i in made],
            "items": [{"id": i.id, "exhibit_number": i.exhibit_number,
                       "incident_id": i.incident_id, "sha256": i.sha256, "size": i.size,
                       "original_filename": i.original_filename, "parent_id": i.parent_id}
                      for i in all_items],
            "custody_events": events,
            "verified_when_made": verified,
            "search": {"term": BURMESE_SEARCH, "incident_ids": [burning.id]},
        }
    finally:
        ws.lock()


def _verify(ws: Any) -> bool:
    """Verify the new workspace (adding 'verify' custody events); False if this version of the
    app has no verification service yet (a fixture made from an old checkout)."""
    try:
        from evidence_app.services.verify import verify_workspace
    except ImportError:
        return False
    if not verify_workspace(ws).ok:
        raise RuntimeError("the new fixture does not verify")
    return True


def tidy(root: Path) -> None:
    """Leave only what git keeps: no empty folders, no SQLite side files."""
    for side in ("records.db-wal", "records.db-shm"):
        path = root / side
        if path.exists() and path.stat().st_size:
            raise RuntimeError(f"{side} is not empty after closing: the database was not "
                               "checkpointed")
        path.unlink(missing_ok=True)
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true",
                        help="replace an existing fixture for this revision")
    parser.add_argument("--out", type=Path, default=FIXTURES,
                        help="fixtures folder (default: tests/fixtures/workspaces)")
    parser.add_argument("--made-from", default=None,
                        help="what to record as the source of the fixture (default: git "
                             "describe of this checkout)")
    args = parser.parse_args(argv)
    revision = head_revision()
    target = args.out / revision
    if target.exists():
        if not args.force:
            print(f"{target} exists. Fixtures are kept forever; replace it (--force) only if "
                  f"revision {revision} was never released.", file=sys.stderr)
            return 2
        shutil.rmtree(target)
    staging = args.out / f".{revision}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        manifest = build(staging, args.made_from or source_description())
        tidy(staging / "workspace")
        (staging / "fixture.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
          f"{len(manifest['incidents'])} incidents, {len(manifest['items'])} items, "
          f"{manifest['custody_events']} custody events, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
