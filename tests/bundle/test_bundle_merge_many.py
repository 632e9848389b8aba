"""A merge of many items at once: new items, content already here, exhibit labels taken here,
derivatives, forked chains and a conflict, in two imports. The rows are those the merge rules
ask for: items and their chains exactly as the other laptop signed them, one ``receive`` event
each, labels renumbered as ``next_exhibit_number`` would, one blob per content."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from evidence_app.model.tables import Blob, CustodyEvent, EvidenceItem, ImportConflict
from evidence_app.services import bundle, cases, incidents, ingest, items
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Populated, record

_EVENT_COLUMNS = ("id", "subject_type", "subject_id", "subject_seq", "at", "actor", "action",
                  "details", "prev_hash", "hash", "signature")


def _files(folder: Path, count: int, shared: bytes) -> list[Path]:
    """``count`` small files; every fifth holds ``shared`` (one content, many items)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"f-{n:03d}.bin"
        path.write_bytes(shared if n % 5 == 0 else os.urandom(200 + n))
        paths.append(path)
    return paths


def _items(ws: Workspace) -> dict[str, dict[str, Any]]:
    with ws.session(write=False) as session:
        return {i.id: i.model_dump() for i in session.exec(select(EvidenceItem))}


def _events(ws: Workspace) -> list[dict[str, Any]]:
    """Every custody event, in the order of the log."""
    with ws.session(write=False) as session:
        return [{**e.model_dump(include={*_EVENT_COLUMNS, "seq"})}
                for e in session.exec(select(CustodyEvent).order_by(col(CustodyEvent.seq)))]


