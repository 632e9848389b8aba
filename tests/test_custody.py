"""The chain of custody: one signed hash chain per subject, append-only in the database."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from evidence_app.cli import main
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.signing import PublicIdentity
from evidence_app.model.tables import CustodyEvent
from evidence_app.services import cases, custody, incidents, ingest, items
from evidence_app.services.custody import CustodyEventRead
from evidence_app.services.workspace import Workspace

PASSPHRASE = "correct horse battery staple"  # the one tests/conftest.py's workspace uses

RECORD = {"title": "Shelling of the market", "acts": [{"violation": "SHL"}],
          "date": {"start": "2022-02-03"}, "place": {"state_region": "Sagaing"}}


@pytest.fixture
def history(workspace: Workspace, tmp_path: Path) -> dict[str, str]:
    """An incident edited twice, two items (one viewed, one exported) and a case."""
    incident = incidents.create_incident(workspace, incidents.parse_record(RECORD)).id
    files = []
    for name in ("a.mp4", "b.jpg"):
        (tmp_path / name).write_bytes(os.urandom(4000))
        files.append(tmp_path / name)
    result = ingest.ingest_files(workspace, incident, files)
    a, b = (i.item_id for i in result.items)
    items.open_item(workspace, a)
    items.export_item(workspace, b, tmp_path / "export")
    incidents.update_incident(workspace, incident, incidents.parse_record(
        {**RECORD, "title": "Shelling of Myo Thit market"}))
    case = cases.create_case(workspace, cases.parse_case({
        "reference": "MMR-EA-2022-01", "title": "Sagaing shelling", "ern_prefix": "MMR-EA"})).id
    cases.add_incidents(workspace, case, [incident])
    return {"incident": incident, "a": a, "b": b, "case": case,
            "workspace": workspace.keyfile.workspace_id}


def assert_sound_chain(events: list[CustodyEventRead], public: PublicIdentity) -> None:
    previous = custody.GENESIS
    for n, event in enumerate(events, start=1):
        body = canonical_json(items.custody_body(event))
        assert event.subject_seq == n
        assert event.prev_hash == previous
        assert event.hash == hashlib.sha256(body).hexdigest()
        assert public.verify(bytes.fromhex(event.signature_hex), body)
        previous = event.hash


def test_each_subject_has_its_own_signed_chain(workspace: Workspace,
                                               history: dict[str, str]) -> None:
    expected = {"workspace": ["create"], "incident": ["create", "edit", "edit"],
                "a": ["ingest", "view"], "b": ["ingest", "export"], "case": ["create"]}
    for name, actions in expected.items():
        events = custody.history(workspace, history[name])
        assert [e.action for e in events] == actions, name
        assert {e.subject_type for e in events} == {"item" if name in "ab" else name}
        assert {e.actor for e in events} == {workspace.fingerprint}
        assert_sound_chain(events, workspace.signer.public)
    everything = custody.history(workspace)
    assert [e.seq for e in everything] == list(range(1, len(everything) + 1))
    assert len(everything) == sum(len(a) for a in expected.values())


def test_the_ingest_event_names_what_was_stored(workspace: Workspace,
                                                history: dict[str, str]) -> None:
    event = custody.history(workspace, history["a"])[0]
    item = items.get_item(workspace, history["a"])
    assert event.details["sha256"] == item.sha256 and event.details["size"] == item.size
    assert event.details["incident_id"] == history["incident"]
    assert len(event.details["attestation_sha256"]) == 64


def test_edit_events_hold_old_and_new_values(workspace: Workspace,
                                             history: dict[str, str]) -> None:
    edit, case_edit = (e for e in custody.history(workspace, history["incident"])
                       if e.action == "edit")
    assert edit.details["changes"]["title"] == {"old": "Shelling of the market",
                                                "new": "Shelling of Myo Thit market"}
    assert edit.details["revision"] == 2
    assert case_edit.details["changes"]["cases"] == {"added": history["case"]}


@pytest.mark.parametrize("statement", [
    "UPDATE custodyevent SET action = 'view' WHERE subject_seq = 1",
    "UPDATE custodyevent SET details = '{}'",
    "DELETE FROM custodyevent WHERE subject_seq = 2",
    "DELETE FROM custodyevent",
])
def test_the_database_refuses_to_change_or_delete_events(workspace: Workspace,
                                                         history: dict[str, str],
                                                         statement: str) -> None:
    before = custody.history(workspace)
    # The engine hands SQLCipher's own error through (the dialect wraps only sqlite3's).
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="custodyevent is append-only"), \
            workspace.engine.begin() as conn:
        conn.execute(text(statement))
    assert custody.history(workspace) == before


def test_appending_continues_each_chain(workspace: Workspace, history: dict[str, str]) -> None:
    with workspace.session() as session:
        event = custody.append(session, workspace, "item", history["a"], "review",
                               {"note": "checked by the legal team"})
        assert isinstance(event, CustodyEvent)
    events = custody.history(workspace, history["a"])
    assert [e.action for e in events] == ["ingest", "view", "review"]
    assert_sound_chain(events, workspace.signer.public)
    with pytest.raises(ValueError, match="unknown custody action"), workspace.session() as s:
        custody.append(s, workspace, "item", history["a"], "shred")


def test_appending_in_bulk_continues_each_chain(workspace: Workspace,
                                                history: dict[str, str]) -> None:
    with workspace.session() as session:
        custody.append_many(session, workspace, "item", [
            (history["a"], "export", {"kind": "dossier"}),
            (history["b"], "export", {"kind": "dossier"}),
            (history["a"], "review", {"note": "twice in one batch"})])
    assert [e.action for e in custody.history(workspace, history["a"])] == [
        "ingest", "view", "export", "review"]
    assert [e.action for e in custody.history(workspace, history["b"])] == [
        "ingest", "export", "export"]
    for item in ("a", "b"):
        assert_sound_chain(custody.history(workspace, history[item]), workspace.signer.public)
    with pytest.raises(ValueError, match="unknown custody action"), workspace.session() as s:
        custody.append_many(s, workspace, "item", [(history["a"], "shred", {})])


# --- the command line ------------------------------------------------------------------------

def test_cli_custody_lists_all_or_one_items_events(workspace: Workspace, history: dict[str, str],
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    cli = ["--workspace", str(workspace.root)]
    assert main([*cli, "custody"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(custody.history(workspace))
    assert any("incident" in line and "edit" in line for line in out)
    assert main([*cli, "custody", "--item", "EX-00002", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in events] == ["ingest", "export"]
    assert {e["subject_id"] for e in events} == {history["b"]}
    assert main([*cli, "custody", "--item", "EX-00099"]) == 2
