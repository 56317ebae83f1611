"""Run blocking work (card, network, PDF rendering) off the GUI thread.

The work runs on a plain Python thread; its result, failure and progress come
back as Qt signals of a `Task` that lives in the GUI thread, so Qt queues them
into the event loop and the slots run on the GUI thread. The GUI thread never
waits on a Future: a frozen window is what a 70-year-old reads as "it crashed".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Progress = Callable[[object], None]
# Work receives a callable to report progress (any object, e.g. a stage enum).
Work = Callable[[Progress], Any]

# Tasks still running are kept here: a Task only referenced by a lambda would
# be collected (and its signals lost) before the thread finishes.
_RUNNING: set[Task] = set()
_LOCK = threading.Lock()


class Task(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Work, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
        self.done = False

    def start(self) -> Task:
        with _LOCK:
            _RUNNING.add(self)
        threading.Thread(target=self._run, name=f"ui-task-{self._name}", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except Exception as exc:  # delivered to the page, which says it in plain words
            log.debug("background task %s failed: %r", self._name, exc)
            self._finish(self.failed, exc)
        else:
            self._finish(self.succeeded, result)

    def _finish(self, signal: Any, value: object) -> None:
        self.done = True
        try:
            signal.emit(value)
            self.finished.emit()
        except RuntimeError:
            pass  # the page (and its Task) was deleted meanwhile: nobody to tell
        finally:
            with _LOCK:
                _RUNNING.discard(self)


def run_in_background(work: Work, *, name: str,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[Any], None] | None = None,
                      parent: QObject | None = None) -> Task:
    """Start `work(progress)` on a worker thread; callbacks run on the GUI thread."""
    task = Task(work, name, parent)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    return task.start()
