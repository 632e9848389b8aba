"""Words for the codes the core stores: review statuses, precisions, roles, verdicts...

The core stores stable English codes (``ready_for_review``, ``cannot_locate``); people see these
translated labels. Taxonomy names (violation types, places) come in English and Burmese from
``evidence_app.taxonomy`` and follow the UI language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def language() -> str:
    """"my" when the UI speaks Burmese, else "en" (for taxonomy names)."""
    return "my" if QLocale().language() == QLocale.Language.Burmese else "en"


def review_statuses() -> dict[str, str]:
    return {"draft": _t("Draft"), "ready_for_review": _t("Ready for review"),
            "verified": _t("Verified"), "returned": _t("Returned")}


def date_precisions() -> dict[str, str]:
    return {"exact": _t("Exact time"), "day": _t("Day"), "week": _t("Week"),
            "month": _t("Month"), "range": _t("Date range"), "unknown": _t("Unknown")}


def location_statuses() -> dict[str, str]:
    return {"located": _t("Located"), "approximate": _t("Approximate"),
            "cannot_locate": _t("Cannot be located")}


def confidentiality_levels() -> dict[str, str]:
    return {"public": _t("Public"), "confidential": _t("Confidential"),
            "under_seal": _t("Under seal")}


def outcomes() -> dict[str, str]:
    return {"killed": _t("Killed"), "injured": _t("Injured"), "detained": _t("Detained"),
            "disappeared": _t("Disappeared"), "displaced": _t("Displaced")}


def roles() -> dict[str, str]:
    return {"victim": _t("Victim"), "witness": _t("Witness"), "source": _t("Source"),
            "alleged_perpetrator": _t("Alleged perpetrator")}


def sexes() -> dict[str, str]:
    return {"unknown": _t("Unknown"), "female": _t("Female"), "male": _t("Male"),
            "other": _t("Other")}


def consents() -> dict[str, str]:
    return {"not_asked": _t("Not asked"), "given": _t("Given"), "refused": _t("Refused"),
            "not_applicable": _t("Not applicable")}


def acquisitions() -> dict[str, str]:
    return {"field": _t("Taken in the field"), "witness": _t("Given by a witness"),
            "web": _t("Downloaded from the web"), "import": _t("Imported from another tool")}


def perpetrator_kinds() -> dict[str, str]:
    return {"unit": _t("Unit"), "person": _t("Person")}


def verdicts() -> dict[str, str]:
    return {"intact": _t("Intact"), "modified": _t("Modified"), "missing": _t("Missing"),
            "signature_invalid": _t("Bad signature"), "unknown_signer": _t("Unknown signer"),
            "chain_broken": _t("Custody chain broken")}


def custody_actions() -> dict[str, str]:
    return {"create": _t("created"), "ingest": _t("added"), "view": _t("viewed"),
            "open": _t("opened"), "edit": _t("edited"), "export": _t("exported"),
            "transfer": _t("transferred"), "receive": _t("received"), "verify": _t("verified"),
            "review": _t("reviewed"), "derive": _t("derivative made"), "delete": _t("deleted")}


def trust_levels() -> dict[str, str]:
    return {"own": _t("Your key"), "trusted": _t("Trusted"), "untrusted": _t("Not yet trusted"),
            "revoked": _t("Revoked")}


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``, or the code itself when it is unknown."""
    if code is None:
        return ""
    return table.get(code, code)


def format_date(start: date | None, end: date | None, precision: str) -> str:
    """An incident's date as people read it, showing its precision."""
    if start is None or precision == "unknown":
        return _t("date unknown")
    if precision == "month":
        return start.strftime("%Y-%m")
    if precision == "week":
        return _t("week of {date}").format(date=start.isoformat())
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
