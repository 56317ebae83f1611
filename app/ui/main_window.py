"""The main window: the frame, the pages, and the `Navigator` pages call.

Pages never build each other: they ask the window to go somewhere. Pages of
one thing (a station, a service, a form, a case) are built for each visit and
dropped when the person goes to another such page; the others are built once.
When the card leaves, pages that show its data are dropped too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.cardreader.states import Snapshot, State
from app.ui import page_registry
from app.ui.a11y import announce
from app.ui.chrome import NAV_KEYS, NavRail, TopBar, card_status
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.pages.home import HomePage, first_name

PageFactory = Callable[[], QWidget]

# Pages that show the card's data: dropped when the card leaves.
_CARD_PAGES = ("my_eid", "cases", "inbox")


class MainWindow(QMainWindow):
    """Implements `app.ui.navigation.Navigator`."""

    pageShown = Signal(str)  # the key of the page now shown (tests, kiosk)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.announcements: list[str] = []
        self._pages: dict[str, QWidget] = {}
        self._current = ""
        self.allow_close = not ctx.kiosk

        self.top = TopBar(ctx)
        self.rail = NavRail()
        self.rail.chosen.connect(self._rail_chosen)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.bottom = QVBoxLayout()  # the demo panel goes here
        self.bottom.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.rail)
        body.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top)
        column.addLayout(body, 1)
        column.addLayout(self.bottom)
        self.setCentralWidget(central)
        self.status_text = QLabel()
        self.status_text.setObjectName("status")
        status = QStatusBar()
        status.addWidget(self.status_text, 1)
        self.setStatusBar(status)

        self._shortcuts()
        self.resize(1200, 800)
        self.show_home()
        # After the home page's own connections, so the title follows its new state.
        ctx.card.stateChanged.connect(self._on_card_state)
        ctx.card.greeted.connect(lambda _greeting: self._on_greeted())
        ctx.card.cardRemoved.connect(self._on_card_removed)
        self._refresh_status(ctx.card.snapshot())

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self,
                  self.show_diagnostics)
        QShortcut(QKeySequence("Alt+Home"), self, self.show_home)

    # ---- Navigator ---------------------------------------------------------------------

    def show_home(self) -> None:
        self._show("home", lambda: HomePage(self.ctx, self))

    def show_road(self) -> None:
        self.show_home()

    def show_station(self, station_id: str) -> None:
        self._show(f"station:{station_id}",
                   lambda: page_registry.station_page(self.ctx, self, station_id))

    def show_service(self, service_id: str) -> None:
        self._show(f"service:{service_id}",
                   lambda: page_registry.service_page(self.ctx, self, service_id))

    def start_form(self, form_id: str) -> None:
        self._show(f"form:{form_id}", lambda: page_registry.form_page(self.ctx, self, form_id))

    def show_cases(self) -> None:
        self._show("cases", lambda: page_registry.cases_page(self.ctx, self))

    def show_case(self, reference: str) -> None:
        self._show(f"case:{reference}",
                   lambda: page_registry.case_page(self.ctx, self, reference))

    def show_inbox(self) -> None:
        self._show("inbox", lambda: page_registry.inbox_page(self.ctx, self))

    def show_my_eid(self) -> None:
        from app.ui.pages.my_eid import MyEidPage

        self._show("my_eid", lambda: MyEidPage(self.ctx, self))

    def show_settings(self) -> None:
        from app.ui.pages.settings_page import SettingsPage

        self._show("settings", lambda: SettingsPage(self.ctx, self))

    def show_diagnostics(self) -> None:
        from app.ui.pages.diagnostics import DiagnosticsPage

        self._show("diagnostics", lambda: DiagnosticsPage(self.ctx, self))

    def announce(self, message: str) -> None:
        self.announcements.append(message)
        self.status_text.setText(message)
        announce(self.status_text, message)

    # ---- pages ----------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._current

    def current_page(self) -> QWidget | None:
        return self._pages.get(self._current)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _show(self, key: str, factory: PageFactory) -> None:
        page = self._pages.get(key)
        if page is None:
            page = factory()
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._current = key
        if ":" in key:  # one-thing pages: keep only the one shown
            for other in [k for k in self._pages if ":" in k and k != key]:
                self._drop(other)
        self.rail.select(key if key in NAV_KEYS else None)
        self._update_title()
        self.pageShown.emit(key)

    def _drop(self, key: str) -> None:
        page = self._pages.pop(key, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def reset_session(self) -> None:
        """Forget every page but home (a kiosk session ended); a card still in the
        reader stays hidden until it is taken out."""
        for key in [k for k in self._pages if k != "home"]:
            self._drop(key)
        self.show_home()
        home = self._pages["home"]
        assert isinstance(home, HomePage)
        home.hide_card()
        self._refresh_status(self.ctx.card.snapshot())

    def _rail_chosen(self, key: str) -> None:
        {"home": self.show_home, "cases": self.show_cases, "inbox": self.show_inbox,
         "my_eid": self.show_my_eid, "settings": self.show_settings,
         "diagnostics": self.show_diagnostics}[key]()

    def _update_title(self) -> None:
        page = self.current_page()
        title = getattr(page, "page_title", None)
        text = title() if callable(title) else ""
        name = translate("MainWindow", "Citizen Assistant")
        self.setWindowTitle(f"{text} – {name}" if text else name)

    # ---- the card ---------------------------------------------------------------------

    def _refresh_status(self, snapshot: Snapshot) -> None:
        home = self._pages.get("home")
        hidden = isinstance(home, HomePage) and home.card_hidden
        self.top.show_status(card_status(self.ctx, snapshot, hidden=hidden))

    def _on_card_state(self, snapshot: Snapshot) -> None:
        self._refresh_status(snapshot)
        message = {
            State.NO_SERVICE: translate("MainWindow", "The card reader software is not "
                                                      "running."),
            State.NO_READER: translate("MainWindow", "No card reader is connected."),
            State.CARD_PRESENT: translate("MainWindow", "Card inserted. Reading the card."),
            State.CARD_INVALID: translate("MainWindow", "This card cannot be used."),
        }.get(snapshot.state)
        if message is not None:
            self.announce(message)
        self._update_title()

    def _on_greeted(self) -> None:
        self._refresh_status(self.ctx.card.snapshot())
        greeting = self.ctx.card.last_greeting()
        if greeting is None:
            return
        if greeting.verified:
            name = first_name(greeting.identity.first_names)
            self.announce(translate("MainWindow", "Card read. Welcome, {name}.").format(name=name))
        else:
            self.announce(translate("MainWindow", "The data on this card could not be "
                                                  "confirmed."))
        self._update_title()

    def _on_card_removed(self) -> None:
        self.announce(translate("MainWindow", "Card removed."))
        kind = self._current.split(":")[0]
        if kind in (*_CARD_PAGES, "station", "service", "case") and not self.ctx.kiosk:
            # Forms stay: they keep their draft and wait for the card to come back.
            self.show_home()
        for key in _CARD_PAGES:
            if key != self._current:
                self._drop(key)

    # ---- Qt ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_title()
            self._refresh_status(self.ctx.card.snapshot())
            self.status_text.clear()  # the last announcement was in the old language
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # a kiosk is left only by its administrator
            return
        super().closeEvent(event)
