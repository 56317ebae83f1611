"""Card checks that run beside the read, at idle priority, never holding it up.

The signature checks of a read (two RRN signatures, on 1.8 the basic-key
answer) need only what the card has already given, so they can run while the
card thread goes on reading. Run at normal priority, they compete for a core
with the card thread and the PC/SC daemon, whose every APDU wakes a process
up: on a two-core machine that made each read about as slow as checking
inline. At idle priority (Linux's SCHED_IDLE) the checks only get a core that
nobody else wants, which is what "beside the read" means.

Idle priority alone could starve a check on a busy machine, so nobody ever
waits on the idle thread. Between two APDUs the card thread calls
`run_stale()`, which runs any check that has waited longer than a few tens of
milliseconds: with a real card the card thread mostly waits on the card, so a
greeting on a loaded machine comes at most one APDU late, not at the end of
the read. And when the card thread asks for a result with `result()`, a check
the idle thread has not started yet is taken back and run at once on the card
thread; one the idle thread is running is given a few milliseconds, then run
on the card thread as well. The checks are pure functions of bytes already
read, so whichever run ends first gives the answer. Nothing here touches the
card: the one-owner rule holds.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")

# How long the card thread waits for a check the idle thread is running before
# running it as well: a few times the slowest check (a P-384 verification,
# about 0.3 ms), so that on an idle machine the answer is nearly always there.
_GRACE_SECONDS = 0.005

# How long a check may wait for the idle thread before the card thread runs it
# between two APDUs: far more than the idle thread needs on a machine with a
# free core (microseconds), far less than a person notices.
STALE_SECONDS = 0.030

_PENDING, _RUNNING, _DONE = 0, 1, 2


class IdleCheck(Generic[T]):
    """One check: a pure function and its arguments, with its answer to come."""

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._state = _PENDING
        self._lock = threading.Lock()
        self.future: Future[T] = Future()
        self.submitted = time.monotonic()

    def _claim(self) -> int:
        """Mark the check as running; return the state it was in."""
        with self._lock:
            state = self._state
            if state == _PENDING:
                self._state = _RUNNING
            return state

    def _run(self) -> None:
        try:
            value = self._fn()
        except BaseException as exc:  # handed to whoever asks, as Future does
            self._settle(None, exc)
        else:
            self._settle(value, None)

    def _settle(self, value: T | None, error: BaseException | None) -> None:
        with self._lock:
            if self._state == _DONE:
                return  # the other run ended first; both computed the same
            self._state = _DONE
        if error is not None:
            self.future.set_exception(error)
        else:
            self.future.set_result(value)  # type: ignore[arg-type]

    def run_in_background(self) -> None:
        if self._claim() == _PENDING:
            self._run()

    def result(self) -> T:
        """The answer, computed on this thread unless it is already there."""
        state = self._claim()
        if state == _PENDING or (state == _RUNNING and not self._wait(_GRACE_SECONDS)):
            self._run()
        return self.future.result()

    def run_now(self) -> None:
        """Run it on this thread unless it has ended (again, if it is running
        elsewhere: a run stuck on a starved thread is not waited for)."""
        if self._claim() != _DONE:
            self._run()

    def _wait(self, seconds: float) -> bool:
        try:
            self.future.exception(timeout=seconds)
        except TimeoutError:
            return False
        return True


class IdleChecker:
    """A daemon thread that runs submitted checks at the lowest priority."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[IdleCheck[object]] = queue.SimpleQueue()
        self._outstanding: deque[IdleCheck[object]] = deque()  # oldest first
        self._outstanding_lock = threading.Lock()
        self._started = False
        self._start_lock = threading.Lock()

    def submit(self, fn: Callable[[], T]) -> IdleCheck[T]:
        check: IdleCheck[T] = IdleCheck(fn)
        self._ensure_thread()
        with self._outstanding_lock:
            self._outstanding.append(check)  # type: ignore[arg-type]
        # Forgotten once ended, what it holds being a person's card data; by
        # its future, so that no reference cycle keeps the data for the collector.
        check.future.add_done_callback(self._forget)  # type: ignore[arg-type]
        self._queue.put(check)  # type: ignore[arg-type]
        return check

    def _forget(self, future: Future[object]) -> None:
        with self._outstanding_lock:
            for check in self._outstanding:
                if check.future is future:
                    self._outstanding.remove(check)
                    return

    def run_stale(self, max_age: float = STALE_SECONDS) -> None:
        """Run on this thread every check that has waited longer than
        `max_age` seconds without ending. Cheap when there is none: the card
        thread calls it after every APDU."""
        outstanding = self._outstanding
        while outstanding:
            try:  # unlocked first look: the usual answer is "nothing yet"
                if time.monotonic() - outstanding[0].submitted < max_age:
                    return  # the others were submitted later still
            except IndexError:  # ended on another thread meanwhile
                return
            with self._outstanding_lock:
                if not outstanding or time.monotonic() - outstanding[0].submitted < max_age:
                    return
                check = outstanding.popleft()
            check.run_now()

    def _ensure_thread(self) -> None:
        if self._started:
            return
        with self._start_lock:
            if not self._started:
                threading.Thread(target=self._loop, name="card-checks", daemon=True).start()
                self._started = True

    def _loop(self) -> None:
        lower_priority()
        while True:
            self._queue.get().run_in_background()


def lower_priority() -> None:
    """Put the calling thread at idle priority where the system has one.

    Linux applies sched_setscheduler(0, ...) to the calling thread only. Where
    there is no SCHED_IDLE (Windows, macOS) the thread stays at normal
    priority, which is what the checks had before.
    """
    policy = getattr(os, "SCHED_IDLE", None)
    if policy is None:
        return
    with contextlib.suppress(OSError):
        os.sched_setscheduler(0, policy, os.sched_param(0))


checker = IdleChecker()
