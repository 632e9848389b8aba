"""Signing the finished dossier: a P-256 key derived from the user's Ed25519 identity, a
self-issued certificate, a binding statement, the attachments, and the PAdES signature.

Why derive a key: poppler's ``pdfsig`` and many PAdES validators refuse Ed25519 (NOTES.md),
but the user's identity, the one teammates have compared fingerprints of, is Ed25519. So the
PDF key is derived deterministically: HKDF-SHA-256 over the Ed25519 private key (info
``evidence-app pdf-signing p256 v1``), 48 bytes reduced into [1, n-1] (the extra 128 bits make
the bias negligible, FIPS 186-5 A.2.1). The same identity always gives the same P-256 key
and, with deterministic ECDSA (RFC 6979) and a validity starting when the identity was
created, the same certificate: reviewers can pin it across submissions. The Ed25519 key signs a
short statement naming the P-256 key's SHA-256, printed in the appendix and attached, which
anyone checks with ``openssl pkeyutl -verify -rawin``.

Nothing here touches the workspace: the caller hands in the Ed25519 :class:`SigningKey`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from evidence_app.crypto.signing import SigningKey
from evidence_app.dossier.content import PdfSignerInfo

P256_INFO = b"evidence-app pdf-signing p256 v1"
BINDING_TYPE = "evidence-app pdf-signing key binding v1"
_P256_ORDER = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
CERT_YEARS = 25
SIGNATURE_FIELD = "DossierSignature"


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the dossier, for verification with standard tools."""

    name: str
    data: bytes
    description: str
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class PdfSigningIdentity:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    info: PdfSignerInfo

    @property
    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def derive_p256(ed25519_private_raw: bytes) -> ec.EllipticCurvePrivateKey:
    """The P-256 key bound to an Ed25519 private key (same input, same key)."""
    if len(ed25519_private_raw) != 32:
        raise ValueError("an Ed25519 private key is 32 bytes")
    okm = HKDF(algorithm=hashes.SHA256(), length=48, salt=None,
               info=P256_INFO).derive(ed25519_private_raw)
    scalar = int.from_bytes(okm, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def spki_sha256(public_key: ec.EllipticCurvePublicKey) -> str:
    der = public_key.public_bytes(serialization.Encoding.DER,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def binding_statement(ed25519_fingerprint: str, p256_spki_sha256: str) -> bytes:
    """The statement the Ed25519 key signs: plain ASCII lines, LF, no trailing spaces."""
    return (f"{BINDING_TYPE}\n"
            f"ed25519-fingerprint: {ed25519_fingerprint}\n"
            f"p256-spki-sha256: {p256_spki_sha256}\n").encode("ascii")


def make_identity(signer: SigningKey, *, alias: str, organisation: str,
                  since: datetime | None) -> PdfSigningIdentity:
    """Derive the PDF signing key and its self-issued certificate from ``signer``.

    ``since`` (when the identity was created) starts the certificate's validity, so the
    certificate is the same at every export; without it, 1 January 2020 is used.
    """
    key = derive_p256(signer.private_raw())
    public = key.public_key()
    fingerprint = signer.fingerprint
    spki_hash = spki_sha256(public)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, (alias or "Evidence App user")[:64])]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]))
    attributes += [
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Evidence App dossier signing"),
        # The Ed25519 fingerprint (64 hex digits) names whose identity this key stands for.
        x509.NameAttribute(NameOID.SERIAL_NUMBER, fingerprint),
    ]
    name = x509.Name(attributes)
    start = (since or datetime(2020, 1, 1, tzinfo=UTC))
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    start = start.replace(microsecond=0) - timedelta(days=1)
    serial = int.from_bytes(hashlib.sha256(P256_INFO + bytes.fromhex(spki_hash)).digest()[:16],
                            "big") >> 1
    ski = x509.SubjectKeyIdentifier.from_public_key(public)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(public).serial_number(serial)
        .not_valid_before(start).not_valid_after(start + timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski),
                       critical=False)
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    statement = binding_statement(fingerprint, spki_hash)
    pem = public.public_bytes(serialization.Encoding.PEM,
                              serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    info = PdfSignerInfo(
        alias=alias, organisation=organisation, ed25519_fingerprint=fingerprint,
        p256_public_pem=pem, p256_spki_sha256=spki_hash,
        certificate_sha256=hashlib.sha256(
            certificate.public_bytes(serialization.Encoding.DER)).hexdigest(),
        binding_statement=statement, binding_signature=signer.sign(statement))
    return PdfSigningIdentity(key=key, certificate=certificate, info=info)


def _asn1(identity: PdfSigningIdentity) -> tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]:
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert, key


def finish_pdf(source: BinaryIO, output: BinaryIO, attachments: list[Attachment],
               identity: PdfSigningIdentity | None, *, reason: str) -> None:
    """Embed ``attachments`` into the PDF read from ``source`` and, with an identity, sign it
    (PAdES B-B, certifying: no later change is allowed); write the result to ``output``.

    ``output`` must be readable, writable and seekable (pyHanko reads back what it wrote to
    compute the byte-range digest).
    """
    writer = IncrementalPdfFileWriter(source, strict=False)
    for att in attachments:
        data = embed.EmbeddedFileObject.from_file_data(writer, att.data, mime_type=att.mime_type)
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=att.name, file_name=att.name, embedded_data=data,
            description=att.description, af_relationship=pdf_name("/Supplement")))
    if identity is None:
        writer.write(output)  # type: ignore[no-untyped-call]
        return
    cert, key = _asn1(identity)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                                      [cert]))
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, md_algorithm="sha256", reason=reason,
        name=identity.info.alias, subfilter=fields.SigSeedSubFilter.PADES, certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    signers.sign_pdf(writer, meta, signer, output=output)
