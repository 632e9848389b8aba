"""Crypto building blocks: streaming AEAD detects every alteration; signatures; canonical JSON."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_app.crypto.aead import OpenFailed, open_sealed, seal
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.kdf import KdfParams, derive_key
from evidence_app.crypto.signing import PublicIdentity, SigningKey
from evidence_app.crypto.stream import (
    HEADER_LEN,
    LENGTH_FRAME,
    MAGIC_PADDED,
    MIN_PADDED,
    TAG_LEN,
    PaddedStreamWriter,
    StreamEncryptor,
    StreamError,
    decrypt_chunks,
    encrypted_size,
    padded_encrypted_size,
    padme,
)

KEY = bytes(range(32))
CHUNK = 1024


def encrypt(data: bytes, key: bytes = KEY) -> bytes:
    enc = StreamEncryptor(key, CHUNK)
    out = [enc.header]
    chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    for i, chunk in enumerate(chunks):
        out.append(enc.chunk(chunk, last=i == len(chunks) - 1))
    return b"".join(out)


def decrypt(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(decrypt_chunks(key, io.BytesIO(blob)))


@given(st.binary(max_size=5 * CHUNK))
@settings(max_examples=60, deadline=None)
def test_stream_round_trip(data: bytes) -> None:
    blob = encrypt(data)
    assert decrypt(blob) == data
    assert len(blob) == encrypted_size(len(data), CHUNK)


def test_stream_detects_flip_truncation_extension_reorder_and_wrong_key() -> None:
    data = os.urandom(3 * CHUNK + 100)
    blob = encrypt(data)
    frame = CHUNK + TAG_LEN
    for pos in (0, 10, HEADER_LEN + 5, len(blob) // 2, len(blob) - 1):
        flipped = bytearray(blob)
        flipped[pos] ^= 0x01
        with pytest.raises(StreamError):
            decrypt(bytes(flipped))
    with pytest.raises(StreamError):  # drop the last chunk: truncation at a chunk boundary
        decrypt(blob[: HEADER_LEN + 3 * frame])
    with pytest.raises(StreamError):
        decrypt(blob + b"\x00" * 20)
    first, second = (blob[HEADER_LEN : HEADER_LEN + frame],
                     blob[HEADER_LEN + frame : HEADER_LEN + 2 * frame])
    swapped = blob[:HEADER_LEN] + second + first + blob[HEADER_LEN + 2 * frame :]
    with pytest.raises(StreamError):
        decrypt(swapped)
    with pytest.raises(StreamError):
        decrypt(blob, key=bytes(32))


def test_stream_chunks_from_two_blobs_do_not_mix() -> None:
    """Same key, same plaintext: a chunk moved from one blob to another fails (per-blob keys)."""
    data = os.urandom(2 * CHUNK)
    a, b = encrypt(data), encrypt(data)
    assert a != b
    mixed = a[:HEADER_LEN] + b[HEADER_LEN:]
    with pytest.raises(StreamError):
        decrypt(mixed)


def test_seal_binds_context() -> None:
    box = seal(KEY, b"secret", b"context-a")
    assert open_sealed(KEY, box, b"context-a") == b"secret"
    with pytest.raises(OpenFailed):
        open_sealed(KEY, box, b"context-b")


def test_argon2id_deterministic_and_salted() -> None:
    p = KdfParams.new(memory_kib=1024, iterations=1, lanes=1)
    assert derive_key("pass phrase", p) == derive_key("pass phrase", p)
    assert derive_key("pass phrase", p) != derive_key("pass phrase",
                                                      KdfParams.new(memory_kib=1024,
                                                                    iterations=1, lanes=1))
    with pytest.raises(ValueError):
        KdfParams.from_json({**p.to_json(), "memory_kib": 10**9})


def test_signatures_and_pem_round_trip() -> None:
    key = SigningKey.generate()
    sig = key.sign(b"message")
    ident = PublicIdentity.from_pem(key.public.to_pem())
    assert ident.fingerprint == key.fingerprint
    assert ident.verify(sig, b"message")
    assert not ident.verify(sig, b"messagE")
    assert not SigningKey.generate().public.verify(sig, b"message")


def test_canonical_json_is_order_independent_and_utf8() -> None:
    assert canonical_json({"b": 1, "a": "မြန်မာ"}) == canonical_json({"a": "မြန်မာ", "b": 1})
    assert canonical_json({"a": "မ"}) == '{"a":"မ"}'.encode()
    assert canonical_json({"s": "\x00\x1f\x7f\u2028\"\\/\b\f\n\r\t"}) == \
        b'{"s":"\\u0000\\u001f\x7f\xe2\x80\xa8\\"\\\\/\\b\\f\\n\\r\\t"}'
    with pytest.raises(ValueError):
        canonical_json({"a": "\ud800"})  # a lone surrogate is not UTF-8
    assert canonical_json({"n": 2**53 - 1, "t": True, "z": None, "l": (1, "x")}) == \
        b'{"l":[1,"x"],"n":9007199254740991,"t":true,"z":null}'


_JSON_SCALARS = (st.none() | st.booleans() | st.text()
                 | st.integers(min_value=-(2**54), max_value=2**54)
                 | st.floats(allow_nan=False, allow_infinity=False))
_JSON = st.recursive(_JSON_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(max_size=6) | st.sampled_from(["a", "b", "é", "\ue000", "\U0001f600", "\x7f"]),
    inner, max_size=4), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_canonical_json_fast_path_equals_rfc8785(value: object) -> None:
    # canonical_json writes plain values with the C json encoder and everything else with the
    # rfc8785 package; both must give the same bytes, or raise alike.
    import rfc8785

    try:
        expected: bytes | type[Exception] = bytes(rfc8785.dumps(value))  # type: ignore[arg-type]
    except rfc8785.CanonicalizationError as exc:
        expected = type(exc)
    if isinstance(expected, bytes):
        assert canonical_json(value) == expected
    else:
        with pytest.raises(expected):
            canonical_json(value)


# --- padded blobs (EAB2) -------------------------------------------------------------------------


def encrypt_padded(data: bytes, key: bytes = KEY, piece: int = CHUNK) -> bytes:
    out = io.BytesIO()
    writer = PaddedStreamWriter(key, out, CHUNK)
    for i in range(0, len(data), piece):
        writer.write(data[i : i + piece])
    writer.finish()
    assert writer.written == len(out.getvalue())
    return out.getvalue()


@given(st.binary(max_size=9 * CHUNK), st.sampled_from([CHUNK, 1, 700, 3 * CHUNK + 5]))
@settings(max_examples=80, deadline=None)
def test_padded_round_trip_any_piece_sizes(data: bytes, piece: int) -> None:
    blob = encrypt_padded(data, piece=piece)
    assert blob[:4] == MAGIC_PADDED
    assert decrypt(blob) == data
    assert len(blob) == padded_encrypted_size(len(data), CHUNK)


@given(st.integers(min_value=0, max_value=1 << 40))
def test_padme_bounds(length: int) -> None:
    padded = padme(length)
    assert padded >= max(length, MIN_PADDED)
    assert padded <= max(MIN_PADDED, length * 1.12 + 1)
    assert padme(length + 1) >= padded  # monotone


def test_padding_hides_exact_size() -> None:
    """Files of different sizes in one Padmé bucket look the same on disk."""
    sizes = {len(encrypt_padded(os.urandom(n))) for n in (5000, 5001, 5050, 5119)}
    assert len(sizes) == 1
    assert len(encrypt_padded(b"")) == len(encrypt_padded(b"x" * 1000))


def test_padded_blob_detects_flip_truncation_extension_reorder() -> None:
    data = os.urandom(3 * CHUNK + 100)
    blob = encrypt_padded(data)
    start = HEADER_LEN + LENGTH_FRAME
    frame = CHUNK + TAG_LEN
    for pos in (0, 10, HEADER_LEN + 2, start + 5, len(blob) // 2, len(blob) - 1):
        flipped = bytearray(blob)
        flipped[pos] ^= 0x01
        with pytest.raises(StreamError):
            decrypt(bytes(flipped))
    with pytest.raises(StreamError):
        decrypt(blob[: start + 3 * frame])
    with pytest.raises(StreamError):
        decrypt(blob + b"\x00" * 20)
    swapped = (blob[:start] + blob[start + frame : start + 2 * frame]
               + blob[start : start + frame] + blob[start + 2 * frame :])
    with pytest.raises(StreamError):
        decrypt(swapped)
    other = encrypt_padded(data)  # same plaintext: the length frame cannot be moved across
    with pytest.raises(StreamError):
        decrypt(blob[:HEADER_LEN] + other[HEADER_LEN:start] + blob[start:])
    with pytest.raises(StreamError):
        decrypt(blob, key=bytes(32))


def test_eab1_blobs_still_read() -> None:
    data = os.urandom(2 * CHUNK + 3)
    assert decrypt(encrypt(data)) == data
