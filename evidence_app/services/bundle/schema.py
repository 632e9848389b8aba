"""The bundle format, version 1: the bag's layout, its JSON documents, and the results handed out.

Layout of the bag (one folder in the zip; docs/bundle-format.md)::

    bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt
    tagmanifest-sha256.txt.sig  exporter.pem  README.txt
    data/bundle.json                          index (BundleIndex)
    data/records/<incident id>.json           IncidentCreate record format v1, with id
    data/cases/<case id>.json                 BundleCase
    data/items/<item id>.json                 BundleItem (metadata, paths of the rest)
    data/items/<item id>.attestation.json     the signed ingest attestation, exact bytes
    data/items/<item id>.attestation.json.sig raw Ed25519 signature (64 bytes)
    data/files/<sha256>[.ext]                 original evidence bytes, once per content
    data/custody/<subject id>.jsonl           custody chain: {"body", "hash", "signature"}
    data/keys/<fingerprint>.pem               every signer's Ed25519 public key

Versioning: ``bundle.json`` names ``evidence-app/bundle@1``; a reader refuses a schema it does
not know rather than guess (``BundleRejected``). Documents parsed from a bundle are untrusted:
models forbid unknown fields and bound every size. A document that breaks the format is
reported in words (:func:`problem_in_words`), never with a field's regular expression.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, overload

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from evidence_app.errors import BundleRejected

BUNDLE_SCHEMA = "evidence-app/bundle@1"
ITEM_SCHEMA = "evidence-app/item@1"
CASE_SCHEMA = "evidence-app/case@1"
RECORD_SCHEMA = "evidence-app/incident@1"

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.sig"
EXPORTER_PEM = "exporter.pem"
README = "README.txt"
INDEX = "data/bundle.json"
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, README, EXPORTER_PEM)

MAX_INDEX = 256 << 20
MAX_JSON = 32 << 20
MAX_PEM = 16 << 10
MAX_TAG = 512 << 20
MAX_CUSTODY_LINE = 32 << 20
HEX64 = r"^[0-9a-f]{64}$"
UUID = r"^[0-9a-f\-]{36}$"
SUBJECT_ID = r"^[0-9A-Za-z\-]{1,64}$"
HEX128 = r"^[0-9a-f]{128}$"

# What a ``pattern=`` of the format allows, in words. Pydantic's own message quotes the regular
# expression ("String should match pattern '^[0-9a-f]{64}$'"), which the CLI's report, the
# import dialog and a refusal would show as it is. The words replace the message only where a
# document's failure is reported (``problem_in_words``): the models keep their patterns, so what
# is valid is unchanged. A wrap validator on each field (as model.schemas does for records)
# would add a Python call per value, ~0.5 us here (pydantic 2.14): about 0.1 s on every import
# of a 10,000-item bundle (~200,000 ids and hashes), for a message only a broken bundle needs.
PATTERN_WORDS: dict[str, str] = {
    HEX64: "a SHA-256 is 64 characters 0-9 and a-f",
    UUID: "an id is 36 characters 0-9, a-f and hyphens",
    SUBJECT_ID: "a record's id is 1 to 64 letters, digits and hyphens",
    HEX128: "a signature is 128 characters 0-9 and a-f",
}
# Fields whose 64 hex characters are a signer's key fingerprint (the SHA-256 of the key).
_FINGERPRINT_FIELDS = frozenset({"fingerprint", "created_by", "updated_by", "ingested_by"})
FINGERPRINT_WORDS = "a key fingerprint is 64 characters 0-9 and a-f"
# What to do about any document of a bundle that is not in the format: it passed the bag's
# hashes, so it was written that way (a damaged export, or altered and signed again).
DAMAGED_ADVICE = "the bundle is damaged or was altered: ask the sender to export it again"


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IndexIncident(_Doc):
    id: str = Field(pattern=UUID)
    revision: int = Field(ge=1, le=10_000_000)
    created_at: datetime
    created_by: str = Field(pattern=HEX64)
    updated_at: datetime
    updated_by: str = Field(pattern=HEX64)
    review_comment: str = Field(default="", max_length=200_000)
    record: str = Field(max_length=200)


class IndexCase(_Doc):
    id: str = Field(pattern=UUID)
    file: str = Field(max_length=200)


class IndexItem(_Doc):
    id: str = Field(pattern=UUID)
    file: str = Field(max_length=200)


class IndexChain(_Doc):
    subject_type: Literal["incident", "item", "case"]
    subject_id: str = Field(pattern=SUBJECT_ID)
    file: str = Field(max_length=200)
    events: int = Field(ge=1)
    head: str = Field(pattern=HEX64)


class IndexKey(_Doc):
    fingerprint: str = Field(pattern=HEX64)
    alias: str = Field(default="", max_length=120)
    file: str = Field(max_length=200)


class IndexFile(_Doc):
    sha256: str = Field(pattern=HEX64)
    size: int = Field(ge=0)
    path: str = Field(max_length=200)


class Party(_Doc):
    fingerprint: str = Field(pattern=HEX64)
    alias: str = Field(default="", max_length=120)


class BundleIndex(_Doc):
    """``data/bundle.json``: what the bundle holds, and where."""

    schema_: str = Field(alias="schema")
    bundle_id: str = Field(pattern=UUID)
    created_at: datetime
    app: dict[str, str]
    exporter: Party
    recipient: Party | None = None
    scope: dict[str, Any] = Field(default_factory=dict)
    incidents: list[IndexIncident] = Field(max_length=1_000_000)
    cases: list[IndexCase] = Field(default_factory=list, max_length=100_000)
    items: list[IndexItem] = Field(max_length=1_000_000)
    custody: list[IndexChain] = Field(max_length=3_000_000)
    keys: list[IndexKey] = Field(max_length=10_000)
    files: list[IndexFile] = Field(max_length=1_000_000)
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class BundleItem(_Doc):
    """``data/items/<id>.json``: an evidence item as the exporting workspace recorded it."""

    schema_: str = Field(alias="schema")
    id: str = Field(pattern=UUID)
    exhibit_number: str = Field(max_length=24)
    incident_id: str = Field(pattern=UUID)
    sha256: str = Field(pattern=HEX64)
    hash_algorithm: Literal["SHA-256"] = "SHA-256"
    size: int = Field(ge=0)
    media_type: str = Field(max_length=120)
    original_filename: str = Field(max_length=1024)
    description: str = Field(default="", max_length=200_000)
    acquisition_method: Literal["field", "witness", "web", "import"]
    source_url: str | None = Field(default=None, max_length=8192)
    acquired_by: str = Field(default="", max_length=1000)
    acquired_at: datetime | None = None
    acquisition_note: str = Field(default="", max_length=200_000)
    device: str = Field(default="", max_length=1000)
    ingested_at: datetime
    ingested_tz: str = Field(max_length=6)
    ingested_by: str = Field(pattern=HEX64)
    app_version: str = Field(max_length=32)
    file_metadata: dict[str, Any] = Field(default_factory=dict)
    parent_id: str | None = Field(default=None, pattern=UUID)
    derivative_kind: str | None = Field(default=None, max_length=16)
    confidentiality: Literal["public", "confidential", "under_seal"] = "confidential"
    consent: str = Field(default="not_asked", max_length=16)
    graphic: bool = False
    file: str = Field(max_length=200)
    attestation: str = Field(max_length=200)
    signature: str = Field(max_length=200)
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class BundleCase(_Doc):
    schema_: str = Field(alias="schema")
    id: str = Field(pattern=UUID)
    reference: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(default="", max_length=200_000)
    ern_prefix: str = Field(max_length=40)
    organisation: str = Field(default="", max_length=300)
    contact: str = Field(default="", max_length=300)
    confidentiality: Literal["public", "confidential", "under_seal"] = "confidential"
    created_at: datetime
    created_by: str = Field(pattern=HEX64)
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CustodyLine(_Doc):
    body: dict[str, Any]
    hash: str = Field(pattern=HEX64)
    signature: str = Field(pattern=HEX128)


def _where(loc: tuple[int | str, ...]) -> str:
    """Pydantic's location ``("files", 3, "sha256")`` as ``files[3].sha256``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


