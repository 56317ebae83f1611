"""Help and diagnostics: the report (readers, libraries, gateway) and "Copy report"."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.ui.main_window import MainWindow
from app.ui.pages.diagnostics import DiagnosticsPage
from tests.ui.conftest import InsertInProcess


def test_report_and_copy(qtbot, window: MainWindow, insert_inprocess: InsertInProcess) -> None:  # type: ignore[no-untyped-def]
    insert_inprocess("worker")
    qtbot.waitUntil(lambda: window.ctx.card.last_read() is not None, timeout=10000)
    window.ctx.settings.gateway_url = "http://127.0.0.1:9"  # nothing listens there
    window.show_diagnostics()
    page = window.current_page()
    assert isinstance(page, DiagnosticsPage)
    qtbot.waitUntil(page.copy.isEnabled, timeout=15000)
    text = page.text.toPlainText()
    assert "Citizen Assistant" in text and "Libraries:" in text
    assert "Built-in virtual reader: 3b" in text  # the card's ATR, as the program sees it
    assert "Gateway http://127.0.0.1:9: NOT reachable" in text
    assert "85080317128" not in text and "Dubois" not in text  # no personal data
    assert "The gateway does not answer." in page.summary.text()
    page.copy.click()
    assert QGuiApplication.clipboard().text() == text
    assert window.announcements[-1].startswith("The report is copied")
