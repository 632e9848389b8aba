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

Evidence blobs are written in the padded variant "EAB2" (:class:`PaddedStreamWriter`, at the end
of this module), which hides their exact size; EAB1 blobs (workspaces made before it) are still
read, and bundles encrypted to a recipient use EAB1 framing (services/bundle/crypt.py).
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


def parse_header(header: bytes, *, magic: bytes = MAGIC) -> tuple[int, bytes, bytes]:
    """Return ``(chunk_size, salt, nonce_prefix)`` or raise :class:`StreamError`."""
    if len(header) != HEADER_LEN or header[:4] != magic:
        raise StreamError("not an encrypted evidence blob (bad header)")
    (chunk_size,) = struct.unpack(">I", header[4:8])
    if not 1024 <= chunk_size <= MAX_CHUNK:
        raise StreamError("bad chunk size in blob header")
    return chunk_size, header[8:24], header[24:31]


def decrypt_chunks(master_key: bytes, src: BinaryIO) -> Iterator[bytes]:
    """Yield the plaintext chunks of an encrypted blob read from ``src``, authenticating each.

    Reads both formats: EAB1 and padded EAB2 (below; the padding is authenticated and not
    yielded). Raises :class:`StreamError` at the first chunk that fails, when the final chunk
    is missing (truncation) or when bytes follow the final chunk (extension). Plaintext yielded
    before an error must be discarded by the caller.
    """
    header = src.read(HEADER_LEN)
    if header[:4] == MAGIC_PADDED:
        yield from _decrypt_padded(master_key, header, src)
        return
    chunk_size, salt, prefix = parse_header(header)
    aead = AESGCM(_blob_key(master_key, salt))
    yield from _open_chunks(aead, header, prefix, src, chunk_size + TAG_LEN, first=0)


def _open_chunks(aead: AESGCM, header: bytes, prefix: bytes, src: BinaryIO, frame: int, *,
                 first: int) -> Iterator[bytes]:
    """Decrypt frames of ``frame`` bytes numbered from ``first``; the one at the end of the
    file must carry the final flag and every other must not."""
    counter = first
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


# --- Padded blobs (format "EAB2") -----------------------------------------------------------------
#
# An EAB1 blob's size on disk gives away the plaintext size to the byte, and a file of a known
# exact size (a video that circulated online) can be recognised by it on a seized laptop even
# though its name and content are hidden. EAB2 pads the plaintext with zeros to the Padmé length
# (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
# PURBs", PETS 2019): at most 12 % larger, and a size reveals O(log log L) bits instead of
# O(log L). The real length travels encrypted in a frame of its own right after the header:
#
#     header   = MAGIC2(4) "EAB2" | chunk_size (uint32 BE) | salt (16) | nonce_prefix (7)
#     length   = AES-256-GCM(K, nonce_prefix | 0 | 0, uint64 BE plaintext length, aad=header)
#     chunk_i  = as in EAB1 with counters from 1, over plaintext || zeros up to padme(length)
#
# The writer streams the chunks first and seals the length frame last (it writes to a temp file
# and seeks back), so the length need not be known in advance. K is derived with its own HKDF
# label, so EAB1 and EAB2 keys never coincide.

MAGIC_PADDED = b"EAB2"
LENGTH_FRAME = 8 + TAG_LEN
MIN_PADDED = 1024


def padme(length: int) -> int:
    """Return the Padmé padded length of ``length`` bytes (never below :data:`MIN_PADDED`)."""
    if length <= MIN_PADDED:
        return MIN_PADDED
    exponent = length.bit_length() - 1  # floor(log2(length))
    size_bits = exponent.bit_length()  # floor(log2(exponent)) + 1
    mask = (1 << (exponent - size_bits)) - 1
    return (length + mask) & ~mask


def padded_encrypted_size(plain_size: int, chunk_size: int = DEFAULT_CHUNK) -> int:
    """Return the size on disk of an EAB2 blob holding ``plain_size`` bytes."""
    padded = padme(plain_size)
    chunks = max(1, -(-padded // chunk_size))
    return HEADER_LEN + LENGTH_FRAME + padded + chunks * TAG_LEN


class PaddedStreamWriter:
    """Encrypt one EAB2 blob into ``out`` (a seekable file opened for writing, at offset 0).

    Call :meth:`write` with the plaintext in order (any piece sizes; pieces of exactly
    ``chunk_size`` bytes are passed through without copying), then :meth:`finish`, which pads,
    seals the last chunk and writes the length frame. ``written`` counts the bytes written.
    """

    def __init__(self, master_key: bytes, out: BinaryIO, chunk_size: int = DEFAULT_CHUNK) -> None:
        if not 1024 <= chunk_size <= MAX_CHUNK:
            raise ValueError("chunk size out of range")
        self.chunk_size = chunk_size
        salt = os.urandom(16)
        self._prefix = os.urandom(7)
        self._header = MAGIC_PADDED + struct.pack(">I", chunk_size) + salt + self._prefix
        self._aead = AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                                 info=b"evidence-app blob v2").derive(master_key))
        self._out = out
        self._held = b""  # at most one chunk, kept back until we know whether it is the last
        self._counter = 1
        self.length = 0
        self.written = out.write(self._header) + out.write(bytes(LENGTH_FRAME))

    def write(self, data: bytes) -> None:
        if not data:
            return
        self.length += len(data)
        self._feed(data)

    def _feed(self, data: bytes) -> None:
        size = self.chunk_size
        if len(self._held) == size:
            self._seal(self._held, last=False)
            self._held = b""
        if not self._held and len(data) <= size:
            self._held = data
            return
        combined = self._held + data
        while len(combined) > size:
            self._seal(combined[:size], last=False)
            combined = combined[size:]
        self._held = combined

    def _seal(self, plaintext: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        self.written += self._out.write(self._aead.encrypt(nonce, plaintext, self._header))
        self._counter += 1

    def finish(self) -> None:
        """Pad, seal the final chunk, write the length frame; the caller then fsyncs."""
        padding = padme(self.length) - self.length
        zeros = bytes(min(padding, self.chunk_size))
        while padding:
            step = min(padding, self.chunk_size - len(self._held) % self.chunk_size)
            self._feed(zeros[:step])
            padding -= step
        self._seal(self._held, last=True)
        self._held = b""
        length = self._aead.encrypt(_nonce(self._prefix, 0, False),
                                    struct.pack(">Q", self.length), self._header)
        end = self._out.tell()
        self._out.seek(HEADER_LEN)
        self._out.write(length)
        self._out.seek(end)


def _decrypt_padded(master_key: bytes, header: bytes, src: BinaryIO) -> Iterator[bytes]:
    chunk_size, salt, prefix = parse_header(header, magic=MAGIC_PADDED)
    aead = AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                       info=b"evidence-app blob v2").derive(master_key))
    try:
        (remaining,) = struct.unpack(">Q", aead.decrypt(_nonce(prefix, 0, False),
                                                        src.read(LENGTH_FRAME), header))
    except (InvalidTag, struct.error) as exc:
        raise StreamError("the length frame failed authentication") from exc
    for plain in _open_chunks(aead, header, prefix, src, chunk_size + TAG_LEN, first=1):
        if remaining:
            part = plain[:remaining]
            remaining -= len(part)
            yield part
    if remaining:
        raise StreamError("blob shorter than its sealed length")
