import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from app.cardreader import tlv
from app.cardreader.der import DerError, der_length, strip_der_padding
from app.cardreader.model import Address, CardDataError, CardInfo, load_padded_certificate
from app.cardreader.trust import TrustStore

from .cards import make_pki


def test_address_as_read_with_padding() -> None:
    items = [(0x00, b"\x00\x02"), (0x01, "Rue de l'Étuve 46".encode()), (0x02, b"1000"),
             (0x03, b"Bruxelles")]
    data = tlv.encode(items)
    data += bytes(117 - len(data))
    address = Address.from_tlv(data)
    assert address == Address(street_and_number="Rue de l'Étuve 46", zip="1000",
                              municipality="Bruxelles", version="0002")
    assert address.raw == data
    assert address.to_json() == {"version": "0002", "street_and_number": "Rue de l'Étuve 46",
                                 "zip": "1000", "municipality": "Bruxelles"}
    assert Address.from_tlv(address.to_tlv()) == address


def test_address_unknown_tags_and_errors() -> None:
    address = Address.from_tlv(tlv.encode([(0x02, b"9000"), (0x07, b"?")]))
    assert address.zip == "9000"
    assert address.unknown == ((0x07, b"?"),)
    with pytest.raises(CardDataError, match="address file"):
        Address.from_tlv(b"\x01\x05ab")
    with pytest.raises(CardDataError, match="UTF-8"):
        Address.from_tlv(tlv.encode([(0x03, b"\xc3")]))
    assert Address.from_json({"zip": "9000", "municipality": "Gent"}) == Address(
        zip="9000", municipality="Gent")


SERIAL = bytes.fromhex("534c494e336600296cff2623660b0826")
# 1.7 manual table 32: serial, component, OS number/version, softmask number/version,
# applet version 17, global OS version 0003, interface 00, PKCS#1 21, key exchange 01,
# life cycle 0F.
CARD_DATA_17 = SERIAL + bytes.fromhex("A5 03 01 01 01 17 0003 00 21 01 0F")
CARD_DATA_18 = SERIAL + bytes.fromhex("D0 03 02 01 01 18 0001 00 00 02 0F")


def test_card_data_17() -> None:
    info = CardInfo.from_bytes(CARD_DATA_17)
    assert info.chip_number == SERIAL.hex()
    assert info.applet_version == "1.7"
    assert info.global_os_version == 3
    assert info.pkcs1_support == 0x21
    assert info.life_cycle == 0x0F and info.is_personalised
    assert info.pin_tries_left is None
    assert info.to_bytes() == CARD_DATA_17


def test_card_data_18_with_pin_counter() -> None:
    info = CardInfo.from_bytes(CARD_DATA_18 + bytes([2, 0xFF, 0xFF]))
    assert info.applet_version == "1.8"
    assert info.key_exchange_version == 2
    assert info.pin_tries_left == 2
    assert info.to_bytes(with_pin_counter=True) == CARD_DATA_18 + bytes([2, 0xFF, 0xFF])
    # FF: the card found no such PIN (1.8 manual, table 46)
    assert CardInfo.from_bytes(CARD_DATA_18 + b"\xff\xff\xff").pin_tries_left is None


def test_old_applet_and_short_answers() -> None:
    old = SERIAL + bytes.fromhex("A5 03 01 01 01 11 0000 00 00 00 07")
    info = CardInfo.from_bytes(old)
    assert info.applet_version == "1.1"
    assert not info.is_personalised
    with pytest.raises(CardDataError, match="27 bytes"):
        CardInfo.from_bytes(CARD_DATA_17[:27])


def test_der_padding() -> None:
    pki = make_pki("ec")
    cert_der = pki.rrn.public_bytes(Encoding.DER)
    padded = cert_der + bytes(500)
    assert der_length(padded) == len(cert_der)
    assert strip_der_padding(padded) == cert_der
    assert load_padded_certificate(padded) == pki.rrn
    # short and long length forms
    assert der_length(b"\x30\x03\x02\x01\x05\x00") == 5
    assert der_length(b"\x04\x81\x80" + bytes(128)) == 131
    for bad in (b"", b"\x30", b"\x30\x80\x00", b"\x30\x05\x00", b"\x30\x85\x01\x01\x01\x01\x01",
                b"\x1f\x01\x00"):
        with pytest.raises(DerError):
            der_length(bad)
    with pytest.raises(DerError, match="non-zero"):
        strip_der_padding(b"\x04\x01\x05\x00\x01")
    with pytest.raises(CardDataError):
        load_padded_certificate(b"\x30\x03\x02\x01\x05")


def test_belgium_trust_store() -> None:
    store = TrustStore.belgium()
    names = {root.subject.rfc4514_string() for root in store.roots}
    assert "CN=Belgium Root CA4,C=BE" in names
    assert len(store.roots) == 5
    assert store.includes_test_roots is False
    assert all(isinstance(root, x509.Certificate) for root in store.roots)


def test_extra_roots_are_explicit_and_marked() -> None:
    pki = make_pki("ec")
    store = TrustStore.belgium()
    demo = store.with_extra_roots([pki.root])
    assert demo.includes_test_roots is True
    assert pki.root in demo.roots
    assert pki.root not in store.roots  # the original is unchanged
    assert demo.issuers_of(pki.rrn) == (pki.root,)
    assert store.issuers_of(pki.rrn) == ()
    assert store.with_extra_roots([]).includes_test_roots is False
