"""How APDUs reach a card: the transport interface and the status-word layer above it.

A `Transport` moves raw bytes (PC/SC through pyscard, or an in-process virtual
card). `CardChannel` sits on top and does what pyscard does not: it fetches the
rest of an answer on 61xx (GET RESPONSE), re-sends with the right Le on 6Cxx,
and wraps multi-APDU operations in an exclusive transaction so that no other
program slips a command between our VERIFY and PSO.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from app.cardreader.apdu import Response, get_response
from app.cardreader.errors import CardRemoved


class Transport(Protocol):
    """A connection to one card in one reader."""

    @property
    def reader_name(self) -> str: ...

    @property
    def atr(self) -> bytes: ...

    def transmit_raw(self, apdu: bytes) -> bytes:
        """Send a command APDU; return the response data followed by SW1 SW2."""
        ...

    def begin_transaction(self) -> None: ...

    def end_transaction(self) -> None: ...

    def close(self) -> None: ...


class ApduProcessor(Protocol):
    """What the in-process transport needs of a card (the virtual card fits)."""

    def power_on(self) -> bytes: ...

    def power_off(self) -> None: ...

    def transmit(self, apdu: bytes) -> bytes: ...


class InProcessTransport:
    """A card object in this process, for the demo without pcscd and fast unit tests.

    Integration tests use PC/SC instead; this exists so the program can run where
    no pcscd is installed, not to stand in for the PC/SC path.
    """

    def __init__(self, card: ApduProcessor, reader_name: str = "Built-in virtual reader") -> None:
        self._card = card
        self._reader_name = reader_name
        self._atr = card.power_on()
        self._closed = False
        self._lock = threading.RLock()

    @property
    def reader_name(self) -> str:
        return self._reader_name

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit_raw(self, apdu: bytes) -> bytes:
        if self._closed:
            raise CardRemoved("The card was removed.")
        return self._card.transmit(apdu)

    def begin_transaction(self) -> None:
        self._lock.acquire()

    def end_transaction(self) -> None:
        self._lock.release()

    def close(self) -> None:
        self._closed = True

    def pull_card(self) -> None:
        """Simulate removal: every later command fails as with a real pulled card."""
        self._closed = True
        self._card.power_off()


class CardChannel:
    """Status-word handling and transactions over a `Transport`; counts APDUs."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.apdu_count = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self._depth = 0

    def _exchange(self, apdu: bytes) -> Response:
        raw = self.transport.transmit_raw(apdu)
        self.apdu_count += 1
        self.bytes_sent += len(apdu)
        self.bytes_received += len(raw)
        return Response.from_bytes(raw)

    def transmit(self, apdu: bytes) -> Response:
        """Send `apdu`; follow 61xx and 6Cxx so the caller sees the final answer."""
        raw = self.transport.transmit_raw(apdu)
        self.apdu_count += 1
        self.bytes_sent += len(apdu)
        self.bytes_received += len(raw)
        if len(raw) < 2:
            raise ValueError(f"a response APDU needs a status word, got {raw.hex()}")
        sw1 = raw[-2]
        if sw1 != 0x6C and sw1 != 0x61:  # the common case, kept short: it runs per APDU
            return Response(raw[:-2], (sw1 << 8) | raw[-1])
        response = Response(raw[:-2], (sw1 << 8) | raw[-1])
        if sw1 == 0x6C and len(apdu) >= 4:
            # Wrong Le: the card tells how many bytes it has; ask exactly that.
            response = self._exchange(_with_le(apdu, response.sw2 or 256))
        data = bytearray(response.data)
        while response.sw1 == 0x61:
            response = self._exchange(get_response(response.sw2 or 256))
            data += response.data
        return Response(bytes(data), response.sw)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Exclusive access for a multi-APDU operation; re-entrant."""
        if self._depth == 0:
            self.transport.begin_transaction()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self.transport.end_transaction()


def _with_le(apdu: bytes, le: int) -> bytes:
    """The same command with its Le replaced (or added, for a case-1/3 command)."""
    header = apdu[:4]
    if len(apdu) == 4:
        return header + bytes((le & 0xFF,))
    if len(apdu) == 5:  # case 2: the fifth byte is Le
        return header + bytes((le & 0xFF,))
    lc = apdu[4]
    body = apdu[: 5 + lc]
    return body + bytes((le & 0xFF,))
