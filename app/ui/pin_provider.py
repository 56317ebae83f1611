"""The `PinProvider` through which the card layer asks the person for their PIN.

The card layer asks for a PIN on the card owner thread, right before the one
command that uses it (app/cardreader/pin.py). `QtPinProvider.request_pin`
posts the question to the GUI thread, which opens the PIN dialog
(pin_dialog.py) window-modally with `open()` (no nested event loop), and the
card thread waits for the answer. The GUI thread never waits. The dialog's
module is loaded with the first question, not at start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.cardreader.errors import PinCancelled

if TYPE_CHECKING:
    from app.cardreader.pin import PinPrompt
    from app.ui.pin_dialog import PinDialog


class _Request:
    """One question for a PIN, answered on the GUI thread."""

    __slots__ = ("answered", "pin", "prompt")

    def __init__(self, prompt: PinPrompt) -> None:
        self.prompt = prompt
        self.answered = threading.Event()
        self.pin: bytearray | None = None


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
        from PySide6.QtWidgets import QDialog

        from app.ui.pin_dialog import PinDialog

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
