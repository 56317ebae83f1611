"""What the GUI draws: plain, immutable snapshots of the flow.

The widgets hold no state of their own; after every intention (answer, Continue,
Back, Change) they ask the flow for a fresh view and draw it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.forms.definition import Fee
from app.forms.problems import Problem
from app.forms.questions import Question
from app.forms.values import JsonValue


class QuestionMode(StrEnum):
    ASKED = "asked"        # an input the person fills
    SHOWN = "shown"        # read-only, "From your eID card"
    CONFIRM = "confirm"    # read-only, and the person ticks that it is correct


@dataclass(frozen=True)
class OptionView:
    value: str
    label: str
    hint: str | None


@dataclass(frozen=True)
class QuestionView:
    id: str
    type: str
    label: str
    name: str
    hint: str | None
    optional: bool              # the GUI adds "(optional)" to the label, never an asterisk
    dont_know: bool             # offer "I don't know"
    mode: QuestionMode
    raw: JsonValue              # what is in the input: as typed, or the prefilled start
    shown_value: str | None     # the value as text, for SHOWN and CONFIRM
    source: str | None          # "From your eID card" for SHOWN and CONFIRM
    confirmed: bool
    options: tuple[OptionView, ...]
    problems: tuple[Problem, ...]
    definition: Question        # the rules (length, unit, file types) for the widget


@dataclass(frozen=True)
class PageView:
    page_id: str
    form_title: str
    heading: str                # the page title, or the question on a one-question page
    intro: str | None
    section: str | None
    questions: tuple[QuestionView, ...]
    problems: tuple[Problem, ...]   # for "There is a problem", in page order
    can_go_back: bool
    changing: bool              # reached by a change link: Continue returns to the summary


@dataclass(frozen=True)
class SummaryRow:
    question_id: str
    key: str
    value: str
    change_allowed: bool
    source: str | None


@dataclass(frozen=True)
class SummarySection:
    title: str | None
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class SummaryView:
    """"Check your answers"."""

    form_title: str
    sections: tuple[SummarySection, ...]
    fee: Fee | None
    fee_text: str | None
    submit_label: str
    complete: bool
    problems: tuple[Problem, ...]


class TaskStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    CANNOT_START_YET = "cannot_start_yet"


@dataclass(frozen=True)
class TaskView:
    section_id: str
    title: str
    status: TaskStatus
