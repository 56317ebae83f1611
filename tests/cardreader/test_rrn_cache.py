"""The RRN certificate cache on disk: what one run remembers, the next knows."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from app.cardreader.rrn_cache import PREFIX_LENGTH, RrnCertificateCache
from app.cardreader.virtual.pki import TestPki


def test_a_remembered_certificate_is_known_to_the_next_run(tmp_path: Path,
                                                           test_pki: TestPki) -> None:
    der = test_pki.rrn_rsa.certificate.public_bytes(Encoding.DER)
    asked: list[int] = []

    def where() -> Path:
        asked.append(1)
        return tmp_path / "rrn"

    first = RrnCertificateCache(where)
    assert asked == []  # the folder is looked up only when the disk is needed
    assert first.lookup(der[:PREFIX_LENGTH]) is None
    first.remember(der)
    assert len(list((tmp_path / "rrn").glob("*.der"))) == 1
    assert not list((tmp_path / "rrn").glob("*.tmp"))
    second = RrnCertificateCache(tmp_path / "rrn")
    assert second.lookup(der[:PREFIX_LENGTH] + b"rest of the card's file") == der
    assert second.lookup(der[:PREFIX_LENGTH - 1]) is None


def test_a_memory_cache_writes_nothing(tmp_path: Path, test_pki: TestPki) -> None:
    der = test_pki.rrn_ec.certificate.public_bytes(Encoding.DER)
    cache = RrnCertificateCache(None)
    cache.remember(der)
    assert cache.lookup(der) == der
    assert list(tmp_path.iterdir()) == []
