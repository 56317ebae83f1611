"""Where a person stands on the road and which stations and services fit them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from app.lifepath.ids import Region, Situation, StationId
from app.lifepath.model import Service, Station
from app.lifepath.road import Relevance, ServiceOnRoad

# What a person tells about their life outweighs the typical age of a stage:
# a 30-year-old student stands at "studying", a retired 62-year-old at
# "retiring". Checked in this order; children are placed by age alone, since a
# pupil telling "student" has not left childhood.
_STAGE_BY_SITUATION: Final[tuple[tuple[Situation, StationId], ...]] = (
    (Situation.IS_RETIRED, "retiring"),
    (Situation.IS_STUDENT, "studying"),
    (Situation.IS_EMPLOYED, "working"),
)
_ADULT_STAGES_FROM: Final = 16


def station_relevance(station: Station, age: int, situations: frozenset[Situation]) -> Relevance:
    if situations.intersection(station.now_when):
        return Relevance.NOW
    if station.ages.to is not None and age > station.ages.to:
        return Relevance.PAST
    if station.by_situation:
        return Relevance.LATER
    if age < station.ages.from_:
        ahead = station.ages.from_ - age
        return Relevance.SOON if ahead <= station.soon_years else Relevance.LATER
    return Relevance.NOW


def current_station(stations: Sequence[Station], age: int,
                    situations: frozenset[Situation]) -> StationId:
    """The main-line station for this age, unless the person's situation says otherwise."""
    starts = {s.id: s.stage_from for s in stations if s.stage_from is not None}
    if age >= _ADULT_STAGES_FROM:
        for situation, station_id in _STAGE_BY_SITUATION:
            if situation in situations and station_id in starts:
                return station_id
    reached = [station_id for station_id, start in starts.items() if start <= age]
    if not reached:
        raise ValueError("the catalog has no main-line station for this age")
    return max(reached, key=lambda station_id: starts[station_id])


def on_road(service: Service, region: Region | None) -> ServiceOnRoad:
    """The service with the provider of the person's region, when it differs."""
    local = service.regional.get(region) if region is not None else None
    if local is None:
        return ServiceOnRoad(service=service, provider=service.provider, url=service.url)
    return ServiceOnRoad(service=service, provider=local.provider, url=local.url or service.url)
