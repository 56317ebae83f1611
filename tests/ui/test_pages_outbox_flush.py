"""Queued forms go out by themselves once the gateway answers, but only while
the person is logged in (no PIN dialog ever pops up on its own)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import GatewayUnreachable, Login, Outbox, Receipt, State
from app.ui.online.flusher import OutboxFlusher
from app.ui.online.session import OnlineSession

NUMBER = "85080312345"


class StubClient:
    def __init__(self) -> None:
        self.login: Login | None = None
        self.down = False
        self.sent: list[str] = []

    def submit(self, pdf: bytes, idempotency_key: str, payment_id: str | None = None) -> Receipt:
        if self.down:
            raise GatewayUnreachable("down")
        self.sent.append(idempotency_key)
        return Receipt.from_json({"reference": f"CA-2025-{len(self.sent):06d}",
                                  "status": "received"}, replayed=False)


def _session(tmp_path: Path) -> tuple[OnlineSession, StubClient]:
    client = StubClient()
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.add(b"%PDF-signed", national_number=NUMBER, form_id="ehic", form_version=1,
               language="en", title="EHIC")
    return OnlineSession(client, outbox, card=None), client  # type: ignore[arg-type]


def _states(session: OnlineSession) -> list[State]:
    return [item.state for item in session.outbox.items()]


def test_nothing_is_sent_without_a_login(qtbot: QtBot, tmp_path: Path) -> None:
    session, client = _session(tmp_path)
    flusher = OutboxFlusher(session, interval_ms=10)
    flusher.flush()
    assert not flusher.busy and client.sent == []
    assert _states(session) == [State.PENDING]


def test_queued_forms_go_out_once_the_gateway_answers(qtbot: QtBot, tmp_path: Path) -> None:
    session, client = _session(tmp_path)
    client.login = Login("token", NUMBER, datetime.now(UTC) + timedelta(hours=1))
    client.down = True
    flusher = OutboxFlusher(session, interval_ms=10)
    delivered: list[int] = []
    flusher.delivered.connect(delivered.append)
    flusher.flush()
    qtbot.waitUntil(lambda: not flusher.busy, timeout=5000)
    item = session.outbox.items()[0]
    assert item.state is State.PENDING and item.attempts == 1  # kept, retried later
    client.down = False
    # The outbox waits before the next attempt; pretend that time has passed.
    session.outbox._transaction(
        "UPDATE outbox SET next_attempt_at = NULL", ())
    flusher.flush()
    qtbot.waitUntil(lambda: delivered == [1], timeout=5000)
    assert _states(session) == [State.DELIVERED]


def test_an_expired_login_leaves_the_form_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    session, client = _session(tmp_path)
    client.login = Login("token", NUMBER, datetime.now(UTC) - timedelta(minutes=5))
    flusher = OutboxFlusher(session, interval_ms=10)
    flusher.flush()
    assert client.sent == [] and _states(session) == [State.PENDING]


