"""Card read benchmark: APDU count, our read against a bare pyscard loop, and the
time a citizen with a real card would wait (the real-card timing model).

    .venv/bin/python -m bench.card_read [--runs N] [--skip-timing-model]

Needs root (a private pcscd in its own mount namespace) and Debian's vpcd.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import threading
import time
from dataclasses import dataclass, field

from smartcard import scard

from app.cardreader.monitor import PcscMonitor
from app.cardreader.owner import CardOwner
from app.cardreader.pcsc import PcscContext, PcscTransport
from app.cardreader.reading import read_card
from app.cardreader.rrn_cache import RrnCertificateCache, memory_cache
from app.cardreader.session import CardSession
from app.cardreader.states import CardStateMachine, State
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.pki import load_test_pki
from app.cardreader.virtual.timing import TimingModel
from bench.common import READER, EmulatedCard, inprocess_bridge, private_pcsc, wait_present

# Issue 2's targets; the run exits 1 when one is missed, naming it.
RATIO_TARGET = 1.2
GREETING_TARGET_S = 0.8  # a 1.7 card whose RRN certificate is known
missed: list[str] = []

COLD = "RRN certificate unknown (first card of its kind here)"
WARM = "RRN certificate known (shipped or seen before)"


@dataclass
class Recording:
    apdus: list[bytes] = field(default_factory=list)
    wrong_le: int = 0  # 6Cxx answers: the card telling a length we could not know


class RecordingTransport(PcscTransport):
    def __init__(self, context: PcscContext, reader: str, recording: Recording) -> None:
        super().__init__(context, reader)
        self.recording = recording

    def transmit_raw(self, apdu: bytes) -> bytes:
        raw = super().transmit_raw(apdu)
        self.recording.apdus.append(apdu)
        if raw[-2] == 0x6C:
            self.recording.wrong_le += 1
        return raw


def trust() -> TrustStore:
    return TrustStore.belgium().with_extra_roots([load_test_pki().root.certificate])


def our_read(store: TrustStore, recording: Recording | None = None,
             cache: RrnCertificateCache | None = None) -> CardSession:
    context = PcscContext()
    transport = (RecordingTransport(context, READER, recording) if recording is not None
                 else PcscTransport(context, READER))
    session = CardSession.over(transport, context)
    with session:
        data = read_card(session.card, store, rrn_cache=cache)
        assert data.verified
    return session


def bare_read(apdus: list[bytes]) -> None:
    """The floor: connect and send the same APDUs with nothing on top."""
    code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    code, card, protocol = scard.SCardConnect(context, READER, scard.SCARD_SHARE_SHARED,
                                              scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
    assert code == scard.SCARD_S_SUCCESS
    for apdu in apdus:
        code, _ = scard.SCardTransmit(card, protocol, list(apdu))
    scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    scard.SCardReleaseContext(context)


def minimum_apdus(session: CardSession, recording: Recording) -> int:
    """One SELECT per file plus one READ BINARY per 256 bytes the program needs,
    plus the commands that are not reads (GET CARD DATA, the 1.8 challenge)."""
    selects = [a for a in recording.apdus if a[1] == 0xA4]
    reads_by_file: list[int] = []
    current = -1
    sizes: dict[int, int] = {}
    for apdu in recording.apdus:
        if apdu[1] == 0xA4:
            current += 1
            sizes[current] = 0
        elif apdu[1] == 0xB0:
            offset = (apdu[2] << 8) | apdu[3]
            le = apdu[4] or 256
            sizes[current] = max(sizes[current], offset + le)
    # A 6Cxx re-send asks exactly what is left, so the max offset+Le is the size read.
    reads_by_file = [math.ceil(n / 256) for n in sizes.values()]
    others = [a for a in recording.apdus if a[1] not in (0xA4, 0xB0)]
    return len(selects) + sum(reads_by_file) + len(others)


def compare(stack: PrivatePcscd, persona: str, runs: int) -> None:
    bridge = EmulatedCard(stack, persona)
    bridge.insert()
    store = trust()
    warm_cache = memory_cache()
    our_read(store, None, warm_cache)  # the "known" case has seen one card before
    for label, cache in ((COLD, None), (WARM, warm_cache)):
        recording = Recording()
        session = our_read(store, recording, cache if cache is not None else memory_cache())
        minimum = minimum_apdus(session, recording)
        count = len(recording.apdus)
        print(f"[{persona}, {label}] APDUs for a full read: {count}; minimum the file sizes "
              f"allow: {minimum + recording.wrong_le} ({minimum} READ/SELECT/other plus "
              f"{recording.wrong_le} 6Cxx answers for files whose length nothing "
              f"announces); bytes received: {session.channel.bytes_received}")
        if count > minimum + recording.wrong_le:
            missed.append(f"{persona}, {label}: {count} APDUs")
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            t = time.perf_counter()
            our_read(store, None, cache if cache is not None else memory_cache())
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            bare_read(recording.apdus)
            bare.append(time.perf_counter() - t)
        o, b = statistics.median(ours), statistics.median(bare)
        print(f"[{persona}, {label}] full read + verification: {o * 1000:.2f} ms; bare "
              f"pyscard loop sending the same APDUs: {b * 1000:.2f} ms; ratio of medians "
              f"{o / b:.2f}, of minimums {min(ours) / min(bare):.2f} (target <= {RATIO_TARGET})")
        if o / b > RATIO_TARGET:
            missed.append(f"{persona}, {label}: ratio {o / b:.2f}")
    bridge.close()


def _timed_read(owner: CardOwner, store: TrustStore, cache: RrnCertificateCache,
                marks: dict[str, float]) -> None:
    def greeted(_greeting: object) -> None:
        marks["greeting"] = time.perf_counter()

    def job() -> None:
        context = PcscContext()
        with CardSession.over(PcscTransport(context, READER), context) as session:
            read_card(session.card, store, rrn_cache=cache, on_greeting=greeted)
        marks["full"] = time.perf_counter()

    owner.call(job)


def timing_model(stack: PrivatePcscd, persona: str, rounds: int, warm: bool) -> None:
    """Insertion to greeting and to full read, with real-card delays."""
    store = trust()
    cache = memory_cache()
    if warm:  # one read to learn the RRN certificate, as after any first card
        bridge = inprocess_bridge(stack, persona)
        bridge.insert()
        wait_present(True)
        our_read(store, None, cache)
        bridge.close()
        wait_present(False)
    owner = CardOwner()
    machine = CardStateMachine()
    present = threading.Event()
    machine.subscribe(lambda s: present.set() if s.state is State.CARD_PRESENT else None)
    monitor = PcscMonitor(machine)
    monitor.start()
    seen: list[float] = []
    greet: list[float] = []
    full: list[float] = []
    # pcscd polls vpcd's reader every 0.4 s: a round that always starts at the
    # same phase of that poll would always see the same delay, short or long.
    # A person inserts a card at any moment: so does this loop.
    phase = random.Random(f"{persona}-{warm}")
    for _ in range(rounds):
        time.sleep(phase.uniform(0.0, 0.4))
        present.clear()
        bridge = inprocess_bridge(stack, persona, TimingModel())
        marks: dict[str, float] = {}
        t0 = time.perf_counter()
        bridge.insert()
        present.wait(5)
        marks["seen"] = time.perf_counter()
        _timed_read(owner, store, cache if warm else memory_cache(), marks)
        seen.append(marks["seen"] - t0)
        greet.append(marks["greeting"] - t0)
        full.append(marks["full"] - t0)
        bridge.close()
        wait_present(False)
    monitor.stop()
    owner.shutdown()
    m = statistics.median
    label = WARM if warm else COLD
    print(f"[{persona}, real-card timing, {label}] insertion -> card seen by pcscd: "
          f"{m(seen) * 1000:.0f} ms (from {min(seen) * 1000:.0f} to {max(seen) * 1000:.0f}: "
          f"vpcd's reader is polled every 0.4 s); -> verified identity and address "
          f"(greeting): {m(greet) * 1000:.0f} ms ({_greeting_target(warm)}); -> full read: "
          f"{m(full) * 1000:.0f} ms; median of {rounds}")
    if warm and persona_applet(persona) == "1.7" and m(greet) >= GREETING_TARGET_S:
        missed.append(f"{persona}, {label}: greeting {m(greet) * 1000:.0f} ms")
    # What the program itself takes, whatever the reader's polling phase was.
    after_greet = [g - s for g, s in zip(greet, seen, strict=True)]
    after_full = [f - s for f, s in zip(full, seen, strict=True)]
    print(f"[{persona}, real-card timing, {label}] from the card-present event: greeting "
          f"{m(after_greet) * 1000:.0f} ms, full read {m(after_full) * 1000:.0f} ms")
    if warm:
        timed_ratio(stack, persona, store, cache)


def persona_applet(persona: str) -> str:
    from app.cardreader.virtual.personas import persona_by_name

    return persona_by_name(persona).applet


def _greeting_target(warm: bool) -> str:
    if warm:
        return "target < 800 ms for 1.7: every card whose RRN certificate is shipped"
    # A certificate newer than the release, once per machine: it must be read
    # whole (1.1 KB, about 0.34 s of card time) before anything verifies.
    return ("worst case, an RRN certificate no release ships, once per machine; "
            "see the line below for the time from the card event")


def timed_ratio(stack: PrivatePcscd, persona: str, store: TrustStore,
                cache: RrnCertificateCache, runs: int = 3) -> None:
    """The read-and-verify against the bare loop when the card is as slow as a
    real one: what a citizen feels of our overhead."""
    bridge = inprocess_bridge(stack, persona, TimingModel())
    bridge.insert()
    wait_present(True)
    recording = Recording()
    our_read(store, recording, cache)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        t = time.perf_counter()
        our_read(store, None, cache)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare_read(recording.apdus)
        bare.append(time.perf_counter() - t)
    bridge.close()
    wait_present(False)
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"[{persona}, real-card timing] full read + verification {o * 1000:.0f} ms; bare "
          f"loop {b * 1000:.0f} ms; ratio {o / b:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-timing-model", action="store_true")
    args = parser.parse_args()
    # One private pcscd for the whole run: libpcsclite reads its socket once.
    with private_pcsc() as stack:
        for persona in ("worker", "student"):
            compare(stack, persona, args.runs)
        if not args.skip_timing_model:
            for persona in ("worker", "student"):
                for warm in (False, True):
                    timing_model(stack, persona, args.rounds, warm)
    if missed:
        print("TARGETS MISSED: " + "; ".join(missed))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
