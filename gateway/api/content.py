"""Catalog and form definitions, with ETags so clients revalidate cheaply."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from gateway.api.deps import ServicesDep
from gateway.content import Resource
from gateway.errors import ERROR_SCHEMA, ApiError

router = APIRouter(tags=["content"])

_JSON_OBJECT = {"content": {"application/json": {"schema": {"type": "object"}}}}


def _serve(request: Request, resource: Resource) -> Response:
    headers = {"ETag": resource.etag, "Cache-Control": "no-cache"}
    tags = request.headers.get("if-none-match", "")
    if resource.etag in {tag.strip() for tag in tags.split(",")} or tags.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(resource.body, media_type="application/json", headers=headers)


@router.get("/catalog", summary="Stations, services, form ids and versions",
            description="`catalog` is the road-of-life catalog as shipped in resources/catalog "
                        "(every text in en, nl, fr, de, zh); `forms` lists each form's id, "
                        "version, ETag and fee. Send If-None-Match to revalidate.",
            responses={200: {"description": "The catalog", **_JSON_OBJECT},
                       304: {"description": "Not modified"}})
def catalog(request: Request, services: ServicesDep) -> Response:
    return _serve(request, services.content.catalog)


@router.get("/forms/{form_id}", summary="One form definition",
            description="The definition exactly as resources/forms/ID.json ships it. "
                        "With `version`, a version other than the current one is 404.",
            responses={200: {"description": "The definition", **_JSON_OBJECT},
                       304: {"description": "Not modified"}, 404: ERROR_SCHEMA})
def form(request: Request, services: ServicesDep, form_id: str,
         version: int | None = None) -> Response:
    resource = services.content.forms.get(form_id)
    definition = services.content.definitions.get(form_id)
    if resource is None or definition is None:
        raise ApiError(404, "form_unknown", f"no form {form_id!r}")
    if version is not None and version != definition.version:
        raise ApiError(404, "form_version_unknown",
                       f"form {form_id!r} is at version {definition.version}")
    return _serve(request, resource)
