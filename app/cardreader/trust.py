"""The roots the program trusts for the RRN (National Register) certificate.

Trust comes only from what the program ships (resources/trust/belgium) and
from roots a caller adds on purpose for the demo or tests. A root read from a
card is never trusted: a forged card would carry its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cryptography import x509

from app.resources import resource_path


class TrustStoreError(ValueError):
    """A trust root file could not be loaded."""


@dataclass(frozen=True, slots=True)
class TrustStore:
    roots: tuple[x509.Certificate, ...]
    # True once any root beyond the shipped Belgium roots was added; the UI and
    # the JSON output use it to say that test data may show as authentic.
    includes_test_roots: bool = False
    # issuers_of's answers, by certificate: every card of a generation asks
    # about the same RRN certificate. Not part of the store's value.
    _issuers: dict[x509.Certificate, tuple[x509.Certificate, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def belgium(cls) -> TrustStore:
        """The real Belgium Root CAs shipped with the program."""
        return cls(_belgium_roots(), includes_test_roots=False)

    @classmethod
    def from_pem_files(cls, paths: Iterable[Path], *, includes_test_roots: bool) -> TrustStore:
        roots: list[x509.Certificate] = []
        for path in paths:
            roots.extend(load_pem_certificates(path))
        return cls(tuple(roots), includes_test_roots=includes_test_roots)

    def with_extra_roots(self, certs: Iterable[x509.Certificate]) -> TrustStore:
        """This store plus `certs` (the demo or test root), marked as such.

        Only the caller knows whether it runs in a demo or test configuration;
        this method never decides that by itself.
        """
        extra = tuple(cert for cert in certs if cert not in self.roots)
        return TrustStore(self.roots + extra,
                          includes_test_roots=self.includes_test_roots or bool(extra))

    def issuers_of(self, cert: x509.Certificate) -> tuple[x509.Certificate, ...]:
        """Trusted roots whose subject is the certificate's issuer.

        Several may match: Belgium Root CA4 exists in two issues with the same
        name and key but different validity periods.
        """
        issuers = self._issuers.get(cert)
        if issuers is None:
            issuers = tuple(root for root in self.roots if root.subject == cert.issuer)
            if len(self._issuers) >= 16:
                self._issuers.clear()
            self._issuers[cert] = issuers
        return issuers


def load_pem_certificates(path: Path) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise TrustStoreError(f"cannot load trust roots from {path}: {exc}") from None
    return certs


@cache
def _belgium_roots() -> tuple[x509.Certificate, ...]:
    folder = resource_path("trust", "belgium")
    paths = sorted(folder.glob("*.pem"))
    if not paths:
        raise TrustStoreError(f"no Belgium root certificates in {folder}")
    roots: list[x509.Certificate] = []
    for path in paths:
        roots.extend(load_pem_certificates(path))
    return tuple(roots)
