"""Accessibility of the shell: names, descriptions, Tab order, visible focus,
contrast in both themes, and status changes announced."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.cardreader.pin import PinPrompt, PinPurpose
from app.ui import theme
from app.ui.kiosk import TimeoutWarning
from app.ui.main_window import MainWindow
from app.ui.pin_dialog import PinDialog
from app.ui.theme import HIGH_CONTRAST, LIGHT, contrast
from tests.ui.a11y_checks import (
    controls,
    focus_chain,
    focus_visible,
    reading_order,
    unnamed_controls,
)
from tests.ui.conftest import InsertInProcess

SHELL_PAGES = ("home", "my_eid", "settings", "diagnostics", "cases", "inbox")


def _visit(window: MainWindow, key: str) -> QWidget:
    window._rail_chosen(key)
    QApplication.processEvents()
    page = window.current_page()
    assert page is not None
    return page


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_control_is_named_and_described(qtbot, window: MainWindow,
                                              insert_inprocess: InsertInProcess,
                                              language: str) -> None:
    window.ctx.settings.language = language
    problems = unnamed_controls(window)  # the start screen, no card
    insert_inprocess("parent")
    qtbot.waitUntil(lambda: window.ctx.card.last_read() is not None, timeout=10000)
    for key in SHELL_PAGES:
        _visit(window, key)
        problems += unnamed_controls(window)
    assert not problems, "\n".join(sorted(set(problems)))


def test_dialogs_are_named_and_described(qtbot, window: MainWindow) -> None:
    for dialog in (PinDialog(PinPrompt(PinPurpose.SIGNATURE, 3, "Reader"), window),
                   PinDialog(PinPrompt(PinPurpose.CHANGE_NEW, 1, "Reader"), window),
                   TimeoutWarning(30, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not unnamed_controls(dialog)
        dialog.close()


def test_tab_order_follows_the_page(qtbot, window: MainWindow,
                                    insert_inprocess: InsertInProcess) -> None:
    insert_inprocess("worker")
    qtbot.waitUntil(lambda: window.ctx.card.last_read() is not None, timeout=10000)
    for key in ("home", "my_eid", "settings", "diagnostics"):
        page = _visit(window, key)
        chain = focus_chain(window)
        missing = [w for w in controls(window) if w not in chain]
        assert not missing, f"{key}: Tab never reaches {missing}"
        top, rail = window.top, window.rail
        order = [0 if top.isAncestorOf(w) else 1 if rail.isAncestorOf(w) else
                 2 if page.isAncestorOf(w) else 3 for w in chain]
        assert order == sorted(order), f"{key}: Tab jumps between regions: {order}"
        problems = [] if key == "home" else reading_order(chain, page)
        assert not problems, f"{key}: " + "\n".join(problems)


def test_focus_is_visible_on_every_kind_of_control(qtbot, window: MainWindow) -> None:
    window.show_settings()
    settings = window.current_page()
    window.show_diagnostics()
    diagnostics = window.current_page()
    samples = {
        "settings": [window.rail.buttons["home"], window.rail.buttons["settings"],
                     window.top.language, settings.contrast, settings.text_size,  # type: ignore[union-attr]
                     settings.gateway, settings.save_gateway],  # type: ignore[union-attr]
        "diagnostics": [diagnostics.copy, diagnostics.text],  # type: ignore[union-attr]
    }
    app = QApplication.instance()
    for high in (False, True):
        theme.apply(app, high, 100)  # type: ignore[arg-type]
        for key, widgets in samples.items():
            window._rail_chosen(key)
            window.activateWindow()  # a new style sheet may take the activation away
            qtbot.waitActive(window)
            for widget in widgets:
                assert focus_visible(widget), f"focus hardly visible on {widget} (high={high})"
    theme.apply(app, False, 100)  # type: ignore[arg-type]


@pytest.mark.parametrize("chosen", [LIGHT, HIGH_CONTRAST], ids=lambda t: t.name)
def test_contrast(chosen: theme.Theme) -> None:
    low_text = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in chosen.text_pairs()
                if contrast(fg, bg) < 4.5]
    low_ui = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in chosen.ui_pairs()
              if contrast(fg, bg) < 3.0]
    assert not low_text, f"text below 4.5:1: {low_text}"
    assert not low_ui, f"borders below 3:1: {low_ui}"


def test_style_sheet_uses_only_theme_colours() -> None:
    import re

    for chosen in (LIGHT, HIGH_CONTRAST):
        sheet = theme.style_sheet(chosen, 100)
        used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", sheet)}
        assert used <= {c.lower() for c in theme.colour_fields(chosen).values()}


def test_status_changes_are_announced(qtbot, window: MainWindow,
                                      insert_inprocess: InsertInProcess) -> None:
    insert_inprocess("student")
    qtbot.waitUntil(lambda: any("Welcome, Lotte" in a for a in window.announcements),
                    timeout=10000)
    assert "Card inserted. Reading the card." in window.announcements
    window.ctx.card.service.backend.remove()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Card removed." in window.announcements)
    assert window.status_text.text() == "Card removed."
