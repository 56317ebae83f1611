"""Random answers through every form's flow (hypothesis): the flow never crashes,
every refusal names a field of the page, and every answer set it accepts gives a
document that validates against the form's answer schema."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from app.forms import (
    FORMAT_CHECKER,
    FormFlow,
    PageView,
    QuestionMode,
    answers_schema,
    form_ids,
    load_definition,
    validate_answers,
)
from app.forms.messages import MESSAGE_KINDS
from app.text import LANGUAGES
from tests.forms.support import TODAY, junk_raw, persona, valid_raw


def _fill_page(flow: FormFlow, data: st.DataObject, junk: bool) -> PageView:
    view = flow.view()
    assert isinstance(view, PageView)
    for question in view.questions:
        if question.mode is QuestionMode.CONFIRM:
            flow.confirm(question.id, confirmed=not junk or data.draw(st.booleans()))
        elif question.mode is QuestionMode.ASKED:
            strategy = junk_raw() if junk else valid_raw(question.definition)
            flow.answer(question.id, data.draw(strategy))
    return view


def _pass_page(flow: FormFlow, data: st.DataObject) -> None:
    """Junk or valid answers; a refusal must name fields of this page, then valid ones pass."""
    view = _fill_page(flow, data, junk=data.draw(st.booleans()))
    problems = flow.continue_()
    if problems:
        fields = {q.id for q in view.questions}
        for problem in problems:
            assert problem.question_id in fields
            assert problem.kind in MESSAGE_KINDS and problem.message.strip()
            assert "{" not in problem.message  # every placeholder was filled
        assert flow.position == view.page_id
        _fill_page(flow, data, junk=False)
        assert flow.continue_() == [], flow.problems


@pytest.mark.parametrize("form_id", form_ids())
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_answers_through_the_flow(form_id: str, data: st.DataObject) -> None:
    definition = load_definition(form_id)
    prefill = persona(me=data.draw(st.booleans()))
    flow = FormFlow(definition, prefill, data.draw(st.sampled_from(LANGUAGES)), today=TODAY)
    for _ in range(3 * len(definition.pages)):
        if flow.at_summary:
            break
        _pass_page(flow, data)
        if data.draw(st.integers(0, 5)) == 0 and flow.back():
            assert flow.continue_() == []  # what was accepted is still there
    assert flow.at_summary and flow.is_complete
    # One change link, with new answers: back to the summary, possibly through new pages.
    rows = [row.question_id for s in flow.summary().sections for row in s.rows
            if row.change_allowed]
    flow.change(data.draw(st.sampled_from(rows)))
    for _ in range(len(definition.pages)):
        if flow.at_summary:
            break
        _pass_page(flow, data)
    assert flow.at_summary
    document: dict[str, Any] = flow.answers_document()
    Draft202012Validator(answers_schema(definition), format_checker=FORMAT_CHECKER).validate(
        document)
    assert validate_answers(definition, document, today=TODAY, prefill=prefill) == []



def test_only_invisible_characters_is_no_answer() -> None:
    # Found by the property test: a control character alone passed "required"
    # and was then cleaned to "", which the answer schema refuses.
    from app.forms.checks import check_answer
    from app.forms.checks.base import CheckContext

    question = load_definition("death-notification").question("vehicle_plates")
    assert question.optional
    checked = check_answer(question, "\x10 \u200b\t", CheckContext("en", TODAY))
    assert checked.ok and checked.value is None  # left empty, not kept as ""
    required = load_definition("death-notification").question("deceased_name")
    refused = check_answer(required, "\x10", CheckContext("en", TODAY))
    assert not refused.ok and refused.problems[0].kind == "required"
    assert check_answer(question, " 1-ABC-123 ", CheckContext("en", TODAY)).value == "1-ABC-123"
