import contextlib
import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cardreader.eidfile import EidFileError, dump_eid, load_eid, open_eid, save_eid
from app.cardreader.model import Address, EidData, Identity, parse_eid
from app.resources import resource_path

from .cards import PHOTO, Pki, build_card, make_pki, sample_identity

# Two files saved by the official eID Viewer from a test card (public samples).
SAMPLES = sorted((Path(__file__).parent / "data").glob("*.eid"))
REFERENCE_XSD = Path("/work/shared/reference/eid-viewer-files/eidv4.xsd")
SCHEMA = xmlschema.XMLSchema10(str(resource_path("eid", "eidv4.xsd")))


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki("ec")


def eid_data(pki: Pki, identity: Identity) -> EidData:
    card = build_card(pki, applet=0x18, identity=identity)
    return parse_eid(card.files, None)


def file_view(data: EidData, **identity_changes: Any) -> EidData:
    """What opening a saved file gives: no card facts, no verdict, no unsavable tags."""
    identity = replace(data.identity, version=None, photo_hash=None, basic_key_hash=None,
                       special_organisation=None, eu_registration_date=None, unknown=(),
                       **identity_changes)
    address = replace(data.address, version=None, unknown=())
    return replace(data, source="file", info=None, atr=None, authenticity=None,
                   identity=identity, address=address)


@pytest.mark.skipif(not REFERENCE_XSD.exists(), reason="reference schema not present")
def test_the_schema_shipped_is_the_viewers() -> None:
    assert resource_path("eid", "eidv4.xsd").read_bytes() == REFERENCE_XSD.read_bytes()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_viewer_files_open(path: Path) -> None:
    data = open_eid(path)
    assert data.source == "file"
    assert data.authenticity is None and not data.verified
    assert data.info is None
    identity = data.identity
    assert identity.national_number == "67063029659"
    assert identity.surname == "Lampaert"
    assert identity.date_of_birth is not None and identity.date_of_birth.iso() == "1967-06-30"
    assert identity.nationality == "Belg"
    assert identity.birth_place == "Izegem"
    assert identity.card_number == "592000155079"
    assert identity.chip_number == "534c4250030701048584287c40821312"
    assert identity.validity_begin == "01.03.2012"
    assert identity.validity_end == "01.03.2017"
    assert identity.issuing_municipality == "Leuven"
    assert identity.is_belgian_eid
    assert identity.special_status == "0"
    assert identity.third_name_initial == ""
    assert data.address == Address(street_and_number="Sint-Jansbergsesteenweg 197",
                                   zip="3001", municipality="Leuven")
    assert data.photo[:2] == b"\xff\xd8" and data.photo[-2:] == b"\xff\xd9"
    assert set(data.certificates) == {"root", "ca", "authentication", "signature", "rrn"}
    assert data.certificates["rrn"].subject.rfc4514_string() == "CN=RRN,O=RRN,C=BE"
    out = data.to_json()
    assert out["authenticity"] == {"valid": False, "verified": False, "source": "file",
                                   "reason": "Opened from a file: nothing in it was verified."}


def test_the_two_viewer_files_differ_in_gender_and_names() -> None:
    female, male = (open_eid(path) for path in SAMPLES)
    assert (female.identity.gender, female.identity.first_names) == ("female", "Martine Hilde")
    assert (male.identity.gender, male.identity.first_names) == ("male", "Martin Hugo")
    # Dutch nationality text: the card values are rebuilt in Dutch
    assert female.identity.sex == "V" and female.identity.birth_date == "30 JUN  1967"
    french = open_eid(SAMPLES[0], language="fr")
    assert french.identity.sex == "F" and french.identity.birth_date == "30 JUIN 1967"


def test_viewer_file_saved_again_is_the_same(tmp_path: Path) -> None:
    data = open_eid(SAMPLES[0])
    target = tmp_path / "again.eid"
    save_eid(data, target)
    assert SCHEMA.is_valid(str(target))
    assert open_eid(target) == data


def test_round_trip_of_a_card(pki: Pki, tmp_path: Path) -> None:
    data = eid_data(pki, sample_identity())
    target = tmp_path / "card.eid"
    save_eid(data, target)
    SCHEMA.validate(str(target))
    assert not list(tmp_path.glob("*.part"))
    opened = open_eid(target)
    assert opened == file_view(data)
    assert opened.photo == PHOTO
    assert opened.certificates == data.certificates


@pytest.mark.parametrize("changes,version", [
    # a foreigner card with every mention the format has
    ({"document_type": "12", "nationality": "Française", "birth_date": "05 MARS 1990",
      "sex": "F", "member_of_family": True, "protection_date_and_country": "01.02.2020-UA",
      "work_permit": "A", "employer_vat_1": "0123.456.789", "employer_vat_2": "0987.654.321",
      "regional_file_number": "REG-1", "brexit_mention_1": "B", "brexit_mention_2": "C",
      "card_a_mention_1": "I", "card_a_mention_2": "K", "duplicate": "02",
      "noble_condition": "Baronne", "special_status": "3"}, "4.5"),
    # blank birth day, a German card
    ({"birth_date": "   MÄR.1961", "sex": "W", "nationality": "Belgier"}, None),
    # blank month and day, no third initial, a newer document type
    ({"birth_date": "        1950", "third_name_initial": None, "document_type": "21"}, "4.3"),
    ({"work_permit": "7"}, "4.1"),
])
def test_round_trip_of_every_field(pki: Pki, changes: dict[str, object],
                                   version: str | None) -> None:
    data = eid_data(pki, sample_identity(**changes))
    content = dump_eid(data)
    SCHEMA.validate(io.BytesIO(content))
    assert ET.fromstring(content).get("version") == version
    language = {"F": "fr", "W": "de"}.get(str(changes.get("sex")), "nl")
    assert load_eid(content, language=language) == file_view(data)  # type: ignore[arg-type]


