"""Questions answered by choosing: radios, checkboxes, yes or no, a declaration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QRadioButton, QWidget

from app.forms import DONT_KNOW, JsonValue, QuestionView
from app.forms.questions import ChoiceQuestion
from app.ui.forms.field import QuestionField
from app.ui.kit.widgets import MIN_TARGET, Paragraph, describe


def _big(button: QAbstractButton) -> QAbstractButton:
    button.setMinimumHeight(MIN_TARGET)
    return button


class ChoiceField(QuestionField):
    """Radios (one answer), checkboxes (`multiple`), or Yes and No."""

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=show_label, parent=parent)
        question = view.definition
        self.multiple = isinstance(question, ChoiceQuestion) and question.multiple
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        options: list[tuple[str, str, str | None]] = [
            (option.value, option.label, option.hint) for option in view.options]
        if view.type == "yes_no":
            options = [("yes", QCoreApplication.translate("FormField", "Yes"), None),
                       ("no", QCoreApplication.translate("FormField", "No"), None)]
        if view.dont_know:
            options.append((DONT_KNOW, QCoreApplication.translate("FormField", "I don't know"),
                            None))
        chosen = self._chosen(view.raw)
        for value, label, hint in options:
            button = _big(QCheckBox(label, self) if self.multiple else QRadioButton(label, self))
            button.setObjectName(f"option-{view.id}-{value}")
            describe(button, label, " ".join(part for part in (hint, self.description())
                                             if part))
            button.setChecked(value in chosen)
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
            if hint:
                note = Paragraph(hint, self)
                note.setContentsMargins(MIN_TARGET, 0, 0, 0)
                self.layout_.addWidget(note)
        self.group.buttonToggled.connect(lambda _button, _on: self.edited.emit())
        self.setAccessibleName(self.accessible_label)
        self.setAccessibleDescription(self.description() or self.accessible_label)

    def _chosen(self, raw: JsonValue) -> set[str]:
        if raw is True:
            return {"yes"}
        if raw is False:
            return {"no"}
        if isinstance(raw, str):
            return {raw}
        if isinstance(raw, list):
            return {str(value) for value in raw}
        return set()

    def raw(self) -> JsonValue:
        picked = [value for value, button in self.buttons.items() if button.isChecked()]
        if self.view.type == "yes_no":
            if not picked:
                return None
            return {"yes": True, "no": False}.get(picked[0], picked[0])
        if self.multiple:
            return list(picked)
        return picked[0] if picked else None

    def focus_widget(self, part: str | None = None) -> QWidget:
        checked = [button for button in self.buttons.values() if button.isChecked()]
        return checked[0] if checked else next(iter(self.buttons.values()))


class DeclarationField(QuestionField):
    """A statement the person ticks; the statement is the checkbox's label."""

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=False, parent=parent)
        self.box = QCheckBox(self)
        self.box.setObjectName(f"input-{view.id}")
        self.box.setMinimumHeight(MIN_TARGET)
        statement = Paragraph(view.label, self)
        statement.setBuddy(self.box)
        self.box.setText(QCoreApplication.translate("FormField", "I agree"))
        describe(self.box, view.label, self.description())
        self.box.setChecked(view.raw is True)
        self.box.toggled.connect(lambda _on: self.edited.emit())
        self.layout_.addWidget(statement)
        self.layout_.addWidget(self.box)

    def raw(self) -> JsonValue:
        return True if self.box.isChecked() else None

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.box
