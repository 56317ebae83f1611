"""The one thread that owns every card conversation.

PC/SC handles are not meant to be shared between threads, a card can only do
one thing at a time, and a GUI must never wait on a card. So every card
operation is a job run by this single worker (as Electrum does for hardware
wallets); callers get a Future, and the GUI turns its completion into a signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_OWNER_NAME = "card-owner"


class CardOwner:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=_OWNER_NAME)
        self._thread_id: int | None = None
        # The first job records which thread is the owner.
        self._executor.submit(self._record_thread).result()

    def _record_thread(self) -> None:
        self._thread_id = threading.get_ident()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        return self._executor.submit(job)

    def call(self, job: Callable[[], T]) -> T:
        """Run `job` on the owner thread and wait (for the command line)."""
        if self.is_owner_thread():
            return job()
        return self._executor.submit(job).result()

    def is_owner_thread(self) -> bool:
        return threading.get_ident() == self._thread_id

    def assert_owner_thread(self) -> None:
        if not self.is_owner_thread():
            raise RuntimeError("card I/O outside the card owner thread")

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
