"""Reference vocabularies: violation types, Rome Statute articles, ACLED classes, places.

This module owns reading ``resources/taxonomy/violations.json`` and
``resources/taxonomy/myanmar_admin.json`` into frozen, typed objects and the lookups over them:
which violation codes and Rome Statute articles exist (a characterization is a reviewer's legal
hypothesis, so only the article has to be valid), the ACLED actor classes, and the Myanmar
state/region -> district -> township tree with its spellings in English, Burmese and common
aliases; and the app's small fixed vocabularies (how evidence was acquired, kinds of derivative,
levels of trust in a key). It is a foundation module: stdlib and ``evidence_app.paths`` only,
no Qt and no other part of the app. Files are read once and cached; a malformed file raises
``TaxonomyDataError`` (a bug in the shipped data, not a user error). Unknown codes or names
raise ``KeyError`` with a message that lists what is valid, for the caller to turn into a
user-facing error.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple

from evidence_app.paths import resources_dir

# How an item reached us (issue 3), what a derivative is of its parent, how far a key is trusted.
ACQUISITION_METHODS = ("field", "witness", "web", "import")
DERIVATIVE_KINDS = ("redacted", "transcript", "translation", "excerpt", "conversion", "other")
TRUST_LEVELS = ("trusted", "untrusted", "revoked")

Language = Literal["en", "my"]
Context = Literal["war crime (NIAC)", "crime against humanity", "genocide"]
_CONTEXTS: tuple[str, ...] = ("war crime (NIAC)", "crime against humanity", "genocide")
StateKind = Literal["state", "region", "union_territory"]
_STATE_KINDS: tuple[str, ...] = ("state", "region", "union_territory")


class TaxonomyDataError(ValueError):
    """A bundled taxonomy file is missing a field or has one of the wrong type."""


@dataclass(frozen=True, slots=True)
class Names:
    """A label in English and Burmese (Unicode, never Zawgyi)."""

    en: str
    my: str

    def get(self, language: str) -> str:
        """Return the label in ``language`` ("en" or "my"), falling back to English."""
        return self.my if language == "my" else self.en


@dataclass(frozen=True, slots=True)
class Characterization:
    """A candidate Rome Statute article for a violation type (a hypothesis, not a finding)."""

    article: str
    label: Names
    context: Context


@dataclass(frozen=True, slots=True)
class ViolationType:
    """One entry of the violation taxonomy, e.g. ``AIR`` (airstrike or drone strike).

    ``acled_event_type``/``acled_sub_event_type`` are ``None`` where ACLED has no event of its
    own (forced displacement is coded by the event that caused it); ``acled_alternatives`` lists
    other ACLED codings that fit some incidents of this type.
    """

    code: str
    names: Names
    description: Names
    acled_event_type: str | None
    acled_sub_event_type: str | None
    rome_statute: tuple[Characterization, ...]
    acled_alternatives: tuple[tuple[str, str], ...] = ()
    acled_note: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """The candidate article numbers, e.g. ``("8(2)(e)(i)", "7(1)(a)")``."""
        return tuple(c.article for c in self.rome_statute)


@dataclass(frozen=True, slots=True)
class RomeStatuteArticle:
    """A Rome Statute provision the taxonomy refers to, with its short official title."""

    article: str
    title: Names
    context: Context
    cross_cutting: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Township:
    """A township, with the canonical English names of the district and state/region above it."""

    name: Names
    pcode: str | None
    aliases: tuple[str, ...]
    district: str
    state_region: str


@dataclass(frozen=True, slots=True)
class District:
    """A district or self-administered zone/division; ``part`` is the MIMU sub-state P-code
    (Shan North/South/East, Bago East/West) or ``None``."""

    name: Names
    pcode: str | None
    part: str | None
    aliases: tuple[str, ...]
    townships: tuple[Township, ...]


@dataclass(frozen=True, slots=True)
class StatePart:
    """A MIMU sub-state unit (e.g. "Shan (North)", P-code MMR015)."""

    name: Names
    pcode: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StateRegion:
    """A state, region or union territory; ``name.en`` is the canonical name the app stores."""

    name: Names
    kind: StateKind
    pcodes: tuple[str, ...]
    aliases: tuple[str, ...]
    parts: tuple[StatePart, ...]
    townships_complete: bool
    districts: tuple[District, ...]

    @property
    def townships(self) -> tuple[Township, ...]:
        """Every township of the state/region, district by district."""
        return tuple(t for d in self.districts for t in d.townships)


class TownshipMatch(NamedTuple):
    """Where a township name was found: canonical English state/region, district, township."""

    state_region: str
    district: str
    township: str


# --- reading the files --------------------------------------------------------------------------


def _load(filename: str) -> dict[str, Any]:
    path = resources_dir() / "taxonomy" / filename
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        raise TaxonomyDataError(f"Cannot read the taxonomy file {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise TaxonomyDataError(f'{path}: expected a JSON object with "version": 1')
    return data


def _field(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise TaxonomyDataError(f"{where}: missing field {key!r}")
    return obj[key]


def _str(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _field(obj, key, where)
    if not isinstance(value, str) or not value:
        raise TaxonomyDataError(f"{where}: field {key!r} must be a non-empty string")
    return value


def _opt_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise TaxonomyDataError(f"{where}: field {key!r} must be a non-empty string or null")
    return value


def _list(obj: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> list[Any]:
    value = _field(obj, key, where) if required else obj.get(key, [])
    if not isinstance(value, list):
        raise TaxonomyDataError(f"{where}: field {key!r} must be a list")
    return value


def _obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise TaxonomyDataError(f"{where}: expected an object")
    return value


def _names(obj: Mapping[str, Any], key: str, where: str) -> Names:
    inner = _obj(_field(obj, key, where), f"{where}.{key}")
    return Names(en=_str(inner, "en", f"{where}.{key}"), my=_str(inner, "my", f"{where}.{key}"))


def _strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _list(obj, key, where, required=False)
    if not all(isinstance(v, str) and v for v in values):
        raise TaxonomyDataError(f"{where}: field {key!r} must be a list of non-empty strings")
    return tuple(values)


def _context(obj: Mapping[str, Any], where: str) -> Context:
    value = _str(obj, "context", where)
    if value not in _CONTEXTS:
        raise TaxonomyDataError(f"{where}: context {value!r} is not one of {_CONTEXTS}")
    return value  # type: ignore[return-value]  # narrowed by the membership test above


@cache
def _violations_file() -> dict[str, Any]:
    return _load("violations.json")


@cache
def _articles() -> dict[str, RomeStatuteArticle]:
    result: dict[str, RomeStatuteArticle] = {}
    for i, raw in enumerate(_list(_violations_file(), "rome_statute_articles", "violations.json")):
        where = f"violations.json rome_statute_articles[{i}]"
        item = _obj(raw, where)
        cross = _field(item, "cross_cutting", where)
        if not isinstance(cross, bool):
            raise TaxonomyDataError(f"{where}: cross_cutting must be true or false")
        article = RomeStatuteArticle(
            article=_str(item, "article", where),
            title=_names(item, "title", where),
            context=_context(item, where),
            cross_cutting=cross,
            note=_opt_str(item, "note", where),
        )
        result[article.article] = article
    return result


@cache
def _violations() -> dict[str, ViolationType]:
    articles = _articles()
    result: dict[str, ViolationType] = {}
    for i, raw in enumerate(_list(_violations_file(), "violations", "violations.json")):
        item = _obj(raw, f"violations.json violations[{i}]")
        code = _str(item, "code", f"violations.json violations[{i}]")
        where = f"violations.json violation {code}"
        acled = _obj(_field(item, "acled", where), f"{where}.acled")
        alternatives = tuple(
            (
                _str(_obj(alt, f"{where}.acled"), "event_type", f"{where}.acled"),
                _str(_obj(alt, f"{where}.acled"), "sub_event_type", f"{where}.acled"),
            )
            for alt in _list(acled, "alternatives", f"{where}.acled", required=False)
        )
        characterizations = []
        for raw_char in _list(item, "rome_statute", where):
            char = _obj(raw_char, f"{where}.rome_statute")
            article = _str(char, "article", f"{where}.rome_statute")
            if article not in articles:
                raise TaxonomyDataError(
                    f"{where}: article {article} is missing from rome_statute_articles"
                )
            characterizations.append(
                Characterization(
                    article=article,
                    label=_names(char, "label", f"{where}.rome_statute"),
                    context=_context(char, f"{where}.rome_statute"),
                )
            )
        result[code] = ViolationType(
            code=code,
            names=_names(item, "name", where),
            description=_names(item, "description", where),
            acled_event_type=_opt_str(acled, "event_type", f"{where}.acled"),
            acled_sub_event_type=_opt_str(acled, "sub_event_type", f"{where}.acled"),
            rome_statute=tuple(characterizations),
            acled_alternatives=alternatives,
            acled_note=_opt_str(acled, "note", f"{where}.acled"),
        )
    return result


@cache
def _actor_classes() -> dict[int, Names]:
    raw = _obj(
        _field(_violations_file(), "acled_actor_classes", "violations.json"),
        "violations.json acled_actor_classes",
    )
    return {
        int(number): _names(raw, number, "violations.json acled_actor_classes") for number in raw
    }


# --- violation types, articles, actor classes ---------------------------------------------------


def violation_types() -> tuple[ViolationType, ...]:
    """Return every violation type, in taxonomy order (AIR, SHL, MIN, ...)."""
    return tuple(_violations().values())


def violation_codes() -> tuple[str, ...]:
    """Return every valid violation code, in taxonomy order."""
    return tuple(_violations())


def violation(code: str) -> ViolationType:
    """Return the violation type for ``code`` (exact, upper-case, e.g. ``"AIR"``).

    Raises ``KeyError`` naming the valid codes when ``code`` is unknown.
    """
    found = _violations().get(code)
    if found is None:
        hint = ""
        if isinstance(code, str) and code.strip().upper() in _violations():
            hint = f" (did you mean {code.strip().upper()!r}?)"
        raise KeyError(
            f"Unknown violation code {code!r}{hint}; valid codes: {', '.join(violation_codes())}"
        )
    return found


def is_valid_violation_code(code: str) -> bool:
    """Return whether ``code`` is exactly one of the taxonomy's codes."""
    return code in _violations()


