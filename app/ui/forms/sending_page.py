"""Signing and sending, step by step, while the work runs in the background.

Each step says what is happening in words ("Signing with your card"), the
current one is announced, and the window stays responsive throughout.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from app.ui.forms.sender import SendStage
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, Paragraph

_STEPS = (SendStage.PREPARING, SendStage.CONNECTING, SendStage.SIGNING, SendStage.SENDING)


def stage_text(stage: SendStage) -> str:
    return {
        SendStage.PREPARING: translate("Sending", "Preparing your document"),
        SendStage.SIGNING: translate(
            "Sending", "Signing with your card (enter your PIN when asked)"),
        SendStage.CONNECTING: translate(
            "Sending", "Logging in to the service with your card (enter your PIN when asked)"),
        SendStage.SENDING: translate("Sending", "Sending your signed application"),
        SendStage.DONE: translate("Sending", "Done"),
    }[stage]


class SendingPage(ScrollPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-sending")
        self.stage: SendStage | None = None
        self.lines: dict[SendStage, Paragraph] = {}
        self.bar: QProgressBar | None = None

    def start(self, form_title: str) -> None:
        self.clear()
        self.body.addWidget(Paragraph(form_title, self.column))
        self.body.addWidget(Heading(translate("Sending", "Signing and sending"), 1, self.column))
        self.body.addWidget(Paragraph(translate(
            "Sending", "Keep your card in the reader until this is finished."), self.column))
        self.lines = {}
        for stage in _STEPS:
            line = Paragraph("", self.column)
            line.setObjectName(f"stage-{stage.value}")
            self.lines[stage] = line
            self.body.addWidget(line)
        self.bar = QProgressBar(self.column)
        self.bar.setRange(0, 0)  # busy: how long the card and network take is unknown
        self.bar.setAccessibleName(translate("Sending", "Signing and sending"))
        self.body.addWidget(self.bar)
        self.finish()
        self.name_page(translate("Sending", "Signing and sending"), form_title)
        self.show_stage(SendStage.PREPARING)

    def show_stage(self, stage: SendStage) -> None:
        self.stage = stage
        reached = _STEPS.index(stage) if stage in _STEPS else len(_STEPS)
        for index, step in enumerate(_STEPS):
            if index < reached:
                state = translate("Sending", "Done")
            elif index == reached:
                state = translate("Sending", "In progress")
            else:
                state = translate("Sending", "Waiting")
            self.lines[step].setText(f"{stage_text(step)}: {state}")
