"""A program started with a card already in the reader greets from the startup
reader's read (app/cardreader/startup_read.py), through the private pcscd."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cardreader import reading
from app.cardreader.startup_read import StartupRead
from app.config import MODE_ENV, RunMode
from app.ui.application import Program
from app.ui.drafts import LazyDrafts, memory_drafts
from app.ui.pages.home import HomePage
from app.ui.settings import Settings
from tests.conftest import InsertCard

pytestmark = pytest.mark.pcsc


def test_card_in_the_reader_at_start_is_greeted_from_the_startup_read(
        qapp: QApplication, qtbot: QtBot, insert_card: InsertCard,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODE_ENV, RunMode.TEST.value)
    insert_card("retiree")
    startup = StartupRead.start(RunMode.TEST)
    assert startup is not None
    program = Program(qapp, demo=False, kiosk=False, settings=Settings(None),
                      drafts=LazyDrafts(memory_drafts), startup=startup)
    reads: list[int] = []
    real_read_card = reading.read_card

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(1)
        return real_read_card(*args, **kwargs)  # type: ignore[arg-type]

    # The service looks read_card up when it reads (its first read loads it).
    monkeypatch.setattr(reading, "read_card", counted)
    try:
        program.start()
        home = program.window.page("home")
        assert isinstance(home, HomePage)
        qtbot.waitUntil(lambda: home.showing_road, timeout=15000)
        greeting = program.ctx.card.last_greeting()
        assert greeting is not None and greeting.verified
        assert greeting.identity.first_names == "Gertrud Maria"
        qtbot.waitUntil(lambda: program.ctx.card.last_read() is not None, timeout=15000)
        data = program.ctx.card.last_read()
        assert data is not None and data.verified
        assert reads == []  # the card thread never read the card itself
    finally:
        program.stop()
        program.window.close()
