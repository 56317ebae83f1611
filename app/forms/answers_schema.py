"""The JSON Schema of a form's answer document, derived from its definition.

The gateway validates a submitted document with any JSON Schema validator and
this schema: the right keys with the right shapes, required answers present, and
no answers for pages whose conditions are false (each conditional page becomes
an if/then/else). Checksums travel as formats (`be-national-number`, `iban`,
`phone`, `email`) that `FORMAT_CHECKER` knows. What depends on the day of
checking (a date "in the past") or on the signer (the card's own data) cannot be
a schema; `validation.validate_answers` adds those.
"""

from __future__ import annotations

from typing import Any, Final

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from jsonschema import FormatChecker
from stdnum import iban
from stdnum.be import nn, ssn

from app.forms.checks.compound import ADDRESS_PARTS
from app.forms.checks.numbers import LIMIT
from app.forms.definition import FormDefinition
from app.forms.questions import (
    AddressQuestion,
    AttachmentQuestion,
    ChoiceQuestion,
    DateQuestion,
    DeclarationQuestion,
    EmailQuestion,
    IbanQuestion,
    NationalNumberQuestion,
    NumberQuestion,
    PhoneQuestion,
    Question,
    TextQuestion,
    YesNoQuestion,
)
from app.forms.values import DONT_KNOW

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

FORMAT_CHECKER: Final = FormatChecker()


@FORMAT_CHECKER.checks("be-national-number")
def _national_number(value: object) -> bool:
    return not isinstance(value, str) or nn.is_valid(value)


@FORMAT_CHECKER.checks("be-ssn")
def _ssn(value: object) -> bool:
    return not isinstance(value, str) or ssn.is_valid(value)


@FORMAT_CHECKER.checks("iban")
def _iban(value: object) -> bool:
    return not isinstance(value, str) or iban.is_valid(value, check_country=False)


@FORMAT_CHECKER.checks("phone")
def _phone(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value))
    except phonenumbers.NumberParseException:
        return False


@FORMAT_CHECKER.checks("email")
def _email(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return validate_email(value, check_deliverability=False).normalized == value
    except EmailNotValidError:
        return False


def _text(question: TextQuestion) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "minLength": question.min_length or 1,
                              "maxLength": question.max_length}
    if question.pattern is not None:
        schema["pattern"] = f"^(?:{question.pattern})$"
    return schema


def _number(question: NumberQuestion) -> dict[str, Any]:
    minimum = -int(LIMIT) if question.minimum is None else question.minimum
    maximum = int(LIMIT) if question.maximum is None else question.maximum
    return {"type": "integer" if question.decimals == 0 else "number",
            "minimum": minimum, "maximum": maximum}


def _choice(question: ChoiceQuestion) -> dict[str, Any]:
    values = [option.value for option in question.options]
    if question.multiple:
        return {"type": "array", "items": {"enum": values}, "minItems": 1, "uniqueItems": True}
    return {"type": "string", "enum": values}


def _address(question: AddressQuestion) -> dict[str, Any]:
    parts: dict[str, Any] = {key: {"type": "string", "minLength": 1} for key in ADDRESS_PARTS}
    parts["postcode"] = {"type": "string", "pattern": "^[1-9][0-9]{3}$"}
    return {"type": "object", "properties": parts, "required": list(ADDRESS_PARTS),
            "additionalProperties": False}


def _attachment(question: AttachmentQuestion) -> dict[str, Any]:
    return {"type": "object", "required": ["name", "media_type", "content_base64"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 255},
                "media_type": {"enum": list(question.media_types)},
                "content_base64": {"type": "string", "contentEncoding": "base64",
                                   "minLength": 4,
                                   "maxLength": (question.max_bytes + 2) // 3 * 4}}}


def question_schema(question: Question) -> dict[str, Any]:
    """The schema of one answer (without "I don't know")."""
    if isinstance(question, TextQuestion):
        return _text(question)
    if isinstance(question, NumberQuestion):
        return _number(question)
    if isinstance(question, DateQuestion):
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if isinstance(question, ChoiceQuestion):
        return _choice(question)
    if isinstance(question, YesNoQuestion):
        return {"type": "boolean"}
    if isinstance(question, AddressQuestion):
        return _address(question)
    if isinstance(question, NationalNumberQuestion):
        return {"type": "string", "pattern": r"^\d{11}$",
                "format": "be-ssn" if question.allow_bis else "be-national-number"}
    if isinstance(question, IbanQuestion):
        schema: dict[str, Any] = {"type": "string", "pattern": r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$",
                                  "format": "iban"}
        if question.countries:
            schema["pattern"] = rf"^({'|'.join(question.countries)})\d{{2}}[A-Z0-9]{{8,30}}$"
        return schema
    if isinstance(question, EmailQuestion):
        return {"type": "string", "format": "email", "maxLength": 254}
    if isinstance(question, PhoneQuestion):
        return {"type": "string", "pattern": r"^\+[1-9]\d{5,14}$", "format": "phone"}
    if isinstance(question, AttachmentQuestion):
        return _attachment(question)
    assert isinstance(question, DeclarationQuestion)
    return {"const": True}


def _described(question: Question) -> dict[str, Any]:
    schema = question_schema(question)
    if question.dont_know:
        schema = {"anyOf": [schema, {"const": DONT_KNOW}]}
    return {"title": question.name.text("en"), "description": question.label.text("en"),
            **schema}


def answers_schema(definition: FormDefinition) -> dict[str, Any]:
    """A JSON Schema (2020-12) for the answer document of `definition`."""
    properties = {question.id: _described(question) for _, question in definition.questions()}
    required: list[str] = []
    conditional: list[dict[str, Any]] = []
    for page in definition.pages:
        asked = [question.id for question in page.questions]
        needed = [question.id for question in page.questions if not question.optional]
        if page.condition is None:
            required.extend(needed)
            continue
        conditional.append({
            "$comment": f"page {page.id}",
            "if": page.condition.as_schema(),
            "then": {"required": needed} if needed else {},
            # A page that does not apply leaves no answer behind.
            "else": {"not": {"anyOf": [{"required": [key]} for key in asked]}},
        })
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"urn:citizen-assistant:form:{definition.id}:{definition.version}:answers",
        "title": definition.title.text("en"),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if conditional:
        schema["allOf"] = conditional
    return schema
