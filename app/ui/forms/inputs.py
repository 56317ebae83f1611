"""The field for a question view, by its type and mode."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.forms import QuestionMode, QuestionView
from app.ui.forms.field import QuestionField
from app.ui.forms.inputs_card import CardValueField
from app.ui.forms.inputs_choice import ChoiceField, DeclarationField
from app.ui.forms.inputs_compound import AddressField, AttachmentField, DateField, FileChooser
from app.ui.forms.inputs_text import TextField


def make_field(view: QuestionView, language: str, *, show_label: bool,
               choose_file: FileChooser, parent: QWidget | None = None) -> QuestionField:
    if view.mode is not QuestionMode.ASKED:
        return CardValueField(view, language, show_label=show_label, parent=parent)
    if view.type in ("choice", "yes_no"):
        return ChoiceField(view, language, show_label=show_label, parent=parent)
    if view.type == "declaration":
        return DeclarationField(view, language, show_label=show_label, parent=parent)
    if view.type == "date":
        return DateField(view, language, show_label=show_label, parent=parent)
    if view.type == "address":
        return AddressField(view, language, show_label=show_label, parent=parent)
    if view.type == "attachment":
        return AttachmentField(view, language, show_label=show_label, choose_file=choose_file,
                               parent=parent)
    return TextField(view, language, show_label=show_label, parent=parent)
