""""There is a problem": the error summary at the top of a page (GOV.UK).

It takes focus when it appears, so a screen reader reads it at once and a
keyboard user is one Tab away from the first link; each link moves focus to the
field (or the part of it) that needs fixing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.forms import Problem
from app.ui.kit.widgets import Heading, LinkButton


class ErrorSummary(QFrame):
    """Emits `field_chosen(question_id, part)` for the link followed."""

    field_chosen = Signal(str, object)

    def __init__(self, problems: tuple[Problem, ...] | list[Problem],
                 parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")  # the theme draws its border
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = title or QCoreApplication.translate("ErrorSummary", "There is a problem")
        self.heading = Heading(heading, 2, self)
        layout.addWidget(self.heading)
        self.links: list[LinkButton] = []
        for problem in problems:
            link = LinkButton(problem.message, self)
            link.set_description(QCoreApplication.translate(
                "ErrorSummary", "Goes to the answer to fix"))
            link.clicked.connect(lambda _=False, p=problem:
                                 self.field_chosen.emit(p.question_id, p.part))
            layout.addWidget(link)
            self.links.append(link)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(" ".join(problem.message for problem in problems))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The theme draws the summary's border; focus adds a second, inner mark.
        painter = QPainter(self)
        palette = self.palette()
        width = 4 if self.hasFocus() else 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), width,
                            Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.NoPen))
        inset = 6 + width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()
