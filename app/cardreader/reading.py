"""A full card read in the order a person needs things.

First what greets the person (identity and address, verified against the RRN
certificate), then the photo, then the certificates. Every file is read in the
fewest APDUs its size allows (see files.py) and nothing is read that is not
needed (no PKCS#15 directory files, no certificate padding).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.cardreader import files as f
from app.cardreader.authenticity import AuthenticityReport, check_authenticity
from app.cardreader.belpic import BelpicCard, Generation
from app.cardreader.errors import CardError, FileNotFoundOnCard
from app.cardreader.model import (
    Address,
    CardDataError,
    CardFiles,
    EidData,
    Identity,
    load_padded_certificate,
    parse_eid,
)
from app.cardreader.trust import TrustStore


@dataclass(frozen=True, slots=True)
class Greeting:
    """Enough to greet the person by name, already checked against the RRN."""

    identity: Identity
    address: Address
    verified: bool  # identity and address signatures and the RRN chain all hold
    failures: tuple[str, ...]


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


def read_card(
    card: BelpicCard,
    trust: TrustStore,
    *,
    on_greeting: Callable[[Greeting], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> EidData:
    """Read and verify everything the program shows; raise on removal or a non-eID."""
    generation = card.identify()
    card_data = card.card_data()
    read = card.read_file

    def chunk(n: int) -> None:
        if on_progress is not None:
            on_progress(n)

    rrn = read(f.CERT_RRN, on_chunk=chunk)
    id_kind, address_kind, size = _signature_layout(rrn)
    identity = read(f.IDENTITY, on_chunk=chunk)
    identity_signature = read(f.IDENTITY_SIGNATURE, kind=id_kind,
                              first=size if id_kind is f.SizeKind.FIXED else None,
                              on_chunk=chunk)
    address = read(f.ADDRESS, on_chunk=chunk)
    address_signature = read(f.ADDRESS_SIGNATURE, kind=address_kind, first=size,
                             on_chunk=chunk)

    partial = CardFiles(
        atr=card.channel.transport.atr, card_data=card_data, identity=identity,
        identity_signature=identity_signature, address=address,
        address_signature=address_signature, photo=b"", basic_key=None,
        cert_authentication=b"", cert_signature=None, cert_ca=b"", cert_root=b"",
        cert_rrn=rrn,
    )
    try:
        parsed_identity = Identity.from_tlv(identity)
        parsed_address = Address.from_tlv(address)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None
    if on_greeting is not None:
        early = check_authenticity(partial, trust, internal_authenticate=None)
        verified = early.identity_signature and early.address_signature and early.rrn_chain
        failures = early.failures_for("identity_signature", "address_signature", "rrn_chain")
        on_greeting(Greeting(parsed_identity, parsed_address, verified, failures))

    basic_key = read(f.BASIC_KEY, on_chunk=chunk) if generation is Generation.V18 else None
    photo = read(f.PHOTO, on_chunk=chunk)
    authentication = read(f.CERT_AUTHENTICATION, on_chunk=chunk)
    try:
        signature: bytes | None = read(f.CERT_SIGNATURE, on_chunk=chunk) or None
    except FileNotFoundOnCard:
        signature = None  # kids cards have no signature key
    ca = read(f.CERT_CA, on_chunk=chunk)
    root = read(f.CERT_ROOT, on_chunk=chunk)

    files = CardFiles(
        atr=partial.atr, card_data=card_data, identity=identity,
        identity_signature=identity_signature, address=address,
        address_signature=address_signature, photo=photo, basic_key=basic_key,
        cert_authentication=authentication, cert_signature=signature, cert_ca=ca,
        cert_root=root, cert_rrn=rrn,
    )
    report = verify(card, files, trust)
    try:
        return parse_eid(files, report)
    except CardDataError as exc:
        raise CardReadError(f"The card's data cannot be read: {exc}") from None


def verify(card: BelpicCard, files: CardFiles, trust: TrustStore) -> AuthenticityReport:
    """The five checks; on 1.8 the card proves it holds the basic key."""
    challenge: Callable[[bytes], bytes] | None = None
    if card.generation is Generation.V18:
        challenge = card.internal_authenticate
    return check_authenticity(files, trust, internal_authenticate=challenge)

