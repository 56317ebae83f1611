"""A scrolling page with a readable column: what every text page sits in.

Reflow (WCAG 1.4.10): text wraps to the window, the column stops growing at a
comfortable reading width, and a long page scrolls vertically only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

READING_EMS = 48  # about 75 characters a line


class ScrollPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 16, 24, 24)
        self.column = QWidget(outer)
        self.column.setMaximumWidth(
            round(QFontMetricsF(self.font()).horizontalAdvance("M") * READING_EMS))
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        self.setWidget(outer)

    def name_page(self, name: str, description: str = "") -> None:
        """What a screen reader says for the page itself (it takes focus to scroll)."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(description or name)

    def clear(self) -> None:
        """Remove everything from the column (pages redraw from their model)."""
        clear_layout(self.body)

    def finish(self) -> None:
        self.body.addStretch(1)


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        else:
            nested = item.layout()
            if nested is not None:
                clear_layout(nested)
