"""How values read on a dossier page: dates with their precision, places, sizes, labels.

Courts refuse vaguely dated material, so a date is never printed without its precision, and a
place never without how precisely it is known (DOMAIN.md). Pure functions, plain strings.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

from evidence_app import taxonomy
from evidence_app.dossier.content import IncidentEntry
from evidence_app.dossier.words import QT_TRANSLATE_NOOP, Translate, untranslated

LANGUAGES = {"en": "English", "my": "Burmese", "th": "Thai", "zh": "Chinese",
             "kac": "Jingpho (Kachin)", "shn": "Shan", "ksw": "S'gaw Karen", "cnh": "Hakha Chin",
             "rki": "Rakhine", "mnw": "Mon", "fr": "French"}
PRECISION = {
    "exact": QT_TRANSLATE_NOOP("describe", "exact time"),
    "day": QT_TRANSLATE_NOOP("describe", "to the day"),
    "week": QT_TRANSLATE_NOOP("describe", "to the week"),
    "month": QT_TRANSLATE_NOOP("describe", "to the month"),
    "range": QT_TRANSLATE_NOOP("describe", "a range of dates"),
    "unknown": QT_TRANSLATE_NOOP("describe", "date unknown"),
}
LOCATION_STATUS = {
    "located": QT_TRANSLATE_NOOP("describe", "located"),
    "approximate": QT_TRANSLATE_NOOP("describe", "approximate location"),
    "cannot_locate": QT_TRANSLATE_NOOP("describe", "cannot be located"),
}
ROLES = {
    "victim": QT_TRANSLATE_NOOP("describe", "victim"),
    "witness": QT_TRANSLATE_NOOP("describe", "witness"),
    "source": QT_TRANSLATE_NOOP("describe", "source"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("describe", "alleged perpetrator"),
}
CONSENT = {
    "given": QT_TRANSLATE_NOOP("describe", "consent given"),
    "refused": QT_TRANSLATE_NOOP("describe", "consent refused"),
    "not_asked": QT_TRANSLATE_NOOP("describe", "not asked"),
    "not_applicable": QT_TRANSLATE_NOOP("describe", "not applicable"),
}
ACQUISITION = {
    "field": QT_TRANSLATE_NOOP("describe", "taken in the field"),
    "witness": QT_TRANSLATE_NOOP("describe", "given by a witness"),
    "web": QT_TRANSLATE_NOOP("describe", "downloaded from the web"),
    "import": QT_TRANSLATE_NOOP("describe", "imported from another tool"),
}
REVIEW = {
    "draft": QT_TRANSLATE_NOOP("describe", "draft (not reviewed)"),
    "ready_for_review": QT_TRANSLATE_NOOP("describe", "awaiting review"),
    "verified": QT_TRANSLATE_NOOP("describe", "verified"),
    "returned": QT_TRANSLATE_NOOP("describe", "returned to the documenter"),
}
# Stored codes printed as they are in English, translated in other languages.
OUTCOMES = {
    "killed": QT_TRANSLATE_NOOP("describe", "killed"),
    "injured": QT_TRANSLATE_NOOP("describe", "injured"),
    "detained": QT_TRANSLATE_NOOP("describe", "detained"),
    "disappeared": QT_TRANSLATE_NOOP("describe", "disappeared"),
    "displaced": QT_TRANSLATE_NOOP("describe", "displaced"),
}
SEXES = {
    "female": QT_TRANSLATE_NOOP("describe", "female"),
    "male": QT_TRANSLATE_NOOP("describe", "male"),
    "other": QT_TRANSLATE_NOOP("describe", "other"),
    "unknown": QT_TRANSLATE_NOOP("describe", "unknown"),
}
PERPETRATOR_KINDS = {
    "unit": QT_TRANSLATE_NOOP("describe", "unit"),
    "person": QT_TRANSLATE_NOOP("describe", "person"),
}
CONFIDENTIALITY = {"public": QT_TRANSLATE_NOOP("describe", "PUBLIC"),
                   "confidential": QT_TRANSLATE_NOOP("describe", "CONFIDENTIAL"),
                   "under_seal": QT_TRANSLATE_NOOP("describe", "UNDER SEAL")}
REDACTED_MARK = " – REDACTED VERSION"
# Why an exhibit is left out of a redacted version (services/dossier_records.py writes them).
WITHHELD_REASONS = {"marked confidential": QT_TRANSLATE_NOOP("describe", "marked confidential"),
                    "marked under seal": QT_TRANSLATE_NOOP("describe", "marked under seal")}
CONFIDENTIALITY_RANK = {"public": 0, "confidential": 1, "under_seal": 2}
# The coarse kind of an exhibit (media.detect.media_kind, set by the services), in this order.
MEDIA_KINDS = {
    "image": QT_TRANSLATE_NOOP("describe", "picture"),
    "video": QT_TRANSLATE_NOOP("describe", "video"),
    "audio": QT_TRANSLATE_NOOP("describe", "audio"),
    "document": QT_TRANSLATE_NOOP("describe", "document"),
    "text": QT_TRANSLATE_NOOP("describe", "text"),
    "other": QT_TRANSLATE_NOOP("describe", "other"),
}
STATUS = {
    "intact": QT_TRANSLATE_NOOP("describe", "intact: hash and signature verified"),
    "modified": QT_TRANSLATE_NOOP("describe",
                                  "MODIFIED: stored bytes do not match the recorded hash"),
    "missing": QT_TRANSLATE_NOOP("describe", "MISSING: the stored bytes could not be found"),
    "signature_invalid": QT_TRANSLATE_NOOP("describe", "SIGNATURE INVALID"),
    "unknown_signer": QT_TRANSLATE_NOOP("describe", "signer's key not in the keyring"),
    "chain_broken": QT_TRANSLATE_NOOP("describe", "custody chain broken"),
    "not_checked": QT_TRANSLATE_NOOP("describe", "not checked"),
}


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


def incident_date(incident: IncidentEntry, translate: Translate = untranslated) -> str:
    """``16 November 2023, 07:30 local (exact time)`` and the like (dates stay ISO-free
    English month names in every language: they are read the same way in court)."""
    start, end, precision = incident.date_start, incident.date_end, incident.date_precision
    if precision == "unknown" or start is None:
        return translate("describe", "Date unknown")
    to = translate("describe", " to ")
    if precision == "month":
        text = f"{start.strftime('%B')} {start.year}"
        if end is not None and (end.year, end.month) != (start.year, start.month):
            text += f"{to}{end.strftime('%B')} {end.year}"
    elif precision == "week":
        text = translate("describe", "week of {day}").format(day=format_day(start))
    else:
        text = format_day(start)
        if end is not None and end != start:
            text += f"{to}{format_day(end)}"
    if incident.time_local:
        text += translate("describe", ", {time} local time").format(time=incident.time_local)
    return f"{text} ({translate('describe', PRECISION.get(precision, precision))})"


def incident_place(incident: IncidentEntry, translate: Translate = untranslated) -> str:
    """Smallest to largest: village, village tract, township, district, state/region."""
    parts = [incident.village,
             incident.village_tract and translate("describe", "{name} village tract").format(
                 name=incident.village_tract),
             incident.township and translate("describe", "{name} Township").format(
                 name=incident.township),
             incident.district and translate("describe", "{name} District").format(
                 name=incident.district),
             incident.state_region]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or translate("describe", "Place not recorded")


def coordinates(incident: IncidentEntry, translate: Translate = untranslated) -> str:
    if incident.latitude is None or incident.longitude is None:
        return translate("describe", "no coordinates")
    lat, lon = incident.latitude, incident.longitude
    text = (f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, "
            f"{abs(lon):.5f}° {'E' if lon >= 0 else 'W'}")
    if incident.accuracy_m:
        text += translate("describe", " (within about {n} m)").format(
            n=f"{incident.accuracy_m:,}")
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


def when(value: datetime | None, tz: str | None = None,
         translate: Translate = untranslated) -> str:
    """A stored UTC time as ``2023-11-16 01:12:00 UTC``; ``tz`` adds the local offset seen."""
    if value is None:
        return translate("describe", "not recorded")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    if tz and tz != "+00:00":
        return text + translate("describe", " (local offset {tz})").format(tz=tz)
    return text


def rfc3339(value: str) -> str:
    """A custody time ``2024-01-02T03:04:05.123456Z`` shortened to the second."""
    return value[:19].replace("T", " ") + " UTC" if len(value) >= 19 else value


def violation_name(code: str, language: str = "en") -> str:
    try:
        return taxonomy.violation(code).names.get(language)
    except KeyError:
        return code


def article_title(article: str, language: str = "en") -> tuple[str, str]:
    """``(title, context)`` of a Rome Statute provision, e.g. war crime in a NIAC; the title
    in ``language`` ("en" or "my"), the context in English (the ICC's own terms)."""
    try:
        found = taxonomy.rome_statute_article(article)
    except KeyError:
        return article, ""
    return found.title.get(language), str(found.context)


def article(article: str, translate: Translate = untranslated) -> str:
    """A Rome Statute provision as cited: ``Art. 8(2)(e)(i)``; the number as it is."""
    return translate("describe", "Art. {article}").format(article=article)


def actor_class(number: int | None, translate: Translate = untranslated,
                language: str = "en") -> str:
    """``ACLED class 1: State forces``: ACLED's class number (an identifier, kept in every
    language) and the taxonomy's name for it in ``language``."""
    if number is None:
        return ""
    try:
        name = taxonomy.actor_class_name(number, language)
    except KeyError:
        return translate("describe", "ACLED class {number}").format(number=number)
    return translate("describe", "ACLED class {number}: {name}").format(number=number,
                                                                      name=name)


def media_kinds(kinds_and_types: list[tuple[str, str]],
                translate: Translate = untranslated) -> str:
    """``picture: 3 (image/jpeg); document: 1 (application/pdf)``: exhibits counted by kind,
    each with the media types it holds (standard identifiers, as recorded), counted when
    there are several."""
    types: dict[str, Counter[str]] = {}
    for kind, media_type in kinds_and_types:
        types.setdefault(kind if kind in MEDIA_KINDS else "other", Counter())[media_type] += 1
    parts = []
    for kind in MEDIA_KINDS:
        found = types.get(kind)
        if not found:
            continue
        listed = (next(iter(found)) if len(found) == 1 else ", ".join(
            f"{t} {n:,}" for t, n in sorted(found.items(), key=lambda tn: (-tn[1], tn[0]))))
        parts.append(f"{translate('describe', MEDIA_KINDS[kind])}: "
                     f"{sum(found.values()):,} ({listed})")
    return "; ".join(parts)


def marking(levels: list[str], *, redacted: bool) -> str:
    """The page marking: the highest confidentiality of what the dossier holds."""
    top = max(levels, key=lambda lv: CONFIDENTIALITY_RANK.get(lv, 1)) if levels else "confidential"
    text = CONFIDENTIALITY.get(top, top.upper())
    return f"{text}{REDACTED_MARK}" if redacted else text


def marking_text(marking: str, translate: Translate = untranslated) -> str:
    """A page marking made by :func:`marking` (``CONFIDENTIAL – REDACTED VERSION``) in the
    dossier's language; a marking it did not make is printed as it is."""
    redacted = marking.endswith(REDACTED_MARK)
    level = marking.removesuffix(REDACTED_MARK)
    text = translate("describe", level) if level in CONFIDENTIALITY.values() else level
    return text + translate("describe", " – REDACTED VERSION") if redacted else text


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
