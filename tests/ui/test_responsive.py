"""The GUI thread is never blocked for more than 100 ms while the card is read or
while it signs: card work runs on the card owner thread and results come back as
queued signals. (The same watch over a whole submission, from "Sign and send"
to the receipt against a real gateway, is in test_walk_submission.py.)"""

from __future__ import annotations

import hashlib
import threading

import pytest

from app.cardreader.belpic import KeyRole
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.vpcd import VpcdBridge
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from tests.conftest import wait_for_card
from tests.ui.conftest import AnswerPin
from tests.ui.heartbeat import Heartbeat

pytestmark = pytest.mark.pcsc

LIMIT_S = 0.100


@pytest.fixture
def bridge(pcsc_stack: PrivatePcscd, card_image):  # type: ignore[no-untyped-def]
    made: list[VpcdBridge] = []

    def make(persona: str) -> VpcdBridge:
        card = VirtualCard(card_image(persona))
        made.append(VpcdBridge(card, port=pcsc_stack.port(0)))
        return made[-1]

    yield make
    for b in made:
        b.close()
    if made and pcsc_stack.running:
        # As insert_card does: the next test must not find this card still
        # "present" in pcscd's eyes (it polls vpcd's reader every 0.4 s).
        wait_for_card(pcsc_stack.reader_name(0), present=False)


def test_card_read_and_signature_never_block(qtbot, pcsc_window: MainWindow, bridge,  # type: ignore[no-untyped-def]
                                             answer_pin: AnswerPin) -> None:
    ctx = pcsc_window.ctx
    home = pcsc_window.page("home")
    assert isinstance(home, HomePage)
    heart = Heartbeat()
    qtbot.wait(200)  # let the window settle: its first paint is not what we measure
    card = bridge("worker")
    heart.start()
    # The card goes in from another thread, as a person's hand would.
    threading.Thread(target=card.insert, daemon=True).start()
    qtbot.waitUntil(lambda: ctx.card.last_read() is not None and home.showing_road,
                    timeout=15000)
    qtbot.wait(100)
    read_gap = heart.stop()
    assert heart.beats > 10
    print(f"read gap {read_gap * 1000:.0f} ms")
    assert read_gap < LIMIT_S, f"GUI blocked {read_gap * 1000:.0f} ms during the card read"

    answer_pin(ctx, "1234")
    signatures: list[bytes] = []
    heart.start()
    future = ctx.card.service.sign_digest(KeyRole.SIGNATURE, hashlib.sha256(b"form").digest(),
                                          "sha256", ctx.pin_provider, ctx.card.card_serial())
    ctx.tasks.watch(future, signatures.append)
    qtbot.waitUntil(lambda: bool(signatures), timeout=15000)
    sign_gap = heart.stop()
    print(f"sign gap {sign_gap * 1000:.0f} ms")
    assert sign_gap < LIMIT_S, f"GUI blocked {sign_gap * 1000:.0f} ms during the signature"
