"""Sends what waits in the outbox by itself, while the person is logged in.

A signed form queued because the gateway was down goes out as soon as the
gateway answers again, without anyone pressing a button. Only with a login
already made: logging in needs the card and its PIN, and a PIN dialog that
pops up by itself would surprise (and a kiosk must never do it). Without a
login the form waits for the next submission or "Send waiting forms now".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import GatewayClient, OutboxSender, Outcome
from app.ui.kit.background import run_in_background
from app.ui.online.session import OnlineSession

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


class NotLoggedIn(Exception):
    """Stops a delivery without touching the item (it is not a ServiceError,
    which the outbox would count as a failed or refused attempt)."""


class OutboxFlusher(QObject):
    """`delivered(count)` after documents went out."""

    delivered = Signal(int)

    def __init__(self, session: OnlineSession, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)

    def start(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        login = self.session.client.login
        if self.busy or login is None or login.expired():
            return
        number = login.national_number
        if not self.session.outbox.pending(number, due_only=True):
            return
        self.busy = True
        run_in_background(lambda _progress: self._send(number), name="outbox-flush",
                          on_success=self._done, on_failure=self._failed, parent=self)

    def _send(self, number: str) -> int:
        session = self.session

        def ensure_login(_client: GatewayClient, national_number: str) -> None:
            if not session.logged_in_as(national_number):
                raise NotLoggedIn(national_number)

        sender = OutboxSender(session.outbox, session.client, ensure_login)
        results = sender.send_pending(number, due_only=True)
        return sum(1 for result in results if result.outcome is Outcome.DELIVERED)

    def _done(self, count: int) -> None:
        self.busy = False
        if count:
            self.delivered.emit(count)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        log.info("outbox not flushed: %r", error)
