"""A station of the road: what it covers, what matters now, and its services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.lifepath import Road, ServiceOnRoad, StationOnRoad
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph
from app.ui.navigation import Navigator
from app.ui.road.building import relevance_text


class StationPage(ScrollPage):
    """`set_station(stop, road, language)` draws one station of the person's road."""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.setObjectName("station-page")
        self.stop: StationOnRoad | None = None
        self.road: Road | None = None
        self.language = "en"
        self.service_links: dict[str, LinkButton] = {}
        self.back: LinkButton | None = None

    def set_station(self, stop: StationOnRoad, road: Road | None, language: str) -> None:
        self.stop, self.road, self.language = stop, road, language
        self._draw()

    def set_language(self, language: str) -> None:
        self.language = language
        self._draw()

    def _draw(self) -> None:
        stop, language = self.stop, self.language
        if stop is None:
            return
        self.clear()
        station = stop.station
        self.back = LinkButton(translate("StationPage", "Back to your road"), self.column)
        self.back.clicked.connect(self.navigator.show_road)
        self.body.addWidget(self.back)
        heading = Heading(station.title.pick(language), 1, self.column)
        self.body.addWidget(heading)
        status = relevance_text(stop.relevance)
        if self.road is not None and self.road.position == station.id:
            status = translate("StationPage", "%1 · You are here").replace("%1", status)
        self.body.addWidget(Paragraph(status, self.column))
        self.body.addWidget(Paragraph(station.summary.pick(language), self.column))
        self.body.addWidget(Paragraph(
            translate("StationPage", "When: %1").replace("%1", station.typically.pick(language)),
            self.column))
        self._notices(station.id)
        self.body.addWidget(Heading(translate("StationPage", "Services"), 2, self.column))
        self.service_links = {}
        if not stop.services:
            self.body.addWidget(Paragraph(translate(
                "StationPage", "No service here fits your situation at the moment. "
                               "Search for a service by name from your road."), self.column))
        for entry in stop.services:
            self.body.addWidget(self._service_card(entry))
        self.name_page(station.title.pick(language))
        self.finish()

    def _notices(self, station_id: str) -> None:
        road = self.road
        if road is None:
            return
        here = [notice for notice in road.notices if notice.station == station_id]
        if not here:
            return
        self.body.addWidget(Heading(QCoreApplication.translate(
            "StationPage", "What comes next"), 2, self.column))
        for notice in here:
            self.body.addWidget(Paragraph(notice.message.pick(self.language), self.column))

    def _service_card(self, entry: ServiceOnRoad) -> QFrame:
        service, language = entry.service, self.language
        card = QFrame(self.column)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        link = LinkButton(service.title.pick(language), card)
        how = (translate("StationPage", "You can do this here, online.") if service.online
               else translate("StationPage", "Not online here: the page says where to go."))
        link.set_description(f"{service.summary.pick(language)} {how}")
        link.clicked.connect(lambda _=False, sid=service.id: self.navigator.show_service(sid))
        layout.addWidget(link)
        layout.addWidget(Paragraph(service.summary.pick(language), card))
        layout.addWidget(Paragraph(how, card))
        self.service_links[service.id] = link
        return card

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()
