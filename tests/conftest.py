"""Shared fixtures.

PC/SC (owned by the virtual card): the tests talk to a real pcscd with the
virtual card on vpcd, never to a system pcscd. libpcsclite reads
PCSCLITE_CSOCK_NAME once per process, before its first context, so the socket
path of the private pcscd is fixed and exported here, at import time, before
any test can touch pyscard.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.pcscd_private import PcscdUnavailable, PrivatePcscd
from app.cardreader.virtual.personas import Persona, persona_by_name
from app.cardreader.virtual.pki import TestPki, load_test_pki
from app.cardreader.virtual.timing import TimingModel
from app.cardreader.virtual.vpcd import VpcdBridge

_PCSC_DIR = Path(tempfile.mkdtemp(prefix="ca-test-pcscd-"))
os.environ["PCSCLITE_CSOCK_NAME"] = str(_PCSC_DIR / "pcscd.comm")
atexit.register(shutil.rmtree, _PCSC_DIR, True)

InsertCard = Callable[..., VpcdBridge]


@pytest.fixture(scope="session")
def test_pki() -> TestPki:
    return load_test_pki()


@pytest.fixture(scope="session")
def card_image(test_pki: TestPki) -> Callable[[str | Persona], CardImage]:
    """Build (once per session and persona) the image of a persona's card."""
    cache: dict[tuple[str, int], CardImage] = {}

    def build(persona: str | Persona) -> CardImage:
        if isinstance(persona, str):
            persona = persona_by_name(persona)
        key = (persona.name, id(persona))  # built-in personas are loaded once
        if key not in cache:
            cache[key] = build_image(persona, test_pki)
        return cache[key]

    return build


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[PrivatePcscd]:
    """A private pcscd with a two-slot vpcd reader, for the whole session."""
    try:
        PrivatePcscd.check_available()
    except PcscdUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PC/SC tests cannot run in CI: {exc}")
        pytest.skip(str(exc))
    stack = PrivatePcscd(_PCSC_DIR)
    stack.start()
    yield stack
    stack.stop()


def wait_for_card(reader: str, present: bool, timeout: float = 5.0) -> None:
    """Block until pcscd reports the reader with (or without) a card."""
    from smartcard import scard

    deadline = time.monotonic() + timeout
    # Just after a (re)start pcscd may not answer or list the reader yet.
    not_yet = (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_UNKNOWN_READER,
               scard.SCARD_E_NO_READERS_AVAILABLE)
    while True:
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult == scard.SCARD_S_SUCCESS:
            try:
                known = scard.SCARD_STATE_UNAWARE
                while True:
                    left = int(max(0.0, deadline - time.monotonic()) * 1000)
                    hresult, states = scard.SCardGetStatusChange(context, left,
                                                                 [(reader, known)])
                    if hresult != scard.SCARD_S_SUCCESS:
                        break
                    event = states[0][1]
                    if bool(event & scard.SCARD_STATE_PRESENT) == present:
                        return
                    known = event & ~scard.SCARD_STATE_CHANGED
            finally:
                scard.SCardReleaseContext(context)
        if hresult not in not_yet and hresult != scard.SCARD_E_TIMEOUT:
            raise RuntimeError(scard.SCardGetErrorMessage(hresult))
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{reader}: card {'in' if present else 'out'} not seen "
                               f"within {timeout} s")
        time.sleep(0.05)


@pytest.fixture
def insert_card(pcsc_stack: PrivatePcscd,
                card_image: Callable[[str | Persona], CardImage]) -> Iterator[InsertCard]:
    """insert_card("worker", slot=0, drop_after_apdus=None, timing=None) -> VpcdBridge.

    The card is in the reader (pcscd has seen it) when the call returns, and
    is pulled out at the end of the test.
    """
    bridges: list[tuple[VpcdBridge, str]] = []

    def insert(persona: str | Persona = "worker", *, slot: int = 0,
               drop_after_apdus: int | None = None,
               timing: TimingModel | None = None) -> VpcdBridge:
        card = VirtualCard(card_image(persona), timing)
        bridge = VpcdBridge(card, port=pcsc_stack.port(slot), drop_after_apdus=drop_after_apdus)
        bridge.insert()
        reader = pcsc_stack.reader_name(slot)
        bridges.append((bridge, reader))
        wait_for_card(reader, present=True)
        return bridge

    yield insert
    # Pull every card first: two cards may have shared a slot in turn.
    for bridge, _reader in bridges:
        bridge.close()
    if pcsc_stack.running:
        for reader in {reader for _bridge, reader in bridges}:
            wait_for_card(reader, present=False)
