"""The card as a running program sees it: follow readers, read each card, sign.

`CardService` joins the pieces: a backend feeds the state machine; when a card
comes in, the owner thread reads it and tells observers, first the greeting,
then the full read; PIN and signature requests are jobs on the same owner
thread, on the connection opened for the read. Observers are called from the
service's threads: the GUI turns each call into a Qt signal, a CLI just prints.

Nothing here keeps card data past the card: when it leaves, the session is
closed and the last read is dropped (kiosks wipe on removal).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from app.cardreader.backends import ReaderBackend
from app.cardreader.errors import CardError, CardRemoved, NoCard
from app.cardreader.greeting import Greeting
from app.cardreader.model import EidData
from app.cardreader.owner import CardOwner
from app.cardreader.rrn_cache import RrnCertificateCache
from app.cardreader.states import (
    CardLost,
    CardStateMachine,
    ReadFailed,
    ReadFinished,
    ReadStarted,
    Snapshot,
    State,
)

if TYPE_CHECKING:
    # Loaded when the card is first used, not to follow it (a start greets
    # from the startup reader without them).
    from app.cardreader.belpic import BelpicCard, KeyRole, PinStatus
    from app.cardreader.pin import PinProvider
    from app.cardreader.session import CardSession
    from app.cardreader.startup_read import StartupRead
    from app.cardreader.trust import TrustStore

log = logging.getLogger(__name__)
T = TypeVar("T")


# Events for observers: NamedTuples for the reason given in states.py.

class StateChanged(NamedTuple):
    """The reader or card state changed."""

    snapshot: Snapshot


class CardGreeted(NamedTuple):
    """Identity and address of card `card_serial`, checked; the read goes on."""

    card_serial: int
    greeting: Greeting


class CardRead(NamedTuple):
    """The full read of card `card_serial`."""

    card_serial: int
    data: EidData


class CardReadFailed(NamedTuple):
    """Card `card_serial` could not be read; `message` is for the person."""

    card_serial: int
    message: str


CardEvent = StateChanged | CardGreeted | CardRead | CardReadFailed


# A card that PC/SC reports present but that does not answer is tried again
# for about two of pcscd's 0.4 s polls before it is called unusable.
_READ_RETRIES = 4
_READ_RETRY_SECONDS = 0.25

_NO_CARD = frozenset({State.READY, State.NO_READER, State.NO_SERVICE})


class CardChanged(CardError):
    """The card in the reader is not the one the request was made for."""


class CardService:
    def __init__(self, backend: ReaderBackend, trust: TrustStore | Callable[[], TrustStore], *,
                 rrn_cache: RrnCertificateCache | None = None,
                 preferred_reader: str | None = None,
                 startup: StartupRead | None = None) -> None:
        """`trust` may be a function that makes the store when first needed: the
        roots are certificates, and loading them (and the cryptography package)
        is not needed to greet a person whose card the startup reader read."""
        self.backend = backend
        self._trust = trust
        self._trust_lock = threading.Lock()
        # Taken by the owner thread's first read; until then stop() may cancel it.
        self._startup = startup
        self.rrn_cache = rrn_cache
        self.machine = CardStateMachine(preferred_reader=preferred_reader)
        self.owner = CardOwner()
        self._listeners: list[Callable[[CardEvent], None]] = []
        self._session: CardSession | None = None  # owner thread only
        self._session_serial = -1
        self._last_read: CardRead | None = None
        # Serials that already came from a CardLost: a card that keeps failing
        # that way is left alone instead of being re-read in a loop.
        self._relost: set[int] = set()
        self._lock = threading.Lock()
        self.machine.subscribe(self._on_snapshot)

    # ---- lifecycle ----------------------------------------------------------

    @property
    def trust(self) -> TrustStore:
        with self._trust_lock:
            if callable(self._trust):
                self._trust = self._trust()
            return self._trust

    def subscribe(self, listener: Callable[[CardEvent], None]) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        self.backend.start(self.machine)

    def stop(self) -> None:
        startup = self._startup
        if startup is not None:
            # The owner thread may be waiting for the helper: let it go first.
            startup.cancel()
        self.backend.stop()
        self.owner.call(self._close_session)
        self.owner.shutdown()
        if startup is not None:
            startup.close()
            self._startup = None

    @property
    def snapshot(self) -> Snapshot:
        return self.machine.snapshot

    @property
    def last_read(self) -> CardRead | None:
        """The read of the card now in the reader, if finished."""
        with self._lock:
            return self._last_read

    def set_preferred_reader(self, reader: str | None) -> None:
        self.machine.preferred_reader = reader

    def _emit(self, event: CardEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one observer's bug must not stop the card
                log.exception("card event listener failed")

    # ---- following the card -----------------------------------------------------

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        with self._lock:
            last = self._last_read
            if last is not None and (last.card_serial != snapshot.card_serial
                                     or snapshot.state in _NO_CARD):
                self._last_read = None  # the card left: forget what it said
        self._emit(StateChanged(snapshot))
        if snapshot.state is State.CARD_PRESENT:
            serial = snapshot.card_serial
            self.owner.submit(lambda: self._read(serial))
        elif snapshot.state in _NO_CARD:
            self.owner.submit(self._close_session)

    def warm_up(self) -> None:
        """Load what a read of its own needs (the checks, cryptography, the trust
        store) on the card thread, ahead of the first card: a start greets
        without them (startup_read.py), and the next card should not wait for
        them. A card that comes meanwhile is read right after."""
        def load() -> None:
            for name in ("app.cardreader.reading", "app.cardreader.session"):
                importlib.import_module(name)  # loaded now, used by the next read
            _ = self.trust

        with contextlib.suppress(RuntimeError):  # the service was stopped meanwhile
            self.owner.submit(load)

    def reread(self) -> None:
        """Read the card again (after a PIN change, or on the person's request)."""
        snapshot = self.machine.snapshot
        if snapshot.state in (State.CARD_READ, State.CARD_INVALID, State.CARD_PRESENT):
            self.owner.submit(lambda: self._read(snapshot.card_serial))

    def _close_session(self) -> None:
        self.owner.assert_owner_thread()
        session, self._session = self._session, None
        self._session_serial = -1
        if session is not None:
            with contextlib.suppress(CardError):  # a pulled card cannot be closed politely
                session.close()

    def _open(self, serial: int) -> CardSession:
        """The session for card `serial`, opening it if needed (owner thread)."""
        self.owner.assert_owner_thread()
        snapshot = self.machine.snapshot
        if snapshot.card_serial != serial or snapshot.reader is None:
            raise CardChanged("The card was changed. Check which card is in the reader.")
        if self._session is not None and self._session_serial == serial:
            return self._session
        self._close_session()
        from app.cardreader.session import CardSession

        self._session = CardSession.over(self.backend.connect(snapshot.reader))
        self._session_serial = serial
        return self._session

    def _read(self, serial: int, attempt: int = 0) -> None:
        if self.machine.snapshot.card_serial != serial:
            return  # that card already left
        if attempt == 0:
            self.machine.feed(ReadStarted(serial))
            startup = self._startup
            if startup is not None:
                try:
                    if self._take_startup_read(startup, serial):
                        return
                except Exception:  # whatever went wrong, the card is read here instead
                    log.exception("the startup card read could not be used")
                finally:
                    startup.close()
                    self._startup = None
        from app.cardreader.reading import read_card  # the first read loads the checks

        try:
            session = self._open(serial)
            trust = self.trust  # made now if it was deferred (it may seed the RRN cache)
            data = read_card(
                session.card, trust, rrn_cache=self.rrn_cache,
                on_greeting=lambda g: self._emit(CardGreeted(serial, g)))
        except (CardRemoved, NoCard, CardChanged) as exc:
            self._close_session()
            if isinstance(exc, CardChanged) or self.machine.snapshot.card_serial != serial:
                return  # the backend has told the state machine already
            # PC/SC still says "present": a card swapped between two polls, or
            # one still powering up. Try again shortly; a real removal arrives
            # from the backend meanwhile and ends this.
            if attempt < _READ_RETRIES:
                timer = threading.Timer(_READ_RETRY_SECONDS,
                                        lambda: self._retry_read(serial, attempt + 1))
                timer.daemon = True
                timer.start()
                return
            message = "The card does not answer. Take it out and put it back in."
            self.machine.feed(ReadFailed(serial, message))
            self._emit(CardReadFailed(serial, message))
            return
        except CardError as exc:
            self._close_session()
            self.machine.feed(ReadFailed(serial, str(exc)))
            self._emit(CardReadFailed(serial, str(exc)))
            return
        except Exception as exc:  # never let a bad card kill the owner thread
            log.exception("card read failed")
            self._close_session()
            message = f"The card could not be read ({type(exc).__name__})."
            self.machine.feed(ReadFailed(serial, message))
            self._emit(CardReadFailed(serial, message))
            return
        self._finish_read(serial, data)

    def _take_startup_read(self, startup: StartupRead, serial: int) -> bool:
        """Use what the startup reader read, if it read this very card; True when
        the read is done (or the card already left), False to read it here."""
        snapshot = self.machine.snapshot
        status = next((r for r in snapshot.readers if r.name == snapshot.reader), None)
        if status is None or not status.card_present:
            return False
        for item in startup.take(status.name, status.atr, status.events):
            if self.machine.snapshot.card_serial != serial:
                return True  # that card already left: the backend has said so
            if isinstance(item, Greeting):
                self._emit(CardGreeted(serial, item))
            else:
                self._finish_read(serial, item)
                return True
        return False

    def _finish_read(self, serial: int, data: EidData) -> None:
        event = CardRead(serial, data)
        with self._lock:
            if self.machine.snapshot.card_serial == serial:
                self._last_read = event
        self._emit(event)  # data first, so observers have it when the state says "read"
        self.machine.feed(ReadFinished(serial))

    def _retry_read(self, serial: int, attempt: int) -> None:
        # RuntimeError: the service was stopped meanwhile.
        with contextlib.suppress(RuntimeError):
            self.owner.submit(lambda: self._read(serial, attempt))

    # ---- requests ---------------------------------------------------------------

    def _job(self, serial: int | None, action: Callable[[BelpicCard], T]) -> Future[T]:
        def run() -> T:
            wanted = self.machine.snapshot.card_serial if serial is None else serial
            try:
                return action(self._open(wanted).card)
            except CardRemoved:
                # Drop the dead connection and have the card read again, so the
                # next request does not trip over it (see _read).
                self._close_session()
                if wanted not in self._relost:
                    self._relost.add(wanted + 1)
                    self.machine.feed(CardLost(wanted))
                raise
        return self.owner.submit(run)

    def pin_status(self, serial: int | None = None) -> Future[PinStatus]:
        return self._job(serial, lambda card: card.pin_status())

    def verify_pin(self, provider: PinProvider, serial: int | None = None) -> Future[PinStatus]:
        from app.cardreader.pin import PinPurpose

        def action(card: BelpicCard) -> PinStatus:
            card.verify_pin(provider, PinPurpose.TEST)
            return card.pin_status()
        return self._job(serial, action)

    def change_pin(self, provider: PinProvider, serial: int | None = None) -> Future[PinStatus]:
        def action(card: BelpicCard) -> PinStatus:
            card.change_pin(provider)
            return card.pin_status()
        return self._job(serial, action)

    def sign_digest(self, role: KeyRole, digest: bytes, hash_name: str, provider: PinProvider,
                    serial: int | None = None) -> Future[bytes]:
        """A signature by the card in the reader; `serial` pins it to the card the
        person saw, so a card swapped meanwhile is refused rather than used."""
        return self._job(serial, lambda card: card.sign_digest(role, digest, hash_name, provider))

    def run_on_card(self, action: Callable[[BelpicCard], T],
                    serial: int | None = None) -> Future[T]:
        """Any other card work (e.g. a pyHanko signing run) on the owner thread."""
        return self._job(serial, action)
