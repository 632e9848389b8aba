"""How values read on a dossier page: dates with their precision, places, sizes, labels.

Courts refuse vaguely dated material, so a date is never printed without its precision, and a
place never without how precisely it is known (DOMAIN.md). Pure functions, plain strings.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from evidence_app import taxonomy
from evidence_app.dossier.content import IncidentEntry

LANGUAGES = {"en": "English", "my": "Burmese", "th": "Thai", "zh": "Chinese",
             "kac": "Jingpho (Kachin)", "shn": "Shan", "ksw": "S'gaw Karen", "cnh": "Hakha Chin",
             "rki": "Rakhine", "mnw": "Mon", "fr": "French"}
PRECISION = {"exact": "exact time", "day": "to the day", "week": "to the week",
             "month": "to the month", "range": "a range of dates", "unknown": "date unknown"}
LOCATION_STATUS = {"located": "located", "approximate": "approximate location",
                   "cannot_locate": "cannot be located"}
ROLES = {"victim": "victim", "witness": "witness", "source": "source",
         "alleged_perpetrator": "alleged perpetrator"}
CONSENT = {"given": "consent given", "refused": "consent refused", "not_asked": "not asked",
           "not_applicable": "not applicable"}
ACQUISITION = {"field": "taken in the field", "witness": "given by a witness",
               "web": "downloaded from the web", "import": "imported from another tool"}
REVIEW = {"draft": "draft (not reviewed)", "ready_for_review": "awaiting review",
          "verified": "verified", "returned": "returned to the documenter"}
CONFIDENTIALITY = {"public": "PUBLIC", "confidential": "CONFIDENTIAL", "under_seal": "UNDER SEAL"}
CONFIDENTIALITY_RANK = {"public": 0, "confidential": 1, "under_seal": 2}
STATUS = {"intact": "intact: hash and signature verified",
          "modified": "MODIFIED: stored bytes do not match the recorded hash",
          "missing": "MISSING: the stored bytes could not be found",
          "signature_invalid": "SIGNATURE INVALID",
          "unknown_signer": "signer's key not in the keyring",
          "chain_broken": "custody chain broken",
          "not_checked": "not checked"}


_LONG_HEX = re.compile(r"[0-9a-fA-F]{24,}")
ZWSP = "\u200b"


def breakable(text: str) -> str:
    """Offer line breaks every 16 digits inside long hex strings (hashes, signatures).

    A zero-width space is a break point to the text engine and is neither drawn nor
    extracted; without it a 64-digit hash in a narrow cell is cut character by character.
    """
    return _LONG_HEX.sub(lambda m: ZWSP.join(m.group(0)[i:i + 16]
                                            for i in range(0, len(m.group(0)), 16)), text)


def language(code: str) -> str:
    return LANGUAGES.get(code, code)


def format_day(value: date) -> str:
    return f"{value.day} {value.strftime('%B')} {value.year}"


def incident_date(incident: IncidentEntry) -> str:
    """``16 November 2023, 07:30 local (exact time)`` and the like."""
    start, end, precision = incident.date_start, incident.date_end, incident.date_precision
    if precision == "unknown" or start is None:
        return "Date unknown"
    if precision == "month":
        text = f"{start.strftime('%B')} {start.year}"
        if end is not None and (end.year, end.month) != (start.year, start.month):
            text += f" to {end.strftime('%B')} {end.year}"
    elif precision == "week":
        text = f"week of {format_day(start)}"
    else:
        text = format_day(start)
        if end is not None and end != start:
            text += f" to {format_day(end)}"
    if incident.time_local:
        text += f", {incident.time_local} local time"
    return f"{text} ({PRECISION.get(precision, precision)})"


def incident_place(incident: IncidentEntry) -> str:
    """Smallest to largest: village, village tract, township, district, state/region."""
    parts = [incident.village, incident.village_tract and f"{incident.village_tract} village tract",
             incident.township and f"{incident.township} Township",
             incident.district and f"{incident.district} District", incident.state_region]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or "Place not recorded"


def coordinates(incident: IncidentEntry) -> str:
    if incident.latitude is None or incident.longitude is None:
        return "no coordinates"
    lat, lon = incident.latitude, incident.longitude
    text = (f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, "
            f"{abs(lon):.5f}° {'E' if lon >= 0 else 'W'}")
    if incident.accuracy_m:
        text += f" (within about {incident.accuracy_m:,} m)"
    return text


def size(num_bytes: int) -> str:
    """``1,234,567 bytes (1.2 MB)``: exact, then readable."""
    value = float(num_bytes)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            readable = f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
            break
        value /= 1000
    return f"{num_bytes:,} bytes ({readable})" if num_bytes >= 1000 else f"{num_bytes} bytes"


def short_size(num_bytes: int) -> str:
    value = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def when(value: datetime | None, tz: str | None = None) -> str:
    """A stored UTC time as ``2023-11-16 01:12:00 UTC``; ``tz`` adds the local offset seen."""
    if value is None:
        return "not recorded"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"{text} (local offset {tz})" if tz and tz != "+00:00" else text


def rfc3339(value: str) -> str:
    """A custody time ``2024-01-02T03:04:05.123456Z`` shortened to the second."""
    return value[:19].replace("T", " ") + " UTC" if len(value) >= 19 else value


def violation_name(code: str) -> str:
    try:
        return taxonomy.violation(code).names.en
    except KeyError:
        return code


def article_title(article: str) -> tuple[str, str]:
    """``(English title, context)`` of a Rome Statute provision, e.g. war crime in a NIAC."""
    try:
        found = taxonomy.rome_statute_article(article)
    except KeyError:
        return article, ""
    return found.title.en, str(found.context)


def actor_class(number: int | None) -> str:
    if number is None:
        return ""
    try:
        return f"ACLED class {number}: {taxonomy.actor_class_name(number)}"
    except KeyError:
        return f"ACLED class {number}"


def marking(levels: list[str], *, redacted: bool) -> str:
    """The page marking: the highest confidentiality of what the dossier holds."""
    top = max(levels, key=lambda lv: CONFIDENTIALITY_RANK.get(lv, 1)) if levels else "confidential"
    text = CONFIDENTIALITY.get(top, top.upper())
    return f"{text} – REDACTED VERSION" if redacted else text


def flatten(data: Any, prefix: str = "", *, limit: int = 80) -> list[tuple[str, str]]:
    """Nested metadata as ``(dotted.key, value)`` rows, values clipped, at most ``limit``."""
    rows: list[tuple[str, str]] = []

    def walk(value: Any, key: str) -> None:
        if len(rows) >= limit:
            return
        if isinstance(value, dict):
            for k in sorted(value, key=str):
                walk(value[k], f"{key}.{k}" if key else str(k))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, v in enumerate(value):
                walk(v, f"{key}[{i}]")
        else:
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            rows.append((key, text if len(text) <= 300 else text[:299] + "…"))

    walk(data, prefix)
    return rows
