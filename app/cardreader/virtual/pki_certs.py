"""Certificates and CRLs of the test PKI, shaped like the Belgian eID PKI.

The real hierarchy: Belgium Root CA issues the Citizen CA and the Foreigner CA
(which issue the cardholders' authentication and signature certificates) and
the RRN certificate (the National Register's data-signing key). The names here
say "Test" so that nobody mistakes one of these for the real thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
KeyKind = Literal["rsa2048", "rsa4096", "p384"]
Role = Literal["authentication", "signature"]

TEST_ORGANIZATION: Final = "Citizen Assistant test PKI"
# Validity of everything in the test PKI: issued before any persona's card,
# valid past 2040 so that tests do not start failing in a few years.
NOT_BEFORE: Final = datetime(2016, 1, 1, tzinfo=UTC)
CA_NOT_AFTER: Final = datetime(2045, 12, 31, tzinfo=UTC)
LEAF_NOT_AFTER: Final = datetime(2040, 12, 31, 23, 59, 59, tzinfo=UTC)

# Certificate policies of the real eID leaf certificates (eID CPS), so that a
# validator written against real cards sees the same OIDs.
POLICY_AUTHENTICATION: Final = ObjectIdentifier("2.16.56.12.1.1.2.2")
POLICY_SIGNATURE: Final = ObjectIdentifier("2.16.56.12.1.1.2.1")
_QC_STATEMENTS: Final = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
# SEQUENCE { SEQUENCE { id-etsi-qcs-QcCompliance }, SEQUENCE { id-etsi-qcs-QcSSCD } }
_QC_STATEMENTS_DER: Final = bytes.fromhex("30143008060604008e4601013008060604008e460104")


@dataclass(frozen=True)
class IssuedCert:
    certificate: x509.Certificate
    private_key: PrivateKey


def new_key(kind: KeyKind) -> PrivateKey:
    if kind == "p384":
        return ec.generate_private_key(ec.SECP384R1())
    return rsa.generate_private_key(65537, 4096 if kind == "rsa4096" else 2048)


def signing_hash(key: PrivateKey) -> hashes.SHA256 | hashes.SHA384:
    return hashes.SHA384() if isinstance(key, ec.EllipticCurvePrivateKey) else hashes.SHA256()


def name(*attributes: tuple[ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])


def issue(subject: x509.Name, public_key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey,
          issuer: IssuedCert | PrivateKey,
          extensions: Iterable[tuple[x509.ExtensionType, bool]],
          not_after: datetime = LEAF_NOT_AFTER) -> x509.Certificate:
    """A certificate for `public_key`; `issuer` is a CA, or the subject's own key (a root)."""
    if isinstance(issuer, IssuedCert):
        issuer_name, signer = issuer.certificate.subject, issuer.private_key
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.private_key.public_key())
    else:
        issuer_name, signer = subject, issuer
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), False)
        .add_extension(aki, False)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical)
    return builder.sign(signer, signing_hash(signer))


def _key_usage(**flags: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment",
             "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign",
             "encipher_only", "decipher_only")
    return x509.KeyUsage(**{flag: flags.get(flag, False) for flag in names})


def ca_extensions(path_length: int | None) -> list[tuple[x509.ExtensionType, bool]]:
    return [
        (x509.BasicConstraints(ca=True, path_length=path_length), True),
        (_key_usage(key_cert_sign=True, crl_sign=True), True),
    ]


def rrn_extensions() -> list[tuple[x509.ExtensionType, bool]]:
    return [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (_key_usage(digital_signature=True, content_commitment=True), True),
    ]


def tsa_extensions() -> list[tuple[x509.ExtensionType, bool]]:
    # RFC 3161 2.3: the timeStamping purpose, alone and critical.
    return [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (_key_usage(digital_signature=True, content_commitment=True), True),
        (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
    ]


def cardholder_name(surname: str, first_names: str, third_initial: str,
                    national_number: str, role: Role) -> x509.Name:
    """Subject as on real cards: CN "First Surname (Authentication)", SN, GN, serialNumber, C."""
    given = " ".join(part for part in (first_names, third_initial) if part)
    first = first_names.split(" ")[0] if first_names else ""
    label = "Authentication" if role == "authentication" else "Signature"
    common = " ".join(part for part in (first, surname) if part)
    attributes = [
        (NameOID.COUNTRY_NAME, "BE"),
        (NameOID.COMMON_NAME, f"{common} ({label})"),
        (NameOID.SURNAME, surname),
    ]
    if given:
        attributes.append((NameOID.GIVEN_NAME, given))
    attributes.append((NameOID.SERIAL_NUMBER, national_number))
    return name(*attributes)


def cardholder_extensions(role: Role) -> list[tuple[x509.ExtensionType, bool]]:
    if role == "authentication":
        return [
            (_key_usage(digital_signature=True), True),
            (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH,
                                    ExtendedKeyUsageOID.EMAIL_PROTECTION]), False),
            (x509.CertificatePolicies([x509.PolicyInformation(POLICY_AUTHENTICATION, None)]),
             False),
        ]
    return [
        (_key_usage(content_commitment=True), True),
        (x509.CertificatePolicies([x509.PolicyInformation(POLICY_SIGNATURE, None)]), False),
        # Qualified certificate on a qualified device, as the real signature certificate.
        (x509.UnrecognizedExtension(_QC_STATEMENTS, _QC_STATEMENTS_DER), False),
    ]


def build_crl(ca: IssuedCert, revoked: Sequence[tuple[int, datetime]], now: datetime,
              number: int) -> bytes:
    """A CRL of `ca` listing `revoked` (serial, revocation time), valid for a week."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now - timedelta(hours=1))
        .next_update(now + timedelta(days=7))
        .add_extension(x509.CRLNumber(number), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.private_key.public_key()),
            False,
        )
    )
    for serial, when in revoked:
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(when)
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), False)
            .build()
        )
        builder = builder.add_revoked_certificate(entry)
    return builder.sign(ca.private_key, signing_hash(ca.private_key)).public_bytes(Encoding.DER)
