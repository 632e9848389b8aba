"""Drafts: the incident editor's unsaved content, autosaved inside the encrypted database.

A draft is not a record: it has no custody events and no signature, and it never leaves the
workspace. It exists so that nothing typed is lost to a crash, an auto-lock or a quick exit. It is
stored as JSON in the ``draft`` table of the SQLCipher database (never in a plaintext file:
NOTES.md, "nothing outside the encrypted database should reveal titles"). Drafts belong to the
local user who wrote them; ``key`` is the incident id, or ``new:<uuid>`` for a new incident.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import col, select

from evidence_app.errors import ValidationError
from evidence_app.model.tables import Draft
from evidence_app.services.workspace import Workspace, now_utc

MAX_DRAFT_BYTES = 8 * 1024 * 1024
NEW_PREFIX = "new:"


class DraftRead(BaseModel):
    key: str
    incident_id: str | None
    base_revision: int | None
    title: str
    body: dict[str, Any]
    saved_at: datetime


def _read(row: Draft) -> DraftRead:
    return DraftRead(key=row.key, incident_id=row.incident_id, base_revision=row.base_revision,
                     title=row.title, body=dict(row.body or {}), saved_at=row.saved_at)


def save_draft(ws: Workspace, key: str, body: dict[str, Any], *,
               incident_id: str | None = None, base_revision: int | None = None) -> DraftRead:
    """Store (or replace) the current user's draft under ``key``.

    ``body`` is whatever the editor needs to restore its fields (any JSON object); it is not
    validated as a record, since a draft may be half-written. Raises :class:`ValidationError`
    for a key that is empty or too long, or a body that is not JSON or larger than 8 MiB.
    """
    if not key or len(key) > 80:
        raise ValidationError("a draft needs a key of 1 to 80 characters", field="key")
    try:
        size = len(json.dumps(body, ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError) as exc:
        raise ValidationError("the draft is not JSON", field="body") from exc
    if size > MAX_DRAFT_BYTES:
        raise ValidationError("the draft is too large to keep", field="body")
    title = str(body.get("title", ""))[:300]
    with ws.session() as session:
        row = session.get(Draft, (key, ws.fingerprint))
        if row is None:
            row = Draft(key=key, owner=ws.fingerprint, saved_at=now_utc())
        row.incident_id = incident_id
        row.base_revision = base_revision
        row.title = title
        row.body = body
        row.saved_at = now_utc()
        session.add(row)
        session.flush()
        return _read(row)


def get_draft(ws: Workspace, key: str) -> DraftRead | None:
    """Return the current user's draft under ``key``, or None."""
    with ws.session(write=False) as session:
        row = session.get(Draft, (key, ws.fingerprint))
        return _read(row) if row is not None else None


def list_drafts(ws: Workspace) -> list[DraftRead]:
    """The current user's drafts, newest first."""
    with ws.session(write=False) as session:
        rows = session.exec(select(Draft).where(Draft.owner == ws.fingerprint)
                            .order_by(col(Draft.saved_at).desc()))
        return [_read(r) for r in rows]


def delete_draft(ws: Workspace, key: str) -> bool:
    """Remove the current user's draft under ``key``; return whether there was one."""
    with ws.session() as session:
        row = session.get(Draft, (key, ws.fingerprint))
        if row is None:
            return False
        session.delete(row)
        return True
