"""A PDF shown as page images (pypdfium2), with zoom, save and print.

Rendering runs off the GUI thread; each page image carries the page's text as
its accessible description, so a screen reader can read the letter too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.i18n import translate
from app.ui.kit.background import run_in_background
from app.ui.kit.pdf import PRINT_DPI, PdfUnreadable, RenderedPage, render_pages, to_image
from app.ui.kit.widgets import Paragraph, PrimaryButton, describe

SCREEN_DPI = 120.0
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PdfView(QFrame):
    def __init__(self, parent: QWidget | None = None, *,
                 save_path: Callable[[QWidget, str], Path | None],
                 print_pages: Callable[[QWidget, list[RenderedPage]], bool],
                 announce: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-view")
        self._save_path = save_path
        self._print_pages = print_pages
        self._announce = announce
        self.pdf: bytes = b""
        self.name = "document.pdf"
        self.pages: list[RenderedPage] = []
        self.labels: list[QLabel] = []
        self.zoom = 1.0
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.zoom_out = PrimaryButton(translate("PdfView", "Smaller"), self, primary=False,
                                      description=translate("PdfView", "Shows the pages smaller"))
        self.zoom_in = PrimaryButton(translate("PdfView", "Larger"), self, primary=False,
                                     description=translate("PdfView", "Shows the pages larger"))
        self.save = PrimaryButton(
            translate("PdfView", "Save"), self, primary=False,
            description=translate("PdfView", "Saves the PDF on this computer"))
        self.print_button = PrimaryButton(translate("PdfView", "Print"), self, primary=False,
                                          description=translate("PdfView", "Prints the document"))
        for button in (self.zoom_out, self.zoom_in, self.save, self.print_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.status = Paragraph(parent=self)
        layout.addWidget(self.status)
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        describe(self.pages_area, translate("PdfView", "Document pages"),
                 translate("PdfView", "Use the arrow keys and Page Down to read on"))
        inner = QWidget()
        self.page_layout = QVBoxLayout(inner)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_area.setWidget(inner)
        self.pages_area.setMinimumHeight(360)
        layout.addWidget(self.pages_area, 1)
        self.zoom_out.clicked.connect(lambda: self._zoom(-1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1))
        self.save.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for button in (self.zoom_out, self.zoom_in, self.save, self.print_button):
            button.setEnabled(on)

    def set_pdf(self, pdf: bytes, name: str) -> None:
        self.pdf, self.name = pdf, name
        self.status.setText(QCoreApplication.translate("PdfView", "Opening the document…"))
        self._enable(False)
        run_in_background(lambda _progress: render_pages(pdf, SCREEN_DPI), name="pdf-render",
                          on_success=self._rendered, on_failure=self._unreadable, parent=self)

    def _rendered(self, pages: list[RenderedPage]) -> None:
        self.pages = pages
        self.status.setText(QCoreApplication.translate("PdfView", "%n page(s)", "", len(pages)))
        self._enable(True)
        self._show_pages()

    def _unreadable(self, error: Exception) -> None:
        message = QCoreApplication.translate("PdfView", "This document cannot be shown.")
        if not isinstance(error, PdfUnreadable):
            message += f" ({type(error).__name__})"
        self.status.setText(message)
        self._announce(message)

    def _show_pages(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            label = QLabel(self)
            pixmap = QPixmap.fromImage(to_image(page))
            size = pixmap.size() * self.zoom
            label.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
            label.setAccessibleName(QCoreApplication.translate(
                "PdfView", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
            label.setAccessibleDescription(page.text)
            label.setFrameShape(QFrame.Shape.Box)
            self.page_layout.addWidget(label)
            self.labels.append(label)

    def _zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, index + step))]
        self._show_pages()

    def _save(self) -> None:
        path = self._save_path(self, self.name)
        if path is None:
            return
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            self._announce(translate("Keeping", "The PDF could not be saved: %1")
                           .replace("%1", str(exc)))
            return
        self._announce(translate("Keeping", "Saved as %1").replace("%1", str(path)))

    def _print(self) -> None:
        pdf = self.pdf
        run_in_background(lambda _progress: render_pages(pdf, PRINT_DPI), name="print-render",
                          on_success=self._print_rendered, parent=self)

    def _print_rendered(self, pages: list[RenderedPage]) -> None:
        if self._print_pages(self, pages):
            self._announce(QCoreApplication.translate("Keeping", "Sent to the printer"))
