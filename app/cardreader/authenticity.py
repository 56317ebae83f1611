"""Is this card's identity data what the National Register signed?

The five checks of reference/beid-card.md, the same the official eID Viewer
makes. Each check gives a yes or no and, for a no, a reason a person can read;
bad data never raises, it fails the check it concerns.

The RRN certificate's validity is not judged at today's date alone. The
National Register signed the identity file when the card was made (tag 03, the
card's issue date) and signs the address file again at every move, so the
signatures were made at some time between the issue date and now. The RRN
certificate, and the root above it, must have been valid at some point in that
span. RRN certificates may thus expire while the cards they signed stay valid
for ten years, as happens with real cards. A card whose issue date lies in the
future fails the chain check.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.hazmat.primitives.serialization import load_der_public_key

from app.cardreader.der import DerError, strip_der_padding
from app.cardreader.errors import CardCommandError
from app.cardreader.model import (
    CardDataError,
    CardFiles,
    CardInfo,
    Identity,
    load_padded_certificate,
)
from app.cardreader.report import CHECKS, AuthenticityReport
from app.cardreader.signatures import (
    SignatureError,
    challenge_length,
    verify_challenge_response,
    verify_rrn_signature,
)
from app.cardreader.trust import TrustStore

# Sends INTERNAL AUTHENTICATE with the basic key (81) and returns the card's answer.
InternalAuthenticate = Callable[[bytes], bytes]

_PHOTO_HASHES: Final = {20: hashlib.sha1, 32: hashlib.sha256, 48: hashlib.sha384}


class _Reasons:
    """Collects one reason per failed check."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def fail(self, check: str, reason: str) -> bool:
        self.items.append((check, reason))
        return False


@dataclass(frozen=True, slots=True)
class DataVerdict:
    """The checks on what the National Register signed: identity, address, chain.

    These need no more than the five files that greet the person, so they can
    run (on another thread) while the photo and certificates are still read.
    """

    identity_signature: bool
    address_signature: bool
    rrn_chain: bool
    reasons: tuple[tuple[str, str], ...]

    @property
    def valid(self) -> bool:
        return self.identity_signature and self.address_signature and self.rrn_chain


@dataclass(frozen=True, slots=True)
class ChipVerdict:
    """The checks that need the rest of the card: the photo and the basic key."""

    photo_hash: bool
    basic_key: bool | None
    reasons: tuple[tuple[str, str], ...]


def check_authenticity(
    files: CardFiles,
    trust: TrustStore,
    *,
    internal_authenticate: InternalAuthenticate | None,
    at: datetime | None = None,
) -> AuthenticityReport:
    """Run the five checks on one card read.

    `internal_authenticate` is only called on cards with a basic key (1.8);
    without it such a card fails that check, since nothing proved the chip is
    the one the data was made for. A card that refuses the command (a status
    word other than 9000) fails the check too; losing the card or the reader
    meanwhile is not a verdict on the card and propagates.
    """
    return combine(check_signed_data(files, trust, at=at),
                   check_chip(files, internal_authenticate=internal_authenticate))


def combine(data: DataVerdict, chip: ChipVerdict) -> AuthenticityReport:
    # Reasons keep the order of CHECKS, whatever order the stages ran in.
    reasons = sorted(data.reasons + chip.reasons, key=lambda item: CHECKS.index(item[0]))
    return AuthenticityReport(
        photo_hash=chip.photo_hash,
        identity_signature=data.identity_signature,
        address_signature=data.address_signature,
        rrn_chain=data.rrn_chain,
        basic_key=chip.basic_key,
        failures=tuple(reason for _, reason in reasons),
        reasons=tuple(reasons),
    )


def _parse_identity(files: CardFiles) -> tuple[Identity | None, str | None]:
    try:
        return Identity.from_tlv(files.identity), None
    except CardDataError as exc:
        return None, f"The identity file cannot be read: {exc}."


def check_signed_data(files: CardFiles, trust: TrustStore, *,
                      at: datetime | None = None,
                      identity: Identity | None = None) -> DataVerdict:
    """Checks 2, 3 and 4: the RRN signatures over identity and address, and the
    RRN certificate's chain to a shipped root. Uses only 4031-4034 and 503C."""
    now = at if at is not None else datetime.now(UTC)
    reasons = _Reasons()
    if identity is None:
        identity, _problem = _parse_identity(files)

    rrn: x509.Certificate | None
    rrn_problem: str | None = None
    try:
        rrn = _rrn_certificate(files.cert_rrn)
    except CardDataError as exc:
        rrn = None
        rrn_problem = f"The National Register certificate cannot be read: {exc}."

    identity_ok = _check_signature(
        rrn, rrn_problem, files.identity_signature, files.identity, "identity", reasons
    )
    # 4034 signs the address without its padding, then all of 4032 as read.
    address_data = files.address.rstrip(b"\x00") + files.identity_signature
    address_ok = _check_signature(
        rrn, rrn_problem, files.address_signature, address_data, "address", reasons
    )
    chain_ok = (
        _check_chain(rrn, identity, trust, now, reasons) if rrn is not None
        else reasons.fail("rrn_chain", rrn_problem or "")
    )
    return DataVerdict(identity_ok, address_ok, chain_ok, tuple(reasons.items))


