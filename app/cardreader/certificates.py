"""A card's certificates by role: kept as DER, parsed when first asked for.

Parsing needs the cryptography package, whose import costs a desktop start
some 25 ms; the road that greets the person needs no certificate, and a read
handed over by the startup reader (startup_read.py) arrives as bytes. So the
certificate objects are only made when a page or a signature asks for one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from app.cardreader.der import DerError, strip_der_padding
from app.cardreader.tlvfields import CardDataError

if TYPE_CHECKING:
    from cryptography import x509


def load_padded_certificate(data: bytes) -> x509.Certificate:
    """A certificate from a zero-padded card file."""
    from cryptography import x509

    try:
        return x509.load_der_x509_certificate(strip_der_padding(data))
    except (DerError, ValueError) as exc:
        raise CardDataError(f"not a DER certificate: {exc}") from None


class CertificateSet(Mapping[str, "x509.Certificate"]):
    """Read-only: role -> certificate. Every DER given here has parsed before
    (parse_eid, the .eid reader) or comes from a certificate object, so the
    later parse cannot fail."""

    __slots__ = ("_der", "_lock", "_parsed")

    def __init__(self, der: Mapping[str, bytes],
                 parsed: Mapping[str, x509.Certificate] | None = None) -> None:
        self._der = {role: bytes(data) for role, data in der.items()}
        self._parsed: dict[str, x509.Certificate] = dict(parsed or {})
        self._lock = threading.Lock()

    @classmethod
    def of(cls, certificates: Mapping[str, x509.Certificate]) -> CertificateSet:
        if isinstance(certificates, CertificateSet):
            return certificates
        from cryptography.hazmat.primitives.serialization import Encoding

        return cls({role: cert.public_bytes(Encoding.DER)
                    for role, cert in certificates.items()}, certificates)

    def der(self, role: str) -> bytes:
        return self._der[role]

    def __getitem__(self, role: str) -> x509.Certificate:
        with self._lock:
            cert = self._parsed.get(role)
            if cert is None:
                from cryptography import x509

                cert = self._parsed[role] = x509.load_der_x509_certificate(self._der[role])
            return cert

    def __iter__(self) -> Iterator[str]:
        return iter(self._der)

    def __len__(self) -> int:
        return len(self._der)

    def __contains__(self, role: object) -> bool:
        return role in self._der

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CertificateSet):
            return self._der == other._der
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # a mapping, like dict

    def __repr__(self) -> str:
        return f"CertificateSet({sorted(self._der)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the bytes travel; the other side parses what it needs.
        return (CertificateSet, (self._der,))
