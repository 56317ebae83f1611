"""The signing-time rules of the PAdES check, without a gateway process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.cardreader.virtual.personas import Persona
from app.cardreader.virtual.pki import TestPki
from gateway.config import GatewayConfig
from gateway.pades import SignaturePolicy, SignatureRefused, validate_signed_pdf
from gateway.services import trust_anchors
from gateway.softclient import form_pdf, sign_pdf, software_signer
from gateway.testpki import load_demo_pki
from gateway.trust import TrustAnchors


@pytest.fixture(scope="module")
def trust() -> TrustAnchors:
    return trust_anchors(GatewayConfig(db="sqlite://", trust_test_root=True), load_demo_pki())


@pytest.fixture(scope="module")
def signed(pki: TestPki, personas: dict[str, Persona]) -> bytes:
    keys = pki.card_keys(personas["retiree"])
    assert keys.signature is not None
    chain = [pki.ca_for(personas["retiree"]).certificate, pki.root.certificate]
    signer = software_signer(keys.signature.certificate, keys.signature.private_key, chain)
    return sign_pdf(form_pdf("ehic", 1, {}), signer)


def test_a_fresh_signature_passes(signed: bytes, trust: TrustAnchors,
                                  personas: dict[str, Persona]) -> None:
    document = validate_signed_pdf(signed, trust, SignaturePolicy())
    assert document.signer_national_number == personas["retiree"].national_number
    assert not document.timestamped
    assert set(document.attachments) == {"answers.json"}


@pytest.mark.parametrize(("policy", "now", "code"), [
    (SignaturePolicy(require_timestamp=True), None, "timestamp_missing"),
    (SignaturePolicy(max_age=timedelta(days=1)), datetime.now(UTC) + timedelta(days=2),
     "signing_time_invalid"),
    (SignaturePolicy(), datetime.now(UTC) - timedelta(hours=1), "signing_time_invalid"),
])
def test_signing_time_rules(signed: bytes, trust: TrustAnchors, policy: SignaturePolicy,
                            now: datetime | None, code: str) -> None:
    with pytest.raises(SignatureRefused) as refused:
        validate_signed_pdf(signed, trust, policy, now=now)
    assert refused.value.code == code


def test_without_the_test_root_nothing_is_trusted(signed: bytes) -> None:
    belgium_only = trust_anchors(GatewayConfig(db="sqlite://"), None)
    with pytest.raises(SignatureRefused) as refused:
        validate_signed_pdf(signed, belgium_only, SignaturePolicy())
    assert refused.value.code == "certificate_untrusted"
