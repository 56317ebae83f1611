"""Everything a request handler needs, built once per process from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from anyio import CapacityLimiter
from asn1crypto import x509 as asn1_x509

from app.resources import resource_path
from gateway.config import ConfigError, GatewayConfig
from gateway.content import Content
from gateway.db import Database
from gateway.documents import DocumentStore, store_named
from gateway.pades import SignaturePolicy
from gateway.payment_providers import PaymentProvider, provider_named
from gateway.registry import DemoRegistry, EmptyRegistry, Registry
from gateway.revocation import CombinedRevocation, CrlFiles, RevocationSource
from gateway.sealing import Sealer
from gateway.sessions import SessionCache
from gateway.testpki import DemoPki, load_demo_pki
from gateway.timestamping import TimeStampAuthority
from gateway.trust import TrustAnchors, load_pem_file, to_asn1


@dataclass
class Services:
    config: GatewayConfig
    db: Database
    trust: TrustAnchors
    policy: SignaturePolicy
    content: Content
    registry: Registry
    payments: PaymentProvider
    documents: DocumentStore
    tsa: TimeStampAuthority | None
    sealer: Sealer | None
    demo_pki: DemoPki | None
    sessions: SessionCache
    # Validation is pure Python (GIL-bound): more than one at a time per process
    # only makes every request slower, and starves the threads holding a
    # database transaction. Several workers use several cores.
    validation_threads: int = 1
    _validation_limiter: CapacityLimiter | None = None

    def validation_limiter(self) -> CapacityLimiter:
        """Made on first use: an anyio limiter belongs to the running event loop."""
        if self._validation_limiter is None:
            self._validation_limiter = CapacityLimiter(self.validation_threads)
        return self._validation_limiter

    def close(self) -> None:
        self.db.dispose()


def trust_anchors(config: GatewayConfig, demo: DemoPki | None) -> TrustAnchors:
    paths = [Path(p) for p in config.trust_roots] or \
        sorted(resource_path("trust", "belgium").glob("*.pem"))
    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        try:
            roots.extend(to_asn1(cert) for cert in load_pem_file(path))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot load trust roots from {path}: {exc}") from None
    sources: list[RevocationSource] = []
    intermediates = ()
    if demo is not None:
        roots.append(demo.root)
        intermediates = demo.intermediates
        sources.append(demo.crls)
    if config.crl_files:
        sources.append(CrlFiles([Path(p) for p in config.crl_files]))
    return TrustAnchors(roots=tuple(roots), intermediates=intermediates,
                        revocation=CombinedRevocation(sources),
                        fetch_revocation=config.fetch_revocation)


def build_services(config: GatewayConfig) -> Services:
    demo = load_demo_pki() if config.trust_test_root else None
    db = Database(config.db)
    try:
        payments = provider_named(config.payment_provider)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    tsa = demo.tsa if demo is not None else None
    sealer = Sealer(demo.seal_certificate, demo.seal_key, [demo.root], tsa) \
        if demo is not None else None
    return Services(
        config=config,
        db=db,
        trust=trust_anchors(config, demo),
        policy=SignaturePolicy(max_age=timedelta(seconds=config.max_signature_age_s),
                               clock_skew=timedelta(seconds=config.clock_skew_s),
                               require_timestamp=config.require_timestamp),
        content=Content(),
        registry=DemoRegistry() if config.demo_registry else EmptyRegistry(),
        payments=payments,
        documents=store_named(config.document_store),
        tsa=tsa,
        sealer=sealer,
        demo_pki=demo,
        sessions=SessionCache(),
        validation_threads=config.validation_threads,
    )
