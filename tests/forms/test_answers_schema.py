"""The answer document's JSON Schema, as the gateway uses it, and validate_answers."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.forms import (
    FORMAT_CHECKER,
    answers_schema,
    fill_from_answers,
    form_ids,
    load_definition,
    load_example,
    validate_answers,
)
from app.forms.prefill import Prefill
from tests.forms.support import TODAY, persona


def _document(form_id: str) -> dict[str, Any]:
    result = fill_from_answers(load_definition(form_id), persona(), load_example(form_id),
                               today=TODAY)
    assert result.document is not None
    return result.document


def _schema_errors(form_id: str, document: dict[str, Any]) -> list[str]:
    validator = Draft202012Validator(answers_schema(load_definition(form_id)),
                                     format_checker=FORMAT_CHECKER)
    return [error.message for error in validator.iter_errors(document)]


@pytest.mark.parametrize("form_id", form_ids())
def test_schema_is_a_valid_json_schema(form_id: str) -> None:
    Draft202012Validator.check_schema(answers_schema(load_definition(form_id)))


def test_schema_refuses_answers_of_a_page_that_does_not_apply() -> None:
    document = {**_document("change-of-address"), "others_moving": False}
    assert _schema_errors("change-of-address", document)
    problems = validate_answers(load_definition("change-of-address"), document, today=TODAY)
    assert {(p.question_id, p.kind) for p in problems} == {
        ("others_count", "not_asked"), ("others_names", "not_asked")}


def test_schema_requires_the_answers_of_a_page_that_applies() -> None:
    document = _document("change-of-address")
    del document["others_count"]
    assert _schema_errors("change-of-address", document)
    problems = validate_answers(load_definition("change-of-address"), document, today=TODAY)
    assert [(p.question_id, p.kind, p.message) for p in problems] == [
        ("others_count", "required", "Enter how many people are moving with you")]


@pytest.mark.parametrize("key, value", [
    ("partner_national_number", "87021412338"),   # checksum
    ("partner_national_number", "87.02.14-123.37"),  # not stored that way
    ("iban", "BE68539007547035"),
    ("email", "not an email"),
    ("gross_salary", "48250.75"),                 # a string, not a number
    ("professional_expenses", "complicated"),
    ("loan_date", "2018-02-30"),
])
def test_wrong_values_are_caught_by_the_schema_and_by_the_checks(key: str, value: Any) -> None:
    document = {**_document("income-tax"), key: value}
    assert _schema_errors("income-tax", document)
    problems = validate_answers(load_definition("income-tax"), document, today=TODAY)
    assert problems and {p.question_id for p in problems} == {key}


def test_checks_add_what_the_schema_cannot_say() -> None:
    definition = load_definition("pension-claim")
    document = {**_document("pension-claim"), "start_date": "2020-01-01"}  # not in the future
    assert _schema_errors("pension-claim", document) == []
    problems = validate_answers(definition, document, today=TODAY)
    assert [(p.question_id, p.kind) for p in problems] == [("start_date", "date_future")]


def test_the_signers_card_data_must_be_theirs() -> None:
    definition = load_definition("ehic")
    document = _document("ehic")
    signer = Prefill({"national_number": "85073003328"})
    problems = validate_answers(definition, document, today=TODAY, prefill=signer)
    assert [(p.question_id, p.kind) for p in problems] == [("national_number", "from_card")]
    assert validate_answers(definition, document, today=TODAY, prefill=persona()) == []


def test_unknown_keys_are_refused() -> None:
    problems = validate_answers(load_definition("ehic"), {**_document("ehic"), "pin": "1234"},
                                today=TODAY)
    assert [(p.question_id, p.kind) for p in problems] == [("pin", "not_a_question")]
    assert _schema_errors("ehic", {**_document("ehic"), "pin": "1234"})


def test_messages_in_the_language_of_the_submission() -> None:
    document = _document("change-of-address")
    del document["phone"]
    problems = validate_answers(load_definition("change-of-address"), document, language="de",
                                today=TODAY)
    assert [p.message for p in problems] == ["Geben Sie Ihre Telefonnummer ein"]
