"""pyHanko's `Signer` over a `RawKey`: the card (or a software key) makes the raw signature.

pyHanko builds the CMS structure and hands us the DER of the signed
attributes; we hash them and ask the key for a signature of that digest, which
is what the card's PSO:COMPUTE DIGITAL SIGNATURE does. On pyHanko's dry run
(sizing the signature container) the card is not touched, so the PIN is asked
exactly once per signature.
"""

from __future__ import annotations

import hashlib

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.signers import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.forms.signing.keys import RawKey, cms_signature, placeholder_size


def to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


class RawKeySigner(Signer):
    def __init__(self, key: RawKey) -> None:
        registry = SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [to_asn1(c) for c in key.chain])
        super().__init__(signing_cert=to_asn1(key.certificate), cert_registry=registry)
        self.key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str,
                             dry_run: bool = False) -> bytes:
        if dry_run:
            return bytes(placeholder_size(self.key.certificate))
        digest = hashlib.new(digest_algorithm, data).digest()
        # Blocking on purpose: this runs inside pyHanko's own event loop on the
        # card owner thread, and the card answers one command at a time anyway.
        raw = self.key.sign_digest(digest, digest_algorithm)
        return cms_signature(raw, self.key.certificate)
