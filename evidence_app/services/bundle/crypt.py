"""Encrypting a bundle to a recipient: X25519 key agreement + the blobs' chunked AES-256-GCM.

Identities are Ed25519 signing keys; encryption needs a Diffie-Hellman key, so every identity
has an X25519 key derived deterministically from its Ed25519 private key (HKDF-SHA256, info
``evidence-app x25519 v1``). Its public half is published in ``key export``'s PEM file as a
second PEM block, bound to the signing key by an Ed25519 signature (a third block), so a
recipient file cannot pair someone's signing key with an attacker's encryption key.

Encrypted bundle file (docs/bundle-format.md)::

    "EABX" | version 0x01 | ephemeral X25519 public key (32)
    | STREAM header and chunks of crypto/stream.py, over the bundle's zip bytes

The stream key is HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral_pub ||
recipient_pub, info = "evidence-app bundle v1"); stream.py then derives a per-stream key from its
own random salt. Nothing in the file names the recipient (no key id): a seized stick does not
say whom a bundle is for. A wrong key fails at the first chunk. Because the STREAM nonce binds
the chunk index and the final flag, chunks can be decrypted at any offset
(:class:`DecryptingReader`), so the receiver reads the zip in place with bounded memory and no
plaintext copy on disk. We did not take the ``age`` format (pyrage): its Python API encrypts byte
strings in memory, it adds a compiled dependency, and its benefit (decrypting with the ``age``
tool) would need the X25519 secret exported in age's format, which we do not want.
"""

from __future__ import annotations

import base64
import io
import os
import re
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from evidence_app.crypto import stream
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.signing import BadKey, PublicIdentity, SigningKey
from evidence_app.errors import BundleRejected, KeyError_

MAGIC = b"EABX"
VERSION = 1
PREFIX_LEN = len(MAGIC) + 1 + 32
HEADER_LEN = PREFIX_LEN + stream.HEADER_LEN
X25519_INFO = b"evidence-app x25519 v1"
BUNDLE_INFO = b"evidence-app bundle v1"
BINDING_TYPE = "evidence-app/encryption-key"
BINDING_LABEL = "EVIDENCE APP KEY BINDING"
MAX_KEY_FILE = 16 * 1024

_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.DOTALL)


# --- keys -------------------------------------------------------------------------------------

def x25519_private_from_signing(signer: SigningKey) -> X25519PrivateKey:
    """The identity's X25519 key, derived from its Ed25519 private key (deterministic)."""
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=X25519_INFO).derive(signer.private_raw())
    return X25519PrivateKey.from_private_bytes(seed)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def binding_message(signing_fingerprint: str, x25519_public: bytes) -> bytes:
    """What the Ed25519 key signs to vouch for its X25519 key (canonical JSON)."""
    return canonical_json({"type": BINDING_TYPE, "version": 1,
                           "signing_key": signing_fingerprint,
                           "x25519": x25519_public.hex()})


