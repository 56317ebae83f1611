"""Free text, choices, yes/no and declarations."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from app.forms.checks.base import CheckContext, Checked, as_text, refuse
from app.forms.questions import (
    ChoiceQuestion,
    DeclarationQuestion,
    TextQuestion,
    YesNoQuestion,
)

_YES = frozenset({"yes", "true", "y", "1", "on"})
_NO = frozenset({"no", "false", "n", "0", "off"})


def clean_text(raw: str, multiline: bool) -> str:
    """Text as it should be kept: NFC, no control characters, no stray spaces.

    Names typed on different systems (é as one or two code points) must compare
    equal, and a pasted tab or newline in a one-line field is just a space.
    """
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C"
                   or ch == "\t")
    if multiline:
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in kept.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return re.sub(r"\s+", " ", kept).strip()


def check_text(question: TextQuestion, raw: Any, ctx: CheckContext) -> Checked:
    text = as_text(raw)
    if text is None:
        return refuse(question, "text_invalid", ctx)
    value = clean_text(text, question.multiline)
    if "upper" in question.normalise:
        value = value.upper()
    if "compact" in question.normalise:
        value = re.sub(r"[\s-]+", "", value)
    if question.min_length is not None and len(value) < question.min_length:
        return refuse(question, "too_short", ctx, min=question.min_length)
    if len(value) > question.max_length:
        return refuse(question, "too_long", ctx, max=question.max_length)
    if question.pattern is not None and not re.fullmatch(question.pattern, value):
        return refuse(question, "pattern", ctx)
    return Checked(value)


def check_choice(question: ChoiceQuestion, raw: Any, ctx: CheckContext) -> Checked:
    if question.multiple:
        chosen = [raw] if isinstance(raw, str) else raw
        if not isinstance(chosen, list | tuple) or not all(isinstance(v, str) for v in chosen):
            return refuse(question, "choice_invalid", ctx)
        wanted = {value.strip() for value in chosen}
        if not wanted <= {option.value for option in question.options}:
            return refuse(question, "choice_invalid", ctx)
        # In the definition's order, so that equal selections give equal documents.
        return Checked([option.value for option in question.options if option.value in wanted])
    if not isinstance(raw, str) or question.option(raw.strip()) is None:
        return refuse(question, "choice_invalid", ctx)
    return Checked(raw.strip())


def parse_yes_no(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
    return None


def check_yes_no(question: YesNoQuestion, raw: Any, ctx: CheckContext) -> Checked:
    answer = parse_yes_no(raw)
    if answer is None:
        return refuse(question, "yes_no_invalid", ctx)
    return Checked(answer)


def check_declaration(question: DeclarationQuestion, raw: Any, ctx: CheckContext) -> Checked:
    # Anything but an explicit "yes" leaves the statement unconfirmed.
    if parse_yes_no(raw) is True:
        return Checked(True)
    return refuse(question, "required", ctx)
