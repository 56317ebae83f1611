"""The running program's view of cards, through a real pcscd: events, reads,
signatures, a pcscd restart, readers coming and going, cards pulled mid-way."""

from __future__ import annotations

import contextlib
import hashlib
import queue
import random
import time
from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from app.cardreader.backends import PcscBackend
from app.cardreader.belpic import KeyRole
from app.cardreader.errors import CardError, CardRemoved, WrongPin
from app.cardreader.pin import PinPrompt
from app.cardreader.rrn_cache import memory_cache
from app.cardreader.service import (
    CardEvent,
    CardGreeted,
    CardRead,
    CardReadFailed,
    CardService,
    StateChanged,
)
from app.cardreader.states import State
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.vpcd import VpcdBridge

pytestmark = pytest.mark.pcsc


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[CardEvent] = queue.Queue()
        self.seen: list[CardEvent] = []

    def __call__(self, event: CardEvent) -> None:
        self.queue.put(event)

    def wait_for(self, predicate: Callable[[CardEvent], bool], timeout: float = 5.0) -> CardEvent:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("no matching event; seen " + ", ".join(
                    getattr(getattr(e, "snapshot", None), "state", type(e).__name__).__str__()
                    for e in self.seen[-10:]))
            try:
                event = self.queue.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(event)
            if predicate(event):
                return event

    def state(self, state: State, timeout: float = 5.0) -> StateChanged:
        event = self.wait_for(lambda e: isinstance(e, StateChanged) and e.snapshot.state is state,
                              timeout)
        assert isinstance(event, StateChanged)
        return event


@pytest.fixture
def service(pcsc_stack: PrivatePcscd, test_pki: TestPki) -> Iterator[tuple[CardService, Events]]:
    trust = TrustStore.belgium().with_extra_roots([test_pki.root.certificate])
    svc = CardService(PcscBackend(), trust, rrn_cache=memory_cache(),
                      preferred_reader=pcsc_stack.reader_name(0))
    events = Events()
    svc.subscribe(events)
    svc.start()
    yield svc, events
    svc.stop()


class FixedPin:
    def __init__(self, pin: str) -> None:
        self.pin = pin
        self.prompts: list[PinPrompt] = []

    def request_pin(self, prompt: PinPrompt) -> bytearray:
        self.prompts.append(prompt)
        return bytearray(self.pin.encode())


def test_insert_read_and_remove(service: tuple[CardService, Events],
                                insert_card: Callable[..., VpcdBridge]) -> None:
    svc, events = service
    events.state(State.READY)
    bridge = insert_card("student")
    events.state(State.CARD_PRESENT)
    greeted = events.wait_for(lambda e: isinstance(e, CardGreeted))
    assert isinstance(greeted, CardGreeted) and greeted.greeting.verified
    assert greeted.greeting.identity.first_names == "Lotte Marie"
    read = events.wait_for(lambda e: isinstance(e, CardRead))
    assert isinstance(read, CardRead) and read.data.verified
    events.state(State.CARD_READ)
    assert svc.last_read is not None
    bridge.remove()
    events.state(State.READY, timeout=2.0)
    assert svc.last_read is None  # nothing of the person stays once the card leaves


@pytest.mark.parametrize("persona", ["worker", "parent"])
def test_signatures_verify_under_the_card_certificates(
        service: tuple[CardService, Events], insert_card: Callable[..., VpcdBridge],
        persona: str) -> None:
    from app.cardreader.virtual.personas import persona_by_name

    svc, events = service
    insert_card(persona)
    read = events.wait_for(lambda e: isinstance(e, CardRead))
    assert isinstance(read, CardRead)
    pin = FixedPin(persona_by_name(persona).pin)
    message = b"a form to sign"
    for role, cert_role in ((KeyRole.AUTHENTICATION, "authentication"),
                            (KeyRole.SIGNATURE, "signature")):
        digest = hashlib.sha384(message).digest()
        signature = svc.sign_digest(role, digest, "sha384", pin, read.card_serial).result(10)
        key = read.data.certificates[cert_role].public_key()
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA384())
        else:
            assert isinstance(key, ec.EllipticCurvePublicKey)
            half = len(signature) // 2
            der = utils.encode_dss_signature(int.from_bytes(signature[:half], "big"),
                                             int.from_bytes(signature[half:], "big"))
            key.verify(der, message, ec.ECDSA(hashes.SHA384()))
    # The non-repudiation key always asks for the PIN again: VERIFY right before PSO.
    assert [p.purpose.value for p in pin.prompts][-1] == "signature"


