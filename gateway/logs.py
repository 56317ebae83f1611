"""Structured logs: one JSON object per line on stderr.

Privacy rule: a log line may name a case reference, a form id, a status, a
timing; never a national number, a name, an answer, a token or a certificate.
Callers pass only such fields; `event()` has no free-text message on purpose,
so personal data cannot slip in through string formatting.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER_NAME = "gateway"
_logger = logging.getLogger(LOGGER_NAME)


class LibraryFormatter(logging.Formatter):
    """For other libraries' records: which logger and level, never the message
    (pyHanko's validation warnings quote certificate subjects: names and
    national numbers)."""

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "event": "library_log",
            "logger": record.name,
        })


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "event": getattr(record, "event", record.getMessage()),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type only: messages of library errors may quote data.
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in (LOGGER_NAME, "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False
        logger.setLevel(level.upper())
    # uvicorn's access log prints raw client addresses and query strings; ours
    # below prints only what the privacy rule allows.
    logging.getLogger("uvicorn.access").disabled = True
    library = logging.StreamHandler(sys.stderr)
    library.setFormatter(LibraryFormatter())
    root = logging.getLogger()
    root.handlers[:] = [library]
    root.setLevel(logging.ERROR)


def event(name: str, level: int = logging.INFO, **fields: Any) -> None:
    _logger.log(level, name, extra={"event": name, "fields": fields})


class AccessLog:
    """One line per request: method, path, status, duration."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            event("request", method=scope["method"], path=scope["path"], status=status,
                  ms=round((time.perf_counter() - started) * 1000, 1))