def _in_words(error: ErrorDetails) -> str:
    kind = error["type"]
    field_name = next((p for p in reversed(error["loc"]) if isinstance(p, str)), "")
    if kind == "string_pattern_mismatch":
        pattern = (error.get("ctx") or {}).get("pattern", "")
        if pattern == HEX64 and field_name in _FINGERPRINT_FIELDS:
            return FINGERPRINT_WORDS
        return PATTERN_WORDS.get(pattern, "is not written in the form the bundle format "
                                          "requires")
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not part of the bundle format"
    return str(error["msg"]).removeprefix("Value error, ")


def problem_in_words(name: str, exc: PydanticValidationError) -> str:
    """The first thing wrong with the document ``name`` (``data/bundle.json``, an item's
    JSON, a custody line), said in words with what to do: "data/bundle.json: files[3].sha256:
    a SHA-256 is 64 characters 0-9 and a-f (the bundle is damaged or ...)". Never quotes a
    regular expression."""
    error = exc.errors(include_url=False)[0]
    return f"{name}: {_where(tuple(error['loc']))}: {_in_words(error)} ({DAMAGED_ADVICE})"


def iso(value: datetime | None) -> str | None:
    """UTC timestamp as signed elsewhere in the app (microseconds, ``Z``)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@overload
def utc(value: datetime) -> datetime: ...
@overload
def utc(value: None) -> None: ...
def utc(value: datetime | None) -> datetime | None:
    """An aware UTC datetime (naive ones are taken as UTC, as the database stores them)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


