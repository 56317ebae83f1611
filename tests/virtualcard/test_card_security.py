"""VERIFY, CHANGE REFERENCE DATA, LOG OFF, MSE:SET, PSO:CDS and INTERNAL AUTHENTICATE,
with the PIN rules of both reference manuals (section 5.1)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from cryptography.hazmat.primitives.serialization import load_der_public_key

from app.cardreader import tlv
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.security import decode_pin_block, encode_pin_block
from app.cardreader.virtual.timing import TimingModel
from tests.virtualcard.helpers import Host, h

ImageFor = Callable[[str], CardImage]
SHA256_DIGEST_INFO = h("3031300d060960864801650304020105000420")


def cert_key(image: CardImage, fid: str) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    content = image.file(f"3F00DF00{fid}")
    length = int.from_bytes(content[2:4], "big") + 4  # 30 82 LL LL
    key = x509.load_der_x509_certificate(content[:length]).public_key()
    assert isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey)
    return key


def raw_to_der(raw: bytes) -> bytes:
    half = len(raw) // 2
    return utils.encode_dss_signature(int.from_bytes(raw[:half], "big"),
                                      int.from_bytes(raw[half:], "big"))


def test_pin_block_format() -> None:
    assert encode_pin_block("1234") == h("24 12 34 FF FF FF FF FF")
    assert encode_pin_block("123456789012") == h("2C 12 34 56 78 90 12 FF")
    assert decode_pin_block(h("25 12 34 5F FF FF FF FF")) == "12345"
    assert decode_pin_block(h("14 12 34 FF FF FF FF FF")) is None  # control nibble
    assert decode_pin_block(h("24 12 3A FF FF FF FF FF")) is None
    assert decode_pin_block(h("24 12 34 FF FF FF FF 00")) is None
    with pytest.raises(ValueError):
        encode_pin_block("123")


@pytest.mark.parametrize("persona", ["worker", "student"], ids=["1.7", "1.8"])
def test_verify_counts_tries_and_blocks(persona: str, card_image: ImageFor) -> None:
    host = Host(card_image(persona))
    assert host.sw("00 20 00 01 00") == 0x63C3  # status: no try spent
    assert host.sw("00 20 00 01") == 0x63C3
    assert host.verify("9999") == 0x63C2
    assert host.sw("00 20 00 01 00") == 0x63C2
    assert host.verify("1234") == 0x9000  # success restores the tries
    assert host.sw("00 20 00 01 00") == 0x9000
    for left in (2, 1, 0):
        assert host.verify("0000") == 0x63C0 | left
    assert host.sw("00 20 00 01 00") == 0x6983
    assert host.verify("1234") == 0x6983
    assert host.card.pin_tries_left == 0


def test_verify_bad_forms(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.sw("00 20 00 02 08 24 12 34 FF FF FF FF FF") == 0x6A88  # no PIN 02
    assert host.sw("00 20 01 01 08 24 12 34 FF FF FF FF FF") == 0x6A86
    assert host.sw("00 20 00 01 07 24 12 34 FF FF FF FF") == 0x6700
    assert host.sw("00 20 00 01 08 24 12 34 FF") == 0x6700  # Lc and data disagree
    assert host.sw("00 20 00 01 00") == 0x63C3  # none of these spent a try


def test_tries_survive_power_cycles_but_rights_do_not(card_image: ImageFor) -> None:
    host = Host(card_image("last-try"))
    assert host.sw("00 20 00 01 00") == 0x63C1
    assert host.verify("1234") == 0x9000
    host.card.power_off()
    host.card.power_on()
    assert host.sw("00 20 00 01 00") == 0x63C3  # not verified any more, tries restored
    assert host.verify("1111") == 0x63C2
    host.card.power_on()  # warm reset
    assert host.sw("00 20 00 01 00") == 0x63C2


def test_last_try_blocks_on_a_wrong_pin(card_image: ImageFor) -> None:
    host = Host(card_image("last-try"))
    assert host.verify("4321") == 0x63C0
    assert host.sw("00 20 00 01 00") == 0x6983
    data, sw = host.send("80 E4 00 01 1F")
    assert sw == 0x9000 and data[28] == 0


def test_change_reference_data(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    change = h("00 24 00 01 10")
    assert host.sw(change + encode_pin_block("1234") + h("24 12 3F FF FF FF FF FF")) == 0x6A80
    assert host.sw("00 20 00 01 00") == 0x63C3  # a malformed new PIN spends nothing
    assert host.sw(change + encode_pin_block("1111") + encode_pin_block("5678")) == 0x63C2
    assert host.sw(change + encode_pin_block("1234") + encode_pin_block("567890")) == 0x9000
    assert host.sw("00 20 00 01 00") == 0x9000  # the change grants the right
    assert host.verify("1234") == 0x63C2
    assert host.verify("567890") == 0x9000
    assert host.sw("00 24 00 01 08" + encode_pin_block("1234").hex()) == 0x6700
    assert host.sw(h("00 24 00 02 10") + bytes(16)) == 0x6A88


def test_log_off_discards_the_pin(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.verify("1234") == 0x9000
    assert host.sw("80 E6 00 00") == 0x9000
    assert host.sw("00 20 00 01 00") == 0x63C3
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982
    assert host.sw("80 E6 00 01") == 0x6B00
    assert host.sw("80 E6 00 00 01 00") == 0x6700


@pytest.mark.parametrize(("persona", "wrong_algorithm"), [("worker", 0x40), ("student", 0x80)],
                         ids=["1.7", "1.8"])
def test_mse_set_status_words(persona: str, wrong_algorithm: int, card_image: ImageFor) -> None:
    host = Host(card_image(persona))
    good = 0x08 if persona == "worker" else 0x02
    assert host.mse(good, 0x82) == 0x9000
    assert host.mse(good, 0x83) == 0x9000
    assert host.mse(wrong_algorithm, 0x82) == 0x6A80
    assert host.mse(good, 0x81) == 0x6A80  # the basic key does not sign
    assert host.mse(good, 0x84) == 0x6A88
    assert host.sw("00 22 41 B8 05 04 80 08 84 82") == 0x6B00
    assert host.sw("00 22 81 B6 05 04 80 08 84 82") == 0x6B00
    assert host.sw("00 22 41 B6 04 04 80 08 84") == 0x6700
    assert host.sw("00 22 41 B6 05 04 81 08 84 82") == 0x6A80


def test_kids_card_has_no_signature_key(card_image: ImageFor) -> None:
    host = Host(card_image("child"))
    assert host.mse(0x02, 0x83) == 0x6A88
    assert host.mse(0x02, 0x82) == 0x9000


@pytest.mark.parametrize(("algorithm", "data_for"), [
    (0x01, lambda m: SHA256_DIGEST_INFO + hashlib.sha256(m).digest()),
    (0x08, lambda m: hashlib.sha256(m).digest()),
    (0x02, lambda m: hashlib.sha1(m).digest()),
    (0x04, lambda m: hashlib.md5(m).digest()),
])
def test_rsa_pkcs1_signatures_verify(algorithm: int, data_for: Callable[[bytes], bytes],
                                     card_image: ImageFor) -> None:
    image = card_image("worker")
    host = Host(image)
    message = b"Citizen Assistant signs this"
    assert host.verify("1234") == 0x9000
    assert host.mse(algorithm, 0x82) == 0x9000
    signature, sw = host.pso(data_for(message))
    assert sw == 0x9000 and len(signature) == 256
    key = cert_key(image, "5038")
    assert isinstance(key, rsa.RSAPublicKey)
    chosen = {0x01: hashes.SHA256(), 0x08: hashes.SHA256(), 0x02: hashes.SHA1(),
              0x04: hashes.MD5()}[algorithm]
    key.verify(signature, message, padding.PKCS1v15(), chosen)


@pytest.mark.parametrize(("algorithm", "chosen"), [(0x10, hashes.SHA1()), (0x20, hashes.SHA256())])
def test_rsa_pss_signatures_verify(algorithm: int, chosen: hashes.HashAlgorithm,
                                   card_image: ImageFor) -> None:
    image = card_image("worker")
    host = Host(image)
    message = b"PSS with a salt as long as the hash"
    assert host.verify("1234") == 0x9000
    assert host.mse(algorithm, 0x82) == 0x9000
    digest = hashes.Hash(chosen)
    digest.update(message)
    signature, sw = host.pso(digest.finalize())
    assert sw == 0x9000
    key = cert_key(image, "5038")
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature, message,
               padding.PSS(padding.MGF1(chosen), salt_length=chosen.digest_size), chosen)


def test_rsa_data_lengths(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.verify("1234") == 0x9000
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(31))[1] == 0x6700
    assert host.mse(0x01, 0x82) == 0x9000
    assert host.pso(bytes(246))[1] == 0x6700
    assert host.pso(bytes(245))[1] == 0x9000


@pytest.mark.parametrize(("algorithm", "chosen"), [
    (0x01, hashes.SHA256()), (0x02, hashes.SHA384()), (0x04, hashes.SHA512()),
    (0x08, hashes.SHA3_256()), (0x10, hashes.SHA3_384()), (0x20, hashes.SHA3_512()),
    (0x40, hashes.SHA384()),
])
def test_ecdsa_signatures_are_raw_r_s(algorithm: int, chosen: hashes.HashAlgorithm,
                                      card_image: ImageFor) -> None:
    image = card_image("student")
    host = Host(image)
    message = b"1.8 cards sign with ECDSA P-384"
    digest = hashes.Hash(chosen)
    digest.update(message)
    assert host.verify("1234") == 0x9000
    assert host.mse(algorithm, 0x82) == 0x9000
    signature, sw = host.pso(digest.finalize())
    assert sw == 0x9000 and len(signature) == 96
    key = cert_key(image, "5038")
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(raw_to_der(signature), message, ec.ECDSA(chosen))


def test_ecdsa_data_lengths(card_image: ImageFor) -> None:
    host = Host(card_image("student"))
    assert host.verify("1234") == 0x9000
    assert host.mse(0x02, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6700
    assert host.mse(0x40, 0x82) == 0x9000
    assert host.pso(bytes(30))[1] == 0x6700
    assert host.pso(bytes(20))[1] == 0x9000


def test_pso_needs_an_environment_and_the_pin(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.pso(bytes(32))[1] == 0x6985  # no MSE:SET yet
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982
    assert host.sw(h("00 2A 9E 9B 20") + bytes(32)) == 0x6B00


def test_authentication_key_wants_the_pin_once(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.verify("1234") == 0x9000
    for _ in range(3):
        assert host.select("3F00 DF01 4031") == 0x9000
        assert host.mse(0x08, 0x82) == 0x9000
        assert host.pso(bytes(32))[1] == 0x9000


def test_wrong_pin_clears_every_right(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.verify("1234") == 0x9000
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    assert host.verify("0000") == 0x63C2
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982


def test_non_repudiation_on_17_wants_verify_just_before(card_image: ImageFor) -> None:
    host = Host(card_image("worker"))
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982  # spent
    assert host.verify("1234") == 0x9000
    assert host.select("3F00 DF00") == 0x9000  # one command between is too many on 1.7
    assert host.pso(bytes(32))[1] == 0x6982
    assert host.verify("1234") == 0x9000
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982


def test_non_repudiation_on_18_allows_one_command_between(card_image: ImageFor) -> None:
    host = Host(card_image("student"))
    assert host.verify("1234") == 0x9000
    assert host.mse(0x02, 0x83) == 0x9000  # eid-mw's order would also work: MSE, VERIFY, PSO
    assert host.pso(bytes(48))[1] == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.select("3F00 DF00") == 0x9000
    assert host.pso(bytes(48))[1] == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.select("3F00 DF00") == 0x9000
    assert host.select("3F00 DF00") == 0x9000
    assert host.pso(bytes(48))[1] == 0x6982


def test_pin_mixed_mode(card_image: ImageFor) -> None:
    """Manual 1.7, 5.1 "PIN Mixed" mode, examples in order."""
    host = Host(card_image("worker"))
    # Verify, Sign(non-rep), ..., Sign(auth): KO, the verify was for non-repudiation.
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982
    # Verify, Sign(auth), Verify, Sign(non-rep), ..., Sign(auth): OK.
    assert host.verify("1234") == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    host.card.power_on()
    # Verify, Read, Sign(non-rep) KO, ..., Sign(auth) OK.
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.sw("00 A4 08 0C 04 DF 01 40 31") == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x9000
    host.card.power_on()
    # Verify, Wrong Sign(non-rep), ..., Sign(auth): KO.
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    assert host.pso(bytes(31))[1] == 0x6700
    assert host.mse(0x08, 0x82) == 0x9000
    assert host.pso(bytes(32))[1] == 0x6982


def test_signature_with_non_repudiation_key_verifies(card_image: ImageFor) -> None:
    image = card_image("worker")
    host = Host(image)
    message = b"I sign this form"
    assert host.mse(0x08, 0x83) == 0x9000
    assert host.verify("1234") == 0x9000
    signature, sw = host.pso(hashlib.sha256(message).digest())
    assert sw == 0x9000
    key = cert_key(image, "5039")
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(InvalidSignature):
        auth = cert_key(image, "5038")
        assert isinstance(auth, rsa.RSAPublicKey)
        auth.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())


def test_internal_authenticate_with_the_basic_key(card_image: ImageFor) -> None:
    image = card_image("student")
    host = Host(image)
    challenge = os.urandom(48)
    out, sw = host.send(h("00 88 02 81 32 94 30") + challenge)
    assert (out, sw) == (b"", 0x6160)
    signature, sw = host.send("00 C0 00 00 60")
    assert sw == 0x9000 and len(signature) == 96
    basic_file = image.file("3F00DF014040")
    key = load_der_public_key(basic_file)
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(raw_to_der(signature), challenge, ec.ECDSA(utils.Prehashed(hashes.SHA384())))
    identity = dict(tlv.decode(image.file("3F00DF014031")))
    assert identity[0x1A] == hashlib.sha384(basic_file).digest()


def test_internal_authenticate_status_words(card_image: ImageFor) -> None:
    host = Host(card_image("student"))
    challenge = bytes(48)
    assert host.sw(h("00 88 01 81 32 94 30") + challenge) == 0x6B00  # SHA-256 on P-384
    assert host.sw(h("00 88 02 82 32 94 30") + challenge) == 0x6982  # auth key: NEV
    assert host.sw(h("00 88 02 84 32 94 30") + challenge) == 0x6A88
    assert host.sw(h("00 88 02 81 32 95 30") + challenge) == 0x6A80
    assert host.sw(h("00 88 02 81 22 94 20") + bytes(32)) == 0x6A80
    assert host.sw(h("00 88 02 81 40 94 30") + challenge) == 0x6700
    # A successful one clears the security environment.
    assert host.verify("1234") == 0x9000
    assert host.mse(0x02, 0x82) == 0x9000
    assert host.sw(h("00 88 02 81 32 94 30") + challenge) == 0x6160
    assert host.pso(bytes(48))[1] == 0x6985


def test_timing_model_delays_like_a_card(card_image: ImageFor) -> None:
    slept: list[float] = []
    model = TimingModel(sleep=slept.append)
    assert model.delay(5, 258) == pytest.approx(0.002 + 0.00028 * 263)
    assert model.delay(37, 2, "rsa") == pytest.approx(0.002 + 0.00028 * 39 + 0.3)
    assert model.delay(53, 2, "ec") == pytest.approx(0.002 + 0.00028 * 55 + 0.15)
    from app.cardreader.virtual.card import VirtualCard

    card = VirtualCard(card_image("worker"), model)
    card.power_on()
    card.transmit(h("00 A4 08 0C 06 3F 00 DF 00 50 38"))
    card.transmit(h("00 B0 00 00 00"))
    assert slept[-1] == pytest.approx(0.002 + 0.00028 * 263, abs=0.002)
    card.transmit(h("00 20 00 01 08 24 12 34 FF FF FF FF FF"))
    card.transmit(h("00 22 41 B6 05 04 80 08 84 82"))
    card.transmit(h("00 2A 9E 9A 20") + bytes(32))
    assert slept[-1] == pytest.approx(0.302 + 0.00028 * 39, abs=0.05)
