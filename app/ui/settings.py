"""The program's settings: declared once, typed, with defaults, migrations and locks.

After Picard's options (one declaration per setting, upgrade hooks by version)
and DigiDoc4's settings (an administrator can lock a value, as kiosks need).

Values live in a small JSON file under the user's config folder. An
administrator's file (`/etc/citizen-assistant/settings.json`, or the path in
CITIZEN_ASSISTANT_ADMIN_SETTINGS) may fix values: `{"locked": {"language": "nl"}}`.
A locked value wins over the user's and cannot be changed from the program.
The demo locks the gateway address to its embedded gateway the same way, for
the session only, so a demo never rewrites the person's own settings.
A kiosk keeps settings in memory only: nothing of a session reaches the disk.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal

from app.text import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)
T = TypeVar("T")

APP_NAME: Final = "citizen-assistant"
ADMIN_ENV: Final = "CITIZEN_ASSISTANT_ADMIN_SETTINGS"
SETTINGS_VERSION: Final = 2
TEXT_SCALES: Final = (100, 125, 150, 200)  # percent of the platform's font size
DEFAULT_GATEWAY: Final = "http://127.0.0.1:8700"  # the reference gateway's default


class Option(NamedTuple, Generic[T]):
    """One setting: its key in the files, default, type and allowed values."""

    key: str
    default: T
    kind: type
    choices: tuple[T, ...] | None = None

    def accept(self, value: object) -> T:
        """`value` if it fits this option, else ValueError (bad files are not trusted)."""
        if self.kind is int and isinstance(value, bool):
            raise ValueError(f"{self.key}: {value!r} is not a number")
        if not isinstance(value, self.kind):
            raise ValueError(f"{self.key}: {value!r} is not a {self.kind.__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return value  # type: ignore[return-value]  # checked just above


LANGUAGE: Final = Option("language", DEFAULT_LANGUAGE, str, tuple(LANGUAGES))
TEXT_SCALE: Final = Option("text_scale", 100, int, TEXT_SCALES)
HIGH_CONTRAST: Final = Option("high_contrast", False, bool)
GATEWAY_URL: Final = Option("gateway_url", DEFAULT_GATEWAY, str)
READER: Final = Option("reader", "", str)  # "" follows whichever reader has a card
KIOSK_IDLE_SECONDS: Final = Option("kiosk_idle_seconds", 120, int)
KIOSK_WARNING_SECONDS: Final = Option("kiosk_warning_seconds", 30, int)

OPTIONS: Final[dict[str, Option[Any]]] = {
    option.key: option for option in (
        LANGUAGE, TEXT_SCALE, HIGH_CONTRAST, GATEWAY_URL, READER,
        KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS,
    )
}


def _v1_to_v2(values: dict[str, Any]) -> dict[str, Any]:
    # Version 1 stored the text size as a factor (1.25); percentages avoid
    # float keys that never compare equal to a choice.
    scale = values.pop("text_factor", None)
    if isinstance(scale, int | float) and not isinstance(scale, bool):
        values["text_scale"] = min(TEXT_SCALES, key=lambda s: abs(s - round(scale * 100)))
    return values


# Upgrade hooks: from version N to N + 1.
MIGRATIONS: Final[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {1: _v1_to_v2}


class LockedSetting(Exception):
    """The administrator (or the demo) fixed this setting."""


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def admin_path() -> Path:
    configured = os.environ.get(ADMIN_ENV)
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", "C:/ProgramData")) / APP_NAME / "settings.json"
    return Path("/etc") / APP_NAME / "settings.json"


def _read_json(path: Path) -> dict[str, Any]:
    import json  # most starts have no settings file yet: json is then not needed

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # a broken file must not stop the program
        log.warning("settings file %s ignored: %s", path, exc)
        return {}
    return document if isinstance(document, dict) else {}


def _valid(values: Mapping[str, object], source: str) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in values.items():
        option = OPTIONS.get(key)
        if option is None:
            continue
        try:
            kept[key] = option.accept(value)
        except ValueError as exc:
            log.warning("%s: %s", source, exc)
    return kept


def migrate(document: Mapping[str, Any]) -> dict[str, Any]:
    """The stored values brought up to SETTINGS_VERSION."""
    version = document.get("version", 1)
    values = dict(document.get("values", {})) if isinstance(document.get("values"), dict) else {}
    if not isinstance(version, int):
        version = 1
    while version < SETTINGS_VERSION:
        hook = MIGRATIONS.get(version)
        if hook is not None:
            values = hook(values)
        version += 1
    return values


class Settings(QObject):
    """`ctx.settings`: typed properties, a signal per kind of change.

    Pages read `settings.language` etc.; the Settings page writes through the
    setters, which refuse locked values with `LockedSetting`.
    """

    changed = Signal(str)  # the key that changed
    languageChanged = Signal(str)
    appearanceChanged = Signal()  # text size or contrast

    def __init__(self, path: Path | None = None, values: Mapping[str, object] | None = None,
                 locked: Mapping[str, object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._values: dict[str, Any] = _valid(values or {}, "settings")
        self._locked: dict[str, Any] = _valid(locked or {}, "locked settings")

    @classmethod
    def load(cls, *, persist: bool = True, path: Path | None = None,
             admin: Path | None = None) -> Settings:
        """The user's settings (memory only when `persist` is false, as in a kiosk)
        under the administrator's locks."""
        admin_doc = _read_json(admin if admin is not None else admin_path())
        locked = admin_doc.get("locked", {})
        if not persist:
            return cls(None, admin_doc.get("defaults", {}), locked)
        target = path if path is not None else default_path()
        return cls(target, migrate(_read_json(target)), locked)

    # ---- generic access -------------------------------------------------------------

    def value(self, option: Option[T]) -> T:
        if option.key in self._locked:
            return self._locked[option.key]  # type: ignore[no-any-return]
        return self._values.get(option.key, option.default)  # type: ignore[no-any-return]

    def is_locked(self, key: str) -> bool:
        return key in self._locked

    def lock(self, key: str, value: object) -> None:
        """Fix a value for this session (the demo's gateway); never written."""
        before = self.value(OPTIONS[key])
        self._locked[key] = OPTIONS[key].accept(value)
        if before != value:
            self._announce(key)

    def set_value(self, option: Option[T], value: T) -> None:
        if self.is_locked(option.key):
            raise LockedSetting(option.key)
        value = option.accept(value)
        if self.value(option) == value:
            return
        self._values[option.key] = value
        self._save()
        self._announce(option.key)

    def _announce(self, key: str) -> None:
        self.changed.emit(key)
        if key == LANGUAGE.key:
            self.languageChanged.emit(self.language)
        elif key in (TEXT_SCALE.key, HIGH_CONTRAST.key):
            self.appearanceChanged.emit()

    def _save(self) -> None:
        if self._path is None:
            return
        document = {"version": SETTINGS_VERSION, "values": self._values}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            import json

            fd, temporary = tempfile.mkstemp(dir=self._path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(document, out, indent=2, sort_keys=True)
            os.replace(temporary, self._path)
        except OSError as exc:  # settings that cannot be saved still apply now
            log.warning("settings not saved: %s", exc)

    # ---- typed properties -----------------------------------------------------------

    @property
    def language(self) -> str:
        return self.value(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self.set_value(LANGUAGE, value)

    @property
    def text_scale(self) -> int:
        """Percent of the platform's normal font size (100, 125, 150, 200)."""
        return self.value(TEXT_SCALE)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self.set_value(TEXT_SCALE, value)

    @property
    def high_contrast(self) -> bool:
        return self.value(HIGH_CONTRAST)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.set_value(HIGH_CONTRAST, value)

    @property
    def gateway_url(self) -> str:
        return self.value(GATEWAY_URL)

    @gateway_url.setter
    def gateway_url(self, value: str) -> None:
        self.set_value(GATEWAY_URL, value.strip())

    @property
    def reader(self) -> str | None:
        """The reader chosen in Settings; None follows any reader with a card."""
        return self.value(READER) or None

    @reader.setter
    def reader(self, value: str | None) -> None:
        self.set_value(READER, value or "")

    @property
    def kiosk_idle_seconds(self) -> int:
        return self.value(KIOSK_IDLE_SECONDS)

    @property
    def kiosk_warning_seconds(self) -> int:
        return self.value(KIOSK_WARNING_SECONDS)
