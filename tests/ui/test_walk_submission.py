"""A person walks from card insertion to the receipt: the real window, the virtual
card through pcscd, a real gateway process over HTTP, the real outbox.

And the ways it goes wrong: a wrong PIN, a card pulled while signing, a gateway
that is down. Each ends on the right screen with nothing lost.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from app.cardreader.pin import PinPurpose
from app.services import GatewayClient, HttpPolicy, Outbox, State
from app.ui.cases.page import CasesPage
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.online.session import OnlineSession
from app.ui.pin_provider import QtPinProvider
from tests.conftest import InsertCard
from tests.gateway.conftest import RunningGateway
from tests.ui.heartbeat import Heartbeat
from tests.ui.pages_support import example_answers, texts
from tests.ui.walk_support import (
    PinHand,
    answer_until_summary,
    free_port,
    gateway_on,
    open_form_from_road,
)

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(240)]

FORM = "residence-certificate"


@pytest.fixture(scope="module")
def walk_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    folder = tmp_path_factory.mktemp("walk-gateway")
    gateway = gateway_on(folder, free_port())
    yield gateway
    gateway.stop()


@pytest.fixture
def online(pcsc_ui_context: AppContext, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Path]]:
    """online(url): the program's gateway address; returns its outbox file."""
    outbox = tmp_path / "outbox.sqlite3"
    monkeypatch.setenv("CITIZEN_ASSISTANT_OUTBOX", str(outbox))

    def connect(url: str) -> Path:
        pcsc_ui_context.settings.gateway_url = url
        return outbox

    yield connect
    provider = pcsc_ui_context.pin_provider
    if isinstance(provider, QtPinProvider):
        # A PIN dialog left open (a failed test) would hold the card thread and
        # hang the card service's shutdown.
        provider.cancel_all()
    if isinstance(pcsc_ui_context.services, OnlineSession):
        pcsc_ui_context.services.close()


def _outbox_states(path: Path) -> list[State]:
    outbox = Outbox(path)
    try:
        return [item.state for item in outbox.items()]
    finally:
        outbox.close()


def test_card_to_receipt_and_case_list(qtbot: QtBot, pcsc_window: MainWindow,
                                       pcsc_ui_context: AppContext, insert_card: InsertCard,
                                       walk_gateway: RunningGateway,
                                       online: Callable[[str], Path]) -> None:
    outbox = online(walk_gateway.base_url)
    hand = PinHand(["1234"])
    hand.install(pcsc_ui_context)
    insert_card("worker")
    form = open_form_from_road(qtbot, pcsc_window, "living", FORM)
    answer_until_summary(form, example_answers(FORM))
    # Earlier tests leave many Qt wrappers behind: collect them now, and
    # freeze what is left, as the program freezes what its start built
    # (app/ui/collector.py): a full collection walking the whole test session's
    # heap (over 100 ms here) is not the program's stall.
    gc.collect()
    gc.freeze()
    heart = Heartbeat()
    heart.start()
    assert form.check_page.submit is not None
    form.check_page.submit.click()
    qtbot.waitUntil(lambda: form.currentWidget() is form.confirmation_page, timeout=90000)
    longest = heart.stop()
    gc.unfreeze()
    reference = form.confirmation_page.reference
    assert reference is not None and reference.text().startswith("CA-")
    assert PinPurpose.SIGNATURE in hand.seen
    assert pcsc_window.windowTitle().startswith("Application sent")
    # Card, PDF and network work all ran off the GUI thread (issue 6: 100 ms).
    assert longest < 0.1, (f"the GUI thread stalled for {longest:.3f} s "
                           f"({heart.longest_wall:.3f} s counting waits for a core)")
    # The gateway has the case, the outbox its receipt, the draft is gone.
    assert _outbox_states(outbox) == [State.DELIVERED]
    assert walk_gateway.counts()["cases"] >= 1
    assert pcsc_ui_context.drafts.load(pcsc_ui_context.owner() or "", FORM) is None
    # The confirmation leads to My cases, which lists it (the login is reused).
    seen_before = len(hand.seen)
    form.confirmation_page.cases_requested.emit()
    cases = pcsc_window.current_page()
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(lambda: reference.text() in cases.case_links, timeout=30000)
    assert len(hand.seen) == seen_before
    assert "Received" in texts(cases)


def test_wrong_pin_then_right_pin(qtbot: QtBot, pcsc_window: MainWindow,
                                  pcsc_ui_context: AppContext, insert_card: InsertCard,
                                  walk_gateway: RunningGateway,
                                  online: Callable[[str], Path]) -> None:
    outbox = online(walk_gateway.base_url)
    hand = PinHand(["9999", "1234"])
    hand.install(pcsc_ui_context)
    insert_card("worker")
    form = open_form_from_road(qtbot, pcsc_window, "living", FORM)
    answer_until_summary(form, example_answers(FORM))
    form.check_page.submit.click()  # type: ignore[union-attr]
    check = form.check_page
    qtbot.waitUntil(lambda: form.currentWidget() is check and check.summary is not None,
                    timeout=60000)
    shown = texts(check)
    assert "The PIN was wrong" in shown and "2 tries left" in shown
    assert pcsc_window.windowTitle().startswith("Error: ")
    assert not outbox.exists() or _outbox_states(outbox) == []  # nothing signed, nothing sent
    owner = pcsc_ui_context.owner()
    assert owner is not None and pcsc_ui_context.drafts.load(owner, FORM) is not None
    check.submit.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: form.currentWidget() is form.confirmation_page, timeout=90000)
    assert any("2 tries" in text for text in hand.tries_shown)  # the dialog said so
    assert _outbox_states(outbox) == [State.DELIVERED]


