"""The test PKI as the gateway uses it, only when `trust_test_root` is set.

It contributes its root to the trust anchors, its CA certificates as known
intermediates, its CRLs (in-process for validation, and served at
/pki/crl/NAME.crl for clients that embed revocation data, PAdES B-LT), the
timestamping key of the RFC 3161 endpoint and the key that seals letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.cardreader.virtual.pki import TestPki, load_test_pki
from gateway.revocation import GeneratedCrls
from gateway.timestamping import TimeStampAuthority
from gateway.trust import to_asn1

# Names under which the CRLs are served.
CRL_NAMES = ("root", "citizen-ca", "foreigner-ca")


@dataclass(frozen=True)
class DemoPki:
    pki: TestPki
    root: asn1_x509.Certificate
    intermediates: tuple[asn1_x509.Certificate, ...]
    crls: GeneratedCrls
    tsa: TimeStampAuthority
    seal_certificate: asn1_x509.Certificate
    seal_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def load_demo_pki() -> DemoPki:
    pki = load_test_pki()
    root = to_asn1(pki.root.certificate)
    cas = {"root": pki.root, "citizen-ca": pki.citizen_ca, "foreigner-ca": pki.foreigner_ca}

    def make_crls() -> dict[str, bytes]:
        return {name: pki.crl(ca) for name, ca in cas.items()}

    tsa = TimeStampAuthority(to_asn1(pki.tsa.certificate), pki.tsa.private_key, [root])
    return DemoPki(
        pki=pki,
        root=root,
        intermediates=(to_asn1(pki.citizen_ca.certificate), to_asn1(pki.foreigner_ca.certificate)),
        crls=GeneratedCrls(make_crls),
        tsa=tsa,
        seal_certificate=to_asn1(pki.rrn_rsa.certificate),
        seal_key=pki.rrn_rsa.private_key,
    )
