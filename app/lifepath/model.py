"""The schema of stations and services, as the content files must meet it."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.lifepath.ids import SLUG_PATTERN, FormId, Region, Situation, StationId
from app.lifepath.localized import Keywords, Text
from app.lifepath.sdg import SdgProcedure

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
# Official pages only, and never plain http: the GUI shows them as links.
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+\.[a-z]{2,}(/\S*)?$")]
Age = Annotated[int, Field(ge=0, le=120)]

_STRICT = ConfigDict(frozen=True, extra="forbid")


class AgeRange(BaseModel):
    """Ages in whole years, both ends included; no upper end means for life."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    from_: Age = Field(alias="from")
    to: Age | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"age range ends ({self.to}) before it starts ({self.from_})")
        return self

    def contains(self, age: int) -> bool:
        return self.from_ <= age and (self.to is None or age <= self.to)


class Station(BaseModel):
    """A stop on the road of life."""

    model_config = _STRICT

    id: StationId
    order: int = Field(ge=1)
    icon: Slug
    title: Text
    summary: Text
    # The life stage in words ("From 18, whenever you move"), for people, while
    # `ages` is the same thing for the program.
    typically: Text
    ages: AgeRange
    # Stations on the main line (birth, childhood, studying, working, retiring)
    # say from which age a person stands there; the others are side roads.
    stage_from: Age | None = None
    # Situations that make the station matter now whatever the age.
    now_when: tuple[Situation, ...] = ()
    # A side road that only matters when one of `now_when` holds (running a
    # business, a death in the family): the age alone never makes it "now".
    by_situation: bool = False
    # How many years ahead a station shows as "soon".
    soon_years: int = Field(default=3, ge=0, le=20)
    keywords: Keywords


class Audience(BaseModel):
    """Who can use a service."""

    model_config = _STRICT

    age_min: Age = 0
    age_max: Age | None = None
    # Shown only to people in at least one of these situations.
    any_of: tuple[Situation, ...] = ()
    # Hidden from people in any of these situations.
    none_of: tuple[Situation, ...] = ()
    # Admitted whatever the age and `any_of` when one of these holds: a parent
    # needs the Kids-ID service, a student of 40 the study grant.
    also_when: tuple[Situation, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Audience:
        if self.age_max is not None and self.age_max < self.age_min:
            raise ValueError(f"age_max {self.age_max} is below age_min {self.age_min}")
        if set(self.any_of + self.also_when) & set(self.none_of):
            raise ValueError("a situation cannot both admit and exclude")
        return self

    def admits(self, age: int, situations: frozenset[Situation]) -> bool:
        if situations.intersection(self.none_of):
            return False
        if situations.intersection(self.also_when):
            return True
        if age < self.age_min or (self.age_max is not None and age > self.age_max):
            return False
        return not self.any_of or bool(situations.intersection(self.any_of))


class FormRef(BaseModel):
    """The form definition (resources/forms/ID.json) that does a service online."""

    model_config = _STRICT

    id: FormId
    version: int = Field(ge=1)


class RegionalProvider(BaseModel):
    """Who provides a service in one region or community, when that differs."""

    model_config = _STRICT

    provider: Text
    url: HttpsUrl | None = None


class Service(BaseModel):
    """A government service at one station."""

    model_config = _STRICT

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
    # Where to go when it cannot be done here.
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
