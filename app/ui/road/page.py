"""The road-of-life screen: greeting, search, "what comes next" and the drawn road.

It draws a personalised `Road` (app.lifepath) and forwards what the person
chooses to the `Navigator`; it never decides what matters for whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.lifepath import Road, default_catalog
from app.lifepath.view import age_text
from app.ui.kit.widgets import Heading, Paragraph
from app.ui.navigation import Navigator
from app.ui.road.canvas import RoadCanvas
from app.ui.road.legend import Legend
from app.ui.road.notices import NoticesPanel
from app.ui.road.search_panel import SearchPanel

if TYPE_CHECKING:
    from app.lifepath.search import SearchHit


class RoadPage(QScrollArea):
    """`set_road(road, language)` draws; `set_language(language)` redraws."""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.road: Road | None = None
        self.language = "en"
        self.setObjectName("road-page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.heading = Heading(level=1)
        self.where = Paragraph()
        self.search = SearchPanel(navigator.announce)
        self.notices = NoticesPanel()
        self.legend = Legend()
        self.canvas = RoadCanvas()
        for widget in (self.heading, self.where, self.search, self.notices, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.canvas)
        layout.addStretch(1)
        self.setWidget(content)
        self.canvas.station_activated.connect(navigator.show_station)
        self.notices.service_chosen.connect(navigator.show_service)
        self.notices.station_chosen.connect(navigator.show_station)
        self.search.hit_chosen.connect(self._open_hit)

    def set_road(self, road: Road, language: str) -> None:
        self.road = road
        self.canvas.set_road(road, language)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self.language = language
        self._retranslate()

    def focus_station(self, station_id: str) -> None:
        """Put keyboard focus on a station (coming back from its page)."""
        self.canvas.focus_station(station_id)
        self.ensureWidgetVisible(self.canvas.button(station_id))

    def _retranslate(self) -> None:
        road, language = self.road, self.language
        self.search.set_language(language)
        self.legend.retranslate()
        if road is None:
            return
        # The window greets the person by name above this page; the heading
        # says what the page is.
        heading = QCoreApplication.translate("RoadPage", "Your road of life")
        self.heading.setText(heading)
        labels = default_catalog().phrases.labels
        station = road.station(road.position).station.title.pick(language)
        self.where.setText(QCoreApplication.translate(
            "RoadPage", "You are %1. You are at: %2. Stations that matter now are "
                        "highlighted; open one to see its services.")
            .replace("%1", age_text(road, language, labels)).replace("%2", station))
        self.notices.set_road(road, language)
        self.canvas.set_language(language)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(self.where.text())

    def _open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "service":
            self.navigator.show_service(hit.id)
        else:
            self.navigator.show_station(hit.station)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Buildings may grow into spare width, but the road should still fit the
        # visible height when it can, so the whole road is seen without scrolling.
        # (The viewport's height, without asking for the viewport itself: its
        # first Python wrapper makes PySide build the enums of many widget
        # classes, a few milliseconds at start. There is no frame and no
        # horizontal scroll bar.)
        self.canvas.set_max_height(max(200.0, self.maximumViewportSize().height() * 0.7))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
