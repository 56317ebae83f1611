"""The `FormSender` of the form screen, on issue 5's services.

Order matters for what a failure leaves behind:
1. render the PDF (CPU, on the worker);
2. log in with the card (authentication PIN): a wrong PIN or a pulled card
   stops here with nothing signed; an unreachable gateway does not stop
   anything: the form is signed and queued;
3. sign on the card owner thread (signature PIN), B-T with the gateway's
   timestamp when it answers, B-LT with revocation data in test runs;
4. put the signed PDF in the outbox (on disk) before sending a byte;
5. deliver it (OutboxSender). From step 4 on, any failure leaves the document
   queued in the outbox, never lost and never sent twice; the screen says so
   and the draft goes, because the answers now live in the signed document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.cardreader.errors import CardError
from app.cardreader.model import Identity
from app.cardreader.pin import PinProvider
from app.forms.pdf import Applicant, prepare_form
from app.forms.signing import (
    RevocationData,
    SigningFailed,
    SigningOptions,
    TransportTimeStamper,
    sign_on_card,
)
from app.services import (
    GatewayClient,
    OutboxItem,
    OutboxSender,
    Outcome,
    PaymentDeclined,
    ServiceError,
)
from app.ui.forms.sender import (
    PaymentOutcome,
    PaymentRequest,
    SendOutcome,
    SendRequest,
    SendStage,
    ServiceUnreachable,
    SubmissionRefused,
)
from app.ui.online.session import OnlineSession

log = logging.getLogger(__name__)


class CardFormSender:
    """`identity()` is the identity of the card the person is using."""

    def __init__(self, session: OnlineSession, identity: Callable[[], Identity | None]) -> None:
        self.session = session
        self.identity = identity

    def _holder(self) -> tuple[Identity, str]:
        identity = self.identity()
        if identity is None or not identity.national_number:
            raise SubmissionRefused("The card has not been read yet. Wait a moment and try "
                                    "again.")
        return identity, identity.national_number

    # -- paying -----------------------------------------------------------------------

    def pay(self, request: PaymentRequest, pin: PinProvider) -> PaymentOutcome:
        _holder, number = self._holder()
        try:
            self.session.ensure_login(number, pin, request.card_serial)
            payment = self.session.client.pay(request.form_id, dict(request.method),
                                              request.idempotency_key)
        except PaymentDeclined as exc:
            raise SubmissionRefused(exc.message) from exc
        except ServiceError as exc:
            if exc.retryable:
                raise ServiceUnreachable(exc.message) from exc
            raise SubmissionRefused(exc.message) from exc
        return PaymentOutcome(payment.id, payment.status)

    # -- signing and sending ------------------------------------------------------------

    def sign_and_send(self, request: SendRequest, pin: PinProvider,
                      progress: Callable[[SendStage], None]) -> SendOutcome:
        session = self.session
        holder, number = self._holder()
        progress(SendStage.PREPARING)
        prepared = prepare_form(request.form, dict(request.answers), request.language,
                                Applicant(holder.full_name, number))
        progress(SendStage.CONNECTING)
        try:
            session.ensure_login(number, pin, request.card_serial)
        except ServiceError as exc:
            if not exc.retryable:
                raise SubmissionRefused(exc.message) from exc
            log.info("gateway unreachable before signing; the form will wait in the outbox")
        progress(SendStage.SIGNING)
        options = self._options()
        try:
            signed = session.card.run_on_card(
                lambda card: sign_on_card(card, prepared, pin, options),
                request.card_serial).result()
        except SigningFailed as exc:
            raise SubmissionRefused(str(exc)) from exc
        definition = request.form
        item = session.outbox.add(
            signed.pdf, national_number=number, form_id=definition.id,
            form_version=definition.version, language=request.language,
            title=definition.title.text(request.language),
            fee_cents=definition.fee.amount_cents if definition.fee is not None else None)
        if request.payment_id is not None:
            session.outbox.set_payment(item.id, request.payment_id)
            item = session.outbox.get(item.id)
        progress(SendStage.SENDING)
        return self.deliver(item, signed.pdf, pin, request.card_serial)

    def deliver(self, item: OutboxItem, pdf: bytes, pin: PinProvider,
                serial: int | None) -> SendOutcome:
        """Send one outbox item; whatever fails, it stays queued."""
        session = self.session

        def ensure_login(_client: GatewayClient, national_number: str) -> None:
            session.ensure_login(national_number, pin, serial)

        sender = OutboxSender(session.outbox, session.client, ensure_login)
        try:
            delivery = sender.send(item)
        except CardError as exc:  # the card left, or a wrong PIN at the login
            log.info("outbox item %s kept: %s", item.id, exc)
            return SendOutcome(pdf, None, queued=True, queued_reason=str(exc))
        if delivery.outcome is Outcome.DELIVERED and delivery.receipt is not None:
            return SendOutcome(pdf, delivery.receipt.reference)
        if delivery.outcome is Outcome.REFUSED:
            raise SubmissionRefused(delivery.message)
        return SendOutcome(pdf, None, queued=True, queued_reason=delivery.message)

    def _options(self) -> SigningOptions:
        session = self.session
        client = session.client
        revocation = None
        if session.trusts_test_root:
            try:
                crls = client.test_pki_crls()
            except ServiceError:
                crls = []  # the gateway is down: B-T at best, and the outbox waits
            if crls:
                revocation = RevocationData(session.card.trust.roots, crls)
        timestamper = TransportTimeStamper(client.timestamp)
        return SigningOptions(timestamper=timestamper, revocation=revocation)

