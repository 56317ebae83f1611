"""Filling a form from an answer set without a person at the screen.

`form fill ID --answers FILE.json`, the demo and the tests drive the same flow a
person would, page by page, with the answers of a JSON document:

- Card data the form shows (or asks to confirm) comes from the card, never from
  the file: the file holds only what a person would type. A file may repeat a
  card value; one that differs is refused ("comes from your eID card"), so a
  script cannot sign a form in someone else's name. Confirmation is given by the
  one who runs the command and signs.
- Where the card lacks a value the form would show, the question is asked, and
  the file must answer it.
- A question prefilled with a suggestion (`me.…`, `answers.…`, or card data the
  person may change) takes the file's answer when there is one, the suggestion
  otherwise.
- Answers for pages that do not apply (given the other answers) are ignored and
  reported in `ignored`; a key that is no question of the form is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.forms.checks import check_answer
from app.forms.checks.base import CheckContext, problem
from app.forms.definition import FormDefinition
from app.forms.flow import FormFlow
from app.forms.messages import default_message
from app.forms.prefill import Prefill
from app.forms.problems import Problem
from app.forms.values import JsonValue, same
from app.forms.views import PageView, QuestionMode


@dataclass(frozen=True)
class FillResult:
    flow: FormFlow
    document: dict[str, JsonValue] | None
    problems: tuple[Problem, ...]
    ignored: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.document is not None


def fill_from_answers(definition: FormDefinition, prefill: Prefill,
                      answers: Mapping[str, Any], *, language: str = "en",
                      today: date | None = None) -> FillResult:
    flow = FormFlow(definition, prefill, language, today=today)
    known = {question.id for _, question in definition.questions()}
    unknown = [Problem(key, default_message("not_a_question", language).format(key=key),
                       "not_a_question") for key in answers if key not in known]
    if unknown:
        return FillResult(flow, None, tuple(unknown), ())
    for _ in range(len(definition.pages) + 1):
        view = flow.view()
        if not isinstance(view, PageView):
            break
        problems = _fill_page(flow, view, answers)
        problems = problems or flow.continue_()
        if problems:
            return FillResult(flow, None, tuple(problems), ())
    document = flow.answers_document()
    ignored = tuple(key for key in answers if key not in document)
    return FillResult(flow, document, (), ignored)


def _fill_page(flow: FormFlow, view: PageView, answers: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    ctx = CheckContext(flow.language, flow.today())
    for question in view.questions:
        if question.mode is QuestionMode.ASKED:
            if question.id in answers:
                flow.answer(question.id, answers[question.id])
            continue
        if question.id in answers:
            given = check_answer(question.definition, answers[question.id], ctx)
            if not (given.ok and same(given.value, question.raw)):
                problems.append(problem(question.definition, "from_card", ctx))
        if question.mode is QuestionMode.CONFIRM:
            flow.confirm(question.id)
    return problems
