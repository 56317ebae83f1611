"""The flow's state as data: what a draft stores and a resumed flow starts from.

It holds what the person typed and confirmed, never what the card holds (that is
read again from the card when the form is resumed) and never a PIN.
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field

from app.forms.values import JsonValue

SUMMARY: Final = "check-answers"  # not a valid page id, so it never collides


class FlowState(BaseModel):
    model_config = ConfigDict(extra="forbid")

    form_id: str
    form_version: int
    language: str = "en"
    position: str
    raw: dict[str, JsonValue] = Field(default_factory=dict)
    values: dict[str, JsonValue] = Field(default_factory=dict)
    completed: list[str] = Field(default_factory=list)
    confirmed: list[str] = Field(default_factory=list)
    history: list[str] = Field(default_factory=list)
    changing: bool = False

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, data: Any) -> FlowState:
        return cls.model_validate(data)
