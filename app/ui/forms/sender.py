"""What the form screen needs to pay, sign and send, as a small interface.

The GUI does not sign or speak HTTP itself: an implementation built on
app/forms (PDF rendering, the card-backed pyHanko signer) and app/services
(gateway client, durable outbox) does. Its methods block, so the screen calls
them on a worker thread; card work inside them goes to the card's owner thread
(CardService), and the PIN is asked through the `PinProvider` given (the Qt PIN
dialog), right before the card command that needs it.

Failures are exceptions the screen turns into plain words:
app.cardreader.errors (WrongPin, PinBlocked, PinCancelled, CardRemoved, NoCard),
app.cardreader.service.CardChanged, and the two below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.cardreader.pin import PinProvider
from app.forms import FormDefinition, JsonValue


class SendStage(StrEnum):
    PREPARING = "preparing"  # the PDF is made from the answers
    CONNECTING = "connecting"  # logging in to the service with the card (PIN)
    SIGNING = "signing"  # the card signs (PIN)
    SENDING = "sending"  # the signed PDF goes to the service
    DONE = "done"


@dataclass(frozen=True)
class SendRequest:
    form: FormDefinition
    answers: Mapping[str, JsonValue]
    language: str
    # The card the person saw when they pressed the button: a card swapped
    # meanwhile is refused rather than used.
    card_serial: int | None
    payment_id: str | None = None


@dataclass(frozen=True)
class SendOutcome:
    """`reference` when the service acknowledged; `queued` when the signed PDF
    waits in the outbox (service unreachable) and will be sent by itself."""

    signed_pdf: bytes
    reference: str | None
    queued: bool = False
    # Why it waits, in plain words (the service is down, the card left before
    # the login): shown on the confirmation.
    queued_reason: str | None = None


@dataclass(frozen=True)
class PaymentRequest:
    form_id: str
    amount_cents: int
    method: Mapping[str, object]
    idempotency_key: str
    card_serial: int | None


@dataclass(frozen=True)
class PaymentOutcome:
    payment_id: str
    status: str


class SubmissionRefused(Exception):
    """The service said no (a declined payment, a refused document); the message
    is in words a citizen understands."""


class ServiceUnreachable(Exception):
    """The service cannot be reached now (only where nothing can be queued: payments)."""


class FormSender(Protocol):
    def pay(self, request: PaymentRequest, pin: PinProvider) -> PaymentOutcome: ...

    def sign_and_send(self, request: SendRequest, pin: PinProvider,
                      progress: Callable[[SendStage], None]) -> SendOutcome: ...
