from __future__ import annotations

from collections.abc import Callable

import pytest

from app.lifepath import Catalog, default_catalog

IdentityFactory = Callable[..., dict[str, object]]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture
def identity() -> IdentityFactory:
    """An identity dict shaped like `card read --json`, with only what matters here."""

    def make(birth_date: str = "03 AOUT 1985", document_type: str = "1",
             validity_end: str = "12.06.2031", **extra: object) -> dict[str, object]:
        return {"birth_date": birth_date, "document_type": document_type,
                "validity_end": validity_end, "first_names": "Test", **extra}

    return make
