"""Non-table models: what services accept (``*Create``) and hand out (``*Read``).

``IncidentCreate`` is also the JSON record format, version 1 (docs/record-format.md): the CLI's
``incident add --json``, the demo data, bundles and CSV import all go through it, so one set of
validators decides what a valid record is. Validation failures name the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError

from evidence_app import taxonomy

MAX_TITLE = 300
MAX_TEXT = 200_000
MAX_SHORT = 300

DatePrecision = Literal["exact", "day", "week", "month", "range", "unknown"]
LocationStatus = Literal["located", "approximate", "cannot_locate"]
Confidentiality = Literal["public", "confidential", "under_seal"]
ReviewStatus = Literal["draft", "ready_for_review", "verified", "returned"]
Outcome = Literal["killed", "injured", "detained", "disappeared", "displaced"]
Role = Literal["victim", "witness", "source", "alleged_perpetrator"]
Consent = Literal["given", "refused", "not_asked", "not_applicable"]
Sex = Literal["female", "male", "other", "unknown"]
Acquisition = Literal["field", "witness", "web", "import"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ONE_DAY = timedelta(days=1)

REVIEW_STATUSES: tuple[str, ...] = ("draft", "ready_for_review", "verified", "returned")


def _no_control_chars(value: str) -> str:
    bad = [c for c in value if (ord(c) < 32 and c not in "\n\r\t") or ord(c) == 127]
    if bad:
        raise ValueError("contains control characters; remove them")
    return value


_TIME_OF_DAY = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


# What a ``pattern=`` field allows, in words. Pydantic's own message quotes the regular expression
# ("String should match pattern '^[\\w.\\-/]+$'"), which the CLI, a CSV import report and a
# bundle problem would print as it is. The pattern stays on the field, so what is valid (and the
# JSON schema) is unchanged: only the message of a mismatch is replaced.
PATTERN_RULES: dict[str, str] = {
    "reference": "a case reference may hold only letters, digits, dots, hyphens, underscores "
                 "and slashes, with no spaces; write it like MMR-EA-2024-01",
    "ern_prefix": "an ERN prefix is capital letters A-Z and digits in groups joined by single "
                  "hyphens, with no spaces; write it like MMR-EA-0001",
    "pseudonym": "a pseudonym may hold only letters, digits, dots, hyphens and underscores, "
                 "with no spaces; write it like W-0007",
    "id": "an incident id is the 36 characters the app wrote (digits, a-f and hyphens, like "
          "3f2b1c9e-0d4a-4e8b-9c1f-2a7d5e6b8c90); leave it out to have a new one made",
}


def _pattern_in_words(value: Any, handler: ValidatorFunctionWrapHandler,
                      info: ValidationInfo) -> Any:
    """Run the field's own validation; say a pattern mismatch with ``PATTERN_RULES``."""
    try:
        return handler(value)
    except PydanticValidationError as exc:
        rule = PATTERN_RULES.get(info.field_name or "")
        if rule is None or not any(e["type"] == "string_pattern_mismatch"
                                   for e in exc.errors()):
            raise
        # The rule is fixed text: no braces, so nothing in it is read as a placeholder.
        raise PydanticCustomError("string_pattern_mismatch", rule) from None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator(*PATTERN_RULES, mode="wrap", check_fields=False)
    @classmethod
    def _pattern_in_words(cls, value: Any, handler: ValidatorFunctionWrapHandler,
                          info: ValidationInfo) -> Any:
        return _pattern_in_words(value, handler, info)


class DateInput(_Strict):
    start: date | None = None
    end: date | None = None
    precision: DatePrecision = "day"
    time: str | None = None
    basis: str = Field(default="", max_length=MAX_SHORT * 10)

    @field_validator("time")
    @classmethod
    def _time_of_day(cls, value: str | None) -> str | None:
        # A pattern constraint said "String should match pattern '^([01]\d|2[0-3])...'".
        if value is not None and not _TIME_OF_DAY.fullmatch(value):
            raise ValueError(f"{value!r} is not a time of day; write it as HH:MM, from 00:00 "
                             "to 23:59")
        return value

    @field_validator("start", "end", mode="before")
    @classmethod
    def _iso_text_only(cls, value: object) -> object:
        # Pydantic would read a number as a Unix timestamp: 86400 would become 1970-01-02.
        if value is not None and not isinstance(value, (str, date)):
            raise ValueError("write the date as YYYY-MM-DD")
        if isinstance(value, str) and not _ISO_DATE.fullmatch(value.strip()):
            raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD")
        return value

    @field_validator("start", "end")
    @classmethod
    def _plausible(cls, value: date | None) -> date | None:
        if value is not None and not (date(1900, 1, 1) <= value <= date.today() + ONE_DAY):
            raise ValueError(f"{value.isoformat()} is outside 1900-01-01 to today")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> DateInput:
        if self.precision != "unknown" and self.start is None:
            raise ValueError("a start date is required unless the precision is 'unknown'")
        if self.end is not None and self.start is not None and self.end < self.start:
            raise ValueError("the end date is before the start date")
        if self.precision == "range" and self.end is None:
            raise ValueError("precision 'range' needs an end date")
        if self.time is not None and self.precision not in ("exact", "day"):
            raise ValueError("a time of day only makes sense with precision 'exact' or 'day'")
        return self


