"""Verification finds and names every kind of tampering (issue 3).

Each row of ``TAMPERING`` does to a real workspace what an attacker with the disk and the
database key could do (raw SQL, dropping the append-only triggers first where custody is
touched; editing blob files), and states which item must get which status and which evidence
the findings must name. Items a row does not name must stay intact.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from evidence_app.cli import main
from evidence_app.crypto import batch_verify
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.signing import PublicIdentity, SigningKey
from evidence_app.errors import Cancelled, NotFound
from evidence_app.media import synth
from evidence_app.model.tables import CustodyEvent, EvidenceItem
from evidence_app.progress import CancelToken
from evidence_app.services import custody, incidents, ingest, items, verify
from evidence_app.services.verify_blobs import BATCH_FILES, LARGE_BLOB, _batches
from evidence_app.services.workspace import Workspace
from tests.conftest import heavy_modules_after

PASSPHRASE = "correct horse battery staple"  # the one tests/conftest.py's workspace uses
MIB = 1 << 20


@dataclass
class Lab:
    """A workspace with four items; ``ids`` maps exhibit numbers to item ids."""

    ws: Workspace
    ids: dict[str, str]
    incidents: list[str]

    def row(self, exhibit: str) -> dict[str, Any]:
        with self.ws.engine.connect() as conn:
            return dict(conn.execute(text("SELECT * FROM evidenceitem WHERE exhibit_number = :e"),
                                     {"e": exhibit}).mappings().one())

    def blob(self, exhibit: str) -> Path:
        return self.ws.blobs.path_for(self.row(exhibit)["blob_name"])

    def sql(self, statement: str, **params: Any) -> None:
        with self.ws.engine.begin() as conn:
            conn.execute(text(statement), params)

    def event(self, exhibit: str, subject_seq: int) -> dict[str, Any]:
        with self.ws.engine.connect() as conn:
            return dict(conn.execute(text(
                "SELECT * FROM custodyevent WHERE subject_id = :s AND subject_seq = :n"),
                {"s": self.ids[exhibit], "n": subject_seq}).mappings().one())


def new_incident(ws: Workspace, title: str) -> str:
    return incidents.create_incident(ws, incidents.parse_record({
        "title": title, "acts": [{"violation": "AIR"}], "date": {"start": "2021-04-11"},
        "place": {"state_region": "Sagaing"}})).id


@pytest.fixture
def lab(workspace: Workspace, tmp_path: Path) -> Lab:
    inc_a, inc_b = new_incident(workspace, "Airstrike"), new_incident(workspace, "Arson")
    video = tmp_path / "airstrike.mp4"
    video.write_bytes(os.urandom(3 * MIB + 4321))  # four chunks of 1 MiB, the last short
    photo = synth.make_photo(tmp_path / "IMG_0042.jpg", lat=22.87, lon=95.64)
    statement = synth.make_statement(tmp_path / "statement.txt", "I saw the planes at dawn.")
    drone = tmp_path / "drone.mp4"
    drone.write_bytes(os.urandom(150_000))
    result = ingest.ingest_files(workspace, inc_a, [video, photo, statement])
    ids = {i.exhibit_number: i.item_id for i in result.items}
    items.open_item(workspace, ids["EX-00003"])  # custody events #2 and #3 of EX-00003
    items.open_item(workspace, ids["EX-00003"])
    # Ingested last, so the newest event in the workspace is not one of EX-00003's.
    ids["EX-00004"] = ingest.ingest_files(workspace, inc_a, [drone]).items[0].item_id
    return Lab(workspace, ids, [inc_a, inc_b])


def flip(path: Path, where: str) -> None:
    data = bytearray(path.read_bytes())
    offset = {"start": 0, "middle": len(data) // 2, "end": len(data) - 1}[where]
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def swap_files(a: Path, b: Path) -> None:
    tmp = a.with_suffix(".swap")
    a.rename(tmp)
    b.rename(a)
    tmp.rename(b)


def swap_events(lab: Lab, exhibit: str, first: int, second: int) -> None:
    lab.sql("DROP TRIGGER custodyevent_no_update")
    a, b = lab.event(exhibit, first)["id"], lab.event(exhibit, second)["id"]
    lab.sql("UPDATE custodyevent SET subject_seq = -1 WHERE id = :a", a=a)
    lab.sql("UPDATE custodyevent SET subject_seq = :n WHERE id = :b", n=first, b=b)
    lab.sql("UPDATE custodyevent SET subject_seq = :n WHERE id = :a", n=second, a=a)


def resign(lab: Lab, exhibit: str, key: SigningKey, **changes: Any) -> dict[str, str]:
    """Rewrite an item's attestation (and the row, to match) and sign it with ``key``."""
    row = lab.row(exhibit)
    body = json.loads(row["attestation"])
    body.update(changes)
    attestation = canonical_json(body)
    lab.sql("UPDATE evidenceitem SET attestation = :a, signature = :s, ingested_by = :by "
            "WHERE id = :id", a=attestation, s=key.sign(attestation), by=body["signer"],
            id=row["id"])
    return {"foreign": key.fingerprint}


