"""Submissions and the citizen's cases."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import JSONResponse

from gateway.api.deps import CitizenDep, ServicesDep
from gateway.cases import case_document, list_cases, read_case
from gateway.errors import ERROR_SCHEMA, ApiError
from gateway.submissions import submit

router = APIRouter(prefix="/submissions", tags=["submissions"])

_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")
_PDF_BODY = {"requestBody": {"required": True, "content": {
    "application/pdf": {"schema": {"type": "string", "format": "binary"}}}}}


@router.post(
    "", summary="Submit a signed form", status_code=201, openapi_extra=_PDF_BODY,
    description="The body is the signed PDF (Content-Type: application/pdf) with the answers "
                "attached as answers.json. Validated completely before anything is stored. "
                "The same Idempotency-Key with the same document returns the same case "
                "(header Idempotent-Replayed: true); with another document, 409.",
    responses={402: ERROR_SCHEMA, 403: ERROR_SCHEMA, 409: ERROR_SCHEMA, 413: ERROR_SCHEMA,
               415: ERROR_SCHEMA, 422: ERROR_SCHEMA})
async def create(
    request: Request,
    services: ServicesDep,
    citizen: CitizenDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
    payment_id: Annotated[str | None, Header(alias="Payment-Id",
                                             description="The payment for the form's fee; "
                                                         "by default the oldest unused one")]
    = None,
) -> JSONResponse:
    if idempotency_key is None or not _KEY.match(idempotency_key):
        raise ApiError(400, "idempotency_key_missing",
                       "send an Idempotency-Key header (1-200 visible ASCII characters, "
                       "e.g. a UUID) chosen once per document")
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/pdf":
        raise ApiError(415, "unsupported_media_type", "send the signed PDF as application/pdf")
    pdf = await request.body()
    receipt = await submit(services, citizen, idempotency_key, pdf, payment_id)
    headers = {"Location": receipt.body["url"]}
    if receipt.replayed:
        headers["Idempotent-Replayed"] = "true"
    if receipt.timings:
        headers["Server-Timing"] = ", ".join(
            f"{name};dur={seconds * 1000:.2f}" for name, seconds in receipt.timings.items())
    return JSONResponse(receipt.body, status_code=201, headers=headers)


@router.get("", summary="The citizen's own cases")
def index(services: ServicesDep, citizen: CitizenDep) -> dict[str, Any]:
    return {"cases": list_cases(services, citizen)}


@router.get("/{reference}", summary="One of the citizen's cases, with its history",
            responses={404: ERROR_SCHEMA})
def show(services: ServicesDep, citizen: CitizenDep, reference: str) -> dict[str, Any]:
    return read_case(services, citizen, reference)


@router.get("/{reference}/document", summary="The signed PDF as received",
            response_class=Response,
            responses={200: {"content": {"application/pdf": {}}}, 404: ERROR_SCHEMA})
def document(services: ServicesDep, citizen: CitizenDep, reference: str) -> Response:
    return Response(case_document(services, citizen, reference), media_type="application/pdf")
