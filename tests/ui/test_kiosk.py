"""Kiosk mode: the session is wiped when the card leaves or after inactivity (with a
warning and more time first), nothing reaches the disk, "Call staff" is always there."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.cardreader.backends import InProcessBackend
from app.cardreader.rrn_cache import RrnCertificateCache
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.card_image import CardImage
from app.config import RunMode
from app.forms.drafts import Draft, MemoryDraftStore
from app.forms.state import FlowState
from app.lifepath import Situation
from app.ui.i18n import Translations
from app.ui.kiosk import KioskSession
from app.ui.main_window import MainWindow
from app.ui.pages.card_state import Screen
from app.ui.pages.home import HomePage
from app.ui.settings import Settings
from app.ui.wiring import build_context

Kiosk = tuple[KioskSession, Callable[[str], None]]


@pytest.fixture
def kiosk(qtbot, qapp: QApplication, translations: Translations,  # type: ignore[no-untyped-def]
          card_image: Callable[[str], CardImage]) -> Iterator[Kiosk]:
    settings = Settings(None, values={"kiosk_idle_seconds": 3, "kiosk_warning_seconds": 2})
    backend = InProcessBackend()
    ctx = build_context(backend, RunMode.TEST, kiosk=True, settings=settings)
    ctx.card.start()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    session = KioskSession(ctx, window)
    yield session, lambda persona: backend.insert(VirtualCard(card_image(persona)))
    window.allow_close = True
    ctx.card.stop()
    ctx.tasks.shutdown()


def _home(window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


def test_kiosk_keeps_nothing_on_disk(kiosk) -> None:  # type: ignore[no-untyped-def]
    session, _ = kiosk
    assert isinstance(session.ctx.drafts.store, MemoryDraftStore)  # type: ignore[attr-defined]
    assert session.ctx.settings._path is None
    cache = session.ctx.card.service.rrn_cache
    assert isinstance(cache, RrnCertificateCache) and cache._directory is None
    assert session.window.top.call_staff.isVisible()


def test_card_removal_wipes_the_session(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    session, insert = kiosk
    ctx, window = session.ctx, session.window
    insert("parent")
    qtbot.waitUntil(lambda: _home(window).showing_road, timeout=10000)
    ctx.drafts.save("owner", Draft.now(FlowState(form_id="ehic", form_version=1,
                                                 position="start")))
    ctx.situations.set(Situation.HAS_CHILDREN, True)
    QGuiApplication.clipboard().setText("85080317128")
    window.show_my_eid()
    ended: list[str] = []
    session.sessionEnded.connect(ended.append)
    ctx.card.service.backend.remove()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ended == ["card-removed"])
    assert ctx.drafts.drafts("owner") == []
    assert not ctx.situations.current()
    assert QGuiApplication.clipboard().text() == ""
    assert window.current_key == "home" and list(window._pages) == ["home"]
    assert _home(window).card_state.kind is Screen.INSERT
    assert window.announcements[-1].startswith("The session has ended")


def test_inactivity_warns_then_ends(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    session, insert = kiosk
    ctx, window = session.ctx, session.window
    insert("worker")
    qtbot.waitUntil(lambda: _home(window).showing_road, timeout=10000)
    qtbot.waitUntil(lambda: session.warning is not None, timeout=4000)
    assert "session ends in" in session.warning.body.text()
    session.warning.more.click()  # more time
    assert session.warning is None
    ended: list[str] = []
    session.sessionEnded.connect(ended.append)
    qtbot.waitUntil(lambda: session.warning is not None, timeout=4000)
    qtbot.waitUntil(lambda: ended == ["inactivity"], timeout=5000)
    # The card is still in: its data stays hidden until it is taken out.
    assert _home(window).card_state.kind is Screen.TAKE_CARD
    assert not _home(window).showing_road
    assert "Mathieu" not in window.top.status.text()
    ctx.card.service.backend.remove()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _home(window).card_state.kind is Screen.INSERT)


def test_call_staff_and_no_way_out(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    session, _ = kiosk
    called: list[bool] = []
    session.staffCalled.connect(lambda: called.append(True))
    session.window.top.call_staff.click()
    assert called and "staff" in session.window.announcements[-1]
    event = QCloseEvent()
    session.window.closeEvent(event)
    assert not event.isAccepted()
