"""Letters from government to the citizen."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from gateway.api.deps import CitizenDep, ServicesDep
from gateway.errors import ERROR_SCHEMA
from gateway.inbox import list_messages, message_document, read_message

router = APIRouter(prefix="/inbox", tags=["inbox"])


@router.get("", summary="Documents government sent to the citizen",
            description="Acknowledgements of receipt, decisions and certificates (such as a "
                        "proof of residence), newest first; each document is a sealed PDF.")
def index(services: ServicesDep, citizen: CitizenDep) -> dict[str, Any]:
    return {"messages": list_messages(services, citizen)}


@router.get("/{message_id}", summary="One message", responses={404: ERROR_SCHEMA})
def show(services: ServicesDep, citizen: CitizenDep, message_id: str) -> dict[str, Any]:
    return read_message(services, citizen, message_id)


@router.get("/{message_id}/document", summary="The message's sealed PDF",
            response_class=Response,
            responses={200: {"content": {"application/pdf": {}}}, 404: ERROR_SCHEMA})
def document(services: ServicesDep, citizen: CitizenDep, message_id: str) -> Response:
    return Response(message_document(services, citizen, message_id),
                    media_type="application/pdf")
