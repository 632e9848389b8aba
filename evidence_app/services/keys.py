"""Identities and the team keyring: your key, teammates' public keys, trust.

Import and export use PEM (SubjectPublicKeyInfo) so keys move with ordinary tools; fingerprints
are what people compare over a phone call or a QR code before marking a key trusted.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from evidence_app.crypto.signing import BadKey, PublicIdentity, short_fingerprint
from evidence_app.errors import KeyError_, NotFound, UsageError, ValidationError
from evidence_app.model.schemas import IdentityRead
from evidence_app.model.tables import Identity
from evidence_app.services.workspace import Workspace, now_utc
from evidence_app.taxonomy import TRUST_LEVELS
from evidence_app.vault.files import atomic_write_bytes

MAX_PEM = 16 * 1024


def _read(row: Identity) -> IdentityRead:
    return IdentityRead(fingerprint=row.fingerprint,
                        short_fingerprint=short_fingerprint(row.fingerprint), alias=row.alias,
                        trust=row.trust, team=row.team, public_key_pem=row.public_key_pem,
                        is_local=row.user_id is not None, added_at=row.added_at)


def my_identity(ws: Workspace) -> IdentityRead:
    with ws.session(write=False) as session:
        row = session.get(Identity, ws.fingerprint)
        if row is None:
            raise NotFound("Your identity is missing from this workspace's keyring.")
        return _read(row)


def list_identities(ws: Workspace) -> list[IdentityRead]:
    with ws.session(write=False) as session:
        return [_read(r) for r in session.exec(select(Identity).order_by(col(Identity.alias)))]


def export_public_key(ws: Workspace, dest: Path) -> IdentityRead:
    """Write your public key as PEM (a comment line names the alias and fingerprint).

    The file also holds your X25519 encryption key (derived from your signing key) and an
    Ed25519 signature binding the two, so others can send you encrypted bundles (``bundle
    export --to``). Tools that read one PEM block take the first: the signing key.
    Raises :class:`UsageError` when the folder of ``dest`` does not exist.
    """
    from evidence_app.services.bundle.crypt import encryption_key_pem_blocks

    if not dest.parent.is_dir():
        raise UsageError(f"The folder {dest.parent} does not exist.")
    me = my_identity(ws)
    header = f"# Evidence App key of {me.alias}\n# fingerprint {me.fingerprint}\n"
    body = header + me.public_key_pem + encryption_key_pem_blocks(ws.signer)
    atomic_write_bytes(dest, body.encode("utf-8"))
    dest.chmod(0o644)  # a public key is meant to be shared
    return me


def import_public_key(ws: Workspace, source: Path, *, alias: str | None = None,
                      trust: str = "untrusted") -> IdentityRead:
    """Add a teammate's public key to the keyring (untrusted until a person confirms it).

    Raises :class:`KeyError_` for a file that is not an Ed25519 public key in PEM.
    """
    if trust not in TRUST_LEVELS:
        raise ValidationError(f"trust must be one of {', '.join(TRUST_LEVELS)}", field="trust")
    try:
        if source.stat().st_size > MAX_PEM:
            raise KeyError_(f"{source.name} is too large to be a public key.")
        text = source.read_text("utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyError_(f"Cannot read {source.name} as a PEM text file: {exc}") from exc
    comment_alias = next((line.removeprefix("# Evidence App key of ").strip()
                          for line in text.splitlines()
                          if line.startswith("# Evidence App key of ")), None)
    try:
        identity = PublicIdentity.from_pem(text[text.find("-----BEGIN"):])
    except BadKey as exc:
        raise KeyError_(f"{source.name} is not an Ed25519 public key in PEM format "
                        "(ask your teammate for the file made by 'evidence-app key export').") \
            from exc
    return add_public_key(ws, identity, alias or comment_alias or source.stem, trust)


def add_public_key(ws: Workspace, identity: PublicIdentity, alias: str,
                   trust: str = "untrusted") -> IdentityRead:
    with ws.session() as session:
        row = session.get(Identity, identity.fingerprint)
        if row is None:
            row = Identity(fingerprint=identity.fingerprint, alias=alias[:120],
                           public_key_pem=identity.to_pem(), trust=trust, added_at=now_utc(),
                           added_by=ws.fingerprint)
            session.add(row)
            session.flush()
        return _read(row)


def set_trust(ws: Workspace, fingerprint_prefix: str, trust: str) -> IdentityRead:
    """Mark a teammate's key trusted, untrusted or revoked (your own keys stay 'own')."""
    if trust not in TRUST_LEVELS:
        raise ValidationError(f"trust must be one of {', '.join(TRUST_LEVELS)}", field="trust")
    prefix = fingerprint_prefix.replace(" ", "").lower()
    with ws.session() as session:
        rows = session.exec(select(Identity).where(
            col(Identity.fingerprint).startswith(prefix))).all()
        if not rows:  # "give more digits" would not help here
            raise NotFound(f"No key in the keyring has a fingerprint starting with "
                           f"{fingerprint_prefix!r}. 'evidence-app key list' shows them.")
        if len(rows) > 1:
            raise NotFound(f"{len(rows)} keys match {fingerprint_prefix!r}; give more digits "
                           "of the fingerprint.")
        row = rows[0]
        if row.trust == "own":
            raise ValidationError("your own keys are always trusted", field="trust")
        row.trust = trust
        session.add(row)
        session.flush()
        return _read(row)