def rome_statute_articles() -> tuple[RomeStatuteArticle, ...]:
    """Return every Rome Statute provision the taxonomy refers to, cross-cutting ones included."""
    return tuple(_articles().values())


def rome_statute_article(article: str) -> RomeStatuteArticle:
    """Return the provision ``article`` (written as in the Statute, e.g. ``"8(2)(e)(i)"``).

    Raises ``KeyError`` naming the known articles when it is not one of them.
    """
    found = _articles().get(article)
    if found is None:
        compact = re.sub(r"^(art\.?|article)\s*", "", article.strip(), flags=re.IGNORECASE)
        compact = compact.replace(" ", "")
        hint = f" (did you mean {compact!r}?)" if compact in _articles() else ""
        raise KeyError(
            f"Unknown Rome Statute article {article!r}{hint}; known articles: "
            + ", ".join(_articles())
        )
    return found


def is_valid_article(article: str) -> bool:
    """Return whether ``article`` is a provision the taxonomy knows (exact spelling)."""
    return article in _articles()


def actor_classes() -> dict[int, dict[str, str]]:
    """Return the ACLED actor classes 1-8 as ``{number: {"en": ..., "my": ...}}`` (a fresh copy)."""
    return {n: {"en": names.en, "my": names.my} for n, names in _actor_classes().items()}


