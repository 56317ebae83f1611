"""Stations and services, as the program uses them (their schema: schema.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.lifepath.dump import Dumpable
from app.lifepath.ids import FormId, Region, Situation, StationId
from app.lifepath.localized import Keywords, Text
from app.lifepath.sdg import SdgProcedure


@dataclass(frozen=True, slots=True)
class AgeRange(Dumpable):
    """Ages in whole years, both ends included; no upper end means for life."""

    from_: int = field(metadata={"alias": "from"})
    to: int | None = None

    def contains(self, age: int) -> bool:
        return self.from_ <= age and (self.to is None or age <= self.to)


@dataclass(frozen=True, slots=True)
class Station(Dumpable):
    """A stop on the road of life."""

    id: StationId
    order: int
    icon: str
    title: Text
    summary: Text
    # The life stage in words ("From 18, whenever you move"), for people, while
    # `ages` is the same thing for the program.
    typically: Text
    ages: AgeRange
    # Stations on the main line (birth, childhood, studying, working, retiring)
    # say from which age a person stands there; the others are side roads.
    stage_from: int | None
    # Situations that make the station matter now whatever the age.
    now_when: tuple[Situation, ...]
    # A side road that only matters when one of `now_when` holds (running a
    # business, a death in the family): the age alone never makes it "now".
    by_situation: bool
    # How many years ahead a station shows as "soon".
    soon_years: int
    keywords: Keywords


@dataclass(frozen=True, slots=True)
class Audience(Dumpable):
    """Who can use a service."""

    age_min: int = 0
    age_max: int | None = None
    # Shown only to people in at least one of these situations.
    any_of: tuple[Situation, ...] = ()
    # Hidden from people in any of these situations.
    none_of: tuple[Situation, ...] = ()
    # Admitted whatever the age and `any_of` when one of these holds: a parent
    # needs the Kids-ID service, a student of 40 the study grant.
    also_when: tuple[Situation, ...] = ()

    def admits(self, age: int, situations: frozenset[Situation]) -> bool:
        if situations.intersection(self.none_of):
            return False
        if situations.intersection(self.also_when):
            return True
        if age < self.age_min or (self.age_max is not None and age > self.age_max):
            return False
        return not self.any_of or bool(situations.intersection(self.any_of))


@dataclass(frozen=True, slots=True)
class FormRef(Dumpable):
    """The form definition (resources/forms/ID.json) that does a service online."""

    id: FormId
    version: int


@dataclass(frozen=True, slots=True)
class RegionalProvider(Dumpable):
    """Who provides a service in one region or community, when that differs."""

    provider: Text
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Service(Dumpable):
    """A government service at one station."""

    id: str
    station: StationId
    title: Text
    summary: Text
    provider: Text
    regional: dict[Region, RegionalProvider]
    audience: Audience
    needs: tuple[Text, ...]
    online: bool
    # Set exactly when the service is online.
    form: FormRef | None
    # Where to go when it cannot be done here.
    where: Text | None
    url: str | None
    sdg: SdgProcedure | None
    keywords: Keywords
