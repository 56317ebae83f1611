"""A text of a form definition in the five languages of the program.

Definitions are content shared by the desktop program, the kiosk, the gateway and
the command line, so their texts travel with them (not through Qt Linguist).
Loading refuses a text that lacks a language or whose {placeholders} differ from
the English source: a half-translated form would show English in the middle of a
Chinese page, or crash on a missing placeholder when a message is formatted.
"""

from __future__ import annotations

from typing import Any

from pydantic import GetJsonSchemaHandler, RootModel, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from app.text import LANGUAGES, pick, translation_problems


class Localized(RootModel[dict[str, str]]):
    """One text per language code (en, nl, fr, de, zh)."""

    @model_validator(mode="after")
    def _complete(self) -> Localized:
        problems = translation_problems(self.root, "text")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # The generated schema would accept any string map; spell out the five
        # languages so editors and the gateway see the same rule as the loader.
        return {
            "type": "object",
            "description": "The same text in each language of the program.",
            "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGUAGES},
            "required": list(LANGUAGES),
            "additionalProperties": False,
        }

    def text(self, language: str) -> str:
        return pick(self.root, language)

    def format(self, language: str, **params: Any) -> str:
        return self.text(language).format(**params)
