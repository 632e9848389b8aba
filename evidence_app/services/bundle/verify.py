"""Standalone verification of a bundle: no workspace, no passphrase (unless it is encrypted).

:func:`verify_bundle` checks, in this order, and reports every failure it finds:

1. the bag: ``bagit.txt``, every ``manifest-sha256.txt`` entry present and its SHA-256 right, no
   payload file beyond the manifest, the tag manifest complete and right, ``Payload-Oxum``;
2. the exporter's Ed25519 signature over ``tagmanifest-sha256.txt`` (``exporter.pem``);
3. ``data/bundle.json``: a schema this app knows, every file it names present, nothing unnamed;
4. the signers' keys (fingerprint = file name = index), records (record format v1), cases;
5. per item: the attestation's signature by its signer, the attestation agreeing with the item
   (id, incident, SHA-256, size, signer), the file's hash and size;
6. per subject, the custody chain: sequence 1..n, each ``prev_hash`` the previous ``hash``, each
   ``hash`` the SHA-256 of the canonical body, each signature by the actor's key.

Duplicate ids with different content are refused. The :class:`ParsedBundle` it builds is what
the importer merges, so nothing is imported that was not verified.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.signing import BadKey, PublicIdentity
from evidence_app.errors import BundleRejected
from evidence_app.model.tables import CustodyEvent
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import custody, ingest
from evidence_app.services.bundle import schema as S
from evidence_app.services.bundle.crypt import BundleIdentity
from evidence_app.services.bundle.reader import BundleArchive, open_bundle
from evidence_app.services.incidents import parse_record

_BODY_KEYS = {"type", "version", "id", "subject_type", "subject_id", "subject_seq", "at",
              "actor", "action", "details", "prev_hash"}


@dataclass
class ParsedBundle:
    """A verified bundle's documents, ready to merge (files stay in the zip)."""

    index: S.BundleIndex
    tagmanifest_sha256: str
    manifest: dict[str, str]
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    incident_meta: dict[str, S.IndexIncident] = field(default_factory=dict)
    cases: dict[str, S.BundleCase] = field(default_factory=dict)
    items: dict[str, S.BundleItem] = field(default_factory=dict)
    attestations: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    chains: dict[str, tuple[str, list[CustodyEvent]]] = field(default_factory=dict)
    keys: dict[str, PublicIdentity] = field(default_factory=dict)
    key_aliases: dict[str, str] = field(default_factory=dict)


class _Fatal(Exception):
    """Stop checking: what follows cannot be checked meaningfully."""


