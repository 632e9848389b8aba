"""Resolving what a bundle import flagged: an incident edited on both sides.

The import keeps the local version and stores the bundle's next to it (``ImportConflict``,
status "open"); it never overwrites. A person then keeps one of the two: keeping the bundle's
version is an edit of the incident (custody records old and new values and names the conflict);
keeping the local one records the decision in the incident's custody chain. Either way the
conflict is marked resolved with who and when, in the same transaction.
"""

from __future__ import annotations

from typing import Any, Literal

from evidence_app.errors import NotFound, ValidationError
from evidence_app.model.tables import ImportConflict
from evidence_app.services import custody, incidents
from evidence_app.services.workspace import Workspace, now_utc


def conflict_versions(ws: Workspace, conflict_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return ``(local_record, remote_record)`` of an open record conflict, for comparison."""
    with ws.session(write=False) as session:
        row = _open_record_conflict(session.get(ImportConflict, conflict_id), conflict_id)
        remote = dict((row.remote_record or {}).get("record") or {})
        subject = row.subject_id
    return incidents.get_record(ws, subject), remote


def resolve_conflict(ws: Workspace, conflict_id: str, keep: Literal["local", "remote"],
                     note: str = "") -> None:
    """Keep the local or the bundle's version of a conflicting incident and close the conflict.

    Raises :class:`NotFound` for an unknown id, :class:`ValidationError` for a conflict that is
    not an open record conflict, or a bundle version that no longer validates.
    """
    if keep not in ("local", "remote"):
        raise ValidationError("keep must be 'local' or 'remote'", field="keep")
    with ws.session() as session:
        row = _open_record_conflict(session.get(ImportConflict, conflict_id), conflict_id)
        details = {"resolved_conflict": row.id, "kept": keep, "bundle_id": row.bundle_id,
                   "received_from": row.received_from, "note": note}
        if keep == "remote":
            remote = (row.remote_record or {}).get("record") or {}
            # Review status moves only through signed reviews, never through a merge.
            record = {k: v for k, v in remote.items() if k != "review_status"}
            incidents.update_in_session(session, ws, row.subject_id,
                                        incidents.parse_record(record), extra_details=details)
        else:
            custody.append(session, ws, "incident", row.subject_id, "edit",
                           {"changes": {}, **details})
        row.status = "resolved"
        row.resolved_at = now_utc()
        row.resolved_by = ws.fingerprint
        row.note = note or row.note
        session.add(row)


def _open_record_conflict(row: ImportConflict | None, conflict_id: str) -> ImportConflict:
    if row is None:
        raise NotFound(f"There is no import conflict {conflict_id!r}. 'evidence-app bundle "
                       "conflicts' lists them.")
    if row.kind != "record" or row.status != "open":
        raise ValidationError(f"conflict {conflict_id} is a {row.kind!r} entry with status "
                              f"{row.status!r}; only open record conflicts can be resolved",
                              field="conflict")
    return row
