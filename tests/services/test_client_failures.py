"""How the client meets a gateway that is down, slow, overloaded or refusing:
retries through urllib3, then one plain message (a scripted local server)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from app.services import (
    GatewayClient,
    GatewayRefused,
    GatewayTimeout,
    GatewayUnavailable,
    GatewayUnreachable,
    HttpPolicy,
    NotAuthenticated,
    Outbox,
    OutboxSender,
    Outcome,
    PaymentDeclined,
    ServiceError,
    State,
    UnexpectedAnswer,
)
from app.services.models import Challenge, Login
from tests.services.gateway_process import SilentServer, closed_port

FAST = HttpPolicy(connect_timeout=2, read_timeout=2, retries=2, backoff=0.01)


class Script:
    def __init__(self) -> None:
        self.answers: list[tuple[int, dict[str, str], bytes]] = []
        self.seen: list[tuple[str, str]] = []

    def reply(self, status: int, body: Any = None, content_type: str = "application/json",
              raw: bytes | None = None) -> None:
        data = raw if raw is not None else json.dumps(body).encode()
        self.answers.append((status, {"Content-Type": content_type}, data))


@pytest.fixture
def scripted() -> Iterator[tuple[Script, str]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            script.seen.append((self.command, self.path))
            status, headers, data = script.answers.pop(0) if script.answers else (
                500, {}, b"no more answers")
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield script, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def error(code: str, message: str, details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


def test_overloaded_gateway_is_retried(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.reply(503, error("database_unavailable", "down"))
    script.reply(502, raw=b"bad gateway", content_type="text/html")
    script.reply(200, {"status": "ok"})
    assert GatewayClient(url, FAST).health() == {"status": "ok"}
    assert len(script.seen) == 3


def test_still_overloaded_after_the_retries(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    for _ in range(3):
        script.reply(503, error("database_unavailable", "the database cannot be reached"))
    with pytest.raises(GatewayUnavailable) as info:
        GatewayClient(url, FAST).health()
    assert info.value.retryable and "try again later" in info.value.message.lower()
    assert len(script.seen) == 3


def test_a_signed_challenge_is_not_resent_after_an_answer(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.reply(503, error("database_unavailable", "down"))
    client = GatewayClient(url, FAST)
    with pytest.raises(GatewayUnavailable):
        client.open_session(Challenge(b"x", "eA", None), b"sig", [b"cert"])
    assert script.seen == [("POST", "/api/v1/auth/session")]


def test_refusals_are_plain_words(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    client = GatewayClient(url, FAST)
    client.login = None
    script.reply(422, error("answers_rejected", "some answers do not meet the form's rules",
                            [{"field": "moving_date", "kind": "date_past",
                              "message": "Moving date must be in the past"}]))
    with pytest.raises(GatewayRefused) as refused:
        client.challenge()
    assert not refused.value.retryable and refused.value.code == "answers_rejected"
    assert "Correct them" in refused.value.message
    assert "Moving date must be in the past" in refused.value.message

    script.reply(401, error("session_expired", "the session expired"))
    with pytest.raises(NotAuthenticated, match="Log in again"):
        client.challenge()

    script.reply(402, error("payment_declined", "the payment was refused: card declined",
                            {"decline_code": "card_declined"}))
    with pytest.raises(PaymentDeclined, match="card declined"):
        client.challenge()

    script.reply(404, raw=b"<html>not here</html>", content_type="text/html")
    with pytest.raises(UnexpectedAnswer, match="Something other than"):
        client.challenge()


def test_no_login_no_request(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    with pytest.raises(NotAuthenticated):
        GatewayClient(url, FAST).cases()
    assert script.seen == []


def test_gateway_down() -> None:
    client = GatewayClient(f"http://127.0.0.1:{closed_port()}", FAST)
    with pytest.raises(GatewayUnreachable) as info:
        client.health()
    assert info.value.retryable and "cannot be reached" in info.value.message


def test_gateway_that_never_answers() -> None:
    silent = SilentServer()
    try:
        client = GatewayClient(silent.url, HttpPolicy(read_timeout=0.5, retries=1,
                                                      backoff=0.01))
        client.login = Login("token", "85080317128", None)
        started = time.monotonic()
        with pytest.raises(GatewayTimeout) as info:
            client.submit(b"%PDF", "key-1")
        assert time.monotonic() - started < 10
        assert info.value.retryable and "did not answer in time" in info.value.message
    finally:
        silent.close()


def test_tls_failure_is_not_a_network_blip(scripted: tuple[Script, str]) -> None:
    _, url = scripted
    client = GatewayClient(url.replace("http://", "https://"), FAST)
    with pytest.raises(ServiceError) as info:
        client.health()
    assert info.value.code == "tls_untrusted" and not info.value.retryable


def test_certificate_checks_cannot_be_switched_off() -> None:
    with pytest.raises(ServiceError, match="cannot be turned off"):
        GatewayClient("https://gateway.example.be", HttpPolicy(verify=False))


def test_a_gateway_found_down_is_not_waited_for_again(scripted: tuple[Script, str]) -> None:
    silent = SilentServer()
    try:
        client = GatewayClient(silent.url, HttpPolicy(read_timeout=0.5, retries=1,
                                                      backoff=0.01, down_for=60))
        with pytest.raises(GatewayTimeout):
            client.health()
        started = time.monotonic()
        with pytest.raises(GatewayTimeout):
            client.challenge()
        assert time.monotonic() - started < 0.1
    finally:
        silent.close()


def test_a_tls_failure_does_not_refuse_the_document(scripted: tuple[Script, str],
                                                    tmp_path: Path) -> None:
    _, url = scripted
    client = GatewayClient(url.replace("http://", "https://"), FAST)
    client.login = Login("token", "85080317128", None)
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = outbox.add(b"%PDF", national_number="85080317128", form_id="ehic", form_version=1,
                      language="en", title="ehic")
    result = OutboxSender(outbox, client, lambda c, nn: None).send(item)
    assert result.outcome is Outcome.NOT_SENT and "TLS" in result.message
    assert outbox.get(item.id).state is State.PENDING
