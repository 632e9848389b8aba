"""Reading a dossier's selection out of the workspace, and shaping it for the layout.

:func:`resolve_selection` turns ``--case``/``--incident`` into an ordered list of incidents and
the ERN prefix; :func:`load_selection` reads everything in a handful of bulk queries (a
500-incident dossier must not cost thousands of round trips) into plain data; :func:`assemble`
numbers the exhibits, applies the redaction rules and the verification verdicts and returns the
:class:`~evidence_app.dossier.content.DossierContent` the layout prints. ORM rows never leave
the session (STYLE.md).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from evidence_app import __version__
from evidence_app.dossier import describe, numbering
from evidence_app.dossier.content import (
    ActEntry,
    CaseInfo,
    CustodyEntry,
    DossierContent,
    ExhibitEntry,
    IncidentEntry,
    PdfSignerInfo,
    PerpetratorEntry,
    PersonEntry,
    PreviewFn,
    ReviewSignoff,
    SignerEntry,
    TranslationEntry,
    Verdict,
    VictimEntry,
    WithheldExhibit,
)
from evidence_app.dossier.redaction import NoRedaction, ProtectedPerson, Redactor
from evidence_app.errors import NotFound, UsageError
from evidence_app.media.detect import media_kind
from evidence_app.model.tables import (
    Act,
    Case,
    CaseIncident,
    CustodyEvent,
    EvidenceItem,
    Identity,
    Incident,
    IncidentTranslation,
    Involvement,
    Perpetrator,
    Person,
    VictimCount,
)
from evidence_app.services import cases, custody
from evidence_app.services.workspace import Workspace

PREVIEW_PX = 1200  # long side of an embedded picture: ~180 dpi across the column
PREVIEW_LIMIT = 96 << 20  # larger images are described, not decoded
WITHHELD_LEVELS = ("confidential", "under_seal")
PROTECTED_ROLES = ("victim", "witness", "source")
_CHUNK = 500
T = TypeVar("T", bound=SQLModel)


@dataclass(frozen=True)
class Selection:
    case: CaseInfo | None
    ern_prefix: str
    incident_ids: list[str] = field(default_factory=list)  # in dossier order


@dataclass
class Loaded:
    """Everything the dossier prints, read in one read-only session, unredacted."""

    incidents: list[IncidentEntry]
    items: dict[str, dict[str, Any]]
    item_order: list[str]
    numbering: dict[str, str]
    withheld_ids: set[str]
    custody: dict[str, list[CustodyEntry]]
    identities: dict[str, Identity]
    protected: list[ProtectedPerson]
    children: dict[str, list[str]]


def resolve_selection(ws: Workspace, *, case: str | None,
                      incident_ids: list[str] | None) -> Selection:
    """The incidents of ``case``, or ``incident_ids`` (with their common case, if one)."""
    if case is None and not incident_ids:
        raise UsageError("Choose a case or at least one incident for the dossier.")
    with ws.session(write=False) as session:
        case_row = cases.find_case(session, case) if case is not None else None
        if case_row is not None:
            ids = list(session.exec(select(CaseIncident.incident_id)
                                    .where(CaseIncident.case_id == case_row.id)))
            if incident_ids:  # a subset of the case
                unknown = set(incident_ids) - set(ids)
                if unknown:
                    raise NotFound(f"Incident {sorted(unknown)[0]} is not in case {case}.")
                ids = list(incident_ids)
        else:
            ids = list(dict.fromkeys(incident_ids or []))
            found = set(session.exec(select(Incident.id).where(col(Incident.id).in_(ids))))
            missing = [i for i in ids if i not in found]
            if missing:
                raise NotFound(f"There is no incident with id {missing[0]}.")
            memberships: dict[str, set[str]] = defaultdict(set)
            for link in session.exec(select(CaseIncident)
                                     .where(col(CaseIncident.incident_id).in_(ids))):
                memberships[link.case_id].add(link.incident_id)
            common = sorted(c for c, members in memberships.items() if members == set(ids))
            case_row = session.get(Case, common[0]) if len(common) == 1 else None
        if not ids:
            raise UsageError("The case has no incidents; add incidents before exporting.")
        dated = [(i, d) for i, d in session.exec(
            select(Incident.id, col(Incident.date_start)).where(col(Incident.id).in_(ids)))]
        info = None
        if case_row is not None:
            info = CaseInfo(id=case_row.id, reference=case_row.reference, title=case_row.title,
                            description=case_row.description,
                            organisation=case_row.organisation, contact=case_row.contact,
                            confidentiality=case_row.confidentiality)
        prefix = case_row.ern_prefix if case_row is not None else numbering.DEFAULT_ERN_PREFIX
    return Selection(case=info, ern_prefix=prefix,
                     incident_ids=numbering.order_incidents(dated))


def _rows(session: Session, model: type[T], column: Any, values: Sequence[str],
          order: Any = None) -> list[T]:
    out: list[T] = []
    for start in range(0, len(values), _CHUNK):
        query = select(model).where(col(column).in_(values[start:start + _CHUNK]))
        if order is not None:
            query = query.order_by(order)
        out += list(session.exec(query))
    return out


def _custody_entry(event: CustodyEvent, identities: dict[str, Identity]) -> CustodyEntry:
    who = identities.get(event.actor)
    return CustodyEntry(subject_seq=event.subject_seq, at=event.at, actor=event.actor,
                        actor_alias=who.alias if who else event.actor[:16],
                        action=event.action, details=dict(event.details), hash=event.hash,
                        prev_hash=event.prev_hash, signature_hex=event.signature.hex(),
                        body=custody.event_bytes(event))


def load_selection(ws: Workspace, selection: Selection) -> Loaded:
    ids = selection.incident_ids
    with ws.session(write=False) as session:
        identities = {i.fingerprint: Identity.model_validate(i.model_dump())
                      for i in session.exec(select(Identity))}
        incidents = {r.id: r for r in _rows(session, Incident, Incident.id, ids)}
        acts = _rows(session, Act, Act.incident_id, ids, col(Act.position))
        act_ids = [a.id for a in acts]
        perps = defaultdict(list)
        for p in _rows(session, Perpetrator, Perpetrator.act_id, act_ids, col(Perpetrator.id)):
            perps[p.act_id].append(PerpetratorEntry(p.kind, p.name, p.actor_class, p.notes))
        victims = defaultdict(list)
        for v in _rows(session, VictimCount, VictimCount.act_id, act_ids, col(VictimCount.id)):
            victims[v.act_id].append(VictimEntry(v.outcome, v.count, v.notes))
        acts_by = defaultdict(list)
        for a in acts:
            acts_by[a.incident_id].append(ActEntry(
                a.violation_code, a.description, tuple(a.characterizations),
                tuple(perps[a.id]), tuple(victims[a.id])))
        translations = defaultdict(list)
        for t in _rows(session, IncidentTranslation, IncidentTranslation.incident_id, ids,
                       col(IncidentTranslation.language)):
            translations[t.incident_id].append(TranslationEntry(t.language, t.title,
                                                                t.narrative, t.translator))
        involvements = _rows(session, Involvement, Involvement.incident_id, ids,
                             col(Involvement.id))
        persons = {p.id: p for p in _rows(session, Person, Person.id,
                                          sorted({i.person_id for i in involvements}))}
        people = defaultdict(list)
        for inv in sorted(involvements, key=lambda i: (persons[i.person_id].pseudonym, i.role)):
            who = persons[inv.person_id]
            people[inv.incident_id].append(PersonEntry(
                who.pseudonym, inv.role, who.sex, who.consent, who.real_name, who.age,
                who.ethnicity, who.contact))
        protected = [ProtectedPerson(p.pseudonym, p.real_name, p.contact) for p in session.exec(
            select(Person).join(Involvement, col(Involvement.person_id) == Person.id)
            .where(col(Involvement.role).in_(PROTECTED_ROLES)).distinct())]
        item_rows = _rows(session, EvidenceItem, EvidenceItem.incident_id, ids)
        item_ids = [r.id for r in item_rows]
        children = defaultdict(list)
        for child_id, parent_id in session.exec(
                select(EvidenceItem.id, EvidenceItem.parent_id)
                .where(col(EvidenceItem.parent_id).in_(item_ids))
                .order_by(col(EvidenceItem.ingested_at), col(EvidenceItem.id))):
            if parent_id is not None:
                children[parent_id].append(child_id)
        events = defaultdict(list)
        for ev in _rows(session, CustodyEvent, CustodyEvent.subject_id, item_ids + ids,
                        col(CustodyEvent.seq)):
            events[ev.subject_id].append(ev)
        item_custody = {i: [_custody_entry(e, identities) for e in events[i]] for i in item_ids}
        entries = [_incident(incidents[i], acts_by[i], translations[i], people[i],
                             _signoff(events[i], identities)) for i in ids]
        items = {r.id: r.model_dump() for r in item_rows}
    order = numbering.order_exhibits(
        [(i["id"], i["incident_id"], i["ingested_at"]) for i in items.values()], ids)
    return Loaded(incidents=entries, items=items, item_order=order,
                  numbering=numbering.number_exhibits(order),
                  withheld_ids={i for i, row in items.items()
                                if row["confidentiality"] in WITHHELD_LEVELS},
                  custody=item_custody, identities=identities, protected=protected,
                  children=dict(children))


def _signoff(events: list[CustodyEvent], identities: dict[str, Identity]) -> ReviewSignoff | None:
    reviews = [e for e in events if e.action == "review" and e.details.get("to") == "verified"]
    if not reviews:
        return None
    last = reviews[-1]
    who = identities.get(last.actor)
    return ReviewSignoff(by=last.actor, by_alias=who.alias if who else last.actor[:16],
                         at=last.at, event_hash=last.hash)


def _incident(row: Incident, acts: list[ActEntry], translations: list[TranslationEntry],
              people: list[PersonEntry], signoff: ReviewSignoff | None) -> IncidentEntry:
    return IncidentEntry(
        id=row.id, title=row.title, narrative=row.narrative,
        narrative_language=row.narrative_language, translations=tuple(translations),
        date_start=row.date_start, date_end=row.date_end, date_precision=row.date_precision,
        time_local=row.time_local, date_basis=row.date_basis, state_region=row.state_region,
        district=row.district, township=row.township, village_tract=row.village_tract,
        village=row.village, place_description=row.place_description, latitude=row.latitude,
        longitude=row.longitude, accuracy_m=row.accuracy_m,
        location_status=row.location_status, place_basis=row.place_basis,
        confidentiality=row.confidentiality, review_status=row.review_status,
        signoff=signoff if row.review_status == "verified" else None, acts=tuple(acts),
        people=tuple(people), revision=row.revision)


def _deep(value: Any, redactor: Redactor) -> Any:
    if isinstance(value, str):
        return redactor.text(value)
    if isinstance(value, dict):
        return {k: _deep(v, redactor) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep(v, redactor) for v in value]
    return value


def _redact_incident(entry: IncidentEntry, r: Redactor) -> IncidentEntry:
    return dataclasses.replace(
        entry, title=r.text(entry.title), narrative=r.text(entry.narrative),
        date_basis=r.text(entry.date_basis), place_description=r.text(entry.place_description),
        place_basis=r.text(entry.place_basis), village=r.optional(entry.village),
        village_tract=r.optional(entry.village_tract),
        translations=tuple(TranslationEntry(t.language, r.text(t.title), r.text(t.narrative),
                                            r.text(t.translator)) for t in entry.translations),
        acts=tuple(dataclasses.replace(
            a, description=r.text(a.description),
            perpetrators=tuple(dataclasses.replace(p, notes=r.text(p.notes))
                               for p in a.perpetrators),
            victims=tuple(dataclasses.replace(v, notes=r.text(v.notes)) for v in a.victims))
            for a in entry.acts),
        people=tuple(PersonEntry(p.pseudonym, p.role, p.sex, p.consent) for p in entry.people))


def _exhibit(loaded: Loaded, item_id: str, verdict: Verdict, r: Redactor) -> ExhibitEntry:
    row = loaded.items[item_id]
    signer = loaded.identities.get(row["ingested_by"])
    events = loaded.custody.get(item_id, [])
    if not isinstance(r, NoRedaction):
        events = [dataclasses.replace(ev, details=_deep(ev.details, r),
                                      body=b"" if r.mentions(ev.body) else ev.body)
                  for ev in events]
    attestation, signature = row["attestation"], row["signature"]
    if r.mentions(attestation):
        attestation, signature = b"", b""
    return ExhibitEntry(
        exhibit_number=loaded.numbering[item_id], item_id=item_id,
        item_number=row["exhibit_number"], incident_id=row["incident_id"],
        description=r.text(row["description"]),
        original_filename=r.text(row["original_filename"]), media_type=row["media_type"],
        size=row["size"], sha256=row["sha256"], acquisition_method=row["acquisition_method"],
        source_url=r.optional(row["source_url"]), acquired_by=r.text(row["acquired_by"]),
        acquired_at=row["acquired_at"], acquisition_note=r.text(row["acquisition_note"]),
        device=r.text(row["device"]), ingested_at=row["ingested_at"],
        ingested_tz=row["ingested_tz"], app_version=row["app_version"],
        signer_fingerprint=row["ingested_by"],
        signer_alias=signer.alias if signer else row["ingested_by"][:16],
        file_metadata=_deep(row["file_metadata"] or {}, r), parent_id=row["parent_id"],
        derivative_kind=row["derivative_kind"],
        children=tuple(loaded.children.get(item_id, [])),
        confidentiality=row["confidentiality"], consent=row["consent"],
        graphic=bool(row["graphic"]), attestation=attestation, signature=signature,
        verdict=verdict, custody=tuple(events), kind=media_kind(row["media_type"]))


def assemble(ws: Workspace, selection: Selection, loaded: Loaded, *, redacted: bool,
             verdicts: dict[str, Verdict], signer: PdfSignerInfo | None) -> DossierContent:
    """The dossier's content; redacted: pseudonyms only, confidential exhibits withheld."""
    redactor = Redactor(loaded.protected) if redacted else NoRedaction()
    incidents = loaded.incidents
    if redacted:
        incidents = [_redact_incident(i, redactor) for i in incidents]
    withheld = []
    exhibits = []
    for item_id in loaded.item_order:
        row = loaded.items[item_id]
        if redacted and item_id in loaded.withheld_ids:
            level = describe.CONFIDENTIALITY.get(row["confidentiality"], "").lower()
            withheld.append(WithheldExhibit(loaded.numbering[item_id], row["incident_id"],
                                            f"marked {level}"))
            continue
        verdict = verdicts.get(item_id, Verdict("not_checked"))
        exhibits.append(_exhibit(loaded, item_id, verdict, redactor))
    case = selection.case or CaseInfo(
        id=None, reference="(no case)", title="Selected incidents", description="",
        organisation=signer.organisation if signer else "", contact="",
        confidentiality="confidential")
    if redacted:
        case = dataclasses.replace(case, title=redactor.text(case.title),
                                   description=redactor.text(case.description))
    fingerprints = {e.signer_fingerprint for e in exhibits}
    fingerprints |= {ev.actor for e in exhibits for ev in e.custody}
    fingerprints |= {i.signoff.by for i in incidents if i.signoff is not None}
    fingerprints.add(ws.fingerprint)
    signers = sorted((SignerEntry(fp, loaded.identities[fp].alias,
                                  loaded.identities[fp].public_key_pem,
                                  loaded.identities[fp].trust)
                      for fp in fingerprints if fp in loaded.identities),
                     key=lambda s: (s.alias.casefold(), s.fingerprint))
    levels = ([case.confidentiality] + [i.confidentiality for i in incidents]
              + [e.confidentiality for e in exhibits])
    case_id = selection.case.id if selection.case else None
    return DossierContent(
        dossier_id=numbering.dossier_id(case_id, selection.incident_ids, redacted=redacted),
        original_id=(numbering.original_dossier_id(case_id, selection.incident_ids)
                     if redacted else None),
        redacted=redacted, ern_prefix=selection.ern_prefix,
        created_at=datetime.now(UTC), marking=describe.marking(levels, redacted=redacted),
        case=case, incidents=tuple(incidents), exhibits=tuple(exhibits),
        withheld=tuple(withheld), signers=tuple(signers), gaps=(), pdf_signer=signer,
        app_version=__version__, numbering=dict(loaded.numbering))


def preview_fn(ws: Workspace, loaded: Loaded) -> PreviewFn:
    """Decrypt an image exhibit in memory and return a page-sized, metadata-free JPEG."""
    from evidence_app.media import MediaError
    from evidence_app.media.thumbnail import downscale_for_page

    def preview(item_id: str) -> bytes | None:
        row = loaded.items.get(item_id)
        if row is None or row["size"] > PREVIEW_LIMIT:
            return None
        try:
            data = ws.blobs.read_bytes(row["blob_name"], limit=PREVIEW_LIMIT)
        except Exception:  # an unreadable blob is reported by verification, not here
            return None
        try:
            return downscale_for_page(data, PREVIEW_PX)
        except (MediaError, ValueError):
            return None

    return preview


__all__ = ["Loaded", "Selection", "assemble", "load_selection",
           "preview_fn", "resolve_selection"]
