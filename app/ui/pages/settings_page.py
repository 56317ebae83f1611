"""Settings: language, text size, high contrast, the gateway's address, the reader.

Every change applies at once (no "Apply" button to forget). A value an
administrator locked is shown but cannot be changed, and says why.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cardreader.states import Snapshot
from app.diagnostics import gateway_report
from app.text import LANGUAGES
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import NATIVE_NAMES, translate
from app.ui.navigation import Navigator
from app.ui.settings import TEXT_SCALES, LockedSetting


def scale_name(scale: int) -> str:
    return {100: translate("Settings", "Normal"), 125: translate("Settings", "Large"),
            150: translate("Settings", "Larger"),
            200: translate("Settings", "Largest")}[scale] + f" ({scale} %)"


def valid_gateway(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._ctx = ctx
        self._nav = nav
        s = ctx.settings
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.activated.connect(
            lambda i: self._set("language", self.language.itemData(i)))
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem("", scale)
        self.text_size.activated.connect(
            lambda i: self._set("text_scale", self.text_size.itemData(i)))
        self.contrast = QCheckBox()
        self.contrast.toggled.connect(lambda on: self._set("high_contrast", on))
        self.gateway = QLineEdit()
        self.gateway.returnPressed.connect(self._save_gateway)
        self.save_gateway = QPushButton()
        self.save_gateway.clicked.connect(self._save_gateway)
        self.test_gateway = QPushButton()
        self.test_gateway.clicked.connect(self._test_gateway)
        self.gateway_result = QLabel()
        self.gateway_result.setWordWrap(True)
        self.reader = QComboBox()
        self.reader.activated.connect(lambda i: self._set("reader", self.reader.itemData(i)))
        self.locked_note = QLabel()
        self.locked_note.setObjectName("hint")
        self.locked_note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(5)]
        gateway_row = QHBoxLayout()
        gateway_row.addWidget(self.gateway, 1)
        gateway_row.addWidget(self.save_gateway)
        gateway_row.addWidget(self.test_gateway)
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], self.text_size)
        self.form.addRow(self.labels[2], self.contrast)
        self.form.addRow(self.labels[3], gateway_row)
        self.form.addRow("", self.gateway_result)
        self.form.addRow(self.labels[4], self.reader)
        for label, field in zip(self.labels, (self.language, self.text_size, self.contrast,
                                              self.gateway, self.reader), strict=True):
            label.setBuddy(field)
        # A kiosk's gateway and reader are the administrator's business.
        for widget in (self.labels[3], self.gateway, self.save_gateway, self.test_gateway,
                       self.gateway_result, self.labels[4], self.reader):
            widget.setVisible(not ctx.kiosk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.locked_note)
        layout.addStretch(1)
        self.setTabOrder(self.language, self.text_size)
        self.setTabOrder(self.text_size, self.contrast)
        self.setTabOrder(self.contrast, self.gateway)
        self.setTabOrder(self.gateway, self.save_gateway)
        self.setTabOrder(self.save_gateway, self.test_gateway)
        self.setTabOrder(self.test_gateway, self.reader)
        s.changed.connect(self._on_setting)  # bound: dropped with the page
        ctx.card.stateChanged.connect(self._readers)
        self.retranslate()
        self._readers(ctx.card.snapshot())
        self._load()

    def page_title(self) -> str:
        return self.heading.text()

    def _on_setting(self, _key: str) -> None:
        self._load()

    def _set(self, key: str, value: object) -> None:
        try:
            setattr(self._ctx.settings, key, value)
        except LockedSetting:
            self._load()

    def _load(self) -> None:
        s = self._ctx.settings
        self.language.setCurrentIndex(self.language.findData(s.language))
        self.text_size.setCurrentIndex(self.text_size.findData(s.text_scale))
        self.contrast.blockSignals(True)
        self.contrast.setChecked(s.high_contrast)
        self.contrast.blockSignals(False)
        if not self.gateway.hasFocus():
            self.gateway.setText(s.gateway_url)
        self.reader.setCurrentIndex(max(0, self.reader.findData(s.reader or "")))
        locked = False
        for key, widgets in (("language", (self.language,)), ("text_scale", (self.text_size,)),
                             ("high_contrast", (self.contrast,)),
                             ("gateway_url", (self.gateway, self.save_gateway)),
                             ("reader", (self.reader,))):
            for widget in widgets:
                widget.setEnabled(not s.is_locked(key))
            locked = locked or s.is_locked(key)
        self.locked_note.setVisible(locked)

    def _readers(self, snapshot: Snapshot) -> None:
        names = [r.name for r in snapshot.readers]
        chosen = self._ctx.settings.reader
        if chosen and chosen not in names:
            names.append(chosen)  # keep the choice visible while that reader is unplugged
        self.reader.clear()
        self.reader.addItem(translate("Settings", "Any reader with a card in it"), "")
        for name in names:
            self.reader.addItem(name, name)
        self.reader.setCurrentIndex(max(0, self.reader.findData(chosen or "")))

    def _save_gateway(self) -> None:
        url = self.gateway.text().strip()
        if not valid_gateway(url):
            self._gateway_says(translate("Settings", "Enter an address that starts with "
                                                     "https:// (or http:// for this computer)."),
                               "error")
            return
        self._set("gateway_url", url)
        self._gateway_says(translate("Settings", "Saved."), "status")

    def _test_gateway(self) -> None:
        url = self.gateway.text().strip()
        self._gateway_says(translate("Settings", "Checking…"), "status")

        def done(report: dict[str, object] | None) -> None:
            if report and report.get("reachable"):
                self._gateway_says(translate("Settings", "The gateway answers."), "success")
            else:
                self._gateway_says(translate("Settings", "The gateway does not answer. Check "
                                                         "the address and your internet "
                                                         "connection."), "error")

        self._ctx.tasks.run(lambda: gateway_report(url), done, owner=self)

    def _gateway_says(self, text: str, style: str) -> None:
        self.gateway_result.setObjectName(style)
        self.gateway_result.style().unpolish(self.gateway_result)  # the new name's style
        self.gateway_result.style().polish(self.gateway_result)
        self.gateway_result.setText(text)
        self._nav.announce(text)

    def retranslate(self) -> None:
        self.heading.setText(translate("Settings", "Settings"))
        for label, text in zip(self.labels, (
                translate("Settings", "Language"), translate("Settings", "Text size"),
                translate("Settings", "Contrast"), translate("Settings", "Gateway address"),
                translate("Settings", "Card reader")), strict=True):
            label.setText(text)
        for index, scale in enumerate(TEXT_SCALES):
            self.text_size.setItemText(index, scale_name(scale))
        self.contrast.setText(translate("Settings", "High contrast (white on black)"))
        self.save_gateway.setText(translate("Settings", "Save address"))
        self.test_gateway.setText(translate("Settings", "Test connection"))
        if self.reader.count():
            self.reader.setItemText(0, translate("Settings", "Any reader with a card in it"))
        self.locked_note.setText(translate("Settings", "Some settings are set by your "
                                                       "administrator and cannot be changed "
                                                       "here."))
        describe(self.language, translate("Settings", "Language"),
                 translate("Settings", "The language of the program. It changes at once."))
        describe(self.text_size, translate("Settings", "Text size"),
                 translate("Settings", "Make all text in the program larger."))
        describe(self.contrast, self.contrast.text(),
                 translate("Settings", "Bright text on a black background, easier to read for "
                                       "some people."))
        describe(self.gateway, translate("Settings", "Gateway address"),
                 translate("Settings", "The internet address of the government gateway that "
                                       "receives your forms."))
        describe(self.save_gateway, self.save_gateway.text(),
                 translate("Settings", "Use the address typed."))
        describe(self.test_gateway, self.test_gateway.text(),
                 translate("Settings", "Check that the gateway answers at this address."))
        describe(self.reader, translate("Settings", "Card reader"),
                 translate("Settings", "Which card reader to use when there are several."))
        self.gateway_result.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
