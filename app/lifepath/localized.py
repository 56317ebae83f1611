"""Texts of the catalog in the five languages, as a schema the content must meet."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.text import pick, translation_problems

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Text(BaseModel):
    """One text in every language of the program; none may be missing or empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: NonEmpty
    nl: NonEmpty
    fr: NonEmpty
    de: NonEmpty
    zh: NonEmpty

    @model_validator(mode="after")
    def _same_placeholders(self) -> Text:
        # A template whose {names} differ between languages would raise KeyError
        # in one language only, at the worst moment: refuse it when loading.
        problems = translation_problems(self.as_mapping(), "text")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def as_mapping(self) -> dict[str, str]:
        return {"en": self.en, "nl": self.nl, "fr": self.fr, "de": self.de, "zh": self.zh}

    def pick(self, language: str) -> str:
        return pick(self.as_mapping(), language)


Words = Annotated[list[NonEmpty], Field(min_length=1)]


class Keywords(BaseModel):
    """Words people type when looking for a service, per language (not translations
    of each other: each list holds what people of that language actually say)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: Words
    nl: Words
    fr: Words
    de: Words
    zh: Words

    def pick(self, language: str) -> tuple[str, ...]:
        words: list[str] = getattr(self, language, None) or self.en
        return tuple(words)
