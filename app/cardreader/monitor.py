"""Watches PC/SC for readers and cards and feeds the state machine.

pyscard's own CardMonitor is a process singleton that dies for good when pcscd
restarts; this watcher owns its PC/SC context and builds a new one whenever the
service comes back, so a desktop program survives `systemctl restart pcscd`.
It waits in SCardGetStatusChange (no polling of the card itself) and is woken
by reader hot-plug through the PnP pseudo-reader.
"""

from __future__ import annotations

import logging
import threading

from smartcard import scard

from app.cardreader.errors import CardError, ServiceUnavailable
from app.cardreader.pcsc import PcscContext, ReaderStatus, raise_for, status_from_state
from app.cardreader.states import CardStateMachine, ReadersChanged, ServiceDown

log = logging.getLogger(__name__)

PNP_READER = "\\\\?PnP?\\Notification"
_WAIT_MS = 1000  # wake now and then to notice readers on platforms without PnP
_RETRY_SECONDS = 0.5  # how soon to look for pcscd again after it went away


class PcscMonitor:
    """A daemon thread turning PC/SC changes into state-machine events."""

    def __init__(self, machine: CardStateMachine) -> None:
        self.machine = machine
        self._stop = threading.Event()
        self._context: PcscContext | None = None
        self._context_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._context_lock:
            if self._context is not None:
                scard.SCardCancel(self._context.handle)
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                context = PcscContext()
            except ServiceUnavailable:
                self.machine.feed(ServiceDown())
                self._stop.wait(_RETRY_SECONDS)
                continue
            except CardError as exc:  # anything else: say it once, retry later
                log.warning("PC/SC context failed: %s", exc)
                self.machine.feed(ServiceDown())
                self._stop.wait(_RETRY_SECONDS)
                continue
            with self._context_lock:
                self._context = context
            try:
                self._watch(context)
            except ServiceUnavailable:
                self.machine.feed(ServiceDown())
            except CardError as exc:
                log.warning("PC/SC watch failed: %s", exc)
            finally:
                with self._context_lock:
                    self._context = None
                context.release()
            if not self._stop.is_set():
                self._stop.wait(_RETRY_SECONDS / 5)

    def _watch(self, context: PcscContext) -> None:
        states: dict[str, tuple[int, list[int]]] = {}
        readers = context.readers()
        use_pnp = True
        self._publish(context, readers, states)
        while not self._stop.is_set():
            watch = [(name, states[name][0]) for name in readers]
            if use_pnp:
                watch.append((PNP_READER, scard.SCARD_STATE_UNAWARE if not states else
                              states.get(PNP_READER, (0, []))[0]))
            code, changed = scard.SCardGetStatusChange(context.handle, _WAIT_MS, watch)
            if self._stop.is_set() or code == scard.SCARD_E_CANCELLED:
                return
            if code == scard.SCARD_E_TIMEOUT:
                # No event; readers may still have come and gone without PnP.
                now = context.readers()
                if now != readers:
                    readers = now
                    self._publish(context, readers, states)
                continue
            if code == scard.SCARD_E_UNKNOWN_READER or code == scard.SCARD_E_READER_UNAVAILABLE:
                readers = context.readers()
                self._publish(context, readers, states)
                continue
            raise_for(code, "waiting for card events")
            pnp_changed = False
            for name, state, _atr in changed:
                if name == PNP_READER:
                    if state & scard.SCARD_STATE_UNKNOWN:
                        use_pnp = False
                    pnp_changed = bool(state & scard.SCARD_STATE_CHANGED)
                    states[PNP_READER] = (state & ~scard.SCARD_STATE_CHANGED, [])
            now = context.readers()
            if pnp_changed or now != readers:
                readers = now
            self._publish(context, readers, states, changed)

    def _publish(self, context: PcscContext, readers: list[str],
                 states: dict[str, tuple[int, list[int]]],
                 changed: list[tuple[str, int, list[int]]] | None = None) -> None:
        """Record the current state of every reader and tell the machine."""
        if changed is None or any(name not in states for name in readers):
            code, changed = (scard.SCARD_S_SUCCESS, []) if not readers else \
                scard.SCardGetStatusChange(
                    context.handle, 0, [(n, scard.SCARD_STATE_UNAWARE) for n in readers])
            raise_for(code, "asking the readers' state")
        pnp = states.get(PNP_READER)
        known = {name: (state, atr) for name, state, atr in changed if name != PNP_READER}
        states.clear()
        if pnp is not None:
            states[PNP_READER] = pnp
        statuses: list[ReaderStatus] = []
        for name in readers:
            state, atr = known.get(name, (scard.SCARD_STATE_UNAWARE, []))
            states[name] = (state & ~scard.SCARD_STATE_CHANGED, atr)
            statuses.append(status_from_state(name, state, atr))
        self.machine.feed(ReadersChanged(tuple(statuses)))