def check_chip(files: CardFiles, *,
               internal_authenticate: InternalAuthenticate | None = None,
               answered: tuple[bytes, bytes] | None = None,
               identity: Identity | None = None) -> ChipVerdict:
    """Checks 1 and 5: the photo hash, and on 1.8 the card's basic key.

    The basic-key challenge is either sent now through `internal_authenticate`,
    or was sent earlier (`answered` = challenge and the card's answer, see
    `basic_key_challenge`), so that a reader can ask the card while it still
    reads and verify the answer later.
    """
    photo = check_photo(files, identity=identity)
    basic = check_basic_key(files, internal_authenticate=internal_authenticate,
                            answered=answered, identity=identity)
    return ChipVerdict(photo.photo_hash, basic.basic_key, photo.reasons + basic.reasons)


def check_photo(files: CardFiles, *, identity: Identity | None = None) -> ChipVerdict:
    """Check 1 alone (the basic key left undecided: None)."""
    reasons = _Reasons()
    identity_problem: str | None = None
    if identity is None:
        identity, identity_problem = _parse_identity(files)
    photo_ok = (
        _check_photo(identity, files.photo, reasons) if identity is not None
        else reasons.fail("photo_hash", identity_problem or "")
    )
    return ChipVerdict(photo_ok, None, tuple(reasons.items))


def check_basic_key(files: CardFiles, *,
                    internal_authenticate: InternalAuthenticate | None = None,
                    answered: tuple[bytes, bytes] | None = None,
                    identity: Identity | None = None) -> ChipVerdict:
    """Check 5 alone (the photo not judged here: True), from 4031, 4040 and the
    challenge; it needs neither the photo nor the certificates, so a reader can
    verify it while those are still being read."""
    reasons = _Reasons()
    identity_problem: str | None = None
    if identity is None:
        identity, identity_problem = _parse_identity(files)
    basic_ok = _check_basic_key(files, identity, identity_problem, internal_authenticate,
                                answered, reasons)
    return ChipVerdict(True, basic_ok, tuple(reasons.items))


def _check_photo(identity: Identity, photo: bytes, reasons: _Reasons) -> bool:
    if identity.photo_hash is None:
        return reasons.fail("photo_hash", "The identity file holds no photo hash.")
    expected = bytes.fromhex(identity.photo_hash)
    algorithm = _PHOTO_HASHES.get(len(expected))
    if algorithm is None:
        return reasons.fail("photo_hash",
                            f"The photo hash has an unknown length ({len(expected)} bytes).")
    if not hmac.compare_digest(algorithm(photo).digest(), expected):
        return reasons.fail("photo_hash",
                            "The photo is not the one the identity file was signed with.")
    return True


def _check_signature(
    rrn: x509.Certificate | None,
    rrn_problem: str | None,
    signature: bytes,
    data: bytes,
    what: str,
    reasons: _Reasons,
) -> bool:
    check = f"{what}_signature"
    if rrn is None:
        return reasons.fail(check, f"The {what} signature cannot be checked: {rrn_problem}")
    try:
        key = _public_key(rrn)
    except (ValueError, UnsupportedAlgorithm):
        return reasons.fail(check, "The National Register certificate holds a key of a kind "
                                   "eID cards do not use.")
    try:
        verify_rrn_signature(key, signature, data)
    except SignatureError as exc:
        return reasons.fail(check,
                            f"The {what} data is not signed by the National Register: {exc}.")
    return True


def _check_chain(
    rrn: x509.Certificate,
    identity: Identity | None,
    trust: TrustStore,
    now: datetime,
    reasons: _Reasons,
) -> bool:
    today = now.date()
    issued = identity.validity_begin_date if identity is not None else None
    since = issued if issued is not None else today
    if since > today:
        return reasons.fail("rrn_chain", "The card's issue date lies in the future.")
    issuers = trust.issuers_of(rrn)
    if not issuers:
        return reasons.fail("rrn_chain", "The National Register certificate was not issued "
                                         "by a trusted Belgium Root CA.")
    signed = False
    for root in issuers:
        if not _issued_by(rrn, root):
            continue
        signed = True
        # Belgium Root CA4 has two issues with different periods: any may cover.
        if _valid_during(rrn, since, today) and _valid_during(root, since, today):
            return True
    if signed:
        return reasons.fail("rrn_chain", "The National Register certificate (or its root) was "
                                         f"not valid at any time between {since.isoformat()}, "
                                         "when the card was issued, and today.")
    return reasons.fail("rrn_chain", "The National Register certificate's signature does not "
                                     "verify under any trusted Belgium Root CA.")


