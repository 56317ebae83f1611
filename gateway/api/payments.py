"""Paying a form's fee."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from gateway.api.deps import CitizenDep, ServicesDep
from gateway.errors import ERROR_SCHEMA
from gateway.payments import create_payment, read_payment

router = APIRouter(prefix="/payments", tags=["payments"])


class PaymentIn(BaseModel):
    form_id: str
    payment_method: dict[str, Any] = Field(
        description="For the test provider: {\"type\": \"card\", \"number\": "
                    "\"4242424242424242\", \"exp_month\": 12, \"exp_year\": 2030, "
                    "\"cvc\": \"123\"}. 4000000000000002 is declined, 4000000000009995 has "
                    "insufficient funds, 4000000000000069 is expired, 4000000000000127 has a "
                    "wrong code.")


@router.post("", summary="Pay the fee of a form", status_code=201,
             responses={402: ERROR_SCHEMA, 404: ERROR_SCHEMA, 409: ERROR_SCHEMA,
                        422: ERROR_SCHEMA})
def create(services: ServicesDep, citizen: CitizenDep, body: PaymentIn,
           idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
           ) -> JSONResponse:
    payment, replayed = create_payment(services, citizen, body.form_id, body.payment_method,
                                       idempotency_key)
    headers = {"Location": payment["url"]}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(payment, status_code=201, headers=headers)


@router.get("/{payment_id}", summary="One of the citizen's payments",
            responses={404: ERROR_SCHEMA})
def show(services: ServicesDep, citizen: CitizenDep, payment_id: str) -> dict[str, Any]:
    return read_payment(services, citizen, payment_id)
