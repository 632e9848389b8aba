"""Ed25519 identities: key generation, fingerprints, PEM import/export, signing and verification.

A fingerprint is the SHA-256 of the raw 32-byte public key, written as 64 lowercase hex digits;
people compare its grouped short form (``ab12 cd34 ...``, first 16 bytes). Signatures are raw
64-byte Ed25519 signatures over canonical bytes, which ``openssl pkeyutl -verify -rawin`` accepts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class BadKey(ValueError):
    """Bytes or PEM text that are not an Ed25519 key."""


def fingerprint(public_raw: bytes) -> str:
    """Return the full fingerprint (hex SHA-256 of the raw public key)."""
    return hashlib.sha256(public_raw).hexdigest()


def grouped_fingerprint(fp: str) -> str:
    """Return the hex digits upper-cased in groups of four, for people to read aloud."""
    head = fp.upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def short_fingerprint(fp: str) -> str:
    """Return the grouped first 32 hex digits, for people to read aloud and compare."""
    return grouped_fingerprint(fp[:32])


@dataclass(frozen=True)
class PublicIdentity:
    """A public key and its fingerprint."""

    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def to_pem(self) -> str:
        key = Ed25519PublicKey.from_public_bytes(self.public_raw)
        return key.public_bytes(serialization.Encoding.PEM,
                                serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")

    @classmethod
    def from_pem(cls, pem: str | bytes) -> PublicIdentity:
        data = pem.encode("ascii", "replace") if isinstance(pem, str) else pem
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, TypeError) as exc:
            raise BadKey("not a PEM public key") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise BadKey("the key is not an Ed25519 public key")
        return cls(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Return whether ``signature`` is a valid Ed25519 signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.public_raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class SigningKey:
    """An unlocked Ed25519 private key. Lives only in memory while the workspace is unlocked."""

    def __init__(self, private_raw: bytes) -> None:
        if len(private_raw) != 32:
            raise BadKey("an Ed25519 private key is 32 bytes")
        self._key = Ed25519PrivateKey.from_private_bytes(private_raw)
        self.public = PublicIdentity(self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    @classmethod
    def generate(cls) -> SigningKey:
        raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
            serialization.NoEncryption())
        return cls(raw)

    def private_raw(self) -> bytes:
        return self._key.private_bytes(serialization.Encoding.Raw,
                                       serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption())

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)
