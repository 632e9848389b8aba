"""Incidents: validation names the field and writes nothing; search in Burmese and English;
filters; edits recorded with old and new values."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from evidence_app.errors import ValidationError
from evidence_app.services import cases, custody, incidents
from evidence_app.services.workspace import Workspace


def base(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "title": "Airstrike on Pazigyi village",
        "narrative": "Two jets struck the village during a gathering.",
        "date": {"start": "2023-04-11", "precision": "day", "time": "07:30"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Pazigyi",
                  "latitude": 22.95, "longitude": 95.6, "accuracy_m": 1000},
        "acts": [{"violation": "AIR", "characterizations": ["8(2)(e)(i)", "7(1)(a)"],
                  "perpetrators": [{"kind": "unit", "name": "Myanmar Air Force",
                                    "actor_class": 1}],
                  "victims": [{"outcome": "killed", "count": 12}]}],
        "people": [{"pseudonym": "W-0001", "role": "witness", "real_name": "Daw Example",
                    "consent": "given"}],
    }
    record.update(overrides)
    return record


BAD_INPUTS = [
    ({"title": ""}, "title"),
    ({"title": "x" * 301}, "title"),
    ({"narrative": "x" * 200_001}, "narrative"),
    ({"date": {"start": "2023-02-30"}}, "date.start"),
    ({"date": {"start": "2023-05-01", "end": "2023-04-01", "precision": "range"}}, "date"),
    ({"acts": [{"violation": "XYZ"}]}, "acts.0.violation"),
    ({"acts": []}, "acts"),
    ({"acts": [{"violation": "AIR", "characterizations": ["99(9)"]}]},
     "acts.0.characterizations"),
    ({"place": {"state_region": "Atlantis"}}, "place.state_region"),
    ({"place": {"state_region": "Sagaing", "latitude": 95.1, "longitude": 22.0}},
     "place.latitude"),
    ({"place": {"state_region": "Sagaing", "latitude": 22.0}}, "place"),
    ({"unknown_field": 1}, "unknown_field"),
    ({"title": "bell\x07"}, "title"),
    ({"date": {"start": 86400}}, "date.start"),
    ({"date": {"start": "11/04/2023"}}, "date.start"),
    ({"date": {"start": "1899-12-31"}}, "date.start"),
    ({"date": {"start": "2999-01-01"}}, "date.start"),
]


@pytest.mark.parametrize(("change", "field"), BAD_INPUTS)
def test_bad_input_names_the_field_and_writes_nothing(workspace: Workspace,
                                                      change: dict[str, Any],
                                                      field: str) -> None:
    before = custody.history(workspace)
    with pytest.raises(ValidationError) as info:
        incidents.create_incident(workspace, incidents.parse_record(base(**change)))
    assert any(where.startswith(field) for where, _ in info.value.problems), info.value.problems
    assert incidents.list_incidents(workspace).total == 0
    assert custody.history(workspace) == before


def test_record_round_trip(workspace: Workspace) -> None:
    created = incidents.create_incident(workspace, incidents.parse_record(base()))
    record = incidents.get_record(workspace, created.id)
    assert record["acts"][0]["victims"] == [{"outcome": "killed", "count": 12, "notes": ""}]
    assert record["people"][0]["real_name"] == "Daw Example"
    again = incidents.parse_record(record)
    assert again.title == created.title


def test_search_burmese_english_and_filters(workspace: Workspace) -> None:
    case = cases.create_case(workspace, cases.parse_case(
        {"reference": "MMR-1", "title": "Sagaing"}))
    a = incidents.create_incident(workspace, incidents.parse_record(base(
        narrative="စစ်ကိုင်းတိုင်း ကန့်ဘလူမြို့နယ် ပազီကြီးကျေးရွာကို လေကြောင်းမှ ဗုံးကြဲတိုက်ခိုက်ခဲ့သည်။",
        cases=[case.id])))
    b = incidents.create_incident(workspace, incidents.parse_record(base(
        title="Houses burned in Magway", narrative="Soldiers set fire to 200 houses.",
        place={"state_region": "Magway", "township": "Gangaw"},
        date={"start": "2023-12-01", "precision": "month"},
        acts=[{"violation": "BRN"}], people=[])))

    def ids(**kw: Any) -> set[str]:
        return {r.id for r in incidents.list_incidents(
            workspace, incidents.IncidentFilter(**kw)).rows}

    assert ids(search="လေကြောင်း") == {a.id}
    assert ids(search="burned") == {b.id}
    assert ids(search="fire houses") == {b.id}
    assert ids(search="ရွာ") == {a.id}  # shorter than a trigram: LIKE fallback
    assert ids(search='" OR *') == set()  # FTS syntax is taken literally
    assert ids(violation_codes=["BRN"]) == {b.id}
    assert ids(state_region="Sagaing") == {a.id}
    assert ids(case_id="MMR-1") == {a.id}
    assert ids(date_from=date(2023, 6, 1)) == {b.id}
    assert ids(date_to=date(2023, 6, 1)) == {a.id}
    page = incidents.list_incidents(workspace, limit=1, sort="title", descending=False)
    assert page.total == 2 and page.rows[0].title == "Airstrike on Pazigyi village"


def test_search_sorted_by_date_follows_edits_and_agrees_with_filtered_search(
        workspace: Workspace) -> None:
    # A search alone, sorted by date, is answered from the search index's key table
    # (store/search.py); with another filter it goes through the incident table. Both must give
    # the same order and total, and an edited date must move the incident in both.
    made = [incidents.create_incident(workspace, incidents.parse_record(base(
        title=f"Shelling of the market {n}", narrative="ကျေးရွာ မီးရှို့ခံရမှု",
        date={"start": f"2023-0{n}-01", "precision": "day"}, people=[])))
        for n in (3, 1, 2)]
    incidents.create_incident(workspace, incidents.parse_record(base(people=[])))

    def listed(descending: bool = True, offset: int = 0, **kw: Any) -> tuple[int, list[str]]:
        page = incidents.list_incidents(workspace, incidents.IncidentFilter(
            search="မီးရှို့", **kw), descending=descending, offset=offset, limit=2)
        return page.total, [r.title[-1] for r in page.rows]

    assert listed() == listed(state_region="Sagaing") == (3, ["3", "2"])
    assert listed(offset=2) == (3, ["1"])
    assert listed(descending=False) == (3, ["1", "2"])
    record = incidents.get_record(workspace, made[0].id)
    record["date"]["start"] = "2022-12-31"
    incidents.update_incident(workspace, made[0].id, incidents.parse_record(record))
    assert listed() == listed(state_region="Sagaing") == (3, ["2", "1"])
    assert listed(offset=2) == (3, ["3"])


def test_edit_is_recorded_with_old_and_new_values(workspace: Workspace) -> None:
    created = incidents.create_incident(workspace, incidents.parse_record(base()))
    updated = incidents.update_incident(
        workspace, created.id, incidents.parse_record(base(title="Airstrike on Pazigyi")),
        expected_revision=1)
    assert updated.revision == 2
    events = custody.history(workspace, created.id)
    assert [e.action for e in events] == ["create", "edit"]
    assert events[1].details["changes"]["title"] == {
        "old": "Airstrike on Pazigyi village", "new": "Airstrike on Pazigyi"}
    with pytest.raises(ValidationError, match="changed since"):
        incidents.update_incident(workspace, created.id, incidents.parse_record(base()),
                                  expected_revision=1)


def test_pseudonym_cannot_silently_merge_two_people(workspace: Workspace) -> None:
    incidents.create_incident(workspace, incidents.parse_record(base()))
    other = base(people=[{"pseudonym": "W-0001", "role": "victim", "real_name": "U Other"}])
    with pytest.raises(ValidationError,
                       match="W-0001 already names a person with another real_name"):
        incidents.create_incident(workspace, incidents.parse_record(other))
    assert incidents.list_incidents(workspace).total == 1


def test_review_flow_is_signed(workspace: Workspace) -> None:
    created = incidents.create_incident(workspace, incidents.parse_record(base()))
    with pytest.raises(ValidationError):
        incidents.set_review_status(workspace, created.id, "verified")
    incidents.set_review_status(workspace, created.id, "ready_for_review")
    with pytest.raises(ValidationError, match="why"):
        incidents.set_review_status(workspace, created.id, "returned")
    incidents.set_review_status(workspace, created.id, "verified")
    review = custody.history(workspace, created.id)[-1]
    assert review.action == "review" and review.details["to"] == "verified"
    assert len(review.details["record_sha256"]) == 64
    assert incidents.get_incident(workspace, created.id).review_status == "verified"


def test_editing_a_verified_incident_sends_it_back_to_review(workspace: Workspace) -> None:
    created = incidents.create_incident(workspace, incidents.parse_record(base()))
    incidents.set_review_status(workspace, created.id, "ready_for_review")
    incidents.set_review_status(workspace, created.id, "verified")
    updated = incidents.update_incident(workspace, created.id,
                                        incidents.parse_record(base(title="Changed")))
    assert updated.review_status == "ready_for_review"
    assert "edited after sign-off" in updated.review_comment
    edit = custody.history(workspace, created.id)[-1]
    assert edit.details["changes"]["review_status"] == {"old": "verified",
                                                        "new": "ready_for_review"}
