"""Cases: an investigation or dossier in preparation that gathers incidents."""

from __future__ import annotations

from pydantic import ValidationError as PydanticValidationError
from sqlmodel import Session, col, func, or_, select

from evidence_app.errors import NotFound, ValidationError
from evidence_app.model.schemas import CaseCreate, CaseRead
from evidence_app.model.tables import Case, CaseIncident, Incident
from evidence_app.services import custody, records
from evidence_app.services.workspace import Workspace, now_utc


def parse_case(data: object) -> CaseCreate:
    """Validate a case as entered; raises :class:`ValidationError` naming the first field at
    fault, with every field's problem in ``problems`` (a form shows each beside its field)."""
    try:
        return CaseCreate.model_validate(data)
    except PydanticValidationError as exc:
        found = [(".".join(str(p) for p in err["loc"]),
                  str(err["msg"]).removeprefix("Value error, ")) for err in exc.errors()]
        where, message = found[0]
        raise ValidationError(message, field=where, problems=found) from exc


def create_case(ws: Workspace, data: CaseCreate) -> CaseRead:
    with ws.session() as session:
        if session.exec(select(Case).where(Case.reference == data.reference)).first():
            raise ValidationError(f"a case with reference {data.reference!r} already exists",
                                  field="reference")
        row = Case(id=records.new_id(), created_at=now_utc(), created_by=ws.fingerprint,
                   **data.model_dump())
        session.add(row)
        session.flush()
        custody.append(session, ws, "case", row.id, "create", data.model_dump())
        return _read(session, row)


def find_case(session: Session, id_or_reference: str) -> Case:
    row = session.exec(select(Case).where(or_(Case.id == id_or_reference,
                                              Case.reference == id_or_reference))).first()
    if row is None:
        raise NotFound(f"There is no case {id_or_reference!r}. 'evidence-app case list' shows "
                       "the cases.")
    return row


def get_case(ws: Workspace, id_or_reference: str) -> CaseRead:
    with ws.session(write=False) as session:
        return _read(session, find_case(session, id_or_reference))


def list_cases(ws: Workspace) -> list[CaseRead]:
    with ws.session(write=False) as session:
        return [_read(session, c) for c in session.exec(select(Case)
                                                        .order_by(col(Case.created_at)))]


def case_incident_ids(ws: Workspace, id_or_reference: str) -> list[str]:
    """The ids of a case's incidents, by date then id (a stable order for numbering)."""
    with ws.session(write=False) as session:
        case = find_case(session, id_or_reference)
        return list(session.exec(
            select(Incident.id).join(CaseIncident, col(CaseIncident.incident_id) == Incident.id)
            .where(CaseIncident.case_id == case.id)
            .order_by(col(Incident.date_start), col(Incident.id))))


def add_incidents(ws: Workspace, id_or_reference: str, incident_ids: list[str]) -> int:
    """Put incidents into a case; return how many were newly added."""
    added = 0
    with ws.session() as session:
        case = find_case(session, id_or_reference)
        for incident_id in incident_ids:
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"There is no incident with id {incident_id}.")
            if session.get(CaseIncident, (case.id, incident_id)) is None:
                session.add(CaseIncident(case_id=case.id, incident_id=incident_id,
                                         added_at=now_utc()))
                custody.append(session, ws, "incident", incident_id, "edit",
                               {"changes": {"cases": {"added": case.id}}})
                added += 1
    return added


def remove_incidents(ws: Workspace, id_or_reference: str, incident_ids: list[str]) -> int:
    """Take incidents out of a case; return how many were in it and are now removed.

    The incidents themselves are untouched (an incident may serve several cases); each removal
    is a signed ``edit`` event in the incident's custody, like an addition. Ids that are not in
    the case are skipped. Raises :class:`NotFound` for an unknown case.
    """
    removed = 0
    with ws.session() as session:
        case = find_case(session, id_or_reference)
        for incident_id in incident_ids:
            link = session.get(CaseIncident, (case.id, incident_id))
            if link is not None:
                session.delete(link)
                custody.append(session, ws, "incident", incident_id, "edit",
                               {"changes": {"cases": {"removed": case.id}}})
                removed += 1
    return removed


def _read(session: Session, row: Case) -> CaseRead:
    count = session.exec(select(func.count()).select_from(CaseIncident)
                         .where(CaseIncident.case_id == row.id)).one()
    return CaseRead(**row.model_dump(), incident_count=count)
