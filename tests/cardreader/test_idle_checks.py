"""Checks beside the read: run at idle priority, never waited on."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from app.cardreader.greeting import Greeting
from app.cardreader.idle_checks import IdleChecker, checker
from app.cardreader.model import EidData
from app.cardreader.reading import read_card
from app.cardreader.session import CardSession
from app.cardreader.transport import InProcessTransport
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.timing import TimingModel


def _stuck_on_the_idle_thread(started: threading.Event,
                              release: threading.Event) -> Callable[[], None]:
    """A check that never ends on a starved idle thread (until released), and
    ends at once anywhere else: what a check looks like on a loaded machine."""
    def stuck() -> None:
        if threading.current_thread().name == "card-checks":
            started.set()
            release.wait(10)

    return stuck


def _blocked_checker() -> tuple[IdleChecker, threading.Event, threading.Event]:
    """A checker whose idle thread is stuck in a first check until released."""
    checker = IdleChecker()
    started, release = threading.Event(), threading.Event()
    checker.submit(_stuck_on_the_idle_thread(started, release))
    assert started.wait(5)
    return checker, started, release


def test_the_idle_thread_runs_checks_at_idle_priority() -> None:
    checker = IdleChecker()
    seen: dict[str, object] = {}

    def where() -> int:
        seen["thread"] = threading.current_thread().name
        return os.sched_getscheduler(0) if hasattr(os, "sched_getscheduler") else -1

    check = checker.submit(where)
    policy = check.future.result(timeout=5)
    assert seen["thread"] == "card-checks"
    if hasattr(os, "SCHED_IDLE"):
        assert policy == os.SCHED_IDLE


def test_a_check_the_idle_thread_has_not_started_runs_on_the_caller() -> None:
    checker, _started, release = _blocked_checker()
    try:
        ran_on: list[str] = []

        def where() -> int:
            ran_on.append(threading.current_thread().name)
            return 42

        check = checker.submit(where)
        start = time.monotonic()
        assert check.result() == 42
        assert time.monotonic() - start < 1.0
        assert ran_on == [threading.current_thread().name]
    finally:
        release.set()
    # The idle thread, once free, does not run it a second time.
    time.sleep(0.05)
    assert len(ran_on) == 1


def test_a_check_stuck_on_the_idle_thread_is_run_again_by_the_caller() -> None:
    checker = IdleChecker()
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow_then_fast() -> str:
        calls.append(threading.current_thread().name)
        if threading.current_thread().name == "card-checks":
            started.set()
            release.wait(10)
            return "late"
        return "caller"

    check = checker.submit(slow_then_fast)
    done: list[str] = []
    check.future.add_done_callback(lambda f: done.append(f.result()))
    assert started.wait(5)
    start = time.monotonic()
    assert check.result() == "caller"
    assert time.monotonic() - start < 1.0
    release.set()
    time.sleep(0.05)
    # Whichever run ended first gave the answer; the callback ran once.
    assert done == ["caller"]
    assert calls == ["card-checks", threading.current_thread().name]


def test_a_failing_check_raises_for_whoever_asks() -> None:
    checker = IdleChecker()

    def broken() -> None:
        raise ValueError("bad bytes")

    check = checker.submit(broken)
    with pytest.raises(ValueError, match="bad bytes"):
        check.result()
    assert isinstance(check.future.exception(), ValueError)


def _read(persona: str, pki: TestPki, timing: TimingModel | None = None,
          on_greeting: Callable[[Greeting], None] | None = None) -> EidData:
    """A full read of the persona's card through the in-process transport."""
    card = VirtualCard(build_image(persona_by_name(persona), pki), timing)
    trust = TrustStore.belgium().with_extra_roots([pki.root.certificate])
    return read_card(CardSession.over(InProcessTransport(card)).card, trust,
                     on_greeting=on_greeting)


@contextmanager
def _shared_idle_thread_stuck() -> Iterator[None]:
    """The program's own idle thread, stuck as on a loaded machine."""
    started, release = threading.Event(), threading.Event()
    checker.submit(_stuck_on_the_idle_thread(started, release))
    assert started.wait(5)
    try:
        yield
    finally:
        release.set()


@pytest.mark.parametrize("persona", ["worker", "student"])
def test_a_read_does_not_wait_for_a_starved_idle_thread(persona: str, test_pki: TestPki) -> None:
    """With the shared idle thread stuck, the card thread runs every check
    itself: the read is whole, verified, and greets once, before returning."""
    greetings: list[Greeting] = []
    with _shared_idle_thread_stuck():
        start = time.monotonic()
        data = _read(persona, test_pki, on_greeting=greetings.append)
        elapsed = time.monotonic() - start
    assert data.verified, data.authenticity
    assert len(greetings) == 1 and greetings[0].verified
    assert greetings[0].identity == data.identity
    assert elapsed < 5  # not the 10 s the idle thread is stuck for
    time.sleep(0.1)  # the idle thread, freed, finds the checks done
    assert len(greetings) == 1


def test_run_stale_runs_checks_that_waited_too_long_on_the_caller() -> None:
    checker_, _started, release = _blocked_checker()
    try:
        ran_on: list[str] = []
        check = checker_.submit(lambda: ran_on.append(threading.current_thread().name))
        checker_.run_stale(max_age=60.0)  # young: left to the idle thread
        assert ran_on == [] and not check.future.done()
        checker_.run_stale(max_age=0.0)
        assert ran_on == [threading.current_thread().name] and check.future.done()
    finally:
        release.set()


def test_a_slow_card_greets_long_before_its_read_ends_with_the_idle_thread_starved(
        test_pki: TestPki) -> None:
    """On a loaded machine the idle thread may get no core: the card thread
    then runs the greeting check between two APDUs, not at the end."""
    timing = TimingModel(per_apdu_s=0.002, per_byte_s=0.00005)  # about 0.6 s a read
    greeted_at: list[float] = []
    with _shared_idle_thread_stuck():
        start = time.monotonic()
        data = _read("worker", test_pki, timing,
                     on_greeting=lambda _g: greeted_at.append(time.monotonic()))
        ended = time.monotonic()
    assert data.verified and len(greeted_at) == 1
    # The photo and certificates (three quarters of the bytes) come after it.
    assert ended - greeted_at[0] > 0.5 * (ended - start), (greeted_at[0] - start, ended - start)


def test_a_finished_read_leaves_no_check_holding_card_data(test_pki: TestPki) -> None:
    """A kiosk wipes the session when the card leaves: nothing of it may stay
    referenced by the checker once the read is over."""
    data = _read("student", test_pki)
    assert data.verified
    deadline = time.monotonic() + 5
    while checker._outstanding and time.monotonic() < deadline:
        time.sleep(0.01)  # a duplicate run on the idle thread may still be ending
    assert not checker._outstanding
