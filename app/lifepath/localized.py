"""Texts of the catalog in the five languages (checked by schema.py when loaded)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.lifepath.dump import Dumpable
from app.text import LANGUAGES, pick, translation_problems


@dataclass(frozen=True, slots=True)
class Text(Dumpable):
    """One text in every language of the program; none missing or empty."""

    en: str
    nl: str
    fr: str
    de: str
    zh: str

    @classmethod
    def checked(cls, values: Mapping[str, str]) -> Text:
        """A text made while running (a filled template), held to the content's rules:
        every language, none empty, the same placeholders. ValueError otherwise."""
        problems = translation_problems(values, "text")
        if problems:
            raise ValueError("; ".join(problems))
        return cls(**{language: values[language].strip() for language in LANGUAGES})

    def as_mapping(self) -> dict[str, str]:
        return {"en": self.en, "nl": self.nl, "fr": self.fr, "de": self.de, "zh": self.zh}

    def pick(self, language: str) -> str:
        return pick(self.as_mapping(), language)


@dataclass(frozen=True, slots=True)
class Keywords(Dumpable):
    """Words people type when looking for a service, per language (not translations
    of each other: each list holds what people of that language actually say)."""

    en: tuple[str, ...]
    nl: tuple[str, ...]
    fr: tuple[str, ...]
    de: tuple[str, ...]
    zh: tuple[str, ...]

    def pick(self, language: str) -> tuple[str, ...]:
        words: tuple[str, ...] = getattr(self, language, None) or self.en
        return tuple(words)
