"""The catalog as shipped in resources/catalog/, loaded and checked as a whole.

Layout: `stations.json`, one `services/STATION.json` per station (so that an
editor working on one life event touches one file), `open-data.json` and
`phrases.json`. Every file is validated by its pydantic model; the checks that
span files (unique ids, references) live on `Catalog`.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.lifepath.ids import STATION_IDS, StationId
from app.lifepath.model import Service, Station
from app.lifepath.opendata import OpenDataItem
from app.lifepath.phrases import Phrases
from app.resources import resource_path

_STRICT = ConfigDict(frozen=True, extra="forbid")
_M = TypeVar("_M", bound=BaseModel)


class CatalogError(Exception):
    """A catalog file is missing, not JSON, or does not meet the schema."""


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

    def station(self, station_id: str) -> Station:
        for station in self.stations:
            if station.id == station_id:
                return station
        raise KeyError(station_id)

    def service(self, service_id: str) -> Service:
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def services_at(self, station_id: str) -> tuple[Service, ...]:
        return tuple(s for s in self.services if s.station == station_id)


def catalog_dir() -> Path:
    return resource_path("catalog")


def _read(model: type[_M], path: Path) -> _M:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return model.model_validate(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path}: not JSON (line {exc.lineno}: {exc.msg})") from exc
    except ValidationError as exc:
        raise CatalogError(f"{path}: {exc}") from exc


def load_catalog(directory: Path | None = None) -> Catalog:
    """Read and check every catalog file; raises CatalogError naming the file."""
    root = directory if directory is not None else catalog_dir()
    stations = _read(StationsFile, root / "stations.json").stations
    ordered = tuple(sorted(stations, key=lambda s: s.order))
    services: list[Service] = []
    for station in ordered:
        services.extend(_read(ServicesFile, root / "services" / f"{station.id}.json").services)
    unexpected = sorted(p.stem for p in (root / "services").glob("*.json")
                        if p.stem not in STATION_IDS)
    if unexpected:
        raise CatalogError(f"{root / 'services'}: files for no station: {unexpected}")
    open_data = _read(OpenDataFile, root / "open-data.json").items
    phrases = _read(Phrases, root / "phrases.json")
    try:
        return Catalog(stations=ordered, services=tuple(services), open_data=open_data,
                       phrases=phrases)
    except ValidationError as exc:
        raise CatalogError(f"{root}: {exc}") from exc


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, read once per process (it never changes while running)."""
    return load_catalog()