def substitute_key(lab: Lab) -> dict[str, str]:
    attacker = SigningKey.generate()
    lab.sql("UPDATE identity SET public_key_pem = :pem WHERE fingerprint = :fp",
            pem=attacker.public.to_pem(), fp=lab.ws.fingerprint)
    return {"attacker": attacker.fingerprint}


def delete_event(lab: Lab, exhibit: str, subject_seq: int) -> dict[str, str]:
    lab.sql("DROP TRIGGER custodyevent_no_delete")
    event = lab.event(exhibit, subject_seq)
    lab.sql("DELETE FROM custodyevent WHERE id = :i", i=event["id"])
    return {"seq": str(event["seq"])}


def edit_event_details(lab: Lab) -> dict[str, str]:
    lab.sql("DROP TRIGGER custodyevent_no_update")
    lab.sql("UPDATE custodyevent SET details = :d WHERE subject_id = :s AND subject_seq = 2",
            d=json.dumps({"purpose": "nothing to see"}), s=lab.ids["EX-00003"])
    return {}


def edit_row(lab: Lab, exhibit: str, column: str, value: Any) -> dict[str, str]:
    before = lab.row(exhibit)[column]
    lab.sql(f"UPDATE evidenceitem SET {column} = :v WHERE exhibit_number = :e",
            v=value, e=exhibit)
    return {"before": str(before)}


Tamper = Callable[[Lab], dict[str, str] | None]
ItemExpect = dict[str, tuple[str, list[str]]]
ChainExpect = list[tuple[str, str]]

