"""Nothing sensitive at rest: unique markers in every kind of field and file, then grep.

Markers go into titles, narratives, translations, real names, pseudonyms, contacts, perpetrators,
case text, file names, file bodies, EXIF, the search index and the custody log; thumbnails are
made; file logging is on. The workspace folder, the temp folder and the log folder are searched
in UTF-8, UTF-16 (both byte orders) and raw bytes, after the work and also in the middle of an
ingest (temp files). The count of hits must be 0.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from evidence_app import log
from evidence_app.media import synth
from evidence_app.media.thumbnail import make_thumbnail
from evidence_app.services import cases, incidents, ingest, items
from evidence_app.services.workspace import Workspace, create_workspace, open_workspace
from tests.conftest import PASSPHRASE, fast_kdf, report_count

ASCII = "QZX7MARK"
BURMESE = "ဇဈဉမှတ်"


def needles() -> list[bytes]:
    out = []
    for text in (ASCII, BURMESE):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(text.encode(encoding))
    return out


def hits(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path} contains {n!r}" for n in needles() if n in data]
            if ASCII in path.name or BURMESE in path.name:
                found.append(f"file name {path}")
    return found


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    logs = tmp_path / "logs"
    path = log.configure(logs, level=logging.DEBUG)
    yield {"tmp": tmp, "logs": logs, "ws": tmp_path / "ws", "src": tmp_path / "src"}
    for handler in list(log.logger.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            log.logger.removeHandler(handler)
            handler.close()


def _fill(ws: Workspace, src: Path) -> list[str]:
    m = f"{ASCII} {BURMESE}"
    case = cases.create_case(ws, cases.parse_case({
        "reference": "CASE-1", "title": f"Case {m}", "description": m, "contact": m}))
    created = incidents.create_incident(ws, incidents.parse_record({
        "title": f"Title {m}", "narrative": f"Narrative {m} " * 20,
        "translations": [{"language": "en", "title": m, "narrative": m, "translator": m}],
        "date": {"start": "2024-01-02", "basis": m},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": f"V{ASCII}",
                  "description": m},
        "acts": [{"violation": "AIR", "description": m,
                  "perpetrators": [{"name": f"Unit {m}", "notes": m}],
                  "victims": [{"outcome": "killed", "count": 2, "notes": m}]}],
        "people": [{"pseudonym": f"W-{ASCII}", "role": "witness", "real_name": m,
                    "contact": m, "ethnicity": m, "notes": m}],
        "cases": [case.id]}))
    src.mkdir()
    photo = synth.make_photo(src / f"photo-{ASCII}-{BURMESE}.jpg", lat=22.1, lon=95.1,
                             caption=m, make=ASCII, model=ASCII)
    statement = synth.make_statement(src / f"statement-{ASCII}.txt", f"Statement {m}\n" * 500)
    big = src / f"big-{ASCII}.bin"
    big.write_bytes((f"{m}\n" * 200_000).encode("utf-8"))
    result = ingest.ingest_files(
        ws, created.id, [photo, statement], ingest.Acquisition(
            method="web", url=f"https://example.org/{ASCII}", acquired_by=m, note=m,
            device=m, description=m))
    assert not result.failures
    return [created.id, *(i.item_id for i in result.items)]


def test_markers_are_nowhere_at_rest(folders: dict[str, Path]) -> None:
    ws = create_workspace(folders["ws"], PASSPHRASE, f"alias {ASCII}",
                          team=f"team {ASCII}", kdf=fast_kdf())
    ids = _fill(ws, folders["src"])
    scanned = [folders["ws"], folders["tmp"], folders["logs"]]
    mid_ingest: list[list[str]] = []

    def progress(done: int, total: int, label: str) -> None:
        mid_ingest.append(hits(scanned))

    big = next(folders["src"].glob("big-*"))
    ingest.ingest_files(ws, ids[0], [big], progress=progress)
    assert len(mid_ingest) >= 2
    assert [h for snapshot in mid_ingest for h in snapshot] == []
    photo_bytes = items.open_item(ws, ids[1])  # viewing decrypts to memory only
    assert make_thumbnail(photo_bytes) is not None
    ws.lock()
    with pytest.raises(Exception, match="passphrase"):
        open_workspace(folders["ws"], "not the passphrase at all")
    assert (folders["logs"] / "evidence-app.log").stat().st_size > 0  # logging was on
    found = hits(scanned)
    print(f"\nat rest: {len(found)} marker hits in {sum(1 for f in scanned for _ in f.rglob('*'))}"
          " files and folders scanned")
    report_count(f"at rest: {len(found)} marker hits (must be 0), {len(mid_ingest)} mid-ingest "
                 "snapshots also clean")
    assert found == []


def test_keys_are_overwritten_on_lock(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "ws", PASSPHRASE, "a", kdf=fast_kdf())
    secrets = ws._secrets
    assert any(secrets.db_key) and any(secrets.blob_key) and any(secrets.signing_key)
    ws.lock()
    assert not any(secrets.db_key) and not any(secrets.blob_key)
    assert not any(secrets.signing_key)
    with pytest.raises(Exception, match="locked"):
        ws.session()


def test_exports_leave_no_plaintext_behind(folders: dict[str, Path], tmp_path: Path) -> None:
    """During a dossier and an encrypted bundle export, nothing readable appears in the
    workspace, temp or log folders; the encrypted bundle itself carries no marker. (The PDF is
    plaintext by the user's choice and is written only where they asked.)"""
    from evidence_app.services import bundle, dossier, keys

    ws = create_workspace(folders["ws"], PASSPHRASE, "alias", kdf=fast_kdf())
    ids = _fill(ws, folders["src"])
    scanned = [folders["ws"], folders["tmp"], folders["logs"]]
    snapshots: list[list[str]] = []

    def progress(done: int, total: int, label: str) -> None:
        snapshots.append(hits(scanned))

    exports = tmp_path / "exports"
    exports.mkdir()
    dossier.export_dossier(ws, incident_ids=[ids[0]], output=exports / "d.pdf",
                           progress=progress)
    receiver = create_workspace(tmp_path / "receiver", PASSPHRASE, "legal", kdf=fast_kdf())
    keys.export_public_key(receiver, exports / "legal.pem")
    receiver.lock()
    bundle.export_bundle(ws, incident_ids=[ids[0]], output=exports / "b.eab",
                         recipient_pem=exports / "legal.pem", progress=progress)
    ws.lock()
    assert len(snapshots) >= 4
    found = [h for snapshot in snapshots for h in snapshot] + hits(scanned)
    encrypted = (exports / "b.eab").read_bytes()
    found += [f"encrypted bundle contains {n!r}" for n in needles() if n in encrypted]
    report_count(f"exports: {len(found)} marker hits during dossier and encrypted bundle "
                 f"export ({len(snapshots)} snapshots)")
    assert found == []
