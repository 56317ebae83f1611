"""The eID card's keys behind the `RawKey` interface.

Everything here talks to the card, so it runs on the card owner thread (the
caller's job: `CardOwner.call` or `.submit`). The PIN is asked through the
`PinProvider` by the card layer right before the one command that needs it,
and never passes through this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509

from app.cardreader import files
from app.cardreader.belpic import BelpicCard, KeyRole
from app.cardreader.errors import CardError, FileNotFoundOnCard
from app.cardreader.model import load_padded_certificate
from app.cardreader.pin import PinProvider
from app.cardreader.tlvfields import CardDataError


class CannotSign(CardError):
    """The card has no usable key for this (a kids card has no signature key)."""


@dataclass(frozen=True)
class CardKey:
    card: BelpicCard
    role: KeyRole
    provider: PinProvider
    certificate: x509.Certificate
    chain: Sequence[x509.Certificate]

    def sign_digest(self, digest: bytes, hash_name: str) -> bytes:
        return self.card.sign_digest(self.role, digest, hash_name, self.provider)


def _certificate(card: BelpicCard, file: files.CardFile) -> x509.Certificate:
    data = card.read_file(file)
    if not data:
        raise FileNotFoundOnCard(f"The card's {file.name} is empty", 0x6A82)
    try:
        return load_padded_certificate(data)
    except CardDataError:
        raise CannotSign("The card's certificate cannot be read; the card may be "
                         "damaged.") from None


def read_card_key(card: BelpicCard, role: KeyRole, provider: PinProvider) -> CardKey:
    """The key `role` of the inserted card, with its certificate and CA chain."""
    if role not in (KeyRole.SIGNATURE, KeyRole.AUTHENTICATION):
        raise ValueError("only the signature and authentication keys sign for a citizen")
    card.identify()
    certificate_file = files.CERT_SIGNATURE if role is KeyRole.SIGNATURE \
        else files.CERT_AUTHENTICATION
    try:
        certificate = _certificate(card, certificate_file)
    except FileNotFoundOnCard:
        if role is KeyRole.SIGNATURE:
            raise CannotSign("This card has no signature key (cards of children under "
                             "12 cannot sign). Ask a parent to sign the form.") from None
        raise CannotSign("This card has no authentication certificate.") from None
    # The CA travels with the signature so that any verifier can build the
    # path; the root on the card is only a copy (trust comes from the verifier).
    chain = [_certificate(card, files.CERT_CA)]
    with contextlib.suppress(FileNotFoundOnCard, CannotSign):
        chain.append(_certificate(card, files.CERT_ROOT))
    return CardKey(card, role, provider, certificate, tuple(chain))
