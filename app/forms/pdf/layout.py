"""Page size, type styles and the footer of a rendered form.

The look follows a well-made paper form: a plain header with the issuing
service, numbered sections, every answer on its own ruled line with the
question in a narrow grey column beside it, and "page 2 of 3" on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.forms.pdf.fonts import SANS, SANS_BOLD

PAGE_SIZE: Final = A4
MARGIN: Final = 20 * mm
FOOTER_SPACE: Final = 14 * mm
CONTENT_WIDTH: Final = PAGE_SIZE[0] - 2 * MARGIN

INK: Final = colors.HexColor("#1d2327")
MUTED: Final = colors.HexColor("#5b6770")
RULE: Final = colors.HexColor("#c9d0d5")
BAND: Final = colors.HexColor("#eef1f3")
ACCENT: Final = colors.HexColor("#1f4e79")


def styles(language: str) -> dict[str, ParagraphStyle]:
    # Chinese breaks between any two characters; the Latin languages at spaces.
    wrap = "CJK" if language == "zh" else None
    base = ParagraphStyle("base", fontName=SANS, fontSize=10, leading=13.5, textColor=INK,
                          wordWrap=wrap)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                textColor=MUTED),
        "country": ParagraphStyle("country", parent=base, fontSize=8.5, leading=11,
                                  textColor=ACCENT),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=18,
                                leading=23, spaceBefore=2, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12,
                                   textColor=MUTED),
        "heading": ParagraphStyle("heading", parent=base, fontName=SANS_BOLD, fontSize=11.5,
                                  leading=15, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontSize=9, leading=12,
                                textColor=MUTED),
        "value": base,
        "source": ParagraphStyle("source", parent=base, fontSize=7.5, leading=10,
                                 textColor=MUTED),
    }


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Keeps every page until the end, so each footer can say "page x of y".

    `decorate(canvas, page, pages)` draws the footer; it is set on the class
    by `numbered_canvas`, because platypus makes the canvas itself.
    """

    decorate: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.decorate is not None:
                self.decorate(self, number, total)
            super().showPage()
        super().save()


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[NumberedCanvas]:
    return type("FormCanvas", (NumberedCanvas,), {"decorate": staticmethod(decorate)})
