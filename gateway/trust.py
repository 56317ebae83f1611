"""What the gateway trusts: roots, known intermediates and revocation data.

Roots are configured explicitly: the Belgium roots shipped in
resources/trust/belgium unless the configuration names PEM files, plus the test
PKI's root only when asked (`trust_test_root`). Revocation is required for
every certificate below a root: a certificate whose status cannot be
established (no CRL known and fetching off) is refused like a revoked one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko_certvalidator import ValidationContext

from gateway.revocation import RevocationSource


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def load_pem_file(path: Path) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(path.read_bytes())


@dataclass(frozen=True, slots=True)
class TrustAnchors:
    roots: tuple[asn1_x509.Certificate, ...]
    # CA certificates the gateway knows, so a client may send only its own.
    intermediates: tuple[asn1_x509.Certificate, ...]
    revocation: RevocationSource
    fetch_revocation: bool = False

    def validation_context(
        self,
        extra_certs: Sequence[asn1_x509.Certificate] = (),
        moment: datetime | None = None,
    ) -> ValidationContext:
        """A fresh context per validation: pyHanko's contexts keep state."""
        return ValidationContext(
            trust_roots=list(self.roots),
            other_certs=[*self.intermediates, *extra_certs],
            crls=list(self.revocation.crls()),
            allow_fetching=self.fetch_revocation,
            revocation_mode="require",
            moment=moment,
        )
