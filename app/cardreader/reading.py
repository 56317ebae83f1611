"""A full card read in the order a person needs things.

First what greets the person (identity and address, verified against the RRN
certificate), then the photo, then the certificates. Every file is read in the
fewest APDUs its size allows (see files.py) and nothing is read that is not
needed: no PKCS#15 directory files, no certificate padding, and no second copy
of an RRN certificate this machine has already verified (rrn_cache.py).

The signature checks run beside the read at idle priority (idle_checks.py)
while the card thread goes on reading; they touch no card, so the one-owner
rule holds.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from functools import partial

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.cardreader import files as f
from app.cardreader.authenticity import (
    ChipVerdict,
    DataVerdict,
    check_chip,
    check_signed_data,
    combine,
    rrn_public_key,
)
from app.cardreader.belpic import BelpicCard, Generation
from app.cardreader.errors import CardCommandError, CardError, FileNotFoundOnCard
from app.cardreader.greeting import Greeting
from app.cardreader.idle_checks import checker
from app.cardreader.model import (
    Address,
    CardDataError,
    CardFiles,
    EidData,
    Identity,
    parse_eid,
)
from app.cardreader.rrn_cache import RrnCertificateCache, memory_cache
from app.cardreader.trust import TrustStore

log = logging.getLogger(__name__)

# INTERNAL AUTHENTICATE is sent with the SHA-384 algorithm byte, so the
# challenge is a 48-byte hash (1.8 manual 6.11); the check then makes sure the
# basic key is a P-384 key that signed exactly this.
BASIC_KEY_CHALLENGE_LENGTH = 48


class CardReadError(CardError):
    """The card answered, but what it holds cannot be understood."""


def _signature_layout(rrn_der: bytes) -> tuple[f.SizeKind, f.SizeKind, int]:
    """How the two RRN signature files are laid out, from the RRN key type.

    RSA signatures fill a file exactly as long as the key. An EC signature is
    DER; the address signature is verified on its DER alone, but the identity
    signature file is itself part of what the address signature covers, so it
    is read whole, padding included.
    """
    try:
        key = rrn_public_key(rrn_der)  # remembered: the certificate is every card's
    except (CardDataError, ValueError, UnsupportedAlgorithm):
        return f.SizeKind.UNKNOWN, f.SizeKind.UNKNOWN, 256
    if isinstance(key, rsa.RSAPublicKey):
        return f.SizeKind.FIXED, f.SizeKind.FIXED, key.key_size // 8
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f.SizeKind.UNKNOWN, f.SizeKind.DER, f.EC_P384_SIGNATURE_MAX
    return f.SizeKind.UNKNOWN, f.SizeKind.UNKNOWN, 256


def _read_rrn(card: BelpicCard, cache: RrnCertificateCache,
              chunk: Callable[[int], None]) -> bytes:
    remembered: list[bytes] = []

    def known(head: bytes) -> bool:
        hit = cache.lookup(head)
        if hit is not None:
            remembered.append(hit)
        return hit is not None

    read = card.read_file(f.CERT_RRN, on_chunk=chunk, enough=known)
    return remembered[0] if remembered else read


def _answer(card: BelpicCard, challenge: bytes) -> tuple[bytes, bytes]:
    """The card's answer to the basic-key challenge; a refusal is kept as an
    empty answer, which then fails the check with its reason."""
    try:
        return challenge, card.internal_authenticate(challenge)
    except CardCommandError:
        return challenge, b""


def read_card(
    card: BelpicCard,
    trust: TrustStore,
    *,
    on_greeting: Callable[[Greeting], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    rrn_cache: RrnCertificateCache | None = None,
) -> EidData:
    """Read and verify everything the program shows; raise on removal or a non-eID.

    `on_greeting` is called once (from whichever thread runs the check) as
    soon as identity and address are verified, while the card is still being
    read, and always before this returns.
    The card thread only talks to the card: parsing and checking what it
    already gave runs beside it (idle_checks.py) and is collected at the end.
    """
    cache = rrn_cache if rrn_cache is not None else memory_cache()
    generation = card.identify()
    read = card.read_file

    def chunk(n: int) -> None:
        if on_progress is not None:
            on_progress(n)
        checker.run_stale()  # a check the idle thread could not start: run it here

    rrn = _read_rrn(card, cache, chunk)
    id_kind, address_kind, size = _signature_layout(rrn)
    identity = read(f.IDENTITY, on_chunk=chunk)
    identity_signature = read(f.IDENTITY_SIGNATURE, kind=id_kind,
                              first=size if id_kind is f.SizeKind.FIXED else None,
                              on_chunk=chunk)
    address = read(f.ADDRESS, on_chunk=chunk)
    address_signature = read(f.ADDRESS_SIGNATURE, kind=address_kind, first=size,
                             on_chunk=chunk)
    signed = CardFiles(
        atr=card.channel.transport.atr, card_data=b"", identity=identity,
        identity_signature=identity_signature, address=address,
        address_signature=address_signature, photo=b"", basic_key=None,
        cert_authentication=b"", cert_signature=None, cert_ca=b"", cert_root=b"",
        cert_rrn=rrn,
    )
    greeting_check = checker.submit(
        partial(_check_greeting, signed, trust, _GreetOnce(on_greeting)))

    card_data = card.card_data()
    basic_key: bytes | None = None
    answered: tuple[bytes, bytes] | None = None
    if generation is Generation.V18:
        basic_key = read(f.BASIC_KEY, first=120, on_chunk=chunk)
        # Ask the card to prove it holds its basic key while it is being read
        # anyway; the answer is checked with the photo, below.
        answered = _answer(card, secrets.token_bytes(BASIC_KEY_CHALLENGE_LENGTH))
    photo = read(f.PHOTO, on_chunk=chunk)
    # The photo hash and the basic-key answer are checked beside the read
    # while the certificates come.
    chip_check = checker.submit(partial(
        _check_chip, replace(signed, card_data=card_data, basic_key=basic_key, photo=photo),
        answered, greeting_check.future))
    authentication = read(f.CERT_AUTHENTICATION, on_chunk=chunk)
    try:
        signature: bytes | None = read(f.CERT_SIGNATURE, on_chunk=chunk) or None
    except FileNotFoundOnCard:
        signature = None  # kids cards have no signature key
    ca = read(f.CERT_CA, on_chunk=chunk)
    root = read(f.CERT_ROOT, on_chunk=chunk)

    files = replace(
        signed, card_data=card_data, photo=photo, basic_key=basic_key,
        cert_authentication=authentication, cert_signature=signature, cert_ca=ca,
        cert_root=root,
    )
    parsed_identity, parsed_address, verdict = greeting_check.result()
    report = combine(verdict, chip_check.result())
    if verdict.valid:
        cache.remember(rrn)
    try:
        return parse_eid(files, report, identity=parsed_identity, address=parsed_address)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None


class _GreetOnce:
    """Calls `on_greeting` once, whichever run of the check gets there first.

    The call happens inside the check, so a check that has ended has greeted:
    read_card never returns (and the full read is never announced) before the
    greeting. A second run arriving during the first one's call waits for it.
    """

    def __init__(self, on_greeting: Callable[[Greeting], None] | None) -> None:
        self._on_greeting = on_greeting
        self._lock = threading.Lock()
        self._done = False

    def __call__(self, greeting: Greeting) -> None:
        if self._on_greeting is None:
            return
        with self._lock:
            if self._done:
                return
            self._done = True
            try:
                self._on_greeting(greeting)
            except Exception:  # an observer's bug must not fail the card
                log.exception("the greeting observer failed")


def _check_greeting(signed: CardFiles, trust: TrustStore,
                    greet: _GreetOnce) -> tuple[Identity, Address, DataVerdict]:
    """What greets the person, parsed and checked: identity, address, and the
    RRN signatures over them with the RRN certificate's chain."""
    try:
        identity = Identity.from_tlv(signed.identity)
        address = Address.from_tlv(signed.address)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None
    verdict = check_signed_data(signed, trust, identity=identity)
    greet(Greeting(identity, address, verdict.valid,
                   tuple(reason for _, reason in verdict.reasons)))
    return identity, address, verdict


def _check_chip(files: CardFiles, answered: tuple[bytes, bytes] | None,
                greeting: Future[tuple[Identity, Address, DataVerdict]]) -> ChipVerdict:
    # The greeting check, submitted first, has parsed the identity by now
    # unless it failed or still runs elsewhere; then this parses it again.
    identity = greeting.result()[0] if greeting.done() and not greeting.exception() else None
    return check_chip(files, answered=answered, identity=identity)
