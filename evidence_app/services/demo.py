"""The demo workspace: a realistic, fictional case for training and first runs.

Built from ``resources/demo/demo_case.json`` through the same service functions a user's actions
call (create incident, ingest, review), so the demo exercises the real paths: encrypted records,
signed attestations, custody chains, a photo shared by two incidents and stored once. Evidence
files are generated (photos with EXIF/GPS, statements, a web document, audio) in a private
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from evidence_app.crypto.kdf import KdfParams
from evidence_app.media import synth
from evidence_app.paths import resources_dir
from evidence_app.progress import ProgressFn, no_progress
from evidence_app.services import cases, incidents, ingest
from evidence_app.services.workspace import Workspace, create_workspace

DEMO_USER = "Demo documenter"
DEMO_TEAM = "Demo documentation team (fictional)"


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / "demo_case.json").read_text("utf-8"))
    return data


def build_demo(root: Path, passphrase: str, *, kdf: KdfParams | None = None,
               progress: ProgressFn = no_progress) -> str:
    """Create a demo workspace at ``root``; return a one-line summary of what it holds."""
    data = demo_data()
    existed = root.exists()
    ws = create_workspace(root, passphrase, DEMO_USER, team=DEMO_TEAM, kdf=kdf)
    try:
        return populate(ws, data, progress=progress)
    except BaseException:
        # A half-built demo is worse than none: remove what this call created.
        ws.lock()
        if existed:
            for child in root.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        else:
            shutil.rmtree(root, ignore_errors=True)
        raise
    finally:
        ws.lock()


def populate(ws: Workspace, data: dict[str, Any], *, progress: ProgressFn = no_progress) -> str:
    """Add the demo case, incidents and generated evidence to an open workspace."""
    case = cases.create_case(ws, cases.parse_case(data["case"]))
    records = data["incidents"]
    items = 0
    with tempfile.TemporaryDirectory(prefix="evidence-demo-") as tmp:
        scratch = Path(tmp)
        scratch.chmod(0o700)
        for index, raw in enumerate(records):
            progress(index, len(records), raw["title"])
            record = {k: v for k, v in raw.items() if k not in ("evidence", "review_status")}
            record["cases"] = [case.id]
            created = incidents.create_incident(ws, incidents.parse_record(record))
            for entry in raw.get("evidence", []):
                path = _make_file(scratch, entry)
                acq = ingest.Acquisition(
                    method=entry.get("acquired", "field"), url=entry.get("url"),
                    acquired_by=entry.get("acquired_by", DEMO_TEAM),
                    acquired_at=_when(entry.get("taken")),
                    description=entry.get("description", ""),
                    confidentiality=entry.get("confidentiality", "confidential"),
                    consent=entry.get("consent", "not_asked"),
                    graphic=bool(entry.get("graphic", False)))
                result = ingest.ingest_files(ws, created.id, [path], acq)
                if result.failures:
                    raise RuntimeError(f"demo evidence failed: {result.failures[0].reason}")
                items += len(result.items)
            _review(ws, created.id, raw.get("review_status", "draft"))
        progress(len(records), len(records), "done")
        shutil.rmtree(scratch, ignore_errors=True)
    return (f"case {case.reference} with {len(records)} incidents and {items} evidence items "
            f"(user '{DEMO_USER}')")


def _review(ws: Workspace, incident_id: str, target: str) -> None:
    path = {"draft": [], "ready_for_review": ["ready_for_review"],
            "verified": ["ready_for_review", "verified"],
            "returned": ["ready_for_review", "returned"]}.get(target, [])
    for status in path:
        comment = ("Demo: please add the witness's consent form." if status == "returned"
                   else "")
        incidents.set_review_status(ws, incident_id, status, comment)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _make_file(folder: Path, entry: dict[str, Any]) -> Path:
    """Generate one evidence file; the same entry always gives the same bytes."""
    name = Path(entry["filename"]).name
    path = folder / name
    if path.exists():
        return path  # a file shared by two incidents is generated once, ingested twice
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big")
    kind = entry["kind"]
    if kind == "photo":
        synth.make_photo(path, lat=entry.get("lat"), lon=entry.get("lon"),
                         taken=_when(entry.get("taken")), caption=entry.get("caption", ""),
                         seed=seed, width=1024, height=768)
    elif kind == "statement":
        synth.make_statement(path, entry["text"])
    elif kind == "document":
        synth.make_pdf_document(path, entry.get("title", name), list(entry.get("lines", [])))
    elif kind == "audio":
        synth.make_wav(path, float(entry.get("seconds", 2)))
    else:
        raise ValueError(f"unknown demo evidence kind {kind!r}")
    return path
