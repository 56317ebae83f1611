"""The startup reader: a helper process reads the card in the reader while the
program starts, and the card service takes its read only for the very card it
sees itself. Through the private pcscd, with the helper as a real process."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from app.cardreader.backends import PcscBackend
from app.cardreader.greeting import Greeting
from app.cardreader.model import EidData
from app.cardreader.pcsc import PcscContext, ReaderStatus, reader_statuses
from app.cardreader.reading import read_card
from app.cardreader.rrn_cache import memory_cache
from app.cardreader.service import CardGreeted, CardRead, CardService
from app.cardreader.session import CardSession
from app.cardreader.startup_read import StartupRead
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.pki import TestPki
from app.config import RunMode
from tests.cardreader.test_service_pcsc import Events
from tests.conftest import InsertCard

pytestmark = pytest.mark.pcsc


def status_of(reader: str) -> ReaderStatus:
    with PcscContext() as context:
        (status,) = reader_statuses(context, [reader])
    return status


@pytest.fixture
def startup() -> Iterator[list[StartupRead]]:
    started: list[StartupRead] = []
    yield started
    for run in started:
        run.close()


def begin(started: list[StartupRead]) -> StartupRead:
    run = StartupRead.start(RunMode.TEST)
    assert run is not None
    started.append(run)
    return run


def test_hands_over_greeting_then_the_verified_read(
        pcsc_stack: PrivatePcscd, insert_card: InsertCard, test_pki: TestPki,
        startup: list[StartupRead]) -> None:
    insert_card("student")
    reader = pcsc_stack.reader_name(0)
    status = status_of(reader)
    assert status.events > 0  # pcscd counts insertions: the swap guard relies on it
    items = list(begin(startup).take(reader, status.atr, status.events))
    assert [type(item) for item in items] == [Greeting, EidData]
    greeting, data = items
    assert isinstance(greeting, Greeting) and isinstance(data, EidData)
    assert greeting.verified and greeting.identity.first_names == "Lotte Marie"
    assert data.verified and data.source == "card"

    # Exactly what this process reads from the same card itself.
    trust = TrustStore.belgium().with_extra_roots([test_pki.root.certificate])
    with PcscContext() as context:
        from app.cardreader.pcsc import PcscTransport

        with CardSession.over(PcscTransport(context, reader)) as session:
            own = read_card(session.card, trust, rrn_cache=memory_cache())
    assert data.identity == own.identity and data.address == own.address
    assert data.photo == own.photo and data.authenticity == own.authenticity
    assert data.certificates == own.certificates
    assert data.certificates["authentication"].subject == own.certificates[
        "authentication"].subject


def test_another_card_is_not_taken(pcsc_stack: PrivatePcscd, insert_card: InsertCard,
                                   startup: list[StartupRead]) -> None:
    insert_card("worker")
    reader = pcsc_stack.reader_name(0)
    status = status_of(reader)
    run = begin(startup)
    # A different event count: a card came and went since the helper looked.
    assert list(run.take(reader, status.atr, status.events + 2)) == []
    # No count at all: a swap could not be seen, so the read is not used.
    assert list(begin(startup).take(reader, status.atr, 0)) == []
    assert list(begin(startup).take("Some other reader", status.atr, status.events)) == []


def test_no_card_ends_at_once(pcsc_stack: PrivatePcscd, startup: list[StartupRead]) -> None:
    reader = pcsc_stack.reader_name(0)
    assert not status_of(reader).card_present
    started = time.monotonic()
    assert list(begin(startup).take(reader, b"\x3b", 1)) == []
    assert time.monotonic() - started < 5


def test_a_helper_that_dies_or_talks_nonsense_is_ignored(startup: list[StartupRead]) -> None:
    for code in ("import sys; sys.exit(3)",
                 "import sys; sys.stdout.buffer.write(b'\\x00\\x00\\x00\\x05junk!')",
                 "import sys; sys.stdout.buffer.write(b'\\x00\\x00\\x10')"):
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        run = StartupRead(process)
        startup.append(run)
        assert list(run.take("R", b"", 0)) == []
        assert process.poll() is not None  # reaped, not left behind


def _service(pcsc_stack: PrivatePcscd, test_pki: TestPki, run: StartupRead | None,
             trust_made: list[int]) -> tuple[CardService, Events]:
    def trust() -> TrustStore:
        trust_made.append(1)
        return TrustStore.belgium().with_extra_roots([test_pki.root.certificate])

    svc = CardService(PcscBackend(), trust, rrn_cache=memory_cache(),
                      preferred_reader=pcsc_stack.reader_name(0), startup=run)
    events = Events()
    svc.subscribe(events)
    return svc, events


def test_service_greets_from_the_startup_read(pcsc_stack: PrivatePcscd,
                                              insert_card: InsertCard, test_pki: TestPki,
                                              startup: list[StartupRead]) -> None:
    insert_card("worker")
    trust_made: list[int] = []
    svc, events = _service(pcsc_stack, test_pki, begin(startup), trust_made)
    svc.start()
    try:
        greeted = events.wait_for(lambda e: isinstance(e, CardGreeted), timeout=10)
        read = events.wait_for(lambda e: isinstance(e, CardRead), timeout=10)
        assert isinstance(greeted, CardGreeted) and greeted.greeting.verified
        assert isinstance(read, CardRead) and read.data.verified
        assert svc.last_read is not None
        # The service never read the card itself: it never even made its trust store.
        assert trust_made == []
    finally:
        svc.stop()


def test_service_reads_a_swapped_card_itself(pcsc_stack: PrivatePcscd,
                                             insert_card: InsertCard, test_pki: TestPki,
                                             startup: list[StartupRead]) -> None:
    bridge = insert_card("worker")
    run = begin(startup)
    time.sleep(1.0)  # the helper has read the worker's card by now
    bridge.remove()
    from tests.conftest import wait_for_card

    wait_for_card(pcsc_stack.reader_name(0), present=False)
    insert_card("student")
    trust_made: list[int] = []
    svc, events = _service(pcsc_stack, test_pki, run, trust_made)
    svc.start()
    try:
        read = events.wait_for(lambda e: isinstance(e, CardRead), timeout=10)
        assert isinstance(read, CardRead)
        assert read.data.identity.first_names == "Lotte Marie"  # the student, not the worker
        assert trust_made == [1]
    finally:
        svc.stop()


class BrokenStartup:
    """A startup reader whose answer blows up: the service must read the card itself."""

    def __init__(self) -> None:
        self.closed = False

    def take(self, reader: str, atr: bytes, events: int) -> Iterator[object]:
        raise RuntimeError("broken pipe of some other kind")
        yield  # pragma: no cover - makes this a generator

    def cancel(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def test_service_reads_itself_when_the_startup_read_fails(
        pcsc_stack: PrivatePcscd, insert_card: InsertCard, test_pki: TestPki) -> None:
    insert_card("worker")
    broken = BrokenStartup()
    trust_made: list[int] = []
    svc, events = _service(pcsc_stack, test_pki, broken, trust_made)  # type: ignore[arg-type]
    svc.start()
    try:
        read = events.wait_for(lambda e: isinstance(e, CardRead), timeout=10)
        assert isinstance(read, CardRead) and read.data.verified
        assert trust_made == [1] and broken.closed
    finally:
        svc.stop()


def test_not_started_where_it_cannot_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert StartupRead.start(RunMode.TEST) is None


def test_stopping_does_not_wait_for_a_silent_helper(
        pcsc_stack: PrivatePcscd, insert_card: InsertCard, test_pki: TestPki) -> None:
    insert_card("worker")
    silent = StartupRead(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                                          stdout=subprocess.PIPE))
    svc, events = _service(pcsc_stack, test_pki, silent, [])
    svc.start()
    from app.cardreader.service import StateChanged
    from app.cardreader.states import State

    events.wait_for(lambda e: isinstance(e, StateChanged)
                    and e.snapshot.state is State.READING, timeout=10)
    time.sleep(0.2)  # the owner thread now waits on the helper
    started = time.monotonic()
    svc.stop()
    assert time.monotonic() - started < 2.0
    assert silent._process.poll() is not None  # killed and reaped


def test_warm_up_makes_the_trust_store_on_the_card_thread(
        pcsc_stack: PrivatePcscd, test_pki: TestPki) -> None:
    made: list[int] = []
    svc, _events = _service(pcsc_stack, test_pki, None, made)
    svc.start()
    try:
        svc.warm_up()
        svc.owner.call(lambda: None)  # after the warm-up job
        assert made == [1]
        svc.warm_up()
        svc.owner.call(lambda: None)
        assert made == [1]  # made once
    finally:
        svc.stop()
    svc.warm_up()  # after stop: nothing happens, nothing raises
