"""The drawn road: the road itself, the person on it, and the station buildings.

The canvas takes the width it is given and lays the road out for it
(geometry.py); its height follows, and the page scrolls when it must. Drawing
is vector (QPainter paths in logical pixels), so Qt's device pixel ratio keeps
it sharp on a 4K monitor; building and text sizes come from the font, so the
text-size setting enlarges the road too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.lifepath import Road
from app.ui.kit.widgets import scaled_font
from app.ui.road.building import FOCUS_PAD, StationButton
from app.ui.road.geometry import Point, RoadGeometry, age_distance, lay_out

BASE_EMS = 10.0  # a building is this many "M" widths wide at scale 1


class RoadCanvas(QWidget):
    """Emits `station_activated(station_id)` when a station is opened."""

    station_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.road: Road | None = None
        self.language = "en"
        self.buttons: list[StationButton] = []
        self.geometry_: RoadGeometry | None = None
        self._max_height: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("road-canvas")

    # -- what the page gives ------------------------------------------------------------

    def set_road(self, road: Road, language: str) -> None:
        """New stations; their texts and places come with `set_language`."""
        for button in self.buttons:
            button.deleteLater()
        self.road = road
        self.buttons = []
        previous: QWidget | None = None
        for stop in sorted(road.stations, key=lambda s: s.station.order):
            button = StationButton(stop, self)
            button.step = self._step
            button.clicked.connect(lambda _=False, sid=stop.station.id:
                                   self.station_activated.emit(sid))
            button.show()
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
            self.buttons.append(button)
        # The texts and the layout follow from set_language, which the page
        # calls right after (RoadPage.set_road): doing it here too did it twice.
        self.language = language

    def set_language(self, language: str) -> None:
        self.language = language
        road = self.road
        if road is None:
            return
        by_station: dict[str, list[str]] = {}
        for notice in road.notices:
            by_station.setdefault(notice.station, []).append(notice.message.pick(language))
        for button in self.buttons:
            button.update_text(language, button.station_id == road.position,
                               tuple(by_station.get(button.station_id, ())))
        position = road.station(road.position).station.title.pick(language)
        self.setAccessibleName(QCoreApplication.translate("RoadCanvas", "Your road of life"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "RoadCanvas", "You are at the station %1. Use the arrow keys to walk along the "
                          "road and Enter to open a station.").replace("%1", position))
        self._relayout()

    def set_max_height(self, height: float | None) -> None:
        """The visible height: buildings grow into spare width only up to it."""
        if height != self._max_height:
            self._max_height = height
            self._relayout()

    def button(self, station_id: str) -> StationButton:
        for button in self.buttons:
            if button.station_id == station_id:
                return button
        raise KeyError(station_id)

    def focus_station(self, station_id: str) -> None:
        self.button(station_id).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- layout -------------------------------------------------------------------------

    def _base_building(self) -> float:
        return max(110.0, QFontMetricsF(self.font()).horizontalAdvance("M") * BASE_EMS)

    def _relayout(self) -> None:
        if not self.buttons:
            self.geometry_ = None
            return
        geometry = lay_out(len(self.buttons), float(max(self.width(), 200)),
                           self._base_building(), max_height=self._max_height)
        self.geometry_ = geometry
        for slot, button in zip(geometry.slots, self.buttons, strict=True):
            box = geometry.building(slot)
            button.scale = geometry.scale
            button.setGeometry(round(box.x - FOCUS_PAD), round(box.y - FOCUS_PAD),
                               round(box.width + 2 * FOCUS_PAD), round(box.height + 2 * FOCUS_PAD))
        height = round(geometry.height)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    # -- keyboard -----------------------------------------------------------------------

    def _step(self, current: StationButton, delta: int) -> None:
        index = self.buttons.index(current)
        target = max(0, min(len(self.buttons) - 1, index + delta))
        self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the person's place -------------------------------------------------------------

    def person_distance(self) -> float | None:
        road, geometry = self.road, self.geometry_
        if road is None or geometry is None:
            return None
        anchors: list[tuple[float, float]] = []
        for slot, button in zip(geometry.slots, self.buttons, strict=True):
            stage = button.stop.station.stage_from
            if stage is not None:
                anchors.append((float(stage), slot.distance))
        anchors.sort()
        return age_distance(anchors, float(road.age.years), geometry.length)

    def milestones(self) -> list[tuple[int, Point]]:
        """The ages written on the road, at the main-line stations."""
        geometry = self.geometry_
        if geometry is None:
            return []
        found: list[tuple[int, Point]] = []
        for slot, button in zip(geometry.slots, self.buttons, strict=True):
            stage: int | None = button.stop.station.stage_from
            if stage is not None:
                found.append((stage, slot.centre))
        return found

    # -- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.geometry_
        if geometry is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        path = road_path(geometry)
        edge = palette.color(QPalette.ColorRole.WindowText)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(edge, geometry.road_width + 4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), geometry.road_width,
                            Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        dashes = QPen(palette.color(QPalette.ColorRole.Base), max(2.0, geometry.road_width / 14),
                      Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(dashes)
        painter.drawPath(path)
        self._draw_milestones(painter, palette, geometry)
        self._draw_person(painter, palette, geometry)
        painter.end()

    def _draw_milestones(self, painter: QPainter, palette: QPalette,
                         geometry: RoadGeometry) -> None:
        font = scaled_font(self.font(), 0.8 * geometry.scale, bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for age, centre in self.milestones():
            label = str(age)
            size = max(metrics.horizontalAdvance(label), metrics.height()) + 6
            box = QRectF(centre.x - size / 2, centre.y - size / 2, size, size)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
            painter.setBrush(palette.brush(QPalette.ColorRole.Base))
            painter.drawEllipse(box)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def _draw_person(self, painter: QPainter, palette: QPalette,
                     geometry: RoadGeometry) -> None:
        distance = self.person_distance()
        road = self.road
        if distance is None or road is None:
            return
        point = geometry.point_at(distance)
        radius = geometry.road_width * 0.42
        pin = QPainterPath()
        pin.addEllipse(QPointF(point.x, point.y), radius, radius)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 3))
        painter.setBrush(palette.brush(QPalette.ColorRole.Highlight))
        painter.drawPath(pin)
        head = radius * 0.32
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.brush(QPalette.ColorRole.HighlightedText))
        painter.drawEllipse(QPointF(point.x, point.y - radius * 0.3), head, head)
        painter.drawRoundedRect(QRectF(point.x - radius * 0.45, point.y + radius * 0.05,
                                       radius * 0.9, radius * 0.5), head, head)
        font = scaled_font(self.font(), 0.9 * geometry.scale, bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label = QCoreApplication.translate("RoadCanvas", "You are here")
        width = metrics.horizontalAdvance(label) + 12
        # On the road beside the pin, where no building stands.
        height = metrics.height() + 6
        box = QRectF(point.x + radius + 6, point.y - height / 2, width, height)
        if box.right() > self.width() - 2:
            box.moveRight(point.x - radius - 6)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
        painter.setBrush(palette.brush(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)


def road_path(geometry: RoadGeometry) -> QPainterPath:
    path = QPainterPath()
    first = geometry.segments[0]
    path.moveTo(first.start.x, first.start.y)
    for segment in geometry.segments:
        if segment.radius == 0.0:
            path.lineTo(segment.end.x, segment.end.y)
        else:
            box = QRectF(segment.cx - segment.radius, segment.cy - segment.radius,
                         2 * segment.radius, 2 * segment.radius)
            # Qt angles run counter-clockwise from 3 o'clock; both turns go from
            # the top of the circle to its bottom, through the bulging side.
            path.arcTo(box, 90, -180 * segment.bulge)
    return path
