"""Where cards come from: PC/SC readers, or the demo's built-in virtual reader.

A backend feeds reader events into the state machine and opens a transport to
the card in a named reader. The PC/SC backend is the real thing; the in-process
one exists for the demo on machines without pcscd (design.md) and must not
replace the PC/SC path in integration tests.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol

from app.cardreader.errors import NoCard
from app.cardreader.monitor import PcscMonitor
from app.cardreader.pcsc import PcscContext, PcscTransport, ReaderStatus
from app.cardreader.states import CardStateMachine, ReadersChanged

if TYPE_CHECKING:
    from app.cardreader.transport import ApduProcessor, InProcessTransport, Transport


class ReaderBackend(Protocol):
    def start(self, machine: CardStateMachine) -> None: ...

    def stop(self) -> None: ...

    def connect(self, reader: str) -> Transport:
        """Open the card in `reader`; called on the card owner thread."""
        ...


class _ContextTransport(PcscTransport):
    """A PC/SC transport that owns its context, so closing it frees both."""

    def __init__(self, context: PcscContext, reader: str) -> None:
        try:
            super().__init__(context, reader)
        except BaseException:
            context.release()
            raise
        self._own_context = context

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._own_context.release()


class PcscBackend:
    def __init__(self) -> None:
        self._monitor: PcscMonitor | None = None

    def start(self, machine: CardStateMachine) -> None:
        self._monitor = PcscMonitor(machine)
        self._monitor.start()

    def stop(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
            self._monitor = None

    def connect(self, reader: str) -> Transport:
        return _ContextTransport(PcscContext(), reader)


class InProcessBackend:
    """One built-in reader whose card the demo inserts and removes."""

    READER = "Built-in virtual reader"

    def __init__(self) -> None:
        self._machine: CardStateMachine | None = None
        self._card: ApduProcessor | None = None
        self._atr = b""
        self._transports: list[InProcessTransport] = []
        self._lock = threading.Lock()

    def start(self, machine: CardStateMachine) -> None:
        self._machine = machine
        self._publish()

    def stop(self) -> None:
        self._machine = None

    def insert(self, card: ApduProcessor) -> None:
        with self._lock:
            self._card = card
            self._atr = card.power_on()
        self._publish()

    def remove(self) -> None:
        with self._lock:
            card, self._card = self._card, None
            transports, self._transports = self._transports, []
        for transport in transports:
            transport.pull_card()
        if card is not None:
            card.power_off()
        self._publish()

    def _publish(self) -> None:
        machine = self._machine
        if machine is None:
            return
        present = self._card is not None
        machine.feed(ReadersChanged((ReaderStatus(
            self.READER, present, self._atr if present else b"", False, False),)))

    def connect(self, reader: str) -> Transport:
        with self._lock:
            if reader != self.READER or self._card is None:
                raise NoCard("There is no card in the reader. Insert your eID card.")
            from app.cardreader.transport import InProcessTransport

            transport = InProcessTransport(self._card, self.READER)
            self._transports.append(transport)
            return transport
