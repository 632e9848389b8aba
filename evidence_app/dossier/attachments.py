"""The files embedded in the dossier so that a reviewer can check every signature with openssl.

Signed bytes cannot be retyped from paper (canonical JSON, raw signatures), so they travel
inside the PDF, under the PDF signature: per exhibit its signed ingest attestation and raw
Ed25519 signature (the format of ``services.items.export_item``), its custody events one
canonical body per line with a list of their hashes and signatures, every signer's public key,
and the PDF signing certificate with its binding statement. ``pdfdetach -saveall`` (poppler)
or any PDF reader's attachments panel takes them out. A redacted dossier attaches only what
names no protected person (the services leave such bytes empty).
"""

from __future__ import annotations

from evidence_app.dossier.content import DossierContent, ExhibitEntry
from evidence_app.dossier.signing import Attachment, PdfSigningIdentity


def key_file_name(fingerprint: str) -> str:
    return f"signer-{fingerprint[:16]}.pem"


def _custody_files(e: ExhibitEntry) -> list[Attachment]:
    events = [ev for ev in e.custody if ev.body]
    if not events or len(events) != len(e.custody):
        return []
    bodies = b"".join(ev.body + b"\n" for ev in events)
    sigs = "".join(f"{ev.subject_seq} {ev.hash} {ev.signature_hex} {key_file_name(ev.actor)}\n"
                   for ev in events)
    return [
        Attachment(f"{e.exhibit_number}.custody.jsonl", bodies,
                   f"{e.exhibit_number}: signed custody events, one canonical JSON per line",
                   "application/jsonl"),
        Attachment(f"{e.exhibit_number}.custody.sigs.txt", sigs.encode("ascii"),
                   f"{e.exhibit_number}: per line: event number, SHA-256 of the line, Ed25519 "
                   "signature (hex), actor's key file", "text/plain"),
    ]


def collect(content: DossierContent, identity: PdfSigningIdentity | None) -> list[Attachment]:
    """Every attachment of the dossier, in a stable order."""
    out: list[Attachment] = []
    for e in content.exhibits:
        if e.attestation:
            out.append(Attachment(f"{e.exhibit_number}.attestation.json", e.attestation,
                                  f"{e.exhibit_number}: signed ingest attestation "
                                  f"(SHA-256 {e.sha256})", "application/json"))
            out.append(Attachment(f"{e.exhibit_number}.attestation.json.sig", e.signature,
                                  f"{e.exhibit_number}: raw Ed25519 signature of the attestation"))
        out += _custody_files(e)
    for signer in content.signers:
        out.append(Attachment(key_file_name(signer.fingerprint),
                              signer.public_key_pem.encode("ascii"),
                              f"Ed25519 public key of {signer.alias}, fingerprint "
                              f"{signer.fingerprint}", "application/x-pem-file"))
    if identity is not None:
        info = identity.info
        out += [
            Attachment("pdf-signing-certificate.pem", identity.certificate_pem,
                       f"Certificate of the key that signed this PDF (SHA-256 of DER "
                       f"{info.certificate_sha256})", "application/x-pem-file"),
            Attachment("pdf-signing-key-binding.txt", info.binding_statement,
                       "Statement binding the PDF signing key to the signer's Ed25519 key",
                       "text/plain"),
            Attachment("pdf-signing-key-binding.txt.sig", info.binding_signature,
                       "Raw Ed25519 signature of pdf-signing-key-binding.txt"),
        ]
    return out
