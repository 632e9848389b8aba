"""Words for the codes the core stores: review statuses, precisions, roles, verdicts...

The core stores stable English codes (``ready_for_review``, ``cannot_locate``); people see these
translated labels. Taxonomy names (violation types, places) come in English and Burmese from
``evidence_app.taxonomy`` and follow the UI language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from evidence_app.ui.i18n import QT_TRANSLATE_NOOP, current_language

# Qt's lupdate finds calls named translate(context, text); it cannot see through a helper.
translate = QCoreApplication.translate



def language() -> str:
    """"my" when the UI speaks Burmese, else "en" (for taxonomy names)."""
    return current_language()


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: translate("labels", text) for code, text in table.items()}


_REVIEW_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "ready_for_review": QT_TRANSLATE_NOOP("labels", "Ready for review"),
    "verified": QT_TRANSLATE_NOOP("labels", "Verified"),
    "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
}
_DATE_PRECISIONS = {
    "exact": QT_TRANSLATE_NOOP("labels", "Exact time"),
    "day": QT_TRANSLATE_NOOP("labels", "Day"),
    "week": QT_TRANSLATE_NOOP("labels", "Week"),
    "month": QT_TRANSLATE_NOOP("labels", "Month"),
    "range": QT_TRANSLATE_NOOP("labels", "Date range"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
}
_LOCATION_STATUSES = {
    "located": QT_TRANSLATE_NOOP("labels", "Located"),
    "approximate": QT_TRANSLATE_NOOP("labels", "Approximate"),
    "cannot_locate": QT_TRANSLATE_NOOP("labels", "Cannot be located"),
}
_CONFIDENTIALITY = {
    "public": QT_TRANSLATE_NOOP("labels", "Public"),
    "confidential": QT_TRANSLATE_NOOP("labels", "Confidential"),
    "under_seal": QT_TRANSLATE_NOOP("labels", "Under seal"),
}
_OUTCOMES = {
    "killed": QT_TRANSLATE_NOOP("labels", "Killed"),
    "injured": QT_TRANSLATE_NOOP("labels", "Injured"),
    "detained": QT_TRANSLATE_NOOP("labels", "Detained"),
    "disappeared": QT_TRANSLATE_NOOP("labels", "Disappeared"),
    "displaced": QT_TRANSLATE_NOOP("labels", "Displaced"),
}
_ROLES = {
    "victim": QT_TRANSLATE_NOOP("labels", "Victim"),
    "witness": QT_TRANSLATE_NOOP("labels", "Witness"),
    "source": QT_TRANSLATE_NOOP("labels", "Source"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("labels", "Alleged perpetrator"),
}
_SEXES = {
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
_CONSENTS = {
    "not_asked": QT_TRANSLATE_NOOP("labels", "Not asked"),
    "given": QT_TRANSLATE_NOOP("labels", "Given"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
    "not_applicable": QT_TRANSLATE_NOOP("labels", "Not applicable"),
}
_ACQUISITIONS = {
    "field": QT_TRANSLATE_NOOP("labels", "Taken in the field"),
    "witness": QT_TRANSLATE_NOOP("labels", "Given by a witness"),
    "web": QT_TRANSLATE_NOOP("labels", "Downloaded from the web"),
    "import": QT_TRANSLATE_NOOP("labels", "Imported from another tool"),
}
_PERPETRATOR_KINDS = {
    "unit": QT_TRANSLATE_NOOP("labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
}
_VERDICTS = {
    "intact": QT_TRANSLATE_NOOP("labels", "Intact"),
    "modified": QT_TRANSLATE_NOOP("labels", "Modified"),
    "missing": QT_TRANSLATE_NOOP("labels", "Missing"),
    "signature_invalid": QT_TRANSLATE_NOOP("labels", "Bad signature"),
    "unknown_signer": QT_TRANSLATE_NOOP("labels", "Unknown signer"),
    "chain_broken": QT_TRANSLATE_NOOP("labels", "Custody chain broken"),
}
_CUSTODY_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("labels", "created"),
    "ingest": QT_TRANSLATE_NOOP("labels", "added"),
    "view": QT_TRANSLATE_NOOP("labels", "viewed"),
    "open": QT_TRANSLATE_NOOP("labels", "opened"),
    "edit": QT_TRANSLATE_NOOP("labels", "edited"),
    "export": QT_TRANSLATE_NOOP("labels", "exported"),
    "transfer": QT_TRANSLATE_NOOP("labels", "transferred"),
    "receive": QT_TRANSLATE_NOOP("labels", "received"),
    "verify": QT_TRANSLATE_NOOP("labels", "verified"),
    "review": QT_TRANSLATE_NOOP("labels", "reviewed"),
    "derive": QT_TRANSLATE_NOOP("labels", "derivative made"),
    "delete": QT_TRANSLATE_NOOP("labels", "deleted"),
}
_TRUST_LEVELS = {
    "own": QT_TRANSLATE_NOOP("labels", "Your key"),
    "trusted": QT_TRANSLATE_NOOP("labels", "Trusted"),
    "untrusted": QT_TRANSLATE_NOOP("labels", "Not yet trusted"),
    "revoked": QT_TRANSLATE_NOOP("labels", "Revoked"),
}


def review_statuses() -> dict[str, str]:
    return _translated(_REVIEW_STATUSES)


def date_precisions() -> dict[str, str]:
    return _translated(_DATE_PRECISIONS)


def location_statuses() -> dict[str, str]:
    return _translated(_LOCATION_STATUSES)


def confidentiality_levels() -> dict[str, str]:
    return _translated(_CONFIDENTIALITY)


def outcomes() -> dict[str, str]:
    return _translated(_OUTCOMES)


def roles() -> dict[str, str]:
    return _translated(_ROLES)


def sexes() -> dict[str, str]:
    return _translated(_SEXES)


def consents() -> dict[str, str]:
    return _translated(_CONSENTS)


def acquisitions() -> dict[str, str]:
    return _translated(_ACQUISITIONS)


def perpetrator_kinds() -> dict[str, str]:
    return _translated(_PERPETRATOR_KINDS)


def verdicts() -> dict[str, str]:
    return _translated(_VERDICTS)


def custody_actions() -> dict[str, str]:
    return _translated(_CUSTODY_ACTIONS)


def trust_levels() -> dict[str, str]:
    return _translated(_TRUST_LEVELS)


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``, or the code itself when it is unknown."""
    if code is None:
        return ""
    return table.get(code, code)


def format_date(start: date | None, end: date | None, precision: str) -> str:
    """An incident's date as people read it, showing its precision."""
    if start is None or precision == "unknown":
        return translate("labels", "date unknown")
    if precision == "month":
        return start.strftime("%Y-%m")
    if precision == "week":
        return translate("labels", "week of {date}").format(date=start.isoformat())
    if end is not None and end != start:
        return f"{start.isoformat()} – {end.isoformat()}"
    return start.isoformat()


def format_place(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p)


def violation_name(code: str) -> str:
    from evidence_app import taxonomy

    try:
        return taxonomy.violation(code).names.get(language())
    except KeyError:
        return code


def format_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
