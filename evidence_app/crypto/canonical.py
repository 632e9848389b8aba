"""Canonical serialization for everything that is signed or hashed: RFC 8785 (JCS) JSON.

Signed statements are plain JSON objects with a ``"type"`` and ``"version"`` field, serialized
with the JSON Canonicalization Scheme so that any verifier (ours, or a reviewer with another JCS
implementation) reproduces the exact bytes. Floats are avoided in signed content (JCS numbers
are IEEE doubles); coordinates are signed as decimal strings.
"""

from __future__ import annotations

from typing import Any

import rfc8785


def canonical_json(obj: Any) -> bytes:
    """Return the RFC 8785 canonical UTF-8 bytes of a JSON-compatible object."""
    return bytes(rfc8785.dumps(obj))
