"""The PIN dialog, and the `PinProvider` through which the card layer asks for it.

The card layer asks for a PIN on the card owner thread, right before the one
command that uses it (app/cardreader/pin.py). `QtPinProvider.request_pin`
posts the question to the GUI thread, which opens the dialog window-modally
with `open()` (no nested event loop), and the card thread waits for the
answer. The GUI thread never waits, the PIN leaves the line edit as a
bytearray that the card layer wipes, and the line edit is cleared at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QThread, Signal, Slot
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

from app.cardreader.errors import PinCancelled
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


@dataclass
class _Request:
    prompt: PinPrompt
    answered: threading.Event = field(default_factory=threading.Event)
    pin: bytearray | None = None


class QtPinProvider(QObject):
    """`ctx.pin_provider`: the GUI's `PinProvider` (call it off the GUI thread only).

    `dialogOpened(PinDialog)` lets the window announce the dialog and tests
    fill it. `shutdown()` answers every question still open with "cancelled",
    so that the card owner thread, which waits for the answer, is free again
    before the card service stops.
    """

    dialogOpened = Signal(object)
    _asked = Signal(object)

    def __init__(self, parent_window: Callable[[], QWidget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_window = parent_window
        self._open: dict[int, tuple[_Request, PinDialog]] = {}
        self._waiting: set[int] = set()
        self._requests: dict[int, _Request] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._asked.connect(self._show)

    def request_pin(self, prompt: PinPrompt) -> bytearray:
        if QThread.currentThread() is self.thread():
            raise RuntimeError("the PIN is asked for from the card thread, never the GUI thread")
        request = _Request(prompt)
        with self._lock:
            if self._closed:
                raise PinCancelled("The program is closing.")
            self._requests[id(request)] = request
        try:
            self._asked.emit(request)
            request.answered.wait()
        finally:
            with self._lock:
                self._requests.pop(id(request), None)
        if request.pin is None:
            raise PinCancelled("The PIN was not entered.")
        return request.pin

    @Slot(object)
    def _show(self, request: _Request) -> None:
        if request.answered.is_set():
            return  # cancelled before the dialog could open
        dialog = PinDialog(request.prompt, self._parent_window())
        key = id(request)
        self._open[key] = (request, dialog)

        def finished(result: int) -> None:
            self._open.pop(key, None)
            if result == QDialog.DialogCode.Accepted:
                request.pin = dialog.take_pin()
            request.answered.set()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialogOpened.emit(dialog)

    def cancel_all(self) -> None:
        """Close every open PIN dialog as cancelled (the card left, a kiosk wipe)."""
        for _, dialog in list(self._open.values()):
            dialog.reject()

    def shutdown(self) -> None:
        """Refuse every question from now on and answer the open ones (program exit)."""
        with self._lock:
            self._closed = True
            waiting = list(self._requests.values())
        self.cancel_all()
        for request in waiting:
            request.answered.set()
