"""Building the `<eid>` tree of an `.eid` file from what a card showed.

Values go from the card's forms to the viewer's (see eidfile.py); a value the
format has no room for stops the saving with a reason rather than being
dropped or guessed.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date
from typing import Final

from app.cardreader import eidfile_format as fmt
from app.cardreader.certificates import CertificateSet
from app.cardreader.eidfile_format import EidFileError
from app.cardreader.model import Address, EidData, Identity

_PROTECTION: Final = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})-([A-Za-z0-9]{2})")
_VAT: Final = re.compile(r"\d{4}\.?\d{3}\.?\d{3}")


def build_tree(data: EidData) -> ET.Element:
    """The `<eid>` element for `data`; EidFileError if the format cannot hold it."""
    writer = _Writer()
    root = ET.Element("eid")
    root.append(writer.identity(data.identity, data.photo))
    root.append(writer.card(data.identity))
    root.append(_address_element(data.address))
    root.append(_certificates_element(CertificateSet.of(data.certificates)))
    if writer.version is not None:
        root.set("version", writer.version)
    return root


def _cannot_save(reason: str) -> EidFileError:
    return EidFileError(f"This card cannot be saved as an eID Viewer file: {reason}.")


def _code(table: Mapping[int, str], text: str | None, what: str) -> str:
    value = (text or "").strip()
    if not (value.isascii() and value.isdigit()) or int(value) not in table:
        raise _cannot_save(f"the file format has no {what} {text!r}")
    return table[int(value)]


def _name(table: Mapping[str, str], text: str, what: str) -> str:
    name = table.get(text.strip())
    if name is None:
        raise _cannot_save(f"the file format has no {what} {text!r}")
    return name


def _xml_date(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


class _Writer:
    """Builds the elements and notes the oldest format version that holds them."""

    def __init__(self) -> None:
        self.version: str | None = None

    def _needs(self, version: str) -> None:
        # Versions are "4.1" to "4.5": comparing the strings orders them.
        if self.version is None or version > self.version:
            self.version = version

    def identity(self, identity: Identity, photo: bytes) -> ET.Element:
        element = ET.Element("identity")
        number = identity.national_number or ""
        if not re.fullmatch(r"\d{11}", number):
            raise _cannot_save(f"the national number {number!r} is not 11 digits")
        element.set("nationalnumber", number)
        element.set("dateofbirth", _xml_birth_date(identity))
        if identity.gender is None:
            raise _cannot_save(f"the sex {identity.sex!r} is neither male nor female")
        element.set("gender", identity.gender)
        if identity.noble_condition is not None:
            element.set("noblecondition", identity.noble_condition)
        if identity.special_status is not None:
            element.set("specialstatus", _code(fmt.SPECIAL_STATUSES,
                                               identity.special_status, "special status"))
        if identity.duplicate is not None:
            duplicate = identity.duplicate.strip().zfill(2)
            if not re.fullmatch(r"\d{2}", duplicate):
                raise _cannot_save(f"the duplicate number {identity.duplicate!r} is not a number")
            element.set("duplicate", duplicate)
        if identity.member_of_family:
            self._needs("4.1")
            element.set("memberoffamily", "true")
        if identity.protection_date_and_country is not None:
            self._needs("4.1")
            element.set("dateandcountryofprotection",
                        _xml_protection(identity.protection_date_and_country))
        _text(element, "name", identity.surname)
        _text(element, "firstname", identity.first_names)
        if identity.third_name_initial is not None:
            _text(element, "middlenames", identity.third_name_initial)
        _text(element, "nationality", identity.nationality)
        _text(element, "placeofbirth", identity.birth_place)
        _text(element, "photo", _base64(photo))
        return element

    def card(self, identity: Identity) -> ET.Element:
        element = ET.Element("card")
        element.set("documenttype", _code(fmt.DOCUMENT_TYPES, identity.document_type,
                                          "document type"))
        if (identity.document_type_code or 0) >= 20:
            self._needs("4.3")  # document types added in format 4.3
        card_number = identity.card_number or ""
        if not card_number or len(card_number) > 12:
            raise _cannot_save(f"the card number {card_number!r} is not 1 to 12 characters")
        element.set("cardnumber", card_number)
        chip = identity.chip_number or ""
        if len(chip) != 32:
            raise _cannot_save("the chip number is not 16 bytes")
        element.set("chipnumber", chip.upper())
        for attribute, value, what in (
            ("validitydatebegin", identity.validity_begin_date, "validity start"),
            ("validitydateend", identity.validity_end_date, "validity end"),
        ):
            if value is None:
                raise _cannot_save(f"the card has no readable {what} date")
            element.set(attribute, _xml_date(value))
        _text(element, "deliverymunicipality", identity.issuing_municipality)
        self._work_permit(element, identity)
        self._brexit(element, identity)
        self._card_a(element, identity)
        return element

    def _work_permit(self, card: ET.Element, identity: Identity) -> None:
        values = (identity.work_permit, identity.employer_vat_1, identity.employer_vat_2,
                  identity.regional_file_number)
        if all(value is None for value in values):
            return
        self._needs("4.1")
        if identity.work_permit is None:
            raise _cannot_save("employer data without a work permit mention")
        element = ET.SubElement(card, "workpermit")
        element.set("mention", _name(fmt.WORK_PERMITS, identity.work_permit,
                                     "work permit mention"))
        for attribute, vat in (("vat1", identity.employer_vat_1),
                               ("vat2", identity.employer_vat_2)):
            if vat is not None:
                if not _VAT.fullmatch(vat.strip()):
                    raise _cannot_save(f"the VAT number {vat!r} is not ten digits")
                element.set(attribute, vat.strip().replace(".", ""))
        if identity.regional_file_number is not None:
            if len(identity.regional_file_number) > 18:
                raise _cannot_save("the regional file number is longer than 18 characters")
            element.set("regionalfile", identity.regional_file_number)

    def _brexit(self, card: ET.Element, identity: Identity) -> None:
        if identity.brexit_mention_1 is None and identity.brexit_mention_2 is None:
            return
        self._needs("4.2")
        if identity.brexit_mention_1 is None:
            raise _cannot_save("a second Brexit mention without the first")
        element = ET.SubElement(card, "brexit")
        element.set("mention1", _name(fmt.BREXIT_MENTION_1, identity.brexit_mention_1,
                                      "Brexit mention"))
        if identity.brexit_mention_2 is not None:
            element.set("mention2", _name(fmt.BREXIT_MENTION_2, identity.brexit_mention_2,
                                          "Brexit mention"))

    def _card_a(self, card: ET.Element, identity: Identity) -> None:
        if identity.card_a_mention_1 is None and identity.card_a_mention_2 is None:
            return
        self._needs("4.5")
        element = ET.SubElement(card, "cardA")
        if identity.card_a_mention_1 is not None:
            element.set("mentions1", _name(fmt.CARD_A_MENTION_1, identity.card_a_mention_1,
                                           "A-card mention"))
        if identity.card_a_mention_2 is not None:
            element.set("mentions2", _name(fmt.CARD_A_MENTION_2, identity.card_a_mention_2,
                                           "A-card mention"))


def _text(parent: ET.Element, tag: str, value: str | None) -> None:
    ET.SubElement(parent, tag).text = value or ""


def _base64(data: bytes) -> str:
    # Lines of 76 characters, as the viewer writes them.
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def _xml_birth_date(identity: Identity) -> str:
    birth = identity.date_of_birth
    if birth is None:
        raise _cannot_save(f"the birth date {identity.birth_date!r} cannot be read")
    return f"{birth.year:04d}{birth.month or 0:02d}{birth.day or 0:02d}"


def _xml_protection(text: str) -> str:
    match = _PROTECTION.fullmatch(text.strip())
    if match is None:
        raise _cannot_save(f"the date and country of protection {text!r} is not dd.MM.yyyy-CC")
    day, month, year, country = match.groups()
    return f"{year}{month}{day}{country}"


def _address_element(address: Address) -> ET.Element:
    element = ET.Element("address")
    _text(element, "streetandnumber", address.street_and_number)
    _text(element, "zip", address.zip)
    _text(element, "municipality", address.municipality)
    return element


def _certificates_element(certificates: CertificateSet) -> ET.Element:
    element = ET.Element("certificates")
    for tag, role in fmt.CERTIFICATE_ELEMENTS:
        if role not in certificates:
            if role in fmt.REQUIRED_CERTIFICATES:
                raise _cannot_save(f"the {role} certificate is missing")
            continue
        # The bytes the set keeps: nothing to parse and encode again.
        _text(element, tag, _base64(certificates.der(role)))
    return element
