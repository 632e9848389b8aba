"""Tamper matrix: every way we know to alter a workspace or a bundle must be detected and named.

Each case starts from a fresh copy of the same signed workspace (or bundle), alters it the way an
adversary with the disk (and, for database edits, the passphrase) would, then runs verification.
The matrix of cases and outcomes is printed; every case must be detected, and for workspace
cases the finding must name the altered item (or the altered chain's subject).
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from evidence_app.crypto.signing import SigningKey
from evidence_app.errors import BundleRejected
from evidence_app.services import bundle, verify
from evidence_app.services.workspace import Workspace, create_workspace, open_workspace
from tests.bundle.helpers import Populated, populate
from tests.conftest import PASSPHRASE, fast_kdf, report_count


@dataclass
class Base:
    root: Path
    items: list[str]
    incidents: list[str]
    bundle: Path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    tmp = tmp_path_factory.mktemp("tamper")
    ws = create_workspace(tmp / "ws", PASSPHRASE, "alice", kdf=fast_kdf())
    populated: Populated = populate(ws, tmp)
    out = tmp / "case.zip"
    bundle.export_bundle(ws, case=populated.case_id, output=out)
    report = verify.verify_workspace(ws, record=False)
    assert report.ok, verify.report_to_text(report)
    ws.lock()
    return Base(tmp / "ws", populated.item_ids, populated.incident_ids, out)


# --- workspace alterations ------------------------------------------------------------------

def _blob_path(ws: Workspace, item_id: str) -> Path:
    with ws.engine.connect() as conn:
        name = conn.execute(text("SELECT blob_name FROM evidenceitem WHERE id = :i"),
                            {"i": item_id}).scalar_one()
    return ws.blobs.path_for(name)


def _flip(offset: Callable[[int], int]) -> Callable[[Workspace, Base], str]:
    def alter(ws: Workspace, b: Base) -> str:
        path = _blob_path(ws, b.items[3])
        data = bytearray(path.read_bytes())
        data[offset(len(data))] ^= 0x01
        path.write_bytes(bytes(data))
        return b.items[3]
    return alter


def _truncate(ws: Workspace, b: Base) -> str:
    path = _blob_path(ws, b.items[3])
    path.write_bytes(path.read_bytes()[:-100])
    return b.items[3]


def _extend(ws: Workspace, b: Base) -> str:
    path = _blob_path(ws, b.items[3])
    path.write_bytes(path.read_bytes() + b"\x00" * 64)
    return b.items[3]


def _delete_blob(ws: Workspace, b: Base) -> str:
    _blob_path(ws, b.items[3]).unlink()
    return b.items[3]


def _swap_blobs(ws: Workspace, b: Base) -> str:
    one, two = _blob_path(ws, b.items[1]), _blob_path(ws, b.items[3])
    data_one, data_two = one.read_bytes(), two.read_bytes()
    one.write_bytes(data_two)
    two.write_bytes(data_one)
    return b.items[1]


def _sql(statement: str, **params: object) -> Callable[[Workspace, Base], str]:
    def alter(ws: Workspace, b: Base) -> str:
        values = {k: (v(b) if callable(v) else v) for k, v in params.items()}
        with ws.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS custodyevent_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS custodyevent_no_delete"))
            for part in statement.split(";"):
                conn.execute(text(part), {k: v for k, v in values.items() if f":{k}" in part})
        return str(values.get("item", values.get("subject", "")))
    return alter


def _replace_public_key(ws: Workspace, b: Base) -> str:
    other = SigningKey.generate().public.to_pem()
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE identity SET public_key_pem = :pem WHERE trust = 'own'"),
                     {"pem": other})
    return b.items[0]


def _resign_with_foreign_key(ws: Workspace, b: Base) -> str:
    foreign = SigningKey.generate()
    with ws.engine.begin() as conn:
        att = conn.execute(text("SELECT attestation FROM evidenceitem WHERE id = :i"),
                           {"i": b.items[2]}).scalar_one()
        conn.execute(text("UPDATE evidenceitem SET signature = :s WHERE id = :i"),
                     {"s": foreign.sign(att), "i": b.items[2]})
    return b.items[2]


def _swap_signatures(ws: Workspace, b: Base) -> str:
    with ws.engine.begin() as conn:
        one = conn.execute(text("SELECT signature FROM evidenceitem WHERE id = :i"),
                           {"i": b.items[0]}).scalar_one()
        two = conn.execute(text("SELECT signature FROM evidenceitem WHERE id = :i"),
                           {"i": b.items[3]}).scalar_one()
        conn.execute(text("UPDATE evidenceitem SET signature = :s WHERE id = :i"),
                     {"s": two, "i": b.items[0]})
        conn.execute(text("UPDATE evidenceitem SET signature = :s WHERE id = :i"),
                     {"s": one, "i": b.items[3]})
    return b.items[0]


def _first_item(b: Base) -> str:
    return b.items[0]


def _fourth_item(b: Base) -> str:
    return b.items[3]


def _first_incident(b: Base) -> str:
    return b.incidents[0]


EVENT_OF_ITEM = ("(SELECT seq FROM custodyevent WHERE subject_id = :item "
                 "ORDER BY subject_seq LIMIT 1)")

WORKSPACE_CASES: dict[str, Callable[[Workspace, Base], str]] = {
    "blob: byte flipped at the start (header)": _flip(lambda n: 5),
    "blob: byte flipped in the middle": _flip(lambda n: n // 2),
    "blob: byte flipped at the end (last tag)": _flip(lambda n: n - 1),
    "blob: truncated by 100 bytes": _truncate,
    "blob: extended by 64 bytes": _extend,
    "blob: deleted": _delete_blob,
    "blobs: two swapped": _swap_blobs,
    "db: item sha256 edited": _sql(
        "UPDATE evidenceitem SET sha256 = :h WHERE id = :item", h="ab" * 32, item=_first_item),
    "db: item size edited": _sql(
        "UPDATE evidenceitem SET size = size + 1 WHERE id = :item", item=_first_item),
    "db: item media type edited": _sql(
        "UPDATE evidenceitem SET media_type = 'image/png' WHERE id = :item", item=_first_item),
    "db: item signer edited": _sql(
        "UPDATE evidenceitem SET ingested_by = :fp WHERE id = :item", fp="cd" * 32,
        item=_first_item),
    "db: item ingest time edited": _sql(
        "UPDATE evidenceitem SET ingested_at = '2020-01-01 00:00:00.000000' WHERE id = :item",
        item=_first_item),
    "db: item moved to another incident": _sql(
        "UPDATE evidenceitem SET incident_id = (SELECT id FROM incident WHERE id != "
        "(SELECT incident_id FROM evidenceitem WHERE id = :item) LIMIT 1) WHERE id = :item",
        item=_first_item),
    "db: blob row hash edited": _sql(
        "UPDATE blob SET sha256 = :h WHERE name = (SELECT blob_name FROM evidenceitem "
        "WHERE id = :item)", h="ef" * 32, item=_fourth_item),
    "custody: an item's event deleted": _sql(
        f"DELETE FROM custodyevent WHERE seq = {EVENT_OF_ITEM}", item=_first_item),
    "custody: an item's events reordered": _sql(
        "UPDATE custodyevent SET subject_seq = -1 WHERE subject_id = :item AND subject_seq = 1;"
        "UPDATE custodyevent SET subject_seq = 1 WHERE subject_id = :item AND subject_seq = 2;"
        "UPDATE custodyevent SET subject_seq = 2 WHERE subject_id = :item AND subject_seq = -1",
        item=_first_item),
    "custody: event inserted (copied with a new id)": _sql(
        "INSERT INTO custodyevent (id, subject_type, subject_id, subject_seq, at, actor, "
        "action, details, prev_hash, hash, signature) SELECT 'forged-' || substr(id, 8), "
        "subject_type, subject_id, 99, at, actor, action, details, hash, hash, signature "
        f"FROM custodyevent WHERE seq = {EVENT_OF_ITEM}", item=_first_item),
    "custody: event details edited": _sql(
        "UPDATE custodyevent SET details = '{\"edited\": true}' WHERE seq = "
        f"{EVENT_OF_ITEM}", item=_first_item),
    "custody: incident edit event deleted": _sql(
        "DELETE FROM custodyevent WHERE subject_id = :subject AND subject_seq = 1",
        subject=_first_incident),
    "keyring: signer's public key replaced": _replace_public_key,
    "signature: re-signed with a foreign key": _resign_with_foreign_key,
    "signature: swapped between two items": _swap_signatures,
}

MATRIX: list[tuple[str, str, str]] = []


@pytest.mark.parametrize("case", list(WORKSPACE_CASES))
def test_workspace_tampering_is_detected(base: Base, tmp_path: Path, case: str) -> None:
    root = tmp_path / "ws"
    shutil.copytree(base.root, root)
    ws = open_workspace(root, PASSPHRASE)
    try:
        target = WORKSPACE_CASES[case](ws, base)
        report = verify.verify_workspace(ws, record=False)
    finally:
        ws.lock()
    bad_items = [i for i in report.items if i.status != "intact"]
    bad_chains = [c for c in report.chains if not c.ok]
    named = {i.item_id for i in bad_items} | {c.subject_id for c in bad_chains}
    outcome = (", ".join(sorted({i.status for i in bad_items})) or
               ("chain broken" if bad_chains else "NOT DETECTED"))
    MATRIX.append(("workspace", case, outcome))
    assert not report.ok, f"{case}: not detected"
    assert target in named, f"{case}: {target} not named; report: {verify.report_to_text(report)}"


# --- bundle alterations ---------------------------------------------------------------------

def _rewrite(src: Path, dest: Path, change: Callable[[str, bytes], bytes | None],
             extra: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)


def _top(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.namelist()[0].split("/")[0]


def _flip_last(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


BUNDLE_CASES: dict[str, Callable[[Path, Path], None]] = {
    "bundle: evidence file byte flipped": lambda s, d: _rewrite(
        s, d, lambda n, b: _flip_last(b) if "/data/files/" in n else b),
    "bundle: evidence file removed": lambda s, d: _rewrite(
        s, d, lambda n, b: None if "/data/files/" in n and n.endswith(".mp4") else b),
    "bundle: extra file added": lambda s, d: _rewrite(
        s, d, lambda n, b: b, {f"{_top(s)}/data/files/extra.bin": b"not in the manifest"}),
    "bundle: record edited": lambda s, d: _rewrite(
        s, d, lambda n, b: b.replace(b"Airstrike", b"Accident") if "/records/" in n else b),
    "bundle: manifest line edited to match an edited file": lambda s, d: _rewrite(
        s, d, lambda n, b: b.replace(b"Airstrike", b"Accident") if "/records/" in n else (
            _refresh_manifest(s, b) if n.endswith("/manifest-sha256.txt") else b)),
    "bundle: tag manifest signature flipped": lambda s, d: _rewrite(
        s, d, lambda n, b: _flip_last(b) if n.endswith("tagmanifest-sha256.txt.sig") else b),
    "bundle: exporter key replaced": lambda s, d: _rewrite(
        s, d, lambda n, b: SigningKey.generate().public.to_pem().encode()
        if n.endswith("/exporter.pem") else b),
    "bundle: custody event removed": lambda s, d: _rewrite(
        s, d, lambda n, b: b"".join(b.splitlines(keepends=True)[1:])
        if "/data/custody/" in n and len(b.splitlines()) > 1 else b),
    "bundle: attestation signature flipped": lambda s, d: _rewrite(
        s, d, lambda n, b: _flip_last(b) if n.endswith(".attestation.json.sig") else b),
    "bundle: truncated": lambda s, d: d.write_bytes(s.read_bytes()[:-5000]),
}


def _refresh_manifest(src: Path, manifest: bytes) -> bytes:
    """Recompute payload manifest lines for edited records (an adversary covering tracks)."""
    with zipfile.ZipFile(src) as z:
        top = _top(src)
        lines = []
        for line in manifest.decode().splitlines():
            digest, name = line.split(maxsplit=1)
            if "/records/" in f"/{name}":
                data = z.read(f"{top}/{name}").replace(b"Airstrike", b"Accident")
                digest = hashlib.sha256(data).hexdigest()
            lines.append(f"{digest}  {name}")
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("case", list(BUNDLE_CASES))
def test_bundle_tampering_is_detected(base: Base, tmp_path: Path, case: str) -> None:
    altered = tmp_path / "altered.zip"
    BUNDLE_CASES[case](base.bundle, altered)
    try:
        report = bundle.verify_bundle(altered)
        outcome = "report not ok" if not report.ok else "NOT DETECTED"
    except BundleRejected as exc:
        outcome = f"rejected: {str(exc)[:60]}"
    MATRIX.append(("bundle", case, outcome))
    assert outcome != "NOT DETECTED", case


def test_print_matrix() -> None:
    """Runs last in this module (pytest keeps file order): prints what the cases found."""
    total = len(WORKSPACE_CASES) + len(BUNDLE_CASES)
    detected = sum(1 for _, _, outcome in MATRIX if outcome != "NOT DETECTED")
    width = max((len(c) for _, c, _ in MATRIX), default=10)
    print("\n\nTAMPER MATRIX")
    for target, case, outcome in MATRIX:
        print(f"  {target:<10} {case:<{width}}  {outcome}")
    print(f"tamper cases detected: {detected} of {total}")
    report_count(f"tamper cases detected: {detected} of {total}")
    if len(MATRIX) == total:  # only meaningful when the whole module ran
        assert detected == total
