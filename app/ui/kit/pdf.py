"""PDF pages as images (pypdfium2: PySide6-Essentials has no QtPdf), and the
two ways to keep a PDF: save it to a file, or print it.

Rendering is CPU work: callers run `render_pages` off the GUI thread and turn
the raw RGBA bytes into QImages on the GUI thread (`to_image`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class RenderedPage:
    width: int
    height: int
    rgba: bytes
    # The page's text: what a screen reader says for the page image.
    text: str = ""


class PdfUnreadable(Exception):
    """The bytes are not a PDF that can be shown."""


def render_pages(pdf: bytes, dpi: float = 110.0) -> list[RenderedPage]:
    """Every page at `dpi`; thread-safe to call from one worker at a time."""
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise PdfUnreadable(str(exc)) from exc
    pages: list[RenderedPage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = bitmap.to_pil().convert("RGBA")
            textpage = page.get_textpage()
            text = " ".join(textpage.get_text_range().split())
            textpage.close()
            pages.append(RenderedPage(image.width, image.height, image.tobytes(), text))
            bitmap.close()
            page.close()
    finally:
        document.close()
    return pages


def to_image(page: RenderedPage) -> QImage:
    image = QImage(page.rgba, page.width, page.height, page.width * 4,
                   QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: `page.rgba` may go away


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """The standard save dialog; None when the person cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Keeping", "Save the PDF"), suggested,
        QCoreApplication.translate("Keeping", "PDF documents (*.pdf)"))
    return Path(name) if name else None


PRINT_DPI = 200.0


def print_pages(parent: QWidget, pages: list[RenderedPage]) -> bool:
    """Print pages rendered beforehand (off the GUI thread, at PRINT_DPI) through
    the system's print dialog; False when the person cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(printer, pages)
    return True


def paint_pages(device: QPagedPaintDevice, pages: list[RenderedPage]) -> None:
    """Draw pages on a paged device (a QPrinter, a QPdfWriter), one per sheet."""
    painter = QPainter(device)
    try:
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            image = to_image(page)
            scaled = image.size().scaled(painter.viewport().size(),
                                         Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
