"""Writes resources/forms/form-definition.schema.json from the pydantic models.

Run `python -m app.forms.export_schema` after changing app/forms/definition.py;
a test fails while the shipped file and the models disagree.
"""

from __future__ import annotations

import json

from app.forms.loader import SCHEMA_FILE, definition_json_schema, forms_dir


def schema_text() -> str:
    return json.dumps(definition_json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    (forms_dir() / SCHEMA_FILE).write_text(schema_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
