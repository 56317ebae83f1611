"""The calm screens before the road: one per reader and card state.

No reader, no card, a card that is not an eID, a card whose data does not
verify, the card service not running: each says what happened and what to do,
in a sentence or two, with at most one main action.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.cardreader.states import Snapshot, State
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.messages import read_problem
from app.ui.navigation import Navigator


class Screen(enum.Enum):
    NO_SERVICE = "no-service"
    NO_READER = "no-reader"
    INSERT = "insert"
    READING = "reading"
    INVALID = "invalid"
    UNVERIFIED = "unverified"
    TAKE_CARD = "take-card"  # a kiosk session ended with the card still in


def screen_for(snapshot: Snapshot) -> Screen:
    return {
        State.NO_SERVICE: Screen.NO_SERVICE,
        State.NO_READER: Screen.NO_READER,
        State.READY: Screen.INSERT,
        State.CARD_PRESENT: Screen.READING,
        State.READING: Screen.READING,
        State.CARD_READ: Screen.READING,  # the home page shows the road instead
        State.CARD_INVALID: Screen.INVALID,
    }[snapshot.state]


class CardStatePage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardStatePage")
        self._ctx = ctx
        self._nav = nav
        self.kind = Screen.INSERT
        self._problem: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no figure to show: reading takes about a second
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(420)
        self.action = QPushButton()
        self.action.setObjectName("primary")
        self.action.clicked.connect(self._act)
        self.secondary = QPushButton()
        self.secondary.setObjectName("link")
        self.secondary.clicked.connect(self._secondary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.busy)
        layout.addWidget(self.detail)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.secondary, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.show_snapshot(ctx.card.snapshot())

    def page_title(self) -> str:
        return self.heading.text()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._problem = snapshot.problem
        self._show(screen_for(snapshot))

    def show_unverified(self) -> None:
        self._problem = None
        self._show(Screen.UNVERIFIED)

    def show_take_card(self) -> None:
        self._problem = None
        self._show(Screen.TAKE_CARD)

    def _show(self, screen: Screen) -> None:
        self.kind = screen
        self.retranslate()

    def retranslate(self) -> None:
        s = self.kind
        demo = self._ctx.demo
        texts: dict[Screen, tuple[str, str]] = {
            Screen.NO_SERVICE: (
                translate("CardState", "The card reader software is not running"),
                translate("CardState", "Your computer's smart card service is stopped, so the "
                                       "card reader cannot be used. Restart your computer; if "
                                       "this screen stays, open Help.")),
            Screen.NO_READER: (
                translate("CardState", "Connect a card reader"),
                translate("CardState", "Plug your card reader into the computer. This screen "
                                       "changes by itself when the reader is found.")),
            Screen.INSERT: (
                translate("CardState", "Insert your eID card"),
                translate("CardState", "Use the demo panel at the bottom to insert a virtual "
                                       "card.") if demo else
                translate("CardState", "Put your eID card in the reader, chip first and facing "
                                       "up.")),
            Screen.READING: (
                translate("CardState", "Reading your card"),
                translate("CardState", "This takes a second or two. Leave the card in the "
                                       "reader.")),
            Screen.INVALID: (
                translate("CardState", "This card cannot be used"),
                read_problem(self._problem)),
            Screen.UNVERIFIED: (
                translate("CardState", "This card's data could not be confirmed"),
                translate("CardState", "The data on this card is not signed as the National "
                                       "Register signs it, so government services will not "
                                       "accept it. Your town hall can help.")),
            Screen.TAKE_CARD: (
                translate("CardState", "Please take your card"),
                translate("CardState", "Your session has ended and everything you entered "
                                       "has been deleted. Take your card out of the "
                                       "reader.")),
        }
        heading, body = texts[s]
        self.heading.setText(heading)
        self.body.setText(body)
        self.busy.setVisible(s is Screen.READING)
        describe(self.busy, translate("CardState", "Reading the card"),
                 translate("CardState", "The card is being read."))
        self.detail.setVisible(s is Screen.INVALID)
        self.detail.setText(translate("CardState", "Take the card out and put it back. A bank "
                                                   "card or another kind of card cannot be "
                                                   "used here."))
        action = {
            Screen.NO_SERVICE: translate("CardState", "Help and diagnostics"),
            Screen.NO_READER: translate("CardState", "Help and diagnostics"),
            Screen.INVALID: translate("CardState", "Read the card again"),
            Screen.UNVERIFIED: translate("CardState", "See what the card says"),
        }.get(s)
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        describe(self.action, action or "", {
            Screen.INVALID: translate("CardState", "Try reading the card in the reader again."),
            Screen.UNVERIFIED: translate("CardState", "Open My eID with the checks that "
                                                      "failed."),
        }.get(s, translate("CardState", "What this computer knows about the card reader, "
                                        "and a report to copy for the helpdesk.")))
        show_open = s is Screen.INSERT and not self._ctx.kiosk
        self.secondary.setVisible(show_open)
        self.secondary.setText(translate("CardState", "Open a saved eID file"))
        describe(self.secondary, self.secondary.text(),
                 translate("CardState", "Show the data of an .eid file saved earlier."))

    def _act(self) -> None:
        if self.kind in (Screen.NO_SERVICE, Screen.NO_READER):
            self._nav.show_diagnostics()
        elif self.kind is Screen.INVALID:
            self._ctx.card.reread()
        elif self.kind is Screen.UNVERIFIED:
            self._nav.show_my_eid()

    def _secondary(self) -> None:
        self._nav.show_my_eid()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
