"""How a custody event reads on a dossier page: its action, and its details as ``key: value``.

The details are the signed event's own JSON keys and values. In English they are printed as
recorded, so a reader finds them as written in the attached ``EXH-nnnn.custody.jsonl``. In
another language the fixed vocabulary is translated: the action, each key the app writes, and
the values that are stored codes (acquisition method, verification status, kind of export or
derivative, yes/no, none). Values that are data (hashes, ids, ERNs, file names, aliases, sizes,
times) are printed as recorded, whatever the language.

The catalogue's source texts (context ``custody``) are the stored codes themselves, so that
English needs no table and a translator sees the exact key; the comment beside each says what
it means.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evidence_app.dossier import describe
from evidence_app.dossier.words import QT_TRANSLATE_NOOP, Words

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("custody", "create"),
    "ingest": QT_TRANSLATE_NOOP("custody", "ingest"),
    "view": QT_TRANSLATE_NOOP("custody", "view"),
    "open": QT_TRANSLATE_NOOP("custody", "open"),
    "edit": QT_TRANSLATE_NOOP("custody", "edit"),
    "export": QT_TRANSLATE_NOOP("custody", "export"),
    "transfer": QT_TRANSLATE_NOOP("custody", "transfer"),
    "receive": QT_TRANSLATE_NOOP("custody", "receive"),
    "verify": QT_TRANSLATE_NOOP("custody", "verify"),
    "review": QT_TRANSLATE_NOOP("custody", "review"),
    "derive": QT_TRANSLATE_NOOP("custody", "derive"),
    "delete": QT_TRANSLATE_NOOP("custody", "delete"),
}
# The keys of the details the app writes in an item's events (services/ingest.py, items.py,
# dossier.py, verify_chain.py, bundle/). An unknown key is printed as recorded.
KEYS = {
    #: the incident the file was added to
    "incident_id": QT_TRANSLATE_NOOP("custody", "incident_id"),
    #: the file's SHA-256
    "sha256": QT_TRANSLATE_NOOP("custody", "sha256"),
    #: the file's size in bytes
    "size": QT_TRANSLATE_NOOP("custody", "size"),
    #: the SHA-256 of the signed ingest attestation
    "attestation_sha256": QT_TRANSLATE_NOOP("custody", "attestation_sha256"),
    #: how the file was acquired
    "acquisition": QT_TRANSLATE_NOOP("custody", "acquisition"),
    #: whether the same bytes were already in the workspace
    "deduplicated": QT_TRANSLATE_NOOP("custody", "deduplicated"),
    #: the id of the derivative (transcript, translation...) made from this item
    "child_id": QT_TRANSLATE_NOOP("custody", "child_id"),
    #: the SHA-256 of that derivative
    "child_sha256": QT_TRANSLATE_NOOP("custody", "child_sha256"),
    #: what kind of export or of derivative
    "kind": QT_TRANSLATE_NOOP("custody", "kind"),
    #: why the file was opened
    "purpose": QT_TRANSLATE_NOOP("custody", "purpose"),
    #: the dossier's id (DOS-...)
    "dossier_id": QT_TRANSLATE_NOOP("custody", "dossier_id"),
    #: the SHA-256 of the dossier PDF
    "dossier_sha256": QT_TRANSLATE_NOOP("custody", "dossier_sha256"),
    #: the exhibit number in that dossier
    "exhibit_number": QT_TRANSLATE_NOOP("custody", "exhibit_number"),
    #: the ERN of the first page of the exhibit sheet
    "ern_first": QT_TRANSLATE_NOOP("custody", "ern_first"),
    #: the ERN of the last page of the exhibit sheet
    "ern_last": QT_TRANSLATE_NOOP("custody", "ern_last"),
    #: whether the dossier was the redacted version
    "redacted": QT_TRANSLATE_NOOP("custody", "redacted"),
    #: whether the PDF was signed
    "signed": QT_TRANSLATE_NOOP("custody", "signed"),
    #: the verification result when the dossier was exported
    "status_at_export": QT_TRANSLATE_NOOP("custody", "status_at_export"),
    #: the verification result
    "status": QT_TRANSLATE_NOOP("custody", "status"),
    #: the files written
    "files": QT_TRANSLATE_NOOP("custody", "files"),
    #: the bundle's id
    "bundle_id": QT_TRANSLATE_NOOP("custody", "bundle_id"),
    #: the key fingerprint of the person the bundle was encrypted to
    "to": QT_TRANSLATE_NOOP("custody", "to"),
    #: whether the bundle was encrypted
    "encrypted": QT_TRANSLATE_NOOP("custody", "encrypted"),
    #: the key fingerprint of whoever sent the bundle
    "from": QT_TRANSLATE_NOOP("custody", "from"),
    #: the alias of whoever sent the bundle
    "from_alias": QT_TRANSLATE_NOOP("custody", "from_alias"),
    #: when the bundle was made
    "bundle_created_at": QT_TRANSLATE_NOOP("custody", "bundle_created_at"),
    #: the SHA-256 of the bundle's BagIt tag manifest
    "tagmanifest_sha256": QT_TRANSLATE_NOOP("custody", "tagmanifest_sha256"),
    #: the hash of the last event of the sender's chain
    "remote_head": QT_TRANSLATE_NOOP("custody", "remote_head"),
}
KINDS = {
    #: an export as a dossier PDF
    "dossier": QT_TRANSLATE_NOOP("custody", "dossier"),
    #: an export in an exchange bundle
    "bundle": QT_TRANSLATE_NOOP("custody", "bundle"),
    #: an export of the item with its attestation and custody (evidence-app item export)
    "item-export": QT_TRANSLATE_NOOP("custody", "item-export"),
    #: derivative kinds
    "redacted": QT_TRANSLATE_NOOP("custody", "redacted copy"),
    "transcript": QT_TRANSLATE_NOOP("custody", "transcript"),
    "translation": QT_TRANSLATE_NOOP("custody", "translation"),
    "excerpt": QT_TRANSLATE_NOOP("custody", "excerpt"),
    "conversion": QT_TRANSLATE_NOOP("custody", "conversion"),
    "other": QT_TRANSLATE_NOOP("custody", "other"),
}
PURPOSES = {
    "view": QT_TRANSLATE_NOOP("custody", "view"),
    "open": QT_TRANSLATE_NOOP("custody", "open"),
    #: shown as a preview picture in the app
    "preview": QT_TRANSLATE_NOOP("custody", "preview"),
}
BOOLEANS = {
    "True": QT_TRANSLATE_NOOP("custody", "yes"),
    "False": QT_TRANSLATE_NOOP("custody", "no"),
    #: no value (JSON null)
    "None": QT_TRANSLATE_NOOP("custody", "none"),
}


class CustodyText:
    """Custody events' actions and details in the dossier's language (see the module)."""

    def __init__(self, words: Words) -> None:
        self._translate = words.translate
        self._as_recorded = words.language == "en"
        self._codes: dict[str, Mapping[str, str]] = {
            "acquisition": describe.ACQUISITION, "kind": KINDS, "purpose": PURPOSES}

    def action(self, action: str) -> str:
        if self._as_recorded or action not in ACTIONS:
            return action
        return self._translate("custody", ACTIONS[action])

    def kind(self, kind: str) -> str:
        """A kind of export or of derivative (``transcript``)."""
        return kind if self._as_recorded else self._value("kind", kind)

    def details(self, details: dict[str, Any]) -> str:
        """``key: value; ...`` (nested values flattened), long hex strings breakable."""
        rows = describe.flatten(details, limit=30)
        if not self._as_recorded:
            rows = [(self._key(key), self._value(key, value)) for key, value in rows]
        return describe.breakable("; ".join(f"{k}: {v}" for k, v in rows) or "–")

    def _key(self, key: str) -> str:
        return self._translate("custody", KEYS[key]) if key in KEYS else key

    def _value(self, key: str, value: str) -> str:
        if key in ("status", "status_at_export") and value in describe.STATUS:
            # "intact: hash and signature verified" -> "intact", as in the exhibit index
            return self._translate("describe", describe.STATUS[value]).split(":")[0]
        table = self._codes.get(key)
        if table is not None and value in table:
            context = "describe" if table is describe.ACQUISITION else "custody"
            return self._translate(context, table[value])
        if value in BOOLEANS:
            return self._translate("custody", BOOLEANS[value])
        return value


__all__ = ["ACTIONS", "KEYS", "CustodyText"]
