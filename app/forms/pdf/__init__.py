"""Filled forms as PDF documents (no Qt): render, attach the answers, prepare to sign.

- `prepare_form(definition, answers_document, language, Applicant(name, nn))`
  renders the pages (bundled Unicode fonts) and the answers.json attachment;
  `unsigned_pdf(prepared)` writes it with an empty visible signature field;
  `app.forms.signing.sign_prepared(prepared, key, options)` signs it.
- `read_answers(pdf)` gives back the attached answers (a receipt, a test).
"""

from app.forms.pdf.attachment import (
    ANSWERS_FILE,
    answers_payload,
    attach_answers,
    read_answers,
    read_attachments,
)
from app.forms.pdf.prepare import SIGNATURE_FIELD, PreparedForm, prepare_form, unsigned_pdf
from app.forms.pdf.render import Applicant, RenderedForm, render_form
from app.forms.pdf.signature_box import SignaturePlacement

__all__ = [
    "ANSWERS_FILE", "SIGNATURE_FIELD", "Applicant", "PreparedForm", "RenderedForm",
    "SignaturePlacement", "answers_payload", "attach_answers", "prepare_form", "read_answers",
    "read_attachments", "render_form", "unsigned_pdf",
]
