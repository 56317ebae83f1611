"""The shipped form definitions (resources/forms/ID.json) and their example answers.

Definitions are read once and kept: they are immutable and every page of the GUI
asks for them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from app.forms.definition import FormDefinition
from app.resources import resource_path

SCHEMA_FILE = "form-definition.schema.json"
_FORM_ID = re.compile(r"[a-z][a-z0-9-]{0,63}")


class UnknownFormError(LookupError):
    def __init__(self, form_id: str) -> None:
        super().__init__(f"there is no form {form_id!r}")
        self.form_id = form_id


def forms_dir() -> Path:
    return resource_path("forms")


def form_ids() -> list[str]:
    return sorted(path.stem for path in forms_dir().glob("*.json")
                  if path.name != SCHEMA_FILE)


@cache
def load_definition(form_id: str) -> FormDefinition:
    # The id names a file: refuse anything that could leave the folder.
    if not _FORM_ID.fullmatch(form_id):
        raise UnknownFormError(form_id)
    path = forms_dir() / f"{form_id}.json"
    if not path.is_file():
        raise UnknownFormError(form_id)
    definition = FormDefinition.model_validate_json(path.read_bytes())
    if definition.id != form_id:
        raise ValueError(f"{path.name} defines {definition.id!r}")
    return definition


def load_definitions() -> list[FormDefinition]:
    """Every shipped definition, in the order of their ids."""
    return [load_definition(form_id) for form_id in form_ids()]


def load_example(form_id: str) -> dict[str, Any]:
    """The example answer set shipped with a form: what a person would type."""
    load_definition(form_id)  # an unknown id is refused the same way
    path = forms_dir() / "examples" / f"{form_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an answer set is a JSON object")
    return data


def definition_document(definition: FormDefinition) -> dict[str, Any]:
    """The definition as JSON (what `form show --json` prints and the gateway serves)."""
    return definition.model_dump(mode="json", by_alias=True, exclude_none=True,
                                 exclude={"schema_ref"})


def definition_json_schema() -> dict[str, Any]:
    """The JSON Schema of the definition format, generated from the models."""
    schema = FormDefinition.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "urn:citizen-assistant:form-definition:1", **schema}
