"""The demo's card: a persona's virtual card, through pcscd when it can.

When the system's pcscd runs with the vpcd driver (Debian's vsmartcard-vpcd,
reader "Virtual PCD 00 00" on port 35963), the virtual card goes in there and
the program reads it exactly as a real card, through PC/SC. Otherwise the card
sits in the program's built-in reader (design.md: the in-process transport is
for the demo on machines without pcscd).

Inserting builds the card image (keys, certificates: a few hundred
milliseconds) and so is called from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from typing import Final

from app.cardreader.backends import InProcessBackend, PcscBackend, ReaderBackend
from app.cardreader.errors import CardError
from app.cardreader.pcsc import PcscContext, reader_statuses
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.vpcd import DEFAULT_PORT, VpcdBridge

log = logging.getLogger(__name__)

# Tests and administrators may force a transport or another vpcd port.
READER_ENV: Final = "CITIZEN_ASSISTANT_DEMO_READER"  # "vpcd" or "inprocess"
PORT_ENV: Final = "CITIZEN_ASSISTANT_VPCD_PORT"
VPCD_READER: Final = "Virtual PCD 00 00"


def system_vpcd_reader() -> str | None:
    """The empty vpcd slot-0 reader of a running pcscd, if there is one."""
    try:
        with PcscContext() as context:
            for status in reader_statuses(context):
                if status.name.startswith(VPCD_READER) and not status.card_present:
                    return status.name
    except CardError:
        return None
    return None


class DemoReader:
    def __init__(self, backend: ReaderBackend, *, vpcd_port: int | None = None,
                 reader_name: str | None = None) -> None:
        self.backend = backend
        self.vpcd_port = vpcd_port
        self.reader_name = reader_name or InProcessBackend.READER
        self.persona: str | None = None
        self._bridge: VpcdBridge | None = None
        self._lock = threading.Lock()

    @classmethod
    def choose(cls) -> DemoReader:
        wanted = os.environ.get(READER_ENV, "").strip().lower()
        port = int(os.environ.get(PORT_ENV) or DEFAULT_PORT)
        if wanted != "inprocess":
            reader = system_vpcd_reader()
            if reader is not None:
                return cls(PcscBackend(), vpcd_port=port, reader_name=reader)
            if wanted == "vpcd":
                raise RuntimeError("no pcscd with an empty vpcd reader is running")
        return cls(InProcessBackend())

    @property
    def through_pcsc(self) -> bool:
        return self.vpcd_port is not None

    def insert(self, persona_name: str) -> None:
        """Put the persona's card in (worker thread: builds the image)."""
        from app.cardreader.virtual.image import build_image
        from app.cardreader.virtual.personas import persona_by_name
        from app.cardreader.virtual.pki import load_test_pki

        card = VirtualCard(build_image(persona_by_name(persona_name), load_test_pki()))
        with self._lock:
            self._remove_locked()
            if self.vpcd_port is not None:
                bridge = VpcdBridge(card, port=self.vpcd_port)
                bridge.insert()
                self._bridge = bridge
            else:
                assert isinstance(self.backend, InProcessBackend)
                self.backend.insert(card)
            self.persona = persona_name

    def remove(self) -> None:
        with self._lock:
            self._remove_locked()

    def _remove_locked(self) -> None:
        if self._bridge is not None:
            bridge, self._bridge = self._bridge, None
            with contextlib.suppress(OSError):
                bridge.remove()
        elif isinstance(self.backend, InProcessBackend):
            self.backend.remove()
        self.persona = None

    def close(self) -> None:
        self.remove()
