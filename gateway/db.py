"""Database engines and transactions.

`read()` and `write()` each yield a Session in one transaction. On SQLite a
write transaction starts with BEGIN IMMEDIATE: two deferred transactions that
both read and then write would otherwise fail with "database is locked" instead
of waiting their turn. Within one process, SQLite writers also queue on a lock:
SQLite's own busy handler waits by sleeping (1, 2, 5 ... 100 ms), which under
load costs far more than the transactions themselves. PostgreSQL needs neither.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, CursorResult, Engine, Result, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from gateway.models import Base

T = TypeVar("T")


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url, begin="BEGIN")
            self.write_engine = _sqlite_engine(url, begin="BEGIN IMMEDIATE")
        else:
            url_obj = parsed
            if url_obj.drivername == "postgresql":
                url_obj = url_obj.set(drivername="postgresql+psycopg")
            self.engine = create_engine(url_obj, pool_size=10, max_overflow=20,
                                        pool_pre_ping=True)
            self.write_engine = self.engine
        self._write_lock: threading.Lock | None = threading.Lock() if self.is_sqlite else None
        self._autocommit = self.engine if self.is_sqlite else \
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    def create_schema(self) -> None:
        Base.metadata.create_all(self.write_engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for a single-statement read on a hot path: no ORM
        session and, on PostgreSQL, no transaction (one round trip, not three)."""
        with self._autocommit.connect() as connection:
            yield connection

    @contextmanager
    def connect_write(self) -> Iterator[Connection]:
        """A Core connection in one write transaction (see the module docstring)."""
        if self._write_lock is None:
            with self.write_engine.begin() as connection:
                yield connection
            return
        with self._write_lock, self.write_engine.begin() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self._write_lock is None:
            with self._write() as session, session.begin():
                yield session
            return
        with self._write_lock, self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE touched (typed access to CursorResult.rowcount)."""
    return cast(CursorResult[Any], result).rowcount


class Stopwatch:
    """Accumulates time spent in a block (used around database work)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def run(self, work: Callable[[], T]) -> T:
        with self.measure():
            return work()

    @contextmanager
    def measure(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - started