def test_xml_conventions(pki: Pki) -> None:
    data = eid_data(pki, sample_identity(birth_date="   JUL  1985",
                                         protection_date_and_country="01.02.2020-UA",
                                         employer_vat_1="0123.456.789", work_permit="8"))
    text = dump_eid(data).decode()
    assert 'dateofbirth="19850700"' in text
    assert 'gender="female"' in text
    assert 'dateandcountryofprotection="20200201UA"' in text
    assert 'vat1="0123456789"' in text and 'mention="limited"' in text
    assert 'chipnumber="534C494E336600296CFF2623660B0826"' in text
    assert 'validitydatebegin="20150814"' in text
    assert 'documenttype="belgian_citizen"' in text


@pytest.mark.parametrize("changes,fragment", [
    ({"document_type": "61"}, "no document type '61'"),
    ({"national_number": "123"}, "not 11 digits"),
    ({"birth_date": "someday"}, "birth date"),
    ({"sex": "X"}, "neither male nor female"),
    ({"work_permit": "Z"}, "work permit mention"),
    ({"employer_vat_1": "12", "work_permit": "7"}, "VAT"),
    ({"employer_vat_1": "0123.456.789"}, "without a work permit mention"),
    ({"brexit_mention_2": "C"}, "without the first"),
    ({"protection_date_and_country": "UA"}, "protection"),
    ({"validity_end": "never"}, "validity end"),
])
def test_data_the_format_cannot_hold_is_refused(pki: Pki, changes: dict[str, object],
                                                fragment: str) -> None:
    data = eid_data(pki, sample_identity(**changes))
    with pytest.raises(EidFileError, match=fragment):
        dump_eid(data)


def test_missing_required_certificate_is_refused(pki: Pki) -> None:
    data = eid_data(pki, sample_identity())
    certificates = {role: cert for role, cert in data.certificates.items() if role != "rrn"}
    with pytest.raises(EidFileError, match="rrn certificate is missing"):
        dump_eid(replace(data, certificates=certificates))


SAMPLE = SAMPLES[0].read_bytes()


@pytest.mark.parametrize("content,fragment", [
    (b"", "not an eID file"),
    (b"/etc/passwd", "not an eID file"),
    (b"PK\x03\x04 a zip file", "not an eID file"),
    (b"<eid>", "not an eID file"),
    (b"<eid/>", "does not follow the eID Viewer format"),
    (b"<other/>", "does not follow the eID Viewer format"),
    (SAMPLE.replace(b'nationalnumber="67063029659"', b'nationalnumber="6706302965X"'),
     "does not follow"),
    (SAMPLE.replace(b'gender="female"', b'gender="f"'), "does not follow"),
    (SAMPLE.replace(b"<name>Lampaert</name>", b""), "does not follow"),
    (SAMPLE.replace(b'dateofbirth="19670630"', b'dateofbirth="19671330"'), "impossible value"),
    (SAMPLE.replace(b'validitydateend="20170301"', b'validitydateend="20170231"'),
     "not a date"),
    (SAMPLE.replace(b"<rrn>MIID", b"<rrn>AAAA"), "not a certificate"),
    (b'<?xml version="1.0"?><!DOCTYPE eid [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     b"<eid>&x;</eid>", "not an eID file"),
    (b'<?xml version="1.0"?><!DOCTYPE eid [<!ENTITY a "aaaaaaaaaa">'
     b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><eid>&b;</eid>', "not an eID file"),
    (b'<?xml version="1.0"?><!DOCTYPE eid SYSTEM "http://example.com/eid.dtd"><eid/>',
     "not an eID file"),
])
def test_bad_files_give_a_clear_error(content: bytes, fragment: str) -> None:
    with pytest.raises(EidFileError, match=fragment):
        load_eid(content)


def test_huge_files_are_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.eid"
    big.write_bytes(b"<eid>" + b" " * (3 * 1024 * 1024) + b"</eid>")
    with pytest.raises(EidFileError, match="too large"):
        open_eid(big)


def test_unreadable_paths(tmp_path: Path, pki: Pki) -> None:
    with pytest.raises(EidFileError, match="Cannot open"):
        open_eid(tmp_path / "missing.eid")
    with pytest.raises(EidFileError, match="Cannot write"):
        save_eid(eid_data(pki, sample_identity()), tmp_path / "no" / "such" / "dir.eid")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_never_raise_anything_else(data: st.DataObject) -> None:
    content = bytearray(SAMPLE)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(content) - 1))
        content[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(content)))
    with contextlib.suppress(EidFileError):
        load_eid(bytes(content[:cut]) if data.draw(st.booleans()) else bytes(content))


def test_damaged_encoding_declaration_is_an_eid_file_error() -> None:
    # Found by the property test above: an unknown encoding raised LookupError.
    with pytest.raises(EidFileError, match="not an eID file"):
        load_eid(SAMPLE.replace(b"UTF-8", b"aTF-8", 1))
