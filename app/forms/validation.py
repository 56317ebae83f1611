"""Validation of a whole answer document, as the gateway and `form fill` need it.

Two passes that must agree: the form's JSON Schema (what any validator sees) and
the same per-question checks the flow runs, which add what a schema cannot say
(dates relative to today, the card's own data) and give every problem a plain
message tied to its question. A value must already be in the form the flow
stores (11 digits for a national number, not "85.07.30-033.28"), so that the
PDF, the attachment and the agency's systems see one spelling.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from jsonschema import Draft202012Validator

from app.forms.answers_schema import FORMAT_CHECKER, answers_schema
from app.forms.checks import CheckContext, check_answer
from app.forms.checks.base import problem
from app.forms.definition import FormDefinition
from app.forms.messages import default_message
from app.forms.prefill import Prefill
from app.forms.problems import Problem
from app.forms.questions import Question
from app.forms.values import JsonValue, same
from app.forms.visibility import document_pages


def check_value(question: Question, value: JsonValue, ctx: CheckContext,
                prefill: Prefill | None, document: Mapping[str, JsonValue]) -> list[Problem]:
    """Problems with one stored answer (not raw input: it must be canonical)."""
    checked = check_answer(question, value, ctx)
    if not checked.ok:
        return list(checked.problems)
    if not same(checked.value, value):
        return [problem(question, "invalid", ctx)]
    binding = question.prefill
    if prefill is not None and binding is not None and binding.fixed:
        expected = check_answer(question, prefill.lookup(binding.source, document), ctx)
        if expected.ok and expected.value is not None and not same(expected.value, value):
            return [problem(question, "from_card", ctx)]
    return []


def validate_answers(definition: FormDefinition, answers: Mapping[str, Any], *,
                     language: str = "en", today: date | None = None,
                     prefill: Prefill | None = None) -> list[Problem]:
    """Everything wrong with an answer document; empty when it may be accepted.

    With `prefill` (the signer's card), answers the form shows from the card
    must be the card's.
    """
    document: dict[str, JsonValue] = dict(answers)
    problems: list[Problem] = []
    known = {question.id: question for _, question in definition.questions()}
    ctx = CheckContext(language, today or date.today(),
                       lambda source: prefill.lookup(source, document) if prefill else None)
    for key in document:
        if key not in known:
            problems.append(Problem(key, default_message("not_a_question", language).format(
                key=key), "not_a_question"))
    applying = document_pages(definition, document)
    applying_ids = {page.id for page in applying}
    for page in definition.pages:
        for question in page.questions:
            present = question.id in document
            if page.id not in applying_ids:
                if present:
                    problems.append(problem(question, "not_asked", ctx))
            elif not present:
                if not question.optional:
                    problems.append(problem(question, "required", ctx))
            else:
                problems.extend(check_value(question, document[question.id], ctx, prefill,
                                            document))
    explained = {p.question_id for p in problems}
    validator = Draft202012Validator(answers_schema(definition), format_checker=FORMAT_CHECKER)
    for error in validator.iter_errors(document):
        key = str(error.absolute_path[0]) if error.absolute_path else ""
        if key in explained or (not key and problems):
            continue
        # The schema found what the checks did not: say so rather than hide it.
        if key in known:
            problems.append(problem(known[key], "invalid", ctx))
        else:
            problems.append(Problem(key, error.message, "invalid"))
        explained.add(key)
    return problems
