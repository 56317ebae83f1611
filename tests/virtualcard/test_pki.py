"""The test PKI: shape of the hierarchy, cardholder certificates, revocation, caching."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.cardreader.virtual.personas import builtin_personas
from app.cardreader.virtual.pki import TestPki, load_test_pki
from app.cli.main import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def issued_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(parent)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def test_hierarchy(test_pki: TestPki) -> None:
    root = test_pki.root.certificate
    assert issued_by(root, root)
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert "Test Belgium Root CA" in root.subject.rfc4514_string()
    for ca in (test_pki.citizen_ca, test_pki.foreigner_ca):
        assert issued_by(ca.certificate, root)
        constraints = ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints)
        assert constraints.value.ca and constraints.value.path_length == 0
    assert issued_by(test_pki.rrn_rsa.certificate, root)
    assert issued_by(test_pki.rrn_ec.certificate, root)
    rsa_key = test_pki.rrn_rsa.private_key
    assert isinstance(rsa_key, rsa.RSAPrivateKey) and rsa_key.key_size == 2048
    assert isinstance(test_pki.rrn_ec.private_key, ec.EllipticCurvePrivateKey)
    assert test_pki.rrn_ec.private_key.curve.name == "secp384r1"
    tsa = test_pki.tsa.certificate
    assert issued_by(tsa, root)
    eku = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    assert tsa.not_valid_after_utc.year >= 2040


@pytest.mark.parametrize(("name", "bits"), [("worker", 2048), ("student", 384)])
def test_cardholder_certificates(test_pki: TestPki, name: str, bits: int) -> None:
    persona = builtin_personas()[name]
    keys = test_pki.card_keys(persona)
    auth, sign = keys.authentication.certificate, keys.signature
    assert sign is not None
    for cert, label in ((auth, "Authentication"), (sign.certificate, "Signature")):
        assert issued_by(cert, test_pki.citizen_ca.certificate)
        subject = cert.subject
        first = persona.text("first_names").split(" ")[0]
        assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == \
            f"{first} {persona.text('surname')} ({label})"
        assert subject.get_attributes_for_oid(NameOID.SURNAME)[0].value == persona.text("surname")
        given = subject.get_attributes_for_oid(NameOID.GIVEN_NAME)[0].value
        assert isinstance(given, str) and given.startswith(persona.text("first_names"))
        assert subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == \
            persona.national_number
        assert subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "BE"
        assert cert.public_key().key_size == bits  # type: ignore[union-attr]
        assert cert.not_valid_after_utc.year >= 2040
    usage = auth.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and not usage.content_commitment
    eku = auth.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.CLIENT_AUTH in eku
    usage = sign.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.content_commitment and not usage.digital_signature
    if name == "student":
        assert keys.basic_key is not None and keys.basic_key.curve.name == "secp384r1"
    else:
        assert keys.basic_key is None


def test_kids_and_foreigners(test_pki: TestPki) -> None:
    child = test_pki.card_keys(builtin_personas()["child"])
    assert child.signature is None
    foreigner = test_pki.card_keys(builtin_personas()["foreigner"])
    assert issued_by(foreigner.authentication.certificate, test_pki.foreigner_ca.certificate)


def test_card_keys_are_cached(test_pki: TestPki) -> None:
    persona = builtin_personas()["retiree"]
    first = test_pki.card_keys(persona)
    assert test_pki.card_keys(persona) is first
    again = load_test_pki(test_pki.directory).card_keys(persona)
    assert again.authentication.certificate == first.authentication.certificate


def test_revocation_and_crls(test_pki: TestPki) -> None:
    revoked = test_pki.card_keys(builtin_personas()["revoked"])
    worker = test_pki.card_keys(builtin_personas()["worker"])
    serials = {revoked.authentication.certificate.serial_number}
    assert revoked.signature is not None
    serials.add(revoked.signature.certificate.serial_number)
    assert serials <= test_pki.revoked
    assert worker.authentication.certificate.serial_number not in test_pki.revoked
    crl = x509.load_der_x509_crl(test_pki.crl(test_pki.citizen_ca))
    ca_key = test_pki.citizen_ca.certificate.public_key()
    assert isinstance(ca_key, rsa.RSAPublicKey)
    assert crl.is_signature_valid(ca_key)
    assert crl.issuer == test_pki.citizen_ca.certificate.subject
    for serial in serials:
        entry = crl.get_revoked_certificate_by_serial_number(serial)
        assert entry is not None and entry.revocation_date_utc.year == 2025
    assert crl.get_revoked_certificate_by_serial_number(
        worker.authentication.certificate.serial_number) is None
    assert crl.next_update_utc is not None and crl.next_update_utc > crl.last_update_utc
    foreign = x509.load_der_x509_crl(test_pki.crl(test_pki.foreigner_ca))
    assert len(foreign) == 0 or all(e.serial_number not in serials for e in foreign)


def test_concurrent_processes_agree_on_one_root(tmp_path: Path) -> None:
    """Two processes making the same new PKI at once end up with the same root."""
    directory = tmp_path / "pki"
    script = ("import sys; from pathlib import Path; from app.cardreader.virtual.pki import "
              "load_test_pki; from cryptography.hazmat.primitives import hashes; "
              "print(load_test_pki(Path(sys.argv[1])).root.certificate"
              ".fingerprint(hashes.SHA256()).hex())")
    processes = [subprocess.Popen([sys.executable, "-c", script, str(directory)], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True) for _ in range(2)]
    prints = {p.communicate(timeout=120)[0].strip() for p in processes}
    assert all(p.returncode == 0 for p in processes)
    assert len(prints) == 1
    root = load_test_pki(directory).root.certificate
    assert prints == {root.fingerprint(hashes.SHA256()).hex()}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_pki_cli(test_pki: TestPki, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["pki", "create", "--dir", str(test_pki.directory)]) == 0
    assert capsys.readouterr().out.strip() == str(test_pki.directory)
    assert cli_main(["pki", "show", "--dir", str(test_pki.directory), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    roles = {entry["role"]: entry for entry in shown["certificates"]}
    assert set(roles) == {"root", "citizen_ca", "foreigner_ca", "rrn_rsa", "rrn_ec", "tsa"}
    assert roles["root"]["sha256"] == test_pki.root.certificate.fingerprint(
        hashes.SHA256()).hex()
    assert cli_main(["pki", "show", "--dir", str(test_pki.directory)]) == 0
    assert "Test Citizen CA" in capsys.readouterr().out
