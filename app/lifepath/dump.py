"""Catalog values as plain data, in the shape the schema reads back (schema.py).

The gateway serves the catalog as JSON and clients parse it with the schema, so
`model_dump(mode="json", by_alias=True)` keeps the name and the output it had
when the catalog classes were pydantic models.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Any, Literal

Mode = Literal["python", "json"]


def dump(value: Any, *, mode: Mode = "python", by_alias: bool = False) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {
            (item.metadata.get("alias", item.name) if by_alias else item.name):
                dump(getattr(value, item.name), mode=mode, by_alias=by_alias)
            for item in fields(value)
        }
    if isinstance(value, tuple | list):
        items = [dump(item, mode=mode, by_alias=by_alias) for item in value]
        return items if mode == "json" else type(value)(items)
    if isinstance(value, dict):
        return {dump(key, mode=mode): dump(item, mode=mode, by_alias=by_alias)
                for key, item in value.items()}
    if mode == "json":
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, date):
            return value.isoformat()
    return value


class Dumpable:
    """`model_dump()` for the catalog's dataclasses."""

    __slots__ = ()

    def model_dump(self, *, mode: Mode = "python", by_alias: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = dump(self, mode=mode, by_alias=by_alias)
        return result
