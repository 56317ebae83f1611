"""One gateway client and one outbox for the program, logged in with the card.

Logging in needs the card's authentication key (and its PIN): the challenge
is fetched here, signed on the card owner thread (`CardService.run_on_card`),
and exchanged for a bearer token, which is kept in memory for the session and
never written down (a kiosk leaves nothing). The client's HTTP session is
shared by the workers and the card owner thread (pyHanko asks for the
timestamp there); requests' connection pool is safe for that.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.cardreader.belpic import BelpicCard, KeyRole
from app.cardreader.pin import PinProvider
from app.cardreader.service import CardService
from app.services import (
    Challenge,
    GatewayClient,
    Outbox,
    certificate_chain,
    sign_challenge,
)


class OnlineSession:
    def __init__(self, client: GatewayClient, outbox: Outbox, card: CardService, *,
                 trusts_test_root: bool = False) -> None:
        self.client = client
        self.outbox = outbox
        self.card = card
        self.trusts_test_root = trusts_test_root

    def logged_in_as(self, national_number: str) -> bool:
        login = self.client.login
        return (login is not None and login.national_number == national_number
                and not login.expired())

    def ensure_login(self, national_number: str, pin: PinProvider,
                     serial: int | None) -> None:
        """Log in with the card in the reader unless already logged in as its holder."""
        if self.logged_in_as(national_number):
            return
        challenge: Challenge = self.client.challenge()

        def answer(card: BelpicCard) -> tuple[bytes, Sequence[bytes]]:
            from app.forms.signing import read_card_key

            key = read_card_key(card, KeyRole.AUTHENTICATION, pin)
            return sign_challenge(key, challenge), certificate_chain(key)

        signature, chain = self.card.run_on_card(answer, serial).result()
        self.client.open_session(challenge, signature, chain)

    def log_out(self) -> None:
        """The card left: the next person must log in with their own card."""
        self.client.login = None

    def close(self) -> None:
        self.client.close()
        self.outbox.close()
