"""A citizen's own cases: listing and reading. Another citizen's reference is
answered exactly like a reference that does not exist (404), so references
cannot be probed."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from gateway.errors import ApiError
from gateway.models import Case, CaseEvent, Document, InboxMessage
from gateway.references import parse_reference
from gateway.services import Services
from gateway.sessions import Citizen
from gateway.views import case_detail, case_summary


def _not_found(reference: str) -> ApiError:
    return ApiError(404, "case_not_found", f"you have no case {reference}")


def list_cases(services: Services, citizen: Citizen) -> list[dict[str, Any]]:
    with services.db.read() as session:
        cases = session.execute(
            select(Case).where(Case.national_number == citizen.national_number)
            .order_by(Case.received_at.desc(), Case.id.desc())).scalars().all()
        return [case_summary(case) for case in cases]


def _own_case(services: Services, citizen: Citizen, reference: str) -> Case:
    parsed = parse_reference(reference)
    if parsed is None:
        raise _not_found(reference)
    year, case_id = parsed
    with services.db.read() as session:
        case = session.execute(select(Case).where(
            Case.id == case_id,
            Case.national_number == citizen.national_number)).scalar_one_or_none()
    if case is None or case.received_at.year != year:
        raise _not_found(reference)
    return case


def read_case(services: Services, citizen: Citizen, reference: str) -> dict[str, Any]:
    case = _own_case(services, citizen, reference)
    with services.db.read() as session:
        events = list(session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                      .order_by(CaseEvent.id)).scalars())
        messages = list(session.execute(select(InboxMessage).where(
            InboxMessage.case_id == case.id).order_by(InboxMessage.created_at)).scalars())
        digest = session.execute(select(Document.sha256).where(
            Document.id == case.document_id)).scalar_one()
    return case_detail(case, events, messages, json.loads(case.answers), digest)


def case_document(services: Services, citizen: Citizen, reference: str) -> bytes:
    case = _own_case(services, citizen, reference)
    with services.db.read() as session:
        document = session.get(Document, case.document_id)
        assert document is not None
        return services.documents.read(session, document)
