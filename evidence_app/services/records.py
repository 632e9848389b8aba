"""Converting between the record format (``IncidentCreate``) and the database rows.

Kept apart from :mod:`incidents` so that import (bundles, CSV) and the demo can build rows the
same way without going through the one-at-a-time service functions.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from evidence_app.errors import ValidationError
from evidence_app.model.schemas import IncidentCreate
from evidence_app.model.tables import (
    Act,
    CaseIncident,
    Incident,
    IncidentTranslation,
    Involvement,
    Perpetrator,
    Person,
    VictimCount,
)

PERSON_FIELDS = ("real_name", "sex", "age", "ethnicity", "contact", "consent", "notes")


def new_id() -> str:
    return str(uuid.uuid4())


def apply_scalars(row: Incident, data: IncidentCreate) -> None:
    """Copy the incident's own fields from the record onto the row."""
    row.title = data.title
    row.narrative = data.narrative
    row.narrative_language = data.narrative_language
    row.date_start = data.date.start
    row.date_end = data.date.end
    row.date_precision = data.date.precision
    row.time_local = data.date.time
    row.date_basis = data.date.basis
    place = data.place
    row.state_region = place.state_region
    row.district = place.district
    row.township = place.township
    row.village_tract = place.village_tract
    row.village = place.village
    row.place_description = place.description
    row.latitude = place.latitude
    row.longitude = place.longitude
    row.accuracy_m = place.accuracy_m
    row.location_status = place.status
    row.place_basis = place.basis
    row.confidentiality = data.confidentiality


def replace_children(session: Session, incident_id: str, data: IncidentCreate) -> None:
    """Replace acts, translations and involvements of an incident with those in ``data``."""
    session.flush()
    act_ids = select(Act.id).where(Act.incident_id == incident_id)
    # Children first: without ORM relationships the flush order is not guaranteed.
    session.execute(delete(Perpetrator).where(col(Perpetrator.act_id).in_(act_ids)))
    session.execute(delete(VictimCount).where(col(VictimCount.act_id).in_(act_ids)))
    session.execute(delete(Act).where(col(Act.incident_id) == incident_id))
    session.execute(delete(IncidentTranslation)
                    .where(col(IncidentTranslation.incident_id) == incident_id))
    session.execute(delete(Involvement).where(col(Involvement.incident_id) == incident_id))
    for position, act_in in enumerate(data.acts):
        act_row = Act(id=new_id(), incident_id=incident_id, position=position,
                      violation_code=act_in.violation, description=act_in.description,
                      characterizations=list(act_in.characterizations))
        session.add(act_row)
        for perp in act_in.perpetrators:
            session.add(Perpetrator(id=new_id(), act_id=act_row.id, kind=perp.kind,
                                    name=perp.name, actor_class=perp.actor_class,
                                    notes=perp.notes))
        for victims in act_in.victims:
            session.add(VictimCount(id=new_id(), act_id=act_row.id, outcome=victims.outcome,
                                    count=victims.count, notes=victims.notes))
    for tr in data.translations:
        session.add(IncidentTranslation(id=new_id(), incident_id=incident_id,
                                        language=tr.language, title=tr.title,
                                        narrative=tr.narrative, translator=tr.translator))
    for index, person_in in enumerate(data.people):
        person = upsert_person(session, person_in.model_dump(), f"people[{index}]")
        session.add(Involvement(id=new_id(), incident_id=incident_id, person_id=person.id,
                                role=person_in.role))


IDENTITY_FIELDS = ("real_name", "sex")


def upsert_person(session: Session, data: dict[str, Any], where: str) -> Person:
    """Find the person with this pseudonym, completing what is stored; refuse contradictions.

    A pseudonym names one person across the workspace. A record that gives another real name or
    sex than the one stored is refused rather than merged: mixing two people's identities is the
    worst mistake this data can suffer. Other fields take the newer non-blank value (an age or a
    consent given later), and differing notes are appended.
    """
    pseudonym = data["pseudonym"]
    person = session.exec(select(Person).where(Person.pseudonym == pseudonym)).first()
    if person is None:
        from evidence_app.services.workspace import now_utc

        person = Person(id=new_id(), pseudonym=pseudonym, created_at=now_utc(),
                        **{k: data[k] for k in PERSON_FIELDS if data.get(k) is not None})
        session.add(person)
        session.flush()
        return person
    for key in PERSON_FIELDS:
        new, old = data.get(key), getattr(person, key)
        if new in (None, "", "unknown", "not_asked") or new == old:
            continue
        blank_old = old in (None, "", "unknown", "not_asked")
        if key in IDENTITY_FIELDS and not blank_old:
            raise ValidationError(
                f"pseudonym {pseudonym} already names a person with another {key}; use another "
                "pseudonym for a different person, or correct the person first",
                field=f"{where}.{key}")
        if key == "notes" and not blank_old:
            if str(new) not in str(old):
                person.notes = f"{old}\n{new}"
            continue
        setattr(person, key, new)
    session.add(person)
    return person


