"""Checks a challenge signed by an eID card's authentication key.

What the client signs (docs/gateway.md, "Authentication"): the challenge bytes
exactly as issued (base64url-decoded), with
- RSA keys (1.7 cards): RSASSA-PKCS1-v1_5 with SHA-256 (the card's MSE
  algorithm 0x08, or 0x01 with a SHA-256 DigestInfo);
- EC keys (1.8 cards, P-384): ECDSA with SHA-384 (MSE algorithm 0x02), the
  signature either as the card returns it (raw r||s, 96 bytes) or DER;
  P-256 keys use SHA-256, P-521 keys SHA-512.
The certificate chain is validated up to the configured roots with revocation
required, for the digitalSignature key usage, at the current time.
"""

from __future__ import annotations

import asyncio

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko_certvalidator import CertificateValidator
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    InvalidCertificateError,
    NotYetValidError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
    ValidationError,
)
from pyhanko_certvalidator.ltv.errors import TimeSlideFailure

from gateway.errors import ApiError
from gateway.trust import TrustAnchors

MAX_CHAIN = 5
_EC_HASHES: dict[str, hashes.HashAlgorithm] = {
    "secp256r1": hashes.SHA256(), "secp384r1": hashes.SHA384(), "secp521r1": hashes.SHA512(),
}


def _refuse(code: str, message: str) -> ApiError:
    return ApiError(401, code, message)


def load_chain(ders: list[bytes]) -> list[x509.Certificate]:
    if not ders or len(ders) > MAX_CHAIN:
        raise ApiError(422, "certificates_invalid",
                       f"send the authentication certificate first, then at most "
                       f"{MAX_CHAIN - 1} CA certificates")
    try:
        return [x509.load_der_x509_certificate(der) for der in ders]
    except ValueError:
        raise ApiError(422, "certificates_invalid",
                       "a certificate is not a DER X.509 certificate") from None


def verify_challenge_signature(cert: x509.Certificate, challenge: bytes, signature: bytes) -> None:
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, challenge, padding.PKCS1v15(), hashes.SHA256())
            return
        if isinstance(key, ec.EllipticCurvePublicKey):
            algorithm = _EC_HASHES.get(key.curve.name)
            if algorithm is None:
                raise _refuse("key_unsupported", "this key type is not supported")
            size = (key.curve.key_size + 7) // 8
            if len(signature) == 2 * size:  # raw r||s, as the card returns it
                signature = encode_dss_signature(int.from_bytes(signature[:size], "big"),
                                                 int.from_bytes(signature[size:], "big"))
            key.verify(signature, challenge, ec.ECDSA(algorithm))
            return
    except InvalidSignature:
        raise _refuse("signature_invalid",
                      "the challenge signature does not verify with this certificate") from None
    raise _refuse("key_unsupported", "this key type is not supported")


def validate_authentication_chain(chain: list[x509.Certificate], trust: TrustAnchors) -> None:
    """Chain to a trusted root, validity now, not revoked, usable to authenticate."""
    _require_digital_signature(chain[0])
    as_asn1 = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in chain]
    context = trust.validation_context(extra_certs=as_asn1[1:])
    validator = CertificateValidator(as_asn1[0], intermediate_certs=as_asn1[1:],
                                     validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except RevokedError:
        raise _refuse("certificate_revoked", "this certificate has been revoked") from None
    except (ExpiredError, NotYetValidError):
        raise _refuse("certificate_expired", "this certificate is not valid at this time") from None
    except (InsufficientRevinfoError, TimeSlideFailure):
        raise _refuse("revocation_unknown",
                      "the revocation status of this certificate cannot be established"
                      ) from None
    except (InvalidCertificateError, PathBuildingError, PathValidationError, ValidationError):
        raise _refuse("certificate_untrusted",
                      "this certificate does not chain to a trusted root") from None


def _require_digital_signature(cert: x509.Certificate) -> None:
    # Checked here rather than by the path validator, whose error for a wrong
    # usage is the same as for an untrusted self-signed certificate.
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or not usage.digital_signature:
        raise _refuse("certificate_unsuitable",
                      "this certificate is not an authentication certificate")


def national_number(cert: x509.Certificate) -> str:
    """The national number in the subject serialNumber, as on Belgian eID certificates."""
    values = cert.subject.get_attributes_for_oid(x509.NameOID.SERIAL_NUMBER)
    value = values[0].value if values else ""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if len(value) != 11 or not value.isdigit():
        raise _refuse("certificate_unsuitable",
                      "this certificate does not name a national number")
    return value
