"""The schema the catalog files must meet, as pydantic models.

The program runs on plain frozen dataclasses (localized.py, model.py,
phrases.py, opendata.py, catalog.py): building pydantic models costs a third of
the program's start, and the shipped catalog only changes with a release. So
pydantic checks the files here, when they are loaded for the first time (or
changed), in the tests and in the gateway; `to_runtime` then turns what it
accepted into those dataclasses. Every model names its dataclass in `runtime`,
with the same fields in the same order (a test holds them together).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.lifepath import catalog, localized, model, opendata, phrases
from app.lifepath.ids import SLUG_PATTERN, STATION_IDS, FormId, Region, Situation, StationId
from app.lifepath.opendata import PublicationKind
from app.lifepath.sdg import SdgProcedure
from app.text import translation_problems

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
# Official pages only, and never plain http: the GUI shows them as links.
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+\.[a-z]{2,}(/\S*)?$")]
Age = Annotated[int, Field(ge=0, le=120)]

_STRICT = ConfigDict(frozen=True, extra="forbid")


# ---- texts -------------------------------------------------------------------------------


class Text(BaseModel):
    """One text in every language of the program; none may be missing or empty."""

    model_config = _STRICT
    runtime: ClassVar[type] = localized.Text

    en: NonEmpty
    nl: NonEmpty
    fr: NonEmpty
    de: NonEmpty
    zh: NonEmpty

    @model_validator(mode="after")
    def _same_placeholders(self) -> Text:
        # A template whose {names} differ between languages would raise KeyError
        # in one language only, at the worst moment: refuse it when loading.
        problems = translation_problems(
            {"en": self.en, "nl": self.nl, "fr": self.fr, "de": self.de, "zh": self.zh}, "text")
        if problems:
            raise ValueError("; ".join(problems))
        return self


Words = Annotated[tuple[NonEmpty, ...], Field(min_length=1)]


class Keywords(BaseModel):
    """Words people type when looking for a service, per language (not translations
    of each other: each list holds what people of that language actually say)."""

    model_config = _STRICT
    runtime: ClassVar[type] = localized.Keywords

    en: Words
    nl: Words
    fr: Words
    de: Words
    zh: Words


# ---- stations and services ---------------------------------------------------------------


class AgeRange(BaseModel):
    """Ages in whole years, both ends included; no upper end means for life."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    runtime: ClassVar[type] = model.AgeRange

    from_: Age = Field(alias="from")
    to: Age | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"age range ends ({self.to}) before it starts ({self.from_})")
        return self


