"""A refusal of an answer, as the GUI shows it in the error summary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field, in plain words in the current language.

    `part` names the part of a compound answer (an address's `postcode`) so that
    the error summary can link to the exact input; `kind` is the message kind
    (`required`, `date_past`…) for code and tests that must not parse prose.
    """

    question_id: str
    message: str
    kind: str
    part: str | None = None

    @property
    def field(self) -> str:
        return self.question_id if self.part is None else f"{self.question_id}.{self.part}"
