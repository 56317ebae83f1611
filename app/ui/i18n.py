"""The program's own strings in five languages, switched without a restart.

Every visible string is written as `translate("Context", "Source text")`
(this module's `translate` is `QCoreApplication.translate`; pyside6-lupdate
finds the calls by that name and the literal context). Catalogs live in
resources/translations/ as `<catalog>_<lang>.ts` (shell_*, pages_*, ...) and
`make translations` builds the `.qm` files beside them. Installing a new set of
translators makes Qt send `QEvent.LanguageChange` to every widget; widgets
re-read their strings in `changeEvent`.

Placeholders: `%1`, `%n` (plurals: pass n) or `{name}` for `str.format`; a test
checks that every translation keeps the placeholders of its source.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path
from app.text import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# Qt's file suffix for each program language (Simplified Chinese is zh_CN).
QT_SUFFIX: Final = {"en": "en", "nl": "nl", "fr": "fr", "de": "de", "zh": "zh_CN"}
# The language names as each language writes itself (never translated).
NATIVE_NAMES: Final = {"en": "English", "nl": "Nederlands", "fr": "Français",
                       "de": "Deutsch", "zh": "简体中文"}
LOCALES: Final = {"en": QLocale(QLocale.Language.English, QLocale.Country.Belgium),
                  "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
                  "fr": QLocale(QLocale.Language.French, QLocale.Country.Belgium),
                  "de": QLocale(QLocale.Language.German, QLocale.Country.Belgium),
                  "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China)}


def translations_dir() -> Path:
    return resource_path("translations")


class Translations:
    """Installs, for one language, every catalog found plus Qt's own strings."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else translations_dir()
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def catalogs(self, language: str) -> list[Path]:
        return sorted(self.directory.glob(f"*_{QT_SUFFIX[language]}.qm"))

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        files = self.catalogs(language)
        if not files:
            log.warning("no translations for %s in %s (run `make translations`)",
                        language, self.directory)
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_own / f"qtbase_{QT_SUFFIX[language]}.qm")
        for path in files:
            translator = QTranslator(app)
            if translator.load(str(path)):
                self._installed.append(translator)
        QLocale.setDefault(LOCALES[language])
        self.language = language
        # Installing posts LanguageChange to every widget; do it last so each
        # widget sees all catalogs of the new language at once.
        for translator in self._installed:
            app.installTranslator(translator)
