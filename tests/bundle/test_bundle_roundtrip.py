"""Workspace A exports, workspace B imports: everything matches, twice changes nothing,
edits on both sides become a flagged conflict, one-sided edits flow, signers need consent."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlmodel import col, select

from evidence_app.errors import BundleRejected, ValidationError
from evidence_app.model.tables import Blob, CustodyEvent, EvidenceItem, Identity, ImportConflict
from evidence_app.services import bundle, custody, incidents, items
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Frozen, Populated, record


def _verify_workspace_ok(ws: Workspace) -> None:
    try:
        from evidence_app.services.verify import verify_workspace
    except ImportError:  # pragma: no cover - the verify service is another engineer's
        pytest.skip("services.verify is not available")
    report = verify_workspace(ws)
    assert report.ok, report


def _chains(ws: Workspace) -> dict[str, list[str]]:
    with ws.session(write=False) as session:
        out: dict[str, list[str]] = {}
        for e in session.exec(select(CustodyEvent).order_by(col(CustodyEvent.subject_id),
                                                            col(CustodyEvent.subject_seq))):
            out.setdefault(e.subject_id, []).append(e.hash)
        return out


def _item_rows(ws: Workspace) -> dict[str, tuple[str, int, bytes, bytes, str]]:
    with ws.session(write=False) as session:
        return {i.id: (i.sha256, i.size, i.attestation, i.signature, i.blob_name)
                for i in session.exec(select(EvidenceItem))}


def _export(ws: Workspace, populated: Populated, path: Path) -> Path:
    bundle.export_bundle(ws, case=populated.case_id, output=path)
    return path


def test_round_trip_everything_matches(populated: Populated, ws_b: Workspace,
                                       tmp_path: Path) -> None:
    ws_a = populated.ws
    path = _export(ws_a, populated, tmp_path / "case.zip")
    plan = bundle.inspect_bundle(path, ws_b)
    assert plan.counts() == {"case": {"add": 1}, "incident": {"add": 2}, "item": {"add": 5}}
    assert [s.fingerprint for s in plan.new_signers] == [ws_a.fingerprint]
    assert plan.new_files == 3  # the photo shared by two incidents is stored once
    result = bundle.import_bundle(ws_b, plan, accept_signers=True)
    assert result.added == {"case": 1, "incident": 2, "item": 5}
    assert result.files_stored == 3 and result.signers_added == [ws_a.fingerprint]

    for incident_id in populated.incident_ids:
        assert incidents.get_record(ws_b, incident_id) == incidents.get_record(ws_a, incident_id)
    rows_a, rows_b = _item_rows(ws_a), _item_rows(ws_b)
    assert set(rows_a) == set(rows_b) == set(populated.item_ids)
    for item_id, (sha, size, attestation, signature, _blob) in rows_a.items():
        assert rows_b[item_id][:4] == (sha, size, attestation, signature)
        data = ws_b.blobs.read_bytes(rows_b[item_id][4])
        assert hashlib.sha256(data).hexdigest() == sha
    with ws_b.session(write=False) as session:
        assert len(session.exec(select(Blob)).all()) == 3
        signer = session.get(Identity, ws_a.fingerprint)
        assert signer is not None and signer.trust == "untrusted"
        receives = session.exec(select(CustodyEvent).where(CustodyEvent.action == "receive")
                                ).all()
    assert len(list(ws_b.blobs.names_on_disk())) == 3
    # every item got a "receive" event (who, from whom, when), plus one for the workspace
    item_receives = [e for e in receives if e.subject_type == "item"]
    assert {e.subject_id for e in item_receives} == set(populated.item_ids)
    assert all(e.actor == ws_b.fingerprint and e.details["from"] == ws_a.fingerprint
               for e in item_receives)
    # A's chains, as exported, are kept verbatim in B (B appended its receive events)
    chains_a, chains_b = _chains(ws_a), _chains(ws_b)
    for subject_id in [*populated.incident_ids, *populated.item_ids, populated.case_id]:
        assert chains_b[subject_id][:len(chains_a[subject_id])] == chains_a[subject_id]
    _verify_workspace_ok(ws_b)


def test_importing_twice_changes_nothing(populated: Populated, ws_b: Workspace,
                                         tmp_path: Path) -> None:
    path = _export(populated.ws, populated, tmp_path / "case.zip")
    bundle.import_bundle(ws_b, path, accept_signers=True)
    frozen = Frozen(ws_b)
    try:
        plan = bundle.inspect_bundle(path, frozen.ws)
        assert plan.nothing_to_do
        result = bundle.import_bundle(frozen.ws, plan, accept_signers=True)
        assert result.nothing_to_do and not result.added
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


def test_unaccepted_signers_import_nothing(populated: Populated, ws_b: Workspace,
                                           tmp_path: Path) -> None:
    path = _export(populated.ws, populated, tmp_path / "case.zip")
    frozen = Frozen(ws_b)
    try:
        with pytest.raises(BundleRejected, match="not in your keyring"):
            bundle.import_bundle(frozen.ws, path, accept_signers=False)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


def test_edit_on_both_sides_is_a_flagged_conflict(populated: Populated, ws_b: Workspace,
                                                  tmp_path: Path) -> None:
    ws_a = populated.ws
    bundle.import_bundle(ws_b, _export(ws_a, populated, tmp_path / "one.zip"),
                         accept_signers=True)
    target = populated.incident_ids[0]
    keep_cases = {"cases": [populated.case_id]}
    incidents.update_incident(ws_a, target, record("Airstrike (A's correction)", **keep_cases))
    incidents.update_incident(ws_b, target, record("Airstrike (B's correction)", **keep_cases))
    path = _export(ws_a, populated, tmp_path / "two.zip")
    plan = bundle.inspect_bundle(path, ws_b)
    decisions = {d.id: d.action for d in plan.decisions}
    assert decisions[target] == "conflict"
    assert decisions[populated.incident_ids[1]] == "present"
    result = bundle.import_bundle(ws_b, plan)
    assert result.conflicts == 1
    assert incidents.get_incident(ws_b, target).title == "Airstrike (B's correction)"
    open_conflicts = bundle.list_conflicts(ws_b)
    assert [(c.kind, c.subject_id) for c in open_conflicts] == [("record", target)]
    with ws_b.session(write=False) as session:
        row = session.get(ImportConflict, open_conflicts[0].id)
        assert row is not None and row.remote_record is not None
        assert row.remote_record["record"]["title"] == "Airstrike (A's correction)"
        assert row.remote_events and row.remote_events[0]["body"]["action"] == "edit"
    _verify_workspace_ok(ws_b)


def test_one_sided_edit_updates_and_forked_item_history_is_kept(
        populated: Populated, ws_b: Workspace, tmp_path: Path) -> None:
    ws_a = populated.ws
    bundle.import_bundle(ws_b, _export(ws_a, populated, tmp_path / "one.zip"),
                         accept_signers=True)
    target = populated.incident_ids[1]
    incidents.update_incident(ws_a, target, record("Village burned (more detail)",
                                                   cases=[populated.case_id],
                                                   acts=[{"violation": "BRN"}]))
    items.open_item(ws_a, populated.item_ids[0])  # A's item chain moves on; B's has "receive"
    plan = bundle.inspect_bundle(_export(ws_a, populated, tmp_path / "two.zip"), ws_b)
    decisions = {d.id: d.action for d in plan.decisions}
    assert decisions[target] == "update"
    assert decisions[populated.item_ids[0]] == "history"
    result = bundle.import_bundle(ws_b, plan)
    assert result.updated.get("incident") == 1 and result.histories >= 1
    assert incidents.get_record(ws_b, target) == incidents.get_record(ws_a, target)
    assert incidents.get_incident(ws_b, target).revision == \
        incidents.get_incident(ws_a, target).revision
    kinds = {(c.kind, c.status) for c in bundle.list_conflicts(ws_b, status=None)}
    assert kinds == {("custody_branch", "recorded")}
    _verify_workspace_ok(ws_b)


def test_exports_record_custody_events(populated: Populated, tmp_path: Path) -> None:
    ws_a = populated.ws
    result = bundle.export_bundle(ws_a, incident_ids=[populated.incident_ids[0]],
                                  output=tmp_path / "one.zip")
    assert result.incidents == 1 and result.items == 3
    with ws_a.session(write=False) as session:
        exports = session.exec(select(CustodyEvent).where(CustodyEvent.action == "export")).all()
    kinds = sorted(e.subject_type for e in exports)
    assert kinds == ["item", "item", "item", "workspace"]
    assert all(e.details["bundle_id"] == result.bundle_id for e in exports)
    # the item events travel inside the bundle: the bundle's chains end with them
    report = bundle.verify_bundle(result.path)
    assert report.ok and report.events > 0


def test_export_refuses_existing_output_and_empty_scope(populated: Populated,
                                                        tmp_path: Path) -> None:
    from evidence_app.errors import NotFound, UsageError

    existing = tmp_path / "exists.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(UsageError, match="already exists"):
        bundle.export_bundle(populated.ws, case=populated.case_id, output=existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(UsageError):
        bundle.export_bundle(populated.ws, output=tmp_path / "x.zip")
    with pytest.raises(NotFound):
        bundle.export_bundle(populated.ws, incident_ids=["0" * 36], output=tmp_path / "y.zip")
    assert not list(tmp_path.glob(".tmp-*"))


def test_cancel_export_and_import_leave_nothing(populated: Populated, ws_b: Workspace,
                                                tmp_path: Path) -> None:
    from evidence_app.errors import Cancelled
    from evidence_app.progress import CancelToken

    ws_a = populated.ws
    token = CancelToken()

    def cancel_soon(done: int, total: int, label: str) -> None:
        if done > 0:
            token.cancel()

    out = tmp_path / "cancelled.zip"
    with pytest.raises(Cancelled):
        bundle.export_bundle(ws_a, case=populated.case_id, output=out, progress=cancel_soon,
                             cancel=token)
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))
    with ws_a.session(write=False) as session:
        assert not session.exec(select(CustodyEvent)
                                .where(CustodyEvent.action == "export")).all()

    path = _export(ws_a, populated, tmp_path / "case.zip")
    plan = bundle.inspect_bundle(path, ws_b)
    frozen = Frozen(ws_b)
    try:
        token = CancelToken()
        with pytest.raises(Cancelled):
            bundle.import_bundle(frozen.ws, plan, accept_signers=True, progress=cancel_soon,
                                 cancel=token)
        frozen.assert_unchanged_except_empty_dirs()
    finally:
        frozen.ws.lock()


@pytest.mark.parametrize("keep", ["remote", "local"])
def test_a_person_resolves_a_conflict(populated: Populated, ws_b: Workspace, tmp_path: Path,
                                      keep: str) -> None:
    ws_a = populated.ws
    bundle.import_bundle(ws_b, _export(ws_a, populated, tmp_path / "one.zip"),
                         accept_signers=True)
    target = populated.incident_ids[0]
    keep_cases = {"cases": [populated.case_id]}
    incidents.update_incident(ws_a, target, record("Airstrike (A's correction)", **keep_cases))
    incidents.update_incident(ws_b, target, record("Airstrike (B's correction)", **keep_cases))
    bundle.import_bundle(ws_b, _export(ws_a, populated, tmp_path / "two.zip"))
    (conflict,) = bundle.list_conflicts(ws_b)
    local, remote = bundle.conflict_versions(ws_b, conflict.id)
    assert (local["title"], remote["title"]) == ("Airstrike (B's correction)",
                                                 "Airstrike (A's correction)")
    bundle.resolve_conflict(ws_b, conflict.id, "remote" if keep == "remote" else "local",
                            note="checked with both teams")
    expected = "Airstrike (A's correction)" if keep == "remote" else "Airstrike (B's correction)"
    assert incidents.get_incident(ws_b, target).title == expected
    assert bundle.list_conflicts(ws_b) == []
    last = custody.history(ws_b, target)[-1]
    assert last.action == "edit" and last.details["resolved_conflict"] == conflict.id
    assert last.details["kept"] == keep
    with pytest.raises(ValidationError, match="only open record conflicts"):
        bundle.resolve_conflict(ws_b, conflict.id, "local")
    _verify_workspace_ok(ws_b)
