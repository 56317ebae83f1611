"""A GUI-thread heartbeat: a 10 ms timer whose longest gap shows how long the GUI
thread was blocked (a frozen window is what a person reads as "it crashed").

What is measured is the program's own doing: work on the GUI thread, or the
GUI thread waiting for a lock (the GIL included) that another of our threads
holds. Not counted is the time the GUI thread was ready to run but every core
was busy with other processes: these tests run the gateway, pcscd and the
virtual card on the same two cores, which a citizen's PC does not. Linux
tells that time per thread (/proc/thread-self/schedstat, runqueue wait);
elsewhere nothing is discounted.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _runqueue_wait() -> float:
    """Seconds this thread has spent ready to run but not running, or 0."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._last_wait = 0.0
        self.longest = 0.0
        self.longest_wall = 0.0  # the same gap with the runqueue wait left in
        self.beats = 0

    def start(self) -> None:
        self.longest = self.longest_wall = 0.0
        self.beats = 0
        self._last = time.perf_counter()
        self._last_wait = _runqueue_wait()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._beat()
        return self.longest

    def _beat(self) -> None:
        now, waited = time.perf_counter(), _runqueue_wait()
        gap = now - self._last
        self.longest_wall = max(self.longest_wall, gap)
        self.longest = max(self.longest, gap - (waited - self._last_wait))
        self._last, self._last_wait = now, waited
        self.beats += 1
