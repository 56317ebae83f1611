"""OpenSC (Debian's 0.23, belpic driver) accepts the virtual card as a Belgian eID.

Run against the private pcscd with the stack's environment. Each tool is a
separate process, and vpcd powers the card off ~400 ms after the last client
leaves, so nothing carries over from one tool to the next but the PIN counter.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from smartcard.CardConnection import CardConnection
from smartcard.System import readers

from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from tests.conftest import InsertCard

PKCS11_MODULE = Path("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")
pytestmark = [
    pytest.mark.opensc,
    pytest.mark.pcsc,
    pytest.mark.skipif(shutil.which("pkcs15-tool") is None or not PKCS11_MODULE.exists(),
                       reason="OpenSC is not installed"),
]


def run(stack: PrivatePcscd, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=stack.env, capture_output=True, text=True, timeout=60,
                          check=False)


def pin_status(stack: PrivatePcscd) -> int:
    """VERIFY with Lc=0 through pyscard: 63Cx tells the tries without spending one."""
    reader = next(r for r in readers() if str(r) == stack.reader_name(0))
    connection = reader.createConnection()
    connection.connect(CardConnection.T0_protocol)
    try:
        _, sw1, sw2 = connection.transmit([0x00, 0x20, 0x00, 0x01, 0x00])
    finally:
        connection.disconnect()
        connection.release()
    return int((sw1 << 8) | sw2)


@pytest.mark.parametrize("persona", ["worker", "student"], ids=["1.7", "1.8"])
def test_opensc_names_a_belgian_eid(persona: str, insert_card: InsertCard,
                                    pcsc_stack: PrivatePcscd) -> None:
    insert_card(persona)
    result = run(pcsc_stack, "opensc-tool", "--reader", "0", "--name")
    assert result.returncode == 0, result.stderr
    # OpenSC's belpic driver matches both ATRs; for 1.8 it reads but cannot sign (below).
    assert result.stdout.strip() == "Belpic cards"


@pytest.mark.parametrize("persona", ["worker", "student"], ids=["1.7", "1.8"])
def test_pkcs15_certificates_are_the_persona_s(persona: str, insert_card: InsertCard,
                                               pcsc_stack: PrivatePcscd,
                                               test_pki: TestPki) -> None:
    insert_card(persona)
    listed = run(pcsc_stack, "pkcs15-tool", "--reader", "0", "--list-certificates")
    assert listed.returncode == 0, listed.stderr
    for label in ("[Authentication]", "[Signature]", "[CA]", "[Root]"):
        assert f"X.509 Certificate {label}" in listed.stdout
    keys = test_pki.card_keys(persona_by_name(persona))
    assert keys.signature is not None
    expected = {"02": keys.authentication.certificate, "03": keys.signature.certificate,
                "04": test_pki.citizen_ca.certificate, "06": test_pki.root.certificate}
    for cert_id, certificate in expected.items():
        read = run(pcsc_stack, "pkcs15-tool", "--reader", "0", "--read-certificate", cert_id)
        assert read.returncode == 0, read.stderr
        assert x509.load_pem_x509_certificate(read.stdout.encode()) == certificate


def test_kids_card_lists_no_signature_certificate(insert_card: InsertCard,
                                                  pcsc_stack: PrivatePcscd) -> None:
    insert_card("child")
    listed = run(pcsc_stack, "pkcs15-tool", "--reader", "0", "--list-certificates")
    assert listed.returncode == 0, listed.stderr
    assert "[Authentication]" in listed.stdout and "[Signature]" not in listed.stdout
    keys = run(pcsc_stack, "pkcs15-tool", "--reader", "0", "--list-keys")
    assert "[Authentication]" in keys.stdout and "[Signature]" not in keys.stdout


def test_pkcs15_lists_the_pin(insert_card: InsertCard, pcsc_stack: PrivatePcscd) -> None:
    insert_card("worker")
    result = run(pcsc_stack, "pkcs15-tool", "--reader", "0", "--list-pins")
    assert result.returncode == 0, result.stderr
    assert "PIN [Basic PIN]" in result.stdout
    assert "min_len:4" in result.stdout and "Pad char       : 0xFF" in result.stdout
    assert "Reference      : 1 (0x01)" in result.stdout


def test_wrong_pin_through_pkcs11_costs_one_try(insert_card: InsertCard,
                                                pcsc_stack: PrivatePcscd) -> None:
    insert_card("worker")
    assert pin_status(pcsc_stack) == 0x63C3
    result = run(pcsc_stack, "pkcs11-tool", "--module", str(PKCS11_MODULE), "--slot-index", "0",
                 "--login", "--pin", "0000", "--list-objects")
    assert result.returncode != 0
    assert "CKR_PIN_INCORRECT" in result.stdout + result.stderr
    assert pin_status(pcsc_stack) == 0x63C2


def test_pkcs11_signs_with_the_authentication_key(
        insert_card: InsertCard, pcsc_stack: PrivatePcscd, tmp_path: Path,
        card_image: Callable[[str], CardImage]) -> None:
    bridge = insert_card("worker")
    message = tmp_path / "message.txt"
    message.write_bytes(b"Log me in to the gateway")
    signature = tmp_path / "signature.bin"
    result = run(pcsc_stack, "pkcs11-tool", "--module", str(PKCS11_MODULE), "--slot-index", "0",
                 "--login", "--pin", "1234", "--sign", "--mechanism", "SHA256-RSA-PKCS",
                 "--id", "02", "--input-file", str(message), "--output-file", str(signature))
    assert result.returncode == 0, result.stdout + result.stderr
    cert_file = card_image("worker").file("3F00DF005038")
    certificate = x509.load_der_x509_certificate(
        cert_file[: int.from_bytes(cert_file[2:4], "big") + 4])
    key = certificate.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature.read_bytes(), message.read_bytes(), padding.PKCS1v15(),
               hashes.SHA256())
    assert bridge.card.pin_tries_left == 3


def test_opensc_cannot_sign_with_a_18_card(insert_card: InsertCard, pcsc_stack: PrivatePcscd,
                                           tmp_path: Path) -> None:
    """OpenSC 0.23's belpic driver registers RSA only: a 1.8 card reads but does not sign."""
    bridge = insert_card("student")
    message = tmp_path / "message.txt"
    message.write_bytes(b"x")
    result = run(pcsc_stack, "pkcs11-tool", "--module", str(PKCS11_MODULE), "--slot-index", "0",
                 "--login", "--pin", "1234", "--sign", "--mechanism", "ECDSA", "--id", "02",
                 "--input-file", str(message), "--output-file", str(tmp_path / "sig"))
    assert result.returncode != 0
    assert "CKR_MECHANISM_INVALID" in result.stdout + result.stderr
    assert bridge.card.pin_tries_left == 3
