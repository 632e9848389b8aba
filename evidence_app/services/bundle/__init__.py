"""Evidence bundles: a signed BagIt bag in a zip, optionally encrypted to a recipient, that
moves records, evidence files, attestations and custody chains between workspaces and lets a
receiver verify everything without this app (docs/bundle-format.md).

The core functions the CLI and the GUI call:

* :func:`export_bundle` (``export``): write a case's or incidents' bundle;
* :func:`verify_bundle` (``verify``): standalone, per-item verification, no workspace needed;
* :func:`inspect_bundle` (``importer``): verification plus the pre-import summary, writes nothing;
* :func:`import_bundle` (``importer``): merge a verified bundle in one transaction;
* :func:`resolve_conflict` (``conflicts``): keep one version of an incident edited on both sides.

Reading untrusted zips lives in ``reader``, the format's documents in ``schema``, recipient
encryption in ``crypt``, merge rules in ``plan``, the merge's writes in ``merge``.
"""

from evidence_app.services.bundle.conflicts import conflict_versions, resolve_conflict
from evidence_app.services.bundle.export import export_bundle
from evidence_app.services.bundle.importer import import_bundle, inspect_bundle, list_conflicts
from evidence_app.services.bundle.schema import (
    BundleExportResult,
    BundlePlan,
    BundleReport,
    BundleVerificationFailed,
    Decision,
    ImportResult,
    ItemCheck,
    SignerInfo,
)
from evidence_app.services.bundle.verify import verify_bundle

__all__ = ["BundleExportResult", "BundlePlan", "BundleReport", "BundleVerificationFailed",
           "Decision", "ImportResult", "ItemCheck", "SignerInfo", "conflict_versions",
           "export_bundle", "import_bundle", "inspect_bundle", "list_conflicts",
           "resolve_conflict", "verify_bundle"]