def link_cases(session: Session, incident_id: str, case_ids: list[str], at: datetime) -> None:
    from evidence_app.model.tables import Case

    for index, ref in enumerate(case_ids):
        case = session.get(Case, ref) or session.exec(
            select(Case).where(Case.reference == ref)).first()
        if case is None:
            raise ValidationError(f"no case with id or reference {ref!r}; create it first with "
                                  "'evidence-app case add'", field=f"cases[{index}]")
        if session.get(CaseIncident, (case.id, incident_id)) is None:
            session.add(CaseIncident(case_id=case.id, incident_id=incident_id, added_at=at))


def to_record(session: Session, row: Incident) -> dict[str, Any]:
    """Return the incident as a JSON record (format v1) with its ``id``."""
    acts = []
    for act in session.exec(select(Act).where(Act.incident_id == row.id)
                            .order_by(col(Act.position))):
        perps = session.exec(select(Perpetrator).where(Perpetrator.act_id == act.id)).all()
        victims = session.exec(select(VictimCount).where(VictimCount.act_id == act.id)).all()
        acts.append({
            "violation": act.violation_code, "description": act.description,
            "characterizations": list(act.characterizations),
            "perpetrators": [{"kind": p.kind, "name": p.name, "actor_class": p.actor_class,
                              "notes": p.notes} for p in perps],
            "victims": [{"outcome": v.outcome, "count": v.count, "notes": v.notes}
                        for v in victims],
        })
    people = []
    for inv, person in session.exec(
            select(Involvement, Person).where(Involvement.incident_id == row.id)
            .where(Involvement.person_id == Person.id).order_by(col(Person.pseudonym))):
        entry: dict[str, Any] = {"pseudonym": person.pseudonym, "role": inv.role}
        entry.update({k: getattr(person, k) for k in PERSON_FIELDS})
        people.append(entry)
    translations = [{"language": t.language, "title": t.title, "narrative": t.narrative,
                     "translator": t.translator}
                    for t in session.exec(select(IncidentTranslation)
                                          .where(IncidentTranslation.incident_id == row.id))]
    cases = list(session.exec(select(CaseIncident.case_id)
                                     .where(CaseIncident.incident_id == row.id)))
    return {
        "schema": "evidence-app/incident@1", "id": row.id, "title": row.title,
        "narrative": row.narrative, "narrative_language": row.narrative_language,
        "translations": translations,
        "date": {"start": row.date_start.isoformat() if row.date_start else None,
                 "end": row.date_end.isoformat() if row.date_end else None,
                 "precision": row.date_precision, "time": row.time_local,
                 "basis": row.date_basis},
        "place": {"state_region": row.state_region, "district": row.district,
                  "township": row.township, "village_tract": row.village_tract,
                  "village": row.village, "description": row.place_description,
                  "latitude": row.latitude, "longitude": row.longitude,
                  "accuracy_m": row.accuracy_m, "status": row.location_status,
                  "basis": row.place_basis},
        "acts": acts, "people": people, "confidentiality": row.confidentiality,
        "review_status": row.review_status, "cases": sorted(cases),
    }


def search_text(record: dict[str, Any]) -> list[str | None]:
    """The parts of a record that full-text search covers (no real names: pseudonyms only)."""
    place = record["place"]
    parts: list[str | None] = [record["title"], record["narrative"], place["state_region"],
                               place["district"], place["township"], place["village_tract"],
                               place["village"], place["description"]]
    for tr in record["translations"]:
        parts += [tr["title"], tr["narrative"]]
    for act in record["acts"]:
        parts.append(act["description"])
        parts += [p["name"] for p in act["perpetrators"]]
    parts += [p["pseudonym"] for p in record["people"]]
    return parts
