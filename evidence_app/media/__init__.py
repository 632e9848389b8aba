"""Media handling below the services: what a file is, what it claims, and how to preview it.

This package owns content sniffing (:mod:`.detect`), reading the metadata a file claims about
itself (:mod:`.metadata`), in-memory thumbnails and page-sized copies (:mod:`.thumbnail`) and
the generators of synthetic test and demo evidence (:mod:`.synth`). Every byte it reads is
treated as hostile: parsers run with size and time budgets, only plain-image decoders are
enabled in Pillow, nothing is executed and nothing derived from evidence is written to disk.
It imports neither Qt nor any other ``evidence_app`` subpackage except ``evidence_app.errors``.
"""

from __future__ import annotations

from evidence_app.errors import EvidenceAppError


class MediaError(EvidenceAppError):
    """A file could not be read at all (missing, not a regular file, or unreadable).

    Malformed *content* is not an error: the functions of this package then return what they
    could read, ``None`` or a note in an ``errors`` list, as their contracts say.
    """


__all__ = ["MediaError"]