class Station(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = model.Station

    id: StationId
    order: int = Field(ge=1)
    icon: Slug
    title: Text
    summary: Text
    typically: Text
    ages: AgeRange
    stage_from: Age | None = None
    now_when: tuple[Situation, ...] = ()
    by_situation: bool = False
    soon_years: int = Field(default=3, ge=0, le=20)
    keywords: Keywords


class Audience(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = model.Audience

    age_min: Age = 0
    age_max: Age | None = None
    any_of: tuple[Situation, ...] = ()
    none_of: tuple[Situation, ...] = ()
    also_when: tuple[Situation, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Audience:
        if self.age_max is not None and self.age_max < self.age_min:
            raise ValueError(f"age_max {self.age_max} is below age_min {self.age_min}")
        if set(self.any_of + self.also_when) & set(self.none_of):
            raise ValueError("a situation cannot both admit and exclude")
        return self


class FormRef(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = model.FormRef

    id: FormId
    version: int = Field(ge=1)


class RegionalProvider(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = model.RegionalProvider

    provider: Text
    url: HttpsUrl | None = None


class Service(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = model.Service

    id: Slug
    station: StationId
    title: Text
    summary: Text
    provider: Text
    regional: dict[Region, RegionalProvider] = Field(default_factory=dict)
    audience: Audience = Audience()
    needs: tuple[Text, ...] = Field(min_length=1)
    online: bool
    form: FormRef | None = None
    where: Text | None = None
    url: HttpsUrl | None = None
    sdg: SdgProcedure | None = None
    keywords: Keywords

    @model_validator(mode="after")
    def _online_has_form(self) -> Service:
        if self.online and self.form is None:
            raise ValueError("an online service names its form")
        if not self.online and self.form is not None:
            raise ValueError("a form is only named for an online service")
        if not self.online and self.where is None:
            raise ValueError("a service that cannot be done here says where to go")
        return self


class OpenDataItem(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = opendata.OpenDataItem

    id: Slug
    kind: PublicationKind
    title: Text
    summary: Text
    publisher: Text
    published: date
    licence: Text
    url: HttpsUrl
    formats: tuple[str, ...] = Field(default=(), max_length=8)
    keywords: Keywords


# ---- phrases -----------------------------------------------------------------------------


class NoticeTemplates(BaseModel):
    """One template per notice variant; {when} is a date phrase (see datefmt)."""

    model_config = _STRICT
    runtime: ClassVar[type] = phrases.NoticeTemplates

    turning_18_upcoming: Text
    turning_18_reached: Text
    turning_12_upcoming: Text
    turning_12_reached: Text
    card_expiring_eid: Text
    card_expiring_kids: Text
    card_expiring_foreigner: Text
    card_expired_eid: Text
    card_expired_kids: Text
    card_expired_foreigner: Text
    pension_age: Text
    pension_claim: Text
    child_benefit: Text
    child_turns_5: Text
    child_turns_12: Text
    child_turns_18: Text
    tax_season: Text
    foreign_resident_vote: Text
    bereavement: Text
    expecting_child: Text


class Labels(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = phrases.Labels

    relevance_now: Text
    relevance_soon: Text
    relevance_later: Text
    relevance_past: Text
    you_are_here: Text
    age_years: Text
    age_unsure: Text
    what_comes_next: Text
    road: Text
    online_here: Text
    where_to_go: Text
    you_need: Text
    provided_by: Text
    published: Text
    licence: Text
    kind_dataset: Text
    kind_report: Text
    kind_decision: Text


class Phrases(BaseModel):
    model_config = _STRICT
    runtime: ClassVar[type] = phrases.Phrases

    labels: Labels
    notices: NoticeTemplates


# ---- the files, and the catalog as a whole -----------------------------------------------


class StationsFile(BaseModel):
    model_config = _STRICT
    stations: tuple[Station, ...] = Field(min_length=1)


class ServicesFile(BaseModel):
    model_config = _STRICT
    station: StationId
    services: tuple[Service, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _all_at_this_station(self) -> ServicesFile:
        strays = [s.id for s in self.services if s.station != self.station]
        if strays:
            raise ValueError(f"services of another station in this file: {strays}")
        return self


class OpenDataFile(BaseModel):
    model_config = _STRICT
    items: tuple[OpenDataItem, ...] = Field(min_length=1)


def _duplicates(values: list[str]) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


class Catalog(BaseModel):
    """Every station in road order, every service, the open-data list, the phrases."""

    model_config = _STRICT
    runtime: ClassVar[type] = catalog.Catalog

    stations: tuple[Station, ...]
    services: tuple[Service, ...]
    open_data: tuple[OpenDataItem, ...]
    phrases: Phrases

    @model_validator(mode="after")
    def _whole(self) -> Catalog:
        ids: list[str] = [station.id for station in self.stations]
        missing = sorted(set(STATION_IDS) - set(ids))
        if missing:
            raise ValueError(f"stations missing: {missing}")
        for what, values in (("station id", ids),
                             ("station order", [str(s.order) for s in self.stations]),
                             ("service id", [s.id for s in self.services]),
                             ("open-data id", [i.id for i in self.open_data])):
            repeated = _duplicates(values)
            if repeated:
                raise ValueError(f"{what} used twice: {repeated}")
        if [s.order for s in self.stations] != sorted(s.order for s in self.stations):
            raise ValueError("stations are not listed in road order")
        return self


def to_runtime(value: Any) -> Any:
    """What the schema accepted, as the program's frozen dataclasses."""
    if isinstance(value, BaseModel):
        kind = type(value)
        runtime: type = kind.runtime  # type: ignore[attr-defined]
        return runtime(**{name: to_runtime(getattr(value, name)) for name in kind.model_fields})
    if isinstance(value, tuple | list):
        return tuple(to_runtime(item) for item in value)
    if isinstance(value, dict):
        return {key: to_runtime(item) for key, item in value.items()}
    return value
