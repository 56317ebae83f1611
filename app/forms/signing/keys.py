"""A signing key as the signer sees it: a certificate, its chain, and "sign this digest".

The card and a software key both stand behind this small interface, so every
test that does not need a card signs with a persona's software key through the
very same pyHanko signer. A key returns its signature the way the card does:
PKCS#1 v1.5 bytes for RSA, raw r‖s for ECDSA; `cms_signature` turns the latter
into the DER that CMS wants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    Prehashed,
    decode_dss_signature,
    encode_dss_signature,
)

_HASHES: Final[dict[str, type[hashes.HashAlgorithm]]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512,
}
# ECDSA: the hash that matches the curve's strength (and what 1.8 cards use).
_EC_HASH: Final = {"secp256r1": "sha256", "secp384r1": "sha384", "secp521r1": "sha512"}


class RawKey(Protocol):
    """A private key that signs message digests, with its certificate."""

    @property
    def certificate(self) -> x509.Certificate: ...

    @property
    def chain(self) -> Sequence[x509.Certificate]:
        """The CA certificates above `certificate` (a root may be among them)."""
        ...

    def sign_digest(self, digest: bytes, hash_name: str) -> bytes:
        """PKCS#1 v1.5 signature (RSA) or raw r‖s (ECDSA) of a digest."""
        ...


def hash_for(certificate: x509.Certificate) -> str:
    """The digest algorithm to sign with: SHA-256 for RSA, by curve for ECDSA."""
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        try:
            return _EC_HASH[key.curve.name]
        except KeyError:
            raise ValueError(f"unsupported curve {key.curve.name}") from None
    if isinstance(key, rsa.RSAPublicKey):
        return "sha256"
    raise ValueError("only RSA and ECDSA keys can sign forms")


def _ec_size(key: ec.EllipticCurvePublicKey) -> int:
    return (key.curve.key_size + 7) // 8


def placeholder_size(certificate: x509.Certificate) -> int:
    """The most bytes the CMS signature value can take (for pyHanko's dry run)."""
    key = certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return (key.key_size + 7) // 8
    if isinstance(key, ec.EllipticCurvePublicKey):
        n = _ec_size(key)
        # SEQUENCE of two INTEGERs, each possibly one byte longer for its sign.
        return 2 + 2 * (3 + n + 1)
    raise ValueError("only RSA and ECDSA keys can sign forms")


def cms_signature(raw: bytes, certificate: x509.Certificate) -> bytes:
    """The signature value CMS carries: ECDSA raw r‖s becomes DER; RSA is unchanged."""
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        n = _ec_size(key)
        if len(raw) == 2 * n:
            return encode_dss_signature(int.from_bytes(raw[:n], "big"),
                                        int.from_bytes(raw[n:], "big"))
    return raw


@dataclass(frozen=True)
class SoftwareKey:
    """A key in memory: tests, benchmarks, and the floor the card is measured against."""

    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: Sequence[x509.Certificate] = ()

    def sign_digest(self, digest: bytes, hash_name: str) -> bytes:
        algorithm = Prehashed(_HASHES[hash_name]())
        if isinstance(self.private_key, rsa.RSAPrivateKey):
            return self.private_key.sign(digest, padding.PKCS1v15(), algorithm)
        der = self.private_key.sign(digest, ec.ECDSA(algorithm))
        r, s = decode_dss_signature(der)
        n = (self.private_key.curve.key_size + 7) // 8
        return r.to_bytes(n, "big") + s.to_bytes(n, "big")  # as a card answers
