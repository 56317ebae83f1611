"""Numbers as Belgians type them: "1 250,50", "1.250", "€ 45 000"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from app.forms.checks.base import CheckContext, Checked, refuse
from app.forms.questions import NumberQuestion

# Beyond this a number is a typo, and floats stop being exact.
LIMIT: Final = Decimal(10) ** 12
_GROUPED_BY_DOTS: Final = re.compile(r"-?\d{1,3}(\.\d{3})+")
_SPACES: Final = re.compile(r"[\s\u00a0\u202f'’_]")


def parse_decimal(raw: Any) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        number = Decimal(str(raw))
        return number if number.is_finite() else None
    if not isinstance(raw, str):
        return None
    text = _SPACES.sub("", raw.strip().strip("€").removesuffix("EUR").strip())
    text = _SPACES.sub("", text)
    if "," in text and "." in text:
        # Both: the last one is the decimal separator, the other groups thousands.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")  # the Belgian decimal comma
    elif _GROUPED_BY_DOTS.fullmatch(text):
        text = text.replace(".", "")  # "45.000": thousands, as written in Belgium
    if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", text):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number


def _shown(number: Decimal | int | float) -> str:
    value = Decimal(str(number))
    return str(int(value)) if value == value.to_integral_value() else str(value)


def check_number(question: NumberQuestion, raw: Any, ctx: CheckContext) -> Checked:
    number = parse_decimal(raw)
    if number is None:
        return refuse(question, "not_a_number", ctx)
    integral = number == number.to_integral_value()
    if question.decimals == 0 and not integral:
        return refuse(question, "not_whole", ctx)
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > question.decimals:
        return refuse(question, "too_many_decimals", ctx, decimals=question.decimals)
    minimum = -LIMIT if question.minimum is None else Decimal(str(question.minimum))
    maximum = LIMIT if question.maximum is None else Decimal(str(question.maximum))
    if number < minimum:
        return refuse(question, "too_small", ctx, min=_shown(minimum))
    if number > maximum:
        return refuse(question, "too_large", ctx, max=_shown(maximum))
    return Checked(int(number) if integral else float(number))
