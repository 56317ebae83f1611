"""The desktop program: `citizen-assistant [--demo] [--kiosk]`.

Builds the application in this order, so the window appears quickly and the
card is followed from the first moment: Qt and the settings, the language and
theme, the context with its card service, which starts at once, then the
window (whose modules are only loaded now, while the card thread talks to the
card) and (in a demo) the virtual card and the embedded gateway. The garbage
collector is paused meanwhile (collector.py).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app.config import RunMode, run_mode
from app.ui import collector, theme
from app.ui.i18n import Translations
from app.ui.settings import Settings

if TYPE_CHECKING:
    from app.cardreader.backends import ReaderBackend
    from app.cardreader.startup_read import StartupRead
    from app.forms.drafts import DraftStore
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Demo: insert this persona's card at start (tests, screenshots, the benchmark).
DEMO_PERSONA_ENV = "CITIZEN_ASSISTANT_DEMO_PERSONA"
# When the card thread loads the card checks after the start (ms).
WARM_UP_MS = 1000


class Program:
    """Everything one run owns, so that tests and the benchmark can build it too."""

    def __init__(self, app: QApplication, *, demo: bool, kiosk: bool,
                 backend: ReaderBackend | None = None, settings: Settings | None = None,
                 drafts: DraftStore | None = None, with_gateway: bool = True,
                 startup: StartupRead | None = None) -> None:
        """`startup`: the startup reader begun before Qt (core_first.py), used when
        the cards come through PC/SC; it is closed either way."""
        collector.pause()
        self.app = app
        mode = run_mode(demo)
        self.settings = settings if settings is not None else Settings.load(persist=not kiosk)
        self.translations = Translations()
        self.translations.switch(self.settings.language)
        self.settings.languageChanged.connect(self.translations.switch)
        self._apply_theme()
        self.settings.appearanceChanged.connect(self._apply_theme)

        self.demo_reader = None
        if backend is None:
            if mode is RunMode.DEMO:
                from app.ui.demo.virtual_reader import DemoReader

                self.demo_reader = DemoReader.choose()
                backend = self.demo_reader.backend
                log.info("demo: the virtual card goes %s", (
                    f"through pcscd, into {self.demo_reader.reader_name}"
                    if self.demo_reader.through_pcsc else "into the built-in reader"))
            else:
                from app.cardreader.backends import PcscBackend

                backend = PcscBackend()
        if startup is not None:
            from app.cardreader.backends import PcscBackend

            if not isinstance(backend, PcscBackend):
                startup.close()  # it read through pcscd: no use to another backend
                startup = None
        from app.ui.card_wiring import follow_card

        # Follow the card before the window's modules are even loaded: a card
        # already in the reader is read while they load and the window is built
        # (the card thread mostly waits on the reader meanwhile). Its events
        # wait, queued, for the event loop, and the window draws the state they
        # leave.
        card = follow_card(backend, mode, kiosk=kiosk, reader=self.settings.reader,
                           startup=startup)
        card.start()
        from app.ui.wiring import build_context

        self.ctx: AppContext = build_context(backend, mode, kiosk=kiosk, settings=self.settings,
                                             drafts=drafts, card=card)
        from app.ui.main_window import MainWindow

        self.window: MainWindow = MainWindow(self.ctx)
        self.demo = None
        if self.demo_reader is not None:
            from app.ui.demo import DemoSession

            self.demo = DemoSession(self.ctx, self.window, self.demo_reader,
                                    with_gateway=with_gateway)
        self.kiosk = None
        if kiosk:
            from app.ui.kiosk import KioskSession

            self.kiosk = KioskSession(self.ctx, self.window)

    def _apply_theme(self) -> None:
        theme.apply(self.app, self.settings.high_contrast, self.settings.text_scale)

    def start(self) -> None:
        # The first screen is up by then, and the road of a card already in the
        # reader too (the benchmark says how long that takes).
        QTimer.singleShot(collector.PAUSE_MS, collector.resume)
        # Once the first screen is up, the card thread loads what reading a
        # card itself takes, so that the next card greets as fast as this one.
        QTimer.singleShot(WARM_UP_MS, self.ctx.card.service.warm_up)
        # What the card service said while the window was being built (often the
        # greeting, from the startup reader) is taken in now, so the first frame
        # already shows it instead of a screen that is replaced at once.
        QCoreApplication.sendPostedEvents(self.ctx.card)
        if self.kiosk is not None:
            self.window.showFullScreen()
        else:
            self.window.show()
        persona = os.environ.get(DEMO_PERSONA_ENV)
        if self.demo is not None and persona:
            self.demo.panel.personas.setCurrentIndex(
                max(0, self.demo.panel.personas.findData(persona)))
            self.demo.panel.insert_card()

    def stop(self) -> None:
        from app.ui.pin_provider import QtPinProvider

        collector.resume()
        if self.demo is not None:
            self.demo.stop()
        if isinstance(self.ctx.pin_provider, QtPinProvider):
            self.ctx.pin_provider.shutdown()  # frees a card thread waiting for a PIN
        self.ctx.card.stop()
        self.ctx.tasks.shutdown()


def _quit_on_signals(app: QApplication) -> QTimer:
    """SIGINT/SIGTERM end the program cleanly (the demo script stops us this way).

    Python runs signal handlers only between bytecodes; a timer gives it that
    chance while Qt's event loop runs in C++.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(*, demo: bool = False, kiosk: bool = False,
            argv: Sequence[str] | None = None, startup: StartupRead | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Citizen Assistant")
    app.setOrganizationName("citizen-assistant")
    app.setDesktopFileName("citizen-assistant")
    program = Program(app, demo=demo, kiosk=kiosk, startup=startup)
    keep = _quit_on_signals(app)
    program.start()
    try:
        return app.exec()
    finally:
        keep.stop()
        program.stop()
