"""The outbox: signed documents waiting for the gateway, and the receipts it gave.

A signed document is committed here (SQLite in WAL mode, synchronous=FULL, so
a commit survives a crash or a power cut) before the first byte is sent, with
the Idempotency-Key it will always be sent under. It leaves the "pending"
state only when the gateway acknowledges it; the acknowledgement is kept as a
receipt beside the document. Sending again after a crash, a lost answer or a
restart repeats the same key, and the gateway answers a repeat with the case
it already made: every document is delivered exactly once.

Several processes may share one outbox (the desktop program and a `form
outbox send` run); SQLite's locking keeps their writes apart, and the gateway's
idempotency keeps two sends of the same document to one case. A kiosk passes
":memory:" so that nothing personal stays on disk.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from app.services.models import Receipt

SCHEMA_VERSION: Final = 1
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    national_number TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    fee_cents INTEGER,
    document BLOB NOT NULL,
    document_sha256 TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    last_error_code TEXT,
    payment_id TEXT,
    reference TEXT,
    receipt TEXT,
    delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, national_number);
CREATE INDEX IF NOT EXISTS outbox_reference ON outbox (reference);
"""
# When to try a document again after a failure that may pass (network,
# timeouts, an overloaded gateway): 30 s, doubling, at most an hour.
FIRST_RETRY: Final = timedelta(seconds=30)
LAST_RETRY: Final = timedelta(hours=1)
_COLUMNS: Final = ("id, idempotency_key, national_number, form_id, form_version, language, "
                   "title, fee_cents, document_sha256, state, created_at, attempts, "
                   "next_attempt_at, last_error, last_error_code, payment_id, reference, "
                   "receipt, delivered_at")


class State(StrEnum):
    PENDING = "pending"  # on disk, not yet acknowledged
    DELIVERED = "delivered"  # acknowledged; the receipt is kept
    REFUSED = "refused"  # the gateway said no; kept so the citizen sees why


def _now() -> datetime:
    return datetime.now(UTC)


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    idempotency_key: str
    national_number: str
    form_id: str
    form_version: int
    language: str
    title: str
    fee_cents: int | None
    document_sha256: str
    state: State
    created_at: datetime
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    last_error_code: str | None
    payment_id: str | None
    reference: str | None
    receipt: dict[str, Any] | None
    delivered_at: datetime | None

    @property
    def payment_key(self) -> str:
        """The Idempotency-Key of this document's fee payment: derived, so that a
        payment repeated after a crash is the same payment, never a second charge."""
        return f"{self.idempotency_key}.fee"

    @property
    def needs_payment(self) -> bool:
        return self.fee_cents is not None and self.payment_id is None

    @classmethod
    def _from_row(cls, row: sqlite3.Row) -> OutboxItem:
        created = _time(row["created_at"])
        assert created is not None
        return cls(
            id=row["id"], idempotency_key=row["idempotency_key"],
            national_number=row["national_number"], form_id=row["form_id"],
            form_version=row["form_version"], language=row["language"], title=row["title"],
            fee_cents=row["fee_cents"], document_sha256=row["document_sha256"],
            state=State(row["state"]), created_at=created, attempts=row["attempts"],
            next_attempt_at=_time(row["next_attempt_at"]), last_error=row["last_error"],
            last_error_code=row["last_error_code"], payment_id=row["payment_id"],
            reference=row["reference"],
            receipt=json.loads(row["receipt"]) if row["receipt"] else None,
            delivered_at=_time(row["delivered_at"]))


def default_outbox_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("citizen-assistant", appauthor=False)) / "outbox.sqlite3"


