"""Validation problems as people read them, and where they belong in the editor.

The core raises ``ValidationError`` with ``problems = [(field_path, message)]``; paths come from
pydantic (``acts.0.perpetrators.1.name``) or from the services (``people[0].real_name``), and
messages are pydantic's or the record model's. This module normalises the paths and rewrites
pydantic's technical phrases ("String should match pattern ...") into words with an example.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("problems", text)


def split_path(path: str) -> list[str]:
    """``people[0].real_name`` and ``people.0.real_name`` both give ``["people", "0", ...]``."""
    normal = re.sub(r"\[(\d+)\]", r".\1", path or "")
    return [p for p in normal.split(".") if p]


_NUMBER = r"(-?[\d.]+)"


def friendly(message: str, path: list[str]) -> str:
    """Rewrite a validation message in plain words (kept as is when already plain)."""
    last = path[-1] if path else ""
    text = message.strip()
    if text.startswith("String should have at least 1 character") or text == "Field required":
        return _t("This cannot be empty.")
    if text.startswith("List should have at least 1 item"):
        if last == "acts":
            return _t("Add at least one act: what happened, with its violation type.")
        return _t("Add at least one entry.")
    if text.startswith("String should match pattern"):
        if last == "pseudonym":
            return _t("Use only letters, digits, dots and hyphens, e.g. W-0007.")
        if last == "time":
            return _t("Write the time as HH:MM, e.g. 07:30.")
        return _t("This is not written in the expected form.")
    if m := re.match(r"String should have at most (\d+) characters?", text):
        return _t("Shorten this to at most {n} characters.").format(n=m.group(1))
    if m := re.match(r"Input should be less than or equal to " + _NUMBER, text):
        return _t("The largest allowed value is {n}.").format(n=m.group(1))
    if m := re.match(r"Input should be greater than or equal to " + _NUMBER, text):
        return _t("The smallest allowed value is {n}.").format(n=m.group(1))
    if text.startswith(("Input should be a valid number", "Input should be a valid integer")):
        return _t("Write a number here.")
    if text.startswith("Input should be a valid date"):
        return _t("Write the date as YYYY-MM-DD.")
    return text[:1].upper() + text[1:]


def describe_rest(rest: list[str]) -> str:
    """Words for the part of a path below the widget that shows it: ``["1", "name"]`` ->
    "entry 2, name"."""
    words = []
    for part in rest:
        if part.isdigit():
            words.append(_t("entry {n}").format(n=int(part) + 1))
        else:
            words.append(part.replace("_", " "))
    return ", ".join(words)