def _chains(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for event in sorted(events, key=lambda e: (e["subject_id"], e["subject_seq"])):
        out.setdefault(event["subject_id"], []).append(
            {k: v for k, v in event.items() if k != "seq"})
    return out


def _expected_labels(before: set[str], wanted: list[tuple[str, str]]) -> dict[str, str]:
    """The rule, one item at a time in merge order: keep a free label, else the last ``EX-``
    label (by length, then text) plus one, counting the labels given earlier."""
    taken, out = set(before), {}
    for item_id, label in wanted:
        if label in taken:
            last = max((t for t in taken if t.upper().startswith("EX-")),
                       key=lambda t: (len(t), t))
            label = f"EX-{int(last[3:].split('-')[0]) + 1:05d}"
        taken.add(label)
        out[item_id] = label
    return out


def _check_merge(ws_a: Workspace, ws_b: Workspace, before: dict[str, dict[str, Any]],
                 events_before: list[dict[str, Any]], added: set[str]) -> None:
    """B holds A's added items as A signed them, renumbered by the rule; every subject's chain
    in B continues its chain from before and ends with A's chain, then B's receive event."""
    rows_a, rows_b = _items(ws_a), _items(ws_b)
    assert set(rows_b) == set(before) | added
    events = _events(ws_b)
    new = events[len(events_before):]
    assert events[:len(events_before)] == events_before  # nothing before is touched
    receives = [e for e in new if e["action"] == "receive" and e["subject_type"] == "item"]
    order = [e["subject_id"] for e in receives if e["subject_id"] in added]
    labels = _expected_labels({r["exhibit_number"] for r in before.values()},
                              [(i, rows_a[i]["exhibit_number"]) for i in order])
    with ws_b.session(write=False) as session:
        blob_of = {b.sha256: b.name for b in session.exec(select(Blob))}
    for item_id in added:
        a, b = rows_a[item_id], rows_b[item_id]
        assert b["exhibit_number"] == labels[item_id]
        assert b["blob_name"] == blob_of[a["sha256"]]
        assert {k: v for k, v in b.items() if k not in ("exhibit_number", "blob_name")} == \
            {k: v for k, v in a.items() if k not in ("exhibit_number", "blob_name")}
    assert len(blob_of) == len({r["sha256"] for r in rows_b.values()})  # one blob per content
    chains_a, chains_b = _chains(_events(ws_a)), _chains(events)
    for item_id in added:
        chain = chains_b[item_id]
        assert chain[:-1] == chains_a[item_id]  # the copies: every column as signed
        assert chain[-1]["action"] == "receive" and chain[-1]["actor"] == ws_b.fingerprint
        assert chain[-1]["prev_hash"] == chains_a[item_id][-1]["hash"]
        assert chain[-1]["details"]["remote_head"] == chains_a[item_id][-1]["hash"]
    # each item's copies come before its receive event, receive events after all copies
    last_copy = max(e["seq"] for e in new if e["actor"] != ws_b.fingerprint)
    assert all(e["seq"] > last_copy for e in receives)
    from evidence_app.services.verify import verify_workspace

    report = verify_workspace(ws_b, record=False)
    assert report.ok, report


def test_merge_of_many_items_gives_the_rows_the_rules_ask_for(
        populated: Populated, ws_b: Workspace, tmp_path: Path) -> None:
    ws_a = populated.ws
    shared = os.urandom(999)
    first = populated.incident_ids[0]
    many = ingest.ingest_files(ws_a, first, _files(tmp_path / "a1", 40, shared))
    ingest.ingest_files(ws_a, first, [tmp_path / "a1" / "f-003.bin"],
                        parent_id=many.items[3].item_id, derivative_kind="translation")
    # B has its own case under the same reference, labels EX-00001.. and A's photo already
    cases.create_case(ws_b, cases.parse_case({"reference": "MMR-EA-2024-01", "title": "B's"}))
    own = incidents.create_incident(ws_b, record("B's incident")).id
    ingest.ingest_files(ws_b, own, [tmp_path / "src" / "photo.jpg",
                                    *_files(tmp_path / "b1", 6, shared)])

    before, events_before = _items(ws_b), _events(ws_b)
    path = bundle.export_bundle(ws_a, case=populated.case_id, output=tmp_path / "one.zip").path
    plan = bundle.inspect_bundle(path, ws_b)
    assert plan.new_files == 40 - 8 + 3 - 1  # shared content and A's photo are here already
    result = bundle.import_bundle(ws_b, plan, accept_signers=True)
    added = {i for i in _items(ws_a) if i not in before}
    assert result.added == {"case": 1, "incident": 2, "item": len(added)} and len(added) == 46
    _check_merge(ws_a, ws_b, before, events_before, added)
    assert [(c.kind, c.status) for c in bundle.list_conflicts(ws_b, status=None)] == \
        [("case_reference", "open")]

    # Second round: A edits both incidents, opens an item and adds items; B edits the first
    # incident and adds items of its own (their labels are taken in A's numbering too).
    keep = {"cases": [populated.case_id]}
    incidents.update_incident(ws_a, first, record("A's correction", **keep))
    incidents.update_incident(ws_b, first, record("B's correction", **keep))
    second = populated.incident_ids[1]
    incidents.update_incident(ws_a, second, record("More detail", acts=[{"violation": "BRN"}],
                                                   **keep))
    items.open_item(ws_a, populated.item_ids[0])
    ingest.ingest_files(ws_a, second, _files(tmp_path / "a2", 20, shared))
    ingest.ingest_files(ws_b, own, _files(tmp_path / "b2", 8, os.urandom(10)))
    before, events_before = _items(ws_b), _events(ws_b)
    path = bundle.export_bundle(ws_a, case=populated.case_id, output=tmp_path / "two.zip").path
    plan = bundle.inspect_bundle(path, ws_b)
    actions = {d.id: d.action for d in plan.decisions}
    assert actions[first] == "conflict" and actions[second] == "update"
    forked = {i for i in before if actions.get(i) == "history"}
    assert len(forked) == 46  # A's export events and B's receive events fork every chain
    result = bundle.import_bundle(ws_b, plan)
    added = {i for i in _items(ws_a) if i not in before}
    assert result.added == {"item": 20} and result.updated == {"incident": 1}
    assert (result.conflicts, result.histories) == (1, 46)
    _check_merge(ws_a, ws_b, before, events_before, added)
    assert incidents.get_record(ws_b, second) == incidents.get_record(ws_a, second)
    assert incidents.get_incident(ws_b, first).title == "B's correction"
    chains_a = _chains(_events(ws_a))
    with ws_b.session(write=False) as session:
        branches = {c.subject_id: c for c in session.exec(
            select(ImportConflict).where(ImportConflict.kind == "custody_branch"))}
        receive = {e.subject_id: e for e in session.exec(  # the last one of each item
            select(CustodyEvent).where(CustodyEvent.action == "receive")
            .order_by(col(CustodyEvent.seq)))}
        assert set(branches) == forked
        for item_id in forked:
            branch, chain = branches[item_id], chains_a[item_id]
            # our chain is kept and the bundle's branch beside it, verbatim
            assert branch.status == "recorded" and branch.remote_head == chain[-1]["hash"]
            assert branch.remote_events == [
                {"body": {k: v for k, v in {"type": "evidence-app/custody-event",
                                            "version": 1, **e}.items()
                          if k not in ("hash", "signature")},
                 "hash": e["hash"], "signature": e["signature"].hex()}
                for e in chain[len(chain) - len(branch.remote_events):]]
            assert receive[item_id].details["remote_head"] == chain[-1]["hash"]
