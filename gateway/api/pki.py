"""RFC 3161 timestamps and the test PKI's public parts (CRLs, root)."""

from __future__ import annotations

from cryptography.hazmat.primitives.serialization import Encoding
from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from gateway.api.deps import ServicesDep
from gateway.errors import ERROR_SCHEMA, ApiError
from gateway.testpki import CRL_NAMES

router = APIRouter(tags=["timestamping and PKI"])
pki_router = APIRouter(prefix="/pki", tags=["timestamping and PKI"])

_TSQ = {"requestBody": {"required": True, "content": {
    "application/timestamp-query": {"schema": {"type": "string", "format": "binary"}}}}}


@router.post("/timestamp", summary="RFC 3161 time-stamping (test PKI)",
             openapi_extra=_TSQ, response_class=Response,
             responses={200: {"content": {"application/timestamp-reply": {}}},
                        404: ERROR_SCHEMA, 415: ERROR_SCHEMA})
async def timestamp(request: Request, services: ServicesDep) -> Response:
    if services.tsa is None:
        raise ApiError(404, "timestamping_unavailable",
                       "this gateway has no time-stamping key (it runs without the test PKI)")
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/timestamp-query":
        raise ApiError(415, "unsupported_media_type", "send an application/timestamp-query")
    body = await request.body()
    reply = await run_in_threadpool(services.tsa.respond, body)
    return Response(reply, media_type="application/timestamp-reply")


@pki_router.get("/crl/{name}.crl", summary="A current CRL of the test PKI",
                response_class=Response,
                responses={200: {"content": {"application/pkix-crl": {}}}, 404: ERROR_SCHEMA})
def crl(services: ServicesDep, name: str) -> Response:
    demo = services.demo_pki
    if demo is None or name not in CRL_NAMES:
        raise ApiError(404, "crl_unknown", f"no CRL {name!r} here")
    return Response(demo.crls.der_by_name()[name], media_type="application/pkix-crl",
                    headers={"Cache-Control": "max-age=300"})


@pki_router.get("/root.pem", summary="The test PKI's root certificate",
                response_class=Response,
                responses={200: {"content": {"application/x-pem-file": {}}}, 404: ERROR_SCHEMA})
def root(services: ServicesDep) -> Response:
    demo = services.demo_pki
    if demo is None:
        raise ApiError(404, "test_pki_off", "this gateway does not trust the test PKI")
    pem = demo.pki.root.certificate.public_bytes(Encoding.PEM)
    return Response(pem, media_type="application/x-pem-file")
