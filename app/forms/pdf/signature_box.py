"""The visible place of the signature: a box on the page, and where it landed.

pyHanko puts the signature field (and its appearance) on a page at a rectangle
in PDF coordinates. Platypus decides where the box ends up only while it lays
out the document, so the flowable records its own position when it is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@dataclass(frozen=True, slots=True)
class SignaturePlacement:
    page: int  # 0-based, as pyHanko counts
    box: tuple[int, int, int, int]  # x1, y1, x2, y2 in points from the bottom left


class SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """An empty dashed frame; the signature's appearance is drawn into it."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.placement: SignaturePlacement | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Top-level flowables are drawn at absolute page coordinates; this box is
        # never nested in a table, so (x, y) is where the field belongs.
        page = canvas.getPageNumber() - 1
        self.placement = SignaturePlacement(
            page, (round(x), round(y), round(x + self.width), round(y + self.height)))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#5b6770"))
        canvas.setDash(3, 2)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()
