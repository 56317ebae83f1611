"""The frame every question is drawn in: label, hint, error messages, the input.

GOV.UK's pattern: the label (or the page heading on a one-question page), a
short hint, then each error message above the input, marked in words ("Error:")
and with a thick bar, never by colour alone. Subclasses add the controls and
say how to read the raw answer back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.forms import JsonValue, Problem, QuestionView
from app.ui.kit.widgets import Heading, Paragraph, scaled_font

ERROR_BAR = 5


class ErrorText(Paragraph):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FormField", "Error: %1").replace(
            "%1", message), parent)
        self.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.setObjectName("error")  # the theme's error style


class QuestionField(QFrame):
    """One question of a page. `edited` fires when the person changes the answer."""

    edited = Signal()

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.language = language
        self.setObjectName(f"question-{view.id}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(ERROR_BAR * 3 if view.problems else 0, 4, 0, 4)
        self.layout_.setSpacing(6)
        label = view.label
        if view.optional:
            label = QCoreApplication.translate("FormField", "%1 (optional)").replace("%1", label)
        self.label: Heading | None = None
        if show_label:
            self.label = Heading(label, 3, self)
            self.layout_.addWidget(self.label)
        self.accessible_label = label
        self.hint: Paragraph | None = None
        if view.hint:
            self.hint = Paragraph(view.hint, self)
            self.hint.setObjectName("hint")
            self.layout_.addWidget(self.hint)
        self.errors = [ErrorText(p.message, self) for p in view.problems]
        for error in self.errors:
            self.layout_.addWidget(error)

    def description(self) -> str:
        """Said by screen readers with each control: hint, then the errors."""
        parts = [self.view.hint or ""] + [error.text() for error in self.errors]
        return " ".join(part for part in parts if part)

    # -- what subclasses provide -----------------------------------------------------

    def raw(self) -> JsonValue:
        """What is in the inputs now, as the flow takes it."""
        raise NotImplementedError

    def focus_widget(self, part: str | None = None) -> QWidget:
        """The control an error-summary link for `part` moves focus to."""
        raise NotImplementedError

    @property
    def asked(self) -> bool:
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.view.problems:
            painter = QPainter(self)
            painter.fillRect(QRect(0, 0, ERROR_BAR, self.height()),
                             self.palette().color(QPalette.ColorRole.WindowText))
            painter.end()


def problems_for(problems: tuple[Problem, ...], part: str) -> list[Problem]:
    return [problem for problem in problems if problem.part == part]
