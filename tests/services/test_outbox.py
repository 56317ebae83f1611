"""The outbox on disk: what is added stays until acknowledged, across reopenings and
processes; failures schedule another try or mark a refusal; receipts are kept."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import Outbox, Receipt, State

NN = "85080317128"


def add(outbox: Outbox, content: bytes = b"%PDF-1.7 signed", fee: int | None = None,
        nn: str = NN) -> int:
    return outbox.add(content, national_number=nn, form_id="ehic", form_version=1,
                      language="en", title="European health insurance card",
                      fee_cents=fee).id


def receipt(reference: str) -> Receipt:
    body = {"reference": reference, "status": "received", "form": {"id": "ehic", "version": 1},
            "received_at": "2026-11-26T10:00:00Z", "acknowledgement": "Received."}
    return Receipt.from_json(body, replayed=False)


def test_added_documents_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    first = add(outbox, b"one")
    second = add(outbox, b"two")
    outbox.close()
    again = Outbox(path)
    pending = again.pending(NN)
    assert [i.id for i in pending] == [first, second]
    assert again.document(first) == b"one"
    assert len({i.idempotency_key for i in pending}) == 2  # one key per document, for life
    assert pending[0].idempotency_key == again.get(first).idempotency_key


def test_wal_and_full_sync(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    add(outbox)
    db = sqlite3.connect(tmp_path / "o.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert outbox._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_delivery_keeps_the_receipt_and_the_document(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = add(outbox, b"signed bytes")
    outbox.mark_delivered(item, receipt("CA-2026-000001"))
    assert outbox.pending(NN) == []
    kept = outbox.receipt("CA-2026-000001")
    assert kept is not None and kept.state is State.DELIVERED
    assert kept.receipt is not None and kept.receipt["acknowledgement"] == "Received."
    assert outbox.document(kept.id) == b"signed bytes"
    assert [i.reference for i in outbox.receipts(NN)] == ["CA-2026-000001"]


def test_retryable_failures_back_off(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = add(outbox)
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    outbox.record_failure(item, "The gateway cannot be reached.", "unreachable",
                          retryable=True, now=now)
    first = outbox.get(item)
    assert first.state is State.PENDING and first.attempts == 1
    assert first.next_attempt_at == now + timedelta(seconds=30)
    assert outbox.pending(NN, due_only=True, now=now) == []
    assert [i.id for i in outbox.pending(NN, due_only=True, now=now + timedelta(minutes=1))] \
        == [item]
    for _ in range(10):
        outbox.record_failure(item, "down", "unreachable", retryable=True, now=now)
    assert outbox.get(item).next_attempt_at == now + timedelta(hours=1)  # capped


def test_a_refusal_is_kept_with_its_reason(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = add(outbox)
    outbox.record_failure(item, "The document is too large.", "too_large", retryable=False)
    refused = outbox.get(item)
    assert refused.state is State.REFUSED and refused.last_error_code == "too_large"
    assert outbox.pending(NN) == []
    outbox.discard(item)
    with pytest.raises(KeyError):
        outbox.get(item)


def test_a_pending_document_cannot_be_discarded(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = add(outbox)
    outbox.discard(item)
    assert outbox.get(item).state is State.PENDING


def test_fee_and_payment_key(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    item = outbox.get(add(outbox, fee=3000))
    assert item.needs_payment and item.payment_key == item.idempotency_key + ".fee"
    outbox.set_payment(item.id, "pay_1")
    assert not outbox.get(item.id).needs_payment


def test_citizens_are_kept_apart(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    mine, theirs = add(outbox, nn=NN), add(outbox, nn="07091526410")
    assert [i.id for i in outbox.pending(NN)] == [mine]
    assert [i.id for i in outbox.pending("07091526410")] == [theirs]
    assert {i.id for i in outbox.items()} == {mine, theirs}


def test_threads_and_two_handles_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    a, b = Outbox(path), Outbox(path)

    def adder(box: Outbox) -> None:
        for _ in range(20):
            add(box)

    threads = [threading.Thread(target=adder, args=(box,)) for box in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(a.pending(NN)) == len(b.pending(NN)) == 80


def test_memory_outbox_for_kiosks() -> None:
    outbox = Outbox(":memory:")
    assert outbox.pending(NN) == [] and outbox.get(add(outbox)).state is State.PENDING
