"""Burmese (Myanmar script) text: which characters are Burmese, syllables, line-break points.

Burmese is written without spaces between words, so a line may only break between
syllables. This module finds them with the usual rule-based segmentation (the rule behind
Ye Kyaw Thu's ``sylbreak``): a syllable starts at a consonant, independent vowel or
syllable-forming symbol, unless that letter is stacked under the previous one (it follows the
virama U+1039) or closes the previous syllable (it is followed by the asat U+103A, or by a
virama because the next consonant is stacked under it). Kinzi (``င်္``) and stacks
(``သတ္တ``) thus stay inside one syllable, which is what HarfBuzz needs to shape them.

Public API:

* :func:`is_burmese` / :func:`has_burmese`: code points of the Myanmar block (U+1000-U+109F),
  Myanmar Extended-A (U+AA60-U+AA7F) and Extended-B (U+A9E0-U+A9FF).
* :func:`syllables`: a lossless segmentation (``"".join(syllables(t)) == t``) into Burmese
  syllables, runs of Myanmar digits, Myanmar punctuation, runs of other (Latin) characters and
  runs of whitespace.
* :func:`joins_previous`: combining marks and joiners, which stay with the preceding character.
* :func:`break_opportunities`: the indices where a line may start: after breaking whitespace,
  after a zero-width space, and between two Burmese segments (never before ``၊`` or ``။``).
  No-break spaces (U+00A0, U+2007, U+202F) never break.

Everything here is pure string processing: no fonts, no reportlab.
"""

from __future__ import annotations

import unicodedata
from enum import Enum, auto
from functools import lru_cache

__all__ = ["break_opportunities", "has_burmese", "is_burmese", "joins_previous", "syllables"]

VIRAMA = "\u1039"  # MYANMAR SIGN VIRAMA: the next consonant is stacked below
ASAT = "\u103a"  # MYANMAR SIGN ASAT: kills the inherent vowel, closes the syllable
DOT_BELOW = "\u1037"  # may be stored before the asat (both orders occur in real text)
ZWSP = "\u200b"  # an explicit, invisible break opportunity
SECTION_MARKS = frozenset("\u104a\u104b")  # ၊ (comma-like) and ။ (full stop)
# Spaces that look like spaces but must not break a line.
NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
# Myanmar symbols that behave like a syllable of their own: ၌ ၍ ၎ ၏.
_SYLLABLE_SYMBOLS = frozenset("\u104c\u104d\u104e\u104f")


# Per-character facts are looked up for every character of every paragraph (~5 million times
# in a 2,500-page dossier); they depend on the character alone, so they are cached.
_category = lru_cache(maxsize=8192)(unicodedata.category)


def is_burmese(ch: str) -> bool:
    """Return True if the single character ``ch`` is in a Myanmar Unicode block."""
    cp = ord(ch)
    # Myanmar, Myanmar Extended-B, Myanmar Extended-A. Runs for every character printed.
    return 0x1000 <= cp <= 0x109F or 0xA9E0 <= cp <= 0xA9FF or 0xAA60 <= cp <= 0xAA7F


def has_burmese(text: str) -> bool:
    """Return True if any character of ``text`` is Burmese (see :func:`is_burmese`)."""
    return any(is_burmese(ch) for ch in text)


class _Kind(Enum):
    SPACE = auto()  # a run of whitespace (breaking or not) or zero-width spaces
    SYLLABLE = auto()  # a Burmese syllable
    DIGITS = auto()  # a run of Myanmar digits
    MARK = auto()  # ၊ or ။ (a run of them)
    OTHER = auto()  # a run of non-Burmese, non-space characters


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch == ZWSP


def joins_previous(ch: str) -> bool:
    """Whether ``ch`` belongs with the character before it, whatever the script.

    True for combining marks and format characters (ZWJ, ZWNJ, variation selectors), except
    the zero-width space, which separates. Such a character never starts a segment, and
    is set in the font of the character it follows.
    """
    return ch != ZWSP and _category(ch) in ("Mn", "Mc", "Me", "Cf")


