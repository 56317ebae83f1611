"""Logging in to the gateway by card: a fresh challenge, signed with the authentication key.

The key is anything with a certificate, a CA chain and "sign this digest" (the
card's authentication key, `app.forms.signing.CardKey`, or a software key in
tests). What is signed follows the gateway's rules (docs/gateway.md): the
challenge bytes with SHA-256 for RSA keys, with the curve's hash for ECDSA.
The card's raw r‖s goes as it is; the gateway accepts it.

With a card, `sign_challenge` talks to the card: the GUI runs it on the card
owner thread and the HTTP calls on its network worker; `log_in` does all
three steps on the caller's thread (the command line).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from app.services.client import GatewayClient
from app.services.models import Challenge, Login

_EC_HASH = {"secp256r1": "sha256", "secp384r1": "sha384", "secp521r1": "sha512"}


class ChallengeKey(Protocol):
    @property
    def certificate(self) -> x509.Certificate: ...

    @property
    def chain(self) -> Sequence[x509.Certificate]: ...

    def sign_digest(self, digest: bytes, hash_name: str) -> bytes: ...


def challenge_hash(certificate: x509.Certificate) -> str:
    key = certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return "sha256"
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name in _EC_HASH:
        return _EC_HASH[key.curve.name]
    raise ValueError("the gateway accepts RSA and ECDSA (P-256/384/521) keys")


def sign_challenge(key: ChallengeKey, challenge: Challenge) -> bytes:
    hash_name = challenge_hash(key.certificate)
    return key.sign_digest(hashlib.new(hash_name, challenge.raw).digest(), hash_name)


def certificate_chain(key: ChallengeKey) -> list[bytes]:
    """The key's certificate first, then its CAs; the root is left out (the
    gateway has its own roots and would only ignore a copy)."""
    cas = [c for c in key.chain if c.subject != c.issuer]
    return [c.public_bytes(Encoding.DER) for c in (key.certificate, *cas)]


def log_in(client: GatewayClient, key: ChallengeKey) -> Login:
    challenge = client.challenge()
    signature = sign_challenge(key, challenge)
    return client.open_session(challenge, signature, certificate_chain(key))
