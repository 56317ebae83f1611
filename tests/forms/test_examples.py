"""Every shipped example answer set: the flow takes it as it is, page by page, and the
document it gives validates against the form's answer schema.

An example holds what a person types; what the card holds comes from the card
(the persona of support.py here, whichever persona `form fill` runs with).
"""

from __future__ import annotations

from datetime import date

import pytest
from jsonschema import Draft202012Validator

from app.forms import (
    FORMAT_CHECKER,
    FormFlow,
    PageView,
    QuestionMode,
    answers_schema,
    fill_from_answers,
    form_ids,
    load_definition,
    load_example,
    validate_answers,
)
from tests.forms.support import TODAY, persona

FORMS = form_ids()


@pytest.mark.parametrize("form_id", FORMS)
def test_flow_accepts_the_example_page_by_page(form_id: str) -> None:
    definition = load_definition(form_id)
    example = load_example(form_id)
    flow = FormFlow(definition, persona(), "en", today=TODAY)
    used: set[str] = set()
    for _ in range(len(definition.pages)):
        view = flow.view()
        if not isinstance(view, PageView):
            break
        for question in view.questions:
            if question.mode is QuestionMode.CONFIRM:
                flow.confirm(question.id)
            elif question.mode is QuestionMode.ASKED and question.id in example:
                flow.answer(question.id, example[question.id])
                used.add(question.id)
        assert flow.continue_() == [], view.page_id
    assert flow.at_summary and flow.is_complete
    assert used == set(example), "every example answer is asked on the way"
    document = flow.answers_document()
    Draft202012Validator(answers_schema(definition), format_checker=FORMAT_CHECKER).validate(
        document)
    assert validate_answers(definition, document, today=TODAY, prefill=persona()) == []


@pytest.mark.parametrize("form_id", FORMS)
def test_example_is_the_document_less_the_card(form_id: str) -> None:
    definition = load_definition(form_id)
    example = load_example(form_id)
    result = fill_from_answers(definition, persona(), example, today=TODAY)
    assert result.ok and result.ignored == ()
    document = result.document
    assert document is not None
    # The example is stored as it is: it is already in the form the flow keeps.
    assert {key: document[key] for key in example} == example
    for key in set(document) - set(example):
        binding = definition.question(key).prefill
        assert binding is not None and binding.source.startswith("card."), key
    # Alone, the example misses exactly what the card gives.
    missing = {p.question_id for p in validate_answers(definition, example, today=TODAY)}
    assert missing == set(document) - set(example)


@pytest.mark.parametrize("form_id", FORMS)
def test_example_holds_no_card_data(form_id: str) -> None:
    definition = load_definition(form_id)
    for key in load_example(form_id):
        binding = definition.question(key).prefill
        assert binding is None or not binding.fixed, f"{key} comes from the card"


@pytest.mark.parametrize("form_id", FORMS)
def test_examples_still_pass_today(form_id: str) -> None:
    # The demo and `form fill` run on the real date, not the tests' fixed one.
    result = fill_from_answers(load_definition(form_id), persona(), load_example(form_id),
                               today=date.today())
    assert result.ok, result.problems


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de", "zh"])
def test_examples_fill_in_every_language(language: str) -> None:
    for form_id in FORMS:
        result = fill_from_answers(load_definition(form_id), persona(), load_example(form_id),
                                   language=language, today=TODAY)
        assert result.ok, (form_id, result.problems)
        assert result.flow.summary().complete
