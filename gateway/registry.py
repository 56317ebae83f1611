"""Once-only data: what government already holds about a citizen.

`GET /me` returns one flat object whose keys the form definitions bind to
(`me.employer.name`, `me.employer.enterprise_number`, `me.bank_account`) plus
the lists the program may show (`household`, `vehicles`) and `pension`. A real
deployment would put the authentic sources (National Register, DIV, DmfA,
Sigedis) behind the same interface; the demo registry reads a JSON file keyed by
the built-in personas' national numbers.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Protocol

EMPTY_RECORD: dict[str, Any] = {
    "address": None, "household": [], "vehicles": [], "employer": None,
    "bank_account": None, "pension": None,
}


class Registry(Protocol):
    def lookup(self, national_number: str) -> dict[str, Any]:
        """The citizen's record; every key present, empty when nothing is known."""
        ...


class DemoRegistry:
    def __init__(self, records: dict[str, dict[str, Any]] | None = None) -> None:
        if records is None:
            text = resources.files("gateway").joinpath("data/registry.json").read_text("utf-8")
            records = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
        self._records = records

    def lookup(self, national_number: str) -> dict[str, Any]:
        record = self._records.get(national_number, {})
        return {**EMPTY_RECORD, **record}


class EmptyRegistry:
    def lookup(self, national_number: str) -> dict[str, Any]:
        return dict(EMPTY_RECORD)
