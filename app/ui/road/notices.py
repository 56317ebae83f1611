""""What comes next": the road's notices as links to the service they are about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.lifepath import Notice, Road
from app.ui.kit.widgets import Heading, LinkButton, Paragraph


class NoticesPanel(QFrame):
    """Emits `service_chosen(id)` or `station_chosen(id)` for the notice opened."""

    service_chosen = Signal(str)
    station_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("notices")
        self._layout = QVBoxLayout(self)
        self.heading = Heading(level=2)
        self._layout.addWidget(self.heading)
        self.links: list[LinkButton] = []
        self._empty = Paragraph()
        self._layout.addWidget(self._empty)
        self._road: Road | None = None

    def set_road(self, road: Road, language: str) -> None:
        self._road = road
        for link in self.links:
            link.deleteLater()
        self.links = []
        services = road.service_ids()
        for notice in road.notices:
            link = LinkButton(notice.message.pick(language), self)
            link.set_description(self._where(notice, road, language))
            if notice.service is not None and notice.service in services:
                link.clicked.connect(lambda _=False, sid=notice.service:
                                     self.service_chosen.emit(sid))
            else:
                link.clicked.connect(lambda _=False, sid=notice.station:
                                     self.station_chosen.emit(sid))
            self._layout.addWidget(link)
            self.links.append(link)
        self.heading.setText(QCoreApplication.translate("Notices", "What comes next"))
        self._empty.setText(QCoreApplication.translate(
            "Notices", "Nothing needs your attention right now."))
        self._empty.setVisible(not self.links)
        self.setAccessibleName(self.heading.text())

    @staticmethod
    def _where(notice: Notice, road: Road, language: str) -> str:
        title = road.station(notice.station).station.title.pick(language)
        return QCoreApplication.translate("Notices", "Opens %1").replace("%1", title)
