"""Puts a virtual card into a vsmartcard vpcd reader slot.

vpcd (a pcscd reader driver) listens on TCP, one port per slot; a virtual card
is its client. Both ways every message is a 2-byte big-endian length and a
payload. From the reader, a 1-byte payload is a control code (0 power off,
1 power on, 2 reset, 4 "send the ATR", the last also used to poll presence);
anything longer is a command APDU, answered with the response APDU.
Connecting inserts the card, closing the socket pulls it out.

Speed: without TCP_NODELAY, and without re-arming TCP_QUICKACK before every
receive (Linux turns quick ACKs off again by itself), Nagle's algorithm meets
delayed ACKs and each APDU costs about 40 ms instead of a fraction of one.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from typing import Final

from app.cardreader.virtual.card import VirtualCard

log = logging.getLogger(__name__)

DEFAULT_PORT: Final = 35963  # slot 0; slot 1 is the next port
CTRL_POWER_OFF: Final = 0
CTRL_POWER_ON: Final = 1
CTRL_RESET: Final = 2
CTRL_ATR: Final = 4
_QUICKACK: Final = getattr(socket, "TCP_QUICKACK", None)


class VpcdBridge:
    """Serves one virtual card to a vpcd slot from a background thread.

    `drop_after_apdus`: fault injection; after answering that many APDUs the
    bridge takes the next one and closes the connection without an answer,
    like a card pulled out in the middle of an operation.
    """

    def __init__(self, card: VirtualCard, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 *, drop_after_apdus: int | None = None) -> None:
        self.card = card
        self.host = host
        self.port = port
        self.drop_after_apdus = drop_after_apdus
        self.apdus = 0
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._disconnected = threading.Event()
        self._disconnected.set()
        self._lock = threading.Lock()

    @property
    def inserted(self) -> bool:
        return not self._disconnected.is_set()

    def insert(self, timeout: float = 10.0) -> None:
        """Connect to vpcd (waiting for it to listen) and start serving."""
        with self._lock:
            if self.inserted:
                return
            sock = self._connect(timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
            self._disconnected.clear()
            self._thread = threading.Thread(
                target=self._serve, args=(sock,), name=f"vpcd-{self.port}", daemon=True)
            self._thread.start()

    def _connect(self, timeout: float) -> socket.socket:
        deadline = time.monotonic() + timeout
        while True:
            try:
                return socket.create_connection((self.host, self.port), timeout=2.0)
            except OSError as exc:
                if time.monotonic() >= deadline:
                    raise ConnectionError(
                        f"no vpcd reader listening on {self.host}:{self.port} ({exc})"
                    ) from exc
                time.sleep(0.05)

    def remove(self) -> None:
        """Pull the card out: close the connection and wait for the thread."""
        with self._lock:
            sock, thread = self._sock, self._thread
            self._sock = self._thread = None
        if sock is not None:
            _close(sock)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5.0)
        self._disconnected.set()

    def close(self) -> None:
        self.remove()

    def wait_disconnected(self, timeout: float | None = None) -> bool:
        """True once the connection is gone (removed, dropped, or closed by vpcd)."""
        return self._disconnected.wait(timeout)

    def serve_forever(self, stop: threading.Event | None = None,
                      reconnect_delay: float = 0.5) -> None:
        """Stay inserted until `stop` is set; reconnect when pcscd restarts."""
        stop = stop or threading.Event()
        try:
            while not stop.is_set():
                try:
                    self.insert(timeout=reconnect_delay)
                except ConnectionError:
                    stop.wait(reconnect_delay)
                    continue
                while not stop.is_set() and not self.wait_disconnected(0.2):
                    pass
                self.remove()
                if not stop.is_set():
                    log.info("vpcd closed the connection; reconnecting")
        finally:
            self.remove()

    # -- the bridge thread ------------------------------------------------

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(None)
        try:
            while True:
                if _QUICKACK is not None:
                    sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
                header = _recv_exact(sock, 2)
                if header is None:
                    break
                payload = _recv_exact(sock, int.from_bytes(header, "big"))
                if payload is None:
                    break
                answer = self._handle(payload)
                if answer is None and len(payload) > 1:
                    break  # fault injection: the card is gone mid-command
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except OSError as exc:
            log.debug("vpcd connection ended: %s", exc)
        finally:
            _close(sock)
            self._disconnected.set()

    def _handle(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            code = payload[0]
            if code == CTRL_ATR:
                return self.card.atr
            if code in (CTRL_POWER_ON, CTRL_RESET):
                self.card.power_on()
            elif code == CTRL_POWER_OFF:
                self.card.power_off()
            else:
                log.warning("unknown vpcd control code %d", code)
            return None
        if self.drop_after_apdus is not None and self.apdus >= self.drop_after_apdus:
            return None
        self.apdus += 1
        if not self.card.powered:  # vpcd always powers up first; be forgiving anyway
            self.card.power_on()
        return self.card.transmit(payload)


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = sock.recv_into(view[got:])
        if count == 0:
            return None
        got += count
    return bytes(buffer)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