def encryption_key_pem_blocks(signer: SigningKey) -> str:
    """The X25519 PEM block and its binding signature, appended to ``key export``'s file."""
    public = x25519_private_from_signing(signer).public_key()
    pem = public.public_bytes(serialization.Encoding.PEM,
                              serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    signature = signer.sign(binding_message(signer.fingerprint, _raw_public(public)))
    sig_b64 = base64.b64encode(signature).decode("ascii")
    return (f"# encryption key (X25519) of the same person, for bundles sent to them\n{pem}"
            f"-----BEGIN {BINDING_LABEL}-----\n{sig_b64}\n-----END {BINDING_LABEL}-----\n")


@dataclass(frozen=True)
class Recipient:
    """Whom a bundle is encrypted to: their signing identity and bound X25519 public key."""

    identity: PublicIdentity
    x25519_public: bytes
    alias: str

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint


def parse_recipient(text: str, *, source: str = "the key file") -> Recipient:
    """Read a ``key export`` file holding a signing key, an X25519 key and their binding.

    Raises :class:`KeyError_` with a message saying what is missing or wrong.
    """
    blocks = [(m.group(1), m.group(0)) for m in _PEM_BLOCK.finditer(text)]
    publics = [pem for label, pem in blocks if label == "PUBLIC KEY"]
    bindings = [pem for label, pem in blocks if label == BINDING_LABEL]
    if not publics:
        raise KeyError_(f"{source} holds no public key in PEM format.")
    try:
        identity = PublicIdentity.from_pem(publics[0])
    except BadKey as exc:
        raise KeyError_(f"{source}: the first key is not an Ed25519 signing key.") from exc
    if len(publics) < 2 or not bindings:
        raise KeyError_(f"{source} has no encryption key. Ask its owner to export their key "
                        "again with this version ('evidence-app key export').")
    try:
        x_key = serialization.load_pem_public_key(publics[1].encode("ascii", "replace"))
        body = bindings[0].split("-----")[2]
        signature = base64.b64decode("".join(body.split()), validate=True)
    except (ValueError, TypeError, IndexError) as exc:
        raise KeyError_(f"{source}: the encryption key block is damaged.") from exc
    if not isinstance(x_key, X25519PublicKey):
        raise KeyError_(f"{source}: the second key is not an X25519 encryption key.")
    x_raw = _raw_public(x_key)
    if not identity.verify(signature, binding_message(identity.fingerprint, x_raw)):
        raise KeyError_(f"{source}: the encryption key is not signed by the signing key in the "
                        "same file. Do not use this file; ask its owner for a new one.")
    alias = next((line.removeprefix("# Evidence App key of ").strip()
                  for line in text.splitlines() if line.startswith("# Evidence App key of ")),
                 "")
    return Recipient(identity=identity, x25519_public=x_raw, alias=alias[:120])


def read_recipient_file(path: os.PathLike[str] | str) -> Recipient:
    from pathlib import Path

    source = Path(path)
    try:
        if source.stat().st_size > MAX_KEY_FILE:
            raise KeyError_(f"{source.name} is too large to be a key file.")
        text = source.read_text("utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyError_(f"Cannot read {source.name} as a key file: {exc}") from exc
    return parse_recipient(text, source=source.name)


class BundleIdentity:
    """The receiving side's X25519 private key (from an unlocked workspace's signing key)."""

    def __init__(self, private: X25519PrivateKey, fingerprint: str) -> None:
        self._private = private
        self.fingerprint = fingerprint

    @classmethod
    def from_signer(cls, signer: SigningKey) -> BundleIdentity:
        return cls(x25519_private_from_signing(signer), signer.fingerprint)

    @property
    def x25519_public(self) -> bytes:
        return _raw_public(self._private.public_key())

    def stream_key(self, ephemeral_public: bytes) -> bytes:
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        except ValueError as exc:  # a low-order point: never produced by a real sender
            raise BundleRejected("The encrypted bundle's header is invalid.") from exc
        return _kdf(shared, ephemeral_public, self.x25519_public)


def _kdf(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public,
                info=BUNDLE_INFO).derive(shared)


# --- writing ----------------------------------------------------------------------------------

class EncryptingWriter(io.RawIOBase):
    """A write-only, unseekable file that encrypts everything written to ``sink`` in chunks.

    ``zipfile`` writes to it like to a pipe (with data descriptors). :meth:`close` writes the
    final chunk; without it the file does not decrypt (truncation is detected).
    """

    def __init__(self, sink: BinaryIO, recipient: Recipient,
                 chunk_size: int = stream.DEFAULT_CHUNK) -> None:
        super().__init__()
        ephemeral = X25519PrivateKey.generate()
        eph_public = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.x25519_public))
        self._encryptor = stream.StreamEncryptor(
            _kdf(shared, eph_public, recipient.x25519_public), chunk_size)
        self._sink = sink
        self._buffer = bytearray()
        self._chunk = chunk_size
        self.bytes_out = 0
        self._emit(MAGIC + bytes([VERSION]) + eph_public + self._encryptor.header)

    def _emit(self, data: bytes) -> None:
        self._sink.write(data)
        self.bytes_out += len(data)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed bundle")
        self._buffer += data
        if len(self._buffer) >= self._chunk:
            view = memoryview(self._buffer)
            full = len(self._buffer) - len(self._buffer) % self._chunk
            for start in range(0, full, self._chunk):
                self._emit(self._encryptor.chunk(bytes(view[start:start + self._chunk]),
                                                 last=False))
            view.release()
            del self._buffer[:full]
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._emit(self._encryptor.chunk(bytes(self._buffer), last=True))
            self._buffer.clear()
            self._sink.flush()
        super().close()


