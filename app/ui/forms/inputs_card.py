"""Card data shown rather than asked ("From your eID card"), confirmed where needed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from app.forms import JsonValue, QuestionMode, QuestionView
from app.ui.forms.field import QuestionField
from app.ui.i18n import translate
from app.ui.kit.widgets import MIN_TARGET, Heading, Paragraph, describe


class CardValueField(QuestionField):
    """Read-only; `confirmed()` is the tick of a CONFIRM question."""

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=False, parent=parent)
        self.layout_.insertWidget(0, Heading(view.name, 3, self))
        self.value = Paragraph(view.shown_value or "", self, selectable=True)
        self.value.setObjectName(f"shown-{view.id}")
        self.layout_.addWidget(self.value)
        source = view.source or translate("FormField", "From your eID card")
        self.source = Paragraph(source, self)
        self.layout_.addWidget(self.source)
        self.setAccessibleName(f"{view.name}: {view.shown_value or ''}")
        self.setAccessibleDescription(source)
        self.box: QCheckBox | None = None
        if view.mode is QuestionMode.CONFIRM:
            self.box = QCheckBox(translate("FormField", "This is correct"), self)
            self.box.setObjectName(f"confirm-{view.id}")
            self.box.setMinimumHeight(MIN_TARGET)
            describe(self.box, translate("FormField", "%1 is correct").replace("%1", view.name),
                     " ".join(part for part in (source, self.description()) if part))
            self.box.setChecked(view.confirmed)
            self.box.toggled.connect(lambda _on: self.edited.emit())
            self.layout_.addWidget(self.box)
            self.layout_.addWidget(Paragraph(translate(
                "FormField", "If this is wrong, your town hall can correct the card's data."),
                self))

    @property
    def asked(self) -> bool:
        return False

    def confirmed(self) -> bool | None:
        return None if self.box is None else self.box.isChecked()

    def raw(self) -> JsonValue:
        return None

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.box if self.box is not None else self.value
