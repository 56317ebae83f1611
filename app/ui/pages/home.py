"""Home: the card's state until the person is greeted, then the greeting and the road.

The road appears as soon as the greeting arrives (identity and address
verified), while the card is still being read: the photo and certificates are
not needed to draw it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.cardreader.greeting import Greeting
from app.cardreader.model import EidData
from app.cardreader.states import Snapshot, State
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.navigation import Navigator
from app.ui.page_registry import refresh_road, road_view
from app.ui.pages.about_you import AboutYou
from app.ui.pages.card_state import CardStatePage


def first_name(first_names: str | None) -> str:
    names = (first_names or "").replace(",", " ").split()
    return names[0] if names else ""


def greeting_text(name: str, hour: int) -> str:
    if not name:
        return translate("Home", "Welcome")
    if hour < 12:
        return translate("Home", "Good morning, {name}").format(name=name)
    if hour < 18:
        return translate("Home", "Good afternoon, {name}").format(name=name)
    return translate("Home", "Good evening, {name}").format(name=name)


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._ctx = ctx
        self._nav = nav
        self.card_state = CardStatePage(ctx, nav)
        self.greeting = QLabel()
        self.greeting.setObjectName("heading")
        self.greeting.setWordWrap(True)
        self.road_holder = QWidget()
        self.road_holder.setObjectName("roadArea")
        self._road_layout = QVBoxLayout(self.road_holder)
        self._road_layout.setContentsMargins(24, 16, 24, 0)
        self._road_layout.addWidget(self.greeting)
        self.about_you = AboutYou(ctx)
        self._road_layout.addWidget(self.about_you)
        self.road: QWidget | None = None
        # A road view built while nobody waits (no card yet, or after one left),
        # so that the greeting only has to draw the road, not build the page.
        self._spare: QWidget | None = None
        self._road_serial = -1
        self._hidden_serial = -1
        self.stack = QStackedWidget()
        self.stack.addWidget(self.card_state)
        self.stack.addWidget(self.road_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.card.stateChanged.connect(self._on_state)
        ctx.card.greeted.connect(self._on_greeted)
        ctx.card.cardRead.connect(self._on_read)
        ctx.situations.changed.connect(self._refresh_road)
        self._sync()
        QTimer.singleShot(0, self._prepare_road)

    def _prepare_road(self) -> None:
        if self._spare is None and self.road is None:
            self._spare = road_view(self._ctx, self._nav)
            self._spare.hide()

    @property
    def showing_road(self) -> bool:
        return self.stack.currentWidget() is self.road_holder

    def page_title(self) -> str:
        return self.greeting.text() if self.showing_road else self.card_state.page_title()

    def _verified(self) -> bool | None:
        """True/False once known for the card in the reader; None before."""
        data = self._ctx.card.last_read()
        if data is not None:
            return data.verified
        greeting = self._ctx.card.last_greeting()
        return greeting.verified if greeting is not None else None

    @property
    def card_hidden(self) -> bool:
        return self._hidden_serial == self._ctx.card.card_serial() and self._ctx.card.has_card()

    def hide_card(self) -> None:
        """Hide the card in the reader until it is taken out (a kiosk session ended)."""
        if self._ctx.card.has_card():
            self._hidden_serial = self._ctx.card.card_serial()
        self._sync()

    def _sync(self) -> None:
        snapshot = self._ctx.card.snapshot()
        verified = self._verified()
        if self._hidden_serial == snapshot.card_serial and self._ctx.card.has_card():
            self.card_state.show_take_card()
            self.stack.setCurrentWidget(self.card_state)
            verified = None
        elif verified is True:
            self._show_road()
        elif verified is False and snapshot.state in (State.READING, State.CARD_READ):
            self.card_state.show_unverified()
            self.stack.setCurrentWidget(self.card_state)
        else:
            self.card_state.show_snapshot(snapshot)
            self.stack.setCurrentWidget(self.card_state)
        if verified is not True:
            self._drop_road()

    def _on_state(self, snapshot: Snapshot) -> None:
        self._sync()

    def _on_greeted(self, greeting: Greeting) -> None:
        self._sync()

    def _on_read(self, data: EidData) -> None:
        self._sync()

    def _show_road(self) -> None:
        serial = self._ctx.card.card_serial()
        if self._road_serial != serial:
            self._drop_road()
        if self.road is None:
            if self._spare is not None:
                self.road, self._spare = self._spare, None
                refresh_road(self.road, self._ctx)
            else:
                self.road = road_view(self._ctx, self._nav)
            self._road_serial = serial
            self._road_layout.addWidget(self.road, 1)
            self.road.show()
        self._retranslate_greeting()
        self.stack.setCurrentWidget(self.road_holder)

    def _drop_road(self) -> None:
        # A new card is a new person: nothing of the previous road may linger.
        if self.road is not None:
            self._road_layout.removeWidget(self.road)
            self.road.deleteLater()
            self.road = None
            self._road_serial = -1
            QTimer.singleShot(0, self._prepare_road)

    def _refresh_road(self) -> None:
        if self.road is not None:
            refresh_road(self.road, self._ctx)

    def _retranslate_greeting(self) -> None:
        greeting = self._ctx.card.last_greeting()
        data = self._ctx.card.last_read()
        names = greeting.identity.first_names if greeting is not None else (
            data.identity.first_names if data is not None else None)
        self.greeting.setText(greeting_text(first_name(names), datetime.now().hour))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_greeting()
        super().changeEvent(event)
