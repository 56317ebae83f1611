"""Personalising a virtual card: a persona and the test PKI in, a card image out.

What the National Register signs (content specifications, DF(ID)):
  4032 = RRN signature over all of 4031 (the identity file, which holds the
         photo hash, and on 1.8 the hash of the basic public key 4040);
  4034 = RRN signature over 4033 without its trailing zeros, then all of 4032.
1.7 cards: RSA PKCS#1 v1.5 with SHA-256 (photo hash SHA-256). 1.8 cards:
ECDSA P-384 with SHA-384, the DER signature zero-padded to a fixed file size
(photo hash SHA-384). A persona's `tamper` list alters data after signing.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from types import MappingProxyType
from typing import Final

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.cardreader import tlv
from app.cardreader.tags import ADDRESS_KEYS, BINARY_IDENTITY_TAGS, IDENTITY_KEYS
from app.cardreader.virtual import pkcs15
from app.cardreader.virtual.card_image import ATRS, CardImage
from app.cardreader.virtual.filesystem import path_key
from app.cardreader.virtual.personas import ADDRESS_FILE_SIZE, Persona, PersonaError
from app.cardreader.virtual.photo import generate_photo
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.pki_certs import IssuedCert

__all__ = ["ADDRESS_FILE_SIZE", "CardImage", "address_file", "build_image", "identity_file"]

EC_SIGNATURE_FILE_SIZE: Final = 128  # a P-384 DER signature is at most 104 bytes

# GET CARD DATA bytes 16-27 after the chip serial: component code, OS number,
# OS version, softmask number and version (platform specific, values as seen on
# cards of each generation), then the fields the manuals fix: applet version,
# global OS version, applet interface version, PKCS#1 support, key exchange
# version, life cycle (0F = personalised).
_CARD_DATA_TAIL: Final[dict[str, bytes]] = {
    "1.7": bytes.fromhex("23 10 04 02 06 17 0003 00 21 01 0F"),
    "1.8": bytes.fromhex("29 10 05 01 07 18 0001 00 00 02 0F"),
}
# TokenInfo version bytes: graphical, electrical, electrical interface perso
# versions, RFU (content spec 5.4, 2.3: electrical version 03 for the 2009
# chip, 04 for the 2020 ATR).
_TOKEN_VERSIONS: Final[dict[str, bytes]] = {
    "1.7": bytes.fromhex("01 03 00 00"), "1.8": bytes.fromhex("02 04 00 40"),
}


def chip_number(persona: Persona) -> bytes:
    given = persona.text("chip_number")
    if given:
        return bytes.fromhex(given)
    seed = hashlib.sha256(f"{persona.national_number}/{persona.text('card_number')}".encode())
    # 2 bytes for the card maker, 2 for the chip maker, 12 for the chip (manuals, 6.9).
    return b"SLIN" + seed.digest()[:12]


def identity_file(persona: Persona, photo_hash: bytes, basic_key_hash: bytes | None,
                  chip: bytes) -> bytes:
    items: dict[int, bytes] = {}
    for key, value in persona.identity.items():
        tag = IDENTITY_KEYS[key]
        if isinstance(value, bool):
            items[tag] = b""  # member of family: present and empty
        elif tag in BINARY_IDENTITY_TAGS:
            items[tag] = bytes.fromhex(value)
        else:
            items[tag] = value.encode("utf-8")
    items[0x02] = chip
    items[0x11] = photo_hash
    if basic_key_hash is not None:
        items[0x1A] = basic_key_hash
    return tlv.encode(sorted(items.items()))


def address_file(persona: Persona, address: dict[str, str] | None = None) -> bytes:
    """4033 unpadded; the card file is this plus zeros up to 117 bytes."""
    fields = address if address is not None else dict(persona.address)
    items = []
    for key, value in fields.items():
        tag = ADDRESS_KEYS[key]
        items.append((tag, bytes.fromhex(value) if tag == 0 else value.encode("utf-8")))
    encoded = tlv.encode(sorted(items))
    if len(encoded) > ADDRESS_FILE_SIZE:
        raise PersonaError(f"persona {persona.name}: the address takes {len(encoded)} bytes, "
                           f"the card file has {ADDRESS_FILE_SIZE}")
    return encoded


def _rrn_sign(rrn: IssuedCert, data: bytes) -> bytes:
    key = rrn.private_key
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    der = key.sign(data, ec.ECDSA(hashes.SHA384()))
    return der.ljust(EC_SIGNATURE_FILE_SIZE, b"\x00")


def _altered_identity(persona: Persona) -> Persona:
    """What the RRN signed before someone changed the card: a birth year one later."""
    identity = dict(persona.identity)
    text = str(identity["birth_date"])
    year = int(text[-4:])
    identity["birth_date"] = f"{text[:-4]}{year + 1:04d}"
    return replace(persona, identity=MappingProxyType(identity))


def _altered_photo(photo: bytes) -> bytes:
    """The same picture with a JPEG comment segment slipped in after SOI."""
    comment = b"retouched"
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return photo[:2] + segment + photo[2:]


def build_image(persona: Persona, pki: TestPki) -> CardImage:
    applet = persona.applet
    keys = pki.card_keys(persona)
    rrn = pki.rrn_for(persona)
    ca = pki.ca_for(persona)
    photo = persona.photo or generate_photo(persona.name, new_format=applet == "1.8")
    digest = hashlib.sha256 if applet == "1.7" else hashlib.sha384
    chip = chip_number(persona)

    basic_file: bytes | None = None
    basic_hash: bytes | None = None
    if keys.basic_key is not None:
        basic_file = keys.basic_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        basic_hash = hashlib.sha384(basic_file).digest()

    photo_hash = digest(photo).digest()
    identity = identity_file(persona, photo_hash, basic_hash, chip)
    signed_identity = identity
    if "identity" in persona.tamper:
        signed_identity = identity_file(_altered_identity(persona), photo_hash, basic_hash, chip)
    identity_signature = _rrn_sign(rrn, signed_identity)

    address = address_file(persona)
    signed_address = address
    if "address" in persona.tamper:
        moved = dict(persona.address)
        moved["street_and_number"] = moved["street_and_number"] + " bis"
        signed_address = address_file(persona, moved)
    address_signature = _rrn_sign(rrn, signed_address + identity_signature)
    if "photo" in persona.tamper:
        photo = _altered_photo(photo)

    def cert(issued: IssuedCert | None) -> bytes:
        der = None if issued is None else issued.certificate.public_bytes(
            serialization.Encoding.DER)
        return pkcs15.certificate_file(applet, der)

    files = {
        path_key(0x3F00, 0x2F00): pkcs15.ef_dir(),
        path_key(0x3F00, 0xDF00, 0x5031): pkcs15.odf(),
        path_key(0x3F00, 0xDF00, 0x5032): pkcs15.token_info(chip, _TOKEN_VERSIONS[applet]),
        path_key(0x3F00, 0xDF00, 0x5034): pkcs15.aodf(),
        path_key(0x3F00, 0xDF00, 0x5035): pkcs15.prkdf(applet, keys.signature is not None),
        path_key(0x3F00, 0xDF00, 0x5037): pkcs15.cdf(applet, True, keys.signature is not None),
        path_key(0x3F00, 0xDF00, 0x5038): cert(keys.authentication),
        path_key(0x3F00, 0xDF00, 0x5039): cert(keys.signature),
        path_key(0x3F00, 0xDF00, 0x503A): cert(ca),
        path_key(0x3F00, 0xDF00, 0x503B): cert(pki.root),
        path_key(0x3F00, 0xDF00, 0x503C): cert(rrn),
        path_key(0x3F00, 0xDF01, 0x4031): identity,
        path_key(0x3F00, 0xDF01, 0x4032): identity_signature,
        path_key(0x3F00, 0xDF01, 0x4033): address.ljust(ADDRESS_FILE_SIZE, b"\x00"),
        path_key(0x3F00, 0xDF01, 0x4034): address_signature,
        path_key(0x3F00, 0xDF01, 0x4035): photo,
    }
    if basic_file is not None:
        files[path_key(0x3F00, 0xDF01, 0x4040)] = basic_file
    return CardImage(
        persona_name=persona.name, applet=applet, atr=ATRS[applet],
        files=MappingProxyType(files),
        card_data=chip + _CARD_DATA_TAIL[applet],
        pin=persona.pin, pin_tries_left=persona.pin_tries_left,
        authentication_key=keys.authentication.private_key,
        signature_key=None if keys.signature is None else keys.signature.private_key,
        basic_key=keys.basic_key,
    )

