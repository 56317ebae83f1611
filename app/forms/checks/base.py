"""What every answer check shares: its context, its result and its messages."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.forms.messages import MessageKind, default_message
from app.forms.problems import Problem
from app.forms.questions import Question
from app.forms.values import JsonValue


@dataclass(frozen=True)
class CheckContext:
    language: str
    today: date
    # Resolves a source such as card.identity.national_number (different_from).
    lookup: Callable[[str], JsonValue] = lambda source: None


@dataclass(frozen=True)
class Checked:
    """A raw answer after its check: the value to keep, or why it was refused.

    `value` is None both for a refused answer and for an optional question left
    empty; `problems` tells them apart.
    """

    value: JsonValue = None
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


class _KeepUnknown(dict[str, Any]):
    # A definition's own message may use fewer placeholders than we pass, and a
    # typo in one must not crash the page: leave unknown ones visible instead.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(question: Question, kind: MessageKind, ctx: CheckContext, **params: Any) -> str:
    own = question.messages.get(kind)
    template = own.text(ctx.language) if own is not None else default_message(kind, ctx.language)
    return template.format_map(_KeepUnknown(name=question.name.text(ctx.language), **params))


def refuse(question: Question, kind: MessageKind, ctx: CheckContext, part: str | None = None,
           **params: Any) -> Checked:
    return Checked(problems=(problem(question, kind, ctx, part, **params),))


def problem(question: Question, kind: MessageKind, ctx: CheckContext, part: str | None = None,
            **params: Any) -> Problem:
    return Problem(question.id, message(question, kind, ctx, **params), kind, part)


def is_blank(raw: Any) -> bool:
    """Nothing was given: no value, only spaces, no selection, an empty compound."""
    if raw is None:
        return True
    if isinstance(raw, str):
        # Control and format characters are dropped when text is kept
        # (clean_text), so a value made only of them and spaces is no answer.
        return all(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in raw)
    if isinstance(raw, list | tuple):
        return len(raw) == 0
    if isinstance(raw, Mapping):
        return all(is_blank(value) for value in raw.values())
    return False


def as_text(raw: Any) -> str | None:
    """Raw input as text: typed strings, and numbers from a JSON answers file."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    return None
