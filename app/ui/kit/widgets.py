"""Accessible text, links and buttons drawn from the palette.

Colours come from the shell's theme (app/ui/theme.py: style names `heading`,
`subheading`, `link`, `primary`, `hint`, `errorSummary`) and palette roles, so
both themes and high contrast apply; sizes come from the application font, so
the text-size setting scales every page. Targets are at least 44 logical
pixels high (WCAG 2.5.8 asks for 24; kiosks and tremor need more).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

MIN_TARGET = 44
_HEADING_SCALE = {1: 1.75, 2: 1.35, 3: 1.15}


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Set what a screen reader says for a control."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)


def scaled_font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


class Heading(QLabel):
    """A page or section heading; the text is also its accessible name."""

    def __init__(self, text: str = "", level: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(scaled_font(self.font(), _HEADING_SCALE.get(level, 1.0), bold=True))
        self.setObjectName("heading" if level == 1 else "subheading")  # the theme's sizes
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(text)


class Paragraph(QLabel):
    """Wrapped plain text that can be selected (people copy references)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 selectable: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class LinkButton(QPushButton):
    """A link that is a real button: reachable by Tab, opened with Enter or Space.

    Styled by the shell's theme as `QPushButton#link` (underlined, the theme's
    unmistakable focus mark), so links look the same on every page.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 description: str = "") -> None:
        super().__init__(text, parent)
        self.setObjectName("link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setMinimumHeight(MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setUnderline(True)  # also without the theme's style sheet (tests)
        self.setFont(font)
        describe(self, text, description)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)

    def set_description(self, description: str) -> None:
        self.setAccessibleDescription(description or self.text())


class PrimaryButton(QPushButton):
    """The one main action of a page ("Continue"); large and the default for Enter.

    `primary=False` makes the quieter companion ("Back", "Cancel").
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 description: str = "", primary: bool = True) -> None:
        super().__init__(text, parent)
        self.setMinimumHeight(MIN_TARGET)
        if primary:
            self.setObjectName("primary")  # the theme's main-action style
            self.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(primary)
        describe(self, text, description)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width() + 32, 160), max(hint.height(), MIN_TARGET))


def secondary_button(text: str = "", parent: QWidget | None = None, *,
                     description: str = "") -> PrimaryButton:
    return PrimaryButton(text, parent, description=description, primary=False)
