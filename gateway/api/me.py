"""Once-only data about the authenticated citizen."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from gateway.api.deps import CitizenDep, ServicesDep

router = APIRouter(tags=["once-only"])


@router.get("/me", summary="What government already holds about the citizen",
            description="One flat object for prefill (with the citizen's consent): `address`, "
                        "`household`, `vehicles`, `employer` {name, enterprise_number}, "
                        "`bank_account` (IBAN), `pension` {entitlements, career_years}. Keys "
                        "are always present; null or empty when nothing is known.")
def me(services: ServicesDep, citizen: CitizenDep) -> dict[str, Any]:
    return {"national_number": citizen.national_number,
            **services.registry.lookup(citizen.national_number)}