class Outbox:
    def __init__(self, path: Path | str | None = None) -> None:
        target = default_outbox_path() if path is None else path
        if str(target) != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        # One connection, shared by the threads of this process under a lock;
        # autocommit mode, so every write is an explicit BEGIN IMMEDIATE.
        self._db = sqlite3.connect(str(target), isolation_level=None, timeout=30,
                                   check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._db.execute("PRAGMA busy_timeout = 30000")
        self._db.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk (WAL fsynced) before add() returns, so a
        # power cut right after "signed" cannot lose the document.
        self._db.execute("PRAGMA synchronous = FULL")
        with self._write() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                db.executescript("BEGIN IMMEDIATE;" + _SCHEMA
                                 + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._db

    def _transaction(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, args)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return cursor

    def _select(self, where: str = "1", args: tuple[Any, ...] = (),
                order: str = "id") -> list[OutboxItem]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY {order}", args).fetchall()
        return [OutboxItem._from_row(row) for row in rows]

    # ---- adding ------------------------------------------------------------

    def add(self, document: bytes, *, national_number: str, form_id: str, form_version: int,
            language: str, title: str, fee_cents: int | None = None) -> OutboxItem:
        """Keep a signed document for sending; returns once it is durably on disk."""
        cursor = self._transaction(
            "INSERT INTO outbox (idempotency_key, national_number, form_id, form_version, "
            "language, title, fee_cents, document, document_sha256, state, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), national_number, form_id, form_version, language, title,
             fee_cents, document, hashlib.sha256(document).hexdigest(), State.PENDING.value,
             _text(_now())))
        assert cursor.lastrowid is not None
        return self.get(cursor.lastrowid)

    # ---- reading -----------------------------------------------------------

    def get(self, item_id: int) -> OutboxItem:
        found = self._select("id = ?", (item_id,))
        if not found:
            raise KeyError(item_id)
        return found[0]

    def document(self, item_id: int) -> bytes:
        with self._lock:
            row = self._db.execute("SELECT document FROM outbox WHERE id = ?",
                                   (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return bytes(row[0])

    def items(self, national_number: str | None = None) -> list[OutboxItem]:
        """Everything, newest first (the citizen's "sent and waiting" list)."""
        if national_number is None:
            return self._select(order="id DESC")
        return self._select("national_number = ?", (national_number,), order="id DESC")

    def pending(self, national_number: str | None = None, *, due_only: bool = False,
                now: datetime | None = None) -> list[OutboxItem]:
        """Documents still to deliver, oldest first; `due_only` skips those whose
        next attempt lies in the future."""
        where, args = "state = ?", list[Any]([State.PENDING.value])
        if national_number is not None:
            where += " AND national_number = ?"
            args.append(national_number)
        if due_only:
            where += " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            args.append(_text(now or _now()))
        return self._select(where, tuple(args))

    def receipts(self, national_number: str | None = None) -> list[OutboxItem]:
        where, args = "state = ?", [State.DELIVERED.value]
        if national_number is not None:
            where += " AND national_number = ?"
            args.append(national_number)
        return self._select(where, tuple(args), order="id DESC")

    def receipt(self, reference: str) -> OutboxItem | None:
        found = self._select("reference = ?", (reference,))
        return found[0] if found else None

    # ---- state changes -----------------------------------------------------

    def set_payment(self, item_id: int, payment_id: str) -> None:
        self._transaction("UPDATE outbox SET payment_id = ?, last_error = NULL, "
                          "last_error_code = NULL WHERE id = ? AND state = ?",
                          (payment_id, item_id, State.PENDING.value))

    def mark_delivered(self, item_id: int, receipt: Receipt) -> None:
        self._transaction(
            "UPDATE outbox SET state = ?, reference = ?, receipt = ?, delivered_at = ?, "
            "last_error = NULL, last_error_code = NULL, next_attempt_at = NULL WHERE id = ?",
            (State.DELIVERED.value, receipt.reference,
             json.dumps(receipt.body, ensure_ascii=False), _text(_now()), item_id))

    def record_failure(self, item_id: int, message: str, code: str, *, retryable: bool,
                       now: datetime | None = None) -> None:
        """A failed attempt: retried later when it may pass, otherwise refused."""
        item = self.get(item_id)
        attempts = item.attempts + 1
        if retryable:
            delay = min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY)
            self._transaction(
                "UPDATE outbox SET attempts = ?, last_error = ?, last_error_code = ?, "
                "next_attempt_at = ? WHERE id = ? AND state = ?",
                (attempts, message, code, _text((now or _now()) + delay), item_id,
                 State.PENDING.value))
        else:
            self._transaction(
                "UPDATE outbox SET attempts = ?, last_error = ?, last_error_code = ?, "
                "state = ?, next_attempt_at = NULL WHERE id = ? AND state = ?",
                (attempts, message, code, State.REFUSED.value, item_id, State.PENDING.value))

    def note(self, item_id: int, message: str, code: str) -> None:
        """Why a pending document waits (e.g. for a payment), without counting an attempt."""
        self._transaction("UPDATE outbox SET last_error = ?, last_error_code = ? "
                          "WHERE id = ? AND state = ?",
                          (message, code, item_id, State.PENDING.value))

    def discard(self, item_id: int) -> None:
        """Remove a refused document the citizen no longer wants (never a pending one)."""
        self._transaction("DELETE FROM outbox WHERE id = ? AND state = ?",
                          (item_id, State.REFUSED.value))
