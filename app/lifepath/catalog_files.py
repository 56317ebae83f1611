"""Reading the catalog files and checking them against the schema (schema.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from app.lifepath.catalog import Catalog, CatalogError
from app.lifepath.ids import STATION_IDS
from app.lifepath.schema import Catalog as CatalogSchema
from app.lifepath.schema import (
    OpenDataFile,
    Phrases,
    Service,
    ServicesFile,
    StationsFile,
    to_runtime,
)

_M = TypeVar("_M", bound=BaseModel)


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


def read_checked(root: Path) -> Catalog:
    """Every file of the catalog in `root`, checked; raises CatalogError naming the file."""
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
        whole = CatalogSchema(stations=ordered, services=tuple(services), open_data=open_data,
                              phrases=phrases)
    except ValidationError as exc:
        raise CatalogError(f"{root}: {exc}") from exc
    catalog: Catalog = to_runtime(whole)
    return catalog