# --- results handed to the CLI and the GUI ----------------------------------------------------

@dataclass
class ItemCheck:
    """One evidence item's verification, for the per-item report."""

    item_id: str
    exhibit_number: str
    untrusted_filename: str
    sha256: str
    size: int
    signer: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class BundleReport:
    """Everything :func:`verify_bundle` checked; ``ok`` only if nothing failed."""

    path: Path
    encrypted: bool
    bundle_id: str = ""
    created_at: str = ""
    exporter_fingerprint: str = ""
    untrusted_exporter_alias: str = ""
    signature_ok: bool = False
    files_checked: int = 0
    bytes_checked: int = 0
    incidents: int = 0
    cases: int = 0
    chains: int = 0
    events: int = 0
    items: list[ItemCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and all(i.ok for i in self.items) and self.signature_ok

    def all_problems(self) -> list[str]:
        out = list(self.problems)
        for item in self.items:
            out += [f"item {item.item_id}: {p}" for p in item.problems]
        return out


class BundleVerificationFailed(BundleRejected):
    """The bundle was read but failed a check; ``report`` says which."""

    def __init__(self, report: BundleReport) -> None:
        problems = report.all_problems() or ["the exporter's signature is not valid"]
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more"
                                           if len(problems) > 5 else "")
        super().__init__(f"The bundle failed verification and was refused; nothing was "
                         f"written. {shown}")
        self.report = report


Action = Literal["add", "update", "present", "local_newer", "history", "conflict"]


@dataclass(frozen=True)
class Decision:
    """What importing will do with one incident, case or item (the pre-import summary)."""

    kind: Literal["incident", "case", "item"]
    id: str
    action: Action
    untrusted_label: str
    detail: str = ""


@dataclass(frozen=True)
class SignerInfo:
    fingerprint: str
    short_fingerprint: str
    untrusted_alias: str
    status: Literal["new", "known", "own", "revoked"]
    local_alias: str = ""


