"""The inbox: letters government sent (acknowledgements, decisions, certificates),
newest first, unread ones marked, each opened in the PDF view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from app.text import pick
from app.ui.cases.env import CasesEnv, cases_env
from app.ui.cases.pdf_view import PdfView
from app.ui.cases.source import InboxEntry
from app.ui.cases.words import when
from app.ui.i18n import translate
from app.ui.kit.background import run_in_background
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton
from app.ui.navigation import Navigator


class InboxView(ScrollPage):
    """`unread_changed(count)` lets the window show the count beside "Inbox"."""

    unread_changed = Signal(int)

    def __init__(self, env: CasesEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("inbox-page")
        self.letters: list[InboxEntry] | None = None
        self.error: str | None = None
        self.links: dict[str, LinkButton] = {}
        self.opened: str | None = None
        self.viewer = PdfView(save_path=env.save_path, print_pages=env.print_pages,
                              announce=env.navigator.announce)
        self.viewer.hide()
        self.refresh()

    def page_title(self) -> str:
        return QCoreApplication.translate("Inbox", "Inbox")

    @property
    def unread(self) -> int:
        return self.env.marks.unread([letter.id for letter in self.letters or []])

    def refresh(self) -> None:
        source = self.env.source
        self.error = None
        if source is None:
            self.error = QCoreApplication.translate(
                "Cases", "No address of the government gateway is set. Set it in Settings.")
            self._draw()
            return
        self._draw()
        pin = self.env.pin
        run_in_background(lambda _progress: source.inbox(pin), name="inbox",
                          on_success=self._loaded, on_failure=self._failed, parent=self)

    def _loaded(self, letters: list[InboxEntry]) -> None:
        self.letters = letters
        self._draw()
        self.unread_changed.emit(self.unread)
        self.env.navigator.announce(self._count_text())

    def _failed(self, error: Exception) -> None:
        from app.ui.cases.page import _plain

        self.error = _plain(error)
        self._draw()
        self.env.navigator.announce(self.error)

    def _count_text(self) -> str:
        if self.unread:
            return QCoreApplication.translate("Inbox", "%n unread letter(s)", "", self.unread)
        return QCoreApplication.translate("Inbox", "No unread letters")

    def _draw(self) -> None:
        language = self.env.language()
        self.viewer.setParent(None)
        self.clear()
        self.links = {}
        self.body.addWidget(Heading(translate("Inbox", "Inbox"), 1, self.column))
        if self.error:
            error = Paragraph(self.error, self.column)
            error.setObjectName("error")
            self.body.addWidget(error)
        elif self.letters is None:
            self.body.addWidget(Paragraph(translate("Inbox", "Loading your letters…"), self.column))
        else:
            self.body.addWidget(Paragraph(self._count_text(), self.column))
            if not self.letters:
                self.body.addWidget(Paragraph(translate("Inbox", "No letters yet."), self.column))
            for letter in self.letters:
                title = pick(letter.title, language) if letter.title else letter.id
                unread = not self.env.marks.is_read(letter.id)
                label = translate("Inbox", "%1 (unread)").replace("%1", title) if unread else title
                details = when(letter.created_at)
                if letter.case_reference:
                    details += " · " + letter.case_reference
                link = LinkButton(label, self.column, description=details)
                link.clicked.connect(lambda _=False, chosen=letter: self.open(chosen))
                self.body.addWidget(link)
                self.body.addWidget(Paragraph(details, self.column))
                self.links[letter.id] = link
        refresh = PrimaryButton(translate("Inbox", "Refresh"), self.column, primary=False,
                                description=translate("Inbox", "Looks for new letters"))
        refresh.clicked.connect(self.refresh)
        self.body.addWidget(refresh)
        self.body.addWidget(self.viewer)
        self.finish()
        self.name_page(translate("Inbox", "Inbox"), self._count_text() if self.letters is not None
                       else translate("Inbox", "Letters government sent you"))

    def open(self, letter: InboxEntry) -> None:
        source = self.env.source
        if source is None:
            return
        pin = self.env.pin
        self.opened = letter.id
        self.env.marks.mark(letter.id)
        self._draw()
        self.unread_changed.emit(self.unread)
        run_in_background(lambda _progress: source.inbox_document(letter.id, pin),
                          name="letter", parent=self, on_failure=self._failed,
                          on_success=lambda pdf: self._show(pdf, f"{letter.id}.pdf"))

    def _show(self, pdf: bytes, name: str) -> None:
        self.viewer.set_pdf(pdf, name)
        self.viewer.show()
        self.ensureWidgetVisible(self.viewer)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()


class InboxPage(InboxView):
    def __init__(self, ctx: object, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(cases_env(ctx, nav), parent)
