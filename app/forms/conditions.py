"""Conditions that show or skip a page, as data rather than code.

A definition is content that the gateway also serves and reads, so a condition
is a small tree of comparisons (`{"question": "has_partner", "equals": true}`,
combined with `all`, `any`, `not`) that is evaluated here and translated into
JSON Schema for the answer document; nothing is ever passed to eval.

A comparison on a question that has no answer (not asked yet, skipped, optional
and left empty) is false, so a page that depends on a skipped page is skipped
too; the JSON Schema translation keeps that meaning by requiring the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from app.forms.values import JsonValue, same

QuestionId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Scalar: TypeAlias = StrictBool | StrictInt | StrictFloat | StrictStr
Number: TypeAlias = StrictInt | StrictFloat


def _is_number(value: JsonValue) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Equals(_Node):
    question: QuestionId
    equals: Scalar

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        return self.question in values and same(values[self.question], self.equals)

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        return {"required": [self.question], "properties": {self.question: {"const": self.equals}}}


class OneOf(_Node):
    question: QuestionId
    in_: list[Scalar] = Field(alias="in", min_length=1)

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        if self.question not in values:
            return False
        return any(same(values[self.question], item) for item in self.in_)

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        return {"required": [self.question],
                "properties": {self.question: {"enum": list(self.in_)}}}


class Includes(_Node):
    """For a choice with several answers: is this option among them?"""

    question: QuestionId
    includes: StrictStr

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        chosen = values.get(self.question)
        return isinstance(chosen, list) and self.includes in chosen

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        return {"required": [self.question],
                "properties": {self.question: {"type": "array",
                                               "contains": {"const": self.includes}}}}


class Answered(_Node):
    question: QuestionId
    answered: StrictBool

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        return (self.question in values) == self.answered

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        present: dict[str, Any] = {"required": [self.question]}
        return present if self.answered else {"not": present}


class GreaterThan(_Node):
    question: QuestionId
    greater_than: Number

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        value = values.get(self.question)
        return _is_number(value) and value > self.greater_than  # type: ignore[operator]

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        return {"required": [self.question],
                "properties": {self.question: {"type": "number",
                                               "exclusiveMinimum": self.greater_than}}}


class LessThan(_Node):
    question: QuestionId
    less_than: Number

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        value = values.get(self.question)
        return _is_number(value) and value < self.less_than  # type: ignore[operator]

    def questions(self) -> set[str]:
        return {self.question}

    def as_schema(self) -> dict[str, Any]:
        return {"required": [self.question],
                "properties": {self.question: {"type": "number",
                                               "exclusiveMaximum": self.less_than}}}


class AllOf(_Node):
    all: list[Condition] = Field(min_length=1)

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        return all(item.evaluate(values) for item in self.all)

    def questions(self) -> set[str]:
        return set().union(*(item.questions() for item in self.all))

    def as_schema(self) -> dict[str, Any]:
        return {"allOf": [item.as_schema() for item in self.all]}


class AnyOf(_Node):
    any: list[Condition] = Field(min_length=1)

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        return any(item.evaluate(values) for item in self.any)

    def questions(self) -> set[str]:
        return set().union(*(item.questions() for item in self.any))

    def as_schema(self) -> dict[str, Any]:
        return {"anyOf": [item.as_schema() for item in self.any]}


class Not(_Node):
    not_: Condition = Field(alias="not")

    def evaluate(self, values: Mapping[str, JsonValue]) -> bool:
        return not self.not_.evaluate(values)

    def questions(self) -> set[str]:
        return self.not_.questions()

    def as_schema(self) -> dict[str, Any]:
        return {"not": self.not_.as_schema()}


Comparison: TypeAlias = Equals | OneOf | Includes | Answered | GreaterThan | LessThan
Condition: TypeAlias = (Equals | OneOf | Includes | Answered | GreaterThan | LessThan | AllOf
                        | AnyOf | Not)

for _model in (AllOf, AnyOf, Not):
    _model.model_rebuild()
