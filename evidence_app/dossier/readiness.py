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

BERKELEY = "Berkeley Protocol"
LEIDEN = "Leiden Guidelines"
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_PEOPLE_MEDIA = ("image/", "video/", "audio/")


def _incident_gaps(incident: IncidentEntry, exhibit_count: int) -> Iterable[Gap]:
    def gap(code: str, severity: str, message: str, standard: str) -> Gap:
        return Gap("incident", incident.id, incident.title, code, severity, message, standard)

    if incident.date_start is None or incident.date_precision == "unknown":
        yield gap("date_unknown", "high", "No date: courts routinely refuse undated material.",
                  f"{LEIDEN}; {BERKELEY}")
    elif incident.date_precision in ("week", "month", "range"):
        yield gap("date_vague", "medium", f"The date is only known {_precision(incident)}.",
                  LEIDEN)
    if incident.date_start is not None and not incident.date_basis.strip():
        yield gap("date_basis", "low", "How the date was established is not recorded.",
                  BERKELEY)
    has_place = any((incident.state_region, incident.township, incident.village,
                     incident.place_description.strip()))
    if incident.location_status == "cannot_locate":
        yield gap("cannot_locate", "high", "The place is marked 'cannot be located'.", LEIDEN)
    elif not has_place:
        yield gap("no_place", "high", "No place is recorded.", f"{LEIDEN}; {BERKELEY}")
    if incident.location_status != "cannot_locate" and incident.latitude is None:
        yield gap("no_coordinates", "medium", "No coordinates for the place.", LEIDEN)
    elif incident.latitude is not None and incident.accuracy_m is None:
        yield gap("no_accuracy", "low", "The coordinates' accuracy is not recorded.", LEIDEN)
    if not incident.narrative.strip():
        yield gap("no_narrative", "medium", "No narrative of what happened.", BERKELEY)
    elif _is_burmese(incident) and not any(t.narrative.strip() for t in incident.translations
                                           if t.language != "my"):
        yield gap("no_translation", "medium", "The Burmese narrative has no translation "
                  "(a court works in English or French).", LEIDEN)
    if incident.review_status != "verified":
        yield gap("no_signoff", "medium", "No review sign-off: the incident is "
                  f"'{incident.review_status}', not 'verified'.", BERKELEY)
    for act in incident.acts:
        if not act.characterizations:
            yield gap("no_characterization", "low", f"Act {act.violation_code} has no candidate "
                      "legal characterization.", "Rome Statute (reviewer's hypothesis)")
    for person in incident.people:
        if person.role in ("victim", "witness") and person.consent == "not_asked":
            yield gap("consent_missing", "high", f"{person.pseudonym} ({person.role}): "
                      "consent was not asked.", LEIDEN)
    if exhibit_count == 0:
        yield gap("no_exhibits", "medium", "No exhibit supports this incident.", BERKELEY)


def _precision(incident: IncidentEntry) -> str:
    return {"week": "to the week", "month": "to the month",
            "range": "as a range of dates"}.get(incident.date_precision, "vaguely")


def _is_burmese(incident: IncidentEntry) -> bool:
    return incident.narrative_language == "my" or has_burmese(incident.narrative)


def _exhibit_gaps(e: ExhibitEntry, included: set[str]) -> Iterable[Gap]:
    def gap(code: str, severity: str, message: str, standard: str) -> Gap:
        return Gap("exhibit", e.item_id, e.exhibit_number, code, severity, message, standard)

    if e.verdict.status not in ("intact", "not_checked"):
        yield gap("integrity", "high", f"Failed verification at export: {e.verdict.status}.",
                  f"{BERKELEY} (authenticity)")
    if not e.acquired_by.strip() and e.acquired_at is None:
        yield gap("no_acquisition", "high", "No acquisition information: who obtained the "
                  "file, and when, is not recorded.", f"{BERKELEY} (chain of custody)")
    elif e.acquired_at is None:
        yield gap("no_acquired_at", "medium", "When the file was obtained is not recorded.",
                  BERKELEY)
    elif not e.acquired_by.strip():
        yield gap("no_acquired_by", "medium", "Who obtained the file is not recorded.",
                  BERKELEY)
    if e.acquisition_method == "web" and not e.source_url:
        yield gap("no_url", "high", "Web material without its source URL.",
                  f"{BERKELEY} para 155")
    if not e.description.strip():
        yield gap("no_description", "low", "No description of what the file shows.", BERKELEY)
    if e.parent_id is not None and e.parent_id not in included:
        kind = e.derivative_kind or "derivative"
        yield gap("original_missing", "high", f"A {kind} whose full original is not in this "
                  "dossier: submit the original with it.", LEIDEN)
    if e.media_type.startswith(_PEOPLE_MEDIA) and e.consent == "not_asked":
        yield gap("consent_missing", "medium", "Consent of the people shown or heard was not "
                  "asked.", LEIDEN)


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
