"""Typed errors raised by the core.

The core never produces UI text; it raises one of these, each carrying a message written for
the person at the keyboard (what went wrong and what to do next), and where it helps the field or
path concerned. ``cli`` maps them to exit codes, ``ui/errors`` to dialogs and message bars.
"""

from __future__ import annotations


class EvidenceAppError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message


class UsageError(EvidenceAppError):
    """The request itself is malformed (a missing argument, an option that makes no sense)."""

    exit_code = 2


class ValidationError(EvidenceAppError):
    """Input data is invalid; nothing was written. ``field`` names the offending field."""

    exit_code = 2

    def __init__(self, message: str, *, field: str | None = None,
                 problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message, field=field)
        self.problems = problems or ([(field or "", message)])


class UnlockError(EvidenceAppError):
    """The workspace could not be unlocked."""

    exit_code = 2


class WrongPassphrase(UnlockError):
    """No key slot of the workspace opens with the passphrase given."""


class WorkspaceNotFound(UnlockError):
    """There is no workspace in the folder named."""


class WorkspaceExists(UsageError):
    """A workspace already exists where a new one was to be created."""


class WorkspaceTooNew(UnlockError):
    """The workspace was written by a newer version of the app; it is left untouched."""


class WorkspaceCorrupt(UnlockError):
    """The workspace's key file or database is damaged in a way we cannot open."""


class WorkspaceLocked(EvidenceAppError):
    """An operation needs an unlocked workspace."""


class NotFound(EvidenceAppError):
    """A record named by id does not exist in this workspace."""

    exit_code = 2


class IntegrityError(EvidenceAppError):
    """Stored evidence or a signature does not match what was recorded."""


class KeyError_(EvidenceAppError):
    """A key could not be read, imported or used (bad PEM, unknown signer...)."""

    exit_code = 2


class IngestError(EvidenceAppError):
    """A file could not be ingested; nothing partial was referenced."""


class BundleRejected(EvidenceAppError):
    """An evidence bundle failed a check; nothing from it was written."""


class Cancelled(EvidenceAppError):
    """The user cancelled a long operation; nothing partial was kept."""
