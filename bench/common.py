"""Shared pieces of the benchmarks: a private PC/SC stack with a virtual card."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import load_test_pki
from app.cardreader.virtual.timing import TimingModel
from app.cardreader.virtual.vpcd import VpcdBridge

READER = "Virtual PCD 00 00"


@contextmanager
def private_pcsc() -> Iterator[PrivatePcscd]:
    stack = PrivatePcscd()
    stack.start()
    # libpcsclite reads this once per process: set before the first context.
    os.environ["PCSCLITE_CSOCK_NAME"] = stack.socket_path
    try:
        yield stack
    finally:
        stack.stop()


class EmulatedCard:
    """The virtual card in its own process, as a real card is outside ours:
    its work then competes with neither our threads nor our GIL."""

    def __init__(self, stack: PrivatePcscd, persona: str, timing: bool = False) -> None:
        self.command = [sys.executable, "-m", "app", "card", "emulate", "--persona", persona,
                        "--port", str(stack.port(0))] + (["--timing"] if timing else [])
        self.process: subprocess.Popen[bytes] | None = None

    def insert(self) -> None:
        self.process = subprocess.Popen(self.command, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL)
        wait_present(True, timeout=15)

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(5)
            self.process = None
            wait_present(False)


def inprocess_bridge(stack: PrivatePcscd, persona: str,
                     timing: TimingModel | None = None) -> VpcdBridge:
    """A card in this process: its insertion instant is known exactly."""
    image = build_image(persona_by_name(persona), load_test_pki())
    return VpcdBridge(VirtualCard(image, timing), port=stack.port(0))


def wait_present(present: bool, timeout: float = 5.0) -> None:
    from app.cardreader.pcsc import PcscContext, reader_statuses

    deadline = time.monotonic() + timeout
    with PcscContext() as context:
        while time.monotonic() < deadline:
            statuses = reader_statuses(context, [READER])
            if statuses and statuses[0].card_present == present:
                return
            time.sleep(0.005)
    raise TimeoutError(f"card present={present} not seen")


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
