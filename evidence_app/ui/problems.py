"""Validation problems as people read them, and where they belong in the editor.

The core raises ``ValidationError`` with ``problems = [(field_path, message)]``; paths come from
pydantic (``acts.0.perpetrators.1.name``) or from the services (``people[0].real_name``), and
messages are pydantic's or the record model's. This module normalises the paths and rewrites
pydantic's technical phrases ("String should have at most ...") and the record model's English
rules into translated words with an example.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Qt's lupdate finds calls named translate(context, text); it cannot see through a helper.
translate = QCoreApplication.translate



def split_path(path: str) -> list[str]:
    """``people[0].real_name`` and ``people.0.real_name`` both give ``["people", "0", ...]``."""
    normal = re.sub(r"\[(\d+)\]", r".\1", path or "")
    return [p for p in normal.split(".") if p]


_NUMBER = r"(-?[\d.]+)"


def is_pattern_mismatch(message: str, field: str) -> bool:
    """Whether ``message`` says that ``field`` is not in its required form: the record model's
    words for it (``PATTERN_RULES``) or pydantic's own phrase for a field without them."""
    if message.startswith("String should match pattern"):
        return True
    from evidence_app.model.schemas import PATTERN_RULES  # pydantic: loaded after first paint

    return message == PATTERN_RULES.get(field)


def friendly(message: str, path: list[str]) -> str:
    """Rewrite a validation message in plain words (kept as is when already plain)."""
    last = path[-1] if path else ""
    text = message.strip()
    if text.startswith("String should have at least 1 character") or text == "Field required":
        return translate("problems", "This cannot be empty.")
    if text.startswith("List should have at least 1 item"):
        if last == "acts":
            return translate("problems", "Add at least one act: what happened, with its "
                                         "violation type.")
        return translate("problems", "Add at least one entry.")
    if "is not a time of day" in text:  # the core's words for a bad date.time
        return translate("problems", "Write the time as HH:MM, e.g. 07:30.")
    if is_pattern_mismatch(text, last):
        if last == "pseudonym":
            return translate("problems", "Use only letters, digits, dots and hyphens, e.g. W-0007.")
        if last == "time":
            return translate("problems", "Write the time as HH:MM, e.g. 07:30.")
        return translate("problems", "This is not written in the expected form.")
    if m := re.match(r"String should have at most (\d+) characters?", text):
        return translate("problems", "Shorten this to at most {n} characters.").format(n=m.group(1))
    if m := re.match(r"Input should be less than or equal to " + _NUMBER, text):
        return translate("problems", "The largest allowed value is {n}.").format(n=m.group(1))
    if m := re.match(r"Input should be greater than or equal to " + _NUMBER, text):
        return translate("problems", "The smallest allowed value is {n}.").format(n=m.group(1))
    if text.startswith(("Input should be a valid number", "Input should be a valid integer")):
        return translate("problems", "Write a number here.")
    if text.startswith("Input should be a valid date"):
        return translate("problems", "Write the date as YYYY-MM-DD.")
    return text[:1].upper() + text[1:]


def describe_rest(rest: list[str]) -> str:
    """Words for the part of a path below the widget that shows it: ``["1", "name"]`` ->
    "entry 2, name"."""
    words = []
    for part in rest:
        if part.isdigit():
            words.append(translate("problems", "entry {n}").format(n=int(part) + 1))
        else:
            words.append(part.replace("_", " "))
    return ", ".join(words)
