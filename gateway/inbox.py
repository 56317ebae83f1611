"""The citizen's inbox: letters about their cases, rendered and sealed when
first opened, then kept, so the same letter is the same bytes every time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from gateway.errors import ApiError
from gateway.letters import TITLES, LetterData, letter_language, render_letter
from gateway.models import Case, Document, InboxMessage
from gateway.references import reference_of
from gateway.services import Services
from gateway.sessions import Citizen
from gateway.views import inbox_entry


def _not_found(message_id: str) -> ApiError:
    return ApiError(404, "message_not_found", f"you have no message {message_id}")


def list_messages(services: Services, citizen: Citizen) -> list[dict[str, Any]]:
    with services.db.read() as session:
        rows = session.execute(
            select(InboxMessage, Case)
            .outerjoin(Case, Case.id == InboxMessage.case_id)
            .where(InboxMessage.national_number == citizen.national_number)
            .order_by(InboxMessage.created_at.desc(), InboxMessage.id)).all()
        return [inbox_entry(message, _reference(case)) for message, case in rows]


def read_message(services: Services, citizen: Citizen, message_id: str) -> dict[str, Any]:
    with services.db.read() as session:
        row = session.execute(
            select(InboxMessage, Case)
            .outerjoin(Case, Case.id == InboxMessage.case_id)
            .where(InboxMessage.id == message_id,
                   InboxMessage.national_number == citizen.national_number)).first()
    if row is None:
        raise _not_found(message_id)
    return inbox_entry(row[0], _reference(row[1]))


def _reference(case: Case | None) -> str | None:
    return None if case is None else reference_of(case.id, case.received_at)


def message_document(services: Services, citizen: Citizen, message_id: str) -> bytes:
    with services.db.read() as session:
        row = session.execute(
            select(InboxMessage, Case)
            .outerjoin(Case, Case.id == InboxMessage.case_id)
            .where(InboxMessage.id == message_id,
                   InboxMessage.national_number == citizen.national_number)).first()
        if row is None:
            raise _not_found(message_id)
        message, case = row
        if message.document_id is not None:
            kept = session.get(Document, message.document_id)
            assert kept is not None
            return services.documents.read(session, kept)
    pdf = _render(services, message, case)
    prepared = services.documents.prepare(pdf)
    with services.db.write() as session:
        current = session.execute(select(InboxMessage).where(InboxMessage.id == message_id)
                                  .with_for_update()).scalar_one()
        if current.document_id is not None:  # another request made it meanwhile
            kept = session.get(Document, current.document_id)
            assert kept is not None
            return services.documents.read(session, kept)
        made = Document(sha256=prepared.sha256, size=prepared.size, content=prepared.content)
        session.add(made)
        session.flush()
        current.document_id = made.id
    return pdf


def _render(services: Services, message: InboxMessage, case: Case | None) -> bytes:
    if case is None:
        raise _not_found(message.id)
    definition = services.content.definitions.get(case.form_id)
    language = letter_language(case.language)
    form_title = definition.title.text(language) if definition is not None else case.form_id
    lines: tuple[str, ...] = ()
    if message.template == "proof-of-residence":
        lines = _address_lines(services.registry.lookup(case.national_number).get("address"))
    pdf = render_letter(LetterData(
        template=message.template, language=case.language,
        reference=reference_of(case.id, case.received_at),
        form_title=form_title, citizen_name=case.citizen_name,
        national_number=case.national_number, issued_at=message.created_at, lines=lines))
    if services.sealer is not None:
        pdf = services.sealer.seal(pdf, reason=TITLES[message.template]["en"])
    return pdf


def _address_lines(address: Any) -> tuple[str, ...]:
    if not isinstance(address, dict):
        return ()
    street = str(address.get("street_and_number", ""))
    town = f"{address.get('postcode', '')} {address.get('municipality', '')}".strip()
    return tuple(line for line in (street, town) if line)
