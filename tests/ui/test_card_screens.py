"""The start screens follow the reader and the card, and the road comes with the greeting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.cardreader.pcsc import ReaderStatus
from app.cardreader.rrn_cache import memory_cache
from app.cardreader.states import CardStateMachine, ReadersChanged, ServiceDown, State
from app.cardreader.transport import Transport
from app.config import RunMode
from app.forms.drafts import MemoryDraftStore
from app.ui.main_window import MainWindow
from app.ui.pages.card_state import Screen
from app.ui.pages.home import HomePage, greeting_text
from app.ui.settings import Settings
from app.ui.wiring import build_context
from tests.ui.conftest import InsertInProcess, wait_state


class FakeBackend:
    """Feeds the state machine by hand: the screens for states no virtual card makes."""

    def __init__(self) -> None:
        self.machine: CardStateMachine | None = None

    def start(self, machine: CardStateMachine) -> None:
        self.machine = machine

    def stop(self) -> None:
        pass

    def connect(self, reader: str) -> Transport:
        raise AssertionError("no card here")


def _home(window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


@pytest.fixture
def fake_window(qtbot, qapp: QApplication, translations) -> tuple[MainWindow, FakeBackend]:  # type: ignore[no-untyped-def]
    backend = FakeBackend()
    ctx = build_context(backend, RunMode.TEST, settings=Settings(None), drafts=MemoryDraftStore(),
                        rrn_cache=memory_cache())
    ctx.card.start()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    yield window, backend
    ctx.card.stop()
    ctx.tasks.shutdown()


@pytest.mark.parametrize(("event", "screen", "heading"), [
    (ServiceDown(), Screen.NO_SERVICE, "The card reader software is not running"),
    (ReadersChanged(()), Screen.NO_READER, "Connect a card reader"),
    (ReadersChanged((ReaderStatus("R", False, b"", False, False),)), Screen.INSERT,
     "Insert your eID card"),
    (ReadersChanged((ReaderStatus("R", True, b"", False, True),)), Screen.INVALID,
     "This card cannot be used"),
])
def test_each_state_has_its_screen(qtbot, fake_window, event, screen, heading) -> None:  # type: ignore[no-untyped-def]
    window, backend = fake_window
    backend.machine.feed(event)
    home = _home(window)
    qtbot.waitUntil(lambda: home.card_state.kind is screen)
    assert home.card_state.heading.text() == heading
    assert heading in window.windowTitle()
    assert home.card_state.body.text()


def test_no_reader_screen_offers_help(qtbot, fake_window) -> None:  # type: ignore[no-untyped-def]
    window, backend = fake_window
    backend.machine.feed(ServiceDown())
    home = _home(window)
    qtbot.waitUntil(lambda: home.card_state.kind is Screen.NO_SERVICE)
    home.card_state.action.click()
    assert window.current_key == "diagnostics"


def test_insert_greets_and_draws_the_road(qtbot, window: MainWindow,
                                         insert_inprocess: InsertInProcess) -> None:
    insert_inprocess("student")
    home = _home(window)
    qtbot.waitUntil(lambda: home.showing_road, timeout=10000)
    assert "Lotte" in home.greeting.text()
    assert home.road is not None
    assert any("Welcome, Lotte" in a for a in window.announcements)
    assert "Lotte" in window.top.status.text()


def test_removal_returns_to_insert_screen(qtbot, window: MainWindow,
                                        insert_inprocess: InsertInProcess) -> None:
    insert_inprocess("worker")
    home = _home(window)
    qtbot.waitUntil(lambda: home.showing_road, timeout=10000)
    window.show_my_eid()
    window.ctx.card.service.backend.remove()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: home.card_state.kind is Screen.INSERT)
    assert window.current_key == "home"
    assert not home.showing_road and home.road is None
    assert window.page("my_eid") is None  # the card's data left with the card
    assert "Card removed." in window.announcements


def test_tampered_card_gets_its_own_screen(qtbot, window: MainWindow,
                                          insert_inprocess: InsertInProcess) -> None:
    insert_inprocess("tampered")
    home = _home(window)
    qtbot.waitUntil(lambda: home.card_state.kind is Screen.UNVERIFIED, timeout=10000)
    wait_state(qtbot, window.ctx, State.CARD_READ)
    assert not home.showing_road
    home.card_state.action.click()
    assert window.current_key == "my_eid"


def test_greeting_by_time_of_day() -> None:
    assert greeting_text("Anna", 9) == "Good morning, Anna"
    assert greeting_text("Anna", 14) == "Good afternoon, Anna"
    assert greeting_text("Anna", 20) == "Good evening, Anna"
    assert greeting_text("", 9) == "Welcome"


def test_about_you_redraws_the_road(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                    insert_inprocess: InsertInProcess) -> None:
    from app.lifepath import Situation

    insert_inprocess("worker")
    home = _home(window)
    qtbot.waitUntil(lambda: home.showing_road, timeout=10000)
    before = window.ctx.road()
    home.about_you.toggle.click()
    assert home.about_you.boxes[Situation.EXPECTING_CHILD].isVisible()
    home.about_you.boxes[Situation.EXPECTING_CHILD].click()
    assert Situation.EXPECTING_CHILD in window.ctx.situations.current()
    after = window.ctx.road()
    assert before is not None and after is not None
    assert Situation.EXPECTING_CHILD in after.situations
    window.ctx.card.service.backend.remove()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.ctx.card.has_card())
    qtbot.waitUntil(lambda: not window.ctx.situations.current())  # forgotten with the card
