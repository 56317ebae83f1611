"""The fee step: what it costs and what for, then pay through the service's
payment provider (a test provider in demo and tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QProgressBar, QWidget

from app.forms import FormDefinition, Problem, show_money
from app.ui.forms.error_summary import ErrorSummary
from app.ui.forms.field import ErrorText
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import MIN_TARGET, Heading, LinkButton, Paragraph, PrimaryButton, describe


class FeePage(ScrollPage):
    """Emits `pay_requested(method)` with the payment method typed in."""

    pay_requested = Signal(dict)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-fee")
        self.boxes: dict[str, QLineEdit] = {}
        self.pay: PrimaryButton | None = None
        self.busy: QProgressBar | None = None
        self.summary: ErrorSummary | None = None

    def set_form(self, definition: FormDefinition, language: str, *,
                 problems: list[Problem] | None = None, busy: bool = False) -> None:
        fee = definition.fee
        assert fee is not None, "a fee page for a form without a fee"
        typed = {key: box.text() for key, box in self.boxes.items()}
        self.clear()
        self.boxes = {}
        self.summary = None
        back = LinkButton(translate("FeePage", "Back"), self.column)
        back.clicked.connect(self.back_requested)
        back.setEnabled(not busy)
        self.body.addWidget(back)
        self.body.addWidget(Paragraph(definition.title.text(language), self.column))
        if problems:
            self.summary = ErrorSummary(problems, self.column)
            self.summary.field_chosen.connect(lambda _qid, part: self._focus(part))
            self.body.addWidget(self.summary)
        amount = show_money(fee.amount_cents, language)
        self.body.addWidget(Heading(translate("FeePage", "Pay the fee"), 1, self.column))
        self.body.addWidget(Paragraph(
            translate("FeePage", "This service costs %1: %2.").replace("%1", amount)
            .replace("%2", fee.purpose.text(language)), self.column))
        self.body.addWidget(Paragraph(translate(
            "FeePage", "You pay before you sign. If sending fails later, your payment is kept "
                       "for this application."), self.column))
        fields = (("number", translate("FeePage", "Card number"), 22),
                  ("exp_month", translate("FeePage", "Expiry month (MM)"), 4),
                  ("exp_year", translate("FeePage", "Expiry year (YYYY)"), 6),
                  ("cvc", translate("FeePage", "Security code (3 digits on the back)"), 5))
        for key, label, _ems in fields:
            caption = Paragraph(label, self.column)
            box = QLineEdit(self.column)
            box.setObjectName(f"pay-{key}")
            box.setMinimumHeight(MIN_TARGET)
            box.setText(typed.get(key, ""))
            box.setEnabled(not busy)
            describe(box, label, " ".join(p.message for p in problems or [] if p.part == key))
            caption.setBuddy(box)
            for problem in problems or []:
                if problem.part == key:
                    self.body.addWidget(ErrorText(problem.message, self.column))
            self.body.addWidget(caption)
            self.body.addWidget(box)
            self.boxes[key] = box
        row = QHBoxLayout()
        self.pay = PrimaryButton(
            translate("FeePage", "Pay %1").replace("%1", amount), self.column,
            description=translate("FeePage", "Asks for your card PIN to log in, then pays"))
        self.pay.setEnabled(not busy)
        self.pay.clicked.connect(self._pay)
        row.addWidget(self.pay)
        row.addStretch(1)
        self.body.addLayout(row)
        self.busy = None
        if busy:
            self.busy = QProgressBar(self.column)
            self.busy.setRange(0, 0)
            self.busy.setAccessibleName(translate("FeePage", "Paying…"))
            self.body.addWidget(Paragraph(translate("FeePage", "Paying…"), self.column))
            self.body.addWidget(self.busy)
        self.finish()
        self.name_page(translate("FeePage", "Pay the fee"), definition.title.text(language))

    def method(self) -> dict[str, object]:
        text = {key: box.text().strip().replace(" ", "") for key, box in self.boxes.items()}
        return {"type": "card", "number": text["number"],
                "exp_month": int(text["exp_month"]) if text["exp_month"].isdigit() else 0,
                "exp_year": int(text["exp_year"]) if text["exp_year"].isdigit() else 0,
                "cvc": text["cvc"]}

    def missing(self) -> list[Problem]:
        """Blank boxes, checked here; the provider checks the rest."""
        messages = {"number": translate("FeePage", "Enter the card number"),
                    "exp_month": translate("FeePage", "Enter the expiry month, for example 07"),
                    "exp_year": translate("FeePage", "Enter the expiry year, for example 2029"),
                    "cvc": translate("FeePage", "Enter the security code")}
        return [Problem("pay", messages[key], "required", key)
                for key, box in self.boxes.items() if not box.text().strip()]

    def _pay(self) -> None:
        self.pay_requested.emit(self.method())

    def _focus(self, part: object) -> None:
        box = self.boxes.get(part if isinstance(part, str) else "number")
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_start(self) -> None:
        if self.summary is not None:
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.boxes:
            self.boxes["number"].setFocus(Qt.FocusReason.OtherFocusReason)
