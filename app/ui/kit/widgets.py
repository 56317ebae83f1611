"""Accessible text, links and buttons drawn from the palette.

Colours come from the shell's theme (app/ui/theme.py: style names `heading`,
`subheading`, `link`, `primary`, `hint`, `errorSummary`) and palette roles, so
both themes and high contrast apply; sizes come from the application font, so
the text-size setting scales every page. Targets are at least 44 logical
pixels high (WCAG 2.5.8 asks for 24; kiosks and tremor need more).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFocusEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

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
    unmistakable focus mark), so links look the same on every page. The text is
    drawn by a word-wrapping label inside the button: a notice or a service
    title in Dutch or German is long, and a button that cannot wrap would push
    the page wider than the window (WCAG 1.4.10, reflow).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 description: str = "") -> None:
        super().__init__("", parent)
        self.setObjectName("link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setMinimumHeight(MIN_TARGET)
        self._label = QLabel(self)
        self._label.setObjectName("linkText")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(self.font())
        font.setUnderline(True)  # also without the theme's style sheet (tests)
        self.setFont(font)
        self._label.setFont(font)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(6, 6, 6, 6)
        self._box.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)
        describe(self, text, description)

    def text(self) -> str:
        return self._label.text()

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def set_description(self, description: str) -> None:
        self.setAccessibleDescription(description or self.text())

    def _margins(self) -> QSize:
        m = self._box.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QSize:
        # As wide as the text on one line: short links stay short, long ones
        # take what the row offers and wrap (the policy is Maximum).
        width = self._label.fontMetrics().horizontalAdvance(self._label.text()) + 2
        width += self._margins().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # As narrow as the longest word: the label wraps the rest.
        words = self._label.text().split() or [""]
        widest = max(self._label.fontMetrics().horizontalAdvance(w) for w in words)
        return QSize(min(widest, 240) + self._margins().width(), MIN_TARGET)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = self._label.heightForWidth(max(1, width - self._margins().width()))
        return max(MIN_TARGET, inner + self._margins().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Layouts above may not ask for height-for-width; a minimum height that
        # follows the width makes every one of them leave room for the lines.
        needed = self.heightForWidth(event.size().width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._restyle(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._restyle(False)
        super().focusOutEvent(event)

    def _restyle(self, focused: bool) -> None:
        # The theme colours the text by this property: on focus the button turns
        # the focus colour and the text must follow it.
        self._label.setProperty("focused", focused)
        self._label.style().unpolish(self._label)
        self._label.style().polish(self._label)


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
