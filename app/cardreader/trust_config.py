"""The trust store for a run mode: the Belgium roots, plus the test root in demo/test."""

from __future__ import annotations

from app.cardreader.trust import TrustStore
from app.config import RunMode


def trust_store_for(mode: RunMode) -> TrustStore:
    store = TrustStore.belgium()
    if not mode.trusts_test_root:
        return store
    # Imported here so a normal run never builds (or even loads) the test PKI.
    from app.cardreader.virtual.pki import load_test_pki

    return store.with_extra_roots([load_test_pki().root.certificate])
