"""From a holder and a date to their road: the one entry point views call."""

from __future__ import annotations

from datetime import date

from app.lifepath.catalog import Catalog, default_catalog
from app.lifepath.dates import birth_moment, oldest_age, youngest_age
from app.lifepath.holder import Holder, HolderError
from app.lifepath.notices import upcoming
from app.lifepath.pension import legal_pension
from app.lifepath.relevance import current_station, on_road, station_relevance
from app.lifepath.road import Age, Road, StationOnRoad


def personalise(holder: Holder, today: date, catalog: Catalog | None = None) -> Road:
    """The road of `holder` as it looks on `today` (never the clock: callers pass it,
    so the same inputs always give the same road)."""
    catalog = catalog if catalog is not None else default_catalog()
    if birth_moment(holder.birth).start > today:
        raise HolderError(f"born {holder.birth.iso()}, after {today.isoformat()}")
    age = Age(years=youngest_age(holder.birth, today), oldest=oldest_age(holder.birth, today))
    situations = holder.situations
    region = holder.region
    stations = tuple(
        StationOnRoad(
            station=station,
            relevance=station_relevance(station, age.years, situations),
            services=tuple(on_road(service, region) for service in catalog.services_at(station.id)
                           if service.audience.admits(age.years, situations)),
        )
        for station in catalog.stations
    )
    pension = legal_pension(holder.birth)
    return Road(
        today=today,
        birth=holder.birth,
        age=age,
        document=holder.document,
        situations=situations,
        region=region,
        position=current_station(catalog.stations, age.years, situations),
        pension=pension,
        stations=stations,
        notices=upcoming(holder, today, age, pension, catalog.phrases.notices),
        first_names=holder.first_names,
    )
