"""Fees: a payment for a form's fee, charged through the payment provider.

A payment pays for one submission of one form by one citizen. A refused charge
stores nothing and answers 402 with the provider's reason, so the citizen can
try another card; the signed form waits in the client's outbox meanwhile.
An optional Idempotency-Key makes a repeated request return the same payment
instead of charging twice.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from gateway import logs
from gateway.errors import ApiError
from gateway.models import Case, Payment, utcnow
from gateway.references import reference_of
from gateway.services import Services
from gateway.sessions import Citizen
from gateway.views import new_id, payment_view


def _request_digest(form_id: str, method: dict[str, Any]) -> str:
    # Card details are never stored; the digest only tells a repeat from a change.
    number = str(method.get("number", ""))[-4:]
    return hashlib.sha256(json.dumps([form_id, number]).encode()).hexdigest()


def _existing(services: Services, citizen: Citizen, key: str,
              digest: str) -> dict[str, Any] | None:
    with services.db.read() as session:
        payment = session.execute(select(Payment).where(
            Payment.national_number == citizen.national_number,
            Payment.idempotency_key == key)).scalar_one_or_none()
        if payment is None:
            return None
        if payment.request_sha256 != digest:
            raise ApiError(409, "idempotency_conflict",
                           "this Idempotency-Key was already used for a different payment")
        return _view(session, payment)


def _view(session: Any, payment: Payment) -> dict[str, Any]:
    reference = None
    if payment.case_id is not None:
        case = session.get(Case, payment.case_id)
        reference = None if case is None else reference_of(case.id, case.received_at)
    return payment_view(payment, reference)


def create_payment(services: Services, citizen: Citizen, form_id: str,
                   method: dict[str, Any], key: str | None) -> tuple[dict[str, Any], bool]:
    """(payment, replayed)."""
    definition = services.content.definitions.get(form_id)
    if definition is None:
        raise ApiError(404, "form_unknown", f"no form {form_id!r}")
    if definition.fee is None:
        raise ApiError(422, "no_fee", f"form {form_id!r} costs nothing; submit it directly")
    digest = _request_digest(form_id, method)
    if key is not None:
        earlier = _existing(services, citizen, key, digest)
        if earlier is not None:
            return earlier, True
    fee = definition.fee
    charge = services.payments.charge(fee.amount_cents, fee.currency, method,
                                      description=f"fee for {form_id}")
    if not charge.approved:
        logs.event("payment_declined", form=form_id, code=charge.decline_code)
        raise ApiError(402, "payment_declined", f"the payment was refused: {charge.message}",
                       details={"decline_code": charge.decline_code})
    payment = Payment(
        id=new_id("pay"), national_number=citizen.national_number, idempotency_key=key,
        request_sha256=digest, form_id=form_id, amount_cents=fee.amount_cents,
        currency=fee.currency, status="paid", provider=services.payments.name,
        provider_reference=charge.provider_reference, created_at=utcnow())
    try:
        with services.db.write() as session:
            session.add(payment)
    except IntegrityError:
        assert key is not None
        earlier = _existing(services, citizen, key, digest)
        if earlier is None:
            raise
        # A real provider refunds the second charge here; the test one charged nothing.
        return earlier, True
    logs.event("payment_accepted", form=form_id, payment=payment.id)
    return payment_view(payment, None), False


def read_payment(services: Services, citizen: Citizen, payment_id: str) -> dict[str, Any]:
    with services.db.read() as session:
        payment = session.execute(select(Payment).where(
            Payment.id == payment_id,
            Payment.national_number == citizen.national_number)).scalar_one_or_none()
        if payment is None:
            raise ApiError(404, "payment_not_found", f"you have no payment {payment_id}")
        return _view(session, payment)
