"""Redaction for disclosure: protected people's names and contacts replaced by pseudonyms.

The link from pseudonym to real identity is the most dangerous data in the system (DOMAIN.md).
A redacted dossier prints people by pseudonym only and passes every other string it prints
(narratives, translations, descriptions, notes, metadata, custody details, file names) through
:meth:`Redactor.text`, which replaces each protected person's real name, its common shorter
forms (without an honorific such as Daw, U, ဒေါ်, ဦး, or a trailing parenthesis) and their
contact with the pseudonym. Signed bytes cannot be edited without breaking their signature, so
:meth:`Redactor.mentions` tells the caller to withhold them instead.

What it cannot do: recognise a person described without their recorded name ("the headman's
wife"). The cover of a redacted dossier says that identities were replaced; a reviewer still
reads it before disclosure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

LATIN_HONORIFICS = ("daw", "u", "ko", "ma", "maung", "mg", "naw", "saw", "sai", "nang", "nan",
                    "khun", "mahn", "mi", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.")
BURMESE_HONORIFICS = ("ဒေါ်", "ဦး", "ကို", "မောင်", "နော်", "စော", "စိုင်း", "နန်း", "မ")
MIN_VARIANT = 4  # shorter forms than this would replace ordinary words


@dataclass(frozen=True)
class ProtectedPerson:
    pseudonym: str
    real_name: str
    contact: str


def _variants(name: str) -> set[str]:
    name = " ".join(name.split())
    out = {name}
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    out.add(bare)
    for form in (name, bare):
        words = form.split(" ")
        if len(words) > 1 and words[0].lower() in LATIN_HONORIFICS:
            out.add(" ".join(words[1:]))
        for prefix in BURMESE_HONORIFICS:
            if form.startswith(prefix) and len(form) - len(prefix) >= 3:
                out.add(form[len(prefix):].strip())
                break
    return {v for v in out if len(v) >= MIN_VARIANT or (v == name and len(v) >= 2)}


def _pattern(text: str) -> str:
    escaped = re.escape(text).replace(r"\ ", r"\s+")
    # Latin names only match whole words; Burmese has no spaces between words, so a Burmese
    # name matches wherever it occurs.
    if text[:1].isascii() and text[:1].isalnum():
        escaped = r"(?<!\w)" + escaped
    if text[-1:].isascii() and text[-1:].isalnum():
        escaped += r"(?!\w)"
    return escaped


class Redactor:
    """Replaces protected people's names and contacts in any text printed."""

    def __init__(self, people: Iterable[ProtectedPerson]) -> None:
        replacements: dict[str, str] = {}
        for person in people:
            if person.real_name.strip():
                for variant in _variants(person.real_name):
                    replacements.setdefault(variant.casefold(), person.pseudonym)
            contact = person.contact.strip()
            if len(contact) >= MIN_VARIANT:
                replacements.setdefault(contact.casefold(),
                                        f"[contact of {person.pseudonym} withheld]")
        self._by_key = replacements
        variants = sorted(replacements, key=len, reverse=True)  # longest first
        self._regex = (re.compile("|".join(_pattern(v) for v in variants), re.IGNORECASE)
                       if variants else None)

    def text(self, value: str) -> str:
        if self._regex is None or not value:
            return value
        return self._regex.sub(self._replace, value)

    def _replace(self, match: re.Match[str]) -> str:
        key = " ".join(match.group(0).split()).casefold()
        return self._by_key.get(key, "[withheld]")

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def mentions(self, value: str | bytes) -> bool:
        """Whether ``value`` names a protected person (signed bytes: withhold, don't edit)."""
        if self._regex is None:
            return False
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        return self._regex.search(text) is not None


class NoRedaction(Redactor):
    """The identity: an unredacted dossier prints everything as recorded."""

    def __init__(self) -> None:
        super().__init__([])