def test_card_pulled_while_signing(qtbot: QtBot, pcsc_window: MainWindow,
                                   pcsc_ui_context: AppContext, insert_card: InsertCard,
                                   walk_gateway: RunningGateway,
                                   online: Callable[[str], Path]) -> None:
    outbox = online(walk_gateway.base_url)
    bridge = insert_card("worker")
    hand = PinHand(["1234"], on_signature=bridge.remove)
    hand.install(pcsc_ui_context)
    form = open_form_from_road(qtbot, pcsc_window, "living", FORM)
    answer_until_summary(form, example_answers(FORM))
    owner = pcsc_ui_context.owner()
    first_serial = pcsc_ui_context.card.card_serial()
    form.check_page.submit.click()  # type: ignore[union-attr]
    check = form.check_page
    qtbot.waitUntil(lambda: form.currentWidget() is check and check.summary is not None,
                    timeout=60000)
    assert "taken out of the reader" in texts(check)
    assert pcsc_window.current_page() is form  # the form stays, with its draft
    assert owner is not None and pcsc_ui_context.drafts.load(owner, FORM) is not None
    assert not outbox.exists() or _outbox_states(outbox) == []
    qtbot.waitUntil(lambda: not pcsc_ui_context.card.has_card(), timeout=10000)
    bridge.insert()
    qtbot.waitUntil(lambda: pcsc_ui_context.card.card_serial() != first_serial
                    and pcsc_ui_context.card.last_greeting() is not None, timeout=20000)
    check.submit.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: form.currentWidget() is form.confirmation_page, timeout=90000)
    assert _outbox_states(outbox) == [State.DELIVERED]


def test_gateway_down_queues_then_delivers(qtbot: QtBot, pcsc_window: MainWindow,
                                           pcsc_ui_context: AppContext, insert_card: InsertCard,
                                           tmp_path: Path,
                                           online: Callable[[str], Path]) -> None:
    port = free_port()
    folder = tmp_path / "gateway"
    folder.mkdir()
    gateway = gateway_on(folder, port)
    try:
        outbox = online(gateway.base_url)
        # The client stops trying a gateway it found down for a while (20 s by
        # default); a person who comes back later does not notice that.
        pcsc_ui_context.services = OnlineSession(
            GatewayClient(gateway.base_url, HttpPolicy(retries=1, down_for=0.0)),
            Outbox(outbox), pcsc_ui_context.card.service, trusts_test_root=True)
        gateway.stop()  # down before the person presses the button
        hand = PinHand(["1234"])
        hand.install(pcsc_ui_context)
        insert_card("worker")
        form = open_form_from_road(qtbot, pcsc_window, "living", FORM)
        answer_until_summary(form, example_answers(FORM))
        form.check_page.submit.click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: form.currentWidget() is form.confirmation_page,
                        timeout=120000)
        assert form.confirmation_page.reference is None
        assert "It will be sent when" in texts(form.confirmation_page)
        assert _outbox_states(outbox) == [State.PENDING]  # signed, on disk, not lost
        # The gateway comes back; My cases sends what waited.
        gateway = gateway_on(folder, port)
        form.confirmation_page.cases_requested.emit()
        cases = pcsc_window.current_page()
        assert isinstance(cases, CasesPage)
        qtbot.waitUntil(lambda: cases.send_button is not None, timeout=60000)
        cases.send_button.click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: bool(cases.case_links) and not cases.loading, timeout=60000)
        assert _outbox_states(outbox) == [State.DELIVERED]
        assert requests.get(gateway.url("/api/v1/health"), timeout=10).ok
    finally:
        gateway.stop()


def test_fee_paid_with_the_test_provider(qtbot: QtBot, pcsc_window: MainWindow,
                                         pcsc_ui_context: AppContext, insert_card: InsertCard,
                                         walk_gateway: RunningGateway,
                                         online: Callable[[str], Path]) -> None:
    outbox = online(walk_gateway.base_url)
    PinHand(["1234"]).install(pcsc_ui_context)
    insert_card("worker")
    form = open_form_from_road(qtbot, pcsc_window, "mobility", "vehicle-registration")
    answer_until_summary(form, example_answers("vehicle-registration"))
    form.check_page.submit.click()  # type: ignore[union-attr]
    fee = form.fee_page
    assert form.currentWidget() is fee
    for key, value in (("number", "4000000000000002"), ("exp_month", "12"),
                       ("exp_year", "2040"), ("cvc", "123")):
        fee.boxes[key].setText(value)
    fee.pay.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: fee.summary is not None, timeout=60000)  # declined, in words
    assert "refused" in texts(fee).lower()
    fee.boxes["number"].setText("4242 4242 4242 4242")
    fee.pay.click()  # type: ignore[union-attr]
    check = form.check_page
    qtbot.waitUntil(lambda: form.currentWidget() is check, timeout=60000)
    assert "Payment received" in texts(check)
    check.submit.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: form.currentWidget() is form.confirmation_page, timeout=90000)
    assert form.confirmation_page.reference is not None
    assert _outbox_states(outbox) == [State.DELIVERED]
