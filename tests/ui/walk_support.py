"""What the walk tests share: a real gateway process, a person's PIN hand, a
watchdog on the GUI thread, and the way through the window to a form."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.cardreader.pin import PinPurpose
from app.ui.context import AppContext
from app.ui.forms.page import FormPage
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from app.ui.pages.service import ServicePage
from app.ui.pages.station import StationPage
from app.ui.pin_dialog import PinDialog
from app.ui.pin_provider import QtPinProvider
from app.ui.road import RoadPage
from tests.gateway.conftest import RunningGateway, start_gateway
from tests.ui.pages_support import fill_page


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def gateway_on(folder: Path, port: int) -> RunningGateway:
    """A gateway process on SQLite in `folder`, at a fixed port (so it can come back)."""
    return start_gateway(f"sqlite:///{folder / 'gateway.sqlite3'}", folder, "--port", str(port))


@dataclass
class PinHand:
    """Answers PIN dialogs as a person would: `pins` in turn (the last one repeats);
    `on_signature` runs when the signature PIN is asked (to pull the card)."""

    pins: list[str]
    seen: list[PinPurpose] = field(default_factory=list)
    tries_shown: list[str] = field(default_factory=list)
    on_signature: Callable[[], None] | None = None

    def install(self, ctx: AppContext) -> None:
        provider = ctx.pin_provider
        assert isinstance(provider, QtPinProvider)
        # A lambda, which Qt keeps alive with the connection (a bound method of a
        # plain object would be held weakly and could vanish with `self`).
        provider.dialogOpened.connect(lambda dialog: self._fill(dialog))

    def _fill(self, dialog: PinDialog) -> None:
        self.seen.append(dialog.prompt.purpose)
        self.tries_shown.append(dialog.tries.text())
        if dialog.prompt.purpose is PinPurpose.SIGNATURE and self.on_signature is not None:
            action, self.on_signature = self.on_signature, None
            action()
        pin = self.pins.pop(0) if len(self.pins) > 1 else self.pins[0]
        dialog.pin.setText(pin)
        dialog.ok.click()


def wait_for_road(qtbot: QtBot, window: MainWindow, timeout: int = 20000) -> RoadPage:
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.showing_road and isinstance(home.road, RoadPage),
                    timeout=timeout)
    assert isinstance(home.road, RoadPage)
    return home.road


def open_form_from_road(qtbot: QtBot, window: MainWindow, station: str, service: str,
                        ) -> FormPage:
    """Road -> station (keyboard) -> service -> Start, as a person walks it."""
    road = wait_for_road(qtbot, window)
    button = road.canvas.button(station)
    button.setFocus()
    from PySide6.QtCore import Qt

    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.current_key == f"station:{station}"
    station_page = window.current_page()
    assert isinstance(station_page, StationPage)
    station_page.service_links[service].click()
    service_page = window.current_page()
    assert isinstance(service_page, ServicePage) and service_page.start is not None
    service_page.start.click()
    form = window.current_page()
    assert isinstance(form, FormPage)
    return form


def answer_until_summary(form: FormPage, answers: dict[str, object], limit: int = 40) -> None:
    for _ in range(limit):
        if form.currentWidget() is form.check_page:
            return
        page = form.question_page
        fill_page(page, answers)
        assert page.continue_button is not None
        page.continue_button.click()
        assert page.view is not None and not page.view.problems, page.view.problems
    raise AssertionError("never reached Check your answers")
