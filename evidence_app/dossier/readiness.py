"""The readiness check: what each incident and exhibit lacks before it goes to a court.

The rules follow the per-item record of the Berkeley Protocol (date, place, acquisition, source
URL for web material, integrity, review) and the Leiden Guidelines (precise date and place,
full originals rather than excerpts, translations kept with their original, consent of the
people shown). A gap never blocks an export: the dossier lists them in an annex, and the GUI
and CLI show them first. Pure data in, data out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from evidence_app.dossier.burmese import has_burmese
from evidence_app.dossier.content import ExhibitEntry, Gap, IncidentEntry
from evidence_app.dossier.custody_text import KINDS
from evidence_app.dossier.words import QT_TRANSLATE_NOOP

BERKELEY = "Berkeley Protocol"
LEIDEN = "Leiden Guidelines"
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_PEOPLE_MEDIA = ("image/", "video/", "audio/")


def _gap(subject_type: str, subject_id: str, label: str, code: str, severity: str,
         template: str, standard: str, *, values: dict[str, object],
         worded: dict[str, str] | None = None) -> Gap:
    """A gap whose English message is ``template`` filled with ``values``; both are kept so
    that the dossier and the GUI can show it in another language. ``worded`` names the values
    that are the app's own English words (value name -> catalogue context), translated too."""
    shown = {k: str(v) for k, v in values.items()}
    return Gap(subject_type, subject_id, label, code, severity, template.format(**shown),
               standard, template=template, values=tuple(sorted(shown.items())),
               worded=tuple(sorted((worded or {}).items())))


# Message templates are marked for the dossier catalogue (resources/translations/dossier_*.ts).
_DATE_VAGUE = {
    "week": QT_TRANSLATE_NOOP("readiness", "The date is only known to the week."),
    "month": QT_TRANSLATE_NOOP("readiness", "The date is only known to the month."),
    "range": QT_TRANSLATE_NOOP("readiness", "The date is only known as a range of dates."),
}
# Stored codes are said in words, in a sentence of their own (a code such as 'returned' or
# 'signature_invalid' means nothing to a court, and none of them is Burmese).
_NOT_SIGNED_OFF = {
    "draft": QT_TRANSLATE_NOOP(
        "readiness", "No review sign-off: the incident is still a draft, not verified."),
    "ready_for_review": QT_TRANSLATE_NOOP(
        "readiness", "No review sign-off: the incident is awaiting review, not yet verified."),
    "returned": QT_TRANSLATE_NOOP(
        "readiness", "No review sign-off: the incident was returned to the documenter for "
        "changes, not verified."),
}
_FAILED = {
    "modified": QT_TRANSLATE_NOOP(
        "readiness", "Failed verification at export: the stored bytes do not match the "
        "recorded hash."),
    "missing": QT_TRANSLATE_NOOP(
        "readiness", "Failed verification at export: the stored bytes could not be found."),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "readiness", "Failed verification at export: the signature is invalid."),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "readiness", "Failed verification at export: the signer's key is not in the keyring."),
    "chain_broken": QT_TRANSLATE_NOOP(
        "readiness", "Failed verification at export: the custody chain is broken."),
}
_NO_CONSENT = {
    "victim": QT_TRANSLATE_NOOP("readiness", "{pseudonym} (victim): consent was not asked."),
    "witness": QT_TRANSLATE_NOOP("readiness", "{pseudonym} (witness): consent was not asked."),
}


def _incident_gaps(incident: IncidentEntry, exhibit_count: int) -> Iterable[Gap]:
    def gap(code: str, severity: str, template: str, standard: str, **values: object) -> Gap:
        return _gap("incident", incident.id, incident.title, code, severity, template,
                    standard, values=values)

    if incident.date_start is None or incident.date_precision == "unknown":
        yield gap("date_unknown", "high", QT_TRANSLATE_NOOP(
            "readiness", "No date: courts routinely refuse undated material."),
            f"{LEIDEN}; {BERKELEY}")
    elif incident.date_precision in _DATE_VAGUE:
        yield gap("date_vague", "medium", _DATE_VAGUE[incident.date_precision], LEIDEN)
    if incident.date_start is not None and not incident.date_basis.strip():
        yield gap("date_basis", "low", QT_TRANSLATE_NOOP(
            "readiness", "How the date was established is not recorded."), BERKELEY)
    has_place = any((incident.state_region, incident.township, incident.village,
                     incident.place_description.strip()))
    if incident.location_status == "cannot_locate":
        yield gap("cannot_locate", "high", QT_TRANSLATE_NOOP(
            "readiness", "The place is marked 'cannot be located'."), LEIDEN)
    elif not has_place:
        yield gap("no_place", "high", QT_TRANSLATE_NOOP("readiness", "No place is recorded."),
                  f"{LEIDEN}; {BERKELEY}")
    if incident.location_status != "cannot_locate" and incident.latitude is None:
        yield gap("no_coordinates", "medium", QT_TRANSLATE_NOOP(
            "readiness", "No coordinates for the place."), LEIDEN)
    elif incident.latitude is not None and incident.accuracy_m is None:
        yield gap("no_accuracy", "low", QT_TRANSLATE_NOOP(
            "readiness", "The coordinates' accuracy is not recorded."), LEIDEN)
    if not incident.narrative.strip():
        yield gap("no_narrative", "medium", QT_TRANSLATE_NOOP(
            "readiness", "No narrative of what happened."), BERKELEY)
    elif _is_burmese(incident) and not any(t.narrative.strip() for t in incident.translations
                                           if t.language != "my"):
        yield gap("no_translation", "medium", QT_TRANSLATE_NOOP(
            "readiness", "The Burmese narrative has no translation (a court works in English "
            "or French)."), LEIDEN)
    if incident.review_status in _NOT_SIGNED_OFF:
        yield gap("no_signoff", "medium", _NOT_SIGNED_OFF[incident.review_status], BERKELEY)
    elif incident.review_status != "verified":  # a status this version does not know
        yield gap("no_signoff", "medium", QT_TRANSLATE_NOOP(
            "readiness", "No review sign-off: the incident's review status is {status}, not "
            "verified."), BERKELEY, status=incident.review_status)
    for act in incident.acts:
        if not act.characterizations:
            yield gap("no_characterization", "low", QT_TRANSLATE_NOOP(
                "readiness", "Act {violation} has no candidate legal characterization."),
                "Rome Statute (reviewer's hypothesis)", violation=act.violation_code)
    for person in incident.people:
        if person.role in _NO_CONSENT and person.consent == "not_asked":
            yield gap("consent_missing", "high", _NO_CONSENT[person.role], LEIDEN,
                      pseudonym=person.pseudonym)
    if exhibit_count == 0:
        yield gap("no_exhibits", "medium", QT_TRANSLATE_NOOP(
            "readiness", "No exhibit supports this incident."), BERKELEY)


