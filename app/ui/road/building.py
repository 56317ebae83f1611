"""One station of the road, drawn as a building that is a real button.

A real widget (not a graphics item) so that Tab, screen readers and Qt's
accessibility bridge see every station with its name and description, and
Enter, Space or a click open it. The road canvas places it and walks focus
between stations with the arrow keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.lifepath import Relevance, StationOnRoad
from app.ui.kit.widgets import scaled_font
from app.ui.road.glyphs import glyph

FOCUS_PAD = 6.0  # room around the building for the focus ring


def relevance_text(relevance: Relevance) -> str:
    """The badge word; also said by screen readers."""
    if relevance is Relevance.NOW:
        return QCoreApplication.translate("RoadStation", "Matters now")
    if relevance is Relevance.SOON:
        return QCoreApplication.translate("RoadStation", "Coming soon")
    if relevance is Relevance.LATER:
        return QCoreApplication.translate("RoadStation", "Later")
    return QCoreApplication.translate("RoadStation", "Behind you")


def roof_brush(palette: QPalette, relevance: Relevance) -> QBrush:
    """Relevance is told by the roof (and in words), never by colour alone."""
    if relevance is Relevance.NOW:
        return palette.brush(QPalette.ColorRole.Highlight)
    if relevance is Relevance.SOON:
        return QBrush(palette.color(QPalette.ColorRole.Highlight), Qt.BrushStyle.Dense4Pattern)
    if relevance is Relevance.PAST:
        return QBrush(palette.color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern)
    return palette.brush(QPalette.ColorRole.Button)


class StationButton(QAbstractButton):
    """Emits `clicked` on Enter, Space or a click; `step` moves focus along the road."""

    def __init__(self, stop: StationOnRoad, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop = stop
        self.language = "en"
        self.here = False
        self.notices: tuple[str, ...] = ()
        self.scale = 1.0
        self.step: Callable[[StationButton, int], None] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setObjectName(f"station-{stop.station.id}")

    @property
    def station_id(self) -> str:
        return self.stop.station.id

    @property
    def title(self) -> str:
        return self.stop.station.title.pick(self.language)

    def update_text(self, language: str, here: bool, notices: tuple[str, ...]) -> None:
        self.language, self.here, self.notices = language, here, notices
        station = self.stop.station
        self.setText(self.title)
        self.setAccessibleName(self.title)
        parts = [relevance_text(self.stop.relevance)]
        if here:
            parts.append(QCoreApplication.translate("RoadStation", "You are here."))
        parts.append(station.summary.pick(language))
        count = len(self.stop.services)
        parts.append(QCoreApplication.translate("RoadStation", "%n service(s).", "", count))
        parts.extend(notices)
        self.setAccessibleDescription(" ".join(part.rstrip() for part in parts))
        self.setToolTip(station.summary.pick(language))
        self.update()

    # -- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                 Qt.Key.Key_Up: -1, Qt.Key.Key_Home: -1000, Qt.Key.Key_End: 1000}
        if key in steps and self.step is not None:
            self.step(self, steps[key])
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
        else:
            super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(160, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        outer = QRectF(self.rect()).adjusted(FOCUS_PAD, FOCUS_PAD, -FOCUS_PAD, -FOCUS_PAD)
        relevance = self.stop.relevance
        strong = relevance is Relevance.NOW
        line = (3.5 if strong else 2.0) * max(1.0, self.scale * 0.8)
        if self.underMouse() or self.isDown():
            line += 1.5
        roof_height = outer.height() * 0.24
        body = QRectF(outer.left() + outer.width() * 0.04, outer.top() + roof_height,
                      outer.width() * 0.92, outer.height() - roof_height)
        roof = QPolygonF([QPointF(outer.left(), body.top()),
                          QPointF(outer.center().x(), outer.top() + line),
                          QPointF(outer.right(), body.top())])
        if self.hasFocus():
            self._focus_ring(painter, palette)
        painter.setPen(QPen(text, line))
        painter.setBrush(palette.brush(QPalette.ColorRole.Base))
        painter.drawRect(body)
        painter.setBrush(roof_brush(palette, relevance))
        painter.drawPolygon(roof)
        content = body.adjusted(line + 4, line + 2, -line - 4, -line - 4)
        badge = self._badge(painter, palette, content)
        content.setTop(content.top() + badge)
        icon_box = min(content.height() * (0.3 if badge else 0.42), content.width() * 0.5)
        self._glyph(painter, QRectF(content.center().x() - icon_box / 2, content.top(),
                                    icon_box, icon_box), text, line)
        title_box = QRectF(content.left(), content.top() + icon_box + 2, content.width(),
                           content.height() - icon_box - 2)
        self._title(painter, title_box, text)
        if self.notices:
            self._notice_dot(painter, highlight, palette, outer)
        painter.end()

    def _focus_ring(self, painter: QPainter, palette: QPalette) -> None:
        # Two rings: one of them contrasts with any background the theme picks.
        ring = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 3))
        painter.drawRoundedRect(ring, 6, 6)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
        painter.drawRoundedRect(ring.adjusted(3, 3, -3, -3), 5, 5)

    def _badge(self, painter: QPainter, palette: QPalette, content: QRectF) -> float:
        """The relevance in words at the top of the building; returns its height."""
        if self.stop.relevance not in (Relevance.NOW, Relevance.SOON):
            return 0.0
        font = scaled_font(self.font(), 0.8 * self.scale, bold=True)
        metrics = QFontMetricsF(font)
        label = relevance_text(self.stop.relevance)
        width = min(metrics.horizontalAdvance(label) + 12, content.width())
        box = QRectF(content.center().x() - width / 2, content.top(), width,
                     metrics.height() + 4)
        now = self.stop.relevance is Relevance.NOW
        # Inverted text for "now": as strong as body text, whatever the theme.
        background = palette.color(QPalette.ColorRole.WindowText if now
                                   else QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Window if now
                                   else QPalette.ColorRole.WindowText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter),
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, box.width() - 6))
        return box.height() + 3

    def _glyph(self, painter: QPainter, box: QRectF, color: QColor, line: float) -> None:
        path = glyph(self.stop.station.icon)
        if path is None or box.width() < 8:
            return
        painter.save()
        painter.translate(box.topLeft())
        painter.scale(box.width(), box.height())
        painter.setPen(QPen(color, line / box.width() * 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()

    def _title(self, painter: QPainter, box: QRectF, color: QColor) -> None:
        bold = self.stop.relevance is Relevance.NOW
        # Long titles ("Ein Unternehmen führen") get a slightly smaller font
        # before anything is cut; the full title is always the accessible name.
        for shrink in (1.0, 0.9, 0.8):
            font = scaled_font(self.font(), self.scale * shrink, bold=bold)
            lines = wrap_lines(self.title, font, box.width(), box.height())
            if not any(line.endswith("…") for line in lines):
                break
        painter.setFont(font)
        painter.setPen(color)
        metrics = QFontMetricsF(font)
        y = box.top() + max(0.0, (box.height() - len(lines) * metrics.lineSpacing()) / 2)
        for text in lines:
            painter.drawText(QRectF(box.left(), y, box.width(), metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             text)
            y += metrics.lineSpacing()

    def _notice_dot(self, painter: QPainter, highlight: QColor, palette: QPalette,
                    outer: QRectF) -> None:
        font = scaled_font(self.font(), 0.9 * self.scale, bold=True)
        size = QFontMetricsF(font).height() + 6
        dot = QRectF(outer.right() - size, outer.top() + size * 0.5, size, size)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
        painter.setBrush(highlight)
        painter.drawEllipse(dot)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(dot, int(Qt.AlignmentFlag.AlignCenter), "!")


def wrap_lines(text: str, font: QFont, width: float, height: float) -> list[str]:
    """`text` broken into lines that fit `width`; the last one elided if the
    lines would not fit `height` (long German titles on a narrow screen)."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    fitting = max(1, int(height // metrics.lineSpacing()))
    too_wide = any(metrics.horizontalAdvance(line) > width + 0.5 for line in lines)
    if too_wide:  # a single word longer than the building: cut it, visibly
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    if len(lines) > fitting:
        rest = " ".join(lines[fitting - 1:])
        lines = [*lines[:fitting - 1],
                 metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines
