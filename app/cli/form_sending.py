"""What `form fill --submit` and `form outbox send` share: the gateway, the outbox,
the card login, the fee.

Everything here runs inside the one card job of the command (on the card
owner thread), so the card session that signed can also log in.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.cli.errors import UserError
from app.config import RunMode

if TYPE_CHECKING:
    from app.cardreader.belpic import BelpicCard
    from app.cardreader.pin import PinProvider
    from app.services import Delivery, GatewayClient, Outbox, OutboxItem, OutboxSender

# The services (requests, keyring, SQLite) are imported where they are used, so
# that `citizen-assistant --help` and the other commands start fast.

ENV_OUTBOX: Final = "CITIZEN_ASSISTANT_OUTBOX"
# The test payment provider's card that is always approved (demo and tests only).
TEST_CARD: Final = {"type": "card", "number": "4242424242424242", "exp_month": 12,
                    "exp_year": 2040, "cvc": "123"}


def add_sending_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gateway", metavar="URL",
                        help="the gateway (default: $CITIZEN_ASSISTANT_GATEWAY); https://, or "
                             "http:// to this computer")
    parser.add_argument("--outbox", type=Path, metavar="FILE",
                        help=f"the outbox database (default: ${ENV_OUTBOX}, or one in the "
                             "user's data folder)")
    parser.add_argument("--payment", type=Path, metavar="FILE.json",
                        help="how to pay a fee: a JSON payment method for the gateway's "
                             "payment provider (demo and test runs use the test card)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="how long to wait for the gateway's answer (default 60)")
    parser.add_argument("--remember-login", action="store_true",
                        help="keep the gateway login in the system keyring (never the PIN)")


def open_outbox(args: argparse.Namespace) -> Outbox:
    from app.services import Outbox

    path = args.outbox or (Path(os.environ[ENV_OUTBOX]) if os.environ.get(ENV_OUTBOX) else None)
    try:
        return Outbox(path)
    except OSError as exc:
        raise UserError(f"cannot open the outbox: {exc.strerror or exc}") from None


def gateway_client(args: argparse.Namespace, required: bool) -> GatewayClient | None:
    from app.services import GatewayClient, HttpPolicy, ServiceError, configured_gateway

    try:
        url = configured_gateway(args.gateway)
    except ServiceError as exc:
        raise UserError(exc.message) from None
    if url is None:
        if required:
            raise UserError("sending needs a gateway: give --gateway URL or set "
                            "CITIZEN_ASSISTANT_GATEWAY")
        return None
    if args.timeout is not None and args.timeout <= 0:
        raise UserError("--timeout is a number of seconds above zero")
    policy = HttpPolicy() if args.timeout is None else HttpPolicy(
        connect_timeout=min(5.0, args.timeout), read_timeout=args.timeout)
    return GatewayClient(url, policy)


def payment_method(args: argparse.Namespace, mode: RunMode) -> dict[str, Any] | None:
    if args.payment is not None:
        try:
            method = json.loads(args.payment.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UserError(f"cannot read {args.payment}: {exc.strerror}") from None
        except json.JSONDecodeError:
            raise UserError(f"{args.payment} is not JSON") from None
        if not isinstance(method, dict):
            raise UserError(f"{args.payment}: a payment method is a JSON object")
        return method
    return dict(TEST_CARD) if mode.trusts_test_root else None


class CardSending:
    """Logs in with the inserted card and sends outbox items of its holder."""

    def __init__(self, args: argparse.Namespace, card: BelpicCard, provider: PinProvider,
                 client: GatewayClient, outbox: Outbox, holder: str, mode: RunMode) -> None:
        from app.services import TokenStore

        self.args = args
        self.card = card
        self.provider = provider
        self.client = client
        self.outbox = outbox
        self.holder = holder  # national number of the card in the reader
        self.method = payment_method(args, mode)
        self.tokens = TokenStore()

    def ensure_login(self, client: GatewayClient, national_number: str) -> None:
        login = client.login
        if login is not None and login.national_number == national_number \
                and not login.expired():
            return
        if national_number != self.holder:
            raise UserError("this signed form belongs to someone else; insert their card "
                            "to send it")
        remembered = self.tokens.load(client.base_url, national_number)
        if remembered is not None:
            client.login = remembered
            return
        from app.cardreader.belpic import KeyRole
        from app.forms.signing import read_card_key
        from app.services import log_in

        key = read_card_key(self.card, KeyRole.AUTHENTICATION, self.provider)
        login = log_in(client, key)
        if self.args.remember_login and not self.tokens.save(client.base_url, login):
            print("No keyring on this computer: the login is not remembered.",
                  file=sys.stderr)

    def pay(self, client: GatewayClient, item: OutboxItem) -> str | None:
        if self.method is None:
            return None
        payment = client.pay(item.form_id, self.method, item.payment_key)
        print(f"Fee paid ({payment.amount_cents / 100:.2f} {payment.currency}).",
              file=sys.stderr)
        return payment.id

    def sender(self) -> OutboxSender:
        from app.services import OutboxSender

        return OutboxSender(self.outbox, self.client, self.ensure_login, self.pay)

    def send(self, item: OutboxItem) -> Delivery:
        return self.sender().send(item)


def describe(delivery: Delivery) -> str:
    from app.services import Outcome

    if delivery.outcome is Outcome.DELIVERED:
        assert delivery.receipt is not None
        return f"Received by the gateway as case {delivery.receipt.reference}."
    if delivery.outcome is Outcome.REFUSED:
        return f"The gateway refused the signed form: {delivery.message}"
    return (f"{delivery.message} The signed form is kept in the outbox; send it later with "
            "`citizen-assistant form outbox send`.")


def card_holder(card: BelpicCard) -> str:
    """The national number of the card in the reader, from its authentication
    certificate (no PIN, a few APDUs; the gateway binds logins to the same)."""
    from cryptography.x509.oid import NameOID

    from app.cardreader import files
    from app.cardreader.model import load_padded_certificate

    card.identify()
    certificate = load_padded_certificate(card.read_file(files.CERT_AUTHENTICATION))
    values = certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    number = str(values[0].value) if values else ""
    if len(number) != 11 or not number.isdigit():
        raise UserError("the card's certificate names no national number")
    return number
