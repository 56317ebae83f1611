"""Accepting a signed form: validate everything, then store it in one transaction.

Order matters: the idempotency key is looked up first (a repeat costs one
query), then the document is validated completely (signature, signer, answers,
fee) without touching the database, and only then are the document, the case,
its history and the letters stored together. Two identical requests racing
each other both validate, and the unique (citizen, key) constraint lets exactly
one of them store; the other answers with the winner's case.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any, cast

from anyio import to_thread
from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.forms.definition import FormDefinition
from gateway import logs
from gateway.answers import SubmittedAnswers, check_answers, read_answers
from gateway.db import Stopwatch, rowcount
from gateway.documents import Prepared
from gateway.errors import ApiError
from gateway.models import Base, Case, CaseEvent, Document, InboxMessage, Payment, utcnow
from gateway.pades import SignatureRefused, SignedDocument, validate_signed_pdf
from gateway.services import Services
from gateway.sessions import Citizen
from gateway.views import case_summary, iso, new_id


def table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


# Forms the demo decides at once, with the certificate it sends back.
CERTIFICATE_FORMS = {
    "residence-certificate": "proof-of-residence",
    "birth-certificate": "birth-extract",
}


@dataclass
class Receipt:
    body: dict[str, Any]
    replayed: bool
    timings: dict[str, float] = field(default_factory=dict)


async def submit(services: Services, citizen: Citizen, key: str, pdf: bytes,
                 payment_id: str | None) -> Receipt:
    """Each step in a worker thread; a request waiting for a validation slot waits
    in the event loop, not in a thread, so reads are never starved of threads."""
    db_time, check_time = Stopwatch(), Stopwatch()
    digest = hashlib.sha256(pdf).hexdigest()
    earlier = await to_thread.run_sync(
        db_time.run, lambda: _replay(services, citizen, key, digest))
    if earlier is not None:
        return earlier
    signed, submitted, definition = await to_thread.run_sync(
        check_time.run, lambda: check_document(services, citizen, pdf),
        limiter=services.validation_limiter())
    stored = await to_thread.run_sync(db_time.run, lambda: store(
        services, citizen, key, pdf, signed, submitted, definition, payment_id))
    if stored.replayed:
        return stored
    body = stored.body
    logs.event("submission_accepted", reference=body["reference"], form=definition.id,
               validate_ms=round(check_time.seconds * 1000, 1),
               db_ms=round(db_time.seconds * 1000, 1))
    return Receipt(body, replayed=False,
                   timings={"validate": check_time.seconds, "db": db_time.seconds})


def check_document(services: Services, citizen: Citizen,
                   pdf: bytes) -> tuple[SignedDocument, SubmittedAnswers, FormDefinition]:
    """Everything about the document itself: signature, signer, answers."""
    signed = _validate(services, citizen, pdf)
    submitted = read_answers(signed.attachments)
    definition = check_answers(services.content.definitions, submitted,
                               citizen.national_number)
    return signed, submitted, definition


def store(services: Services, citizen: Citizen, key: str, pdf: bytes, signed: SignedDocument,
          submitted: SubmittedAnswers, definition: FormDefinition,
          payment_id: str | None) -> Receipt:
    """Stores a validated submission: the document, the case, its history, its letters."""
    digest = hashlib.sha256(pdf).hexdigest()
    document = services.documents.prepare(pdf)
    try:
        with services.db.connect_write() as connection:
            body = _store(connection, citizen, key, digest, document, signed,
                          submitted.language, submitted.answers, definition, payment_id)
    except IntegrityError:
        # A concurrent request with the same key stored its case first.
        earlier = _replay(services, citizen, key, digest)
        if earlier is None:
            raise
        return earlier
    return Receipt(body, replayed=False)


def _validate(services: Services, citizen: Citizen, pdf: bytes) -> SignedDocument:
    try:
        signed = validate_signed_pdf(pdf, services.trust, services.policy)
    except SignatureRefused as refusal:
        logs.event("submission_refused", logging.INFO, code=refusal.code)
        raise ApiError(422, refusal.code, refusal.message) from None
    if signed.signer_national_number != citizen.national_number:
        logs.event("submission_refused", logging.INFO, code="signer_not_citizen")
        raise ApiError(403, "signer_not_citizen",
                       "the document was signed by someone other than the authenticated "
                       "citizen")
    return signed


_REPLAY_COLUMNS = (Case.id, Case.form_id, Case.form_version, Case.status, Case.received_at,
                   Case.updated_at, Case.signed_at, Case.request_sha256)


def _replay(services: Services, citizen: Citizen, key: str, digest: str) -> Receipt | None:
    with services.db.connect() as connection:
        row = connection.execute(
            select(*_REPLAY_COLUMNS, Document.sha256.label("document_sha256"))
            .join(Document, Document.id == Case.document_id)
            .where(Case.national_number == citizen.national_number,
                   Case.idempotency_key == key)).first()
    if row is None:
        return None
    if row.request_sha256 != digest:
        raise ApiError(409, "idempotency_conflict",
                       "this Idempotency-Key was already used for a different document; "
                       "use a new key for a new submission")
    values = {column.key: getattr(row, column.key) for column in _REPLAY_COLUMNS}
    return Receipt(_receipt_body(Case(**values), row.document_sha256), replayed=True)


def _store(session: Connection, citizen: Citizen, key: str, digest: str,
           document: Prepared, signed: SignedDocument, language: str, answers: dict[str, Any],
           definition: FormDefinition, payment_id: str | None) -> dict[str, Any]:
    """Core statements, not the ORM unit of work: a handful of round trips, and
    the least time holding the database (and, in-process, the GIL)."""
    now = utcnow()
    document_id = session.execute(insert(table(Document)).values(
        sha256=document.sha256, size=document.size, media_type="application/pdf",
        content=document.content, created_at=now).returning(table(Document).c.id)).scalar_one()
    decided = definition.id in CERTIFICATE_FORMS
    values: dict[str, Any] = {
        "national_number": citizen.national_number, "idempotency_key": key,
        "request_sha256": digest, "form_id": definition.id,
        "form_version": definition.version, "language": language,
        "citizen_name": signed.signer_name, "answers": json.dumps(answers, ensure_ascii=False),
        "status": "decided" if decided else "received", "document_id": document_id,
        "signed_at": signed.signing_time.replace(tzinfo=None), "received_at": now,
        "updated_at": now,
    }
    case_id = session.execute(insert(table(Case)).values(**values)
                              .returning(table(Case).c.id)).scalar_one()
    if definition.fee is not None:
        _claim_payment(session, citizen, definition, payment_id, case_id)
    events = [{"case_id": case_id, "at": now, "status": "received",
               "note": "signed form received and validated"}]
    letters = [{"id": new_id("msg"), "national_number": citizen.national_number,
                "case_id": case_id, "kind": "acknowledgement", "template": "acknowledgement",
                "created_at": now, "document_id": None}]
    if decided:
        events.append({"case_id": case_id, "at": now, "status": "decided",
                       "note": "certificate issued"})
        letters.append({"id": new_id("msg"), "national_number": citizen.national_number,
                        "case_id": case_id, "kind": "certificate",
                        "template": CERTIFICATE_FORMS[definition.id], "created_at": now,
                        "document_id": None})
    session.execute(insert(table(CaseEvent)), events)
    session.execute(insert(table(InboxMessage)), letters)
    return _receipt_body(Case(id=case_id, **values), document.sha256)


def _claim_payment(session: Connection, citizen: Citizen, definition: FormDefinition,
                   payment_id: str | None, case_id: int) -> None:
    """Ties one paid, unused payment of this citizen for this form to the case."""
    if payment_id is None:
        payment_id = session.execute(
            select(Payment.id).where(
                Payment.national_number == citizen.national_number,
                Payment.form_id == definition.id, Payment.status == "paid",
                Payment.case_id.is_(None))
            .order_by(Payment.created_at).limit(1)).scalar_one_or_none()
    claimed = 0
    if payment_id is not None:
        claimed = rowcount(session.execute(
            update(Payment)
            .where(Payment.id == payment_id,
                   Payment.national_number == citizen.national_number,
                   Payment.form_id == definition.id, Payment.status == "paid",
                   Payment.case_id.is_(None))
            .values(case_id=case_id)))
    if claimed != 1:
        assert definition.fee is not None
        raise ApiError(402, "payment_required",
                       f"this service costs {definition.fee.amount_cents / 100:.2f} "
                       f"{definition.fee.currency}; pay it (POST /api/v1/payments) and send "
                       "the same signed document again")


def _receipt_body(case: Case, document_sha256: str) -> dict[str, Any]:
    return {
        **case_summary(case),
        "document_sha256": document_sha256,
        "signed_at": iso(case.signed_at),
        "acknowledgement": "Your signed form was received and validated.",
    }