class PlaceInput(_Strict):
    state_region: str | None = Field(default=None, max_length=80)
    district: str | None = Field(default=None, max_length=80)
    township: str | None = Field(default=None, max_length=80)
    village_tract: str | None = Field(default=None, max_length=120)
    village: str | None = Field(default=None, max_length=120)
    description: str = Field(default="", max_length=MAX_SHORT * 10)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    accuracy_m: int | None = Field(default=None, ge=1, le=1_000_000)
    status: LocationStatus = "located"
    basis: str = Field(default="", max_length=MAX_SHORT * 10)

    @field_validator("state_region")
    @classmethod
    def _known_state(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        canonical = taxonomy.normalize_state_region(value)
        if canonical is None:
            names = ", ".join(s.name.en for s in taxonomy.states_regions())
            raise ValueError(f"unknown state/region {value!r}; use one of: {names}")
        return canonical

    @model_validator(mode="after")
    def _coordinates_pair(self) -> PlaceInput:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both latitude and longitude, or neither")
        if self.status == "cannot_locate" and self.latitude is not None:
            raise ValueError("status 'cannot_locate' cannot have coordinates")
        return self


class PerpetratorInput(_Strict):
    kind: Literal["unit", "person"] = "unit"
    name: str = Field(min_length=1, max_length=MAX_SHORT)
    actor_class: int | None = Field(default=None, ge=1, le=8)
    notes: str = Field(default="", max_length=MAX_TEXT)


class VictimCountInput(_Strict):
    outcome: Outcome
    count: int = Field(ge=0, le=10_000_000)
    notes: str = Field(default="", max_length=MAX_SHORT * 10)


class ActInput(_Strict):
    violation: str = Field(min_length=1, max_length=8)
    description: str = Field(default="", max_length=MAX_TEXT)
    characterizations: list[str] = Field(default_factory=list, max_length=40)
    perpetrators: list[PerpetratorInput] = Field(default_factory=list, max_length=200)
    victims: list[VictimCountInput] = Field(default_factory=list, max_length=50)

    @field_validator("violation")
    @classmethod
    def _known_code(cls, value: str) -> str:
        code = value.upper()
        if not taxonomy.is_valid_violation_code(code):
            codes = ", ".join(v.code for v in taxonomy.violation_types())
            raise ValueError(f"unknown violation type {value!r}; use one of: {codes}")
        return code

    @field_validator("characterizations")
    @classmethod
    def _known_articles(cls, values: list[str]) -> list[str]:
        for article in values:
            if not taxonomy.is_valid_article(article):
                raise ValueError(f"unknown Rome Statute article {article!r} (e.g. '8(2)(e)(i)')")
        return values


class PersonInput(_Strict):
    pseudonym: str = Field(min_length=1, max_length=40, pattern=r"^[\w.\-]+$")
    role: Role
    real_name: str = Field(default="", max_length=MAX_SHORT)
    sex: Sex = "unknown"
    age: int | None = Field(default=None, ge=0, le=130)
    ethnicity: str = Field(default="", max_length=MAX_SHORT)
    contact: str = Field(default="", max_length=MAX_SHORT)
    consent: Consent = "not_asked"
    notes: str = Field(default="", max_length=MAX_TEXT)


class TranslationInput(_Strict):
    language: str = Field(min_length=2, max_length=16)
    title: str = Field(default="", max_length=MAX_TITLE)
    narrative: str = Field(default="", max_length=MAX_TEXT)
    translator: str = Field(default="", max_length=MAX_SHORT)


class IncidentCreate(_Strict):
    """A full incident record (JSON record format v1). Unknown fields are refused."""

    schema_: str | None = Field(default=None, alias="schema")
    id: str | None = Field(default=None, pattern=r"^[0-9a-f\-]{36}$")
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    narrative: str = Field(default="", max_length=MAX_TEXT)
    narrative_language: str = Field(default="en", min_length=2, max_length=16)
    translations: list[TranslationInput] = Field(default_factory=list, max_length=20)
    date: DateInput = Field(default_factory=lambda: DateInput(precision="unknown"))
    place: PlaceInput = Field(default_factory=PlaceInput)
    acts: list[ActInput] = Field(min_length=1, max_length=50)
    people: list[PersonInput] = Field(default_factory=list, max_length=500)
    confidentiality: Confidentiality = "confidential"
    review_status: ReviewStatus = "draft"
    cases: list[str] = Field(default_factory=list, max_length=50)
    evidence: list[dict[str, Any]] = Field(default_factory=list, exclude=True)

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    @field_validator("title", "narrative")
    @classmethod
    def _clean_text(cls, value: str) -> str:
        return _no_control_chars(value)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str | None) -> str | None:
        if value is not None and value != "evidence-app/incident@1":
            raise ValueError(f"unsupported record schema {value!r}; this app reads "
                             "'evidence-app/incident@1'")
        return value


class CaseCreate(_Strict):
    reference: str = Field(min_length=1, max_length=64, pattern=r"^[\w.\-/]+$")
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    description: str = Field(default="", max_length=MAX_TEXT)
    ern_prefix: str = Field(default="MMR-EA-0001", min_length=3, max_length=40,
                            pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)*$")
    organisation: str = Field(default="", max_length=MAX_SHORT)
    contact: str = Field(default="", max_length=MAX_SHORT)
    confidentiality: Confidentiality = "confidential"


class CaseRead(BaseModel):
    id: str
    reference: str
    title: str
    description: str
    ern_prefix: str
    organisation: str
    contact: str
    confidentiality: str
    created_at: datetime
    created_by: str
    incident_count: int = 0


class IncidentSummary(BaseModel):
    """One row of the incidents list."""

    id: str
    title: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    state_region: str | None
    township: str | None
    village: str | None
    violation_codes: list[str]
    evidence_count: int
    review_status: str
    created_at: datetime


class IncidentRead(IncidentCreate):
    """A stored incident: the record plus its bookkeeping."""

    id: str
    revision: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    review_comment: str = ""
    evidence_count: int = 0
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class IdentityRead(BaseModel):
    fingerprint: str
    short_fingerprint: str
    alias: str
    trust: str
    team: str | None
    public_key_pem: str
    is_local: bool
    added_at: datetime
