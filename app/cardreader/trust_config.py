"""The trust store for a run mode: the Belgium roots, plus the test root in demo/test."""

from __future__ import annotations

import contextlib

from cryptography.hazmat.primitives.serialization import Encoding

from app.cardreader.rrn_cache import RrnCertificateCache, default_cache, memory_cache
from app.cardreader.trust import TrustStore, TrustStoreError, load_pem_certificates
from app.config import RunMode
from app.resources import resource_path


def trust_store_for(mode: RunMode) -> TrustStore:
    store = TrustStore.belgium()
    if not mode.trusts_test_root:
        return store
    # Imported here so a normal run never builds (or even loads) the test PKI.
    from app.cardreader.virtual.pki_location import default_pki_dir

    # Once the test PKI exists, its root certificate alone is all trust needs;
    # loading every authority's key would cost a third of a second at startup,
    # and even loading the code that makes the PKI is felt.
    root = default_pki_dir() / "root.cert.pem"
    with contextlib.suppress(TrustStoreError):
        if root.is_file():
            return store.with_extra_roots(load_pem_certificates(root)[:1])
    from app.cardreader.virtual.pki import load_test_pki

    return store.with_extra_roots([load_test_pki().root.certificate])


def known_rrn_certificates(mode: RunMode) -> list[bytes]:
    """National Register certificates the program knows without reading a card:
    those shipped in resources/trust/belgium/rrn/, and in demo and test runs the
    test PKI's. Public certificates; each is still chained to a root on use."""
    ders = [
        cert.public_bytes(Encoding.DER)
        for path in sorted(resource_path("trust", "belgium", "rrn").glob("*.pem"))
        for cert in load_pem_certificates(path)
    ]
    if mode.trusts_test_root:
        from app.cardreader.virtual.pki import load_test_pki

        pki = load_test_pki()
        ders += [pki.rrn_rsa.certificate.public_bytes(Encoding.DER),
                 pki.rrn_ec.certificate.public_bytes(Encoding.DER)]
    return ders


def rrn_cache_for(mode: RunMode, *, on_disk: bool = True) -> RrnCertificateCache:
    """The RRN certificate cache of a run: on disk normally, in memory on request."""
    cache = default_cache() if on_disk else memory_cache()
    return cache.seed(known_rrn_certificates(mode))


def seed_for_run(cache: RrnCertificateCache, mode: RunMode) -> None:
    """Before a run's first read of its own: a normal run knows the shipped RRN
    certificates from the start; a demo or test learns the test PKI's from its
    first card (gathering them would cost a third of a second)."""
    if mode is RunMode.NORMAL:
        cache.seed(known_rrn_certificates(mode))
