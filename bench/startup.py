"""Startup benchmark: from process start to the road drawn for an inserted card,
against a bare PySide6 window started the same way in the same run; and the
peak memory of each.

    .venv/bin/python -m bench.startup [--runs N] [--persona NAME]

The card is already in the reader when the program starts (a virtual card in
its own process, on vpcd, through a private pcscd: needs root and Debian's
vpcd), so the program goes the whole real way: PC/SC, the card read and its
verification, the road personalised and painted. Both children run on Qt's
offscreen platform; each prints one line when its window (for the program:
the road) has been painted, and the parent stops the clock when it reads it.
Target: at most 2.0 times the bare window.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The children are this same file, run with --child: imports stay inside them,
# so that neither pays for what the other needs.
CHILD_ENV = {"QT_QPA_PLATFORM": "offscreen", "CITIZEN_ASSISTANT_MODE": "test"}


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _helper_peak_kib() -> int:
    """The largest finished child's peak: the startup reader's helper, once reaped."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def child_bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    label = QLabel("Hello")
    window.setCentralWidget(label)
    window.resize(1200, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is label:
                QTimer.singleShot(0, lambda: (print(f"drawn {_peak_kib()}", flush=True),
                                              app.quit()))
            return False

    spy = FirstPaint()
    label.installEventFilter(spy)
    window.show()
    return app.exec()


def child_program() -> int:
    # As the program's entry point does: the startup card read and the Qt-free
    # core first, then Qt.
    from app.ui import core_first

    startup = core_first.begin(demo=False, kiosk=False)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Program
    from app.ui.drafts import LazyDrafts, memory_drafts
    from app.ui.settings import Settings

    app = QApplication(["citizen-assistant"])
    program = Program(app, demo=False, kiosk=False, settings=Settings(None),
                      drafts=LazyDrafts(memory_drafts), startup=startup)
    # Only now: the program loads its modules in its own order (the card
    # service's first, the window's while the card is read).
    from app.ui.pages.home import HomePage
    from app.ui.road.canvas import RoadCanvas

    found = program.window.page("home")
    assert isinstance(found, HomePage)
    home: HomePage = found

    # The road's own paint is watched, not every event of the application: an
    # application-wide event filter makes each event of each widget cross into
    # Python (and builds the Python enums of every Qt type it meets), some 50 ms
    # here that the program itself never pays.
    paint = RoadCanvas.paintEvent
    drawn = False

    def painted(canvas: RoadCanvas, event: QPaintEvent) -> None:
        """Stops after the first paint of the road itself, once the greeting put it on."""
        nonlocal drawn
        paint(canvas, event)
        road = home.road
        if not drawn and road is not None and home.showing_road and road.isAncestorOf(canvas):
            drawn = True
            QTimer.singleShot(0, lambda: (
                print(f"drawn {_peak_kib()} {_helper_peak_kib()}", flush=True), app.quit()))

    RoadCanvas.paintEvent = painted  # type: ignore[method-assign,assignment]
    program.start()
    try:
        return app.exec()
    finally:
        program.stop()


def run_child(kind: str, env: dict[str, str]) -> tuple[float, int, int]:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup", "--child", kind],
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("drawn "):
            elapsed = time.perf_counter() - start
            process.wait(30)
            fields = line.split()
            return elapsed, int(fields[1]), int(fields[2]) if len(fields) > 2 else 0
    process.wait(30)
    raise RuntimeError(f"the {kind} child ended without drawing (exit {process.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--persona", default="worker")
    parser.add_argument("--child", choices=("bare", "program"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        raise SystemExit(child_bare())
    if args.child == "program":
        raise SystemExit(child_program())

    from bench.common import EmulatedCard, private_pcsc

    # An installed program runs from byte-compiled modules, as the libraries of
    # the bare window do; where PYTHONDONTWRITEBYTECODE is set, ours would
    # otherwise be compiled again by every run.
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "app", quiet=1)
    with private_pcsc() as stack:
        card = EmulatedCard(stack, args.persona)
        card.insert()
        env = {**os.environ, **CHILD_ENV, "PCSCLITE_CSOCK_NAME": stack.socket_path}
        try:
            run_child("bare", env)  # warm the file cache for both
            run_child("program", env)
            bare: list[tuple[float, int, int]] = []
            ours: list[tuple[float, int, int]] = []
            for _ in range(args.runs):  # interleaved, so drift in load hits both alike
                bare.append(run_child("bare", env))
                ours.append(run_child("program", env))
        finally:
            card.close()
        # The same start with a card as slow as a real one (the real-card timing
        # model): what a person with a card already in the reader waits for.
        slow = EmulatedCard(stack, args.persona, timing=True)
        slow.insert()
        try:
            real = [run_child("program", env)[0] for _ in range(max(3, args.runs // 2))]
        finally:
            slow.close()
    bare_s = statistics.median(t for t, _, _ in bare)
    ours_s = statistics.median(t for t, _, _ in ours)
    bare_mib = statistics.median(m for _, m, _ in bare) / 1024
    ours_mib = statistics.median(m for _, m, _ in ours) / 1024
    helper_mib = statistics.median(h for _, _, h in ours) / 1024
    print(f"[{args.persona}] process start -> road drawn (card in the reader, through pcscd): "
          f"{ours_s * 1000:.0f} ms; bare PySide6 window: {bare_s * 1000:.0f} ms; "
          f"ratio {ours_s / bare_s:.2f}x (target <= 2.0x); median of {args.runs}")
    print(f"[{args.persona}] peak memory: {ours_mib:.0f} MiB; bare PySide6 window: "
          f"{bare_mib:.0f} MiB; ratio {ours_mib / bare_mib:.2f}x; the startup reader's helper "
          f"process besides (gone once it has read the card): {helper_mib:.0f} MiB")
    print(f"[{args.persona}] with the real-card timing model: process start -> road drawn "
          f"{statistics.median(real) * 1000:.0f} ms (median of {len(real)})")


if __name__ == "__main__":
    main()
