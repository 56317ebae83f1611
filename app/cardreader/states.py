"""Reader and card states as a small state machine a GUI or a CLI can observe.

After the eID Viewer's backend (no reader, ready, token, card invalid), plus the
state where the smart card service itself is missing, because a person at home
must be told something different then ("start the card reader software").
The machine is pure: events in, state out; `monitor.py` feeds it from PC/SC.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import NamedTuple

from app.cardreader.pcsc import ReaderStatus


class State(enum.Enum):
    NO_SERVICE = "no-service"  # pcscd is not running
    NO_READER = "no-reader"
    READY = "ready"  # readers, no card
    CARD_PRESENT = "card-present"  # a card is in, not read yet
    READING = "reading"
    CARD_READ = "card-read"  # read (authentic or not: see the report)
    CARD_INVALID = "card-invalid"  # not an eID, mute, or its read failed


class Snapshot(NamedTuple):
    """What observers receive: immutable, safe to hand to another thread."""

    state: State
    readers: tuple[ReaderStatus, ...] = ()
    reader: str | None = None  # the reader whose card we follow
    atr: bytes = b""
    problem: str | None = None  # for CARD_INVALID: what to tell the person
    card_serial: int = 0  # bumps on every insertion, so observers can drop stale results


# Events ---------------------------------------------------------------------
#
# Small immutable messages, only ever told apart by their type. NamedTuples:
# defining one costs a sixth of a frozen dataclass, which a desktop start
# feels (they are among the first classes it loads).

class ServiceDown(NamedTuple):
    """pcscd is not running (or not reachable)."""


class ReadersChanged(NamedTuple):
    """The readers and their cards as PC/SC reports them now."""

    readers: tuple[ReaderStatus, ...]


class ReadStarted(NamedTuple):
    """The owner thread began reading card `card_serial`."""

    card_serial: int


class ReadFinished(NamedTuple):
    """Card `card_serial` was read in full."""

    card_serial: int


class ReadFailed(NamedTuple):
    """Card `card_serial` could not be read; `problem` is for the person."""

    card_serial: int
    problem: str


class CardLost(NamedTuple):
    """The card stopped answering while PC/SC still reports it present: it was
    pulled and put back (perhaps another card) faster than the reader polls.
    Whatever is in the reader now must be read afresh."""

    card_serial: int


Event = ServiceDown | ReadersChanged | ReadStarted | ReadFinished | ReadFailed | CardLost


class CardStateMachine:
    """Folds events into a `Snapshot` and tells listeners of every change."""

    def __init__(self, preferred_reader: str | None = None) -> None:
        self.preferred_reader = preferred_reader
        self.snapshot = Snapshot(State.NO_SERVICE)
        self._listeners: list[Callable[[Snapshot], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Callable[[Snapshot], None]) -> None:
        self._listeners.append(listener)

    def feed(self, event: Event) -> Snapshot:
        with self._lock:
            before = self.snapshot
            after = self._next(before, event)
            self.snapshot = after
        if after != before:
            for listener in list(self._listeners):
                listener(after)
        return after

    def _choose(self, readers: tuple[ReaderStatus, ...]) -> ReaderStatus | None:
        with_card = [r for r in readers if r.card_present]
        for r in with_card:
            if r.name == self.preferred_reader:
                return r
        if self.preferred_reader is not None and any(
            r.name == self.preferred_reader for r in readers
        ):
            return None  # the chosen reader is empty: do not jump to another one
        return with_card[0] if with_card else None

    def _next(self, s: Snapshot, event: Event) -> Snapshot:
        if isinstance(event, ServiceDown):
            return Snapshot(State.NO_SERVICE, card_serial=s.card_serial)
        if isinstance(event, ReadersChanged):
            readers = event.readers
            if not readers:
                return Snapshot(State.NO_READER, card_serial=s.card_serial)
            chosen = self._choose(readers)
            if chosen is None:
                return Snapshot(State.READY, readers, card_serial=s.card_serial)
            same_card = (
                s.state not in (State.NO_SERVICE, State.NO_READER, State.READY)
                and s.reader == chosen.name and s.atr == chosen.atr
            )
            if same_card:
                return s._replace(readers=readers)
            if chosen.mute:
                return Snapshot(State.CARD_INVALID, readers, chosen.name, b"",
                                "The card does not answer. Check that it is the right way round.",
                                s.card_serial + 1)
            return Snapshot(State.CARD_PRESENT, readers, chosen.name, chosen.atr,
                            card_serial=s.card_serial + 1)
        if event.card_serial != s.card_serial:
            return s  # a result about a card that has since left
        if isinstance(event, ReadStarted):
            if s.state in (State.CARD_PRESENT, State.CARD_READ, State.CARD_INVALID):
                return s._replace(state=State.READING, problem=None)
            return s
        if isinstance(event, CardLost):
            if s.state in (State.CARD_PRESENT, State.READING, State.CARD_READ,
                           State.CARD_INVALID):
                return s._replace(state=State.CARD_PRESENT, problem=None,
                               card_serial=s.card_serial + 1)
            return s
        if isinstance(event, ReadFinished):
            if s.state is State.READING:
                return s._replace(state=State.CARD_READ)
            return s
        if s.state is State.READING:
            return s._replace(state=State.CARD_INVALID, problem=event.problem)
        return s
