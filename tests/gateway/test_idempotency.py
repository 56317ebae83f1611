"""A submission repeated under the same Idempotency-Key is one case, whatever
happened to the first response."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import requests
from sqlalchemy import func, select

from gateway.models import Case
from tests.gateway.conftest import Citizen, RunningGateway, error_code, new_key


def cases_with_key(gateway: RunningGateway, key: str) -> int:
    with gateway.engine.connect() as conn:
        count: int = conn.execute(select(func.count()).select_from(Case)
                                  .where(Case.idempotency_key == key)).scalar_one()
        return count


def send_without_reading(base_url: str, token: str, key: str, pdf: bytes) -> socket.socket:
    """Sends the request whole; the caller never reads the answer."""
    parts = urlsplit(base_url)
    head = (f"POST /api/v1/submissions HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Authorization: Bearer {token}\r\nIdempotency-Key: {key}\r\n"
            f"Content-Type: application/pdf\r\nContent-Length: {len(pdf)}\r\n"
            "Connection: close\r\n\r\n").encode()
    sock = socket.create_connection((parts.hostname, parts.port))
    sock.sendall(head + pdf)
    return sock


def test_repeat_after_a_lost_response(gateway: RunningGateway,
                                      citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed, key = worker.signed_form("residence-certificate"), new_key()
    assert worker.client.token
    sock = send_without_reading(gateway.base_url, worker.client.token, key, signed)
    deadline = time.monotonic() + 30
    while cases_with_key(gateway, key) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)  # the gateway stores the case...
    sock.close()  # ...and its answer is lost with the connection
    assert cases_with_key(gateway, key) == 1
    before = gateway.counts()
    retry = worker.client.submit(signed, key)
    assert retry.status_code == 201, retry.text
    assert retry.headers.get("Idempotent-Replayed") == "true"
    assert gateway.counts() == before
    assert cases_with_key(gateway, key) == 1
    references = [c["reference"] for c in worker.client.get("/submissions").json()["cases"]]
    assert references.count(retry.json()["reference"]) == 1


def test_concurrent_repeats_make_one_case(gateway: RunningGateway,
                                          citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed, key = worker.signed_form("residence-certificate"), new_key()
    start = threading.Barrier(6)
    replies: list[requests.Response] = []
    lock = threading.Lock()

    def send() -> None:
        session = requests.Session()
        start.wait()
        reply = session.post(worker.client.url("/submissions"), data=signed, timeout=120,
                             headers={"Content-Type": "application/pdf",
                                      "Idempotency-Key": key, **worker.client.auth})
        with lock:
            replies.append(reply)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.status_code for r in replies] == [201] * 6, [r.text for r in replies]
    assert len({r.json()["reference"] for r in replies}) == 1
    assert sum(r.headers.get("Idempotent-Replayed") != "true" for r in replies) == 1
    assert cases_with_key(gateway, key) == 1


def test_same_key_other_document_is_a_conflict(gateway: RunningGateway,
                                               citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    key = new_key()
    first = worker.client.submit(worker.signed_form("residence-certificate"), key)
    assert first.status_code == 201
    other = worker.signed_form("residence-certificate")  # new signature: other bytes
    before = gateway.counts()
    reply = worker.client.submit(other, key)
    assert reply.status_code == 409 and error_code(reply) == "idempotency_conflict"
    assert gateway.counts() == before


def test_keys_belong_to_one_citizen(gateway: RunningGateway,
                                    citizen: Callable[..., Citizen]) -> None:
    worker, parent = citizen("worker"), citizen("parent")
    key = new_key()
    assert worker.client.submit(worker.signed_form("residence-certificate"), key) \
        .status_code == 201
    reply = parent.client.submit(parent.signed_form("residence-certificate"), key)
    assert reply.status_code == 201 and reply.headers.get("Idempotent-Replayed") is None
