"""`make screenshots`: PNGs of every main screen in every language.

    xvfb-run -a python scripts/screenshots.py docs/screenshots

Runs the real program (demo mode, the built-in reader, the embedded gateway)
in a real window on the X server Xvfb provides, and captures the window from
the screen, as a person would see it: docs/screenshots/<lang>/<nn>-<screen>.png.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["CITIZEN_ASSISTANT_DEMO_READER"] = "inprocess"

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog

from app.cardreader.pin import PinPrompt, PinPurpose
from app.cardreader.virtual.personas import persona_by_name
from app.forms import load_example
from app.forms.drafts import MemoryDraftStore
from app.text import LANGUAGES
from app.ui.application import Program
from app.ui.forms.page import FormPage
from app.ui.main_window import MainWindow
from app.ui.pin_dialog import PinDialog
from app.ui.pin_provider import QtPinProvider
from app.ui.settings import Settings

PERSONA = "parent"  # Thomas, 38: a family, a card expiring soon
STATION = "living"
SERVICE = "change-of-address"
FORM = "change-of-address"
SIZE = (1280, 860)


def settle(ms: int = 300) -> None:
    """Let Qt run (paint, deliver queued results) for `ms` milliseconds."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the program did not get there in time")
        settle(50)


def capture(window: MainWindow, path: Path, dialog: QDialog | None = None) -> None:
    settle(400)
    screen = window.screen()
    if dialog is not None:
        # The whole screen area of the window, dialog included.
        geometry = window.frameGeometry()
        image = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                  geometry.height())
    else:
        image = screen.grabWindow(window.winId())
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path, file=sys.stderr)


def log_in(dialog: PinDialog) -> None:
    """The demo person answers the PIN dialog: to log in and to sign."""
    if dialog.prompt.purpose in (PinPurpose.AUTHENTICATION, PinPurpose.SIGNATURE):
        dialog.pin.setText(persona_by_name(PERSONA).pin)
        dialog.ok.click()


def send_form(window: MainWindow, folder: Path) -> None:
    """Fill the form with its example answers as a person would, show the check
    page, sign and send, and show the confirmation: so that My cases has a case."""
    # The same "type it as a person would" helper the GUI walk tests use.
    from tests.ui.pages_support import fill_page

    form = window.current_page()
    assert isinstance(form, FormPage)
    answers = load_example(FORM)
    for _ in range(40):
        if form.currentWidget() is form.check_page:
            break
        page = form.question_page
        fill_page(page, answers)
        assert page.continue_button is not None
        page.continue_button.click()
        settle(100)
    capture(window, folder / "06-check-answers.png")
    assert form.check_page.submit is not None
    form.check_page.submit.click()
    wait_for(lambda: form.currentWidget() is form.confirmation_page, timeout=90)
    capture(window, folder / "07-confirmation.png")


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    app = QApplication(["citizen-assistant"])
    if app.platformName() != "xcb":
        print("screenshots need a real X display: run under xvfb-run", file=sys.stderr)
        return 2
    program = Program(app, demo=True, kiosk=False, settings=Settings(None),
                      drafts=MemoryDraftStore())
    provider = program.ctx.pin_provider
    assert isinstance(provider, QtPinProvider)
    provider.dialogOpened.connect(log_in)
    window = program.window
    window.resize(*SIZE)
    window.move(0, 0)
    program.start()
    demo = program.demo
    assert demo is not None
    try:
        if demo.gateway is not None:
            wait_for(lambda: demo.gateway is not None and demo.gateway.url is not None)
        for language in LANGUAGES:
            program.settings.language = language
            folder = out / language
            window.show_home()
            settle()
            capture(window, folder / "01-insert-card.png")
            demo.panel.personas.setCurrentIndex(demo.panel.personas.findData(PERSONA))
            demo.panel.insert_card()
            wait_for(lambda: program.ctx.card.last_read() is not None)
            window.show_home()
            capture(window, folder / "02-road.png")
            window.show_station(STATION)
            capture(window, folder / "03-station.png")
            window.show_service(SERVICE)
            capture(window, folder / "04-service.png")
            window.start_form(FORM)
            capture(window, folder / "05-form.png")
            send_form(window, folder)
            window.show_cases()
            cases = window.current_page()
            wait_for(lambda page=cases: bool(getattr(page, "case_links", None)), timeout=30)
            capture(window, folder / "08-my-cases.png")
            window.show_inbox()
            capture(window, folder / "09-inbox.png")
            window.show_my_eid()
            capture(window, folder / "10-my-eid.png")
            dialog = PinDialog(PinPrompt(PinPurpose.SIGNATURE, 3, demo.reader.reader_name),
                               window)
            dialog.open()
            capture(window, folder / "11-pin.png", dialog)
            dialog.reject()
            window.show_settings()
            capture(window, folder / "12-settings.png")
            window.show_diagnostics()
            wait_for(lambda: window.current_page().copy.isEnabled())  # type: ignore[union-attr]
            capture(window, folder / "13-help.png")
            program.settings.high_contrast = True
            window.show_home()
            capture(window, folder / "14-road-high-contrast.png")
            program.settings.high_contrast = False
            demo.panel.remove_card()
            wait_for(lambda: not program.ctx.card.has_card())
    finally:
        program.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
