"""Database tables, after the HURIDOCS events model: case -> incident -> act -> involvement.

ORM rows never leave a session (STYLE.md); services convert them to ``schemas`` models. Times are
UTC, stored naive. Ids are random UUIDs (text), so records keep their identity when they move
between workspaces. Sensitive fields (real names, contacts) are ordinary columns: the whole
database is encrypted with SQLCipher, and redacted exports leave them out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

import evidence_app.model  # noqa: F401  (sets the naming convention first)


class Identity(SQLModel, table=True):
    """A signing key known to this workspace: a local user's, or a teammate's in the keyring."""

    fingerprint: str = Field(primary_key=True, max_length=64)
    alias: str = Field(max_length=120)
    public_key_pem: str
    trust: str = Field(default="trusted", max_length=16)  # own | trusted | untrusted | revoked
    user_id: str | None = Field(default=None, index=True, max_length=36)
    team: str | None = Field(default=None, max_length=120)
    added_at: datetime
    added_by: str | None = Field(default=None, max_length=64)


class Case(SQLModel, table=True):
    """An investigation or a dossier in preparation."""

    id: str = Field(primary_key=True, max_length=36)
    reference: str = Field(unique=True, max_length=64)
    title: str = Field(max_length=300)
    description: str = ""
    ern_prefix: str = Field(max_length=40)
    organisation: str = ""
    contact: str = ""
    confidentiality: str = Field(default="confidential", max_length=16)
    created_at: datetime
    created_by: str = Field(max_length=64)


class CaseIncident(SQLModel, table=True):
    """Membership of an incident in a case (an incident may serve several cases)."""

    case_id: str = Field(foreign_key="case.id", primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", primary_key=True, max_length=36)
    added_at: datetime


class Incident(SQLModel, table=True):
    """Something that happened at a place and a time."""

    # The incidents list pages through 100,000 rows ordered by one of these columns with the id
    # as tie-breaker; an index on (column, id) lets SQLite walk the order instead of sorting the
    # whole table for every page (bench/bench_gui_scroll.py; revision 0002).
    __table_args__ = (
        Index("ix_incident_list_date", "date_start", "id"),
        Index("ix_incident_list_title", "title", "id"),
        Index("ix_incident_list_place", "state_region", "id"),
        Index("ix_incident_list_status", "review_status", "id"),
        Index("ix_incident_list_created", "created_at", "id"),
    )

    id: str = Field(primary_key=True, max_length=36)
    title: str = Field(max_length=300)
    narrative: str = ""
    narrative_language: str = Field(default="en", max_length=16)
    date_start: date | None = Field(default=None, index=True)
    date_end: date | None = None
    date_precision: str = Field(default="day", max_length=8)  # exact|day|week|month|range|unknown
    time_local: str | None = Field(default=None, max_length=5)
    date_basis: str = ""
    state_region: str | None = Field(default=None, index=True, max_length=80)
    district: str | None = Field(default=None, max_length=80)
    township: str | None = Field(default=None, index=True, max_length=80)
    village_tract: str | None = Field(default=None, max_length=120)
    village: str | None = Field(default=None, max_length=120)
    place_description: str = ""
    latitude: float | None = None
    longitude: float | None = None
    accuracy_m: int | None = None
    location_status: str = Field(default="located", max_length=16)
    place_basis: str = ""
    confidentiality: str = Field(default="confidential", max_length=16)
    review_status: str = Field(default="draft", index=True, max_length=20)
    review_comment: str = ""
    revision: int = 1
    created_at: datetime = Field(index=True)
    created_by: str = Field(max_length=64)
    updated_at: datetime
    updated_by: str = Field(max_length=64)


class IncidentTranslation(SQLModel, table=True):
    """A translation of an incident's title and narrative into another language."""

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    language: str = Field(max_length=16)
    title: str = ""
    narrative: str = ""
    translator: str = ""


class Act(SQLModel, table=True):
    """One violation within an incident, with its candidate legal characterizations."""

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    position: int = 0
    violation_code: str = Field(index=True, max_length=8)
    description: str = ""
    characterizations: list[str] = Field(default_factory=list, sa_column=Column(JSON))


class Perpetrator(SQLModel, table=True):
    """An alleged perpetrator of an act: a unit (battalion, air force) or a person."""

    id: str = Field(primary_key=True, max_length=36)
    act_id: str = Field(foreign_key="act.id", index=True, max_length=36)
    kind: str = Field(default="unit", max_length=8)
    name: str = Field(max_length=300)
    actor_class: int | None = None
    notes: str = ""


class VictimCount(SQLModel, table=True):
    """How many people an act harmed, by outcome."""

    id: str = Field(primary_key=True, max_length=36)
    act_id: str = Field(foreign_key="act.id", index=True, max_length=36)
    outcome: str = Field(max_length=16)  # killed|injured|detained|disappeared|displaced
    count: int
    notes: str = ""