@dataclass
class BundlePlan:
    """Verification plus what an import would add, update or leave (nothing written yet)."""

    path: Path
    report: BundleReport
    decisions: list[Decision]
    signers: list[SignerInfo]
    new_files: int = 0
    new_bytes: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data: Any = field(default=None, repr=False)  # the parsed bundle (verify.ParsedBundle)

    @property
    def new_signers(self) -> list[SignerInfo]:
        return [s for s in self.signers if s.status == "new"]

    @property
    def changes(self) -> list[Decision]:
        return [d for d in self.decisions if d.action not in ("present", "local_newer")]

    @property
    def nothing_to_do(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for d in self.decisions:
            out.setdefault(d.kind, {}).setdefault(d.action, 0)
            out[d.kind][d.action] += 1
        return out


@dataclass
class BundleExportResult:
    path: Path
    bundle_id: str
    encrypted: bool
    recipient_fingerprint: str | None
    incidents: int
    cases: int
    items: int
    files: int
    payload_bytes: int
    size: int


@dataclass
class ImportResult:
    bundle_id: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    histories: int = 0
    files_stored: int = 0
    bytes_stored: int = 0
    signers_added: list[str] = field(default_factory=list)
    nothing_to_do: bool = False


README_TEXT = """\
Evidence App bundle {bundle_id}
Exported {created_at} by {alias} (key fingerprint {fingerprint}).

HOW TO CHECK THIS BUNDLE WITHOUT EVIDENCE APP
This folder is a BagIt bag (RFC 8493). Every file under data/ is listed with its SHA-256 in
manifest-sha256.txt. The other files are listed in tagmanifest-sha256.txt, which the exporter
signed with Ed25519 (tagmanifest-sha256.txt.sig; their public key is exporter.pem). If any step
below fails, do not trust this bundle.

1. Unzip the bundle and go into this folder.
2. Check the bag with the Library of Congress tool (pip install bagit):
     bagit.py --validate .
3. Or check every file's SHA-256 yourself:
     sha256sum -c manifest-sha256.txt
     sha256sum -c tagmanifest-sha256.txt
4. Check the exporter's signature over the tag manifest (prints "Signature Verified
   Successfully"):
     openssl pkeyutl -verify -pubin -inkey exporter.pem -rawin \\
         -in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig
5. The exporter's fingerprint is the SHA-256 of the raw public key:
     openssl pkey -pubin -in exporter.pem -outform DER | tail -c 32 | sha256sum
   It must equal {fingerprint}, and the fingerprint the exporter
   gave you in person or by phone.
6. Each evidence item: data/items/<id>.attestation.json names the SHA-256 of its file in
   data/files/ and is signed by the key data/keys/<signer>.pem ("signer" in the attestation):
     openssl pkeyutl -verify -pubin -inkey data/keys/<signer>.pem -rawin \\
         -in data/items/<id>.attestation.json -sigfile data/items/<id>.attestation.json.sig
7. data/custody/<id>.jsonl is each record's chain of custody, one event per line: "hash" is the
   SHA-256 of the RFC 8785 canonical JSON of "body", "signature" (hex) the actor's Ed25519
   signature of those bytes, and "prev_hash" links each event to the one before.
With Evidence App:  evidence-app bundle verify THIS-BUNDLE.zip

Evidence App အထောက်အထား အစုအဝေး {bundle_id}
Evidence App မပါဘဲ ဤအစုအဝေးကို စစ်ဆေးနည်း
ဤဖိုင်တွဲသည် BagIt bag (RFC 8493) ဖြစ်သည်။ data/ အောက်ရှိ ဖိုင်တိုင်း၏ SHA-256 ကို
manifest-sha256.txt တွင် ဖော်ပြထားသည်။ tagmanifest-sha256.txt ကို ထုတ်ပေးသူက Ed25519 ဖြင့်
လက်မှတ်ထိုးထားသည် (tagmanifest-sha256.txt.sig ၊ ထုတ်ပေးသူ၏ public key မှာ exporter.pem)။
အောက်ပါ အဆင့်တစ်ခုခု မအောင်မြင်ပါက ဤအစုအဝေးကို မယုံကြည်ပါနှင့်။

၁။ zip ဖိုင်ကို ဖြည်ပြီး ဤဖိုင်တွဲထဲသို့ ဝင်ပါ။
၂။ bag တစ်ခုလုံးကို စစ်ရန် -   bagit.py --validate .
၃။ ဖိုင်တိုင်း၏ SHA-256 ကို ကိုယ်တိုင် စစ်ရန် -
     sha256sum -c manifest-sha256.txt
     sha256sum -c tagmanifest-sha256.txt
၄။ ထုတ်ပေးသူ၏ လက်မှတ်ကို စစ်ရန် ("Signature Verified Successfully" ဟု ပြရမည်) -
     openssl pkeyutl -verify -pubin -inkey exporter.pem -rawin \\
         -in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig
၅။ ထုတ်ပေးသူ၏ fingerprint ကို တွက်ရန် -
     openssl pkey -pubin -in exporter.pem -outform DER | tail -c 32 | sha256sum
   ရလဒ်သည် {fingerprint} နှင့် တူရမည်။ ထုတ်ပေးသူထံမှ
   လူချင်းတွေ့၍ (သို့) ဖုန်းဖြင့် ရရှိသော fingerprint နှင့်လည်း တိုက်စစ်ပါ။
၆။ အထောက်အထား တစ်ခုချင်းစီ၏ attestation (data/items/<id>.attestation.json) ကို
   လက်မှတ်ထိုးသူ၏ key (data/keys/<signer>.pem) ဖြင့် အဆင့် ၄ ကဲ့သို့ စစ်ပါ။
၇။ data/custody/ တွင် မှတ်တမ်းတစ်ခုချင်းစီ၏ ထိန်းသိမ်းမှု မှတ်တမ်း (chain of custody) ရှိသည်။
Evidence App ဖြင့် -  evidence-app bundle verify THIS-BUNDLE.zip
"""
