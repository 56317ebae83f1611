"""Checks one raw answer against its question: normalise what was typed (stray
spaces, dashes, a decimal comma), then apply the question's rules, and say in
plain words what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from app.forms.checks.base import CheckContext, Checked, is_blank, refuse
from app.forms.checks.compound import check_address, check_attachment
from app.forms.checks.dates import check_date
from app.forms.checks.identifiers import (
    check_email,
    check_iban,
    check_national_number,
    check_phone,
)
from app.forms.checks.numbers import check_number
from app.forms.checks.text import check_choice, check_declaration, check_text, check_yes_no
from app.forms.questions import Question
from app.forms.values import DONT_KNOW

__all__ = ["CheckContext", "Checked", "check_answer", "is_blank"]

_CHECKS: Final[dict[str, Callable[[Any, Any, CheckContext], Checked]]] = {
    "text": check_text,
    "number": check_number,
    "date": check_date,
    "choice": check_choice,
    "yes_no": check_yes_no,
    "address": check_address,
    "national_number": check_national_number,
    "iban": check_iban,
    "email": check_email,
    "phone": check_phone,
    "attachment": check_attachment,
    "declaration": check_declaration,
}


def check_answer(question: Question, raw: Any, ctx: CheckContext) -> Checked:
    """The value to keep for `raw`, or the problems; never raises on odd input."""
    if is_blank(raw):
        if question.optional:
            return Checked(None)
        return refuse(question, "required", ctx)
    if question.dont_know and raw == DONT_KNOW:
        return Checked(DONT_KNOW)
    checked = _CHECKS[question.type](question, raw, ctx)
    if checked.ok and checked.value is None:
        # A check that cleaned everything away (only control characters): blank.
        return Checked(None) if question.optional else refuse(question, "required", ctx)
    return checked
