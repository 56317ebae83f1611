"""Stand-ins for pages built elsewhere, until their widgets exist.

The window must open and be navigable at every stage of the work, so a page
that is not there yet shows what it will be and a way home, and a simple
list of the road's stations stands in for the drawn road.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.lifepath import Relevance
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.navigation import Navigator


class PlaceholderPage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder-{what}")
        self._nav = nav
        self._what = what
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.home = QPushButton()
        self.home.setObjectName("link")
        self.home.clicked.connect(nav.show_home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.home, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def page_title(self) -> str:
        return self.heading.text()

    def retranslate(self) -> None:
        self.heading.setText(self._what)
        self.body.setText(translate("Placeholder", "This part of the program is not available "
                                                   "yet."))
        self.home.setText(translate("Placeholder", "Back to the start"))
        describe(self.home, self.home.text(), translate("Placeholder", "Go to the start page."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RoadList(QScrollArea):
    """The stations as a list of buttons, most relevant first."""

    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadList")
        self.setWidgetResizable(True)
        self._ctx = ctx
        self._nav = nav
        self.refresh()

    def refresh(self) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        road = self._ctx.road()
        language = self._ctx.language
        if road is not None:
            for notice in road.notices:
                label = QLabel(notice.message.pick(language))
                label.setObjectName("warning")
                label.setWordWrap(True)
                layout.addWidget(label)
            for stop in road.by_relevance():
                if stop.relevance is Relevance.PAST:
                    continue
                button = QPushButton(stop.station.title.pick(language))
                button.setObjectName("link")
                describe(button, button.text(), stop.station.summary.pick(language))
                station_id = stop.station.id
                button.clicked.connect(lambda _=False, s=station_id: self._nav.show_station(s))
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(inner)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
