"""Numbers with a checksum or a syntax of their own, checked by libraries that
know them: python-stdnum (Belgian national number, IBAN), email-validator,
phonenumbers. Stray spaces, dots and dashes are ignored, as people type them."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum import iban
from stdnum.be import nn, ssn
from stdnum.exceptions import InvalidChecksum, ValidationError

from app.forms.checks.base import CheckContext, Checked, as_text, refuse
from app.forms.questions import (
    EmailQuestion,
    IbanQuestion,
    NationalNumberQuestion,
    PhoneQuestion,
)


def compact_national_number(raw: Any) -> str | None:
    if isinstance(raw, int) and not isinstance(raw, bool):
        # A JSON number loses the leading zero of people born in 2000–2009.
        raw = f"{raw:011d}"
    if not isinstance(raw, str):
        return None
    digits = nn.compact(raw)
    return digits if re.fullmatch(r"\d{11}", digits) else None


def check_national_number(question: NationalNumberQuestion, raw: Any,
                          ctx: CheckContext) -> Checked:
    digits = compact_national_number(raw)
    if digits is None:
        return refuse(question, "national_number_format", ctx)
    try:
        # The number encodes a birth date and a check digit; a BIS number (for
        # people not in the National Register) shifts the month.
        (ssn if question.allow_bis else nn).validate(digits)
    except ValidationError:
        return refuse(question, "national_number_checksum", ctx)
    if question.different_from is not None:
        other = compact_national_number(ctx.lookup(question.different_from))
        if other == digits:
            return refuse(question, "different", ctx)
    return Checked(digits)


def check_iban(question: IbanQuestion, raw: Any, ctx: CheckContext) -> Checked:
    if not isinstance(raw, str):
        return refuse(question, "iban_format", ctx)
    number = iban.compact(raw)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", number):
        return refuse(question, "iban_format", ctx)
    try:
        # check_country=False: the bank-code tables of a library lag behind new
        # banks; the mod-97 check and the country's length already catch typos.
        iban.validate(number, check_country=False)
    except InvalidChecksum:
        return refuse(question, "iban_checksum", ctx)
    except ValidationError:
        return refuse(question, "iban_format", ctx)
    if question.countries is not None and number[:2] not in question.countries:
        return refuse(question, "iban_country", ctx, countries=" / ".join(question.countries))
    return Checked(number)


def check_email(question: EmailQuestion, raw: Any, ctx: CheckContext) -> Checked:
    if not isinstance(raw, str) or len(raw.strip()) > 254:
        return refuse(question, "email_invalid", ctx)
    try:
        # No DNS look-up: the form must work offline and in a kiosk.
        address = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:
        return refuse(question, "email_invalid", ctx)
    return Checked(address.normalized)


def check_phone(question: PhoneQuestion, raw: Any, ctx: CheckContext) -> Checked:
    text = as_text(raw)
    if text is None or len(text) > 40:
        return refuse(question, "phone_invalid", ctx)
    try:
        number = phonenumbers.parse(text, question.region)
    except phonenumbers.NumberParseException:
        return refuse(question, "phone_invalid", ctx)
    if not phonenumbers.is_valid_number(number):
        return refuse(question, "phone_invalid", ctx)
    return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
