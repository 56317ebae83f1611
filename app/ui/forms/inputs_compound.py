"""Questions with parts: a date (day, month, year), an address, a file."""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.forms import JsonValue, QuestionView
from app.forms.questions import AttachmentQuestion
from app.ui.forms.field import ErrorText, QuestionField
from app.ui.i18n import translate
from app.ui.kit.widgets import MIN_TARGET, Paragraph, PrimaryButton, describe

# Chooses a file to attach; returns its path or None. The screen passes a
# dialog; tests pass a function.
FileChooser = Callable[[QWidget, str, Sequence[str]], Path | None]


def _box(parent: QWidget, name: str, description: str, text: str, ems: float | None,
         object_name: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setText(text)
    box.setMinimumHeight(MIN_TARGET)
    box.setObjectName(object_name)
    if ems is not None:
        box.setMaximumWidth(round(QFontMetricsF(box.font()).horizontalAdvance("0") * ems + 24))
    describe(box, name, description)
    return box


def _labelled(parent: QWidget, label: str, box: QLineEdit) -> QVBoxLayout:
    column = QVBoxLayout()
    caption = QLabel(label, parent)
    caption.setBuddy(box)
    column.addWidget(caption)
    column.addWidget(box)
    return column


class DateField(QuestionField):
    """Day, month and year in three boxes (GOV.UK), not a calendar to fight with."""

    PARTS = ("day", "month", "year")

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=show_label, parent=parent)
        values = _date_parts(view.raw)
        names = {"day": translate("FormField", "Day"), "month": translate("FormField", "Month"),
                 "year": translate("FormField", "Year")}
        row = QHBoxLayout()
        self.boxes: dict[str, QLineEdit] = {}
        for part in self.PARTS:
            box = _box(self, names[part],
                       f"{self.accessible_label}. {self.description()}".strip(),
                       values.get(part, ""), 6 if part == "year" else 3,
                       f"input-{view.id}-{part}")
            box.textEdited.connect(lambda _text: self.edited.emit())
            self.boxes[part] = box
            row.addLayout(_labelled(self, names[part], box))
        row.addStretch(1)
        self.layout_.addLayout(row)

    def raw(self) -> JsonValue:
        parts = {part: box.text().strip() for part, box in self.boxes.items()}
        if not any(parts.values()):
            return None
        return {"day": parts["day"], "month": parts["month"], "year": parts["year"]}

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.boxes.get(part or "day", self.boxes["day"])


def _date_parts(raw: JsonValue) -> dict[str, str]:
    if isinstance(raw, Mapping):
        return {key: str(raw.get(key) or "") for key in ("day", "month", "year")}
    if isinstance(raw, str) and len(raw) == 10 and raw[4] == "-":
        return {"year": raw[:4], "month": raw[5:7].lstrip("0"), "day": raw[8:].lstrip("0")}
    return {}


class AddressField(QuestionField):
    PARTS = ("street_and_number", "postcode", "municipality")

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=show_label, parent=parent)
        names = {"street_and_number": translate("FormField", "Street and number"),
                 "postcode": translate("FormField", "Postcode"),
                 "municipality": translate("FormField", "Municipality")}
        raw = view.raw if isinstance(view.raw, Mapping) else {}
        self.boxes: dict[str, QLineEdit] = {}
        for part in self.PARTS:
            value = raw.get(part) or (raw.get("zip") if part == "postcode" else None) or ""
            errors = [p.message for p in view.problems if p.part == part]
            box = _box(self, names[part], " ".join([self.view.hint or "", *errors]).strip(),
                       str(value), 6 if part == "postcode" else None,
                       f"input-{view.id}-{part}")
            box.textEdited.connect(lambda _text: self.edited.emit())
            self.boxes[part] = box
            self.layout_.addLayout(_labelled(self, names[part], box))

    def raw(self) -> JsonValue:
        parts = {part: box.text() for part, box in self.boxes.items()}
        return dict(parts) if any(value.strip() for value in parts.values()) else None

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.boxes.get(part or "street_and_number", self.boxes["street_and_number"])


class AttachmentField(QuestionField):
    """A file chosen with a button (no dragging needed), shown by name and size."""

    def __init__(self, view: QuestionView, language: str, *, show_label: bool,
                 choose_file: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(view, language, show_label=show_label, parent=parent)
        self._choose_file = choose_file
        question = view.definition
        self.media_types = (list(question.media_types)
                            if isinstance(question, AttachmentQuestion) else [])
        self.value: dict[str, str] | None = (
            {str(k): str(v) for k, v in view.raw.items()}
            if isinstance(view.raw, Mapping) else None)
        self.chosen = Paragraph(parent=self)
        self.button = PrimaryButton(translate("FormField", "Choose a file"), self, primary=False)
        describe(self.button, f"{translate('FormField', 'Choose a file')}: {self.accessible_label}",
                 self.description())
        self.button.clicked.connect(self._choose)
        self.layout_.addWidget(self.button)
        self.layout_.addWidget(self.chosen)
        self._show()

    def _show(self) -> None:
        if self.value is None:
            self.chosen.setText(translate("FormField", "No file chosen"))
        else:
            self.chosen.setText(
                translate("FormField", "Chosen: %1").replace("%1", self.value["name"]))

    def _choose(self) -> None:
        path = self._choose_file(self, self.accessible_label, self.media_types)
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.layout_.addWidget(ErrorText(str(exc), self))
            return
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.value = {"name": path.name, "media_type": media_type,
                      "content_base64": base64.b64encode(data).decode("ascii")}
        self._show()
        self.edited.emit()

    def raw(self) -> JsonValue:
        return dict(self.value) if self.value is not None else None

    def focus_widget(self, part: str | None = None) -> QWidget:
        return self.button
