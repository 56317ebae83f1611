"""The Qt PIN provider: asked from the card thread, answered in the dialog, and never
leaving the card thread waiting when the program closes."""

from __future__ import annotations

import threading

import pytest

from app.cardreader.errors import PinCancelled
from app.cardreader.pin import PinPrompt, PinPurpose
from app.ui.pin_dialog import PinDialog
from app.ui.pin_provider import QtPinProvider

PROMPT = PinPrompt(PinPurpose.SIGNATURE, 3, "Reader")


def _ask(provider: QtPinProvider, outcome: list[object]) -> threading.Thread:
    def run() -> None:
        try:
            outcome.append(provider.request_pin(PROMPT))
        except PinCancelled as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_answered_in_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    provider = QtPinProvider(lambda: window)
    opened: list[PinDialog] = []
    provider.dialogOpened.connect(opened.append)
    outcome: list[object] = []
    thread = _ask(provider, outcome)
    qtbot.waitUntil(lambda: bool(opened))
    opened[0].pin.setText("1234")
    opened[0].ok.click()
    thread.join(5)
    assert outcome == [bytearray(b"1234")]


def test_shutdown_frees_a_waiting_card_thread(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    provider = QtPinProvider(lambda: window)
    opened: list[PinDialog] = []
    provider.dialogOpened.connect(opened.append)
    outcome: list[object] = []
    thread = _ask(provider, outcome)
    qtbot.waitUntil(lambda: bool(opened))
    provider.shutdown()
    thread.join(5)
    assert not thread.is_alive() and isinstance(outcome[0], PinCancelled)
    later: list[object] = []
    _ask(provider, later).join(5)  # after shutdown: refused at once, no dialog
    assert isinstance(later[0], PinCancelled) and len(opened) == 1


def test_never_on_the_gui_thread(qapp) -> None:  # type: ignore[no-untyped-def]
    provider = QtPinProvider(lambda: None)
    with pytest.raises(RuntimeError):
        provider.request_pin(PROMPT)
