"""The answers inside the PDF: one attached JSON file, signed with the pages.

What the citizen sees (the pages) and what the agency processes (this file)
are then the same signed bytes. The gateway reads the file by this name and
shape (docs/gateway.md, gateway/answers.py):

    {"form_id": ..., "form_version": ..., "language": ..., "answers": {...}}
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import Any, Final

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter

from app.forms.values import JsonValue

ANSWERS_FILE: Final = "answers.json"
ANSWERS_MIME: Final = "application/json"


def answers_payload(form_id: str, form_version: int, language: str,
                    answers: Mapping[str, JsonValue]) -> bytes:
    document = {"form_id": form_id, "form_version": form_version, "language": language,
                "answers": dict(answers)}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def attach_answers(writer: BasePdfFileWriter, payload: bytes) -> None:
    """Attach `payload` as answers.json to the document `writer` will write."""
    data = EmbeddedFileObject.from_file_data(writer, data=payload, mime_type=ANSWERS_MIME)
    embed_file(writer, FileSpec(
        file_spec_string=ANSWERS_FILE, file_name=ANSWERS_FILE, embedded_data=data,
        description="The answers of this form, as signed",
        # PDF 2.0 / PDF/A-3: the file is the data the pages present.
        af_relationship=generic.NameObject("/Data")))


def read_attachments(pdf: bytes, revision: int | None = None) -> dict[str, bytes]:
    """The embedded files of a PDF (of one revision, if given), by file name."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    root = reader.root if revision is None else reader.get_historical_root(revision)
    found: dict[str, bytes] = {}
    if "/Names" not in root or "/EmbeddedFiles" not in root["/Names"]:
        return found
    _walk(root["/Names"]["/EmbeddedFiles"], found, 0)
    return found


def _walk(node: Any, found: dict[str, bytes], depth: int) -> None:
    if depth > 8:  # a hostile document could nest name trees without end
        raise ValueError("the document's attachment list is nested too deeply")
    if "/Kids" in node:
        for kid in node["/Kids"]:
            _walk(kid.get_object(), found, depth + 1)
    if "/Names" in node:
        entries = node["/Names"]
        for i in range(0, len(entries) - 1, 2):
            spec = entries[i + 1].get_object()
            streams = spec["/EF"]
            stream = streams["/UF"] if "/UF" in streams else streams["/F"]
            name = spec["/UF"] if "/UF" in spec else spec.get("/F", entries[i])
            found[str(name)] = stream.data


def read_answers(pdf: bytes, revision: int | None = None) -> dict[str, Any]:
    """The attached answers document (raises KeyError if there is none)."""
    data = read_attachments(pdf, revision)[ANSWERS_FILE]
    parsed: dict[str, Any] = json.loads(data)
    return parsed
