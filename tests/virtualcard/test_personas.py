"""Personas: the built-ins are the people the brief asks for, every card built from
one verifies (or, for `tampered`, fails exactly where it should), and bad
persona files are refused with a message that says what to fix."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.cardreader import tlv
from app.cardreader.tags import ADDRESS_TAGS, BINARY_IDENTITY_TAGS, FLAG_TAGS, IDENTITY_TAGS
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.emulate_cli import age_on, list_personas_json, list_personas_text
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.personas import (
    Persona,
    PersonaError,
    builtin_personas,
    load_persona_file,
)
from app.cardreader.virtual.pki import TestPki

TODAY = date(2026, 11, 26)
ImageFor = Callable[[str | Persona], CardImage]
NAMES = ("child", "student", "worker", "parent", "retiree", "foreigner", "noble", "tampered",
         "last-try", "revoked")


def rrn_verify(image: CardImage, signature_file: bytes, data: bytes) -> bool:
    cert_file = image.file("3F00DF00503C")
    rrn = x509.load_der_x509_certificate(cert_file[: int.from_bytes(cert_file[2:4], "big") + 4])
    key = rrn.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature_file, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            assert isinstance(key, ec.EllipticCurvePublicKey)
            der = signature_file[: signature_file[1] + 2]  # content spec: length is byte 2 + 2
            key.verify(der, data, ec.ECDSA(hashes.SHA384()))
    except InvalidSignature:
        return False
    return True


def checks(image: CardImage) -> dict[str, bool]:
    identity = image.file("3F00DF014031")
    fields = dict(tlv.decode(identity))
    photo = image.file("3F00DF014035")
    photo_hash = fields[0x11]
    algorithm = {32: hashlib.sha256, 48: hashlib.sha384}[len(photo_hash)]
    identity_signature = image.file("3F00DF014032")
    address = image.file("3F00DF014033").rstrip(b"\x00")
    out = {
        "photo": algorithm(photo).digest() == photo_hash,
        "identity": rrn_verify(image, identity_signature, identity),
        "address": rrn_verify(image, image.file("3F00DF014034"), address + identity_signature),
    }
    if image.applet == "1.8":
        out["basic_key"] = hashlib.sha384(image.file("3F00DF014040")).digest() == fields[0x1A]
    return out


def test_the_built_in_personas_exist() -> None:
    personas = builtin_personas()
    assert set(NAMES) <= set(personas)
    for name in NAMES:
        assert personas[name].name == name


@pytest.mark.parametrize("name", NAMES)
def test_card_authenticity_checks(name: str, card_image: ImageFor) -> None:
    image = card_image(name)
    result = checks(image)
    if name == "tampered":
        assert result == {"photo": True, "identity": False, "address": True}
    else:
        assert all(result.values()), result


@pytest.mark.parametrize("name", NAMES)
def test_card_holds_the_persona_values(name: str, card_image: ImageFor) -> None:
    persona = builtin_personas()[name]
    image = card_image(name)
    fields = dict(tlv.decode(image.file("3F00DF014031")))
    for key, value in persona.identity.items():
        tag = next(t for t, k in IDENTITY_TAGS.items() if k == key)
        if tag in FLAG_TAGS:
            assert fields[tag] == b""
        elif tag in BINARY_IDENTITY_TAGS:
            assert fields[tag].hex() == value
        else:
            assert fields[tag].decode("utf-8") == value
    assert len(fields[0x11]) == (32 if persona.applet == "1.7" else 48)
    address = dict(tlv.decode(image.file("3F00DF014033")))
    for tag, key in ADDRESS_TAGS.items():
        if key in persona.address and tag != 0:
            assert address[tag].decode("utf-8") == persona.address[key]
    assert image.file("3F00DF014035")[:2] == b"\xff\xd8"
    assert 2000 < len(image.file("3F00DF014035")) < 4500


def test_the_people_are_who_the_brief_describes(card_image: ImageFor) -> None:
    p = builtin_personas()
    assert p["child"].document_type == "6" and not p["child"].signature_certificate
    assert p["child"].applet == "1.8" and p["child"].text("birth_date").endswith("2017")
    assert age_on(p["student"], TODAY) == 19 and p["student"].applet == "1.8"
    assert p["student"].text("birth_date") == "15 SEP 2007"
    assert 40 <= (age_on(p["worker"], TODAY) or 0) <= 42 and p["worker"].applet == "1.7"
    assert "AOUT" in p["worker"].text("birth_date")
    assert 37 <= (age_on(p["parent"], TODAY) or 0) <= 39 and p["parent"].applet == "1.8"
    end = p["parent"].text("validity_end")
    parent_end = date(int(end[6:]), int(end[3:5]), int(end[:2]))
    assert 0 < (parent_end - TODAY).days <= 92
    assert age_on(p["retiree"], TODAY) == 70 and p["retiree"].applet == "1.7"
    assert p["retiree"].text("birth_date") == "12.MÄR.1956"
    foreigner = p["foreigner"]
    assert foreigner.is_foreigner and foreigner.document_type == "31"
    assert foreigner.applet == "1.8" and not foreigner.text("nationality").startswith("Belg")
    # Day and month blank (spaces, as eid-mw writes them), 00 in the national number.
    assert foreigner.text("birth_date").strip() == "1990"
    assert foreigner.national_number[2:6] == "0000"
    noble = p["noble"]
    assert noble.text("noble_condition") == "Jonkvrouw" and noble.identity["member_of_family"]
    assert "é" in noble.text("first_names").lower() and noble.applet == "1.7"
    assert p["tampered"].tamper == frozenset({"identity"}) and p["tampered"].applet == "1.7"
    assert p["last-try"].pin_tries_left == 1 and p["last-try"].applet == "1.8"
    assert p["revoked"].revoked and p["revoked"].applet == "1.7"
    for persona in p.values():
        if age_on(persona, TODAY) is not None and persona.document_type in ("1", "01"):
            assert (age_on(persona, TODAY) or 0) >= 12
    assert card_image("noble").file("3F00DF014031").count(b"\x14\x00") >= 1


def test_persona_listing() -> None:
    rows = {row["name"]: row for row in list_personas_json(TODAY)}
    assert rows["student"]["age"] == 19 and rows["child"]["card"] == "kids card"
    text = list_personas_text(TODAY)
    assert "last-try" in text and "Jonkvrouw" not in text.splitlines()[0]


def write(tmp_path: Path, data: object, name: str = "p.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def good(**changes: object) -> dict[str, object]:
    raw = builtin_personas()["worker"].to_json()
    raw.update(changes)
    return raw


def test_a_persona_file_round_trips(tmp_path: Path) -> None:
    persona = load_persona_file(write(tmp_path, good(), "someone.json"))
    assert persona.name == "someone"
    assert dict(persona.identity) == dict(builtin_personas()["worker"].identity)


@pytest.mark.parametrize(("change", "message"), [
    ({"applet": "1.9"}, '"applet" must be "1.7" or "1.8"'),
    ({"pin": "12"}, '"pin" must be a string of 4 to 12 digits'),
    ({"pin": 1234}, '"pin" must be'),
    ({"colour": "blue"}, "unknown key(s) colour"),
    ({"tamper": ["face"]}, '"tamper" must be a list of'),
    ({"pin_tries_left": 4}, '"pin_tries_left" must be a whole number from 0 to 3'),
    ({"signature_certificate": "no"}, '"signature_certificate" must be true or false'),
    ({"photo": "missing.jpg"}, "missing.jpg"),
    ({"address": {"street_and_number": "x" * 120, "zip": "1000", "municipality": "Brussel"}},
     "address: takes"),
    ({"address": {"zip": "1000", "municipality": "Brussel"}}, "address: missing street"),
])
def test_bad_persona_files_are_refused(tmp_path: Path, change: dict[str, object],
                                       message: str) -> None:
    with pytest.raises(PersonaError) as caught:
        load_persona_file(write(tmp_path, good(**change)))
    assert message in str(caught.value)
    assert str(tmp_path / "p.json") in str(caught.value)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("national_number", "85080317129", "wrong check digits"),
    ("national_number", "85.08.03-171.28", "11 digits"),
    ("sex", "F", "an odd counter means a man"),
    ("chip_number", "00ff", "16 bytes"),
    ("planet", "Mars", 'unknown key "planet"'),
    ("surname", "", "missing surname"),
])
def test_bad_identity_values_are_refused(tmp_path: Path, field: str, value: str,
                                         message: str) -> None:
    raw = good()
    identity = dict(raw["identity"])  # type: ignore[call-overload]
    identity[field] = value
    raw["identity"] = identity
    with pytest.raises(PersonaError, match=message):
        load_persona_file(write(tmp_path, raw))


def test_not_json_and_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{ nope", encoding="utf-8")
    with pytest.raises(PersonaError, match="not valid JSON"):
        load_persona_file(path)
    with pytest.raises(PersonaError, match="a persona is a JSON object"):
        load_persona_file(write(tmp_path, [1, 2]))
    with pytest.raises(PersonaError, match="cannot read"):
        load_persona_file(tmp_path / "absent.json")


def test_own_photo_chip_number_and_tampering(tmp_path: Path, test_pki: TestPki) -> None:
    worker = builtin_personas()["worker"]
    jpeg = build_image(worker, test_pki).file("3F00DF014035")
    (tmp_path / "face.jpg").write_bytes(jpeg + b"own")
    (tmp_path / "notjpeg.png").write_bytes(b"\x89PNG")
    raw = good(photo="face.jpg", tamper=["address", "photo"])
    identity = dict(raw["identity"])  # type: ignore[call-overload]
    identity["chip_number"] = "00112233445566778899aabbccddeeff"
    identity["photo_hash"] = "ignored, the card derives it"
    raw["identity"] = identity
    persona = load_persona_file(write(tmp_path, raw, "own.json"))
    image = build_image(persona, test_pki)
    assert image.chip_number.hex() == "00112233445566778899aabbccddeeff"
    assert image.file("3F00DF014035") != jpeg + b"own"  # tampered after signing
    assert checks(image) == {"photo": False, "identity": True, "address": False}
    with pytest.raises(PersonaError, match="not a JPEG"):
        load_persona_file(write(tmp_path, good(photo="notjpeg.png")))
