"""Sealing small secrets (keys, key slots) with AES-256-GCM and a random 96-bit nonce.

A sealed box is ``nonce || ciphertext+tag``. Associated data binds a box to its context (the key
slot header, the purpose string), so a box cannot be moved to another place and still open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class OpenFailed(Exception):
    """The box did not authenticate: wrong key, wrong context, or altered bytes."""


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext`` under ``key`` bound to ``associated_data``."""
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, box: bytes, associated_data: bytes) -> bytes:
    """Decrypt a box made by :func:`seal`; raise :class:`OpenFailed` if it does not authenticate."""
    if len(box) < NONCE_LEN + 16:
        raise OpenFailed("sealed box too short")
    try:
        return AESGCM(key).decrypt(box[:NONCE_LEN], box[NONCE_LEN:], associated_data)
    except InvalidTag as exc:
        raise OpenFailed("sealed box did not authenticate") from exc