def is_valid_actor_class(number: int) -> bool:
    """Return whether ``number`` is an ACLED actor class (1-8)."""
    return number in _actor_classes()


def actor_class_name(number: int, language: str = "en") -> str:
    """Return the name of ACLED actor class ``number``; raises ``KeyError`` if there is none."""
    names = _actor_classes().get(number)
    if names is None:
        raise KeyError(f"Unknown ACLED actor class {number!r}; valid classes: 1-8")
    return names.get(language)


# --- places ---------------------------------------------------------------------------------------

# Words that name the level rather than the place: "Sagaing Region", "Kayin State",
# "စစ်ကိုင်းတိုင်းဒေသကြီး", "Kanbalu Township". Stripped only as a second try.
_LEVEL_SUFFIXES = (
    "union territory",
    "region",
    "division",
    "state",
    "township",
    "district",
    "တိုင်းဒေသကြီး",
    "ပြည်ထောင်စုနယ်မြေ",
    "ပြည်နယ်",
    "တိုင်း",
    "မြို့နယ်",
    "ခရိုင်",
)
_IGNORED = re.compile(r"[\s\-‐-―'’`.,()\u200b\u200c\u200d\ufeff]+")


def name_key(name: str) -> str:
    """Return the comparison key of a place name: NFC, case-folded, without spaces, hyphens,
    apostrophes, brackets or zero-width characters ("Hpa-An" == "hpa an" == "HpaAn")."""
    return _IGNORED.sub("", unicodedata.normalize("NFC", name).casefold())


