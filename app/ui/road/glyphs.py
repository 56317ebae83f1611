"""Pictograms for the stations, drawn as vector paths in a unit square.

Vector, so they stay sharp from a laptop to a 4K monitor at any scale factor.
They are decoration: every station also says its name in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF


def _poly(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _baby_carriage(p: QPainterPath) -> None:
    p.moveTo(0.15, 0.35)
    p.lineTo(0.85, 0.35)
    p.arcTo(QRectF(0.15, 0.05, 0.7, 0.6), 0, -180)
    p.addEllipse(QRectF(0.2, 0.7, 0.18, 0.18))
    p.addEllipse(QRectF(0.62, 0.7, 0.18, 0.18))


def _school_bag(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(0.2, 0.3, 0.6, 0.6), 0.1, 0.1)
    p.addRect(QRectF(0.35, 0.15, 0.3, 0.15))
    p.addRect(QRectF(0.3, 0.5, 0.4, 0.12))


def _graduation_cap(p: QPainterPath) -> None:
    p.addPolygon(_poly((0.5, 0.2), (0.95, 0.4), (0.5, 0.6), (0.05, 0.4), (0.5, 0.2)))
    p.addRect(QRectF(0.28, 0.5, 0.44, 0.25))
    p.addRect(QRectF(0.86, 0.42, 0.04, 0.35))


def _briefcase(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(0.1, 0.32, 0.8, 0.55), 0.06, 0.06)
    p.addRect(QRectF(0.38, 0.18, 0.24, 0.14))
    p.addRect(QRectF(0.1, 0.52, 0.8, 0.04))


def _house(p: QPainterPath) -> None:
    p.addPolygon(_poly((0.5, 0.1), (0.92, 0.48), (0.08, 0.48), (0.5, 0.1)))
    p.addRect(QRectF(0.2, 0.48, 0.6, 0.42))
    p.addRect(QRectF(0.42, 0.64, 0.16, 0.26))


def _family(p: QPainterPath) -> None:
    for x, size in ((0.22, 0.2), (0.58, 0.2)):
        p.addEllipse(QRectF(x, 0.15, size, size))
        p.addRoundedRect(QRectF(x - 0.03, 0.4, size + 0.06, 0.45), 0.08, 0.08)
    p.addEllipse(QRectF(0.44, 0.5, 0.12, 0.12))
    p.addRoundedRect(QRectF(0.42, 0.65, 0.16, 0.25), 0.05, 0.05)


def _heart_pulse(p: QPainterPath) -> None:
    p.moveTo(0.5, 0.88)
    p.cubicTo(0.1, 0.6, 0.0, 0.35, 0.2, 0.2)
    p.cubicTo(0.35, 0.1, 0.5, 0.25, 0.5, 0.32)
    p.cubicTo(0.5, 0.25, 0.65, 0.1, 0.8, 0.2)
    p.cubicTo(1.0, 0.35, 0.9, 0.6, 0.5, 0.88)
    p.moveTo(0.12, 0.5)
    p.lineTo(0.35, 0.5)
    p.lineTo(0.43, 0.35)
    p.lineTo(0.55, 0.65)
    p.lineTo(0.62, 0.5)
    p.lineTo(0.88, 0.5)


def _car(p: QPainterPath) -> None:
    p.addPolygon(_poly((0.08, 0.65), (0.08, 0.48), (0.25, 0.45), (0.35, 0.28), (0.68, 0.28),
                       (0.8, 0.45), (0.92, 0.5), (0.92, 0.65), (0.08, 0.65)))
    p.addEllipse(QRectF(0.18, 0.58, 0.18, 0.18))
    p.addEllipse(QRectF(0.64, 0.58, 0.18, 0.18))


def _storefront(p: QPainterPath) -> None:
    p.addRect(QRectF(0.12, 0.2, 0.76, 0.18))
    for x in (0.12, 0.31, 0.5, 0.69):
        p.moveTo(x, 0.38)
        p.arcTo(QRectF(x, 0.28, 0.19, 0.2), 180, 180)
    p.addRect(QRectF(0.15, 0.45, 0.7, 0.45))
    p.addRect(QRectF(0.22, 0.55, 0.25, 0.35))


def _armchair(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(0.25, 0.15, 0.5, 0.45), 0.1, 0.1)
    p.addRoundedRect(QRectF(0.1, 0.42, 0.18, 0.35), 0.06, 0.06)
    p.addRoundedRect(QRectF(0.72, 0.42, 0.18, 0.35), 0.06, 0.06)
    p.addRect(QRectF(0.25, 0.58, 0.5, 0.18))
    p.addRect(QRectF(0.16, 0.77, 0.05, 0.12))
    p.addRect(QRectF(0.79, 0.77, 0.05, 0.12))


def _candle(p: QPainterPath) -> None:
    p.addRect(QRectF(0.38, 0.4, 0.24, 0.5))
    p.moveTo(0.5, 0.1)
    p.cubicTo(0.62, 0.22, 0.6, 0.34, 0.5, 0.34)
    p.cubicTo(0.4, 0.34, 0.38, 0.22, 0.5, 0.1)


def _megaphone(p: QPainterPath) -> None:
    p.addPolygon(_poly((0.12, 0.4), (0.3, 0.4), (0.8, 0.15), (0.8, 0.8), (0.3, 0.58),
                       (0.12, 0.58), (0.12, 0.4)))
    p.addRect(QRectF(0.25, 0.58, 0.1, 0.25))


_GLYPHS: dict[str, Callable[[QPainterPath], None]] = {
    "baby-carriage": _baby_carriage,
    "school-bag": _school_bag,
    "graduation-cap": _graduation_cap,
    "briefcase": _briefcase,
    "house": _house,
    "family": _family,
    "heart-pulse": _heart_pulse,
    "car": _car,
    "storefront": _storefront,
    "armchair": _armchair,
    "candle": _candle,
    "megaphone": _megaphone,
}


def glyph(icon: str) -> QPainterPath | None:
    """The pictogram of a station's icon slug, or None for an unknown slug."""
    draw = _GLYPHS.get(icon)
    if draw is None:
        return None
    path = QPainterPath()
    draw(path)
    return path
