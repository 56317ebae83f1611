"""The card service as Qt sees it: its events become signals on the GUI thread.

`CardService` calls its listeners from the card owner thread and the
verification thread. Emitting a signal of an object that lives on the GUI
thread from there queues the call, so every slot connected here runs on the
GUI thread, in the order the service spoke, and never blocks the card.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.cardreader.greeting import Greeting
from app.cardreader.model import EidData
from app.cardreader.service import (
    CardEvent,
    CardGreeted,
    CardRead,
    CardReadFailed,
    CardService,
    StateChanged,
)
from app.cardreader.states import Snapshot, State

if TYPE_CHECKING:
    from app.cardreader.belpic import PinStatus
    from app.cardreader.pin import PinProvider

T = TypeVar("T")

# States in which no card is in the chosen reader.
NO_CARD_STATES = frozenset({State.NO_SERVICE, State.NO_READER, State.READY})


class CardController(QObject):
    """`ctx.card`: follow the card, and reach the service for card work.

    Signals (all delivered on the GUI thread):
      stateChanged(Snapshot)   every change of reader or card state
      greeted(Greeting)        identity and address verified, the read goes on
      cardRead(EidData)        the full read of the card now in the reader
      readFailed(str)          the read failed; the message is for the person
      cardRemoved()            the card that was read (or being read) left

    Results about a card that has since left are dropped here, so a slot
    never shows the previous person's data.
    """

    stateChanged = Signal(object)
    greeted = Signal(object)
    cardRead = Signal(object)
    readFailed = Signal(str)
    cardRemoved = Signal()

    # Internal: carries the service's event across threads.
    _event = Signal(object)

    def __init__(self, service: CardService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._snapshot = service.snapshot
        self._greeting: Greeting | None = None
        self._data: EidData | None = None
        self._event.connect(self._on_event)
        service.subscribe(self._event.emit)

    @property
    def service(self) -> CardService:
        """For `sign_digest`, `run_on_card`, `pin_status`, `verify_pin`, `change_pin`.

        They return concurrent Futures run on the card owner thread; follow them
        with `ctx.tasks.watch(future, on_done, on_error)` to get the outcome on
        the GUI thread. Pass `serial=ctx.card.card_serial()` so that a card
        swapped meanwhile is refused rather than used.
        """
        return self._service

    def start(self) -> None:
        self._service.start()

    def stop(self) -> None:
        self._service.stop()

    # ---- what the GUI may ask at any time ------------------------------------------

    def snapshot(self) -> Snapshot:
        """The state as last delivered on the GUI thread."""
        return self._snapshot

    def state(self) -> State:
        return self._snapshot.state

    def card_serial(self) -> int:
        """Bumps on every insertion; tag requests with it."""
        return self._snapshot.card_serial

    def has_card(self) -> bool:
        return self._snapshot.state not in NO_CARD_STATES

    def last_greeting(self) -> Greeting | None:
        return self._greeting

    def last_read(self) -> EidData | None:
        """The full read of the card in the reader, once finished."""
        return self._data

    def set_preferred_reader(self, reader: str | None) -> None:
        self._service.set_preferred_reader(reader)

    def reread(self) -> None:
        self._service.reread()

    # Shortcuts for the requests pages make most; each returns the service's Future.

    def pin_status(self) -> Future[PinStatus]:
        return self._service.pin_status(self.card_serial())

    def verify_pin(self, provider: PinProvider) -> Future[PinStatus]:
        return self._service.verify_pin(provider, self.card_serial())

    def change_pin(self, provider: PinProvider) -> Future[PinStatus]:
        return self._service.change_pin(provider, self.card_serial())

    # ---- from the service (GUI thread, queued) -----------------------------------------

    def _on_event(self, event: CardEvent) -> None:
        if isinstance(event, StateChanged):
            self._on_snapshot(event.snapshot)
        elif event.card_serial != self._snapshot.card_serial:
            return  # about a card that has left since
        elif isinstance(event, CardGreeted):
            self._greeting = event.greeting
            self.greeted.emit(event.greeting)
        elif isinstance(event, CardRead):
            self._data = event.data
            self.cardRead.emit(event.data)
        elif isinstance(event, CardReadFailed):
            self.readFailed.emit(event.message)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        before = self._snapshot
        self._snapshot = snapshot
        card_left = before.card_serial != snapshot.card_serial or snapshot.state in NO_CARD_STATES
        had_card = before.state not in NO_CARD_STATES
        if card_left:
            self._greeting = None
            self._data = None
        self.stateChanged.emit(snapshot)
        if card_left and had_card:
            self.cardRemoved.emit()
