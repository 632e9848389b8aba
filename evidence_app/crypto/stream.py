"""Chunked streaming encryption of blobs: AES-256-GCM in the STREAM construction.

Layout of an encrypted blob::

    header   = MAGIC(4) "EAB1" | chunk_size (uint32 BE) | salt (16) | nonce_prefix (7)
    chunk_i  = AES-256-GCM(K, nonce_prefix | i (uint32 BE) | last_flag (1 byte), plaintext_i,
                           aad = header) -> ciphertext_i || tag_i

``K`` is derived per blob with HKDF-SHA256 from the workspace blob key and the random salt, so no
(key, nonce) pair is ever reused across blobs (NOTES.md). The chunk counter and the final-chunk
flag are bound into each nonce (Hoang, Reyhanitabar, Rogaway, Vizár, "Online Authenticated-
Encryption and its Nonce-Reuse Misuse-Resistance", the construction used by age and Tink), so a
reordered, swapped, truncated or extended blob fails to decrypt. Every blob has at least one
chunk; the last one (possibly empty) carries the flag.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"EAB1"
DEFAULT_CHUNK = 1 << 20
TAG_LEN = 16
HEADER_LEN = 4 + 4 + 16 + 7
MAX_CHUNK = 16 << 20
_COUNTER_MAX = 2**32 - 1


class StreamError(Exception):
    """An encrypted blob does not decrypt: altered, truncated, reordered, or the wrong key."""


def _blob_key(master: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"evidence-app blob v1").derive(master)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter > _COUNTER_MAX:
        raise StreamError("blob too large for one stream")
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


class StreamEncryptor:
    """Encrypt one blob chunk by chunk. Call :meth:`chunk` for each plaintext chunk in order."""

    def __init__(self, master_key: bytes, chunk_size: int = DEFAULT_CHUNK) -> None:
        if not 1024 <= chunk_size <= MAX_CHUNK:
            raise ValueError("chunk size out of range")
        self.chunk_size = chunk_size
        salt = os.urandom(16)
        self._prefix = os.urandom(7)
        self.header = MAGIC + struct.pack(">I", chunk_size) + salt + self._prefix
        self._aead = AESGCM(_blob_key(master_key, salt))
        self._counter = 0
        self._finished = False

    def chunk(self, plaintext: bytes, *, last: bool) -> bytes:
        if self._finished:
            raise StreamError("stream already finished")
        if len(plaintext) > self.chunk_size or (not last and len(plaintext) != self.chunk_size):
            raise ValueError("every chunk but the last must be exactly chunk_size bytes")
        out = self._aead.encrypt(_nonce(self._prefix, self._counter, last), plaintext,
                                 self.header)
        self._counter += 1
        self._finished = last
        return out


def parse_header(header: bytes) -> tuple[int, bytes, bytes]:
    """Return ``(chunk_size, salt, nonce_prefix)`` or raise :class:`StreamError`."""
    if len(header) != HEADER_LEN or header[:4] != MAGIC:
        raise StreamError("not an encrypted evidence blob (bad header)")
    (chunk_size,) = struct.unpack(">I", header[4:8])
    if not 1024 <= chunk_size <= MAX_CHUNK:
        raise StreamError("bad chunk size in blob header")
    return chunk_size, header[8:24], header[24:31]


def decrypt_chunks(master_key: bytes, src: BinaryIO) -> Iterator[bytes]:
    """Yield the plaintext chunks of an encrypted blob read from ``src``, authenticating each.

    Raises :class:`StreamError` at the first chunk that fails, when the final chunk is missing
    (truncation) or when bytes follow the final chunk (extension). Plaintext yielded before an
    error must be discarded by the caller.
    """
    header = src.read(HEADER_LEN)
    chunk_size, salt, prefix = parse_header(header)
    aead = AESGCM(_blob_key(master_key, salt))
    frame = chunk_size + TAG_LEN
    counter = 0
    current = src.read(frame)
    while True:
        following = src.read(frame) if len(current) == frame else b""
        last = not following
        if len(current) < TAG_LEN:
            raise StreamError(f"blob truncated at chunk {counter}")
        try:
            plain = aead.decrypt(_nonce(prefix, counter, last), current, header)
        except InvalidTag as exc:
            raise StreamError(f"chunk {counter} failed authentication") from exc
        yield plain
        if last:
            return
        counter += 1
        current = following


def encrypted_size(plain_size: int, chunk_size: int = DEFAULT_CHUNK) -> int:
    """Return the size on disk of a blob of ``plain_size`` bytes."""
    chunks = max(1, -(-plain_size // chunk_size))
    return HEADER_LEN + plain_size + chunks * TAG_LEN
