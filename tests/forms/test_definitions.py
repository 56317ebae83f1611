"""The shipped definitions: valid against the format, complete in five languages,
and the contract with the catalog (ids, version 1, stations)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError

from app.forms.definition import FormDefinition
from app.forms.export_schema import schema_text
from app.forms.loader import SCHEMA_FILE, forms_dir, load_definition, load_definitions
from app.forms.localized import Localized
from app.forms.messages import DEFAULT_MESSAGES, WORDS
from app.text import translation_problems

CONTRACT_IDS = {
    "birth-certificate", "residence-certificate", "change-of-address", "study-financing",
    "income-tax", "ehic", "pension-claim", "business-registration", "death-notification",
    "vehicle-registration", "public-consultation", "child-benefit",
}
STATIONS = {"birth", "childhood", "studying", "working", "living", "family", "health",
            "mobility", "business", "retiring", "death", "say"}


def _raw(form_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((forms_dir() / f"{form_id}.json").read_text("utf-8"))
    return data


def _texts(node: Any, where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Every Localized text in a loaded model, with where it is."""
    if isinstance(node, Localized):
        yield where, node.root
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name), f"{where}.{name}")
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from _texts(item, f"{where}[{index}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, f"{where}.{key}")


def test_the_contract_forms_ship_at_version_1() -> None:
    definitions = load_definitions()
    assert {d.id for d in definitions} >= CONTRACT_IDS
    assert all(d.version == 1 for d in definitions)
    assert all(d.station in STATIONS for d in definitions)


@pytest.mark.parametrize("form_id", sorted(CONTRACT_IDS))
def test_definition_is_valid_against_the_json_schema_file(form_id: str) -> None:
    schema = json.loads((forms_dir() / SCHEMA_FILE).read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(_raw(form_id)))
    assert not errors, [e.message for e in errors]


def test_schema_file_matches_the_models() -> None:
    shipped = (forms_dir() / SCHEMA_FILE).read_text("utf-8")
    assert shipped == schema_text(), "run: python -m app.forms.export_schema"


@pytest.mark.parametrize("form_id", sorted(CONTRACT_IDS))
def test_every_text_has_five_languages_with_the_same_placeholders(form_id: str) -> None:
    definition = load_definition(form_id)
    problems = [p for where, text in _texts(definition, form_id)
                for p in translation_problems(text, where)]
    assert not problems


@pytest.mark.parametrize("form_id", sorted(CONTRACT_IDS))
def test_definition_is_a_real_form(form_id: str) -> None:
    definition = load_definition(form_id)
    questions = [q for _, q in definition.questions()]
    assert 6 <= len(questions) <= 30
    assert any(page.condition is not None for page in definition.pages)
    for page in definition.pages:
        # One thing per page: a page with several questions groups one topic.
        assert len(page.questions) <= 4, page.id


def test_fees_are_where_services_cost_money() -> None:
    fees = {d.id: d.fee for d in load_definitions() if d.fee is not None}
    assert set(fees) >= {"business-registration", "vehicle-registration"}
    assert all(fee.currency == "EUR" and fee.amount_cents > 0 for fee in fees.values())


def test_default_messages_and_words_are_translated() -> None:
    problems = [p for key, text in {**DEFAULT_MESSAGES, **WORDS}.items()
                for p in translation_problems(text, key)]
    assert not problems


# -- the format refuses what it should ----------------------------------------------------

def _broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(_raw("change-of-address"))
    change(data)
    return data


def _question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    for page in data["pages"]:
        for question in page["questions"]:
            if question["id"] == question_id:
                return question  # type: ignore[no-any-return]
    raise KeyError(question_id)


@pytest.mark.parametrize("change, words", [
    (lambda d: d["title"].pop("zh"), "no zh text"),
    (lambda d: d["title"].update(de="{name} zieht um"), "placeholders"),
    (lambda d: _question(d, "new_address")["messages"].pop("required"), "'required' message"),
    (lambda d: d["pages"][0]["questions"][0]["prefill"].update({"from": "card.identity.shoe_size"}),
     "no identity key"),
    (lambda d: _question(d, "phone").update(prefill={"from": "me.phone", "mode": "show"}),
     "only for card data"),
    (lambda d: d["pages"][4].update(condition={"question": "has_vehicle", "equals": True}),
     "not on an earlier page"),
    (lambda d: d["pages"][5].update(condition={"question": "housing", "equals": "castle"}),
     "can never be"),
    (lambda d: d["pages"][5].update(condition={"question": "housing", "equals": True}),
     "can never be"),
    (lambda d: _question(d, "housing")["options"].append(_question(d, "housing")["options"][0]),
     "option values repeat"),
    (lambda d: d["pages"].append(d["pages"][-1]), "ids repeat"),
    (lambda d: _question(d, "moving_date").update(type="colour"), "colour"),
    (lambda d: d["pages"][2]["questions"][0].update(eval="__import__('os')"), "Extra inputs"),
    (lambda d: d.update(version=0), "greater than or equal to 1"),
    (lambda d: d["pages"][1].update(section="nowhere"), "sections"),
])
def test_format_refuses_broken_definitions(change: Any, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FormDefinition.model_validate(_broken(change))
    assert words in str(caught.value)


def test_unknown_form_ids_never_reach_the_file_system() -> None:
    from app.forms.loader import UnknownFormError
    for form_id in ("../../etc/passwd", "EHIC", "ehic.json", "", "nope"):
        with pytest.raises(UnknownFormError):
            load_definition(form_id)
