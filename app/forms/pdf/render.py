"""A filled form as a PDF that reads like the paper form it replaces.

`render_form` lays out the service, the citizen, every question with its
answer ("Check your answers", from `document_summary`), the fee, the date and
an empty signature box, with the bundled fonts embedded. It returns the bytes
and where the signature box landed; `app.forms.pdf.prepare` then attaches the
answers and adds the signature field.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.forms.checks.dates import show_date
from app.forms.definition import FormDefinition
from app.forms.display import document_summary, show_money
from app.forms.pdf import fonts
from app.forms.pdf.labels import label
from app.forms.pdf.layout import (
    BAND,
    CONTENT_WIDTH,
    FOOTER_SPACE,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    numbered_canvas,
    styles,
)
from app.forms.pdf.signature_box import SignatureBox, SignaturePlacement
from app.forms.values import JsonValue
from app.forms.views import SummaryRow

LABEL_WIDTH = 0.38 * CONTENT_WIDTH
SIGNATURE_SIZE = (82 * mm, 30 * mm)


@dataclass(frozen=True, slots=True)
class Applicant:
    """Who submits: from the card (or the signing certificate)."""

    name: str
    national_number: str | None = None


@dataclass(frozen=True, slots=True)
class RenderedForm:
    pdf: bytes
    signature: SignaturePlacement
    # Characters no bundled font can draw; they show as empty boxes (the
    # attached answers still hold them exactly).
    missing_characters: frozenset[str]


class _Writer:
    """Paragraphs in the right faces for one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.styles = styles(language)
        self.seen: list[str] = []

    def para(self, text: str, style: str, bold: bool = False) -> Paragraph:
        self.seen.append(text)
        chain = fonts.BOLD_CHAIN if bold else fonts.REGULAR_CHAIN
        return Paragraph(fonts.markup(text, chain), self.styles[style])

    def rows(self, rows: Sequence[tuple[str, str, str | None]]) -> Table:
        """Label | value lines, each ruled below, the source of a value under it."""
        data: list[list[Any]] = []
        for key, value, source in rows:
            cell: list[Flowable] = [self.para(value, "value")]
            if source:
                cell.append(self.para(source, "source"))
            data.append([self.para(key, "label"), cell])
        table = Table(data, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
        table.setStyle(TableStyle([
            # A cell sets its own font before drawing, Helvetica by default: name
            # ours, or a non-embedded Helvetica ends up in the file.
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def heading(self, text: str) -> Table:
        """A section title on a light band, kept with the first line below it."""
        band = Table([[self.para(text, "heading", bold=True)]], colWidths=[CONTENT_WIDTH])
        band.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        band.keepWithNext = True
        band.spaceBefore = 9  # the frame adds it: air between a section and the next
        band.spaceAfter = 2
        return band


def _summary_rows(rows: Sequence[SummaryRow]) -> list[tuple[str, str, str | None]]:
    return [(row.key, row.value, row.source) for row in rows]


def render_form(definition: FormDefinition, document: Mapping[str, JsonValue], language: str,
                applicant: Applicant, day: date | None = None) -> RenderedForm:
    """The form `definition` filled with `document` (an answers document), in `language`."""
    fonts.register_fonts()
    day = day or date.today()
    w = _Writer(language)
    title = definition.title.text(language)
    story: list[Flowable] = [
        w.para(f"{label('country', language)} · {definition.provider.text(language)}",
               "country"),
        w.para(title, "title", bold=True),
        w.para(label("form_ref", language, form=definition.id, version=definition.version),
               "subtitle"),
        Spacer(1, 3 * mm),
        w.para(definition.description.text(language), "body"),
        Spacer(1, 2 * mm),
        w.heading(label("applicant", language)),
    ]
    applicant_rows: list[tuple[str, str, str | None]] = [
        (label("name", language), applicant.name, None)]
    if applicant.national_number:
        from stdnum.be import nn

        applicant_rows.append((label("national_number", language),
                               nn.format(applicant.national_number), None))
    story.append(w.rows(applicant_rows))
    for section in document_summary(definition, document, language):
        story.append(w.heading(section.title or label("answers", language)))
        story.append(w.rows(_summary_rows(section.rows)))
    if definition.fee is not None:
        fee = definition.fee
        story.append(w.heading(label("fee", language)))
        story.append(w.rows([(label("fee", language),
                              label("fee_line", language,
                                    amount=show_money(fee.amount_cents, language),
                                    purpose=fee.purpose.text(language)), None)]))
    box = SignatureBox(*SIGNATURE_SIZE)
    story.append(KeepTogether([
        w.heading(label("signature_heading", language)),
        Spacer(1, 1 * mm),
        w.para(label("declaration", language), "body"),
        Spacer(1, 2 * mm),
        w.rows([(label("date", language), show_date(day, language), None)]),
        Spacer(1, 4 * mm),
        w.para(label("signature", language), "label"),
        Spacer(1, 1 * mm),
        box,
        Spacer(1, 1 * mm),
        w.para(label("signature_hint", language), "small"),
        Spacer(1, 3 * mm),
        w.para(label("attachment_note", language), "small"),
    ]))
    footer_left = f"{title} · {definition.id} v{definition.version}"
    footer_made = label("created", language, date=show_date(day, language))

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = FOOTER_SPACE - 2 * mm
        canvas.line(MARGIN, top, PAGE_SIZE[0] - MARGIN, top)
        fonts.draw_text(canvas, MARGIN, top - 10, footer_left, 7.5)
        fonts.draw_text(canvas, PAGE_SIZE[0] - MARGIN, top - 10,
                        label("page", language, page=page, pages=pages), 7.5, anchor="right")
        fonts.draw_text(canvas, MARGIN, top - 20, footer_made, 7.5)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author=applicant.name,
        subject=label("form_ref", language, form=definition.id, version=definition.version),
        creator="Citizen Assistant", producer="Citizen Assistant", lang=_bcp47(language),
        initialFontName=fonts.SANS)
    frame = Frame(MARGIN, FOOTER_SPACE + 4 * mm, CONTENT_WIDTH,
                  PAGE_SIZE[1] - MARGIN - FOOTER_SPACE - 4 * mm, id="content",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    if box.placement is None:  # pragma: no cover - platypus always draws it
        raise RuntimeError("the signature box was not laid out")
    missing = frozenset().union(*(fonts.missing_characters(t) for t in w.seen))
    return RenderedForm(buffer.getvalue(), box.placement, missing)


def _bcp47(language: str) -> str:
    return {"en": "en", "nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "zh": "zh-Hans"}.get(
        language, language)
