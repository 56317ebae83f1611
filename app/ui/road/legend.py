"""The key to the road's markings: which roof means "matters now"."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.lifepath import Relevance
from app.ui.road.building import relevance_text, roof_brush

_ORDER = (Relevance.NOW, Relevance.SOON, Relevance.LATER, Relevance.PAST)


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        words = [relevance_text(relevance) for relevance in _ORDER]
        self.setAccessibleName(", ".join(words))
        self.updateGeometry()
        self.update()

    def _swatch(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.4

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        swatch = self._swatch()
        width = sum(swatch + 8 + metrics.horizontalAdvance(relevance_text(r)) + 24
                    for r in _ORDER)
        return QSize(round(width), round(swatch + 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        swatch = self._swatch()
        x = 4.0
        for relevance in _ORDER:
            box = QRectF(x, 4, swatch, swatch)
            roof = QPolygonF([QPointF(box.left(), box.bottom()),
                              QPointF(box.center().x(), box.top()),
                              QPointF(box.right(), box.bottom())])
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
            painter.setBrush(roof_brush(palette, relevance))
            painter.drawPolygon(roof)
            label = relevance_text(relevance)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x + swatch + 8, 4, width, swatch),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)
            x += swatch + 8 + width + 20
        painter.end()