ALL_ITEMS = ("EX-00001", "EX-00002", "EX-00003", "EX-00004")
TAMPERING: list[tuple[str, Tamper, ItemExpect, ChainExpect]] = [
    ("blob byte flipped at the start", lambda lab: flip(lab.blob("EX-00001"), "start"),
     {"EX-00001": ("modified", ["content: the encrypted file", "fails authentication",
                                "bad header"])}, []),
    ("blob byte flipped in the middle", lambda lab: flip(lab.blob("EX-00001"), "middle"),
     {"EX-00001": ("modified", ["chunk 2 failed authentication", "altered"])}, []),
    ("blob byte flipped at the end", lambda lab: flip(lab.blob("EX-00001"), "end"),
     {"EX-00001": ("modified", ["chunk 4 failed authentication"])}, []),
    ("blob deleted", lambda lab: lab.blob("EX-00002").unlink(),
     {"EX-00002": ("missing", ["is not on disk"])}, []),
    ("blob truncated", lambda lab: os.truncate(lab.blob("EX-00001"), 2 * MIB),
     {"EX-00001": ("modified", ["fails authentication"])}, []),
    ("two blobs swapped", lambda lab: swap_files(lab.blob("EX-00001"), lab.blob("EX-00004")),
     {"EX-00001": ("modified", ["stored bytes hash to", "the bytes of EX-00004", "swapped"]),
      "EX-00004": ("modified", ["the bytes of EX-00001", "swapped"])}, []),
    ("sha256 edited in the database", lambda lab: edit_row(lab, "EX-00002", "sha256", "ab" * 32),
     {"EX-00002": ("modified", [f"SHA-256: the database says \"{'ab' * 32}\", the signed "
                                "attestation says \"{before}\"",
                                "the stored bytes hash to {before}",
                                "the ingest event (#1) recorded {before}"])}, []),
    ("size edited in the database", lambda lab: edit_row(lab, "EX-00002", "size", 12345),
     {"EX-00002": ("modified", ["size: the database says 12345, the signed attestation says "
                                "{before}", "the stored bytes are {before} bytes"])}, []),
    ("media type edited", lambda lab: edit_row(lab, "EX-00002", "media_type", "text/plain"),
     {"EX-00002": ("modified", ['media type: the database says "text/plain", the signed '
                                'attestation says "image/jpeg"'])}, []),
    ("file name edited", lambda lab: edit_row(lab, "EX-00002", "original_filename", "x.jpg"),
     {"EX-00002": ("modified", ['original filename: the database says "x.jpg", the signed '
                                'attestation says "IMG_0042.jpg"'])}, []),
    ("incident edited", lambda lab: edit_row(lab, "EX-00002", "incident_id", lab.incidents[1]),
     {"EX-00002": ("modified", ["incident: the database says \"{moved}\", the signed "
                                "attestation says \"{before}\""])}, []),
    ("ingest time edited",
     lambda lab: edit_row(lab, "EX-00002", "ingested_at", "2020-01-01 00:00:00.000000"),
     {"EX-00002": ("modified", ['ingest time: the database says "2020-01-01T00:00:00.000000Z"'])},
     []),
    ("blob reference re-pointed at another item's blob",
     lambda lab: edit_row(lab, "EX-00002", "blob_name", lab.row("EX-00004")["blob_name"]),
     {"EX-00002": ("modified", ["blob name: the item points to", "the bytes of EX-00004"])}, []),
    ("a custody event deleted", lambda lab: delete_event(lab, "EX-00003", 2),
     {"EX-00003": ("chain_broken", ["custody: event #2 missing: the chain jumps from #1 to "
                                    "#3", "prev_hash"])}, [("workspace", "sequence number")]),
    ("the ingest event deleted", lambda lab: delete_event(lab, "EX-00002", 1),
     {"EX-00002": ("chain_broken", ["no custody events"])}, []),
    ("the newest event of a chain deleted", lambda lab: delete_event(lab, "EX-00003", 3),
     {}, [("workspace", "custody log: 1 event was deleted (workspace sequence number {seq} "
                        "is missing)")]),
    ("two custody events reordered", lambda lab: swap_events(lab, "EX-00003", 2, 3),
     {"EX-00003": ("chain_broken", ["event #2 ('view'", "it was signed as event #3 but sits "
                                    "at #2: events were reordered"])}, []),
    ("a custody event's details edited", edit_event_details,
     {"EX-00003": ("chain_broken", ["event #2 ('view'", "a field was edited after it was "
                                    "signed"])}, []),
    ("signatures swapped between two items",
     lambda lab: lab.sql("UPDATE evidenceitem SET signature = CASE exhibit_number "
                         "WHEN 'EX-00001' THEN :b ELSE :a END "
                         "WHERE exhibit_number IN ('EX-00001', 'EX-00002')",
                         a=lab.row("EX-00001")["signature"], b=lab.row("EX-00002")["signature"]),
     {"EX-00001": ("signature_invalid", ["signature: the attestation's signature does not "
                                         "verify with the key of tester"]),
      "EX-00002": ("signature_invalid", ["does not verify"])}, []),
    ("attestation re-signed by a foreign key",
     lambda lab: resign(lab, "EX-00002", SigningKey.generate()),
     {"EX-00002": ("signature_invalid", ["does not verify with the key of tester"])}, []),
    ("attestation rewritten for a foreign signer and re-signed",
     lambda lab: (lambda k: resign(lab, "EX-00002", k, signer=k.fingerprint,
                                   original_filename="x.jpg"))(SigningKey.generate()),
     {"EX-00002": ("modified", ["signer: {foreign} is not in the keyring",
                                "the attestation was replaced"])}, []),
    ("the signer's public key substituted in the keyring", substitute_key,
     {e: ("unknown_signer", ["the key was substituted", "fingerprint is {attacker}"])
      for e in ALL_ITEMS}, [("workspace", "the key was substituted")]),
    ("the signer's key revoked",
     lambda lab: lab.sql("UPDATE identity SET trust = 'revoked'"),
     {e: ("unknown_signer", ["signer: tester: the key", "is revoked"]) for e in ALL_ITEMS},
     [("incident", "revoked")]),
    ("an item deleted from the database",
     lambda lab: lab.sql("DELETE FROM evidenceitem WHERE exhibit_number = 'EX-00004'"),
     {}, [("item", "the item this chain belongs to is not in the database: it was deleted")]),
]


@pytest.mark.parametrize(("tamper", "expect_items", "expect_chains"),
                         [pytest.param(t, i, c, id=name) for name, t, i, c in TAMPERING])
def test_verify_finds_and_names_tampering(lab: Lab, tamper: Tamper, expect_items: ItemExpect,
                                          expect_chains: ChainExpect) -> None:
    assert verify.verify_workspace(lab.ws, record=False).ok
    values = {"moved": lab.incidents[1], **(tamper(lab) or {})}
    report = verify.verify_workspace(lab.ws, record=False)
    assert not report.ok
    verdicts = {v.exhibit_number: v for v in report.items}
    text_report = verify.report_to_text(report)
    for exhibit, verdict in verdicts.items():
        if exhibit not in expect_items:
            assert verdict.status == "intact", (exhibit, verdict.findings)
    for exhibit, (status, needles) in expect_items.items():
        verdict = verdicts[exhibit]
        assert verdict.status == status, verdict.findings
        assert verdict.item_id == lab.ids[exhibit]
        for needle in needles:
            needle = needle.format(**values)
            assert any(needle in f for f in verdict.findings), (needle, verdict.findings)
        assert exhibit in text_report and verdict.findings[0] in text_report
    for subject_type, needle in expect_chains:
        needle = needle.format(**values)
        assert any(c.subject_type == subject_type and not c.ok
                   and any(needle in f for f in c.findings) for c in report.chains), \
            (needle, [c for c in report.chains if not c.ok])
    assert report.counts["intact"] == sum(v.status == "intact" for v in report.items)


def test_an_intact_workspace_verifies_and_records_a_verify_event_per_item(lab: Lab) -> None:
    before = custody.history(lab.ws)
    report = verify.verify_workspace(lab.ws)
    assert report.ok and report.counts == {"intact": 4, "modified": 0, "missing": 0,
                                           "signature_invalid": 0, "unknown_signer": 0,
                                           "chain_broken": 0}
    assert {c.subject_type for c in report.chains} == {"item", "incident", "workspace"}
    assert all(c.ok for c in report.chains) and len(report.chains) == 4 + 2 + 1
    assert all(v.signer == lab.ws.fingerprint and v.signer_alias == "tester"
               for v in report.items)
    assert report.started_at <= report.finished_at
    added = custody.history(lab.ws)[len(before):]
    assert sorted(e.subject_id for e in added) == sorted(lab.ids.values())
    for event in added:
        assert event.action == "verify" and event.actor == lab.ws.fingerprint
        sha = next(v.sha256 for v in report.items if v.item_id == event.subject_id)
        assert event.details == {"status": "intact", "sha256": sha}
    # The bulk-written events are ordinary links of each chain: a second run checks them.
    again = verify.verify_workspace(lab.ws)
    assert again.ok
    assert {c.subject_id: c.events for c in again.chains}[lab.ids["EX-00003"]] == 4
    assert "Result: all intact" in verify.report_to_text(again)


