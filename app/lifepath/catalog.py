"""The catalog as shipped in resources/catalog/, loaded and checked as a whole.

Layout: `stations.json`, one `services/STATION.json` per station (so that an
editor working on one life event touches one file), `open-data.json` and
`phrases.json`. Every file is checked against its schema (schema.py, pydantic)
and the checks that span files (unique ids, references) hold for the whole;
the program then works on the frozen dataclasses below. `default_catalog`
keeps what was checked in a cache (catalog_cache.py), so that a start does not
pay for pydantic when the files have not changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.lifepath.dump import Dumpable
from app.lifepath.model import Service, Station
from app.lifepath.opendata import OpenDataItem
from app.lifepath.phrases import Phrases
from app.resources import resource_path


class CatalogError(Exception):
    """A catalog file is missing, not JSON, or does not meet the schema."""


@dataclass(frozen=True, slots=True)
class Catalog(Dumpable):
    """Every station in road order, every service, the open-data list, the phrases."""

    stations: tuple[Station, ...]
    services: tuple[Service, ...]
    open_data: tuple[OpenDataItem, ...]
    phrases: Phrases

    @classmethod
    def model_validate(cls, data: Any) -> Catalog:
        """A catalog from plain data (the gateway's JSON), checked against the schema;
        raises pydantic's ValidationError."""
        from app.lifepath.schema import Catalog as CatalogSchema
        from app.lifepath.schema import to_runtime

        checked: Catalog = to_runtime(CatalogSchema.model_validate(data))
        return checked

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


def load_catalog(directory: Path | None = None) -> Catalog:
    """Read and check every catalog file; raises CatalogError naming the file."""
    from app.lifepath.catalog_files import read_checked

    return read_checked(directory if directory is not None else catalog_dir())


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, read once per process (it never changes while running)."""
    from app.lifepath.catalog_cache import cached_catalog

    return cached_catalog(catalog_dir(), load_catalog)
