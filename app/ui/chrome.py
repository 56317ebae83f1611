"""The window's frame around the pages: the top bar and the navigation rail.

The top bar always holds the same things in the same places (WCAG 3.2.6,
consistent help): the program's name, the card's state, the language, and in a
kiosk the "Call staff" button, top right, on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cardreader.states import Snapshot, State
from app.text import LANGUAGES
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import NATIVE_NAMES, translate
from app.ui.pages.home import first_name
from app.ui.settings import LockedSetting

# The rail's entries, in order: (key, the Navigator method the window calls).
NAV_KEYS = ("home", "cases", "inbox", "my_eid", "settings", "diagnostics")


def nav_text(key: str) -> tuple[str, str]:
    """(label, description) of a rail entry."""
    return {
        "home": (translate("MainWindow", "My road"),
                 translate("MainWindow", "Your road of life and the services that matter "
                                         "now.")),
        "cases": (translate("MainWindow", "My cases"),
                  translate("MainWindow", "Forms you sent and where they stand.")),
        "inbox": (translate("MainWindow", "Inbox"),
                  translate("MainWindow", "Letters and documents the government sent you.")),
        "my_eid": (translate("MainWindow", "My eID"),
                   translate("MainWindow", "What your card holds, its checks, your PIN.")),
        "settings": (translate("MainWindow", "Settings"),
                     translate("MainWindow", "Language, text size, contrast, card reader.")),
        "diagnostics": (translate("MainWindow", "Help"),
                        translate("MainWindow", "Check the card reader and copy a report for "
                                                "the helpdesk.")),
    }[key]


def card_status(ctx: AppContext, snapshot: Snapshot, *, hidden: bool = False) -> str:
    state = snapshot.state
    if hidden:  # a kiosk session ended with the card still in: no name on screen
        return translate("CardState", "Please take your card")
    if state is State.NO_SERVICE:
        return translate("MainWindow", "Card reader software not running")
    if state is State.NO_READER:
        return translate("MainWindow", "No card reader")
    if state is State.READY:
        return translate("MainWindow", "No card")
    if state in (State.CARD_PRESENT, State.READING) and ctx.card.last_greeting() is None:
        return translate("MainWindow", "Reading the card")
    if state is State.CARD_INVALID:
        return translate("MainWindow", "Card cannot be used")
    greeting = ctx.card.last_greeting()
    data = ctx.card.last_read()
    names = greeting.identity.first_names if greeting else (
        data.identity.first_names if data else None)
    surname = greeting.identity.surname if greeting else (data.identity.surname if data else "")
    full = " ".join(part for part in (first_name(names), surname or "") if part)
    return translate("MainWindow", "Card of {name}").format(name=full)


class TopBar(QFrame):
    staffCalled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.language = QComboBox()
        # Sized for the longest name in characters, not by measuring every item:
        # measuring 简体中文 makes Qt look for a CJK font at startup (~2 ms),
        # before anyone opens the list.
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(max(len(n) for n in NATIVE_NAMES.values()) + 1)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setEnabled(not ctx.settings.is_locked("language"))
        self.language.activated.connect(self._language_chosen)
        self.call_staff = QPushButton()
        self.call_staff.setObjectName("primary")
        self.call_staff.setVisible(ctx.kiosk)
        self.call_staff.clicked.connect(self.staffCalled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.language)
        layout.addWidget(self.call_staff)
        ctx.settings.languageChanged.connect(self._sync_language)
        self._sync_language()
        self.retranslate()

    def _language_chosen(self, index: int) -> None:
        try:
            self._ctx.settings.language = self.language.itemData(index)
        except LockedSetting:
            self._sync_language()

    def _sync_language(self, *_: object) -> None:
        self.language.setCurrentIndex(self.language.findData(self._ctx.settings.language))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def retranslate(self) -> None:
        self.title.setText(translate("MainWindow", "Citizen Assistant"))
        describe(self.language, translate("MainWindow", "Language"),
                 translate("MainWindow", "The language of the program. It changes at once."))
        self.call_staff.setText(translate("MainWindow", "Call staff"))
        describe(self.call_staff, self.call_staff.text(),
                 translate("MainWindow", "A member of staff comes to help you."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NavRail(QFrame):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 16, 8, 16)
        for key in NAV_KEYS:
            button = QPushButton()
            button.setObjectName("nav")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self._group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.setMinimumWidth(180)
        self.retranslate()

    def select(self, key: str | None) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        else:
            self._group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)

    def set_badge(self, key: str, count: int) -> None:
        """An unread count after an entry's name ("Inbox (2)")."""
        self.buttons[key].setProperty("badge", count)
        self.retranslate()

    def retranslate(self) -> None:
        for key, button in self.buttons.items():
            label, description = nav_text(key)
            badge = button.property("badge")
            if isinstance(badge, int) and badge > 0:
                label = translate("MainWindow", "{label} ({count} new)").format(
                    label=label, count=badge)
            button.setText(label)
            describe(button, label, description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
