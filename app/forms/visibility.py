"""Which pages apply, given the answers so far.

Conditions only look at earlier pages (the definition checks this), so one pass
in page order decides every page; the answers of a page that does not apply are
left out before later conditions are evaluated, exactly as the answer document
leaves them out. The flow and the document validation share this one rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.forms.definition import FormDefinition, Page
from app.forms.values import JsonValue


def visible_pages(definition: FormDefinition,
                  page_values: Callable[[Page], Mapping[str, JsonValue]]) -> list[Page]:
    """The pages that apply; `page_values(page)` gives the answers a page holds."""
    known: dict[str, JsonValue] = {}
    shown: list[Page] = []
    for page in definition.pages:
        if page.condition is None or page.condition.evaluate(known):
            shown.append(page)
            known.update(page_values(page))
    return shown


def document_pages(definition: FormDefinition, document: Mapping[str, JsonValue]) -> list[Page]:
    """The pages that apply to a finished answer document."""
    return visible_pages(definition, lambda page: {
        question.id: document[question.id] for question in page.questions
        if question.id in document})