# --- reading ----------------------------------------------------------------------------------

class DecryptingReader(io.RawIOBase):
    """A seekable view of an encrypted bundle's plaintext; decrypts one chunk at a time.

    Chunk ``i`` sits at a fixed offset; the last chunk is the one that ends the file and must
    carry the final flag, so a file cut at a chunk boundary fails to authenticate. Raises
    :class:`BundleRejected` at the first chunk that does not authenticate.
    """

    def __init__(self, src: BinaryIO, identity: BundleIdentity) -> None:
        super().__init__()
        self._src = src
        src.seek(0, io.SEEK_END)
        size = src.tell()
        src.seek(0)
        prefix = src.read(PREFIX_LEN + stream.HEADER_LEN)
        if len(prefix) < HEADER_LEN or prefix[:4] != MAGIC:
            raise BundleRejected("This is not an encrypted Evidence App bundle.")
        if prefix[4] != VERSION:
            raise BundleRejected(f"This encrypted bundle uses format version {prefix[4]}, which "
                                 "this version of the app cannot read. Install a newer one.")
        header = prefix[PREFIX_LEN:]
        try:
            chunk_size, _salt, self._nonce_prefix = stream.parse_header(header)
        except stream.StreamError as exc:
            raise BundleRejected("The encrypted bundle's header is damaged.") from exc
        master = identity.stream_key(prefix[5:PREFIX_LEN])
        self._aead = AESGCM(stream._blob_key(master, _salt))
        self._header = header
        self._chunk = chunk_size
        self._frame = chunk_size + stream.TAG_LEN
        body = size - HEADER_LEN
        self._chunks = -(-body // self._frame) if body > 0 else 0
        last_frame = body - (self._chunks - 1) * self._frame if self._chunks else 0
        if self._chunks == 0 or last_frame < stream.TAG_LEN:
            raise BundleRejected("The encrypted bundle is truncated.")
        self._size = (self._chunks - 1) * chunk_size + last_frame - stream.TAG_LEN
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        try:
            self._plain_chunk(0)
        except BundleRejected as exc:
            raise BundleRejected(
                "This bundle cannot be decrypted with your key: it was encrypted for someone "
                "else, or it is damaged. Nothing was read from it.") from exc

    @property
    def size(self) -> int:
        return self._size

    def _plain_chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._src.seek(HEADER_LEN + index * self._frame)
        frame = self._src.read(self._frame)
        last = index == self._chunks - 1
        try:
            plain = self._aead.decrypt(stream._nonce(self._nonce_prefix, index, last), frame,
                                       self._header)
        except (InvalidTag, stream.StreamError) as exc:
            raise BundleRejected(f"The encrypted bundle is damaged or was altered (chunk "
                                 f"{index} does not authenticate).") from exc
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        target = base + offset
        if target < 0:
            raise OSError("negative seek position")
        self._pos = target
        return target

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        index, offset = divmod(self._pos, self._chunk)
        plain = self._plain_chunk(index)
        count = min(len(buffer), len(plain) - offset)
        memoryview(buffer)[:count] = memoryview(plain)[offset:offset + count]
        self._pos += count
        return count


def is_encrypted(head: bytes) -> bool:
    return head[:4] == MAGIC
