"""Helpers for the page tests (test_pages_*.py, test_walk_*.py): a recording
navigator, a scripted form sender, and a person's hands on a form page."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from app.cardreader.pin import PinProvider
from app.forms import DONT_KNOW, MemoryDraftStore, Prefill
from app.resources import resource_path
from app.ui.forms import (
    FormContext,
    PaymentOutcome,
    PaymentRequest,
    SendOutcome,
    SendRequest,
    SendStage,
)
from app.ui.forms.field import QuestionField
from app.ui.forms.inputs_card import CardValueField
from app.ui.forms.inputs_choice import ChoiceField, DeclarationField
from app.ui.forms.inputs_compound import AddressField, AttachmentField, DateField
from app.ui.forms.inputs_text import TextField
from app.ui.forms.question_page import QuestionPage

TODAY = date(2025, 11, 26)
# A one-page PDF (what a "signed" document looks like to the page tests).
MINI_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


class RecordingNavigator:
    """A `Navigator` that writes down where pages asked to go."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.announcements: list[str] = []

    def __getattr__(self, name: str) -> Callable[..., None]:
        if not name.startswith(("show_", "start_")):
            raise AttributeError(name)

        def record(*args: Any) -> None:
            self.calls.append((name, args))
        return record

    def announce(self, message: str) -> None:
        self.announcements.append(message)

    def last(self) -> tuple[str, tuple[Any, ...]] | None:
        return self.calls[-1] if self.calls else None


@dataclass
class ScriptedSender:
    """Answers pay and sign_and_send as told; `error` is raised instead when set."""

    reference: str = "CA-2025-000123"
    error: BaseException | None = None
    payment_error: BaseException | None = None
    queued: bool = False
    requests: list[SendRequest] = field(default_factory=list)
    payments: list[PaymentRequest] = field(default_factory=list)

    def pay(self, request: PaymentRequest, pin: PinProvider) -> PaymentOutcome:
        self.payments.append(request)
        if self.payment_error is not None:
            raise self.payment_error
        return PaymentOutcome("pay_test", "succeeded")

    def sign_and_send(self, request: SendRequest, pin: PinProvider,
                      progress: Callable[[SendStage], None]) -> SendOutcome:
        self.requests.append(request)
        for stage in (SendStage.PREPARING, SendStage.CONNECTING, SendStage.SIGNING,
                      SendStage.SENDING):
            progress(stage)
        if self.error is not None:
            raise self.error
        if self.queued:
            return SendOutcome(MINI_PDF, None, queued=True, queued_reason="down")
        return SendOutcome(MINI_PDF, self.reference)


class NoPin:
    def request_pin(self, prompt: object) -> bytearray:
        raise AssertionError("the scripted sender asks no PIN")


def persona_prefill(name: str = "worker") -> Prefill:
    from app.cardreader.virtual.personas import persona_by_name

    persona = persona_by_name(name)
    return Prefill(dict(persona.identity), dict(persona.address))


def form_context(navigator: RecordingNavigator, sender: Any, *,
                 drafts: MemoryDraftStore | None = None, owner: str = "85080312345",
                 prefill: Prefill | None = None, language: str = "en",
                 saved: list[Path] | None = None) -> FormContext:
    chosen = prefill or persona_prefill()
    return FormContext(
        navigator=navigator, sender=sender, pin=NoPin(), prefill=lambda: chosen,
        owner=lambda: owner, card_serial=lambda: 1, language=lambda: language,
        drafts=drafts if drafts is not None else MemoryDraftStore(), today=lambda: TODAY,
        save_path=lambda _parent, name: (saved.append(Path(name)) or Path(name))
        if saved is not None else None)


def example_answers(form_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resource_path("forms") / "examples" / f"{form_id}.json").read_text(encoding="utf-8"))
    return data


def _date_parts(value: str) -> dict[str, str]:
    year, month, day = value.split("-")
    return {"day": day, "month": month, "year": year}


def fill_field(field: QuestionField, value: Any) -> None:
    """Type or click `value` into a field, as a person would."""
    if isinstance(field, CardValueField):
        if field.box is not None:
            field.box.setChecked(True)
        return
    if isinstance(field, TextField):
        if value == DONT_KNOW and field.dont_know is not None:
            field.dont_know.setChecked(True)
        elif isinstance(field.box, QPlainTextEdit):
            field.box.setPlainText(str(value))
        else:
            field.box.setText(str(value))
    elif isinstance(field, ChoiceField):
        if field.view.type == "yes_no":
            value = "yes" if value is True else "no"
        chosen = value if isinstance(value, list) else [value]
        for option, button in field.buttons.items():
            button.setChecked(option in chosen)
    elif isinstance(field, DeclarationField):
        field.box.setChecked(bool(value))
    elif isinstance(field, DateField):
        for part, text in _date_parts(str(value)).items():
            field.boxes[part].setText(text)
    elif isinstance(field, AddressField):
        for part, box in field.boxes.items():
            box.setText(str(value.get(part, "")))
    elif isinstance(field, AttachmentField):
        field.value = dict(value)
    else:
        raise AssertionError(f"no way to fill {type(field).__name__}")


def fill_page(page: QuestionPage, answers: Mapping[str, Any]) -> None:
    for question_id, question in page.fields.items():
        if question_id in answers or not question.asked:
            fill_field(question, answers.get(question_id))


def texts(root: QWidget) -> str:
    """Everything a person can read on a page, one line per widget."""
    from PySide6.QtWidgets import QApplication, QLabel

    QApplication.processEvents()  # children added to a shown page show on the next turn

    parts = [label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root)]
    parts += [button.text() for button in root.findChildren(QAbstractButton)
              if button.isVisibleTo(root)]
    parts += [box.text() for box in root.findChildren(QLineEdit) if box.isVisibleTo(root)]
    return "\n".join(parts)
