"""One case: its status and history, the signed PDF as sent, and the letters about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from app.ui.cases.env import CasesEnv, cases_env
from app.ui.cases.pdf_view import PdfView
from app.ui.cases.source import CaseDetail
from app.ui.cases.words import status_text, when
from app.ui.i18n import translate
from app.ui.kit.background import run_in_background
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton
from app.ui.navigation import Navigator


class CaseView(ScrollPage):
    def __init__(self, env: CasesEnv, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.reference = reference
        self.setObjectName("case-page")
        self.detail: CaseDetail | None = None
        self.error: str | None = None
        self.open_document: PrimaryButton | None = None
        self.letter_links: list[LinkButton] = []
        self.viewer = PdfView(save_path=env.save_path, print_pages=env.print_pages,
                              announce=env.navigator.announce)
        self.viewer.hide()
        self._load()

    def page_title(self) -> str:
        return QCoreApplication.translate("Cases", "Case %1").replace("%1", self.reference)

    def _load(self) -> None:
        source = self.env.source
        self._draw()
        if source is None:
            return
        pin, reference = self.env.pin, self.reference
        run_in_background(lambda _progress: source.case(reference, pin), name="case",
                          on_success=self._loaded, on_failure=self._failed, parent=self)

    def _loaded(self, detail: CaseDetail) -> None:
        self.detail = detail
        self._draw()

    def _failed(self, error: Exception) -> None:
        from app.ui.cases.page import _plain

        self.error = _plain(error)
        self._draw()
        self.env.navigator.announce(self.error)

    def _draw(self) -> None:
        self.viewer.setParent(None)  # kept across redraws: it may hold a rendered PDF
        self.clear()
        back = LinkButton(translate("Cases", "Back to my cases"), self.column)
        back.clicked.connect(self.env.navigator.show_cases)
        self.body.addWidget(back)
        detail = self.detail
        title = detail.entry.title if detail is not None else self.page_title()
        self.body.addWidget(Heading(title, 1, self.column))
        self.body.addWidget(Paragraph(translate("Cases", "Reference: %1").replace(
            "%1", self.reference), self.column, selectable=True))
        if self.error:
            error = Paragraph(self.error, self.column)
            error.setObjectName("error")
            self.body.addWidget(error)
        elif detail is None:
            self.body.addWidget(Paragraph(translate("Cases", "Loading…"), self.column))
        else:
            entry = detail.entry
            self.body.addWidget(Paragraph(translate("Cases", "Status: %1").replace(
                "%1", status_text(entry.status)), self.column))
            self.body.addWidget(Heading(translate("Cases", "What happened"), 2, self.column))
            for event in detail.history:
                line = f"{when(str(event.get('at', '')))}: {status_text(str(event.get('status')))}"
                if event.get("note"):
                    line += f" ({event['note']})"
                self.body.addWidget(Paragraph(line, self.column))
            self.open_document = PrimaryButton(
                translate("Cases", "Open the signed PDF"), self.column, primary=False,
                description=translate("Cases", "Shows the application as you signed and sent it"))
            self.open_document.clicked.connect(self._open_signed)
            self.body.addWidget(self.open_document)
            self.letter_links = []
            if detail.letters:
                self.body.addWidget(Heading(translate("Cases", "Letters about this case"), 2,
                                            self.column))
            for number, message_id in enumerate(detail.letters, start=1):
                link = LinkButton(translate("Cases", "Letter %1").replace("%1", str(number)),
                                  self.column, description=translate("Cases", "Opens the letter"))
                link.clicked.connect(lambda _=False, mid=message_id: self._open_letter(mid))
                self.body.addWidget(link)
                self.letter_links.append(link)
        self.body.addWidget(self.viewer)
        self.finish()
        self.name_page(title, self.page_title())

    def _open_signed(self) -> None:
        source = self.env.source
        if source is None:
            return
        pin, reference = self.env.pin, self.reference
        run_in_background(lambda _progress: source.case_document(reference, pin),
                          name="case-document", parent=self, on_failure=self._failed,
                          on_success=lambda pdf: self._show(pdf, f"{reference}.pdf"))

    def _open_letter(self, message_id: str) -> None:
        source = self.env.source
        if source is None:
            return
        pin = self.env.pin
        self.env.marks.mark(message_id)
        run_in_background(lambda _progress: source.inbox_document(message_id, pin),
                          name="letter", parent=self, on_failure=self._failed,
                          on_success=lambda pdf: self._show(pdf, f"{message_id}.pdf"))

    def _show(self, pdf: bytes, name: str) -> None:
        self.viewer.set_pdf(pdf, name)
        self.viewer.show()
        self.ensureWidgetVisible(self.viewer)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()


class CasePage(CaseView):
    def __init__(self, ctx: object, nav: Navigator, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(cases_env(ctx, nav), reference, parent)
