"""Help and diagnostics: is the card reader software running, which readers, which
libraries, does the gateway answer; and "Copy report" for the helpdesk.

The report is the same as `citizen-assistant diagnostics` (app/diagnostics.py)
plus what this running program sees of the card. It holds no personal data.
It is gathered on a worker thread: asking pcscd and the gateway may take time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import diagnostics
from app.cardreader.states import Snapshot
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.navigation import Navigator


def program_view(snapshot: Snapshot) -> list[str]:
    """What the running program itself sees (it may use a reader pcscd does not list,
    such as the demo's built-in one)."""
    lines = [f"Card state in this program: {snapshot.state.value}"]
    for reader in snapshot.readers:
        atr = reader.atr.hex() if reader.card_present else "no card"
        lines.append(f"  {reader.name}: {atr}")
    return lines


class DiagnosticsPage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPage")
        self._ctx = ctx
        self._nav = nav
        self._report: dict[str, Any] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("subheading")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton()
        self.copy.setObjectName("primary")
        self.copy.clicked.connect(self.copy_report)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.text, 1)
        self.setTabOrder(self.copy, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.text)
        self.retranslate()
        self.refresh()

    def page_title(self) -> str:
        return self.heading.text()

    def refresh(self) -> None:
        self.summary.setText(translate("Diagnostics", "Checking…"))
        self.copy.setEnabled(False)
        url = self._ctx.gateway_url
        self._ctx.tasks.run(lambda: diagnostics.report(url), self._show, self._failed,
                            owner=self)

    def _show(self, report: dict[str, Any]) -> None:
        self._report = report
        self.text.setPlainText(self.report_text())
        self.copy.setEnabled(True)
        self._summarise()
        self._nav.announce(self.summary.text())

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(translate("Diagnostics", "The check could not be made."))
        self.text.setPlainText(f"{type(error).__name__}: {error}")
        self.copy.setEnabled(True)

    def report_text(self) -> str:
        if self._report is None:
            return ""
        return "\n".join([diagnostics.as_text(self._report),
                          *program_view(self._ctx.card.snapshot()),
                          f"Mode: {'demo' if self._ctx.demo else 'normal'}"
                          f"{', kiosk' if self._ctx.kiosk else ''}"])

    def _summarise(self) -> None:
        report = self._report
        if report is None:
            return
        pcsc = report["pcsc"]
        snapshot = self._ctx.card.snapshot()
        gateway = report.get("gateway") or {}
        lines = []
        if not pcsc["service"] and not snapshot.readers:
            lines.append(translate("Diagnostics", "The card reader software (pcscd) is not "
                                                  "running."))
        else:
            count = len(pcsc["readers"]) or len(snapshot.readers)
            lines.append(translate("Diagnostics", "%n card reader(s) found.", "", count))
        lines.append(translate("Diagnostics", "The gateway answers.") if gateway.get("reachable")
                     else translate("Diagnostics", "The gateway does not answer."))
        self.summary.setText(" ".join(lines))

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report_text())
        self._nav.announce(translate("Diagnostics", "The report is copied. Paste it into your "
                                                    "message to the helpdesk."))

    def retranslate(self) -> None:
        self.heading.setText(translate("Diagnostics", "Help and diagnostics"))
        self.intro.setText(translate("Diagnostics", "If something does not work, copy this "
                                                    "report and send it to the helpdesk. It "
                                                    "holds no personal data."))
        self.copy.setText(translate("Diagnostics", "Copy report"))
        self.refresh_button.setText(translate("Diagnostics", "Check again"))
        describe(self.copy, self.copy.text(),
                 translate("Diagnostics", "Copy the report below, to paste in an e-mail."))
        describe(self.refresh_button, self.refresh_button.text(),
                 translate("Diagnostics", "Look at the card readers and the gateway again."))
        describe(self.text, translate("Diagnostics", "Report"),
                 translate("Diagnostics", "The technical report for the helpdesk."))
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