class Person(SQLModel, table=True):
    """A victim, witness or source, known by a pseudonym; the real identity is sensitive."""

    id: str = Field(primary_key=True, max_length=36)
    pseudonym: str = Field(unique=True, max_length=40)
    real_name: str = ""
    sex: str = Field(default="unknown", max_length=8)
    age: int | None = None
    ethnicity: str = ""
    contact: str = ""
    consent: str = Field(default="not_asked", max_length=16)
    notes: str = ""
    created_at: datetime


class Involvement(SQLModel, table=True):
    """A person's role in an incident (victim, witness, source, alleged perpetrator)."""

    __table_args__ = (UniqueConstraint("incident_id", "person_id", "role"),)

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    role: str = Field(max_length=24)
    notes: str = ""


class Blob(SQLModel, table=True):
    """One stored content: the plaintext hash lives here, inside the encrypted database."""

    name: str = Field(primary_key=True, max_length=64)
    sha256: str = Field(unique=True, max_length=64)
    size: int
    stored_at: datetime


class EvidenceItem(SQLModel, table=True):
    """A file supporting an incident, with what the Berkeley Protocol asks to record per item."""

    id: str = Field(primary_key=True, max_length=36)
    exhibit_number: str = Field(unique=True, max_length=24)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    blob_name: str = Field(foreign_key="blob.name", index=True, max_length=64)
    sha256: str = Field(index=True, max_length=64)
    size: int
    media_type: str = Field(max_length=120)
    original_filename: str = Field(max_length=1024)
    description: str = ""
    acquisition_method: str = Field(max_length=16)  # field|witness|web|import
    source_url: str | None = None
    acquired_by: str = ""
    acquired_at: datetime | None = None
    acquisition_note: str = ""
    device: str = ""
    ingested_at: datetime
    ingested_tz: str = Field(default="+00:00", max_length=6)
    ingested_by: str = Field(max_length=64)
    app_version: str = Field(max_length=32)
    file_metadata: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    parent_id: str | None = Field(default=None, foreign_key="evidenceitem.id", max_length=36)
    derivative_kind: str | None = Field(default=None, max_length=16)
    confidentiality: str = Field(default="confidential", max_length=16)
    consent: str = Field(default="not_asked", max_length=16)
    graphic: bool = False
    attestation: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class CustodyEvent(SQLModel, table=True):
    """One link of a subject's custody chain. Append-only: triggers refuse UPDATE and DELETE.

    Each subject (an item, an incident, a case) has its own hash chain, so an item's history
    travels with it to another workspace and can be checked there on its own.
    """

    __table_args__ = (UniqueConstraint("subject_id", "subject_seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=36)
    subject_type: str = Field(max_length=16)
    subject_id: str = Field(index=True, max_length=36)
    subject_seq: int
    at: str = Field(max_length=32)  # RFC 3339 UTC, exactly as signed
    actor: str = Field(max_length=64)
    action: str = Field(max_length=24)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Draft(SQLModel, table=True):
    """An unsaved incident editor's content, autosaved so a crash or a lock loses nothing.

    Drafts live only in this (encrypted) database, never in a file. ``key`` is the incident id,
    or ``new:<uuid>`` for an incident not saved yet; each local user has their own drafts.
    """

    key: str = Field(primary_key=True, max_length=80)
    owner: str = Field(primary_key=True, max_length=64)
    incident_id: str | None = Field(default=None, max_length=36)
    base_revision: int | None = None
    title: str = Field(default="", max_length=300)
    body: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    saved_at: datetime


class ImportConflict(SQLModel, table=True):
    """What a bundle import could not merge silently, kept for a person to look at.

    ``kind`` "record": an incident edited on both sides; the local version stays, the bundle's
    version is kept here (``remote_record``) with its diverging custody events, ``status``
    "open" until a person resolves it. ``kind`` "custody_branch": a chain that forked (e.g. an
    item viewed on both laptops); the other side's events are kept verbatim, signatures intact,
    ``status`` "recorded". ``kind`` "case_reference": a case whose reference was taken here and
    was stored under another one.
    """

    id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(max_length=24)
    status: str = Field(default="open", index=True, max_length=16)  # open|recorded|resolved
    subject_type: str = Field(max_length=16)
    subject_id: str = Field(index=True, max_length=36)
    bundle_id: str = Field(max_length=36)
    received_from: str = Field(max_length=64)
    received_by: str = Field(max_length=64)
    received_at: datetime
    local_head: str | None = Field(default=None, max_length=64)
    remote_head: str | None = Field(default=None, max_length=64)
    remote_record: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    remote_events: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    note: str = ""
    resolved_at: datetime | None = None
    resolved_by: str | None = Field(default=None, max_length=64)
