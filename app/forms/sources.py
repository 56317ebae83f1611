"""A form definition from the gateway when it has one, else the bundled copy.

The gateway is the authority on the current version of a form (it refuses an
outdated one); the bundled definitions let a citizen fill a form offline. A
definition the gateway sends that this program cannot read (a newer format)
is set aside for the bundled one, with a note.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from app.forms.definition import FormDefinition
from app.forms.loader import definition_document, load_definition
from app.services.content import ContentCache, Origin


@dataclass(frozen=True, slots=True)
class SourcedDefinition:
    definition: FormDefinition
    origin: Origin
    note: str | None = None


def current_definition(form_id: str, content: ContentCache | None) -> SourcedDefinition:
    """Raises UnknownFormError when neither the gateway nor the bundle knows the form."""
    if content is None:
        return SourcedDefinition(load_definition(form_id), "bundled")
    sourced = content.form_definition(
        form_id, lambda: definition_document(load_definition(form_id)))
    if sourced.origin == "bundled":
        return SourcedDefinition(load_definition(form_id), "bundled", sourced.note)
    try:
        definition = FormDefinition.model_validate(sourced.document)
    except ValidationError:
        return SourcedDefinition(load_definition(form_id), "bundled",
                                 "the gateway's version of this form cannot be read by this "
                                 "program; using the one it came with")
    return SourcedDefinition(definition, "gateway", sourced.note)
