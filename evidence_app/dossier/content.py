"""What a dossier holds, as plain data: the contract between the services and the layout.

The services read the workspace (records, items, custody, verification, keys), apply the
redaction rules, and hand the layout a :class:`DossierContent`; nothing below this line touches
the database, the blob store or the keys (the layers of docs/ARCHITECTURE.md). Images reach the
layout through a :data:`PreviewFn` called while the page is drawn, so at most one decrypted
image is in memory at a time and none is ever written to disk.

Every string in here may be untrusted user text: the layout prints it with
:func:`evidence_app.dossier.text.para`, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

PreviewFn = Callable[[str], bytes | None]
"""``preview(item_id)`` -> a page-sized JPEG of the item, or None when it is not an image."""


@dataclass(frozen=True)
class CaseInfo:
    id: str | None
    reference: str
    title: str
    description: str
    organisation: str
    contact: str
    confidentiality: str


@dataclass(frozen=True)
class PersonEntry:
    """A person involved in an incident. Identity fields are None in a redacted dossier."""

    pseudonym: str
    role: str
    sex: str
    consent: str
    real_name: str | None = None
    age: int | None = None
    ethnicity: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class PerpetratorEntry:
    kind: str
    name: str
    actor_class: int | None
    notes: str


@dataclass(frozen=True)
class VictimEntry:
    outcome: str
    count: int
    notes: str


@dataclass(frozen=True)
class ActEntry:
    violation_code: str
    description: str
    characterizations: tuple[str, ...]
    perpetrators: tuple[PerpetratorEntry, ...]
    victims: tuple[VictimEntry, ...]


@dataclass(frozen=True)
class TranslationEntry:
    language: str
    title: str
    narrative: str
    translator: str


@dataclass(frozen=True)
class ReviewSignoff:
    """The signed custody event that moved an incident to ``verified``."""

    by: str
    by_alias: str
    at: str
    event_hash: str


@dataclass(frozen=True)
class IncidentEntry:
    id: str
    title: str
    narrative: str
    narrative_language: str
    translations: tuple[TranslationEntry, ...]
    date_start: date | None
    date_end: date | None
    date_precision: str
    time_local: str | None
    date_basis: str
    state_region: str | None
    district: str | None
    township: str | None
    village_tract: str | None
    village: str | None
    place_description: str
    latitude: float | None
    longitude: float | None
    accuracy_m: int | None
    location_status: str
    place_basis: str
    confidentiality: str
    review_status: str
    signoff: ReviewSignoff | None
    acts: tuple[ActEntry, ...]
    people: tuple[PersonEntry, ...]
    revision: int = 1


@dataclass(frozen=True)
class CustodyEntry:
    subject_seq: int
    at: str
    actor: str
    actor_alias: str
    action: str
    details: dict[str, Any]
    hash: str
    prev_hash: str
    signature_hex: str
    body: bytes = b""  # the signed canonical JSON; empty when a redacted dossier withholds it


@dataclass(frozen=True)
class Verdict:
    """An item's integrity and signature status when the dossier was made (services.verify)."""

    status: str  # intact | modified | missing | signature_invalid | unknown_signer | chain_broken
    findings: tuple[str, ...] = ()
    checked_at: str = ""


@dataclass(frozen=True)
class ExhibitEntry:
    exhibit_number: str  # this dossier's number, e.g. EXH-0007
    item_id: str
    item_number: str  # the workspace's exhibit label, e.g. EX-00012
    incident_id: str
    description: str
    original_filename: str
    media_type: str
    size: int
    sha256: str
    acquisition_method: str
    source_url: str | None
    acquired_by: str
    acquired_at: datetime | None
    acquisition_note: str
    device: str
    ingested_at: datetime
    ingested_tz: str
    app_version: str
    signer_fingerprint: str
    signer_alias: str
    file_metadata: dict[str, Any]
    parent_id: str | None
    derivative_kind: str | None
    children: tuple[str, ...]
    confidentiality: str
    consent: str
    graphic: bool
    attestation: bytes  # empty when a redacted dossier withholds it (it names a protected person)
    signature: bytes
    verdict: Verdict
    custody: tuple[CustodyEntry, ...]
    kind: str = "other"  # media.detect.media_kind of media_type: image, video, audio, document...


@dataclass(frozen=True)
class WithheldExhibit:
    """An exhibit left out of a redacted dossier: its number stays, its content does not."""

    exhibit_number: str
    incident_id: str
    reason: str


@dataclass(frozen=True)
class SignerEntry:
    fingerprint: str
    alias: str
    public_key_pem: str
    trust: str


@dataclass(frozen=True)
class Gap:
    """Something an incident or exhibit lacks against the Berkeley Protocol or the Leiden
    Guidelines. ``severity`` is ``high`` (a court may refuse it), ``medium`` or ``low``."""

    subject_type: str  # incident | exhibit
    subject_id: str
    label: str  # the incident title or the exhibit number, for people
    code: str
    severity: str
    message: str
    standard: str
    # The message before its values were filled in, and those values: the dossier and the GUI
    # translate the template (context "readiness", dossier_<lang>.ts) and fill it again.
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()
    # Values that are the app's own English words (a derivative's kind), with the catalogue
    # context that translates them; other values (pseudonyms, codes) are data, kept as they are.
    worded: tuple[tuple[str, str], ...] = ()

    def text(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate`` (``words.Words.translate``)."""
        if not self.template:
            return self.message
        values = dict(self.values)
        for name, context in self.worded:
            values[name] = translate(context, values[name])
        return translate("readiness", self.template).format(**values)


@dataclass(frozen=True)
class PdfSignerInfo:
    """Who signs the PDF, and the Ed25519-signed statement binding the P-256 key to them."""

    alias: str
    organisation: str
    ed25519_fingerprint: str
    p256_public_pem: str
    p256_spki_sha256: str
    certificate_sha256: str
    binding_statement: bytes
    binding_signature: bytes


@dataclass(frozen=True)
class DossierContent:
    dossier_id: str
    original_id: str | None  # the unredacted dossier's id, for a redacted one
    redacted: bool
    ern_prefix: str
    created_at: datetime
    marking: str
    case: CaseInfo
    incidents: tuple[IncidentEntry, ...]
    exhibits: tuple[ExhibitEntry, ...]
    withheld: tuple[WithheldExhibit, ...]
    signers: tuple[SignerEntry, ...]
    gaps: tuple[Gap, ...]
    pdf_signer: PdfSignerInfo | None
    app_version: str
    numbering: dict[str, str] = field(default_factory=dict)  # item id -> exhibit number, all
    language: str = "en"  # of the dossier's fixed texts (dossier.words); records stay as written

    @property
    def ern_suffix(self) -> str:
        return "-R" if self.redacted else ""

    def exhibits_of(self, incident_id: str) -> list[ExhibitEntry]:
        return list(self._by_incident.get(incident_id, ()))

    @cached_property
    def _by_incident(self) -> dict[str, list[ExhibitEntry]]:
        """Exhibits per incident, in order: asked per incident, a scan each was quadratic."""
        index: dict[str, list[ExhibitEntry]] = {}
        for e in self.exhibits:
            index.setdefault(e.incident_id, []).append(e)
        return index


@dataclass(frozen=True)
class ExhibitPages:
    exhibit_number: str
    item_id: str
    ern_first: str
    ern_last: str


@dataclass(frozen=True)
class LayoutResult:
    """What the layout learnt while drawing: page count and where each exhibit landed."""

    pages: int
    exhibits: tuple[ExhibitPages, ...]
