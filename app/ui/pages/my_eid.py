"""My eID: what the card holds, whether it is genuine, the PIN, and `.eid` files.

Card data comes from the card read (`ctx.card.last_read()`) or from a `.eid`
file the person opened, which is shown as such: nothing in a file is
verified. PIN test and change run on the card owner thread; the PIN dialog
opens from there through `ctx.pin_provider`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.cardreader.belpic import PinStatus
from app.cardreader.eidfile import open_eid, save_eid
from app.cardreader.model import EidData
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.messages import card_error
from app.ui.navigation import Navigator
from app.ui.pages.my_eid_print import card_html
from app.ui.pages.my_eid_view import build_view


class MyEidPage(QWidget):
    def __init__(self, ctx: AppContext, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myEidPage")
        self._ctx = ctx
        self._nav = nav
        self._file_data: EidData | None = None
        self._file_name = ""
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.banner = QLabel()
        self.banner.setObjectName("warning")
        self.banner.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("status")
        self.test_pin = self._button("primary", self._test_pin)
        self.change_pin = self._button("", self._change_pin)
        self.save = self._button("", self._save)
        self.open = self._button("", self._open)
        self.print = self._button("", self._print)
        actions = QHBoxLayout()
        for button in (self.test_pin, self.change_pin, self.save, self.open, self.print):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body_area = QScrollArea()
        self.body_area.setWidgetResizable(True)
        self.body_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.body_area, 1)
        # Bound methods, not lambdas: Qt drops these connections with the page.
        ctx.card.cardRead.connect(self._on_read)
        ctx.card.stateChanged.connect(self._on_state)
        ctx.settings.languageChanged.connect(self._on_language)
        self.retranslate()
        self.refresh()

    def _button(self, style: str, slot: object) -> QPushButton:
        button = QPushButton()
        if style:
            button.setObjectName(style)
        button.clicked.connect(slot)
        return button

    def page_title(self) -> str:
        return self.heading.text()

    def _on_read(self, _data: EidData) -> None:
        self.refresh()

    def _on_state(self, _snapshot: object) -> None:
        self._sync_buttons()

    def _on_language(self, _language: str) -> None:
        self.refresh()

    def data(self) -> EidData | None:
        """What is shown: the card in the reader, else the file opened."""
        return self._ctx.card.last_read() or self._file_data

    def refresh(self) -> None:
        data = self.data()
        if data is None:
            empty = QLabel(translate("MyEid", "No card has been read yet. Insert your eID card, "
                                              "or open an eID file you saved before."))
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.body_area.setWidget(empty)
        else:
            self.body_area.setWidget(build_view(data, self._ctx.language, self._ctx.today()))
        if data is not None and data.source == "file":
            self.banner.setText(translate("MyEid", "Opened from the file {name}: nothing in it "
                                                   "was verified.").format(name=self._file_name))
            self.banner.show()
        elif data is not None and not data.verified:
            self.banner.setText(translate("MyEid", "This card's data could not be confirmed. "
                                                   "See the checks below."))
            self.banner.show()
        else:
            self.banner.hide()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        from_card = self._ctx.card.last_read() is not None
        self.test_pin.setEnabled(from_card)
        self.change_pin.setEnabled(from_card)
        self.save.setEnabled(self.data() is not None and not self._ctx.kiosk)
        self.open.setVisible(not self._ctx.kiosk)
        self.print.setEnabled(self.data() is not None)

    def retranslate(self) -> None:
        self.heading.setText(translate("MyEid", "My eID"))
        texts = (
            (self.test_pin, translate("MyEid", "Test my PIN"),
             translate("MyEid", "Check that you remember your PIN. Nothing is signed.")),
            (self.change_pin, translate("MyEid", "Change my PIN"),
             translate("MyEid", "Choose a new PIN. You need the PIN you use now.")),
            (self.save, translate("MyEid", "Save as eID file"),
             translate("MyEid", "Save the card's data in an .eid file on this computer.")),
            (self.open, translate("MyEid", "Open an eID file"),
             translate("MyEid", "Show the data of an .eid file saved before.")),
            (self.print, translate("MyEid", "Print"),
             translate("MyEid", "Print the card's data, or save it as PDF.")),
        )
        for button, text, description in texts:
            button.setText(text)
            describe(button, text, description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- PIN --------------------------------------------------------------------

    def _test_pin(self) -> None:
        self._pin_job(self._ctx.card.verify_pin(self._ctx.pin_provider),
                      translate("MyEid", "Your PIN is correct."))

    def _change_pin(self) -> None:
        self._pin_job(self._ctx.card.change_pin(self._ctx.pin_provider),
                      translate("MyEid", "Your PIN has been changed."))

    def _pin_job(self, future: object, success: str) -> None:
        self.test_pin.setEnabled(False)
        self.change_pin.setEnabled(False)
        self._say(translate("MyEid", "Follow the instructions in the PIN window."))

        def done(_status: PinStatus) -> None:
            self._sync_buttons()
            self._say(success)

        def failed(error: BaseException) -> None:
            self._sync_buttons()
            self._say(card_error(error) or translate("MyEid", "Nothing was done."))

        self._ctx.tasks.watch(future, done, failed, owner=self)  # type: ignore[arg-type]

    def _say(self, message: str) -> None:
        self.result.setText(message)
        self._nav.announce(message)

    # ---- files ------------------------------------------------------------------

    def _file_dialog(self, title: str, save: bool) -> QFileDialog:
        # open(), not exec(): the window goes on living while the dialog is up.
        dialog = QFileDialog(self, title, "", translate("MyEid", "eID files (*.eid)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setDefaultSuffix("eid")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _save(self) -> None:
        data = self.data()
        if data is None:
            return
        dialog = self._file_dialog(translate("MyEid", "Save as eID file"), save=True)
        name = "_".join(p for p in (data.identity.surname, data.identity.card_number) if p)
        dialog.selectFile(f"{name or 'card'}.eid")

        def chosen(path: str) -> None:
            self._ctx.tasks.run(lambda: save_eid(data, Path(path)),
                                lambda _r: self._say(translate("MyEid", "Saved.")),
                                lambda _e: self._say(translate("MyEid", "The file could not "
                                                                        "be saved.")),
                                owner=self)

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def _open(self) -> None:
        dialog = self._file_dialog(translate("MyEid", "Open an eID file"), save=False)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_file(Path(path)))
        dialog.open()

    def open_file(self, path: Path) -> None:
        def opened(data: EidData) -> None:
            self._file_data, self._file_name = data, path.name
            self.refresh()

        self._ctx.tasks.run(lambda: open_eid(path), opened,
                            lambda _e: self._say(translate("MyEid", "This file cannot be "
                                                                    "opened as an eID file.")),
                            owner=self)

    def _print(self) -> None:
        data = self.data()
        if data is None:
            return
        document = QTextDocument(self)
        document.setHtml(card_html(data, self._ctx.language, self._ctx.today()))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: document.print_(printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # not exec(): no nested event loop
