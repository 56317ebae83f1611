"""Settings: declared once with defaults, saved, migrated, locked by an administrator;
the Settings page changes them live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.pages.settings_page import SettingsPage
from app.ui.settings import SETTINGS_VERSION, LockedSetting, Settings


def test_defaults_and_saving(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path=path, admin=tmp_path / "none.json")
    assert (settings.language, settings.text_scale, settings.high_contrast) == ("en", 100, False)
    assert settings.reader is None
    settings.language = "de"
    settings.text_scale = 150
    saved = json.loads(path.read_text())
    assert saved == {"version": SETTINGS_VERSION,
                     "values": {"language": "de", "text_scale": 150}}
    again = Settings.load(path=path, admin=tmp_path / "none.json")
    assert (again.language, again.text_scale) == ("de", 150)


def test_bad_values_are_refused_and_bad_files_ignored(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 2, "values": {"language": "xx", "text_scale": "big", '
                    '"high_contrast": true}}')
    settings = Settings.load(path=path, admin=tmp_path / "none.json")
    assert (settings.language, settings.text_scale, settings.high_contrast) == ("en", 100, True)
    with pytest.raises(ValueError):
        settings.text_scale = 130
    (tmp_path / "broken.json").write_text("{not json")
    assert Settings.load(path=tmp_path / "broken.json", admin=path).language == "en"


def test_migration_from_version_1(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"values": {"language": "fr", "text_factor": 1.5}}')
    settings = Settings.load(path=path, admin=tmp_path / "none.json")
    assert (settings.language, settings.text_scale) == ("fr", 150)


def test_administrator_locks(tmp_path: Path, qapp: QApplication) -> None:
    admin = tmp_path / "admin.json"
    admin.write_text('{"locked": {"language": "nl", "gateway_url": "https://gw.example.be"}}')
    settings = Settings.load(path=tmp_path / "settings.json", admin=admin)
    assert settings.language == "nl" and settings.is_locked("language")
    with pytest.raises(LockedSetting):
        settings.language = "fr"
    assert settings.gateway_url == "https://gw.example.be"
    assert not (tmp_path / "settings.json").exists()


def test_kiosk_settings_never_touch_the_disk(tmp_path: Path, qapp: QApplication,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings = Settings.load(persist=False, admin=tmp_path / "none.json")
    settings.language = "de"
    assert list(tmp_path.iterdir()) == []


def test_settings_page_applies_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_settings()
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    settings = window.ctx.settings
    appearance: list[bool] = []
    settings.appearanceChanged.connect(lambda: appearance.append(True))
    page.contrast.click()
    assert settings.high_contrast and appearance
    page.text_size.setCurrentIndex(page.text_size.findData(200))
    page.text_size.activated.emit(page.text_size.currentIndex())
    assert settings.text_scale == 200
    page.gateway.setText("ftp://nowhere")
    page.save_gateway.click()
    assert settings.gateway_url != "ftp://nowhere"
    assert page.gateway_result.objectName() == "error"
    page.gateway.setText("https://gateway.example.be")
    page.save_gateway.click()
    assert settings.gateway_url == "https://gateway.example.be"


def test_locked_setting_is_shown_disabled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.settings.lock("gateway_url", "http://127.0.0.1:9")
    window.show_settings()
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    assert not page.gateway.isEnabled() and page.locked_note.isVisible()
    assert page.gateway.text() == "http://127.0.0.1:9"
