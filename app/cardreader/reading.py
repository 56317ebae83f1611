"""A full card read in the order a person needs things.

First what greets the person (identity and address, verified against the RRN
certificate), then the photo, then the certificates. Every file is read in the
fewest APDUs its size allows (see files.py) and nothing is read that is not
needed: no PKCS#15 directory files, no certificate padding, and no second copy
of an RRN certificate this machine has already verified (rrn_cache.py).

Verification of the greeting data runs on a helper thread while the card
thread goes on reading; it touches no card, so the one-owner rule holds.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.cardreader import files as f
from app.cardreader.authenticity import (
    ChipVerdict,
    DataVerdict,
    basic_key_challenge,
    check_basic_key,
    check_photo,
    check_signed_data,
    combine,
)
from app.cardreader.belpic import BelpicCard, Generation
from app.cardreader.errors import CardCommandError, CardError, FileNotFoundOnCard
from app.cardreader.greeting import Greeting
from app.cardreader.model import (
    Address,
    CardDataError,
    CardFiles,
    EidData,
    Identity,
    load_padded_certificate,
    parse_eid,
)
from app.cardreader.rrn_cache import RrnCertificateCache, memory_cache
from app.cardreader.trust import TrustStore

_verifier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="card-verify")


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
        key = load_padded_certificate(rrn_der).public_key()
    except CardDataError:
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

    `on_greeting` is called (from the verification thread) as soon as identity
    and address are verified, while the card is still being read.
    """
    cache = rrn_cache if rrn_cache is not None else memory_cache()
    generation = card.identify()
    read = card.read_file

    def chunk(n: int) -> None:
        if on_progress is not None:
            on_progress(n)

    rrn = _read_rrn(card, cache, chunk)
    id_kind, address_kind, size = _signature_layout(rrn)
    identity = read(f.IDENTITY, on_chunk=chunk)
    identity_signature = read(f.IDENTITY_SIGNATURE, kind=id_kind,
                              first=size if id_kind is f.SizeKind.FIXED else None,
                              on_chunk=chunk)
    address = read(f.ADDRESS, on_chunk=chunk)
    address_signature = read(f.ADDRESS_SIGNATURE, kind=address_kind, first=size,
                             on_chunk=chunk)
    try:
        parsed_identity = Identity.from_tlv(identity)
        parsed_address = Address.from_tlv(address)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None

    signed = CardFiles(
        atr=card.channel.transport.atr, card_data=b"", identity=identity,
        identity_signature=identity_signature, address=address,
        address_signature=address_signature, photo=b"", basic_key=None,
        cert_authentication=b"", cert_signature=None, cert_ca=b"", cert_root=b"",
        cert_rrn=rrn,
    )
    data_check: Future[DataVerdict] = _verifier.submit(
        check_signed_data, signed, trust, identity=parsed_identity)
    if on_greeting is not None:
        def greet(done: Future[DataVerdict]) -> None:
            if done.exception() is None:
                verdict = done.result()
                failures = tuple(reason for _, reason in verdict.reasons)
                on_greeting(Greeting(parsed_identity, parsed_address, verdict.valid, failures))
        data_check.add_done_callback(greet)

    card_data = card.card_data()
    basic_key: bytes | None = None
    answered: tuple[bytes, bytes] | None = None
    if generation is Generation.V18:
        basic_key = read(f.BASIC_KEY, first=120, on_chunk=chunk)
        # Ask the card to prove it holds its basic key now; the answer is
        # verified on the helper thread while the photo and certificates come.
        challenge = basic_key_challenge(basic_key)
        if challenge is not None:
            answered = _answer(card, challenge)
    key_check: Future[ChipVerdict] = _verifier.submit(
        check_basic_key, replace(signed, card_data=card_data, basic_key=basic_key),
        answered=answered, identity=parsed_identity)
    photo = read(f.PHOTO, on_chunk=chunk)
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
    photo_verdict = check_photo(files, identity=parsed_identity)
    key_verdict = key_check.result()
    chip = ChipVerdict(photo_verdict.photo_hash, key_verdict.basic_key,
                       photo_verdict.reasons + key_verdict.reasons)
    verdict = data_check.result()
    report = combine(verdict, chip)
    if verdict.valid:
        cache.remember(rrn)
    try:
        return parse_eid(files, report, identity=parsed_identity, address=parsed_address)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None

