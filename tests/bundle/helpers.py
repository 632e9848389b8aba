"""Helpers for bundle tests: a populated case, tree hashes, a frozen-workspace check."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence_app.crypto.signing import SigningKey
from evidence_app.model.schemas import IncidentCreate
from evidence_app.services import cases, incidents, ingest
from evidence_app.services.workspace import Workspace, open_workspace
from tests.conftest import PASSPHRASE


def record(title: str = "Airstrike on Pazigyi", **extra: Any) -> IncidentCreate:
    data: dict[str, Any] = {
        "title": title, "narrative": "ရွာကို လေကြောင်းမှ တိုက်ခိုက်ခဲ့သည်။",
        "narrative_language": "my",
        "date": {"start": "2023-04-11", "precision": "day", "time": "07:30"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Pazigyi",
                  "latitude": 23.2, "longitude": 95.5, "accuracy_m": 500},
        "acts": [{"violation": "AIR", "characterizations": ["8(2)(e)(i)"],
                  "perpetrators": [{"name": "Myanmar Air Force", "actor_class": 1}],
                  "victims": [{"outcome": "killed", "count": 3}]}],
        "people": [{"pseudonym": "W-0007", "role": "witness", "real_name": "Daw Example",
                    "consent": "given"}],
    }
    data.update(extra)
    return incidents.parse_record(data)


@dataclass
class Populated:
    ws: Workspace
    case_id: str
    incident_ids: list[str]
    item_ids: list[str]
    files: dict[str, bytes]


def populate(ws: Workspace, tmp: Path) -> Populated:
    case = cases.create_case(ws, cases.parse_case({"reference": "MMR-EA-2024-01",
                                                   "title": "Sagaing airstrikes"}))
    first = incidents.create_incident(ws, record(cases=[case.id]))
    second = incidents.create_incident(ws, record("Village burned", cases=[case.id],
                                                  acts=[{"violation": "BRN"}]))
    src = tmp / "src"
    src.mkdir(exist_ok=True)
    files = {"photo.jpg": b"\xff\xd8\xff\xe0" + os.urandom(3000),
             "statement.txt": "W-0007 ထွက်ဆိုချက်\n".encode() * 50,
             "video.mp4": os.urandom(2_500_000)}
    for name, data in files.items():
        (src / name).write_bytes(data)
    items = []
    result = ingest.ingest_files(ws, first.id, [src / "photo.jpg", src / "statement.txt"])
    items += [i.item_id for i in result.items]
    # the same photo supports the second incident too: stored once
    result = ingest.ingest_files(ws, second.id, [src / "photo.jpg", src / "video.mp4"])
    items += [i.item_id for i in result.items]
    derived = ingest.ingest_files(ws, first.id, [src / "statement.txt"], parent_id=items[1],
                                  derivative_kind="translation")
    items += [i.item_id for i in derived.items]
    return Populated(ws, case.id, [first.id, second.id], items, files)


def tree_state(root: Path) -> dict[str, str]:
    """Every path under ``root`` (folders too) with the SHA-256 of files' bytes."""
    state = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        state[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return state


class Frozen:
    """Lock a workspace, record its files, reopen it; later check nothing changed.

    Locking closes the last database connection, which checkpoints and removes the WAL and
    shared-memory files, so the snapshot compares the database file itself.
    """

    def __init__(self, ws: Workspace) -> None:
        self.root = ws.root
        ws.lock()
        self.before = tree_state(self.root)
        self.ws = open_workspace(self.root, PASSPHRASE)

    def assert_unchanged(self) -> None:
        self.ws.lock()
        after = tree_state(self.root)
        assert after == self.before
        self.ws = open_workspace(self.root, PASSPHRASE)

    def assert_unchanged_except_empty_dirs(self) -> None:
        """Like :meth:`assert_unchanged`, tolerating empty folders the blob store made (a
        cancelled import may leave ``blobs/incoming/`` or a ``blobs/xx/`` folder, no file)."""
        self.ws.lock()
        after = tree_state(self.root)
        new = {k for k in after if k not in self.before}
        assert all(after[k] == "dir" and not any((self.root / k).iterdir()) for k in new), new
        assert {k: v for k, v in after.items() if k in self.before} == self.before
        assert set(self.before) <= set(after)
        self.ws = open_workspace(self.root, PASSPHRASE)


# --- rewriting bundles, as a forger or a damaged stick would ----------------------------------

def read_bundle(path: Path) -> tuple[str, dict[str, bytes]]:
    """The bag folder's name and its members (by path inside the bag)."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        root = names[0].split("/", 1)[0]
        return root, {n[len(root) + 1:]: zf.read(n) for n in names}


def write_bundle(path: Path, root: str, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(f"{root}/{name}", data)
    return path


def reseal(members: dict[str, bytes], signer: object | None = None) -> None:
    """Recompute both manifests and, with ``signer`` (a SigningKey), re-sign the bag."""
    from evidence_app.crypto.signing import SigningKey

    data = {n: d for n, d in members.items() if n.startswith("data/")}
    members["manifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(data.items())).encode()
    oxum = f"{sum(len(d) for d in data.values())}.{len(data)}"
    info = members["bag-info.txt"].decode()
    members["bag-info.txt"] = "".join(
        f"Payload-Oxum: {oxum}\n" if line.startswith("Payload-Oxum") else line + "\n"
        for line in info.splitlines()).encode()
    if isinstance(signer, SigningKey):
        members["exporter.pem"] = signer.public.to_pem().encode()
    tags = {n: d for n, d in members.items() if not n.startswith("data/")
            and n not in ("tagmanifest-sha256.txt", "tagmanifest-sha256.txt.sig")}
    members["tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(tags.items())).encode()
    if isinstance(signer, SigningKey):
        members["tagmanifest-sha256.txt.sig"] = signer.sign(members["tagmanifest-sha256.txt"])


@dataclass
class Source:
    """A good bundle of a populated case, and the key that signed it (to re-sign damage)."""

    path: Path
    signer: SigningKey
    case_id: str
    item_ids: list[str]
    incident_ids: list[str]
