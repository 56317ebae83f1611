"""Liveness, with a database round trip so a proxy can tell a broken instance."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from gateway.api.deps import ServicesDep
from gateway.errors import ApiError

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness")
def health(services: ServicesDep) -> dict[str, Any]:
    try:
        with services.db.read() as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:
        raise ApiError(503, "database_unavailable", "the database cannot be reached") from exc
    return {"status": "ok", "database": "ok", "test_pki": services.demo_pki is not None}
