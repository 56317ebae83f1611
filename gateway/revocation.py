"""Sources of CRLs the gateway hands to certificate validation.

A source returns parsed CRLs that are current now; the test PKI's source makes
fresh ones before the previous ones expire, so a gateway left running for days
never starts refusing everybody over a stale CRL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from asn1crypto import crl as asn1_crl
from asn1crypto import pem


class RevocationSource(Protocol):
    def crls(self) -> Sequence[asn1_crl.CertificateList]: ...


def parse_crl(data: bytes) -> asn1_crl.CertificateList:
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    parsed = asn1_crl.CertificateList.load(data)
    parsed.native  # noqa: B018 - parse eagerly, once, before threads share it
    return parsed


def next_update(crl: asn1_crl.CertificateList) -> datetime | None:
    value = crl["tbs_cert_list"]["next_update"].native
    if value is None:
        return None
    assert isinstance(value, datetime)
    return value


class NoRevocation:
    def crls(self) -> Sequence[asn1_crl.CertificateList]:
        return ()


class CrlFiles:
    """CRLs an operator mirrors to local files (refreshed by a cron job)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths = tuple(paths)
        self._loaded: tuple[asn1_crl.CertificateList, ...] = ()
        self._stamps: tuple[float, ...] = ()
        self._lock = threading.Lock()

    def crls(self) -> Sequence[asn1_crl.CertificateList]:
        stamps = tuple(path.stat().st_mtime for path in self._paths)
        with self._lock:
            if stamps != self._stamps:
                self._loaded = tuple(parse_crl(path.read_bytes()) for path in self._paths)
                self._stamps = stamps
            return self._loaded


class GeneratedCrls:
    """CRLs made on demand by a callable (the test PKI), renewed before expiry."""

    def __init__(self, make: Callable[[], dict[str, bytes]],
                 margin: timedelta = timedelta(minutes=10)) -> None:
        self._make = make
        self._margin = margin
        self._der: dict[str, bytes] = {}
        self._parsed: tuple[asn1_crl.CertificateList, ...] = ()
        self._renew_at: datetime | None = None
        self._lock = threading.Lock()

    def _refresh_locked(self) -> None:
        now = datetime.now(UTC)
        if self._renew_at is not None and now < self._renew_at:
            return
        self._der = self._make()
        self._parsed = tuple(parse_crl(data) for data in self._der.values())
        updates = [u for u in (next_update(c) for c in self._parsed) if u is not None]
        self._renew_at = (min(updates) - self._margin) if updates else now + timedelta(hours=1)

    def crls(self) -> Sequence[asn1_crl.CertificateList]:
        with self._lock:
            self._refresh_locked()
            return self._parsed

    def der_by_name(self) -> dict[str, bytes]:
        """The current CRLs by CA name, as served at /pki/crl/NAME.crl."""
        with self._lock:
            self._refresh_locked()
            return dict(self._der)


class CombinedRevocation:
    def __init__(self, sources: Sequence[RevocationSource]) -> None:
        self._sources = tuple(sources)

    def crls(self) -> Sequence[asn1_crl.CertificateList]:
        return tuple(crl for source in self._sources for crl in source.crls())
