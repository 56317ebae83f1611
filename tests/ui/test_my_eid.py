"""My eID through a real pcscd: the card's data and checks, PIN test and change with
the PIN dialog, and .eid files opened as unverified."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cardreader.eidfile import save_eid
from app.cardreader.pin import PinPurpose
from app.ui.main_window import MainWindow
from app.ui.pages.my_eid import MyEidPage
from tests.ui.conftest import AnswerPin, wait_read

pytestmark = pytest.mark.pcsc


def _page(window: MainWindow) -> MyEidPage:
    window.show_my_eid()
    page = window.current_page()
    assert isinstance(page, MyEidPage)
    return page


def _labels(page: MyEidPage) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_card_data_and_checks(qtbot, pcsc_window: MainWindow, insert_card) -> None:  # type: ignore[no-untyped-def]
    insert_card("worker")
    wait_read(qtbot, pcsc_window.ctx)
    page = _page(pcsc_window)
    text = _labels(page)
    for expected in ("Dubois", "Mathieu Pierre", "3 August 1985", "Rue Saint-Gilles 58",
                     "4000 Liège", "12 June 2029", "✓ Yes"):
        assert expected in text
    assert "✗ No" not in text
    assert not page.banner.isVisible()


def test_pin_test_right_wrong_and_cancelled(qtbot, pcsc_window: MainWindow, insert_card,  # type: ignore[no-untyped-def]
                                           answer_pin: AnswerPin) -> None:
    insert_card("worker")
    wait_read(qtbot, pcsc_window.ctx)
    page = _page(pcsc_window)
    seen = answer_pin(pcsc_window.ctx, "1234")
    page.test_pin.click()
    qtbot.waitUntil(lambda: page.result.text() == "Your PIN is correct.", timeout=10000)
    assert seen[0].prompt.purpose is PinPurpose.TEST
    assert "3 tries left" in seen[0].tries_text
    assert "Your PIN is correct." in pcsc_window.announcements

    answer_pin(pcsc_window.ctx, "9999")
    page.test_pin.click()
    qtbot.waitUntil(lambda: page.result.text() == "Wrong PIN. You have 2 tries left.",
                    timeout=10000)

    answer_pin(pcsc_window.ctx, "")
    page.test_pin.click()
    qtbot.waitUntil(lambda: page.result.text() == "Nothing was done.", timeout=10000)
    assert page.test_pin.isEnabled()


def test_pin_change(qtbot, pcsc_window: MainWindow, insert_card,  # type: ignore[no-untyped-def]
                    answer_pin: AnswerPin) -> None:
    insert_card("student")
    wait_read(qtbot, pcsc_window.ctx)
    page = _page(pcsc_window)
    seen = answer_pin(pcsc_window.ctx, "1234")
    page.change_pin.click()
    qtbot.waitUntil(lambda: page.result.text() == "Your PIN has been changed.", timeout=10000)
    assert [d.prompt.purpose for d in seen] == [PinPurpose.CHANGE_OLD, PinPurpose.CHANGE_NEW]
    assert seen[1].asks_twice and not seen[0].asks_twice


def test_pin_dialog_checks_what_is_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from app.cardreader.pin import PinPrompt
    from app.ui.pin_dialog import PinDialog

    dialog = PinDialog(PinPrompt(PinPurpose.CHANGE_NEW, 1, "Reader"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tries.objectName() == "warning" and "last try" in dialog.tries.text()
    dialog.pin.setText("12")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.problem.text() == "A PIN has 4 to 12 digits."
    dialog.pin.setText("123456")
    dialog.repeat.setText("654321")
    dialog.ok.click()
    assert dialog.isVisible() and "not the same" in dialog.problem.text()
    dialog.repeat.setText("123456")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert dialog.take_pin() == bytearray(b"123456")
    assert dialog.pin.text() == ""


def test_eid_file_is_shown_as_unverified(qtbot, pcsc_window: MainWindow, insert_card,  # type: ignore[no-untyped-def]
                                        tmp_path: Path) -> None:
    bridge = insert_card("noble")
    wait_read(qtbot, pcsc_window.ctx)
    data = pcsc_window.ctx.card.last_read()
    assert data is not None
    save_eid(data, tmp_path / "card.eid")
    page = _page(pcsc_window)
    assert not page.banner.isVisible()
    bridge.remove()
    qtbot.waitUntil(lambda: pcsc_window.current_key == "home")  # the card's data left
    page = _page(pcsc_window)
    assert page.data() is None and not page.test_pin.isEnabled()
    page.open_file(tmp_path / "card.eid")
    qtbot.waitUntil(lambda: page.data() is not None, timeout=5000)
    assert page.banner.isVisible() and "card.eid" in page.banner.text()
    assert "nothing in it was verified" in page.banner.text()
    assert not page.test_pin.isEnabled() and page.print.isEnabled()