# The RRN certificate and the roots are public certificates shared by millions
# of cards: what is worked out from them alone (the parsed certificate, its
# key, its issuers, whether a root signed it) is the same on every read, so it
# is remembered, by content (certificates compare and hash by their DER).
# Validity dates are still checked on every read.
_VERIFIED_ISSUES: set[tuple[x509.Certificate, x509.Certificate]] = set()
_VERIFIED_ISSUES_MAX: Final = 64


@lru_cache(maxsize=8)
def _rrn_certificate(der: bytes) -> x509.Certificate:
    return load_padded_certificate(der)


@lru_cache(maxsize=8)
def _public_key(cert: x509.Certificate) -> PublicKeyTypes:
    return cert.public_key()


def rrn_public_key(der: bytes) -> PublicKeyTypes:
    """The key of an RRN certificate file, remembered with the certificate.

    CardDataError when the file holds no certificate; ValueError or
    UnsupportedAlgorithm when its key is of a kind cryptography cannot load.
    """
    return _public_key(_rrn_certificate(der))


def _issued_by(cert: x509.Certificate, root: x509.Certificate) -> bool:
    pair = (cert, root)
    if pair in _VERIFIED_ISSUES:
        return True
    try:
        cert.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    if len(_VERIFIED_ISSUES) >= _VERIFIED_ISSUES_MAX:
        _VERIFIED_ISSUES.clear()
    _VERIFIED_ISSUES.add(pair)
    return True


def _valid_during(cert: x509.Certificate, first: date, last: date) -> bool:
    """The certificate's validity overlaps the days from `first` to `last`."""
    return (cert.not_valid_before_utc.date() <= last
            and cert.not_valid_after_utc.date() >= first)


def _basic_key_applies(files: CardFiles, identity: Identity | None) -> bool:
    if files.basic_key is not None:
        return True
    if identity is not None and identity.basic_key_hash is not None:
        return True
    try:
        return CardInfo.from_bytes(files.card_data).applet_version_byte >= 0x18
    except CardDataError:
        return False


def _check_basic_key(
    files: CardFiles,
    identity: Identity | None,
    identity_problem: str | None,
    internal_authenticate: InternalAuthenticate | None,
    answered: tuple[bytes, bytes] | None,
    reasons: _Reasons,
) -> bool | None:
    if not _basic_key_applies(files, identity):
        return None
    if files.basic_key is None:
        return reasons.fail("basic_key", "The card has no basic key file although its applet "
                                         "(1.8) should have one.")
    if identity is None:
        return reasons.fail("basic_key", identity_problem or "")
    if identity.basic_key_hash is None:
        return reasons.fail("basic_key", "The identity file holds no hash of the basic key.")
    expected = bytes.fromhex(identity.basic_key_hash)
    try:
        key_der = strip_der_padding(files.basic_key)
    except DerError as exc:
        return reasons.fail("basic_key", f"The basic key file is not well-formed: {exc}.")
    # The hash covers the file; accept it with or without the file's padding,
    # both bind the same key.
    digests = {hashlib.sha384(files.basic_key).digest(), hashlib.sha384(key_der).digest()}
    if not any(hmac.compare_digest(digest, expected) for digest in digests):
        return reasons.fail("basic_key",
                            "The basic key is not the one the National Register signed.")
    try:
        key = load_der_public_key(key_der)
    except (ValueError, UnsupportedAlgorithm):
        return reasons.fail("basic_key", "The basic key file does not hold a public key.")
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return reasons.fail("basic_key", "The basic key is not an elliptic-curve key.")
    if answered is None and internal_authenticate is None:
        return reasons.fail("basic_key",
                            "The card was not asked to prove it holds its basic key.")
    try:
        if answered is not None:
            challenge, response = answered
        else:
            assert internal_authenticate is not None
            challenge = secrets.token_bytes(challenge_length(key))
            response = internal_authenticate(challenge)
        verify_challenge_response(key, challenge, response)
    except CardCommandError as exc:
        return reasons.fail("basic_key",
                            f"The card refused to sign a challenge with its basic key: {exc}.")
    except SignatureError as exc:
        return reasons.fail("basic_key", f"The card failed the basic key challenge: {exc}.")
    return True
