"""My cases: every form sent (with its status) and those waiting to be sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.ui.cases.env import CasesEnv, cases_env
from app.ui.cases.source import WAITING, CaseEntry, CaseList, InboxEntry
from app.ui.cases.words import status_text, when
from app.ui.forms.failures import explain
from app.ui.i18n import translate
from app.ui.kit.background import run_in_background
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton
from app.ui.navigation import Navigator


class CasesView(ScrollPage):
    def __init__(self, env: CasesEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("cases-page")
        self.listing: CaseList | None = None
        self.unread = 0
        self.loading = False
        self.error: str | None = None
        self.case_links: dict[str, LinkButton] = {}
        self.send_button: PrimaryButton | None = None
        self.refresh()

    def page_title(self) -> str:
        return QCoreApplication.translate("Cases", "My cases")

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        source = self.env.source
        if source is None:
            self.error = QCoreApplication.translate(
                "Cases", "No address of the government gateway is set. Set it in Settings.")
            self._draw()
            return
        self.loading, self.error = True, None
        self._draw()
        pin = self.env.pin

        def load(_progress: object) -> tuple[CaseList, list[InboxEntry]]:
            listing = source.cases(pin)
            letters = [] if listing.offline_reason else source.inbox(pin)
            return listing, letters

        run_in_background(load, name="cases", on_success=self._loaded,
                          on_failure=self._failed, parent=self)

    def _loaded(self, result: tuple[CaseList, list[InboxEntry]]) -> None:
        self.listing, letters = result
        self.unread = self.env.marks.unread([letter.id for letter in letters])
        self.loading = False
        self._draw()
        count = len(self.listing.cases)
        self.env.navigator.announce(QCoreApplication.translate(
            "Cases", "%n case(s)", "", count))

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.error = _plain(error)
        self._draw()
        self.env.navigator.announce(self.error)

    def _send_waiting(self) -> None:
        source = self.env.source
        if source is None or self.loading:
            return
        self.loading = True
        self._draw()
        pin = self.env.pin
        run_in_background(lambda _progress: source.send_waiting(pin), name="send-waiting",
                          on_success=self._sent, on_failure=self._failed, parent=self)

    def _sent(self, delivered: int) -> None:
        self.env.navigator.announce(QCoreApplication.translate(
            "Cases", "%n form(s) sent", "", delivered))
        self.refresh()

    # -- drawing ------------------------------------------------------------------------

    def _draw(self) -> None:
        self.clear()
        self.case_links = {}
        self.send_button = None
        self.body.addWidget(Heading(translate("Cases", "My cases"), 1, self.column))
        if self.loading:
            self.body.addWidget(Paragraph(translate("Cases", "Loading your cases…"), self.column))
        if self.error:
            error = Paragraph(self.error, self.column)
            error.setObjectName("error")
            self.body.addWidget(error)
        listing = self.listing
        if listing is not None and not self.loading:
            self._inbox_line()
            if listing.offline_reason:
                note = Paragraph(translate("Cases", "The service cannot be reached, so this list "
                                             "shows what this computer keeps.") + " "
                                 + listing.offline_reason, self.column)
                note.setObjectName("warning")
                self.body.addWidget(note)
            if not listing.cases:
                self.body.addWidget(Paragraph(translate("Cases", "You have not sent any form yet."),
                                              self.column))
            for entry in listing.cases:
                self.body.addWidget(self._case_card(entry))
            if any(entry.status == WAITING for entry in listing.cases):
                self.send_button = PrimaryButton(translate("Cases", "Send waiting forms now"),
                                                 self.column, description=translate(
                    "Cases", "Logs in with your card and sends what waits on this computer"))
                self.send_button.clicked.connect(self._send_waiting)
                self.body.addWidget(self.send_button)
        row = QHBoxLayout()
        refresh = PrimaryButton(translate("Cases", "Refresh"), self.column, primary=False,
                                description=translate("Cases", "Asks the service for the latest "
                                                        "status"))
        refresh.setEnabled(not self.loading)
        refresh.clicked.connect(self.refresh)
        row.addWidget(refresh)
        row.addStretch(1)
        self.body.addLayout(row)
        self.finish()
        self.name_page(translate("Cases", "My cases"),
                       translate("Cases", "Forms you sent and their status"))

    def _inbox_line(self) -> None:
        text = (translate("Cases", "Inbox: %n unread letter(s)", "", self.unread) if self.unread
                else translate("Cases", "Inbox: no unread letters"))
        link = LinkButton(text, self.column, description=translate(
            "Cases", "Letters government sent you"))
        link.clicked.connect(self.env.navigator.show_inbox)
        self.body.addWidget(link)

    def _case_card(self, entry: CaseEntry) -> QFrame:
        card = QFrame(self.column)
        card.setObjectName("panel")
        layout = QVBoxLayout(card)
        status = status_text(entry.status)
        if entry.reference is not None:
            link = LinkButton(entry.title, card, description=f"{entry.reference}. {status}")
            reference = entry.reference
            link.clicked.connect(lambda: self.env.navigator.show_case(reference))
            layout.addWidget(link)
            self.case_links[reference] = link
            layout.addWidget(Paragraph(translate("Cases", "Reference: %1").replace(
                "%1", entry.reference), card, selectable=True))
        else:
            layout.addWidget(Heading(entry.title, 3, card))
        layout.addWidget(Paragraph(translate("Cases", "Status: %1").replace("%1", status), card))
        if entry.received_at:
            layout.addWidget(Paragraph(translate("Cases", "Received on %1").replace(
                "%1", when(entry.received_at)), card))
        if entry.note and entry.status != "received":
            layout.addWidget(Paragraph(entry.note, card))
        return card

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()


class CasesPage(CasesView):
    def __init__(self, ctx: object, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(cases_env(ctx, nav), parent)


def _plain(error: BaseException) -> str:
    """A failure in words: the services' own message, or the card's."""
    from app.services import ServiceError

    if isinstance(error, ServiceError):
        return error.message
    return explain(error, about_answers=False).message