def _is_burmese(incident: IncidentEntry) -> bool:
    return incident.narrative_language == "my" or has_burmese(incident.narrative)


def _exhibit_gaps(e: ExhibitEntry, included: set[str]) -> Iterable[Gap]:
    def gap(code: str, severity: str, template: str, standard: str,
            worded: dict[str, str] | None = None, **values: object) -> Gap:
        return _gap("exhibit", e.item_id, e.exhibit_number, code, severity, template, standard,
                    values=values, worded=worded)

    if e.verdict.status in _FAILED:
        yield gap("integrity", "high", _FAILED[e.verdict.status], f"{BERKELEY} (authenticity)")
    elif e.verdict.status not in ("intact", "not_checked"):  # a verdict this version lacks
        yield gap("integrity", "high", QT_TRANSLATE_NOOP(
            "readiness", "Failed verification at export: {status}."),
            f"{BERKELEY} (authenticity)", status=e.verdict.status)
    if not e.acquired_by.strip() and e.acquired_at is None:
        yield gap("no_acquisition", "high", QT_TRANSLATE_NOOP(
            "readiness", "No acquisition information: who obtained the file, and when, is not "
            "recorded."), f"{BERKELEY} (chain of custody)")
    elif e.acquired_at is None:
        yield gap("no_acquired_at", "medium", QT_TRANSLATE_NOOP(
            "readiness", "When the file was obtained is not recorded."), BERKELEY)
    elif not e.acquired_by.strip():
        yield gap("no_acquired_by", "medium", QT_TRANSLATE_NOOP(
            "readiness", "Who obtained the file is not recorded."), BERKELEY)
    if e.acquisition_method == "web" and not e.source_url:
        yield gap("no_url", "high", QT_TRANSLATE_NOOP(
            "readiness", "Web material without its source URL."), f"{BERKELEY} para 155")
    if not e.description.strip():
        yield gap("no_description", "low", QT_TRANSLATE_NOOP(
            "readiness", "No description of what the file shows."), BERKELEY)
    if e.parent_id is not None and e.parent_id not in included:
        if e.derivative_kind in KINDS:  # the kind in words ("redacted copy"), translated
            yield gap("original_missing", "high", QT_TRANSLATE_NOOP(
                "readiness", "A derivative ({kind}) whose full original is not in this "
                "dossier: submit the original with it."), LEIDEN,
                kind=KINDS[e.derivative_kind], worded={"kind": "custody"})
        else:
            yield gap("original_missing", "high", QT_TRANSLATE_NOOP(
                "readiness", "A derivative whose full original is not in this dossier: submit "
                "the original with it."), LEIDEN)
    if e.media_type.startswith(_PEOPLE_MEDIA) and e.consent == "not_asked":
        yield gap("consent_missing", "medium", QT_TRANSLATE_NOOP(
            "readiness", "Consent of the people shown or heard was not asked."), LEIDEN)


def check(incidents: Sequence[IncidentEntry], exhibits: Sequence[ExhibitEntry]) -> list[Gap]:
    """Return the gaps of a selection, incidents in order, each followed by its exhibits'."""
    included = {e.item_id for e in exhibits}
    by_incident: dict[str, list[ExhibitEntry]] = {}
    for e in exhibits:
        by_incident.setdefault(e.incident_id, []).append(e)
    gaps: list[Gap] = []
    for incident in incidents:
        own = by_incident.get(incident.id, [])
        gaps += sorted(_incident_gaps(incident, len(own)),
                       key=lambda g: SEVERITY_ORDER.get(g.severity, 3))
        for e in own:
            gaps += sorted(_exhibit_gaps(e, included),
                           key=lambda g: SEVERITY_ORDER.get(g.severity, 3))
    return gaps
