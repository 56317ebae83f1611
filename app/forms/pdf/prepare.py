"""From answers to a document ready to sign: the pages, the attachment, the field.

`prepare_form` renders once; `PreparedForm.writer()` opens the incremental
writer on which the answers are attached and that the signer then signs, so
the attachment is part of the signed revision. `unsigned_pdf` writes the same
document with an empty signature field, for a person who signs elsewhere.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from app.forms.definition import FormDefinition
from app.forms.pdf.attachment import answers_payload, attach_answers
from app.forms.pdf.render import Applicant, RenderedForm, render_form
from app.forms.values import JsonValue

SIGNATURE_FIELD: Final = "Signature"


@dataclass(frozen=True, slots=True)
class PreparedForm:
    form_id: str
    form_version: int
    language: str
    rendered: RenderedForm
    payload: bytes  # answers.json

    @property
    def field_spec(self) -> SigFieldSpec:
        placement = self.rendered.signature
        return SigFieldSpec(sig_field_name=SIGNATURE_FIELD, on_page=placement.page,
                            box=placement.box)

    def writer(self) -> IncrementalPdfFileWriter:
        """A fresh writer over the pages, with the answers attached."""
        writer = IncrementalPdfFileWriter(io.BytesIO(self.rendered.pdf))
        attach_answers(writer, self.payload)
        return writer


def prepare_form(definition: FormDefinition, document: Mapping[str, JsonValue],
                 language: str, applicant: Applicant, day: date | None = None) -> PreparedForm:
    rendered = render_form(definition, document, language, applicant, day)
    payload = answers_payload(definition.id, definition.version, language, document)
    return PreparedForm(definition.id, definition.version, language, rendered, payload)


def unsigned_pdf(prepared: PreparedForm) -> bytes:
    writer = prepared.writer()
    append_signature_field(writer, prepared.field_spec)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # untyped in pyHanko
    return out.getvalue()
