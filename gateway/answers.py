"""The answers attached to a signed PDF, and their check against the form.

The client attaches one file named `answers.json` (application/json) to the PDF
before signing it:

    {"form_id": "change-of-address", "form_version": 1, "language": "en",
     "answers": {"<question id>": <answer>, ...}}

`language` is the language the citizen filled the form in (en, nl, fr, de, zh);
replies come back in it. The answers are checked with the same rules the
program applies (`app.forms.validation.validate_answers`), so what the citizen could send
is exactly what the gateway accepts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.forms.definition import FormDefinition
from app.forms.prefill import Prefill
from app.forms.validation import validate_answers
from app.text import LANGUAGES
from gateway.errors import ApiError

ANSWERS_FILE = "answers.json"


@dataclass(frozen=True, slots=True)
class SubmittedAnswers:
    form_id: str
    form_version: int
    language: str
    answers: dict[str, Any]


def read_answers(attachments: dict[str, bytes]) -> SubmittedAnswers:
    raw = attachments.get(ANSWERS_FILE)
    if raw is None:
        raise ApiError(422, "answers_missing",
                       f"the signed document has no attached {ANSWERS_FILE}")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(422, "answers_invalid", f"{ANSWERS_FILE} is not JSON") from None
    if not isinstance(data, dict):
        raise ApiError(422, "answers_invalid", f"{ANSWERS_FILE} must be a JSON object")
    form_id, version = data.get("form_id"), data.get("form_version")
    language, answers = data.get("language", "en"), data.get("answers")
    if not isinstance(form_id, str) or not isinstance(version, int) \
            or isinstance(version, bool) or not isinstance(answers, dict):
        raise ApiError(422, "answers_invalid", f"{ANSWERS_FILE} needs form_id (text), "
                       "form_version (integer) and answers (object)")
    if language not in LANGUAGES:
        raise ApiError(422, "answers_invalid",
                       f"language must be one of {', '.join(LANGUAGES)}")
    return SubmittedAnswers(form_id, version, language, answers)


def check_answers(definitions: dict[str, FormDefinition], submitted: SubmittedAnswers,
                  signer_national_number: str) -> FormDefinition:
    definition = definitions.get(submitted.form_id)
    if definition is None:
        raise ApiError(422, "form_unknown", f"no form {submitted.form_id!r} is accepted here")
    if definition.version != submitted.form_version:
        raise ApiError(422, "form_version_outdated",
                       f"form {submitted.form_id!r} is at version {definition.version}; "
                       "fill it again with the current version")
    # The signing certificate vouches for the national number, as the card
    # would: a form that shows it from the card must carry exactly that one.
    signer = Prefill(card_identity={"national_number": signer_national_number})
    problems = validate_answers(definition, submitted.answers, language=submitted.language,
                                prefill=signer)
    if problems:
        raise ApiError(422, "answers_rejected", "some answers do not meet the form's rules",
                       details=[{"field": p.field, "kind": p.kind, "message": p.message}
                                for p in problems])
    return definition
