"""Cases: creating one (every invalid field named), putting incidents in and taking them out,
each membership change signed in the incident's custody."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.errors import NotFound, ValidationError
from evidence_app.services import cases, custody, incidents
from evidence_app.services.workspace import Workspace
from tests.conftest import PASSPHRASE


def _incident(ws: Workspace, title: str) -> str:
    return incidents.create_incident(ws, incidents.parse_record({
        "title": title, "acts": [{"violation": "AIR"}],
        "date": {"start": "2023-04-11"}})).id


def test_parse_case_names_every_field_at_fault() -> None:
    with pytest.raises(ValidationError) as caught:
        cases.parse_case({"reference": "has spaces", "title": "", "ern_prefix": "lower-case"})
    fields = [field for field, _message in caught.value.problems]
    assert fields == ["reference", "title", "ern_prefix"]
    assert caught.value.field == "reference"


def test_remove_incidents_takes_them_out_and_signs_it(workspace: Workspace) -> None:
    case = cases.create_case(workspace, cases.parse_case({
        "reference": "MMR-EA-2024-01", "title": "Airstrikes in Kanbalu township"}))
    first, second = _incident(workspace, "Airstrike on Pazigyi"), _incident(workspace, "Shelling")
    assert cases.add_incidents(workspace, case.reference, [first, second]) == 2
    assert cases.get_case(workspace, case.id).incident_count == 2

    assert cases.remove_incidents(workspace, case.reference, [first, first, "not-in-case"]) == 1
    assert cases.case_incident_ids(workspace, case.id) == [second]
    assert cases.get_case(workspace, case.id).incident_count == 1
    assert incidents.get_incident(workspace, first).cases == []  # the incident itself stays
    edits = [e for e in custody.history(workspace, first) if e.action == "edit"]
    assert [e.details["changes"]["cases"] for e in edits] == [{"added": case.id},
                                                              {"removed": case.id}]
    assert all(e.signature_hex and e.actor == workspace.fingerprint for e in edits)
    assert cases.add_incidents(workspace, case.id, [first]) == 1  # it can come back

    with pytest.raises(NotFound):
        cases.remove_incidents(workspace, "NO-SUCH-CASE", [second])


def test_cli_case_include_and_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from evidence_app.cli import main

    monkeypatch.setenv("EVIDENCE_APP_WORKSPACE", str(tmp_path / "cli-ws"))
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--user", "alice", "--team", "Team"]) == 0
    assert main(["case", "add", "--reference", "MMR-EA-2024-01", "--title", "Sagaing"]) == 0
    assert main(["incident", "add", "--title", "Village burned", "--type", "BRN",
                 "--date", "2023-04-11", "--place", "Pazigyi, Kanbalu, Sagaing"]) == 0
    incident_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["case", "include", "MMR-EA-2024-01", incident_id]) == 0
    assert main(["case", "exclude", "MMR-EA-2024-01", incident_id]) == 0
    assert "1 incident(s) taken out of MMR-EA-2024-01" in capsys.readouterr().out
