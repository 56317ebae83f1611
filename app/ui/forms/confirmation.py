"""The confirmation: the reference, what happens next, who to contact, and a
way to keep the signed PDF (save or print)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.forms import FormDefinition
from app.ui.forms.sender import SendOutcome
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton, scaled_font


class ConfirmationPage(ScrollPage):
    save_requested = Signal()
    print_requested = Signal()
    cases_requested = Signal()
    road_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-confirmation")
        self.reference: Paragraph | None = None
        self.panel: QFrame | None = None
        self.save: PrimaryButton | None = None

    def set_outcome(self, definition: FormDefinition, outcome: SendOutcome,
                    language: str) -> None:
        self.clear()
        self.panel = QFrame(self.column)
        self.panel.setObjectName("confirmation-panel")
        self.panel.setFrameShape(QFrame.Shape.Box)
        self.panel.setLineWidth(3)
        self.panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        panel = QVBoxLayout(self.panel)
        if outcome.reference is not None:
            title = translate("Confirmation", "Application sent")
            panel.addWidget(Heading(title, 1, self.panel))
            number_label = translate("Confirmation", "Your reference number")
            panel.addWidget(Paragraph(number_label, self.panel))
            self.reference = Paragraph(outcome.reference, self.panel, selectable=True)
            self.reference.setObjectName("confirmation-reference")
            self.reference.setFont(scaled_font(self.reference.font(), 1.6, bold=True))
            panel.addWidget(self.reference)
            self.panel.setAccessibleName(f"{title}. {number_label} {outcome.reference}")
        else:
            title = translate("Confirmation", "Application signed and saved")
            panel.addWidget(Heading(title, 1, self.panel))
            panel.addWidget(Paragraph(translate(
                "Confirmation", "The service cannot be reached right now. Your signed "
                                "application is safe on this computer. It will be sent when "
                                "the service can be reached again; you can also send it "
                                "yourself from My cases."), self.panel))
            if outcome.queued_reason:
                panel.addWidget(Paragraph(outcome.queued_reason, self.panel))
            self.reference = None
            self.panel.setAccessibleName(title)
        self.body.addWidget(self.panel)
        self.body.addWidget(Heading(translate("Confirmation", "What happens next"), 2, self.column))
        self.body.addWidget(Paragraph(definition.next_steps.text(language), self.column))
        self.body.addWidget(Heading(
            translate("Confirmation", "Questions about your application"), 2, self.column))
        self.body.addWidget(Paragraph(translate(
            "Confirmation", "Contact %1 and give your reference number.").replace(
            "%1", definition.provider.text(language)), self.column))
        self.body.addWidget(Heading(translate("Confirmation", "Keep a record"), 2, self.column))
        row = QHBoxLayout()
        self.save = PrimaryButton(translate("Confirmation", "Save the signed PDF"), self.column,
                                  primary=False)
        self.save.clicked.connect(self.save_requested)
        printing = PrimaryButton(translate("Confirmation", "Print"), self.column, primary=False)
        printing.clicked.connect(self.print_requested)
        row.addWidget(self.save)
        row.addWidget(printing)
        row.addStretch(1)
        self.body.addLayout(row)
        cases = LinkButton(translate("Confirmation", "See your cases"), self.column)
        cases.clicked.connect(self.cases_requested)
        road = LinkButton(translate("Confirmation", "Back to your road"), self.column)
        road.clicked.connect(self.road_requested)
        self.body.addWidget(cases)
        self.body.addWidget(road)
        self.finish()
        self.name_page(title, definition.title.text(language))

    def focus_start(self) -> None:
        if self.panel is not None:
            self.panel.setFocus(Qt.FocusReason.OtherFocusReason)
