"""The declarative form definition format (resources/forms/ID.json).

A definition is data: pages (one thing per page), typed questions (questions.py),
conditions, prefill bindings and validation rules, every text in the five
languages. The pydantic models are the schema; resources/forms/
form-definition.schema.json is generated from them (`python -m
app.forms.export_schema`) for editors and for the gateway, and a test keeps the
two equal.

Beyond field shapes the models check what a schema cannot say: ids are unique, a
condition or an `answers.` binding only looks back at earlier pages (so a page
never depends on something the person has not reached), compared values fit the
question (an option that exists, a boolean for yes/no), and every question the
person must answer has its own "required" message (GOV.UK asks for a specific
message per field; a generic "This field is required" is what we avoid).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field, model_validator

from app.forms.conditions import (
    AllOf,
    Answered,
    AnyOf,
    Condition,
    Equals,
    GreaterThan,
    Includes,
    LessThan,
    Not,
    OneOf,
    QuestionId,
)
from app.forms.localized import Localized
from app.forms.questions import (
    AddressQuestion,
    ChoiceQuestion,
    NationalNumberQuestion,
    NumberQuestion,
    Question,
    StrictModel,
    YesNoQuestion,
)
from app.forms.values import DONT_KNOW, same

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$", max_length=64)]


class Page(StrictModel):
    id: QuestionId
    title: Localized | None = Field(None, description=(
        "The heading when the page has several questions; a one-question page uses its label."))
    intro: Localized | None = None
    section: Identifier | None = None
    condition: Condition | None = Field(
        None, description="The page is shown only when true, and skipped otherwise.")
    questions: list[Question] = Field(min_length=1, max_length=8)

    @model_validator(mode="after")
    def _heading(self) -> Page:
        if len(self.questions) > 1 and self.title is None:
            raise ValueError(f"page {self.id!r} has several questions and needs a title")
        return self


class Section(StrictModel):
    """A task of the task list, for long forms."""

    id: Identifier
    title: Localized


class Fee(StrictModel):
    amount_cents: int = Field(gt=0)
    currency: Literal["EUR"] = "EUR"
    purpose: Localized = Field(alias="for")


class FormDefinition(StrictModel):
    schema_ref: str | None = Field(None, alias="$schema")
    id: Identifier
    version: int = Field(ge=1)
    title: Localized
    description: Localized
    station: Identifier = Field(description="The road-of-life station the service belongs to.")
    service: Identifier = Field(description="The catalog's service id.")
    provider: Localized
    fee: Fee | None = None
    submit_label: Localized = Field(
        description="Names the action: \"Sign and send your application\".")
    next_steps: Localized = Field(description="What happens next, for the confirmation page.")
    sections: list[Section] = Field(default_factory=list)
    pages: list[Page] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> FormDefinition:
        _check_unique_ids(self)
        _check_sections(self)
        _check_references(self)
        return self

    def questions(self) -> Iterator[tuple[Page, Question]]:
        for page in self.pages:
            for question in page.questions:
                yield page, question

    def question(self, question_id: str) -> Question:
        for _, question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)

    def page_of(self, question_id: str) -> Page:
        for page, question in self.questions():
            if question.id == question_id:
                return page
        raise KeyError(question_id)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


def _check_unique_ids(form: FormDefinition) -> None:
    page_ids = [page.id for page in form.pages]
    question_ids = [question.id for _, question in form.questions()]
    for kind, ids in (("page", page_ids), ("question", question_ids),
                      ("section", [s.id for s in form.sections])):
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"{form.id}: {kind} ids repeat: {', '.join(repeated)}")


def _check_sections(form: FormDefinition) -> None:
    if not form.sections:
        if any(page.section is not None for page in form.pages):
            raise ValueError(f"{form.id}: pages name sections but the form declares none")
        return
    order = [section.id for section in form.sections]
    seen: list[str] = []
    for page in form.pages:
        if page.section not in order:
            raise ValueError(f"{form.id}: page {page.id!r} needs one of the sections {order}")
        if not seen or seen[-1] != page.section:
            seen.append(page.section)
    # Each section's pages together and in the declared order, so that the task
    # list and the page order tell the same story.
    if seen != [s for s in order if s in seen]:
        raise ValueError(f"{form.id}: pages must follow the order of the sections")
    unused = set(order) - set(seen)
    if unused:
        raise ValueError(f"{form.id}: sections without pages: {sorted(unused)}")


def _check_references(form: FormDefinition) -> None:
    earlier: dict[str, Question] = {}
    for page in form.pages:
        if page.condition is not None:
            _check_condition(form.id, page.id, page.condition, earlier)
        for question in page.questions:
            for source in _answer_sources(question):
                target = source.removeprefix("answers.")
                if target not in earlier:
                    raise ValueError(f"{form.id}: {question.id} refers to {source}, "
                                     "which is not on an earlier page")
            if question.prefill is not None:
                _check_binding_type(form.id, question)
        earlier.update({question.id: question for question in page.questions})


def _answer_sources(question: Question) -> list[str]:
    sources = []
    if question.prefill is not None:
        sources.append(question.prefill.source)
    if isinstance(question, NationalNumberQuestion) and question.different_from:
        sources.append(question.different_from)
    return [s for s in sources if s.startswith("answers.")]


def _check_binding_type(form_id: str, question: Question) -> None:
    assert question.prefill is not None
    whole_address = question.prefill.source == "card.address"
    if whole_address and not isinstance(question, AddressQuestion):
        raise ValueError(f"{form_id}: {question.id}: card.address fits only an address question")
    if isinstance(question, AddressQuestion) and question.prefill.from_card and not whole_address:
        raise ValueError(f"{form_id}: {question.id}: an address question binds to card.address")


def _check_condition(form_id: str, page_id: str, condition: Condition,
                     earlier: dict[str, Question]) -> None:
    where = f"{form_id}: condition of page {page_id!r}"
    if isinstance(condition, AllOf | AnyOf):
        for item in condition.all if isinstance(condition, AllOf) else condition.any:
            _check_condition(form_id, page_id, item, earlier)
        return
    if isinstance(condition, Not):
        _check_condition(form_id, page_id, condition.not_, earlier)
        return
    question = earlier.get(condition.question)
    if question is None:
        raise ValueError(f"{where} refers to {condition.question!r}, not on an earlier page")
    if isinstance(condition, Answered):
        return
    if isinstance(condition, GreaterThan | LessThan):
        if not isinstance(question, NumberQuestion):
            raise ValueError(f"{where}: {question.id} is not a number")
        return
    compared: list[bool | int | float | str]
    if isinstance(condition, Includes):
        if not (isinstance(question, ChoiceQuestion) and question.multiple):
            raise ValueError(f"{where}: 'includes' needs a choice with several answers")
        if question.option(condition.includes) is None:
            raise ValueError(f"{where}: {question.id} has no option {condition.includes!r}")
        return
    if isinstance(condition, Equals):
        compared = [condition.equals]
    else:
        assert isinstance(condition, OneOf)
        compared = list(condition.in_)
    for value in compared:
        if not _can_equal(question, value):
            raise ValueError(f"{where}: {question.id} can never be {value!r}")


def _can_equal(question: Question, value: bool | int | float | str) -> bool:
    if question.dont_know and same(value, DONT_KNOW):
        return True
    if isinstance(question, ChoiceQuestion):
        # A choice with several answers is a list: compare with 'includes'.
        return (not question.multiple and isinstance(value, str)
                and question.option(value) is not None)
    if isinstance(question, YesNoQuestion):
        return isinstance(value, bool)
    if isinstance(question, NumberQuestion):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, str)