def _strip_level(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip()
    lowered = text.casefold()
    for suffix in _LEVEL_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return text[: len(text) - len(suffix)]
    return text


@cache
def _admin_tree() -> tuple[StateRegion, ...]:
    data = _load("myanmar_admin.json")
    states = []
    for i, raw_state in enumerate(_list(data, "states_regions", "myanmar_admin.json")):
        item = _obj(raw_state, f"myanmar_admin.json states_regions[{i}]")
        state_names = _names(item, "name", f"myanmar_admin.json states_regions[{i}]")
        where = f"myanmar_admin.json {state_names.en}"
        kind = _str(item, "kind", where)
        if kind not in _STATE_KINDS:
            raise TaxonomyDataError(f"{where}: kind {kind!r} is not one of {_STATE_KINDS}")
        complete = item.get("townships_complete", False)
        if not isinstance(complete, bool):
            raise TaxonomyDataError(f"{where}: townships_complete must be true or false")
        parts = tuple(
            StatePart(
                name=_names(_obj(p, where), "name", f"{where} part"),
                pcode=_str(_obj(p, where), "pcode", f"{where} part"),
                aliases=_strings(_obj(p, where), "aliases", f"{where} part"),
            )
            for p in _list(item, "parts", where, required=False)
        )
        district_list = []
        for raw_district in _list(item, "districts", where):
            d_item = _obj(raw_district, f"{where} district")
            d_names = _names(d_item, "name", f"{where} district")
            d_where = f"{where} / {d_names.en}"
            township_list = tuple(
                Township(
                    name=_names(_obj(t, d_where), "name", d_where),
                    pcode=_opt_str(_obj(t, d_where), "pcode", d_where),
                    aliases=_strings(_obj(t, d_where), "aliases", d_where),
                    district=d_names.en,
                    state_region=state_names.en,
                )
                for t in _list(d_item, "townships", d_where, required=False)
            )
            district_list.append(
                District(
                    name=d_names,
                    pcode=_opt_str(d_item, "pcode", d_where),
                    part=_opt_str(d_item, "part", d_where),
                    aliases=_strings(d_item, "aliases", d_where),
                    townships=township_list,
                )
            )
        states.append(
            StateRegion(
                name=state_names,
                kind=kind,  # type: ignore[arg-type]  # checked against _STATE_KINDS above
                pcodes=_strings(item, "pcodes", where),
                aliases=_strings(item, "aliases", where),
                parts=parts,
                townships_complete=complete,
                districts=tuple(district_list),
            )
        )
    return tuple(states)


@cache
def _state_index() -> dict[str, StateRegion]:
    index: dict[str, StateRegion] = {}
    for state in _admin_tree():
        spellings = [state.name.en, state.name.my, *state.aliases]
        for part in state.parts:
            spellings += [part.name.en, part.name.my, part.pcode, *part.aliases]
        spellings += list(state.pcodes)
        for spelling in spellings:
            key = name_key(spelling)
            other = index.setdefault(key, state)
            if other is not state:
                raise TaxonomyDataError(
                    f"myanmar_admin.json: {spelling!r} names both {other.name.en} and "
                    f"{state.name.en}"
                )
    return index


@cache
def _township_index() -> dict[str, tuple[Township, ...]]:
    index: dict[str, list[Township]] = {}
    for state in _admin_tree():
        for township in state.townships:
            keys = {name_key(s) for s in (township.name.en, township.name.my, *township.aliases)}
            if township.pcode:
                keys.add(name_key(township.pcode))
            for key in keys:
                index.setdefault(key, []).append(township)
    return {key: tuple(found) for key, found in index.items()}


def states_regions() -> tuple[StateRegion, ...]:
    """Return the 14 states/regions and Naypyitaw Union Territory, in P-code order."""
    return _admin_tree()


def normalize_state_region(name: str) -> str | None:
    """Return the canonical English name ("Kayah") for a state/region written in English,
    Burmese, an alias ("Karenni", "Rangoon", "Shan (North)") or a P-code, ignoring case,
    spacing and a trailing "Region"/"State"/"တိုင်းဒေသကြီး"/"ပြည်နယ်"; ``None`` if unknown.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    index = _state_index()
    found = index.get(name_key(name)) or index.get(name_key(_strip_level(name)))
    return found.name.en if found else None


def state_region(name: str) -> StateRegion:
    """Return the state/region for any spelling ``normalize_state_region`` accepts.

    Raises ``KeyError`` naming the valid states/regions when it is unknown.
    """
    canonical = normalize_state_region(name)
    if canonical is None:
        raise KeyError(
            f"Unknown state/region {name!r}; valid: " + ", ".join(s.name.en for s in _admin_tree())
        )
    return next(s for s in _admin_tree() if s.name.en == canonical)


def districts(state_region_name: str) -> tuple[District, ...]:
    """Return the districts of a state/region (any accepted spelling); ``KeyError`` if unknown."""
    return state_region(state_region_name).districts


def townships(state_region_name: str, district: str | None = None) -> tuple[Township, ...]:
    """Return the townships of a state/region, or of one of its districts.

    Raises ``KeyError`` if the state/region, or the district within it, is unknown. An empty
    result is possible only where ``StateRegion.townships_complete`` is false.
    """
    state = state_region(state_region_name)
    if district is None:
        return state.townships
    key = name_key(district)
    stripped = name_key(_strip_level(district))
    for candidate in state.districts:
        keys = {name_key(s) for s in (candidate.name.en, candidate.name.my, *candidate.aliases)}
        if candidate.pcode:
            keys.add(name_key(candidate.pcode))
        if key in keys or stripped in keys:
            return candidate.townships
    raise KeyError(
        f"Unknown district {district!r} in {state.name.en}; valid: "
        + ", ".join(d.name.en for d in state.districts)
    )


def find_township(name: str, state_region_name: str | None = None) -> list[TownshipMatch]:
    """Return every township called ``name`` (English, Burmese, alias or P-code).

    Names repeat across the country (Minhla is in Magway and in Bago; Htantabin in Bago and
    Yangon), so this returns a list, optionally narrowed to one state/region; an empty list
    means no match (or an unknown ``state_region_name``).
    """
    if not isinstance(name, str) or not name.strip():
        return []
    index = _township_index()
    found = index.get(name_key(name)) or index.get(name_key(_strip_level(name))) or ()
    wanted = normalize_state_region(state_region_name) if state_region_name else None
    if state_region_name and wanted is None:
        return []
    return [
        TownshipMatch(t.state_region, t.district, t.name.en)
        for t in found
        if wanted is None or t.state_region == wanted
    ]
