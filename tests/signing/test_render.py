"""The rendered form: every form in every language, every name, fonts inside the file,
the answers attached."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.forms import form_ids, load_definition
from app.forms.pdf import ANSWERS_FILE, read_answers, read_attachments, unsigned_pdf
from app.forms.pdf.fonts import missing_characters
from app.text import LANGUAGES
from tests.signing.support import prepared_form


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def fonts_of(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in done.stdout.splitlines()[2:]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_renders_in_every_language(language: str) -> None:
    for form_id in form_ids():
        prepared = prepared_form(form_id, "worker", language)
        assert prepared.rendered.pdf.startswith(b"%PDF-")
        assert prepared.rendered.missing_characters == frozenset(), form_id
        placement = prepared.rendered.signature
        x1, y1, x2, y2 = placement.box
        assert 0 < x1 < x2 < 595 and 0 < y1 < y2 < 842


def test_the_page_shows_the_service_the_citizen_and_every_answer(tmp_path: Path) -> None:
    prepared = prepared_form("change-of-address", "worker", "fr")
    text = text_of(unsigned_pdf(prepared), tmp_path)
    definition = load_definition("change-of-address")
    assert definition.title.text("fr") in text
    assert definition.provider.text("fr") in text
    assert "Mathieu Pierre Dubois" in text and "85.08.03-171.28" in text
    assert "Rue de la Cathédrale 21 bte 4" in text
    assert "Déclaration et signature" in text and "Page 1 sur 2" in text


def test_chinese_form_keeps_latin_names_and_chinese_text(tmp_path: Path) -> None:
    prepared = prepared_form("vehicle-registration", "worker", "zh")
    text = text_of(prepared.rendered.pdf, tmp_path)
    assert "登记车辆" in text and "Mathieu Pierre Dubois" in text


def test_every_kind_of_name_renders_with_embedded_fonts(tmp_path: Path) -> None:
    name = "Łukasz Dvořák-Şahin Ærøskøbing Ğüneş Nguyễn Đức 王小明 Ђорђе Σοφία"
    prepared = prepared_form("residence-certificate", "worker", "nl", name=name)
    assert prepared.rendered.missing_characters == frozenset()
    text = text_of(prepared.rendered.pdf, tmp_path)
    for part in name.split():
        assert part in text, part
    fonts = fonts_of(prepared.rendered.pdf, tmp_path)
    assert fonts, "no fonts"
    for row in fonts:
        # name type encoding emb sub uni ...: every font embedded (a subset).
        assert row[-5:-2] == ["yes", "yes", "yes"], row


def test_a_character_no_font_has_is_reported() -> None:
    assert missing_characters("Anna \U00013000") == {"\U00013000"}
    prepared = prepared_form("residence-certificate", "worker", "en", name="Anna \U00013000")
    assert prepared.rendered.missing_characters == {"\U00013000"}


def test_the_answers_are_attached_as_json() -> None:
    prepared = prepared_form("income-tax", "student", "de")
    pdf = unsigned_pdf(prepared)
    attached = read_answers(pdf)
    assert attached["form_id"] == "income-tax"
    assert attached["form_version"] == load_definition("income-tax").version
    assert attached["language"] == "de"
    assert json.loads(prepared.payload) == attached
    assert set(read_attachments(pdf)) == {ANSWERS_FILE}


def test_unsigned_pdf_has_an_empty_visible_signature_field() -> None:
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    prepared = prepared_form("ehic", "worker", "en")
    reader = PdfFileReader(BytesIO(unsigned_pdf(prepared)))
    fields = list(enumerate_sig_fields(reader))
    assert [(name, value) for name, value, _ in fields] == [("Signature", None)]
    widget = fields[0][2].get_object()
    assert [round(float(v)) for v in widget["/Rect"]] == list(prepared.rendered.signature.box)
