"""Sending what waits in the outbox, one document at a time, until the gateway acknowledges it.

For each pending document of the logged-in citizen: pay its fee if it has one
(under a payment key derived from the document's, so a repeat is the same
payment), send it under its Idempotency-Key, and only then record the receipt.
A crash anywhere in between leaves it pending; the next run repeats the same
requests and the gateway answers them with what it already did.

Failures that may pass (network, timeouts, an overloaded gateway) leave the
document pending with a time for the next attempt; a refusal (a tampered
document, answers against the rules) marks it refused, with the gateway's
reason, so the citizen can correct and sign again. Nothing is ever deleted
here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.services.client import GatewayClient
from app.services.errors import (
    GatewayRefused,
    NotAuthenticated,
    PaymentDeclined,
    PaymentRequired,
    ServiceError,
)
from app.services.models import Receipt
from app.services.outbox import Outbox, OutboxItem

log = logging.getLogger(__name__)

# Makes the client logged in as this citizen (a remembered token, or the card).
EnsureLogin = Callable[[GatewayClient, str], None]
# Pays the fee of a document: a payment id, or None when no way to pay is at
# hand (the document then waits for one).
Payer = Callable[[GatewayClient, OutboxItem], str | None]


class Outcome(StrEnum):
    DELIVERED = "delivered"
    LATER = "later"  # still pending: the network or the gateway failed; retried later
    NEEDS_PAYMENT = "needs_payment"  # pending until its fee is paid
    NOT_SENT = "not_sent"  # pending: no login (a revoked card), TLS refused, no address
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Delivery:
    item_id: int
    outcome: Outcome
    message: str
    receipt: Receipt | None = None


class OutboxSender:
    def __init__(self, outbox: Outbox, client: GatewayClient, ensure_login: EnsureLogin,
                 payer: Payer | None = None) -> None:
        self.outbox = outbox
        self.client = client
        self.ensure_login = ensure_login
        self.payer = payer

    def send_pending(self, national_number: str, *, due_only: bool = False) -> list[Delivery]:
        """Deliver the citizen's pending documents, oldest first. Stops at the first
        failure that would hit the others too (the gateway is down or slow)."""
        results: list[Delivery] = []
        for item in self.outbox.pending(national_number, due_only=due_only):
            result = self.send(item)
            results.append(result)
            if result.outcome in (Outcome.LATER, Outcome.NOT_SENT):
                break
        return results

    def send(self, item: OutboxItem) -> Delivery:
        last: ServiceError | None = None
        for _ in range(2):  # a login that expired meanwhile is renewed once
            try:
                self.ensure_login(self.client, item.national_number)
            except ServiceError as exc:
                return self._not_logged_in(item, exc)
            try:
                return self._deliver(self.outbox.get(item.id))
            except NotAuthenticated as exc:
                self.client.login = None
                last = exc
            except ServiceError as exc:
                return self._failed(item, exc)
        assert last is not None
        return self._not_logged_in(item, last)

    def _deliver(self, item: OutboxItem) -> Delivery:
        try:
            payment_id = item.payment_id
            if item.needs_payment:
                payment_id = self.payer(self.client, item) if self.payer is not None else None
                if payment_id is None:
                    return self._awaiting_payment(item, None)
                self.outbox.set_payment(item.id, payment_id)
            receipt = self.client.submit(self.outbox.document(item.id), item.idempotency_key,
                                         payment_id)
        except (PaymentRequired, PaymentDeclined) as exc:
            return self._awaiting_payment(item, exc)
        self.outbox.mark_delivered(item.id, receipt)
        log.info("delivered outbox item %s as %s%s", item.id, receipt.reference,
                 " (repeat)" if receipt.replayed else "")
        return Delivery(item.id, Outcome.DELIVERED, receipt.acknowledgement, receipt)

    def _failed(self, item: OutboxItem, exc: ServiceError) -> Delivery:
        """Only the gateway's refusal of the document itself refuses it; a TLS or
        address problem leaves it waiting like a login problem does."""
        if isinstance(exc, GatewayRefused) and not exc.retryable:
            self.outbox.record_failure(item.id, exc.message, exc.code, retryable=False)
            return Delivery(item.id, Outcome.REFUSED, exc.message)
        return self._not_logged_in(item, exc)

    def _not_logged_in(self, item: OutboxItem, exc: ServiceError) -> Delivery:
        """Nothing was sent (or nothing got through): the document waits."""
        if exc.retryable:
            self.outbox.record_failure(item.id, exc.message, exc.code, retryable=True)
            return Delivery(item.id, Outcome.LATER, exc.message)
        self.outbox.note(item.id, exc.message, exc.code)
        return Delivery(item.id, Outcome.NOT_SENT, exc.message)

    def _awaiting_payment(self, item: OutboxItem, exc: ServiceError | None) -> Delivery:
        message = exc.message if exc is not None else (
            "This service has a fee. Pay it and the signed form will be sent.")
        self.outbox.note(item.id, message, "payment_required")
        return Delivery(item.id, Outcome.NEEDS_PAYMENT, message)