def test_problems_are_recorded_in_custody_too(lab: Lab) -> None:
    lab.blob("EX-00004").unlink()
    report = verify.verify_workspace(lab.ws)
    assert report.counts["missing"] == 1
    last = custody.history(lab.ws, lab.ids["EX-00004"])[-1]
    assert last.action == "verify" and last.details == {"status": "missing", "sha256": None}


def test_record_false_changes_nothing(lab: Lab) -> None:
    before = len(custody.history(lab.ws))
    assert verify.verify_workspace(lab.ws, record=False).ok
    assert len(custody.history(lab.ws)) == before


def test_only_the_items_asked_for(lab: Lab) -> None:
    flip(lab.blob("EX-00001"), "middle")
    report = verify.verify_workspace(lab.ws, item_ids=["EX-00002", lab.ids["EX-00003"]])
    assert [v.exhibit_number for v in report.items] == ["EX-00002", "EX-00003"]
    assert report.ok  # EX-00001 was not checked
    assert {c.subject_id for c in report.chains} == {lab.ids["EX-00002"], lab.ids["EX-00003"]}
    with pytest.raises(NotFound, match="EX-09999"):
        verify.verify_workspace(lab.ws, item_ids=["EX-00001", "EX-09999"])


def test_many_item_ids_are_read_without_a_huge_in_list(lab: Lab,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence_app.services import verify as verify_module

    monkeypatch.setattr(verify_module, "_MAX_IN_LIST", 1)
    lab.blob("EX-00004").unlink()
    report = verify.verify_workspace(lab.ws, item_ids=["EX-00001", lab.ids["EX-00004"]],
                                     record=False)
    assert [(v.exhibit_number, v.status) for v in report.items] == [("EX-00001", "intact"),
                                                                   ("EX-00004", "missing")]
    assert {c.subject_id: c.events for c in report.chains} == {lab.ids["EX-00001"]: 1,
                                                               lab.ids["EX-00004"]: 1}


def test_chains_of_other_subject_types_are_checked_not_called_deleted(lab: Lab) -> None:
    other = "0f0e0d0c-0b0a-4909-8807-060504030201"
    with lab.ws.session() as session:  # e.g. a subject type a later feature adds
        custody.append(session, lab.ws, "dossier", other, "create", {"pages": 12})
        custody.append(session, lab.ws, "dossier", other, "export", {})
    report = verify.verify_workspace(lab.ws, record=False)
    assert report.ok
    [chain] = [c for c in report.chains if c.subject_id == other]
    assert chain.subject_type == "dossier" and chain.events == 2 and chain.ok
    lab.sql("DROP TRIGGER custodyevent_no_update")
    lab.sql("UPDATE custodyevent SET details = '{}' WHERE subject_id = :s AND subject_seq = 1",
            s=other)
    [chain] = [c for c in verify.verify_workspace(lab.ws, record=False).chains
               if c.subject_id == other]
    assert not chain.ok and "edited after it was signed" in chain.findings[0]
    assert not any("deleted" in f for f in chain.findings)


def test_progress_counts_bytes_and_cancel_records_nothing(lab: Lab) -> None:
    seen: list[tuple[int, int]] = []
    verify.verify_workspace(lab.ws, progress=lambda d, t, _: seen.append((d, t)), record=False)
    total = sum(i.size for i in items.list_items(lab.ws))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    token = CancelToken()
    before = len(custody.history(lab.ws))
    with pytest.raises(Cancelled):
        verify.verify_workspace(lab.ws, progress=lambda *_: token.cancel(), cancel=token)
    assert len(custody.history(lab.ws)) == before


def test_memory_stays_bounded_for_a_large_item(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "long-video.mp4"
    with big.open("wb") as fh:
        for _ in range(48):
            fh.write(os.urandom(MIB))
    ingest.ingest_files(workspace, new_incident(workspace, "Shelling"), [big])
    tracemalloc.start()
    try:
        report = verify.verify_workspace(workspace, record=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.ok and report.items[0].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert peak < 16 * MIB, f"peak {peak / MIB:.1f} MiB while verifying a 48 MiB item"


def test_blobs_are_batched_small_together_large_alone() -> None:
    sizes = {f"small{i:04d}": 100_000 for i in range(600)}
    sizes.update({"huge": 5 * LARGE_BLOB, "large": LARGE_BLOB})
    batches = _batches(sizes)
    assert batches[0] == [("huge", 5 * LARGE_BLOB)] and batches[1] == [("large", LARGE_BLOB)]
    assert [len(b) for b in batches[2:]] == [BATCH_FILES, BATCH_FILES, 600 - 2 * BATCH_FILES]
    assert sorted(n for b in batches for n, _ in b) == sorted(sizes)


def test_a_teammates_item_verifies_against_the_keyring(lab: Lab, tmp_path: Path) -> None:
    from evidence_app.services.workspace import add_user, open_workspace

    add_user(lab.ws, "teammate", "teammate's long passphrase")
    other = open_workspace(lab.ws.root, "teammate's long passphrase")
    try:
        statement = synth.make_statement(tmp_path / "second.txt", "The soldiers came at noon.")
        ingest.ingest_files(other, lab.incidents[0], [statement])
    finally:
        other.lock()
    report = verify.verify_workspace(lab.ws, record=False)
    assert report.ok
    assert {v.signer_alias for v in report.items} == {"tester", "teammate"}
    teammate = next(v.signer for v in report.items if v.signer_alias == "teammate")
    lab.sql("DELETE FROM identity WHERE fingerprint = :fp", fp=teammate)
    report = verify.verify_workspace(lab.ws, record=False)
    [gone] = [v for v in report.items if v.exhibit_number == "EX-00005"]
    assert gone.status == "unknown_signer" and gone.signer_alias is None
    assert f"signer: {teammate} is not in the keyring" in gone.findings


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def cli(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    return ["--workspace", str(lab.ws.root)]


def test_cli_verify_exit_codes_and_reports(lab: Lab, cli: list[str], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*cli, "verify"]) == 0
    out = capsys.readouterr().out
    assert "Result: all intact" in out and all(e in out for e in ALL_ITEMS)
    flip(lab.blob("EX-00003"), "middle")
    report_file = tmp_path / "report.txt"
    assert main([*cli, "verify", "--report", str(report_file)]) == 1
    out = capsys.readouterr().out
    assert "EX-00003   MODIFIED" in out and "PROBLEMS FOUND" in out
    assert report_file.read_text("utf-8") == out.replace(out.splitlines()[0],
                                                         report_file.read_text().splitlines()[0])
    assert main([*cli, "verify", "--json", "--no-record", "--item", "EX-00001",
                 "--item", "EX-00002"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and [i["exhibit_number"] for i in data["items"]] == ["EX-00001", "EX-00002"]
    assert main([*cli, "verify", "--report", str(tmp_path / "r.json"), "--no-record"]) == 1
    saved = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert saved["counts"]["modified"] == 1
    assert main([*cli, "verify", "--item", "EX-04242"]) == 2
    assert "EX-04242" in capsys.readouterr().err


def test_cli_verify_records_unless_told_not_to(lab: Lab, cli: list[str]) -> None:
    with lab.ws.session(write=False) as s:
        before = len(s.exec(select(CustodyEvent)).all())
    assert main([*cli, "verify", "--no-record"]) == 0
    assert main([*cli, "verify", "--item", "EX-00004"]) == 0
    with lab.ws.session(write=False) as s:
        events = s.exec(select(CustodyEvent)).all()
        assert len(events) == before + 1 and events[-1].action == "verify"
        assert s.exec(select(EvidenceItem.id).where(
            EvidenceItem.exhibit_number == "EX-00004")).one() == events[-1].subject_id


HELPER_ROWS = [row for row in TAMPERING if any(w in row[0] for w in (  # rows with checks to make
    "signature", "signed", "custody event", "ingest event"))]


@pytest.mark.parametrize("tamper", [pytest.param(r[1], id=r[0]) for r in HELPER_ROWS])
def test_signature_checks_in_helper_processes_find_the_same(
        lab: Lab, tamper: Tamper, monkeypatch: pytest.MonkeyPatch) -> None:
    # Real workspaces below 2,000 signatures check them in-process; force the helper processes
    # (crypto/batch_verify.py) with tiny chunks and compare with the in-process report.
    tamper(lab)
    here = verify.verify_workspace(lab.ws, record=False)
    monkeypatch.setattr(batch_verify, "MIN_FOR_PROCESSES", 1)
    monkeypatch.setattr(batch_verify, "CHUNK", 2)
    started: list[bool] = []
    real_ensure = batch_verify.Checker._ensure_pool

    def ensure(self: batch_verify.Checker) -> bool:
        started.append(real_ensure(self))
        return started[-1]

    monkeypatch.setattr(batch_verify.Checker, "_ensure_pool", ensure)
    helped = verify.verify_workspace(lab.ws, record=False)
    assert any(started)
    assert not helped.ok
    assert [v.model_dump() for v in helped.items] == [v.model_dump() for v in here.items]
    assert [c.model_dump() for c in helped.chains] == [c.model_dump() for c in here.chains]


def test_batch_checks_agree_with_one_by_one_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_verify, "MIN_FOR_PROCESSES", 1)
    monkeypatch.setattr(batch_verify, "CHUNK", 3)
    key, other = SigningKey.generate(), SigningKey.generate()
    checks: list[batch_verify.Check] = []
    for n in range(8):
        message = f"event {n}".encode()
        signature = key.sign(message)
        checks += [(key.public.public_raw, signature, message),
                   (other.public.public_raw, signature, message),
                   (key.public.public_raw, signature, message + b"!"),
                   (key.public.public_raw, signature[:10], message),
                   (b"\x00" * 31, signature, message)]
    with batch_verify.Checker() as checker:
        checker.submit(checks)
        checker.submit(checks[:4])  # repeats are checked once
        answers = checker.results()
    expected = {c: PublicIdentity(c[0]).verify(c[1], c[2]) for c in checks}
    assert answers == expected
    assert sum(answers.values()) == 8


def test_checker_told_what_is_coming_starts_helpers_with_the_first_chunk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_verify, "MIN_FOR_PROCESSES", 10)
    monkeypatch.setattr(batch_verify, "CHUNK", 3)
    key = SigningKey.generate()
    checks = [(key.public.public_raw, key.sign(m), m) for m in (b"a", b"b", b"c", b"d")]
    with batch_verify.Checker() as quiet, batch_verify.Checker() as told:
        told.expect(20)
        for checker in (quiet, told):
            checker.submit(checks[:3])
        assert quiet._pool is None and told._pool is not None
        for checker in (quiet, told):
            checker.submit(checks[3:])
        assert told.results() == quiet.results() == dict.fromkeys(checks, True)


@pytest.mark.parametrize("script", ["packaging/entry.py", "evidence-app"])
def test_helper_processes_start_cheaply_from_the_entry_points(script: str) -> None:
    # multiprocessing runs the main script's top level in every helper (crypto/batch_verify.py,
    # _context): the app's entry points must import nothing heavy there.
    import sys
    from pathlib import Path

    path = (Path(__file__).resolve().parent.parent / script if script.endswith(".py")
            else Path(sys.executable).parent / script)
    if not path.exists():
        pytest.skip(f"{path} is not installed")
    assert heavy_modules_after(f"import runpy\nrunpy.run_path({str(path)!r}, "
                               "run_name='__mp_main__')") == []
