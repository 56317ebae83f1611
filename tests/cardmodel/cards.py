"""Throwaway keys, certificates and card files for the data-layer tests.

A small stand-in for the National Register: a root, an RRN certificate it
issues, and card files signed the way the content specifications describe
(RSA PKCS#1 v1.5 SHA-256 on 1.7 cards, ECDSA P-384 DER in padded files on 1.8).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.oid import NameOID

from app.cardreader.model import Address, CardFiles, CardInfo, Identity

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
KeyKind = Literal["rsa", "ec"]

# A tiny JPEG-looking photo; the checks only hash it.
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 12 + b"\xff\xd9"
ATR_17 = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_18 = bytes.fromhex("3B7F96000080318065B08504012012 0FFF829000".replace(" ", ""))


def new_key(kind: KeyKind) -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP384R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _hash_for(key: PrivateKey) -> hashes.SHA256 | hashes.SHA384:
    return hashes.SHA256() if isinstance(key, rsa.RSAPrivateKey) else hashes.SHA384()


def make_root(key: PrivateKey, name: str = "Test Root CA",
              not_before: datetime | None = None,
              not_after: datetime | None = None) -> x509.Certificate:
    start = not_before or datetime(2010, 1, 1, tzinfo=UTC)
    end = not_after or datetime(2045, 1, 1, tzinfo=UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(name)).issuer_name(_name(name))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, _hash_for(key))
    )


def issue(issuer_key: PrivateKey, issuer: x509.Certificate, subject_key: PrivateKey,
          name: str = "RRN", not_before: datetime | None = None,
          not_after: datetime | None = None) -> x509.Certificate:
    start = not_before or datetime(2012, 1, 1, tzinfo=UTC)
    end = not_after or datetime(2040, 1, 1, tzinfo=UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(name)).issuer_name(issuer.subject)
        .public_key(subject_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(issuer_key, _hash_for(issuer_key))
    )


@dataclass(frozen=True)
class Pki:
    root_key: PrivateKey
    root: x509.Certificate
    rrn_key: PrivateKey
    rrn: x509.Certificate


def make_pki(kind: KeyKind, *, not_before: datetime | None = None,
             not_after: datetime | None = None) -> Pki:
    root_key = new_key(kind)
    root = make_root(root_key)
    rrn_key = new_key(kind)
    rrn = issue(root_key, root, rrn_key, not_before=not_before, not_after=not_after)
    return Pki(root_key, root, rrn_key, rrn)


def der(cert: x509.Certificate, padding_bytes: int = 300) -> bytes:
    """A certificate file as the card stores it: DER then zeros."""
    return cert.public_bytes(Encoding.DER) + bytes(padding_bytes)


def rrn_sign(key: PrivateKey, data: bytes, *, pad_to: int = 120) -> bytes:
    """A signature file: raw RSA, or DER ECDSA zero-padded to a fixed size."""
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    signature = key.sign(data, ec.ECDSA(hashes.SHA384()))
    return signature + bytes(pad_to - len(signature))


def card_data(applet: int) -> bytes:
    info = CardInfo(
        serial=bytes.fromhex("534c494e336600296cff2623660b0826"), component_code=0xA5,
        os_number=0x03, os_version=0x01, softmask_number=0x01, softmask_version=0x01,
        applet_version_byte=applet, global_os_version=3 if applet == 0x17 else 1,
        applet_interface_version=0, pkcs1_support=0x21 if applet == 0x17 else 0,
        key_exchange_version=1 if applet == 0x17 else 2, life_cycle=0x0F,
    )
    return info.to_bytes()


def sample_identity(**changes: Any) -> Identity:
    base = Identity(
        version="0002", card_number="592123456789",
        chip_number="534c494e336600296cff2623660b0826", validity_begin="14.08.2015",
        validity_end="14.08.2025", issuing_municipality="Gent", national_number="85073003328",
        surname="Peeters", first_names="An Sofie", third_name_initial="M",
        nationality="Belg", birth_place="Gent", birth_date="30 JUL  1985", sex="V",
        noble_condition="", document_type="1", special_status="0",
    )
    return replace(base, **changes)


def sample_address() -> Address:
    return Address(street_and_number="Veldstraat 1", zip="9000", municipality="Gent",
                   version="0002")


@dataclass(frozen=True)
class Card:
    files: CardFiles
    basic_key: ec.EllipticCurvePrivateKey | None

    def internal_authenticate(self, challenge: bytes) -> bytes:
        """What the card answers: ECDSA over the challenge as a hash, r || s."""
        assert self.basic_key is not None
        signature = self.basic_key.sign(challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
        r, s = decode_dss_signature(signature)
        return r.to_bytes(48, "big") + s.to_bytes(48, "big")


def build_card(pki: Pki, *, applet: int, identity: Identity | None = None,
               photo: bytes = PHOTO) -> Card:
    """A consistent, correctly signed card (1.8 when applet is 0x18)."""
    ident = identity or sample_identity()
    basic_private: ec.EllipticCurvePrivateKey | None = None
    basic_file: bytes | None = None
    if applet >= 0x18:
        basic_private = ec.generate_private_key(ec.SECP384R1())
        basic_file = basic_private.public_key().public_bytes(
            Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        ident = replace(ident, photo_hash=hashlib.sha384(photo).hexdigest(),
                        basic_key_hash=hashlib.sha384(basic_file).hexdigest())
    else:
        ident = replace(ident, photo_hash=hashlib.sha256(photo).hexdigest())
    identity_file = ident.to_tlv()
    address_tlv = sample_address().to_tlv()
    address_file = address_tlv + bytes(117 - len(address_tlv))
    identity_signature = rrn_sign(pki.rrn_key, identity_file)
    address_signature = rrn_sign(pki.rrn_key, address_tlv + identity_signature)
    other_key = new_key("ec")
    files = CardFiles(
        atr=ATR_18 if applet >= 0x18 else ATR_17,
        card_data=card_data(applet),
        identity=identity_file,
        identity_signature=identity_signature,
        address=address_file,
        address_signature=address_signature,
        photo=photo,
        basic_key=basic_file,
        cert_authentication=der(issue(pki.root_key, pki.root, other_key, "Auth")),
        cert_signature=der(issue(pki.root_key, pki.root, other_key, "Signature")),
        cert_ca=der(issue(pki.root_key, pki.root, other_key, "Citizen CA")),
        cert_root=der(pki.root),
        cert_rrn=der(pki.rrn),
    )
    return Card(files, basic_private)
