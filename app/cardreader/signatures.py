"""Verifying the signatures found on an eID card, in the forms the card stores them.

RRN signatures (4032, 4034): on RSA cards PKCS#1 v1.5, with SHA-256 on current
cards and SHA-1 on old ones; on EC cards ECDSA P-384 with SHA-384, DER-encoded
in a zero-padded file (content v5.4, 6.2.3-6.2.5). The algorithm follows the
RRN certificate's key, not the applet version: 1.7 cards re-keyed to EC exist.

Basic key (1.8, INTERNAL AUTHENTICATE): the challenge *is* the hash the card
signs (1.8 manual 6.11: "CHL, which is an off-card hash"), and the answer is
the plain r || s form (table 36).
"""

from __future__ import annotations

from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, encode_dss_signature

from app.cardreader.der import DerError, strip_der_padding

# Tried in this order; SHA-1 only for cards personalised before SHA-256.
_RSA_HASHES: Final = (hashes.SHA256, hashes.SHA1, hashes.SHA384, hashes.SHA512)


class SignatureError(ValueError):
    """A signature does not verify; the message says why in plain words."""


def hash_for_curve(curve: ec.EllipticCurve) -> hashes.HashAlgorithm:
    """The hash that goes with a curve size, as the card pairs them (1.8 manual table 33)."""
    if curve.key_size <= 256:
        return hashes.SHA256()
    if curve.key_size <= 384:
        return hashes.SHA384()
    return hashes.SHA512()


def verify_rrn_signature(key: PublicKeyTypes, signature_file: bytes, data: bytes) -> None:
    """Check a National Register signature over `data`; SignatureError if it fails."""
    if isinstance(key, rsa.RSAPublicKey):
        _verify_rsa(key, signature_file, data)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        signature = _ec_signature(key, signature_file)
        try:
            key.verify(signature, data, ec.ECDSA(hash_for_curve(key.curve)))
        except InvalidSignature:
            raise SignatureError("the signature does not match the data") from None
    else:
        raise SignatureError(f"the RRN key type {type(key).__name__} is not used on eID cards")


def _verify_rsa(key: rsa.RSAPublicKey, signature_file: bytes, data: bytes) -> None:
    size = (key.key_size + 7) // 8
    signature = signature_file
    if len(signature) > size and not any(signature[size:]):
        signature = signature[:size]  # a file larger than the signature, zero-padded
    if len(signature) != size:
        raise SignatureError(
            f"the signature has {len(signature)} bytes, the RRN key needs {size}"
        )
    for algorithm in _RSA_HASHES:
        try:
            key.verify(signature, data, padding.PKCS1v15(), algorithm())
        except InvalidSignature:
            continue
        return
    raise SignatureError("the signature does not match the data")


def _ec_signature(key: ec.EllipticCurvePublicKey, signature_file: bytes) -> bytes:
    """The DER form of an EC signature stored as DER-with-padding (or as r || s)."""
    if signature_file[:1] == b"\x30":
        try:
            return strip_der_padding(signature_file)
        except DerError as exc:
            raise SignatureError(f"the signature is not well-formed: {exc}") from None
    return raw_to_der(key, signature_file)


def raw_to_der(key: ec.EllipticCurvePublicKey, raw: bytes) -> bytes:
    """r || s (each the size of the curve) to the DER form cryptography verifies."""
    half = (key.curve.key_size + 7) // 8
    if len(raw) != 2 * half:
        raise SignatureError(
            f"the signature has {len(raw)} bytes; {2 * half} expected for r || s"
        )
    r = int.from_bytes(raw[:half], "big")
    s = int.from_bytes(raw[half:], "big")
    return encode_dss_signature(r, s)


def challenge_length(key: ec.EllipticCurvePublicKey) -> int:
    return hash_for_curve(key.curve).digest_size


def verify_challenge_response(
    key: ec.EllipticCurvePublicKey, challenge: bytes, response: bytes
) -> None:
    """Check the card's INTERNAL AUTHENTICATE answer over our challenge."""
    algorithm = hash_for_curve(key.curve)
    if len(challenge) != algorithm.digest_size:
        raise SignatureError("the challenge does not have the length of the hash")
    half = (key.curve.key_size + 7) // 8
    # The manual specifies r || s; a DER answer is accepted too, as it encodes
    # the same two numbers and cannot be confused with r || s of this length.
    if len(response) == 2 * half:
        signature = raw_to_der(key, response)
    elif response[:1] == b"\x30":
        try:
            signature = strip_der_padding(response)
        except DerError as exc:
            raise SignatureError(f"the card's answer is not well-formed: {exc}") from None
    else:
        raise SignatureError(
            f"the card's answer has {len(response)} bytes; {2 * half} expected"
        )
    try:
        key.verify(signature, challenge, ec.ECDSA(Prehashed(algorithm)))
    except InvalidSignature:
        raise SignatureError("the card's answer was not made with its basic key") from None
