"""GUI test fixtures: headless Qt, a context with the in-process card or through pcscd.

QT_QPA_PLATFORM is set before anything imports Qt. Translations are built
from the .ts sources into a temporary folder once per session, so the tests
check the catalogs as they are, whether or not `make translations` ran.

Fixtures:
  ui_context       AppContext with the in-process reader (fast; unit tests)
  pcsc_ui_context  AppContext through the private pcscd (with `insert_card`)
  window           MainWindow over `ui_context`
  pcsc_window      MainWindow over `pcsc_ui_context`
  insert_inprocess insert_inprocess("worker") puts a persona's card in the
                   in-process reader
  answer_pin       answer_pin(ctx, "1234") fills every PIN dialog that opens
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.cardreader.backends import InProcessBackend, PcscBackend, ReaderBackend
from app.cardreader.pin import PinPrompt
from app.cardreader.rrn_cache import memory_cache
from app.cardreader.states import State
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.personas import Persona
from app.config import RunMode
from app.forms.drafts import MemoryDraftStore
from app.lifepath import default_catalog
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from app.ui.pin_dialog import PinDialog
from app.ui.pin_provider import QtPinProvider
from app.ui.settings import Settings
from app.ui.wiring import build_context

TODAY = date(2025, 11, 26)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def checked_catalog() -> None:
    """The catalog as a program has it from its second start on: checked once and
    kept (app/lifepath/catalog_cache.py). A test that times the GUI thread times a
    card, not the check that the first start after an update makes."""
    default_catalog()


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every catalog built from its .ts source (pyside6-lrelease)."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
                       check=True)
    return out


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    loaded = Translations(qm_dir)
    loaded.switch("en")
    yield loaded
    loaded.switch("en")


def _context(backend: ReaderBackend) -> AppContext:
    settings = Settings(None)
    return build_context(backend, RunMode.TEST, settings=settings, drafts=MemoryDraftStore(),
                         rrn_cache=memory_cache(), clock=lambda: TODAY)


@pytest.fixture
def ui_context(qapp: QApplication, translations: Translations) -> Iterator[AppContext]:
    theme.apply(qapp, False, 100)
    ctx = _context(InProcessBackend())
    ctx.settings.languageChanged.connect(translations.switch)
    ctx.card.start()
    yield ctx
    _stop(ctx)


@pytest.fixture
def pcsc_ui_context(qapp: QApplication, translations: Translations,
                    pcsc_stack: PrivatePcscd) -> Iterator[AppContext]:
    theme.apply(qapp, False, 100)
    ctx = _context(PcscBackend())
    ctx.settings.languageChanged.connect(translations.switch)
    ctx.card.start()
    yield ctx
    _stop(ctx)


def _stop(ctx: AppContext) -> None:
    """Free a card thread still waiting for a PIN (a failed test), then stop."""
    provider = ctx.pin_provider
    if isinstance(provider, QtPinProvider):
        provider.shutdown()
    ctx.card.stop()
    ctx.tasks.shutdown()


def _window(qtbot: object, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window


@pytest.fixture
def window(qtbot: object, ui_context: AppContext) -> MainWindow:
    return _window(qtbot, ui_context)


@pytest.fixture
def pcsc_window(qtbot: object, pcsc_ui_context: AppContext) -> MainWindow:
    return _window(qtbot, pcsc_ui_context)


InsertInProcess = Callable[[str], None]


@pytest.fixture
def insert_inprocess(ui_context: AppContext,
                     card_image: Callable[[str | Persona], CardImage]) -> InsertInProcess:
    backend = ui_context.card.service.backend
    assert isinstance(backend, InProcessBackend)

    def insert(persona: str) -> None:
        backend.insert(VirtualCard(card_image(persona)))

    return insert


def wait_state(qtbot: object, ctx: AppContext, state: State, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: ctx.card.state() is state, timeout=timeout)  # type: ignore[attr-defined]


def wait_read(qtbot: object, ctx: AppContext, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: ctx.card.last_read() is not None,  # type: ignore[attr-defined]
                    timeout=timeout)


@dataclass(frozen=True)
class SeenPin:
    """What a PIN dialog showed (the dialog itself is deleted once answered)."""

    prompt: PinPrompt
    tries_text: str
    asks_twice: bool


AnswerPin = Callable[[AppContext, str], list[SeenPin]]


@pytest.fixture
def answer_pin() -> AnswerPin:
    """answer_pin(ctx, "1234"): every PIN dialog that opens from now on is filled and
    accepted (or cancelled, with pin=""), replacing an earlier answer_pin."""

    installed: dict[int, Callable[[PinDialog], None]] = {}

    def install(ctx: AppContext, pin: str) -> list[SeenPin]:
        provider = ctx.pin_provider
        assert isinstance(provider, QtPinProvider)
        earlier = installed.pop(id(provider), None)
        if earlier is not None:
            provider.dialogOpened.disconnect(earlier)
        seen: list[SeenPin] = []

        def fill(dialog: PinDialog) -> None:
            seen.append(SeenPin(dialog.prompt, dialog.tries.text(),
                                dialog.repeat.isVisibleTo(dialog)))
            if not pin:
                dialog.reject()
                return
            dialog.pin.setText(pin)
            dialog.repeat.setText(pin)
            dialog.ok.click()

        provider.dialogOpened.connect(fill)
        installed[id(provider)] = fill
        return seen

    return install