def verify_bundle(path: Path, *, identity: BundleIdentity | None = None,
                  progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> S.BundleReport:
    """Check a bundle completely and return the per-item report (``report.ok``).

    Raises :class:`BundleRejected` only when the file cannot be read as a bundle at all (not a
    zip, unsafe entries, zip bomb, encrypted for someone else); every other failure is listed
    in the report.
    """
    report, _parsed = check(path, identity=identity, progress=progress, cancel=cancel)
    return report


def check(path: Path, *, identity: BundleIdentity | None = None,
          progress: ProgressFn = no_progress, cancel: CancelToken | None = None
          ) -> tuple[S.BundleReport, ParsedBundle | None]:
    """Verify ``path``; return the report and, if everything passed, the parsed bundle."""
    with open_bundle(path, identity=identity) as archive:
        report = S.BundleReport(path=path, encrypted=archive.encrypted)
        try:
            parsed = _Checker(archive, report, progress, cancel).run()
        except _Fatal:
            parsed = None
        except RecursionError as exc:
            raise BundleRejected("The bundle holds JSON nested too deeply to read.") from exc
    return report, (parsed if report.ok else None)


def _json(raw: bytes, name: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BundleRejected(f"{name} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise BundleRejected(f"{name} is not valid JSON (line {exc.lineno}).") from exc


class _Checker:
    def __init__(self, archive: BundleArchive, report: S.BundleReport, progress: ProgressFn,
                 cancel: CancelToken | None) -> None:
        self.a = archive
        self.r = report
        self.progress = progress
        self.cancel = cancel

    def fail(self, message: str) -> None:
        self.r.problems.append(message)

    def fatal(self, message: str) -> _Fatal:
        self.fail(message)
        return _Fatal(message)

    def run(self) -> ParsedBundle:
        manifest, tag_sha = self._bag()
        self._signature()
        self._hash_payload(manifest)
        index = self._index()
        parsed = ParsedBundle(index=index, tagmanifest_sha256=tag_sha, manifest=manifest)
        self._referenced(index, manifest)
        self._keys(index, parsed)
        self._records(index, parsed)
        self._items(index, manifest, parsed)
        self._chains(index, parsed)
        return parsed

    # -- the bag ---------------------------------------------------------------------------

    def _bag(self) -> tuple[dict[str, str], str]:
        names = set(self.a.members)
        for required in (S.BAGIT_TXT, S.MANIFEST, S.TAGMANIFEST, S.SIGNATURE, S.EXPORTER_PEM,
                         S.INDEX):
            if required not in names:
                raise self.fatal(f"the bundle has no {required}; it is incomplete or not an "
                                 "Evidence App bundle")
        bagit_txt = self.a.read(S.BAGIT_TXT, 4096).decode("utf-8", "replace")
        if "BagIt-Version: 1.0" not in bagit_txt:
            raise self.fatal("bagit.txt does not declare BagIt-Version 1.0")
        manifest = self._manifest(S.MANIFEST, lambda p: p.startswith("data/"))
        for path in sorted(names - set(manifest)):
            if path.startswith("data/"):
                self.fail(f"extra file not in the manifest: {path}")
        for path in sorted(set(manifest) - names):
            self.fail(f"missing file listed in the manifest: {path}")
        tags = self._manifest(S.TAGMANIFEST, lambda p: not p.startswith("data/"))
        for path, digest in sorted(tags.items()):
            if path not in names:
                self.fail(f"missing tag file listed in the tag manifest: {path}")
            elif hashlib.sha256(self.a.read(path, S.MAX_TAG)).hexdigest() != digest:
                self.fail(f"tag file {path} does not match its SHA-256 in the tag manifest")
        for path in sorted(names):
            if not path.startswith("data/") and path not in tags \
                    and path not in (S.TAGMANIFEST, S.SIGNATURE):
                self.fail(f"extra tag file not in the tag manifest: {path}")
        for required in (S.MANIFEST, S.EXPORTER_PEM, S.BAGIT_TXT):
            if required not in tags:
                self.fail(f"the tag manifest does not cover {required}")
        if self.r.problems:
            raise _Fatal("bag")
        tag_raw = self.a.read(S.TAGMANIFEST, S.MAX_TAG)
        return manifest, hashlib.sha256(tag_raw).hexdigest()

    def _manifest(self, name: str, allowed: Callable[[str], bool]) -> dict[str, str]:
        entries: dict[str, str] = {}
        text = self.a.read(name, S.MAX_TAG).decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), 1):
            digest, _sep, path = line.strip().partition(" ")
            path = path.strip().lstrip("*")
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()) \
                    or not path:
                raise self.fatal(f"{name} line {number} is malformed")
            if not allowed(path) or path in entries:
                raise self.fatal(f"{name} line {number} names {path!r} wrongly or twice")
            entries[path] = digest.lower()
        return entries

    def _signature(self) -> None:
        pem = self.a.read(S.EXPORTER_PEM, S.MAX_PEM)
        try:
            exporter = PublicIdentity.from_pem(pem)
        except BadKey as exc:
            raise self.fatal("exporter.pem is not an Ed25519 public key") from exc
        self.r.exporter_fingerprint = exporter.fingerprint
        signature = self.a.read(S.SIGNATURE, 1024)
        tagmanifest = self.a.read(S.TAGMANIFEST, S.MAX_TAG)
        self.r.signature_ok = len(signature) == 64 and exporter.verify(signature, tagmanifest)
        if not self.r.signature_ok:
            raise self.fatal("the exporter's signature over tagmanifest-sha256.txt is not "
                             "valid: the bundle was altered, or signed by someone else")

    def _hash_payload(self, manifest: dict[str, str]) -> None:
        total = sum(self.a.file_size(p) for p in manifest)
        done = 0

        def on_bytes(count: int) -> None:
            nonlocal done
            done += count
            self.progress(done, total, "checking file hashes")

        for path, expected in sorted(manifest.items()):
            digest, size = self.a.sha256(path, cancel=self.cancel, on_bytes=on_bytes)
            self.r.files_checked += 1
            self.r.bytes_checked += size
            if digest != expected:
                self.fail(f"{path} does not match its SHA-256 in the manifest (altered or "
                          "damaged)")
        info = self.a.read(S.BAG_INFO, 1 << 20).decode("utf-8", "replace") \
            if S.BAG_INFO in self.a.members else ""
        oxum = next((line.split(":", 1)[1].strip() for line in info.splitlines()
                     if line.lower().startswith("payload-oxum:")), None)
        if oxum is not None and oxum != f"{self.r.bytes_checked}.{self.r.files_checked}":
            self.fail(f"bag-info.txt's Payload-Oxum {oxum} does not match the payload")
        if self.r.problems:
            raise _Fatal("payload")

    # -- the index and documents -----------------------------------------------------------

    def _index(self) -> S.BundleIndex:
        raw = _json(self.a.read(S.INDEX, S.MAX_INDEX), S.INDEX)
        schema = raw.get("schema") if isinstance(raw, dict) else None
        if schema != S.BUNDLE_SCHEMA:
            raise self.fatal(f"unknown bundle format {schema!r}: this app reads "
                             f"{S.BUNDLE_SCHEMA!r}. Install a newer Evidence App to read it")
        try:
            index = S.BundleIndex.model_validate(raw)
        except PydanticValidationError as exc:
            raise self.fatal(S.problem_in_words(S.INDEX, exc)) from exc
        self.r.bundle_id = index.bundle_id
        self.r.created_at = S.iso(index.created_at) or ""
        self.r.untrusted_exporter_alias = index.exporter.alias
        if index.exporter.fingerprint != self.r.exporter_fingerprint:
            raise self.fatal("bundle.json names another exporter than exporter.pem")
        return index

    def _referenced(self, index: S.BundleIndex, manifest: dict[str, str]) -> None:
        named = [S.INDEX] + [i.record for i in index.incidents] + [c.file for c in index.cases] \
            + [c.file for c in index.custody] + [k.file for k in index.keys] \
            + [f.path for f in index.files]
        for item in index.items:
            named += [item.file, f"data/items/{item.id}.attestation.json",
                      f"data/items/{item.id}.attestation.json.sig"]
        seen: set[str] = set()
        for path in named:
            if path not in manifest:
                self.fail(f"bundle.json names {path}, which the bag does not hold")
            seen.add(path)
        for path in sorted(set(manifest) - seen):
            self.fail(f"extra file that bundle.json does not name: {path}")
        for kind, ids in (("incident", [i.id for i in index.incidents]),
                          ("case", [c.id for c in index.cases]),
                          ("item", [i.id for i in index.items]),
                          ("custody chain", [c.subject_id for c in index.custody]),
                          ("file", [f.sha256 for f in index.files])):
            if len(ids) != len(set(ids)):
                self.fail(f"duplicate {kind} ids in bundle.json")
        for entry in index.files:
            if manifest.get(entry.path) != entry.sha256:
                self.fail(f"{entry.path}: its SHA-256 differs from bundle.json's")
        if self.r.problems:
            raise _Fatal("index")

    def _keys(self, index: S.BundleIndex, parsed: ParsedBundle) -> None:
        for key in index.keys:
            try:
                ident = PublicIdentity.from_pem(self.a.read(key.file, S.MAX_PEM))
            except BadKey:
                self.fail(f"{key.file} is not an Ed25519 public key")
                continue
            if ident.fingerprint != key.fingerprint \
                    or key.file != f"data/keys/{key.fingerprint}.pem":
                self.fail(f"{key.file}: the key's fingerprint does not match its name")
                continue
            parsed.keys[key.fingerprint] = ident
            parsed.key_aliases[key.fingerprint] = key.alias
        if self.r.problems:
            raise _Fatal("keys")

    def _records(self, index: S.BundleIndex, parsed: ParsedBundle) -> None:
        from evidence_app.errors import ValidationError

        for meta in index.incidents:
            raw = _json(self.a.read(meta.record, S.MAX_JSON), meta.record)
            try:
                record = parse_record(raw)
            except ValidationError as exc:
                self.fail(f"{meta.record}: {exc.message} ({S.DAMAGED_ADVICE})")
                continue
            if record.id != meta.id or meta.record != f"data/records/{meta.id}.json":
                self.fail(f"{meta.record}: the record's id does not match bundle.json")
                continue
            parsed.records[meta.id] = raw
            parsed.incident_meta[meta.id] = meta
        for entry in index.cases:
            try:
                case = S.BundleCase.model_validate(_json(self.a.read(entry.file, S.MAX_JSON),
                                                         entry.file))
            except PydanticValidationError as exc:
                self.fail(S.problem_in_words(entry.file, exc))
                continue
            if case.id != entry.id or case.schema_ != S.CASE_SCHEMA:
                self.fail(f"{entry.file}: unknown case format or id")
                continue
            parsed.cases[case.id] = case
        for incident_id, raw_record in parsed.records.items():
            for ref in raw_record.get("cases", []):
                if ref not in parsed.cases:
                    self.fail(f"incident {incident_id} names case {ref}, which the bundle "
                              "does not hold")
        self.r.incidents = len(parsed.records)
        self.r.cases = len(parsed.cases)

    def _items(self, index: S.BundleIndex, manifest: dict[str, str],
               parsed: ParsedBundle) -> None:
        self.item_ids = {entry.id for entry in index.items}
        for entry in index.items:
            check = S.ItemCheck(item_id=entry.id, exhibit_number="", untrusted_filename="",
                                sha256="", size=0, signer="")
            self.r.items.append(check)
            try:
                item = S.BundleItem.model_validate(_json(self.a.read(entry.file, S.MAX_JSON),
                                                         entry.file))
            except PydanticValidationError as exc:
                check.problems.append(S.problem_in_words(entry.file, exc))
                continue
            check.exhibit_number, check.untrusted_filename = item.exhibit_number, \
                item.original_filename
            check.sha256, check.size, check.signer = item.sha256, item.size, item.ingested_by
            self._item(item, entry, manifest, parsed, check)
            if check.ok:
                parsed.items[item.id] = item

    def _item(self, item: S.BundleItem, entry: S.IndexItem, manifest: dict[str, str],
              parsed: ParsedBundle, check: S.ItemCheck) -> None:
        problems = check.problems
        if item.id != entry.id or item.schema_ != S.ITEM_SCHEMA:
            problems.append("unknown item format, or its id differs from bundle.json")
            return
        if item.attestation != f"data/items/{item.id}.attestation.json" or \
                item.signature != f"data/items/{item.id}.attestation.json.sig":
            problems.append("the attestation is not where the format puts it")
            return
        if item.incident_id not in parsed.records:
            problems.append(f"its incident {item.incident_id} is not in the bundle")
        if item.parent_id and item.parent_id not in self.item_ids:
            problems.append(f"its parent item {item.parent_id} is not in the bundle")
        attestation = self.a.read(item.attestation, S.MAX_JSON)
        signature = self.a.read(item.signature, 1024)
        signer = parsed.keys.get(item.ingested_by)
        if signer is None:
            problems.append("the key that signed its attestation is not in the bundle")
            return
        if not signer.verify(signature, attestation):
            problems.append("the attestation's signature is not valid (altered, or not signed "
                            "by its stated signer)")
            return
        try:
            claim = json.loads(attestation)
        except (ValueError, RecursionError):
            problems.append("the attestation is not JSON")
            return
        expected = {"type": ingest.ATTESTATION_TYPE, "item_id": item.id,
                    "incident_id": item.incident_id, "size": item.size,
                    "signer": item.ingested_by, "media_type": item.media_type,
                    "original_filename": item.original_filename,
                    "ingested_at": S.iso(item.ingested_at)}
        if not isinstance(claim, dict) or claim.get("hash") != {"algorithm": "SHA-256",
                                                               "value": item.sha256}:
            problems.append("the attestation names another SHA-256 than the item")
            return
        for key, value in expected.items():
            if claim.get(key) != value:
                problems.append(f"the attestation's {key} differs from the item's")
        if manifest.get(item.file) != item.sha256:
            problems.append("its file's SHA-256 differs from the one signed at ingest")
        elif self.a.file_size(item.file) != item.size:
            problems.append("its file's size differs from the one signed at ingest")
        parsed.attestations[item.id] = (attestation, signature)

    def _chains(self, index: S.BundleIndex, parsed: ParsedBundle) -> None:
        subjects = {**dict.fromkeys(parsed.records, "incident"),
                    **dict.fromkeys(parsed.cases, "case"),
                    **{i.item_id: "item" for i in self.r.items}}
        event_ids: set[str] = set()
        attempted: set[str] = set()
        for entry in index.custody:
            if entry.file != f"data/custody/{entry.subject_id}.jsonl" or \
                    subjects.get(entry.subject_id) != entry.subject_type:
                self.fail(f"{entry.file}: not the chain of a record in this bundle")
                continue
            attempted.add(entry.subject_id)
            chain = self._chain(entry, parsed, event_ids)
            if chain is not None:
                parsed.chains[entry.subject_id] = (entry.subject_type, chain)
                self.r.chains += 1
                self.r.events += len(chain)
        checks = {i.item_id: i for i in self.r.items}
        for subject_id, kind in subjects.items():
            if subject_id in parsed.chains:
                continue
            if subject_id in checks:
                checks[subject_id].problems.append("its custody chain is missing or invalid")
            elif subject_id not in attempted:
                self.fail(f"the {kind} {subject_id} has no custody chain in the bundle")

    def _chain(self, entry: S.IndexChain, parsed: ParsedBundle,
               event_ids: set[str]) -> list[CustodyEvent] | None:
        raw = self.a.read(entry.file, S.MAX_TAG)
        events: list[CustodyEvent] = []
        prev = custody.GENESIS
        where = entry.file
        for number, text in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
            if not text.strip():
                continue
            try:
                line = S.CustodyLine.model_validate(_json(text.encode("utf-8"), where))
            except PydanticValidationError as exc:
                self.fail(S.problem_in_words(f"{where} line {number}", exc))
                return None
            body = line.body
            problem = self._event_problem(body, entry, len(events) + 1, prev, line, parsed)
            if problem:
                self.fail(f"{where} line {number}: {problem}")
                return None
            if body["id"] in event_ids:
                self.fail(f"{where} line {number}: event id {body['id']} appears twice")
                return None
            event_ids.add(body["id"])
            events.append(CustodyEvent(
                id=body["id"], subject_type=body["subject_type"], subject_id=body["subject_id"],
                subject_seq=body["subject_seq"], at=body["at"], actor=body["actor"],
                action=body["action"], details=body["details"], prev_hash=body["prev_hash"],
                hash=line.hash, signature=bytes.fromhex(line.signature)))
            if custody.event_bytes(events[-1]) != canonical_json(body):
                self.fail(f"{where} line {number}: the event cannot be stored exactly as signed")
                return None
            prev = line.hash
        if not events or len(events) != entry.events or prev != entry.head:
            self.fail(f"{where}: the chain is not the one bundle.json describes (length or "
                      "last hash differ: truncated or altered)")
            return None
        return events

    def _event_problem(self, body: dict[str, Any], entry: S.IndexChain, seq: int, prev: str,
                       line: S.CustodyLine, parsed: ParsedBundle) -> str | None:
        if set(body) != _BODY_KEYS or body.get("type") != custody.EVENT_TYPE \
                or body.get("version") != custody.EVENT_VERSION:
            return "not a custody event this app knows"
        types = {"id": str, "subject_type": str, "subject_id": str, "subject_seq": int,
                 "at": str, "actor": str, "action": str, "details": dict, "prev_hash": str}
        if any(not isinstance(body[k], t) or (t is int and isinstance(body[k], bool))
               for k, t in types.items()):
            return "an event field has the wrong type"
        if len(body["id"]) > 36 or len(body["at"]) > 32 or len(body["action"]) > 24:
            return "an event field is too long"
        if body["subject_id"] != entry.subject_id or body["subject_type"] != entry.subject_type:
            return "the event belongs to another record"
        if body["subject_seq"] != seq or body["prev_hash"] != prev:
            return "the chain is broken here (an event is missing, reordered or inserted)"
        try:
            raw = canonical_json(body)
        except ValueError:
            return "the event cannot be put in canonical form"
        if hashlib.sha256(raw).hexdigest() != line.hash:
            return "the event's hash does not match its content (altered)"
        key = parsed.keys.get(body["actor"])
        if key is None:
            return "the event's signer key is not in the bundle"
        if not key.verify(bytes.fromhex(line.signature), raw):
            return "the event's signature is not valid"
        return None

