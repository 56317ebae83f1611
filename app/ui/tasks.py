"""Background work whose results come back on the GUI thread.

Card work already runs on the card owner thread and returns a concurrent
`Future`; HTTP and file work runs here, on a small pool. Either way the GUI
never waits: `watch` and `run` deliver the outcome later, as a queued Qt call
on the GUI thread, so a page's callbacks may touch widgets freely.

A callback tied to a widget (`owner=`) is dropped if that widget has been
deleted meanwhile: the person may have left the page before the answer came.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")

OnDone = Callable[[T], None]
OnError = Callable[[BaseException], None]


class Tasks(QObject):
    """`ctx.tasks`: run a function off the GUI thread, or follow a Future."""

    # Carries a zero-argument callable to run on the GUI thread.
    _deliver = Signal(object)

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ui-task")
        # Queued even when emitted from the GUI thread, so a callback never runs
        # inside the caller's own stack (the same order whatever thread finished).
        self._deliver.connect(self._run_delivery, Qt.ConnectionType.QueuedConnection)

    def run(self, function: Callable[[], T], on_done: OnDone[T] | None = None,
            on_error: OnError | None = None, *, owner: QObject | None = None) -> Future[T]:
        """Run `function` on a worker thread; deliver its result on the GUI thread."""
        future = self._pool.submit(function)
        self.watch(future, on_done, on_error, owner=owner)
        return future

    def watch(self, future: Future[T], on_done: OnDone[T] | None = None,
              on_error: OnError | None = None, *, owner: QObject | None = None) -> None:
        """Deliver a Future's outcome (e.g. `CardService.sign_digest`) on the GUI thread."""
        def finished(done: Future[T]) -> None:
            self._deliver.emit(lambda: self._settle(done, on_done, on_error, owner))

        future.add_done_callback(finished)

    def _settle(self, done: Future[Any], on_done: OnDone[Any] | None,
                on_error: OnError | None, owner: QObject | None) -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return
        if done.cancelled():
            return
        error = done.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
            return
        if on_done is not None:
            on_done(done.result())

    @Slot(object)
    def _run_delivery(self, call: Callable[[], None]) -> None:
        try:
            call()
        except Exception:  # a page's bug must not take the window down
            log.exception("task callback failed")

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
