"""Kiosk mode: one person's session, wiped when the card leaves or after inactivity.

A service-hall terminal must leave nothing of one citizen for the next: on
card removal, or after `kiosk_idle_seconds` without input (with a warning
`kiosk_warning_seconds` before, and "More time" to stay, WCAG 2.2.1), every
page, draft, answer, dialog and clipboard content of the session is dropped.
Drafts and settings are in memory only in a kiosk (wiring.py), so wiping is
forgetting. The window fills the screen and ignores attempts to close it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.cardreader.states import State
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.main_window import MainWindow
from app.ui.pin_provider import QtPinProvider

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class TimeoutWarning(QDialog):
    """"Are you still there?" with a countdown and a large "More time" button."""

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeoutWarning")
        self.left = seconds
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.more = QPushButton()
        self.more.setObjectName("primary")
        self.more.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.more)
        self.more.setFocus()
        self.retranslate()

    def tick(self) -> None:
        self.left = max(0, self.left - 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Kiosk", "Are you still there?"))
        self.heading.setText(translate("Kiosk", "Are you still there?"))
        self.body.setText(translate("Kiosk", "For your privacy, this session ends in %n "
                                             "seconds and everything you entered is "
                                             "deleted.", "", self.left))
        self.more.setText(translate("Kiosk", "I need more time"))
        describe(self.more, self.more.text(),
                 translate("Kiosk", "Keep the session open and go on where you were."))


class KioskSession(QObject):
    sessionEnded = Signal(str)  # why: "card-removed" or "inactivity"
    staffCalled = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.warning: TimeoutWarning | None = None
        idle_ms = max(1, ctx.settings.kiosk_idle_seconds) * 1000
        warn_ms = min(idle_ms - 1, max(0, ctx.settings.kiosk_warning_seconds) * 1000)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms - warn_ms)
        self._idle.timeout.connect(self._warn)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._warn_seconds = warn_ms // 1000
        ctx.card.cardRemoved.connect(lambda: self.end("card-removed"))
        ctx.card.stateChanged.connect(lambda _s: self._restart_if_active())
        window.top.staffCalled.connect(self.call_staff)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def active(self) -> bool:
        """A session is running while a card is in (or a person is using the screen)."""
        return self.ctx.card.state() not in (State.READY, State.NO_READER, State.NO_SERVICE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.warning is None:
            self._idle.start()
        return False

    def _restart_if_active(self) -> None:
        if self.warning is None:
            self._idle.start()

    def _warn(self) -> None:
        if not self.active and self.window.current_key == "home":
            return  # nobody's session: nothing to protect
        self.warning = TimeoutWarning(self._warn_seconds, self.window)
        self.warning.accepted.connect(self._more_time)
        self.warning.open()
        self.window.announce(translate("Kiosk", "Are you still there? The session ends soon."))
        self._countdown.start()

    def _tick(self) -> None:
        if self.warning is None:
            self._countdown.stop()
            return
        self.warning.tick()
        if self.warning.left <= 0:
            self.end("inactivity")

    def _more_time(self) -> None:
        self._countdown.stop()
        self.warning = None
        self._idle.start()

    def call_staff(self) -> None:
        log.info("kiosk: staff called")
        self.staffCalled.emit()
        self.window.announce(translate("Kiosk", "A member of staff has been called and will "
                                                "come to you."))

    def end(self, why: str) -> None:
        """Wipe everything of the session and return to the start screen."""
        self._countdown.stop()
        if self.warning is not None:
            warning, self.warning = self.warning, None
            warning.done(QDialog.DialogCode.Rejected)
            warning.deleteLater()
        if isinstance(self.ctx.pin_provider, QtPinProvider):
            self.ctx.pin_provider.cancel_all()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.ctx.drafts.clear()
        self.ctx.situations.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.window.reset_session()
        self.window.announce(translate("Kiosk", "The session has ended. Everything you "
                                                "entered has been deleted."))
        self.sessionEnded.emit(why)
        self._idle.start()
