"""Dossier ids, Evidence Reference Numbers (ERN) and exhibit numbers, all stable.

International courts stamp every page with an ERN, ``SITUATION-PARTY-BATCH-PAGE``
(DOMAIN.md, "Dossiers"): the case gives the first three parts (``Case.ern_prefix``, e.g.
``MMR-EA-0001``), the dossier the page number. Re-exporting the same selection must give the
same numbers, so nothing here depends on time or on the order ids were handed in:

* the dossier id is a hash of the case and the sorted incident ids; the redacted version's id
  is the original's with ``-R`` (so each names the other), and its page ERNs end in ``-R``;
* incidents are ordered by date (undated last), then id; exhibits by incident order, then
  ingest time, then id; exhibit numbers ``EXH-0001``... follow that order over the *full*
  selection, so a redacted dossier keeps the numbers of the original and shows the gaps.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime

DOSSIER_ID_VERSION = b"evidence-app dossier-id v1"
REDACTED_SUFFIX = "-R"
DEFAULT_ERN_PREFIX = "MMR-EA-0000"
_FAR_FUTURE = date.max


def dossier_id(case_id: str | None, incident_ids: Iterable[str], *, redacted: bool) -> str:
    """Return the dossier id of a selection, e.g. ``DOS-3F9A-B21C-0D4E`` (or ``...-R``)."""
    original = original_dossier_id(case_id, incident_ids)
    return original + REDACTED_SUFFIX if redacted else original


def original_dossier_id(case_id: str | None, incident_ids: Iterable[str]) -> str:
    """The unredacted dossier's id: 48 bits of SHA-256 over the case and sorted incident ids."""
    digest = hashlib.sha256(DOSSIER_ID_VERSION)
    digest.update(b"\ncase:" + (case_id or "").encode())
    for incident_id in sorted(set(incident_ids)):
        digest.update(b"\nincident:" + incident_id.encode())
    head = digest.hexdigest()[:12].upper()
    return f"DOS-{head[0:4]}-{head[4:8]}-{head[8:12]}"


def page_ern(prefix: str, page: int, *, redacted: bool = False) -> str:
    """The ERN of page ``page`` (1-based): ``MMR-EA-0001-0042``, or ``MMR-EA-0001-0042-R``."""
    if page < 1:
        raise ValueError("pages are numbered from 1")
    return f"{prefix}-{page:04d}{REDACTED_SUFFIX if redacted else ''}"


def exhibit_number(position: int) -> str:
    """The dossier's number for the exhibit at 1-based ``position``: ``EXH-0001``."""
    if position < 1:
        raise ValueError("exhibits are numbered from 1")
    return f"EXH-{position:04d}"


def incident_sort_key(date_start: date | None, incident_id: str) -> tuple[date, str]:
    """Incidents by date (undated last), then id."""
    return (date_start or _FAR_FUTURE, incident_id)


def order_incidents(incidents: Sequence[tuple[str, date | None]]) -> list[str]:
    """Return incident ids ``[(id, date_start), ...]`` in dossier order."""
    return [i for i, _ in sorted(incidents, key=lambda pair: incident_sort_key(pair[1], pair[0]))]


def order_exhibits(items: Sequence[tuple[str, str, datetime]],
                   incident_order: Sequence[str]) -> list[str]:
    """Return item ids ``[(item_id, incident_id, ingested_at), ...]`` in dossier order."""
    rank = {incident_id: index for index, incident_id in enumerate(incident_order)}
    ordered = sorted(items, key=lambda it: (rank.get(it[1], len(rank)), it[2], it[0]))
    return [item_id for item_id, _, _ in ordered]


def number_exhibits(ordered_item_ids: Sequence[str]) -> dict[str, str]:
    """Map item id -> exhibit number, in the given order."""
    return {item_id: exhibit_number(i) for i, item_id in enumerate(ordered_item_ids, start=1)}
