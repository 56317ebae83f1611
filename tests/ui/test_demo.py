"""The demo: a persona's virtual card through pcscd + vpcd when present (in-process
otherwise), the persona picker, the embedded gateway, and a clean exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
import requests

from app.cardreader.backends import InProcessBackend, PcscBackend
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.ui.context import AppContext
from app.ui.demo import DemoSession
from app.ui.demo.gateway import EmbeddedGateway
from app.ui.demo.virtual_reader import PORT_ENV, READER_ENV, DemoReader
from app.ui.main_window import MainWindow
from app.ui.online.session import OnlineSession
from app.ui.pages.home import HomePage


def _home(window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


def test_in_process_reader_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(READER_ENV, "inprocess")
    reader = DemoReader.choose()
    assert isinstance(reader.backend, InProcessBackend) and not reader.through_pcsc


def test_persona_picker_inserts_and_removes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx: AppContext = window.ctx
    backend = ctx.card.service.backend
    assert isinstance(backend, InProcessBackend)
    session = DemoSession(ctx, window, DemoReader(backend), with_gateway=False)
    panel = session.panel
    assert not panel.remove.isEnabled()
    panel.personas.setCurrentIndex(panel.personas.findData("retiree"))
    assert "1234" in panel.info.text() or "PIN" in panel.info.text()
    panel.insert.click()
    qtbot.waitUntil(lambda: _home(window).showing_road, timeout=15000)
    assert "Gertrud" in _home(window).greeting.text()
    assert panel.remove.isEnabled()
    panel.personas.setCurrentIndex(panel.personas.findData("student"))
    panel.insert.click()  # swaps the card
    qtbot.waitUntil(lambda: "Lotte" in _home(window).greeting.text(), timeout=15000)
    panel.remove.click()
    qtbot.waitUntil(lambda: not ctx.card.has_card(), timeout=5000)
    qtbot.waitUntil(lambda: not panel.remove.isEnabled())
    session.stop()


@pytest.mark.pcsc
def test_virtual_card_goes_through_pcscd_when_present(
        qtbot, pcsc_stack: PrivatePcscd, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        pcsc_window: MainWindow) -> None:
    monkeypatch.setenv(READER_ENV, "vpcd")
    monkeypatch.setenv(PORT_ENV, str(pcsc_stack.port(0)))
    reader = DemoReader.choose()
    assert isinstance(reader.backend, PcscBackend) and reader.through_pcsc
    assert reader.reader_name.startswith("Virtual PCD 00 00")
    # The window's own PC/SC backend sees the card the demo reader puts in.
    ctx = pcsc_window.ctx
    reader.insert("worker")
    try:
        qtbot.waitUntil(lambda: ctx.card.last_read() is not None, timeout=15000)
        assert ctx.card.snapshot().reader == reader.reader_name
        assert ctx.card.last_read().identity.surname == "Dubois"  # type: ignore[union-attr]
    finally:
        reader.remove()
    qtbot.waitUntil(lambda: not ctx.card.has_card(), timeout=5000)


def test_embedded_gateway(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    backend = ctx.card.service.backend
    assert isinstance(backend, InProcessBackend)
    before = ctx.settings.gateway_url
    session = DemoSession(ctx, window, DemoReader(backend), with_gateway=True)
    gateway = session.gateway
    assert isinstance(gateway, EmbeddedGateway)
    try:
        with qtbot.waitSignal(gateway.ready, timeout=60000) as ready:
            pass
        url = ready.args[0]
        assert url.startswith("http://127.0.0.1:") and url != before
        assert requests.get(url + "/api/v1/health", timeout=5).ok
        # The demo's address is locked for the session, and its online session
        # keeps its outbox beside the demo gateway, not in the person's own.
        assert ctx.gateway_url == url and ctx.settings.is_locked("gateway_url")
        assert isinstance(ctx.services, OnlineSession)
        assert url in session.panel.info.text()
    finally:
        session.stop()
    assert ctx.services is None
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/api/v1/health", timeout=2)


@pytest.fixture
def demo_process(tmp_path) -> Iterator[subprocess.Popen[str]]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", READER_ENV: "inprocess",
           "CITIZEN_ASSISTANT_DEMO_PERSONA": "worker", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    process = subprocess.Popen([sys.executable, "-m", "app", "--demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_demo_program_starts_and_stops_on_sigterm(demo_process) -> None:  # type: ignore[no-untyped-def]
    assert demo_process.stdout is not None
    try:
        demo_process.wait(6)
        pytest.fail(f"the demo ended by itself: {demo_process.stdout.read()}")
    except subprocess.TimeoutExpired:
        pass
    demo_process.send_signal(signal.SIGTERM)
    assert demo_process.wait(20) == 0
    output = demo_process.stdout.read()
    assert "Traceback" not in output, output
