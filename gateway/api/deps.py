"""Dependencies shared by the routes: the services and the authenticated citizen."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gateway.errors import ApiError
from gateway.services import Services
from gateway.sessions import Citizen, cached_citizen, citizen_for_token

_bearer = HTTPBearer(auto_error=False, description="The token from POST /api/v1/auth/session")


# Both dependencies are async on purpose: FastAPI runs a sync dependency in a
# worker thread, and a thread hop per dependency per request is measurable.
async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def get_citizen(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Citizen:
    token = credentials.credentials if credentials is not None else None
    services: Services = request.app.state.services
    cached = cached_citizen(token, services.sessions)
    if cached is not None:
        return cached
    return await run_in_threadpool(citizen_for_token, services.db, token, services.sessions)


ServicesDep = Annotated[Services, Depends(get_services)]
CitizenDep = Annotated[Citizen, Depends(get_citizen)]


def b64decode(value: str, what: str) -> bytes:
    """Standard or URL-safe base64, padding optional."""
    text = value.strip().replace("-", "+").replace("_", "/")
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(422, "invalid_request", f"{what} is not valid base64") from None


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
