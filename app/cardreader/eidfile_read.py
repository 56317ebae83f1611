"""Turning a schema-valid `<eid>` tree back into card values (see eidfile.py)."""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from datetime import date
from typing import Any

from cryptography import x509

from app.cardreader import eidfile_format as fmt
from app.cardreader.dates import CardDate, CardLanguage, format_birth_date, format_card_date
from app.cardreader.eidfile_format import EidFileError
from app.cardreader.model import Address, EidData, Identity


def read_tree(root: ET.Element, language: CardLanguage | None) -> EidData:
    """The data of a validated `<eid>` element, rebuilt in a card language."""
    return _Reader(root, language).eid_data()


class _Reader:
    """Turns a schema-valid `<eid>` element back into card values."""

    def __init__(self, root: ET.Element, language: CardLanguage | None) -> None:
        self.root = root
        self.identity_element = self._child(root, "identity")
        self.card_element = self._child(root, "card")
        self.language = language or self._guess_language()

    @staticmethod
    def _child(parent: ET.Element, tag: str) -> ET.Element:
        element = parent.find(tag)
        if element is None:  # the schema makes this impossible
            raise EidFileError(f"This eID file has no <{tag}>.")
        return element

    def _text(self, parent: ET.Element, tag: str) -> str | None:
        element = parent.find(tag)
        if element is None:
            return None
        return "".join(element.itertext())

    def _guess_language(self) -> CardLanguage:
        nationality = (self._text(self.identity_element, "nationality") or "").strip()
        return fmt.NATIONALITY_LANGUAGE.get(nationality.casefold(), fmt.DEFAULT_LANGUAGE)

    def eid_data(self) -> EidData:
        address = self._child(self.root, "address")
        return EidData(
            source="file",
            info=None,
            identity=self.identity(),
            address=Address(
                street_and_number=self._text(address, "streetandnumber"),
                zip=self._text(address, "zip"),
                municipality=self._text(address, "municipality"),
            ),
            photo=self._base64(self.identity_element, "photo"),
            certificates=self.certificates(),
            authenticity=None,
        )

    def identity(self) -> Identity:
        person = self.identity_element.attrib
        card = self.card_element.attrib
        values: dict[str, Any] = {
            "national_number": person["nationalnumber"],
            "birth_date": self._birth_date(person["dateofbirth"]),
            "sex": "M" if person["gender"] == "male" else fmt.FEMALE_LETTER[self.language],
            "noble_condition": person.get("noblecondition"),
            "duplicate": person.get("duplicate"),
            "member_of_family": person.get("memberoffamily", "false").strip() in ("true", "1"),
            "surname": self._text(self.identity_element, "name"),
            "first_names": self._text(self.identity_element, "firstname"),
            "third_name_initial": self._text(self.identity_element, "middlenames"),
            "nationality": self._text(self.identity_element, "nationality"),
            "birth_place": self._text(self.identity_element, "placeofbirth"),
            "document_type": str(fmt.inverse_int(fmt.DOCUMENT_TYPES)[card["documenttype"]]),
            "card_number": card["cardnumber"],
            "chip_number": card["chipnumber"].lower(),
            "validity_begin": format_card_date(_date(card["validitydatebegin"])),
            "validity_end": format_card_date(_date(card["validitydateend"])),
            "issuing_municipality": self._text(self.card_element, "deliverymunicipality"),
        }
        if "specialstatus" in person:
            status = fmt.inverse_int(fmt.SPECIAL_STATUSES)[person["specialstatus"]]
            values["special_status"] = str(status)
        if "dateandcountryofprotection" in person:
            text = person["dateandcountryofprotection"]
            when = _date(text[:8])
            values["protection_date_and_country"] = f"{format_card_date(when)}-{text[8:]}"
        values.update(self._card_mentions())
        return Identity(**values)

    def _card_mentions(self) -> dict[str, str]:
        values: dict[str, str] = {}
        permit = self.card_element.find("workpermit")
        if permit is not None:
            values["work_permit"] = fmt.inverse(fmt.WORK_PERMITS)[permit.attrib["mention"]]
            for attribute, key in (("vat1", "employer_vat_1"), ("vat2", "employer_vat_2")):
                if attribute in permit.attrib:
                    digits = permit.attrib[attribute]
                    values[key] = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
            if "regionalfile" in permit.attrib:
                values["regional_file_number"] = permit.attrib["regionalfile"]
        brexit = self.card_element.find("brexit")
        if brexit is not None:
            values["brexit_mention_1"] = fmt.inverse(fmt.BREXIT_MENTION_1)[
                brexit.attrib["mention1"]]
            if "mention2" in brexit.attrib:
                values["brexit_mention_2"] = fmt.inverse(fmt.BREXIT_MENTION_2)[
                    brexit.attrib["mention2"]]
        card_a = self.card_element.find("cardA")
        if card_a is not None:
            if "mentions1" in card_a.attrib:
                values["card_a_mention_1"] = fmt.inverse(fmt.CARD_A_MENTION_1)[
                    card_a.attrib["mentions1"]]
            if "mentions2" in card_a.attrib:
                values["card_a_mention_2"] = fmt.inverse(fmt.CARD_A_MENTION_2)[
                    card_a.attrib["mentions2"]]
        return values

    def _birth_date(self, text: str) -> str:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
        value = CardDate(year, month or None, day or None)
        return format_birth_date(value, self.language)

    def _base64(self, parent: ET.Element, tag: str) -> bytes:
        text = "".join((self._text(parent, tag) or "").split())
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error:
            raise EidFileError(f"The <{tag}> of this eID file is not base64.") from None

    def certificates(self) -> dict[str, x509.Certificate]:
        element = self._child(self.root, "certificates")
        out: dict[str, x509.Certificate] = {}
        for tag, role in fmt.CERTIFICATE_ELEMENTS:
            if element.find(tag) is None:
                continue
            der = self._base64(element, tag)
            try:
                out[role] = x509.load_der_x509_certificate(der)
            except ValueError:
                raise EidFileError(f"The <{tag}> of this eID file is not a certificate.") from None
        return out


def _date(text: str) -> date:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise EidFileError(f"{text!r} in this eID file is not a date") from None
