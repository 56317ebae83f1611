"""The PIN dialog: what the PIN is for, the tries left, and what a wrong PIN means.

`QtPinProvider` (pin_provider.py) opens it when the card layer asks for a PIN.
The PIN leaves the line edit as a bytearray that the card layer wipes, and the
line edit is cleared at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cardreader.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH, PinPrompt, PinPurpose
from app.ui.a11y import describe
from app.ui.i18n import translate

_DIGITS = QRegularExpression(f"[0-9]{{0,{PIN_MAX_LENGTH}}}")


def _title(purpose: PinPurpose) -> str:
    if purpose is PinPurpose.SIGNATURE:
        return translate("PinDialog", "Enter your PIN to sign")
    if purpose is PinPurpose.AUTHENTICATION:
        return translate("PinDialog", "Enter your PIN to log in")
    if purpose is PinPurpose.TEST:
        return translate("PinDialog", "Test your PIN")
    if purpose is PinPurpose.CHANGE_OLD:
        return translate("PinDialog", "Enter your current PIN")
    return translate("PinDialog", "Choose a new PIN")


def _explanation(purpose: PinPurpose) -> str:
    if purpose is PinPurpose.SIGNATURE:
        return translate("PinDialog", "Your signature with the card has the same legal force "
                                      "as your handwritten signature.")
    if purpose is PinPurpose.AUTHENTICATION:
        return translate("PinDialog", "The PIN proves to the government service that it is "
                                      "you.")
    if purpose is PinPurpose.TEST:
        return translate("PinDialog", "The card checks the PIN. Nothing is signed or sent.")
    if purpose is PinPurpose.CHANGE_OLD:
        return translate("PinDialog", "To change your PIN, first enter the PIN you use now.")
    return translate("PinDialog", "Your new PIN has 4 to 12 digits. Type it twice.")


def _tries(tries_left: int | None) -> str:
    if tries_left is None:
        return translate("PinDialog", "A wrong PIN uses up one of your three tries.")
    if tries_left <= 1:
        return translate("PinDialog", "This is your last try. If the PIN is wrong, the card "
                                      "is blocked and only your town hall can unblock it "
                                      "with your PUK letter.")
    return translate("PinDialog", "You have %n tries left. After three wrong PINs in a row "
                                  "the card is blocked; your town hall can unblock it with "
                                  "your PUK letter.", "", tries_left)


class PinDialog(QDialog):
    """Asks for one PIN (or, for a new PIN, the same PIN twice)."""

    def __init__(self, prompt: PinPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.prompt = prompt
        self._confirm = prompt.purpose is PinPurpose.CHANGE_NEW
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.tries = QLabel()
        self.tries.setWordWrap(True)
        self.tries.setObjectName("warning" if (prompt.tries_left or 3) <= 1 else "hint")
        self.reader = QLabel()
        self.reader.setWordWrap(True)
        self.reader.setObjectName("hint")
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.pin = self._field()
        self.repeat = self._field()
        self.repeat.setVisible(self._confirm)
        self.buttons = QDialogButtonBox()
        self.ok: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explanation, self.tries, self.problem, self.pin,
                       self.repeat, self.reader, self.buttons):
            layout.addWidget(widget)
        self.setTabOrder(self.pin, self.repeat)
        self.setTabOrder(self.repeat, self.ok)
        self.setTabOrder(self.ok, self.cancel)
        self.retranslate()
        self.pin.setFocus()

    def _field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setValidator(QRegularExpressionValidator(_DIGITS, edit))
        edit.setMaxLength(PIN_MAX_LENGTH)
        return edit

    def retranslate(self) -> None:
        purpose = self.prompt.purpose
        self.setWindowTitle(_title(purpose))
        self.heading.setText(_title(purpose))
        self.explanation.setText(_explanation(purpose))
        self.tries.setText(_tries(self.prompt.tries_left))
        self.reader.setText(translate("PinDialog", "Card reader: {reader}").format(
            reader=self.prompt.reader_name))
        self.ok.setText(translate("PinDialog", "Sign") if purpose is PinPurpose.SIGNATURE
                        else translate("PinDialog", "OK"))
        self.cancel.setText(translate("PinDialog", "Cancel"))
        describe(self.pin, translate("PinDialog", "PIN"),
                 translate("PinDialog", "The 4 to 12 digit PIN of your eID card. It is not "
                                        "shown on screen."))
        describe(self.repeat, translate("PinDialog", "New PIN again"),
                 translate("PinDialog", "Type the new PIN a second time, to be sure."))
        describe(self.ok, self.ok.text(),
                 translate("PinDialog", "Give the PIN to the card."))
        describe(self.cancel, self.cancel.text(),
                 translate("PinDialog", "Close without using the PIN. Nothing is signed."))
        self.pin.setPlaceholderText(translate("PinDialog", "PIN"))
        self.repeat.setPlaceholderText(translate("PinDialog", "New PIN again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        text = self.pin.text()
        if not PIN_MIN_LENGTH <= len(text) <= PIN_MAX_LENGTH:
            self._show_problem(translate("PinDialog", "A PIN has 4 to 12 digits."))
        elif self._confirm and text != self.repeat.text():
            self._show_problem(translate("PinDialog", "The two new PINs are not the same. "
                                                      "Type them again."))
            self.repeat.clear()
        else:
            self.accept()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.pin.setFocus()

    def take_pin(self) -> bytearray:
        """The PIN typed, as a bytearray; the fields are cleared."""
        pin = bytearray(self.pin.text().encode("ascii"))
        self.pin.clear()
        self.repeat.clear()
        return pin

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.pin.clear()
            self.repeat.clear()
        super().done(result)
