"""Answers as a person reads them: on "Check your answers" and in the PDF."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Final

import phonenumbers
from stdnum import iban
from stdnum.be import nn

from app.forms.checks.compound import human_size
from app.forms.checks.dates import show_date
from app.forms.definition import FormDefinition
from app.forms.messages import word
from app.forms.questions import (
    AddressQuestion,
    AttachmentQuestion,
    ChoiceQuestion,
    DateQuestion,
    DeclarationQuestion,
    IbanQuestion,
    NationalNumberQuestion,
    NumberQuestion,
    PhoneQuestion,
    Question,
    YesNoQuestion,
)
from app.forms.values import DONT_KNOW, JsonValue
from app.forms.views import SummaryRow, SummarySection
from app.forms.visibility import document_pages

# Thousands and decimal separators as each language writes them.
_SEPARATORS: Final = {"en": (",", "."), "zh": (",", "."), "nl": (".", ","), "de": (".", ","),
                      "fr": ("\u202f", ",")}
_LIST_JOIN: Final = {"zh": "、"}


def show_number(value: int | float, language: str, decimals: int = 0) -> str:
    group, point = _SEPARATORS.get(language, _SEPARATORS["en"])
    number = Decimal(str(value))
    places = decimals if number != number.to_integral_value() else 0
    text = f"{number:,.{places}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def show_money(cents: int, language: str) -> str:
    """A fee in euro, always with its cents: "€ 30,00", "30,00 €", "€30.00"."""
    group, point = _SEPARATORS.get(language, _SEPARATORS["en"])
    amount = f"{cents // 100:,}".replace(",", group) + point + f"{cents % 100:02d}"
    if language in ("fr", "de"):
        return f"{amount} €"
    return f"€ {amount}" if language == "nl" else f"€{amount}"


def show_value(question: Question, value: JsonValue, language: str) -> str:
    """The answer as text; "Not given" for an optional question left empty."""
    if value is None:
        return word("not_given", language)
    if question.dont_know and value == DONT_KNOW:
        return word("dont_know", language)
    if isinstance(question, NumberQuestion) and isinstance(value, int | float):
        text = show_number(value, language, question.decimals)
        unit = question.unit
        return f"{text} {unit.text(language)}" if unit is not None else text
    if isinstance(question, ChoiceQuestion):
        chosen = value if isinstance(value, list) else [value]
        labels = [option.label.text(language) for option in question.options
                  if option.value in chosen]
        return _LIST_JOIN.get(language, ", ").join(labels)
    if isinstance(question, YesNoQuestion):
        return word("yes" if value is True else "no", language)
    if isinstance(question, DeclarationQuestion):
        return word("declared", language)
    if isinstance(question, DateQuestion) and isinstance(value, str):
        return show_date(date.fromisoformat(value), language)
    if isinstance(question, AddressQuestion) and isinstance(value, Mapping):
        return f"{value['street_and_number']}\n{value['postcode']} {value['municipality']}"
    if isinstance(question, NationalNumberQuestion) and isinstance(value, str):
        return nn.format(value)
    if isinstance(question, IbanQuestion) and isinstance(value, str):
        return iban.format(value)
    if isinstance(question, PhoneQuestion) and isinstance(value, str):
        return phonenumbers.format_number(phonenumbers.parse(value),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if isinstance(question, AttachmentQuestion) and isinstance(value, Mapping):
        size = len(base64.b64decode(str(value["content_base64"])))
        return word("file", language).format(file=value["name"], size=human_size(size))
    return str(value)


def document_summary(definition: FormDefinition, document: Mapping[str, JsonValue],
                     language: str) -> tuple[SummarySection, ...]:
    """The rows of "Check your answers" for a finished document, without a flow:
    what the PDF prints and what the gateway shows an agent."""
    sections: list[SummarySection] = []
    for page in document_pages(definition, document):
        title = (definition.section(page.section).title.text(language)
                 if page.section is not None else None)
        rows = tuple(
            SummaryRow(question.id, question.name.text(language),
                       show_value(question, document.get(question.id), language),
                       change_allowed=False,
                       source=(word("from_card", language) if question.prefill is not None
                               and question.prefill.fixed else None))
            for question in page.questions)
        if sections and sections[-1].title == title:
            sections[-1] = SummarySection(title, sections[-1].rows + rows)
        else:
            sections.append(SummarySection(title, rows))
    return tuple(sections)
