"""Keeping a record of a sent application: save the signed PDF, or print it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.forms.context import FormContext
from app.ui.forms.sender import SendOutcome
from app.ui.i18n import translate
from app.ui.kit.background import run_in_background
from app.ui.kit.pdf import PRINT_DPI, RenderedPage, render_pages


class Keeper:
    def __init__(self, parent: QWidget, context: FormContext) -> None:
        self.parent = parent
        self.context = context
        self.saved_to: str | None = None

    def save(self, outcome: SendOutcome | None) -> None:
        if outcome is None:
            return
        suggested = f"{outcome.reference or 'application'}.pdf".replace("/", "-")
        path = self.context.save_path(self.parent, suggested)
        if path is None:
            return
        try:
            path.write_bytes(outcome.signed_pdf)
        except OSError as exc:
            self.context.navigator.announce(
                translate("Keeping", "The PDF could not be saved: %1").replace("%1", str(exc)))
            return
        self.saved_to = str(path)
        self.context.navigator.announce(
            translate("Keeping", "Saved as %1").replace("%1", str(path)))

    def print(self, outcome: SendOutcome | None) -> None:
        if outcome is None:
            return
        pdf = outcome.signed_pdf
        # Pages are rendered off the GUI thread; the print dialog opens after.
        run_in_background(lambda _progress: render_pages(pdf, PRINT_DPI), name="print-render",
                          on_success=self._print_pages, parent=self.parent)

    def _print_pages(self, pages: list[RenderedPage]) -> None:
        if self.context.print_pages(self.parent, pages):
            self.context.navigator.announce(
                QCoreApplication.translate("Keeping", "Sent to the printer"))