def test_wrong_pin_reports_tries_and_keeps_the_card(
        service: tuple[CardService, Events], insert_card: Callable[..., VpcdBridge]) -> None:
    svc, events = service
    insert_card("worker")
    read = events.wait_for(lambda e: isinstance(e, CardRead))
    assert isinstance(read, CardRead)
    with pytest.raises(WrongPin) as info:
        svc.sign_digest(KeyRole.SIGNATURE, bytes(32), "sha256", FixedPin("9999"),
                        read.card_serial).result(10)
    assert info.value.tries_left == 2
    assert svc.pin_status().result(5).tries_left == 2


def test_monitor_survives_a_pcscd_restart(
        service: tuple[CardService, Events], pcsc_stack: PrivatePcscd,
        insert_card: Callable[..., VpcdBridge]) -> None:
    _svc, events = service
    events.state(State.READY)
    pcsc_stack.stop()
    events.state(State.NO_SERVICE)
    pcsc_stack.start()
    events.state(State.READY, timeout=10)
    insert_card("worker")
    events.wait_for(lambda e: isinstance(e, CardRead), timeout=10)


def test_readers_disappearing_and_coming_back(
        service: tuple[CardService, Events], pcsc_stack: PrivatePcscd) -> None:
    _svc, events = service
    events.state(State.READY)
    try:
        pcsc_stack.unplug_reader()
        events.state(State.NO_READER, timeout=10)
    finally:
        pcsc_stack.plug_reader()
    events.state(State.READY, timeout=10)


def test_card_pulled_at_random_moments_of_a_read(
        service: tuple[CardService, Events], insert_card: Callable[..., VpcdBridge]) -> None:
    """Never a crash, never stuck beyond a second, never partial data as a full read."""
    svc, events = service
    events.state(State.READY)
    rng = random.Random(20261126)
    for drop_after in sorted(rng.sample(range(1, 60), 12)):
        bridge = insert_card("parent", drop_after_apdus=drop_after)
        assert bridge.wait_disconnected(5.0)
        pulled = time.monotonic()
        events.state(State.READY, timeout=5.0)
        assert time.monotonic() - pulled < 1.0 + 0.5  # pcscd polls vpcd every 0.4 s
        for event in events.seen:
            if isinstance(event, CardRead):
                assert event.data.verified and event.data.photo  # only complete reads
        events.seen.clear()
        assert svc.last_read is None
    assert not any(isinstance(e, CardReadFailed) and "Traceback" in e.message
                   for e in events.seen)


def test_card_pulled_during_a_signature(
        service: tuple[CardService, Events], insert_card: Callable[..., VpcdBridge]) -> None:
    svc, events = service
    bridge = insert_card("worker")
    read = events.wait_for(lambda e: isinstance(e, CardRead))
    assert isinstance(read, CardRead)
    # The next command after the read is the signature's first: pull the card there.
    bridge.drop_after_apdus = bridge.apdus + 3
    started = time.monotonic()
    with pytest.raises(CardError) as info:
        svc.sign_digest(KeyRole.SIGNATURE, bytes(32), "sha256", FixedPin("1234"),
                        read.card_serial).result(5)
    assert time.monotonic() - started < 1.0
    assert isinstance(info.value, CardRemoved) or "removed" in str(info.value).lower() \
        or "changed" in str(info.value).lower()


def test_card_swapped_faster_than_the_reader_polls(
        service: tuple[CardService, Events], insert_card: Callable[..., VpcdBridge]) -> None:
    """Pulled and another card put in within one poll: pcscd may never report the
    removal. The next request fails plainly; the card now in is read afresh and
    later requests work on it (no dead connection is kept)."""
    svc, events = service
    first = insert_card("worker")
    events.wait_for(lambda e: isinstance(e, CardRead))
    first.remove()
    insert_card("student")  # returns once pcscd sees a card present again
    with contextlib.suppress(CardError):
        svc.pin_status().result(5)  # may meet the old, dead connection
    read = events.wait_for(lambda e: isinstance(e, CardRead)
                           and e.data.identity.first_names == "Lotte Marie", timeout=10)
    assert isinstance(read, CardRead)
    assert svc.pin_status(read.card_serial).result(5).tries_left == 3
