"""Texts in the five languages of the program, as content files carry them.

Content (the catalog, form definitions) stores every text as an object with one
key per language. The GUI's own strings go through Qt Linguist instead; this is
only for content shared by the GUI, the kiosk, the gateway and the CLI.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("en", "nl", "fr", "de", "zh")
DEFAULT_LANGUAGE: Final = "en"

Localized = Mapping[str, str]


def pick(text: Localized, language: str) -> str:
    """The text in `language`, or English when that language is missing."""
    value = text.get(language)
    if value:
        return value
    return text[DEFAULT_LANGUAGE]


def placeholders(value: str) -> frozenset[str]:
    """The {named} placeholders of a str.format template."""
    return frozenset(
        field for _, field, _, _ in string.Formatter().parse(value) if field is not None
    )


def translation_problems(text: Localized, where: str) -> list[str]:
    """What is wrong with one localized text: missing languages, empty values,
    placeholders that differ from the English source."""
    problems: list[str] = []
    source = text.get(DEFAULT_LANGUAGE, "")
    if not source.strip():
        problems.append(f"{where}: no English text")
        return problems
    expected = placeholders(source)
    for lang in LANGUAGES:
        value = text.get(lang)
        if value is None or not value.strip():
            problems.append(f"{where}: no {lang} text")
        elif placeholders(value) != expected:
            problems.append(f"{where}: {lang} placeholders {sorted(placeholders(value))} "
                            f"differ from English {sorted(expected)}")
    for lang in text:
        if lang not in LANGUAGES:
            problems.append(f"{where}: unknown language {lang!r}")
    return problems
