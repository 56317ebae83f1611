"""Questions typed in one box: text, numbers, identifiers, e-mail, phone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from app.forms import DONT_KNOW, JsonValue, QuestionView
from app.forms.questions import NumberQuestion, TextQuestion
from app.ui.forms.field import QuestionField
from app.ui.kit.widgets import MIN_TARGET, Paragraph, describe

# Width of the box in characters, by type: a box as long as the answer tells
# people what is expected (GOV.UK).
_WIDTH_EMS = {"national_number": 16, "iban": 26, "phone": 18, "number": 10, "email": 30}


class TextField(QuestionField):
    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=show_label, parent=parent)
        question = view.definition
        self.multiline = isinstance(question, TextQuestion) and question.multiline
        text = "" if view.raw is None or view.raw == DONT_KNOW else str(view.raw)
        row = QHBoxLayout()
        self.box: QLineEdit | QPlainTextEdit
        if self.multiline:
            self.box = QPlainTextEdit(self)
            self.box.setPlainText(text)
            self.box.setTabChangesFocus(True)
            self.box.setMinimumHeight(MIN_TARGET * 3)
            self.box.textChanged.connect(self.edited)
        else:
            self.box = QLineEdit(self)
            self.box.setText(text)
            self.box.setMinimumHeight(MIN_TARGET)
            self.box.textEdited.connect(lambda _text: self.edited.emit())
            ems = _WIDTH_EMS.get(view.type)
            if ems is not None:
                self.box.setMaximumWidth(round(
                    QFontMetricsF(self.font()).horizontalAdvance("0") * ems + 24))
        self.box.setObjectName(f"input-{view.id}")
        describe(self.box, self.accessible_label, self.description())
        row.addWidget(self.box, 1)
        if isinstance(question, NumberQuestion) and question.unit is not None:
            unit = Paragraph(question.unit.text(language), self)
            row.addWidget(unit)
        self.layout_.addLayout(row)
        self.dont_know: QCheckBox | None = None
        if view.dont_know:
            self.dont_know = QCheckBox(QCoreApplication.translate("FormField", "I don't know"),
                                       self)
            self.dont_know.setMinimumHeight(MIN_TARGET)
            self.dont_know.setObjectName(f"dont-know-{view.id}")
            self.dont_know.setChecked(view.raw == DONT_KNOW)
            self.dont_know.toggled.connect(self._dont_know_toggled)
            self._dont_know_toggled(self.dont_know.isChecked())
            self.layout_.addWidget(self.dont_know)

    def _dont_know_toggled(self, checked: bool) -> None:
        self.box.setEnabled(not checked)
        self.edited.emit()

    def raw(self) -> JsonValue:
        if self.dont_know is not None and self.dont_know.isChecked():
            return DONT_KNOW
        if isinstance(self.box, QPlainTextEdit):
            return self.box.toPlainText()
        return self.box.text()

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.box

