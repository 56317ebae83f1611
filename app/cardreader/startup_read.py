"""Read the card already in the reader while the program is still starting.

It is started first thing (app/ui/core_first.py), before the program loads
anything else, and imports nothing but the standard library here.

A desktop start spends its first ~150 ms loading Qt and building the window,
all on one core. A card in the reader at that moment is read meanwhile by a
short-lived helper process (startup_read_child.py) on the other core: it
loads the card stack and the cryptography it needs there, reads and verifies
the card, sends the greeting and then the full read up a pipe, and exits.
The program itself then greets the person without having loaded any of that.

The card's one owner in the program (CardService's owner thread) waits for the
helper before it touches the card, and takes its result only for the very card
it sees now: the same reader, ATR and pcscd event count (which changes with
every insertion and removal) as the helper saw before and after its read.
Anything else (no card, another card, a pulled card, no event count to
compare, a helper that failed or is late) and the owner thread reads the card
itself, as it always did.

The helper is given the run mode (which roots to trust) and whether this is a
kiosk (RRN certificates in memory only), never a PIN; nothing it sends is
written anywhere.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cardreader.greeting import Greeting
    from app.cardreader.model import EidData
    from app.config import RunMode

log = logging.getLogger(__name__)

CHILD_MODULE = "app.cardreader.startup_read_child"
FRAME_HEADER = struct.Struct(">I")
# How long the owner thread waits for each step before reading the card
# itself: the helper's own start, then a real card's greeting (0.7 s with the
# real-card timing model) and full read (3 s), with room for slow readers.
FIRST_MESSAGE_SECONDS = 5.0
GREETING_SECONDS = 5.0
FULL_READ_SECONDS = 15.0


class StartupReadError(Exception):
    """The helper's answer cannot be used (late, cut short or malformed)."""


class StartupRead:
    """The parent's end of one helper run."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        self._buffer = b""

    @classmethod
    def start(cls, mode: RunMode, *, kiosk: bool = False) -> StartupRead | None:
        """Start the helper; None where it cannot run: a frozen bundle has no `-m`,
        and waiting on a pipe with a deadline (select) needs a POSIX system."""
        if getattr(sys, "frozen", False) or os.name != "posix":
            return None
        command = [sys.executable, "-m", CHILD_MODULE, "--mode", mode.value]
        if kiosk:
            command.append("--kiosk")
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, close_fds=True)
        except OSError as exc:
            log.warning("no startup card read: %s", exc)
            return None
        return cls(process)

    def take(self, reader: str, atr: bytes, events: int) -> Iterator[Greeting | EidData]:
        """The greeting, then the full read, of the card in `reader` with this ATR
        and pcscd event count; stops early when the helper read no such card,
        failed, or is late (the caller then reads the card itself)."""
        from app.cardreader.greeting import Greeting
        from app.cardreader.model import EidData

        try:
            if events <= 0:
                # No count of insertions (a platform without one, or a card in
                # since pcscd started): nothing would tell a card swapped for
                # another of the same model, so the helper's read is not used.
                return
            first = self._receive(FIRST_MESSAGE_SECONDS)
            if first[0] != "card" or tuple(first[1:]) != (reader, atr, events):
                return
            data: EidData | None = None
            deadline_seconds = GREETING_SECONDS
            while True:
                message = self._receive(deadline_seconds)
                kind = message[0]
                if kind == "greeting" and isinstance(message[1], Greeting):
                    yield message[1]
                    deadline_seconds = FULL_READ_SECONDS
                elif kind == "data" and isinstance(message[1], EidData):
                    data = message[1]
                elif kind == "end":
                    # The same count after the read: no card came or went meanwhile.
                    if data is not None and message[1] == events:
                        yield data
                    return
                else:  # "failed" or anything unexpected
                    return
        except StartupReadError as exc:
            log.info("startup card read not used: %s", exc)
        except OSError as exc:  # the pipe itself failed: read the card as usual
            log.warning("startup card read not used: %s", exc)
        finally:
            self.close()

    def cancel(self) -> None:
        """Stop the helper from any thread: a `take` waiting on it ends at once
        (the program is closing and must not wait for a slow card)."""
        if self._process.poll() is None:
            self._process.kill()

    def close(self) -> None:
        """Stop the helper if it still runs, and reap it."""
        if self._process.poll() is None:
            self._process.kill()
        try:
            self._process.wait(2)
        except subprocess.TimeoutExpired:  # pragma: no cover - a killed child always ends
            log.warning("startup card reader did not end")
        if self._process.stdout is not None:
            self._process.stdout.close()

    def _receive(self, seconds: float) -> tuple[object, ...]:
        deadline = time.monotonic() + seconds
        (length,) = FRAME_HEADER.unpack(self._read_exact(FRAME_HEADER.size, deadline))
        payload = self._read_exact(length, deadline)
        try:
            # Our own child, started from our own interpreter and code: its
            # pickles are as trustworthy as this process's memory.
            message = pickle.loads(payload)
        except Exception as exc:  # any unpickling failure: "unusable"
            raise StartupReadError(f"malformed message ({type(exc).__name__})") from None
        if not isinstance(message, tuple) or not message:
            raise StartupReadError("malformed message")
        return message

    def _read_exact(self, count: int, deadline: float) -> bytes:
        while len(self._buffer) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StartupReadError("the helper is late")
            ready, _, _ = select.select([self._fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self._fd, max(65536, count - len(self._buffer)))
            if not chunk:
                raise StartupReadError("the helper ended early")
            self._buffer += chunk
        out, self._buffer = self._buffer[:count], self._buffer[count:]
        return out


def send(stream: object, message: tuple[object, ...]) -> None:
    """One framed message, as the child writes them (startup_read_child.py)."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    write = stream.write  # type: ignore[attr-defined]
    write(FRAME_HEADER.pack(len(payload)) + payload)
    stream.flush()  # type: ignore[attr-defined]