def _starts_syllable(text: str, i: int) -> bool:
    """Whether the Burmese letter at ``text[i]`` begins a new syllable."""
    ch = text[i]
    if not (_category(ch) == "Lo" or ch in _SYLLABLE_SYMBOLS):
        return False  # a sign, a medial or a vowel sign continues the syllable
    if i > 0 and text[i - 1] == VIRAMA:
        return False  # stacked under the previous consonant
    j = i + 1
    while j < len(text) and text[j] == DOT_BELOW:
        j += 1
    # Followed by asat: it closes the previous syllable (e.g. the န of မြန်). Followed by a
    # virama: the next consonant stacks under it (the first တ of သတ္တ, the င of kinzi).
    return not (j < len(text) and text[j] in (ASAT, VIRAMA))


def _kind_of(text: str, i: int) -> _Kind:
    return _char_kind(text[i])


@lru_cache(maxsize=8192)
def _char_kind(ch: str) -> _Kind:
    if _is_space(ch):
        return _Kind.SPACE
    if is_burmese(ch):
        if ch in SECTION_MARKS:
            return _Kind.MARK
        if _category(ch) == "Nd":
            return _Kind.DIGITS
        return _Kind.SYLLABLE
    return _Kind.OTHER


def _segments(text: str) -> list[tuple[_Kind, str]]:
    segments: list[tuple[_Kind, str]] = []
    start = 0
    kind: _Kind | None = None
    for i, ch in enumerate(text):
        if kind is not None and joins_previous(ch):
            continue  # stays with whatever precedes it, whatever its script
        new_kind = _kind_of(text, i)
        if kind is None:
            kind = new_kind
            continue
        # A letter that does not start a syllable (stacked, or closed by an asat) stays with
        # what precedes it, even if that is a digit or a Latin letter.
        if new_kind is _Kind.SYLLABLE:
            if not _starts_syllable(text, i):
                continue
        elif new_kind is kind:
            continue
        segments.append((kind, text[start:i]))
        start, kind = i, new_kind
    if kind is not None:
        segments.append((kind, text[start:]))
    return segments


def syllables(text: str) -> list[str]:
    """Split ``text`` into Burmese syllables and the runs between them.

    The result is lossless: ``"".join(syllables(text)) == text``. Burmese letters are grouped
    into syllables (``"မြန်မာ"`` -> ``["မြန်", "မာ"]``, ``"သတ္တဝါ"`` -> ``["သတ္တ", "ဝါ"]``);
    runs of Myanmar digits (``"၁၂၃"``), of ``၊``/``။``, of other characters (an English word,
    ``"ICC-01/04"``) and of whitespace each form one segment. Combining marks and joiners
    stay with the segment before them.
    """
    return [seg for _, seg in _segments(text)]


def break_opportunities(text: str) -> list[int]:
    """Return, in order, the indices ``i`` (``0 < i < len(text)``) where a line may start.

    A line may start at the first non-space character after breaking whitespace or a
    zero-width space, and between two Burmese segments (syllables, digit runs), but never
    at ``၊`` or ``။``, and not between Burmese and an adjacent non-Burmese character
    (a bracket, a quote, a Latin letter) that is not separated from it by a space.
    """
    breaks: list[int] = []
    pos = 0
    prev: tuple[_Kind, str] | None = None
    for kind, seg in _segments(text):
        if prev is not None and pos > 0:
            prev_kind, prev_seg = prev
            if kind in (_Kind.SPACE, _Kind.MARK) or prev_seg.endswith(VIRAMA):
                pass  # never start a line with a space, ၊ or ။ (even after a space), or a stack
            elif prev_kind is _Kind.SPACE:
                if any(ch not in NO_BREAK_SPACES for ch in prev_seg):
                    breaks.append(pos)
            elif prev_kind in (_Kind.SYLLABLE, _Kind.DIGITS, _Kind.MARK) and kind in (
                _Kind.SYLLABLE,
                _Kind.DIGITS,
            ):
                breaks.append(pos)
        pos += len(seg)
        prev = (kind, seg)
    return breaks
